/**
 * A story in the details panel: the relations of a pair (or of one actor) over all time, as a
 * one-line summary against the view, lanes on a time axis (ui/story) and a chronology, oldest
 * first. The chronology is the accessible version of the lanes: each item says when (at the
 * precision of its dates), what, who acts on whom, how it stands in the view now, and quotes its
 * first evidence; its button opens the relation with all its evidence.
 */
import { html, nothing } from "lit";
import type { Precision } from "../../model/dates";
import { familyColour } from "../../look/palette";
import "../story/story-lanes";
import { lanesChart, type LaneRelation } from "../story/lanes-model";
import type { ViewContext } from "./details-actions";
import { daysOf, type DataIndex } from "./details-model";
import { standingNow, storySummary, type StoryItem } from "./story-model";

const FINER: Record<Precision, number> = { century: 0, decade: 1, year: 2, month: 3, day: 4 };

/** `subject` names whose story it is, for the chart's name: "Pakistan and Afghan Taliban". */
export function storySection(ctx: ViewContext, items: readonly StoryItem[], subject: string) {
  const summary = storySummary(items, ctx.timeLabel);
  const time = ctx.time ? daysOf(ctx.time) : null;
  const chart = lanesChart(items.map((i) => laneRelation(ctx.index, i)), ctx.index.familyOrder, (f) => ctx.index.families.get(f)?.label ?? (f || "Other"), time && { first: time.from, last: time.to });
  const lanes = chart.lanes.map((l) => l.label.toLowerCase()).join(", ");
  return html`
    <p class="story-summary" data-testid="story-summary">${summary}</p>
    ${items.length
      ? html`<fl-story-lanes
          .chart=${chart}
          .summary=${`The story of ${subject} on a time axis: ${items.length} relation${items.length === 1 ? "" : "s"} in lanes by family (${lanes}); the list below says the same in words.`}
          .time=${time}
          .theme=${ctx.theme}
        ></fl-story-lanes>`
      : nothing}
    <ol class="story" data-testid="story-list">
      ${items.map((item) => storyEntry(ctx, item))}
    </ol>
  `;
}

function storyEntry(ctx: ViewContext, item: StoryItem) {
  const now = ctx.time ? standingNow(item, ctx.timeLabel) : null;
  const { relation } = item;
  return html`<li class="story-item" data-relation=${relation.id} data-standing=${now?.key ?? nothing}>
    <button class="relation story-open" part="relation" data-relation=${relation.id} @click=${() => ctx.actions.selectRelation(relation.id)}>
      <span class="when">${item.periods.join("; ")}</span>
      <span class="visually-hidden">: </span>
      <span class="what"
        ><span class="swatch" style="background:${familyColour(item.family, ctx.theme)}" aria-hidden="true"></span><span class="type">${item.typeLabel}</span>
        <span class="who" dir="auto">${item.direction}</span></span
      >
    </button>
    ${item.openStart ? html`<p class="open-start">Start unknown: listed first.</p>` : nothing}
    ${now ? html`<p class="now" data-standing=${now.key}>${now.words}</p>` : nothing}
    ${item.firstEvidence
      ? html`<blockquote class="first-quote" dir="auto">${item.firstEvidence.quote}</blockquote>
          <p class="quote-source" dir="auto">
            — ${item.firstEvidence.source}${item.evidenceCount > 1 ? html`<span class="muted"> (and ${item.evidenceCount - 1} more)</span>` : nothing}
          </p>`
      : html`<p class="muted">No evidence quoted.</p>`}
  </li>`;
}

/** An item as the lanes need it: its family, its periods' bounds and dates as written, its title. */
function laneRelation(index: DataIndex, item: StoryItem): LaneRelation {
  const { relation } = item;
  const bounds = index.bounds.of(relation);
  let precision: Precision = "year";
  for (const p of relation.periods)
    for (const d of [p.start, p.end]) if (d && FINER[d.precision] > FINER[precision]) precision = d.precision;
  return {
    id: relation.id,
    lane: item.family,
    title: `${item.typeLabel}, ${item.direction}: ${item.periods.join("; ")}`,
    periods: relation.periods.map((p, i) => ({ bounds: bounds[i], stated: { first: p.start?.first ?? null, last: p.end?.last ?? null } })),
    precision,
  };
}
