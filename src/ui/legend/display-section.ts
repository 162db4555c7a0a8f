/**
 * The legend's display section: the minimum confidence and the two display options (hide
 * actors with no visible relation, fade filtered relations). A template; the legend sends the change.
 */
import { html, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { CONFIDENCE_LEVELS, type Confidence } from "../../model/types";
import type { FilterChange } from "../events";

const CONFIDENCE_LABEL: Record<Confidence, string> = { low: "Low", medium: "Medium", high: "High" };

export interface DisplayOptions {
  readonly minConfidence: Confidence;
  readonly hideIsolated: boolean;
  readonly fadeHidden: boolean;
}

export function displaySection({ minConfidence, hideIsolated, fadeHidden }: DisplayOptions, emit: (change: FilterChange) => void): TemplateResult {
  const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;
  return html`<section part="section" aria-labelledby="display-heading">
    <div class="section-head"><h2 id="display-heading">Display</h2></div>
    <fieldset>
      <legend>Minimum confidence</legend>
      <div class="radios">
        ${CONFIDENCE_LEVELS.map(
          (level) => html`<label>
            <input type="radio" name="min-confidence" value=${level} .checked=${live(minConfidence === level)} @change=${() => emit({ minConfidence: level })} />
            ${CONFIDENCE_LABEL[level]}
          </label>`,
        )}
      </div>
      <p class="hint">Relations rated below it are filtered out.</p>
    </fieldset>
    <label class="option">
      <input type="checkbox" .checked=${live(hideIsolated)} @change=${(e: Event) => emit({ hideIsolated: checked(e) })} />
      Hide actors with no visible relation
    </label>
    <label class="option">
      <input type="checkbox" .checked=${live(fadeHidden)} @change=${(e: Event) => emit({ fadeHidden: checked(e) })} />
      Fade filtered relations instead of hiding them
    </label>
  </section>`;
}
