/**
 * fl-rank-chart: an actor's rank among actors by ties, per year of the timeline, as a small line
 * drawn by Observable Plot (loaded on first use, as the story's lanes load it). Each year is
 * ranked on its whole window, so a year-precision date counts in its year and no day is
 * invented; a year with no certain tie is a gap. The years are ranked a few at a time between
 * frames, so a large data set does not hold up the page, and once per actor, filters and range.
 */
import { html, LitElement, type PropertyValues } from "lit";
import { rankSeries, type RankPoint } from "../../model/centrality";
import type { Day } from "../../model/dates";
import type { Filter } from "../../model/filters";
import type { RelationIndex } from "../../model/relation-index";
import type { Theme } from "../../state/view-state";
import { controlStyles } from "../theme";
import { ordinal, seriesWords, yearsOf } from "./ranking-model";
import { rankingStyles } from "./ranking.styles";
import { ChartWidth, loadPlot, type PlotModule } from "../charts/plot-chart";

/** The accent of each theme (theme.ts's --fl-accent): Plot takes colours, not custom properties. */
const ACCENT: Record<Theme, string> = { light: "#0b5cad", dark: "#7cb7ff" };
const HEIGHT = 130;

export type YearRank = RankPoint & { readonly year: number };

/**
 * @summary The selected actor's rank by ties (degree centrality) in each year of the timeline:
 * a line with a dot per ranked year (its title says the rank), the year shown ringed, and a
 * caption saying the best rank and when; the years are also listed for screen readers.
 */
export class FlRankChart extends LitElement {
  static override styles = [controlStyles, rankingStyles];
  static override properties = {
    index: { attribute: false },
    filters: { attribute: false },
    actor: { attribute: false },
    label: { attribute: false },
    first: { attribute: false },
    last: { attribute: false },
    shownYear: { attribute: false },
    theme: { reflect: true },
    series: { state: true },
  };

  declare index: RelationIndex | null;
  /** The view's filters without time: each year is added to them in turn. */
  declare filters: readonly Filter[];
  declare actor: string | null;
  /** The actor's name, for the caption. */
  declare label: string;
  /** The timeline's first and last day. */
  declare first: Day;
  declare last: Day;
  /** The year of the date shown, ringed on the chart; null for none. */
  declare shownYear: number | null;
  declare theme: Theme;
  declare series: readonly YearRank[] | null;

  private key = "";
  private ticket = 0;
  private width = 0;
  private readonly chartWidth = new ChartWidth(this, () => this.clientWidth, () => void this.draw());

  constructor() {
    super();
    this.index = null;
    this.filters = [];
    this.actor = null;
    this.label = "";
    this.first = 0;
    this.last = 0;
    this.shownYear = null;
    this.theme = "light";
    this.series = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.ticket++;
    this.key = "";
  }

  protected override willUpdate(): void {
    // The app hands down new filter lists on every render: rank again only when they say something new.
    const key = JSON.stringify([this.actor, this.first, this.last, this.filters]);
    if (key === this.key && this.indexRanked === this.index) return;
    this.key = key;
    this.indexRanked = this.index;
    this.series = null;
    void this.rank(++this.ticket);
  }

  private indexRanked: RelationIndex | null = null;

  /** Ranks year after year, yielding between years; a newer request (another actor) stops it. */
  private async rank(ticket: number): Promise<void> {
    const { index, actor, filters } = this;
    if (!index || actor === null || this.last < this.first) return;
    const out: YearRank[] = [];
    for (const y of yearsOf(this.first, this.last)) {
      const [point] = rankSeries(index, filters, actor, [{ from: y.from, to: y.to }], "degree");
      out.push({ ...point, year: y.year });
      await new Promise((done) => setTimeout(done, 0));
      if (ticket !== this.ticket) return;
    }
    this.series = out;
  }

  override render() {
    const series = this.series;
    return html`<h3>Rank among actors by ties, per year</h3>
      ${series
        ? html`<figure>
            <div class="chart" data-testid="rank-chart" aria-hidden="true"></div>
            <figcaption data-testid="rank-summary">${seriesWords(this.label, series)}</figcaption>
          </figure>
          <ol class="visually-hidden" aria-label="Rank by ties, per year">
            ${series.map((p) => html`<li>${p.year}: ${p.rank === null ? "no certain tie" : `${ordinal(p.rank)} of ${p.ranked}`}</li>`)}
          </ol>`
        : html`<p class="note" role="status">Ranking each year…</p>`}`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has("series") || changed.has("theme") || changed.has("shownYear")) void this.draw();
  }

  private async draw(): Promise<void> {
    const series = this.series;
    const box = this.renderRoot.querySelector(".chart");
    if (!series || !box) return;
    const ticket = this.ticket;
    const Plot = await loadPlot();
    if (ticket !== this.ticket || series !== this.series) return;
    this.width = this.chartWidth.take(320);
    box.replaceChildren(plotOf(Plot, series, this.width, this.theme, this.shownYear));
  }
}

function plotOf(Plot: PlotModule, series: readonly YearRank[], width: number, theme: Theme, shownYear: number | null): SVGSVGElement | HTMLElement {
  const ranked = series.filter((p) => p.rank !== null);
  const worst = Math.max(2, ...ranked.map((p) => p.rank!));
  // Whole ranks only, 1 at the top.
  const step = Math.max(1, Math.ceil((worst - 1) / 4));
  const ticks = Array.from({ length: Math.floor((worst - 1) / step) + 1 }, (_, k) => 1 + k * step);
  const accent = ACCENT[theme];
  const years = series.map((p) => p.year);
  return Plot.plot({
    document,
    width,
    height: HEIGHT,
    marginLeft: 34,
    marginRight: 12,
    marginTop: 10,
    marginBottom: 22,
    style: "background: transparent; color: inherit; font: 11px var(--fl-font)",
    x: { domain: [Math.min(...years), Math.max(...years)], tickFormat: "d", label: null, ticks: Math.min(6, years.length) },
    // The heading names the axis; Plot's own label would sit on the first rank's tick.
    y: { domain: [1, worst], reverse: true, ticks, tickFormat: "d", label: null },
    marks: [
      Plot.gridY({ ticks, strokeOpacity: 0.12 }),
      // A year with no certain tie breaks the line.
      Plot.lineY(series, { x: "year", y: (p: YearRank) => p.rank ?? NaN, stroke: accent, strokeWidth: 1.5 }),
      Plot.dot(ranked, { x: "year", y: "rank", r: 2.5, fill: accent, title: (p: YearRank) => `${p.year}: ${ordinal(p.rank!)} of ${p.ranked} by ties` }),
      Plot.dot(
        ranked.filter((p) => p.year === shownYear),
        { x: "year", y: "rank", r: 5.5, stroke: accent, strokeWidth: 1.5 },
      ),
    ],
  });
}

customElements.define("fl-rank-chart", FlRankChart);

declare global {
  interface HTMLElementTagNameMap {
    "fl-rank-chart": FlRankChart;
  }
}
