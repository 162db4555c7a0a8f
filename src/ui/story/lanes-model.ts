/**
 * The story on a time axis, as data for the lanes chart (story-lanes.ts): one lane per relation
 * family in taxonomy order, each relation a row of bars in its lane (rows shared by relations
 * that do not overlap in time, so a lane stays short), the days its dates say it is certainly
 * active apart from those they only allow, a single day as a point, and the axis's reach and
 * ticks (never finer than the dates, never crowded at the chart's width). Pure: no Plot, no DOM.
 */
import type { DaySpan, PeriodBounds } from "../../model/certainty";
import type { Precision } from "../../model/dates";

/** One relation as the chart needs it. */
export interface LaneRelation {
  readonly id: string;
  /** Its family: the lane it goes in. */
  readonly lane: string;
  /** What pointing at its marks says: its type, who acts on whom, its periods in words. */
  readonly title: string;
  /** Each period's bounds (model/certainty.ts) and the days its dates as written cover (null for an open side). */
  readonly periods: readonly { readonly bounds: PeriodBounds; readonly stated: { readonly first: number | null; readonly last: number | null } }[];
  /** The finest precision its dates are written at. */
  readonly precision: Precision;
}

export interface LaneBar {
  readonly relation: string;
  readonly lane: string;
  readonly row: number;
  readonly from: number;
  readonly to: number;
  /** Days its dates say it is active (solid), or only allow (lighter, dashed). */
  readonly certain: boolean;
  readonly title: string;
}

export interface LanePoint {
  readonly relation: string;
  readonly lane: string;
  readonly row: number;
  readonly day: number;
  readonly title: string;
}

export interface Lane {
  readonly key: string;
  readonly label: string;
  /** Its first row and how many rows it takes. */
  readonly firstRow: number;
  readonly rows: number;
}

export type TickInterval = "10 years" | "5 years" | "2 years" | "year" | "6 months" | "3 months" | "month" | "week";

export interface LanesChart {
  readonly lanes: readonly Lane[];
  readonly bars: readonly LaneBar[];
  readonly points: readonly LanePoint[];
  readonly rowCount: number;
  /** The days the axis covers: the dates as written and the time shown. */
  readonly domain: readonly [number, number];
  /** The finest precision of the dates shown: the axis's ticks are never finer (ticksFor). */
  readonly finest: Precision;
}

export interface AxisTicks {
  readonly ticks: TickInterval;
  readonly tickFormat: "%Y" | "%b %Y" | "%-d %b";
}

const FINER: Record<Precision, number> = { century: 0, decade: 1, year: 2, month: 3, day: 4 };

/**
 * Lays out the relations (in story order) in lanes. `laneOrder` is the families in taxonomy order
 * (an unknown family goes after them), `laneLabel` names a lane, `shown` is the time shown.
 */
export function lanesChart(relations: readonly LaneRelation[], laneOrder: readonly string[], laneLabel: (lane: string) => string, shown: DaySpan | null): LanesChart {
  const domain = domainOf(relations, shown);
  const clip = (span: DaySpan): DaySpan | null => {
    const first = Math.max(span.first, domain[0]);
    const last = Math.min(span.last, domain[1]);
    return last < first ? null : { first, last };
  };
  // Bars closer than this share no row, so two never touch.
  const gap = (domain[1] - domain[0]) * 0.01;
  const byLane = new Map<string, LaneRelation[]>();
  for (const r of relations) byLane.set(r.lane, [...(byLane.get(r.lane) ?? []), r]);
  const rank = (lane: string) => (laneOrder.includes(lane) ? laneOrder.indexOf(lane) : laneOrder.length);
  const laneKeys = [...byLane.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));

  const lanes: Lane[] = [];
  const bars: LaneBar[] = [];
  const points: LanePoint[] = [];
  let row = 0;
  for (const key of laneKeys) {
    const rowEnds: number[] = [];
    for (const r of byLane.get(key)!) {
      const spans = r.periods.map((p) => clip(p.bounds.possible)).filter((s) => s !== null);
      // Never active in the chart's time (its actors' lifetimes rule it out): nothing to draw.
      if (spans.length === 0) continue;
      const first = Math.min(...spans.map((s) => s.first));
      const last = Math.max(...spans.map((s) => s.last));
      let at = rowEnds.findIndex((end) => end + gap < first);
      if (at < 0) at = rowEnds.push(last) - 1;
      else rowEnds[at] = last;
      for (const p of r.periods) {
        const possible = clip(p.bounds.possible);
        if (!possible) continue;
        const mark = { relation: r.id, lane: key, row: row + at, title: r.title };
        if (p.bounds.possible.first === p.bounds.possible.last) {
          points.push({ ...mark, day: possible.first });
          continue;
        }
        bars.push({ ...mark, from: possible.first, to: possible.last + 1, certain: false });
        const certain = clip(p.bounds.certain);
        if (certain) bars.push({ ...mark, from: certain.first, to: certain.last + 1, certain: true });
      }
    }
    lanes.push({ key, label: laneLabel(key), firstRow: row, rows: Math.max(1, rowEnds.length) });
    row += Math.max(1, rowEnds.length);
  }
  return { lanes, bars, points, rowCount: row, domain, finest: finestOf(relations) };
}

/** From the earliest to the latest day the dates as written cover, the time shown included; an open side reaches no further. */
function domainOf(relations: readonly LaneRelation[], shown: DaySpan | null): [number, number] {
  let first = Infinity;
  let last = -Infinity;
  const take = (day: number | null) => {
    if (day === null || !Number.isFinite(day)) return;
    first = Math.min(first, day);
    last = Math.max(last, day);
  };
  for (const r of relations) for (const p of r.periods) (take(p.stated.first), take(p.stated.last));
  if (shown) (take(shown.first), take(shown.last));
  if (first > last) return [0, 365];
  // A little room either side, and at least a month, so a single day is not a span of nothing.
  const pad = Math.max(15, (last - first) * 0.03);
  return [first - pad, last + 1 + pad];
}

/** Tick steps from finest to coarsest, with roughly how many days each spans. */
const STEPS: readonly { readonly ticks: TickInterval; readonly days: number; readonly precision: Precision }[] = [
  { ticks: "week", days: 7, precision: "day" },
  { ticks: "month", days: 30.4, precision: "month" },
  { ticks: "3 months", days: 91.3, precision: "month" },
  { ticks: "6 months", days: 182.6, precision: "month" },
  { ticks: "year", days: 365.25, precision: "year" },
  { ticks: "2 years", days: 730.5, precision: "year" },
  { ticks: "5 years", days: 1826, precision: "year" },
  { ticks: "10 years", days: 3652, precision: "year" },
];

/**
 * The axis's ticks for a chart `width` pixels wide: the finest step no finer than the data's
 * dates (a story dated in years gets no month ticks) that leaves `spacing` pixels between ticks.
 */
export function ticksFor(chart: Pick<LanesChart, "domain" | "finest">, width: number, spacing = 44): AxisTicks {
  const perDay = width / Math.max(1, chart.domain[1] - chart.domain[0]);
  const allowed = STEPS.filter((s) => FINER[s.precision] <= FINER[chart.finest]);
  const step = allowed.find((s) => s.days * perDay >= spacing) ?? STEPS[STEPS.length - 1];
  return { ticks: step.ticks, tickFormat: step.precision === "day" ? "%-d %b" : step.precision === "month" ? "%b %Y" : "%Y" };
}

/** The finest precision the relations' dates are written at, years at the coarsest. */
const finestOf = (relations: readonly LaneRelation[]): Precision => relations.reduce<Precision>((f, r) => (FINER[r.precision] > FINER[f] ? r.precision : f), "year");
