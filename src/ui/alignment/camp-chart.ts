/**
 * fl-camp-chart: camp membership over time, drawn by Observable Plot (loaded on first use). One
 * row per actor ever in a camp (camp-chart-model.ts), each step it spends in one a cell in the
 * camp's colour, blank when in none; the date shown as a rule. Each actor's name is a link that
 * selects it. Plot draws with text nodes only; nothing from the data goes in as markup.
 */
import { css, html, LitElement, type PropertyValues } from "lit";
import { campColour, campName } from "../../look/camp-palette";
import { MS_PER_DAY } from "../../model/dates";
import type { Theme } from "../../state/view-state";
import { ActorSelectEvent } from "../events";
import type { CampCell, CampChart } from "./camp-chart-model";
import { ChartWidth, loadPlot, type PlotModule } from "../charts/plot-chart";

const date = (day: number) => new Date(day * MS_PER_DAY);
const ROW = 13;
const MARGIN = { top: 4, right: 8, bottom: 20 };
/** About a character's width at the chart's 10 px font: the names' column is as wide as the longest, up to 45 % of the chart. */
const CHAR = 5.6;
const LINK = "#actor:";

/**
 * @summary Which camp each actor is in at each step of the series; the panel's list says the same for the date shown.
 * @fires actor-select - ActorSelectEvent: an actor's name was clicked or activated with Enter.
 */
export class FlCampChart extends LitElement {
  static override styles = css`
    :host {
      display: block;
      color: var(--fl-text);
    }
    figure {
      margin: 0;
    }
    .chart svg {
      display: block;
      overflow: visible;
    }
    .chart a:focus-visible {
      outline: 2px solid var(--fl-focus);
    }
    .chart a:hover text {
      text-decoration: underline;
    }
  `;
  static override properties = {
    chart: { attribute: false },
    summary: { attribute: false },
    day: { attribute: false },
    theme: { reflect: true },
  };

  declare chart: CampChart | null;
  declare summary: string;
  /** The date shown (a window's last day), for the rule. */
  declare day: number | null;
  declare theme: Theme;

  private width = 0;
  private drawn = 0;
  /** The rule at the date shown and the chart's time scale, moved in place when only the date changes. */
  private rule: { line: SVGLineElement; x: { apply(value: unknown): number } } | null = null;
  private readonly chartWidth = new ChartWidth(this, () => this.clientWidth, () => void this.draw());

  constructor() {
    super();
    this.chart = null;
    this.summary = "";
    this.day = null;
    this.theme = "light";
  }

  protected override render() {
    return html`<figure aria-label=${this.summary}><div class="chart" data-testid="camp-chart" @click=${this.onActivate} @keydown=${this.onActivate}></div></figure>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("chart") || changed.has("theme") || (changed.has("day") && !this.rule)) void this.draw();
    else if (changed.has("day")) this.placeRule();
  }

  /** Moves the rule to the date shown (hidden when none), without drawing the chart anew. */
  private placeRule(): void {
    if (!this.rule) return;
    const { line, x } = this.rule;
    line.style.display = this.day === null ? "none" : "";
    if (this.day === null) return;
    const at = String(x.apply(date(this.day)));
    line.setAttribute("x1", at);
    line.setAttribute("x2", at);
  }

  private async draw(): Promise<void> {
    const ticket = ++this.drawn;
    this.rule = null;
    const chart = this.chart;
    const box = this.renderRoot.querySelector(".chart");
    if (!box) return;
    if (!chart || !chart.rows.length) return box.replaceChildren();
    const Plot = await loadPlot();
    if (ticket !== this.drawn) return;
    this.width = this.chartWidth.take(300);
    const theme = this.theme;
    const names = chart.rows.map((r) => r.name);
    const left = Math.min(Math.round(this.width * 0.45), 8 + CHAR * Math.max(...names.map((n) => n.length)));
    // A name longer than its column is cut with an ellipsis; its link and tooltip keep it whole.
    const fits = Math.floor((left - 8) / CHAR);
    const cut = (name: string) => (name.length > fits ? `${name.slice(0, Math.max(1, fits - 1))}…` : name);
    const svg = Plot.plot({
      document,
      width: this.width,
      height: MARGIN.top + MARGIN.bottom + chart.rows.length * ROW,
      marginTop: MARGIN.top,
      marginRight: MARGIN.right,
      marginBottom: MARGIN.bottom,
      marginLeft: left,
      style: "background: transparent; color: inherit; font: 10px var(--fl-font)",
      x: { type: "utc", domain: [date(chart.domain[0]), date(chart.domain[1])], label: null, ticks: Math.max(2, Math.floor((this.width - left) / 70)) },
      y: { domain: chart.rows.map((_, i) => i), axis: null, padding: 0.15 },
      color: { type: "identity" },
      marks: [
        Plot.barX(chart.cells, {
          x1: (c: CampCell) => date(c.from),
          x2: (c: CampCell) => date(c.to),
          y: (c: CampCell) => c.row,
          fill: (c: CampCell) => campColour(c.camp, theme),
          title: (c: CampCell) => `${names[c.row]}: ${campName(c.camp)}`,
        }),
        Plot.text(chart.rows, {
          x: date(chart.domain[0]),
          y: (_: unknown, i: number) => i,
          text: (r: { name: string }) => cut(r.name),
          textAnchor: "end",
          dx: -4,
          fill: "currentColor",
          href: (r: { id: string }) => LINK + encodeURIComponent(r.id),
        }),
      ],
    }) as SVGSVGElement & { scale(name: "x"): { apply(value: unknown): number } };
    // The date shown's rule, over the bars, spanning the rows: moved by placeRule as the date changes.
    const line = document.createElementNS("http://www.w3.org/2000/svg", "line");
    for (const [k, v] of Object.entries({ y1: MARGIN.top, y2: MARGIN.top + chart.rows.length * ROW, stroke: "currentColor", "stroke-width": 1.5, "aria-hidden": "true" })) line.setAttribute(k, String(v));
    svg.append(line);
    this.rule = { line, x: svg.scale("x") };
    this.placeRule();
    for (const g of svg.querySelectorAll("g")) {
      g.removeAttribute("aria-label");
      if (!g.querySelector("a")) g.setAttribute("aria-hidden", "true");
    }
    for (const a of svg.querySelectorAll("a")) {
      a.setAttribute("href", a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? a.getAttribute("href") ?? "");
      // Named by what it shows and, when that is cut, the whole name after it.
      const row = chart.rows.find((r) => LINK + encodeURIComponent(r.id) === a.getAttribute("href"));
      const shown = a.textContent ?? "";
      a.setAttribute("aria-label", row && row.name !== shown ? `${shown} (${row.name})` : shown || "Actor");
    }
    box.replaceChildren(svg);
  }

  private readonly onActivate = (e: MouseEvent | KeyboardEvent) => {
    if (e instanceof KeyboardEvent && e.key !== "Enter") return;
    const a = e.composedPath().find((n): n is SVGAElement => n instanceof SVGAElement);
    const href = a?.getAttribute("href") ?? "";
    if (!href.startsWith(LINK)) return;
    e.preventDefault();
    this.dispatchEvent(new ActorSelectEvent(decodeURIComponent(href.slice(LINK.length))));
  };
}

customElements.define("fl-camp-chart", FlCampChart);

declare global {
  interface HTMLElementTagNameMap {
    "fl-camp-chart": FlCampChart;
  }
}
