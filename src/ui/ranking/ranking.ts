/**
 * fl-ranking: who matters on the date or window shown. The actors of the slice ranked by ties,
 * bridges or influence (degree, betweenness, eigenvector centrality; model/centrality.ts), on the
 * relations certainly active then, saying how many only possible ones were left out. It
 * computes only while it is on the page, once per slice and measure; a slice too large to rank
 * between two frames is ranked once the timeline rests.
 */
import { html, LitElement, nothing, type PropertyValues } from "lit";
import { labelOn } from "../../model/actor-time";
import { sliceCentrality, type CentralityMeasure, type SliceCentrality } from "../../model/centrality";
import type { RelationIndex } from "../../model/relation-index";
import type { RelationSlice } from "../../model/relation-slice";
import type { Day } from "../../model/dates";
import { ActorSelectEvent } from "../events";
import { controlStyles } from "../theme";
import { leftOutWords, MEASURE_WORDS, ordinal, scopeWords, scoreWords, wordsOf } from "./ranking-model";
import { rankingStyles } from "./ranking.styles";

/** How many actors show before "Show all". */
const TOP = 10;
/** A ranking that took longer than this (ms) is put off while slices keep coming (a timeline drag). */
const SLOW = 24;
const REST = 200;

/** The measure last chosen, kept for the page: the ranking is made afresh each time nothing is selected. */
let chosenMeasure: CentralityMeasure = "degree";

/**
 * @summary A ranked list of the actors of the slice by a chosen measure (Ties, Bridges,
 * Influence, each with its technical term in its tooltip and explained under the choice), the
 * top ten and "Show all", each name a button; says what each measure left out and why.
 *
 * @fires actor-select - ActorSelectEvent: an actor's name was clicked.
 *
 * @csspart measure - Each button choosing a measure.
 * @csspart actor - The button naming an actor in the ranking.
 * @csspart show-all - The "Show all" / "Show top 10" button.
 */
export class FlRanking extends LitElement {
  static override styles = [controlStyles, rankingStyles];
  static override properties = {
    index: { attribute: false },
    slice: { attribute: false },
    labelDay: { attribute: false },
    timeLabel: { attribute: false },
    measure: { state: true },
    showAll: { state: true },
    computed: { state: true },
  };

  declare index: RelationIndex | null;
  /** The slice shown: its certainly active relations are ranked. */
  declare slice: RelationSlice | null;
  /** The day whose names the actors go by (the date shown, or a window's last day). */
  declare labelDay: Day;
  /** How the time shown reads, e.g. "as of 1 Mar 2026". */
  declare timeLabel: string;
  declare measure: CentralityMeasure;
  declare showAll: boolean;
  /** The centrality shown and what it was computed for. */
  declare computed: { slice: RelationSlice; measure: CentralityMeasure; centrality: SliceCentrality } | null;

  private lastCost = 0;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.index = null;
    this.slice = null;
    this.labelDay = 0;
    this.timeLabel = "";
    this.measure = chosenMeasure;
    this.showAll = false;
    this.computed = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.pending);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("slice") && !changed.has("measure") && !changed.has("index")) return;
    const { slice, measure } = this;
    if (!slice || !this.index || (this.computed?.slice === slice && this.computed.measure === measure)) return;
    clearTimeout(this.pending);
    // A new measure is asked for by a click: rank now. A new slice may be one frame of a drag.
    if (this.lastCost < SLOW || changed.has("measure") || !this.computed) this.compute();
    else this.pending = setTimeout(() => this.compute(), REST);
  }

  private compute(): void {
    const { slice, measure, index } = this;
    if (!slice || !index) return;
    const started = performance.now();
    this.computed = { slice, measure, centrality: sliceCentrality(index, slice, { measures: [measure] }) };
    this.lastCost = performance.now() - started;
  }

  private choose(measure: CentralityMeasure): void {
    chosenMeasure = this.measure = measure;
  }

  private label(actor: string): string {
    const a = this.index?.dataSet.actors[this.index.actorOrdinal.get(actor) ?? -1];
    return a ? labelOn(a, this.labelDay) : actor;
  }

  override render() {
    const words = wordsOf(this.measure);
    const computed = this.computed;
    const stale = !!computed && (computed.slice !== this.slice || computed.measure !== this.measure);
    return html`<section aria-labelledby="ranking-title" aria-busy=${stale ? "true" : "false"}>
      <h2 id="ranking-title">Who matters <span class="when">${this.timeLabel}</span></h2>
      <div class="measures" role="group" aria-label="Rank by">
        ${MEASURE_WORDS.map(
          (w) =>
            html`<button part="measure" aria-pressed=${w.measure === this.measure ? "true" : "false"} title=${`${w.name}: ${w.term}. ${w.explanation}`} @click=${() => this.choose(w.measure)}>
              ${w.name}
            </button>`,
        )}
      </div>
      <p class="explanation" data-testid="ranking-explanation">${words.explanation} <span class="term">(${words.term})</span></p>
      ${computed && computed.measure === this.measure ? this.list(computed.centrality) : nothing}
    </section>`;
  }

  private list(centrality: SliceCentrality) {
    const result = centrality.measures[this.measure]!;
    const shown = this.showAll ? result.ranking : result.ranking.slice(0, TOP);
    const scores = scoreWords(centrality, this.measure, result.ranking);
    const scope = scopeWords(result.scope);
    const leftOut = leftOutWords(centrality.possibleLeftOut, this.timeLabel);
    const rankCount = new Map<number, number>();
    for (const r of result.ranking) rankCount.set(r.rank, (rankCount.get(r.rank) ?? 0) + 1);
    return html`
      ${centrality.actorCount === 0 ? html`<p class="none">No actor has a certain tie ${this.timeLabel}.</p>` : nothing}
      ${shown.length
        ? html`<ol class="ranking" data-testid="ranking" aria-label=${`Actors by ${wordsOf(this.measure).name.toLowerCase()}, ${this.timeLabel}`}>
            ${shown.map((r, k) => {
              const shared = (rankCount.get(r.rank) ?? 1) > 1;
              return html`<li data-actor=${r.actor}>
                <span class="rank" title=${shared ? `${ordinal(r.rank)}, shared with ${rankCount.get(r.rank)! - 1} other${rankCount.get(r.rank) === 2 ? "" : "s"}` : ordinal(r.rank)}
                  >${shared ? "=" : ""}${r.rank}</span
                ><span class="visually-hidden">. </span>
                <button class="link" part="actor" @click=${() => this.dispatchEvent(new ActorSelectEvent(r.actor))}><span dir="auto">${this.label(r.actor)}</span></button
                ><span class="visually-hidden">, </span>
                <span class="score">${scores[k]}</span>
              </li>`;
            })}
          </ol>`
        : nothing}
      ${result.ranking.length > TOP
        ? html`<button class="show-all" part="show-all" aria-expanded=${this.showAll ? "true" : "false"} @click=${() => (this.showAll = !this.showAll)}>
            ${this.showAll ? `Show top ${TOP}` : `Show all ${result.ranking.length}`}
          </button>`
        : nothing}
      ${scope ? html`<p class="note" data-testid="ranking-scope">${scope}</p>` : nothing}
      ${leftOut ? html`<p class="note" data-testid="ranking-left-out">${leftOut}</p>` : nothing}
    `;
  }
}

customElements.define("fl-ranking", FlRanking);

declare global {
  interface HTMLElementTagNameMap {
    "fl-ranking": FlRanking;
  }
}
