/**
 * Camp membership over time as data for the camp chart (camp-chart.ts): one row per actor that
 * is ever in a camp, a cell per step it spends in one (from its step's day to the next step's),
 * coloured by the camp's label; steps in no camp are left blank. Rows go by the camp an actor is
 * first in, then by when, then by name, so each camp's members sit together. Past `maxRows`,
 * the actors aligned at the most steps are kept, and the chart says how many were left out.
 * Pure: no Plot, no DOM.
 */
import type { Day } from "../../model/dates";
import type { AlignmentSeries } from "../balance-line/balance-series";

export interface CampCell {
  readonly actor: string;
  readonly row: number;
  readonly from: Day;
  /** The next step's day (exclusive); the last step's cell reaches one step on. */
  readonly to: Day;
  readonly camp: number;
}

export interface CampChart {
  /** Row order: actor ids with their names. */
  readonly rows: readonly { readonly id: string; readonly name: string }[];
  readonly cells: readonly CampCell[];
  /** Actors ever in a camp that did not fit. */
  readonly leftOut: number;
  readonly domain: readonly [Day, Day];
}

export const MAX_ROWS = 40;

export function campChart(series: AlignmentSeries, nameOf: (actor: string) => string, maxRows = MAX_ROWS): CampChart {
  const { steps, actorIds } = series;
  if (!steps.length) return { rows: [], cells: [], leftOut: 0, domain: [0, 0] };
  // A step's cell ends where the next begins; the last one is as long as the one before it.
  const span = steps.length > 1 ? steps[steps.length - 1].day - steps[steps.length - 2].day : 30;
  const endOf = (i: number) => (i + 1 < steps.length ? steps[i + 1].day : steps[i].day + span);
  const first = new Map<number, { camp: number; step: number; count: number }>();
  steps.forEach((s, i) => {
    for (let x = 0; x < s.campOf.length; x++) {
      const camp = s.campOf[x];
      if (camp < 0) continue;
      const seen = first.get(x);
      if (seen) seen.count++;
      else first.set(x, { camp, step: i, count: 1 });
    }
  });
  const kept = [...first].sort((p, q) => q[1].count - p[1].count || p[0] - q[0]).slice(0, maxRows);
  const ordered = kept
    .map(([x, f]) => ({ x, ...f, id: actorIds[x], name: nameOf(actorIds[x]) }))
    .sort((p, q) => p.camp - q.camp || p.step - q.step || p.name.localeCompare(q.name));
  const rowOf = new Map(ordered.map((r, row) => [r.x, row]));
  // Runs of one camp are one cell: fewer marks, and a change of camp reads as an edge.
  const cells: { -readonly [K in keyof CampCell]: CampCell[K] }[] = [];
  const open = new Map<number, (typeof cells)[number]>();
  steps.forEach((s, i) => {
    for (const [x, row] of rowOf) {
      const camp = s.campOf[x];
      const run = open.get(row);
      if (camp === undefined || camp < 0) open.delete(row);
      else if (run && run.camp === camp) run.to = endOf(i);
      else {
        const cell = { actor: actorIds[x], row, from: s.day, to: endOf(i), camp };
        cells.push(cell);
        open.set(row, cell);
      }
    }
  });
  return { rows: ordered.map(({ id, name }) => ({ id, name })), cells, leftOut: first.size - kept.length, domain: [steps[0].day, endOf(steps.length - 1)] };
}
