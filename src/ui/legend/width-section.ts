/**
 * The legend's line widths: what a relation's width means now (its confidence, or the deaths
 * its evidence counts in the time shown) with a few lines drawn at their widths and their
 * numbers, and the switch between the two. A data set that counts no deaths at all keeps the
 * switch off and says why. A template and its styles; the legend places it.
 */
import { css, html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { styleMap } from "lit/directives/style-map.js";
import type { DeathsOfDataSet } from "../../model/deaths";
import { confidenceKey, deathsKey, type WidthKey } from "../../look/relation-width";
import type { WidthBy } from "../../state/view-state";

/** Why relations cannot be sized by deaths, said under the switch. */
export const NO_DEATHS_REASON = "No evidence in this data set counts deaths: imported ACLED or UCDP events do.";

/** The key the legend shows for how relations are sized now. */
export const widthKeyOf = (widthBy: WidthBy, deaths: DeathsOfDataSet): WidthKey => (widthBy === "deaths" ? deathsKey(deaths.largest) : confidenceKey());

export function widthSection(widthBy: WidthBy, deaths: DeathsOfDataSet, onChange: (widthBy: WidthBy) => void): TemplateResult {
  const byDeaths = widthBy === "deaths";
  // Once on (from a link, or before the data set changed), the switch can always be turned off.
  const disabled = !deaths.counted && !byDeaths;
  const key = widthKeyOf(widthBy, deaths);
  return html`<section part="section" aria-labelledby="width-heading" data-testid="width-legend">
    <div class="section-head"><h2 id="width-heading">Line width</h2></div>
    <label class="option">
      <input
        type="checkbox"
        data-testid="width-by-deaths"
        .checked=${live(byDeaths)}
        ?disabled=${disabled}
        aria-describedby=${disabled ? "width-reason" : nothing}
        @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked ? "deaths" : "confidence")}
      />
      Size relations by deaths
    </label>
    ${disabled ? html`<p class="hint" id="width-reason">${NO_DEATHS_REASON}</p>` : nothing}
    <p class="width-note"><strong>${key.heading}.</strong> ${key.note}${byDeaths && !deaths.counted ? ` ${NO_DEATHS_REASON}` : ""}</p>
    <ul class="width-key">
      ${key.entries.map(
        (entry) => html`<li class="width-row">
          <span class="width-mark" aria-hidden="true"><span style=${styleMap({ height: `${entry.width.toFixed(1)}px` })}></span></span>
          <span class="label">${entry.label}</span>
        </li>`,
      )}
    </ul>
  </section>`;
}

export const widthSectionStyles = css`
  .width-note {
    margin: 0.2rem 0 0.25rem;
    color: var(--fl-text-muted);
    font-size: 0.75rem;
  }
  .width-note strong {
    color: var(--fl-text);
    font-weight: 600;
  }
  .width-key {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.9rem;
    padding-left: 0.4rem;
  }
  .width-row {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-size: 0.8125rem;
  }
  /* A short line as wide as the graph draws it, in neutral ink. */
  .width-mark {
    display: inline-flex;
    align-items: center;
    width: 1.6rem;
    height: 0.8rem;
  }
  .width-mark > span {
    display: block;
    width: 100%;
    border-radius: 1px;
    background: var(--fl-text-muted);
  }
`;
