/**
 * fl-balance-line: how structural balance moves through the years, under the timeline. A line
 * of the balance ratio at each step of the series (monthly, or yearly over a long range), drawn
 * by Observable Plot (loaded on first use), with the date or window shown marked and its own
 * balance as a dot; a gap where no triad decides the ratio. While the series is being made, a
 * progress bar and a Stop button stand in its place. Its name says the balance on the date and
 * the trend in one sentence (balance-line-model.ts). Plot draws with text nodes only.
 */
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import { MS_PER_DAY, type Day } from "../../model/dates";
import type { Theme } from "../../state/view-state";
import { BalanceSeriesEvent, TimeChangeEvent } from "../events";
import { controlStyles } from "../theme";
import { balancePoints, nearestStep } from "./balance-line-model";
import type { AlignmentSeries } from "./balance-series";
import { ChartWidth, loadPlot, type PlotModule } from "../charts/plot-chart";
import { TimeMarks } from "./time-marks";

const date = (day: number) => new Date(day * MS_PER_DAY);
const HEIGHT = 44;
/**
 * The chart's sides line up with the timeline's track above it, for one time scale: the
 * timeline's padding (12 px) and half its handle (8 px) in from each side.
 */
const INSET = 20;
const MARGIN = { top: 6, right: INSET, bottom: 6, left: INSET };
/** The class Plot gives the balance line's own group, which the time's marks stand around. */
const LINE_CLASS = "balance-steps";

/** Where the series stands, as the line shows it. */
export type BalanceLineStatus =
  | { readonly kind: "running"; readonly done: number; readonly total: number; readonly step: AlignmentSeries["step"] }
  | { readonly kind: "ready" }
  | { readonly kind: "stopped" }
  | { readonly kind: "failed"; readonly problem: string };

/**
 * @summary The balance ratio over time, with the date shown marked; click a point to go to its date.
 * @fires time-change - TimeChangeEvent: a click on the chart moves the date to the nearest step.
 * @fires balance-series - BalanceSeriesEvent: Stop while the series is made, or make it again.
 */
export class FlBalanceLine extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
        font-size: 0.8rem;
      }
      .head {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.2rem 0.75rem;
        padding-inline: ${INSET}px;
        min-height: 1.6rem;
      }
      .label strong {
        font-size: 0.95rem;
      }
      .muted {
        color: var(--fl-text-muted);
      }
      button {
        padding: 0 0.5rem;
      }
      progress {
        width: 10rem;
        vertical-align: middle;
      }
      .chart {
        display: block;
        margin: 0;
        height: ${HEIGHT}px;
        cursor: pointer;
      }
      .chart svg {
        display: block;
        overflow: visible;
      }
    `,
  ];
  static override properties = {
    series: { attribute: false },
    // A status is made anew on each render of the page: only a different one draws the chart anew.
    status: { attribute: false, hasChanged: (a: BalanceLineStatus, b: BalanceLineStatus | undefined) => JSON.stringify(a) !== JSON.stringify(b) },
    ratio: { attribute: false },
    summary: { attribute: false },
    time: { attribute: false, hasChanged: (a: { from: Day; to: Day } | null, b: { from: Day; to: Day } | null) => a?.from !== b?.from || a?.to !== b?.to },
    domain: { attribute: false, hasChanged: (a: readonly [Day, Day] | null, b: readonly [Day, Day] | null) => a?.[0] !== b?.[0] || a?.[1] !== b?.[1] },
    theme: { reflect: true },
  };

  declare series: AlignmentSeries | null;
  declare status: BalanceLineStatus;
  /** The balance on the date or window shown; null when no triad decides it. */
  declare ratio: number | null;
  /** The chart's name: the balance on the date and the trend, in one sentence. */
  declare summary: string;
  /** The date or window shown, as days. */
  declare time: { from: Day; to: Day } | null;
  /** The days the timeline's slider spans (all years, or the last few): the chart's time axis. */
  declare domain: readonly [Day, Day] | null;
  declare theme: Theme;

  private width = 0;
  private drawn = 0;
  private xInvert: ((x: number) => Date) | null = null;
  /** The marks of the time shown in the chart last drawn, moved when only the time changes. */
  private marks: TimeMarks | null = null;
  private readonly chartWidth = new ChartWidth(this, () => this.renderRoot.querySelector<HTMLElement>(".chart")?.clientWidth ?? 0, () => void this.draw());

  constructor() {
    super();
    this.series = null;
    this.status = { kind: "stopped" };
    this.ratio = null;
    this.summary = "";
    this.time = null;
    this.domain = null;
    this.theme = "light";
  }

  protected override render() {
    const { status } = this;
    const step = status.kind === "running" ? status.step : this.series?.step;
    const head = html`<span class="label" aria-hidden="true">Balance <strong>${this.ratio === null ? "–" : this.ratio.toFixed(2)}</strong></span>
      <span class="muted" aria-hidden="true">balanced triads' share, 0–1${step ? `, by ${step}` : ""}${step === "year" ? " (the range is too long for a point a month)" : ""}</span>`;
    if (status.kind === "running")
      return html`<div class="head">
          ${head}
          <label class="muted">Working it out: ${status.done} of ${status.total} ${status.step}s <progress max=${status.total} .value=${status.done}></progress></label>
          <button type="button" @click=${() => this.dispatchEvent(new BalanceSeriesEvent("stop"))}>Stop</button>
        </div>
        <div class="chart"></div>`;
    if (status.kind !== "ready")
      return html`<div class="head">
          ${head}
          <span class="muted" role="status">${status.kind === "failed" ? `The balance over time could not be worked out: ${status.problem}.` : "The balance over time was stopped."}</span>
          <button type="button" @click=${() => this.dispatchEvent(new BalanceSeriesEvent("restart"))}>Work it out again</button>
        </div>
        <div class="chart"></div>`;
    return html`<div class="head">${head}</div>
      <figure class="chart" role="img" aria-label=${this.summary} data-testid="balance-line" @click=${this.onClick}></figure>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("series") || changed.has("theme") || changed.has("status") || changed.has("domain")) void this.draw();
    else if ((changed.has("time") || changed.has("ratio")) && !this.marks) void this.draw();
    else if (changed.has("time") || changed.has("ratio")) this.marks?.place(this.time, this.ratio, date);
  }

  private async draw(): Promise<void> {
    const ticket = ++this.drawn;
    this.marks = null;
    const box = this.renderRoot.querySelector(".chart");
    const series = this.series;
    if (!box || !series) return;
    const Plot = await loadPlot();
    if (ticket !== this.drawn) return;
    this.width = this.chartWidth.take(600);
    const [first, last] = this.domain ?? [series.steps[0]?.day ?? 0, series.steps[series.steps.length - 1]?.day ?? 1];
    const points = balancePoints(series).filter((p) => p.day >= first && p.day <= last);
    // Presentation attributes cannot read CSS variables: the theme's colours, read now.
    const style = getComputedStyle(this);
    const accent = style.getPropertyValue("--fl-accent").trim() || "currentColor";
    const background = style.getPropertyValue("--fl-bg").trim() || "white";
    const svg = Plot.plot({
      document,
      width: this.width,
      height: HEIGHT,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: MARGIN.left,
      style: "background: transparent; color: inherit; font: 10px var(--fl-font)",
      // No axis of its own: the timeline's, just above, has the same scale.
      x: { type: "utc", domain: [date(first), date(last)], axis: null },
      y: { domain: [0, 1], axis: null },
      marks: [
        Plot.ruleY([0, 1], { strokeOpacity: 0.15 }),
        Plot.text(["1", "0"], { x: date(first), y: (d) => Number(d), text: (d) => d, textAnchor: "end", dx: -4, fill: "currentColor", fillOpacity: 0.6 }),
        // The time shown's band, rule and dot go around the line (time-marks.ts).
        Plot.lineY(points, { x: (p) => date(p.day), y: (p) => p.ratio ?? NaN, stroke: accent, strokeWidth: 1.5, curve: "step-after", className: LINE_CLASS }),
        Plot.tip(points, Plot.pointerX({ x: (p) => date(p.day), y: (p) => p.ratio ?? 0, title: (p) => p.title })),
      ],
    }) as SVGSVGElement & { scale(name: "x" | "y"): { invert(x: number): Date; apply(value: unknown): number } };
    this.xInvert = (x) => svg.scale("x").invert(x);
    const line = svg.querySelector(`.${LINE_CLASS}`);
    if (line) {
      const frame = { left: MARGIN.left, right: this.width - MARGIN.right, top: MARGIN.top, bottom: HEIGHT - MARGIN.bottom };
      this.marks = new TimeMarks(svg, line, frame, svg.scale("x"), svg.scale("y"), { accent, background });
      this.marks.place(this.time, this.ratio, date);
    }
    // The figure's name says it all; Plot's own labels on groups would be read out one by one.
    for (const g of svg.querySelectorAll("g")) (g.removeAttribute("aria-label"), g.setAttribute("aria-hidden", "true"));
    box.replaceChildren(svg);
  }

  private readonly onClick = (e: MouseEvent) => {
    const series = this.series;
    const svg = this.renderRoot.querySelector(".chart svg");
    if (!series || !svg || !this.xInvert) return;
    const x = e.clientX - svg.getBoundingClientRect().left;
    const day = nearestStep(series, Math.round(this.xInvert(x).getTime() / MS_PER_DAY));
    if (day !== null) this.dispatchEvent(new TimeChangeEvent({ mode: "at", at: day }));
  };
}

customElements.define("fl-balance-line", FlBalanceLine);

declare global {
  interface HTMLElementTagNameMap {
    "fl-balance-line": FlBalanceLine;
  }
}
