/**
 * The legend's camps, shown while actors are coloured by camp: each camp's colour and how many
 * of the actors shown are in it, then those in none (grey). A key, not a filter: the kinds above
 * still filter, without their colours. A template and its pure count; the legend places it.
 */
import { css, html, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { campColour, campName } from "../../look/camp-palette";
import type { Theme } from "../../state/view-state";

export interface CampLegend {
  /** Camps by label, with how many shown actors are in each. */
  readonly camps: readonly { readonly label: number; readonly count: number }[];
  /** Shown actors in no camp. */
  readonly unaligned: number;
}

/** The camps of the actors shown (`campOf` by ordinal of `actorIds`). */
export function campLegend(campOf: ArrayLike<number>, actorIds: readonly string[], shown: ReadonlySet<string>): CampLegend {
  const counts = new Map<number, number>();
  let unaligned = 0;
  for (let x = 0; x < campOf.length; x++) {
    if (!shown.has(actorIds[x])) continue;
    if (campOf[x] < 0) unaligned++;
    else counts.set(campOf[x], (counts.get(campOf[x]) ?? 0) + 1);
  }
  return { camps: [...counts].sort((a, b) => a[0] - b[0]).map(([label, count]) => ({ label, count })), unaligned };
}

const row = (colour: string, label: string, count: number) =>
  html`<li class="camp-row" aria-label=${`${label}, ${count} actor${count === 1 ? "" : "s"}`}>
    <span class="swatch dot" aria-hidden="true" style=${styleMap({ "--swatch": colour })}></span><span class="label" aria-hidden="true">${label}</span
    ><span class="count" aria-hidden="true">${count}</span>
  </li>`;

export function campsSection(legend: CampLegend, theme: Theme): TemplateResult {
  return html`<section part="section" aria-labelledby="camps-heading" data-testid="camp-legend">
    <div class="section-head"><h2 id="camps-heading">Camps</h2></div>
    <ul>
      ${legend.camps.map((c) => row(campColour(c.label, theme), campName(c.label), c.count))}
      ${row(campColour(-1, theme), "In no camp", legend.unaligned)}
    </ul>
  </section>`;
}

export const campsSectionStyles = css`
  .camp-row {
    display: flex;
    align-items: center;
    gap: 0.45rem;
    min-height: 1.4rem;
    padding: 0.1rem 0.4rem 0.1rem 1.6rem;
  }
`;
