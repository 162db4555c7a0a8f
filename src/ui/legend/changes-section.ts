/**
 * The legend's section in compare mode, above the relation types: the four changes in the
 * colours the graph now draws relations in (look/change-palette.ts), each with how many
 * relations it holds, and how ended and possible ones are drawn. Not a filter: the types below
 * still filter what is compared.
 */
import { css, html, nothing, type TemplateResult } from "lit";
import { CHANGE_LABELS, CHANGE_ORDER, changeColour } from "../../look/change-palette";
import type { Change } from "../../model/compare";
import type { Theme } from "../../state/view-state";

/** Relations per change, and the moment compared with in words ("1 Sep 2021"). */
export interface ChangeCounts {
  readonly counts: Readonly<Record<Change, number>>;
  readonly since: string;
}

export function changesSection(changes: ChangeCounts | null, theme: Theme): TemplateResult | typeof nothing {
  if (!changes) return nothing;
  return html`<section part="section" class="changes" aria-labelledby="changes-heading" data-testid="legend-changes">
    <div class="section-head"><h2 id="changes-heading">Changes since ${changes.since}</h2></div>
    <ul>
      ${CHANGE_ORDER.map(
        (change) => html`<li class="change" data-change=${change}>
          <span class="swatch line ${change === "ended" ? "gone" : ""}" style="--swatch:${changeColour(change, theme)}" aria-hidden="true"></span>
          <span class="label">${CHANGE_LABELS[change]}</span>
          <span class="count" part="count">${changes.counts[change]}</span>
        </li>`,
      )}
    </ul>
    <p class="changes-note">Relations are coloured by change, not by family, while comparing; ended ones thinner, possible ones dashed.</p>
  </section>`;
}

export const changesStyles = css`
  .changes .change {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    padding: 0.15rem 0.4rem;
    font-size: 0.85rem;
  }
  .changes .swatch.gone {
    height: 0.15rem;
  }
  .changes-note {
    margin: 0.3rem 0 0 0.4rem;
    color: var(--fl-text-muted);
    font-size: 0.75rem;
  }
`;
