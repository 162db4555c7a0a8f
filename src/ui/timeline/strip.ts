/**
 * The timeline's strip and axis as SVG templates, on the same horizontal scale as the slider
 * beneath. Two rows: on top, how many relations are active each month, solid for those the
 * data says are active then and hatched above for those only possibly active (their dates
 * allow it, none says it), so the analyst sees before dragging how much of what the graph will
 * show is known; below, relation starts (up) and ends (down) per month, so busy months show.
 * Positions are percentages of the width, so the strip stretches with the slider and needs no
 * measuring; dates known only to the year are spread, hatched and lighter, across their year
 * instead of piling up on January.
 */
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { addMonths, formatDay, type Day } from "../../model/dates";
import { openEndsWords, type OpenEnds } from "../../model/horizon";
import type { HistogramBin } from "../../model/timeline";
import { activityWords, axisTicks, binName, binsIn, fractionOf, stripSummary, type TimeRange } from "./time-steps";

/**
 * The activity row: bars grow up from its foot. With the starts and ends row the strip keeps the
 * 44 px it had with one row, so the timeline, and the graph above it, keep their size.
 */
const ACTIVE = 13;
/** The starts and ends row: starts up from MID, ends down from it. */
const BAR = 14;
const MID = ACTIVE + 2 + BAR;
export const STRIP_HEIGHT = MID + BAR + 1;

interface Scale {
  /** Left edge of a day, as a fraction of the width, clipped to [0, 1]. */
  readonly x: (day: Day) => number;
}

const pct = (f: number) => `${(f * 100).toFixed(3)}%`;

/**
 * The strip: an SVG image whose label summarises it; each busy month has a tooltip. Relations
 * that may run on beyond the last day (ongoing, or ending only at a later or coarser date) are
 * drawn as an arrow out of the strip's end, with their count, and said in its label.
 */
export function renderStrip(bins: readonly HistogramBin[] | undefined, t: TimeRange, ends: OpenEnds = { count: 0, ongoing: 0 }): TemplateResult {
  const scale: Scale = { x: (day) => Math.min(1, Math.max(0, fractionOf(day, t.first, t.last))) };
  // The bars and the summary follow the bins and the range only; a drag or playback moves the
  // marker alone, so they are not rebuilt (hundreds of bars) on every step.
  const runOn = ends.count ? openEndsWords(ends, formatDay(t.last)) : "";
  return html`<svg class="strip" part="strip" role="img" aria-label=${summaryOf(bins, t.first, t.last) + (runOn ? `; ${runOn}` : "")} height=${STRIP_HEIGHT}>
    <defs>
      ${hatch("hatch-start", "start")} ${hatch("hatch-end", "end")} ${hatch("hatch-possible", "possible")}
    </defs>
    <line class="baseline active-foot" x1="0" x2="100%" y1=${ACTIVE} y2=${ACTIVE}></line>
    <line class="baseline" x1="0" x2="100%" y1=${MID} y2=${MID}></line>
    ${bins ? guard([bins, t.first, t.last], () => bars(bins, t, scale)) : nothing} ${marker(t, scale)} ${runOn ? runningOn(ends.count, runOn) : nothing}
  </svg>`;
}

function bars(bins: readonly HistogramBin[], t: TimeRange, scale: Scale) {
  const shown = binsIn(bins, t.first, t.last);
  const max = Math.max(1, ...shown.map((b) => Math.max(b.starts, b.ends, b.coarseStarts, b.coarseEnds)));
  const height = (n: number) => (n / max) * BAR;
  return svg`${activity(shown, t, scale)} ${shown.map((b) => coarseBars(b, t, scale, height))} ${shown.map((b) => fineBars(b, t, scale, height))}`;
}

/**
 * The activity row: one group per run of months with the same counts (most of a long range is
 * flat, so this draws tens of shapes, not hundreds), solid for the certainly active and hatched
 * above it for the only possibly active, each run with a tooltip in words.
 */
function activity(shown: readonly HistogramBin[], t: TimeRange, s: Scale) {
  const max = Math.max(1, ...shown.map((b) => b.certain + b.possibleOnly));
  const height = (n: number) => (n / max) * ACTIVE;
  const runs: { first: HistogramBin; last: HistogramBin }[] = [];
  for (const b of shown) {
    const run = runs[runs.length - 1];
    if (run && run.last.certain === b.certain && run.last.possibleOnly === b.possibleOnly) run.last = b;
    else runs.push({ first: b, last: b });
  }
  return runs.map(({ first, last }) => {
    const { certain, possibleOnly } = first;
    if (certain === 0 && possibleOnly === 0) return nothing;
    const x0 = s.x(Math.max(first.first, t.first));
    const x1 = s.x(Math.min(last.last, t.last) + 1);
    const w = pct(Math.max(x1 - x0, 0.0008));
    const hc = height(certain);
    const hp = height(possibleOnly);
    const when = first === last ? binName(first) : `${binName(first)} to ${binName(last)}`;
    return svg`<g class="active">
      <title>${when}: ${activityWords(certain, possibleOnly)}</title>
      ${certain ? svg`<rect class="certain" x=${pct(x0)} width=${w} y=${ACTIVE - hc} height=${hc}></rect>` : nothing}
      ${possibleOnly ? svg`<rect class="possible" fill="url(#hatch-possible)" x=${pct(x0)} width=${w} y=${ACTIVE - hc - hp} height=${hp}></rect>` : nothing}
    </g>`;
  });
}

const summaries = new WeakMap<readonly HistogramBin[], { first: Day; last: Day; text: string }>();

/** What the strip says while its bins are still being counted. */
export const COUNTING = "Relations active, starting and ending per month: being counted";

function summaryOf(bins: readonly HistogramBin[] | undefined, first: Day, last: Day): string {
  if (!bins) return COUNTING;
  const known = summaries.get(bins);
  if (known && known.first === first && known.last === last) return known.text;
  const text = stripSummary(bins, first, last);
  summaries.set(bins, { first, last, text });
  return text;
}

function hatch(id: string, kind: "start" | "end" | "possible"): SVGTemplateResult {
  return svg`<pattern id=${id} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
    <rect class="hatch-bg ${kind}" width="4" height="4"></rect><line class="hatch ${kind}" x1="0" y1="0" x2="0" y2="4"></line>
  </pattern>`;
}

/** Coarse dates: a hatched band across the year the date falls in (clipped to the range). */
function coarseBars(b: HistogramBin, t: TimeRange, s: Scale, height: (n: number) => number): SVGTemplateResult | typeof nothing {
  if (b.coarseStarts === 0 && b.coarseEnds === 0) return nothing;
  const x0 = s.x(b.first);
  const x1 = s.x(Math.min(addMonths(b.first, 12), t.last + 1));
  const year = b.label.slice(0, 4);
  const title = `${year}, dates known only to the year or less precisely: ${b.coarseStarts} starting, ${b.coarseEnds} ending`;
  return svg`<g class="coarse">
    <title>${title}</title>
    ${b.coarseStarts ? svg`<rect class="band" fill="url(#hatch-start)" x=${pct(x0)} width=${pct(x1 - x0)} y=${MID - height(b.coarseStarts)} height=${height(b.coarseStarts)}></rect>` : nothing}
    ${b.coarseEnds ? svg`<rect class="band" fill="url(#hatch-end)" x=${pct(x0)} width=${pct(x1 - x0)} y=${MID} height=${height(b.coarseEnds)}></rect>` : nothing}
  </g>`;
}

/** Month bars: starts above the baseline, ends below, with a small gap between months. */
function fineBars(b: HistogramBin, t: TimeRange, s: Scale, height: (n: number) => number): SVGTemplateResult | typeof nothing {
  if (b.starts === 0 && b.ends === 0) return nothing;
  const x0 = s.x(Math.max(b.first, t.first));
  const x1 = s.x(Math.min(b.last, t.last) + 1);
  const gap = (x1 - x0) * 0.12;
  const x = pct(x0 + gap / 2);
  const w = pct(Math.max(x1 - x0 - gap, 0.0008));
  return svg`<g class="fine">
    <title>${binName(b)}: ${b.starts} starting, ${b.ends} ending</title>
    <rect class="hit" x=${pct(x0)} width=${pct(x1 - x0)} y="0" height=${STRIP_HEIGHT}></rect>
    ${b.starts ? svg`<rect class="bar start" x=${x} width=${w} y=${MID - height(b.starts)} height=${height(b.starts)}></rect>` : nothing}
    ${b.ends ? svg`<rect class="bar end" x=${x} width=${w} y=${MID} height=${height(b.ends)}></rect>` : nothing}
  </g>`;
}

/**
 * A dashed end line with "›" and the count just past the strip's right end (in the slider's
 * half-handle inset): relations the evidence stops speaking of, that their dates let run on
 * past the end; the tooltip says so in words, and the timeline's context row too.
 */
function runningOn(count: number, words: string): SVGTemplateResult {
  return svg`<g class="open-ends">
    <title>${words}</title>
    <rect class="hit" x="98%" width="2%" y="0" height=${STRIP_HEIGHT}></rect>
    <line class="run-on" x1="100%" x2="100%" y1="0" y2=${STRIP_HEIGHT}></line>
    <text class="run-on" x="100%" dx="1" y=${ACTIVE}>›</text>
    <text class="run-on count" x="100%" dx="1" y=${MID + 4}>${count}</text>
  </g>`;
}

/** The chosen date as a line, or the window as a shaded band with edges. */
function marker(t: TimeRange, s: Scale): SVGTemplateResult {
  if (t.mode === "window") {
    const x0 = s.x(t.from);
    const x1 = s.x(t.to);
    return svg`<rect class="window-band" x=${pct(x0)} width=${pct(Math.max(0, x1 - x0))} y="0" height=${STRIP_HEIGHT}></rect>
      <line class="marker" x1=${pct(x0)} x2=${pct(x0)} y1="0" y2=${STRIP_HEIGHT}></line>
      <line class="marker" x1=${pct(x1)} x2=${pct(x1)} y1="0" y2=${STRIP_HEIGHT}></line>`;
  }
  const x = pct(s.x(t.at));
  return svg`<line class="marker" x1=${x} x2=${x} y1="0" y2=${STRIP_HEIGHT}></line>`;
}

/** Year (or month) labels under the slider; decorative, since the slider speaks its own value. */
export function renderAxis(first: Day, last: Day): TemplateResult {
  const ticks = axisTicks(first, last);
  return html`<svg class="axis" part="axis" aria-hidden="true" height="14">
    ${ticks.map((tick) => {
      const x = pct(fractionOf(tick.day, first, last));
      return svg`<line class="tick" x1=${x} x2=${x} y1="0" y2="3"></line><text x=${x} y="13" text-anchor="middle">${tick.label}</text>`;
    })}
  </svg>`;
}

/** Small swatches for the legend, reusing the strip's colours and hatching. */
export function swatch(kind: "start" | "end" | "coarse" | "certain" | "possible"): TemplateResult {
  const body =
    kind === "coarse"
      ? svg`<rect class="band" fill="url(#hatch-start)" width="12" height="10"></rect>`
      : kind === "possible"
        ? svg`<rect class="possible" fill="url(#hatch-possible)" width="12" height="10"></rect>`
        : kind === "certain"
          ? svg`<rect class="certain" width="12" height="10"></rect>`
          : svg`<rect class="bar ${kind}" width="12" height="10"></rect>`;
  return html`<svg class="swatch" aria-hidden="true" width="12" height="10">${body}</svg>`;
}

/** The strip's legend on one line: what is active, then what starts and ends, as its two rows. */
export function renderLegend(): TemplateResult {
  return html`<span class="legend">
    <span class="legend-row"
      >active:<span title="Top row: relations certainly active that month, as their dates say">${swatch("certain")} certain</span
      ><span title="Top row: relations only possibly active that month: their dates allow it, none says it">${swatch("possible")} possible</span></span
    >
    <span class="legend-row"><span>${swatch("start")} starts</span><span>${swatch("end")} ends</span><span>${swatch("coarse")} year only</span></span>
  </span>`;
}
