/**
 * The legend's entries on line patterns: the key of what solid, dotted and dashed say, and the
 * entry for relations only possibly active in the time shown: how they are drawn (a dashed,
 * lighter, thinner line), how many are shown, and the check box that hides them. Its name says
 * what "possible" means here, so a screen reader hears it too.
 */
import { html, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";

/**
 * What a line's pattern says, in a line under the relation types: solid for deeds and standing
 * ties, dotted for words, dashed (the entry below) for what is only possible.
 */
export function patternKey(): TemplateResult {
  return html`<p class="pattern-key" data-testid="pattern-key">
    <span class="key-item"><span class="swatch key solid" aria-hidden="true"></span>deed or tie</span>
    <span class="key-item"><span class="swatch key dotted" aria-hidden="true"></span>words</span>
    <span class="key-item"><span class="swatch key dashed" aria-hidden="true"></span>possible</span>
  </p>`;
}

export function possibleEntry(shown: boolean, count: number, onChange: (shown: boolean) => void): TemplateResult {
  return html`<div class="possible" part="possible">
    <label class="option possible-toggle" title="Relations whose dates allow them at this time, though no source says they were active then">
      <input
        type="checkbox"
        data-testid="show-possible"
        aria-label=${`Show possible relations (dates allow, none says), ${shown ? `${count} shown` : "hidden"}`}
        .checked=${live(shown)}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)}
      />
      <span class="swatch dashed" aria-hidden="true"></span>
      <span class="possible-text"><span class="label">Show possible relations</span><span class="note">dates allow, none says</span></span>
      <span class="count ${shown ? "" : "off"}" part="count" aria-hidden="true">${shown ? `${count}` : "hidden"}</span>
    </label>
  </div>`;
}
