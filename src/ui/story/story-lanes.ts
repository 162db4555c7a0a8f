/**
 * fl-story-lanes: a story on a time axis, drawn by Observable Plot (loaded on first use, so the
 * first page load does not carry it). One lane per family, in its colour; each relation's
 * periods as bars, solid where its dates say it is active and lighter, dashed, where they only
 * allow it; a single day as a point; the date or window shown as a rule. Every mark is a link to
 * its relation: a click or Enter on it opens the relation's evidence. Plot draws with text
 * nodes only; nothing from the data goes in as markup.
 */
import { css, html, LitElement, type PropertyValues } from "lit";
import { MS_PER_DAY } from "../../model/dates";
import { CANVAS, familyColour } from "../../look/palette";
import type { Theme } from "../../state/view-state";
import { RelationSelectEvent } from "../events";
import { ticksFor, type LaneBar, type LanePoint, type LanesChart } from "./lanes-model";
import { ChartWidth, loadPlot, type PlotModule } from "../charts/plot-chart";

const date = (day: number) => new Date(day * MS_PER_DAY);
const ROW = 14;
const MARGIN = { top: 6, right: 10, bottom: 22, left: 82 };
/** A mark's link names its relation after this prefix; a click is caught before it goes anywhere. */
const LINK = "#relation:";
const linkTo = (d: { relation: string }) => LINK + encodeURIComponent(d.relation);

/**
 * @summary A story's relations in lanes on a time axis; the list beside it is the accessible version.
 * @fires relation-select - RelationSelectEvent: a mark was clicked or activated with Enter.
 */
export class FlStoryLanes extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: var(--fl-text);
    }
    figure {
      margin: 0;
    }
    .chart {
      min-height: 40px;
    }
    .chart svg {
      display: block;
      overflow: visible;
    }
    .chart a:focus-visible {
      outline: 2px solid var(--fl-focus);
      outline-offset: 1px;
    }
    figcaption {
      font-size: 0.75rem;
      color: var(--fl-text-muted);
    }
  `;
  static override properties = {
    chart: { attribute: false },
    summary: { attribute: false },
    time: { attribute: false },
    theme: { reflect: true },
  };

  declare chart: LanesChart | null;
  /** What the chart shows in one sentence: its name for a screen reader, and its caption. */
  declare summary: string;
  /** The day or window shown, as days, for the rule. */
  declare time: { from: number; to: number } | null;
  declare theme: Theme;

  private width = 0;
  private drawn = 0;
  private readonly chartWidth = new ChartWidth(this, () => this.clientWidth, () => void this.draw());

  constructor() {
    super();
    this.chart = null;
    this.summary = "";
    this.time = null;
    this.theme = "light";
  }

  protected override render() {
    return html`<figure aria-label=${this.summary}>
      <div class="chart" data-testid="story-lanes" @click=${this.onClick} @keydown=${this.onKey}></div>
      <figcaption aria-hidden="true">Solid: active by its dates; light, dashed: only possible; dot: one day; line: the date shown.</figcaption>
    </figure>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("chart") || changed.has("theme") || changed.has("time")) void this.draw();
  }

  private async draw(): Promise<void> {
    const ticket = ++this.drawn;
    const chart = this.chart;
    const box = this.renderRoot.querySelector(".chart");
    if (!box) return;
    if (!chart || chart.rowCount === 0) return box.replaceChildren();
    const Plot = await loadPlot();
    // A newer draw started while Plot loaded: it wins.
    if (ticket !== this.drawn) return;
    this.width = this.chartWidth.take(340);
    const svg = plotOf(Plot, chart, this.width, this.theme, this.time, this.summary);
    // Plot names each group of marks by its kind ("rect", "x-axis tick"), which a <g> without a
    // role may not carry: the marks are named by their links, and what is not a link is decoration
    // that the figure's summary and the list beside it say in words.
    for (const g of svg.querySelectorAll("g")) {
      g.removeAttribute("aria-label");
      g.removeAttribute("aria-description");
      // Nor does decoration take a click meant for a mark under it (the date shown's rule).
      if (!g.querySelector("a")) (g.setAttribute("aria-hidden", "true"), g.setAttribute("pointer-events", "none"));
    }
    // The links' names: each mark's title, which Plot puts inside them.
    for (const a of svg.querySelectorAll("a")) {
      a.setAttribute("aria-label", a.querySelector("title")?.textContent ?? "Relation");
      a.setAttribute("href", a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? "");
    }
    box.replaceChildren(svg);
  }

  private relationOf(e: Event): string | null {
    const a = e.composedPath().find((n): n is SVGAElement => n instanceof SVGAElement);
    const href = a?.getAttribute("href") ?? "";
    return href.startsWith(LINK) ? decodeURIComponent(href.slice(LINK.length)) : null;
  }

  private readonly onClick = (e: MouseEvent) => {
    const relation = this.relationOf(e);
    if (relation === null) return;
    e.preventDefault();
    this.dispatchEvent(new RelationSelectEvent(relation));
  };

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.key !== "Enter" && e.key !== " ") return;
    const relation = this.relationOf(e);
    if (relation === null) return;
    e.preventDefault();
    this.dispatchEvent(new RelationSelectEvent(relation));
  };
}

function plotOf(Plot: PlotModule, chart: LanesChart, width: number, theme: Theme, time: { from: number; to: number } | null, summary: string): SVGSVGElement {
  const colour = (d: { lane: string }) => familyColour(d.lane, theme);
  const middle = (d: LaneBar | LanePoint) => d.row + 0.5;
  const possible = chart.bars.filter((b) => !b.certain);
  const certain = chart.bars.filter((b) => b.certain);
  const shown = time ? [time] : [];
  const { ticks, tickFormat } = ticksFor(chart, width - MARGIN.left - MARGIN.right);
  const marks = [
    Plot.gridX({ ticks, strokeOpacity: 0.12 }),
    Plot.ruleY(chart.lanes.slice(1), { y: (l) => l.firstRow, strokeOpacity: 0.25 }),
    Plot.text(chart.lanes, { x: date(chart.domain[0]), y: (l) => l.firstRow + Math.min(l.rows, 2) / 2, text: (l) => l.label, textAnchor: "end", dx: -6, fill: "currentColor" }),
    Plot.rect(shown, { x1: (t) => date(t.from), x2: (t) => date(t.to + 1), y1: 0, y2: chart.rowCount, fill: "currentColor", fillOpacity: 0.06 }),
    Plot.rect(possible, {
      x1: (d) => date(d.from),
      x2: (d) => date(d.to),
      y1: (d) => d.row + 0.2,
      y2: (d) => d.row + 0.8,
      fill: colour,
      fillOpacity: 0.3,
      stroke: colour,
      strokeDasharray: "3,2",
      strokeWidth: 1,
      insetLeft: 0.5,
      insetRight: 0.5,
      href: linkTo,
      title: (d) => `${d.title} (only possibly active in this span)`,
    }),
    // Outlined in its own colour: the possible span beneath it shares its edges, and its dashes
    // would otherwise read as a solid bar's border.
    Plot.rect(certain, { x1: (d) => date(d.from), x2: (d) => date(d.to), y1: (d) => d.row + 0.2, y2: (d) => d.row + 0.8, fill: colour, stroke: colour, strokeWidth: 1, href: linkTo, title: (d) => d.title }),
    Plot.dot(chart.points, { x: (d) => date(d.day), y: middle, r: 4, fill: colour, stroke: CANVAS[theme].background, strokeWidth: 1, href: linkTo, title: (d) => d.title }),
    Plot.ruleX(shown, { x: (t) => date(t.from), stroke: "currentColor", strokeWidth: 1.5 }),
    Plot.ruleX(
      shown.filter((t) => t.to !== t.from),
      { x: (t) => date(t.to + 1), stroke: "currentColor", strokeWidth: 1.5 },
    ),
  ];
  return Plot.plot({
    document,
    width,
    height: MARGIN.top + MARGIN.bottom + chart.rowCount * ROW,
    marginTop: MARGIN.top,
    marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom,
    marginLeft: MARGIN.left,
    ariaLabel: summary,
    style: "background: transparent; color: inherit; font: 11px var(--fl-font)",
    x: { type: "utc", domain: [date(chart.domain[0]), date(chart.domain[1])], ticks, tickFormat, label: null },
    y: { domain: [0, chart.rowCount], reverse: true, axis: null },
    color: { type: "identity" },
    marks,
  }) as SVGSVGElement;
}

customElements.define("fl-story-lanes", FlStoryLanes);

declare global {
  interface HTMLElementTagNameMap {
    "fl-story-lanes": FlStoryLanes;
  }
}
