/**
 * fl-alignment: allies and enemies on the date or window shown, in the details panel while
 * nothing is selected. The balance ratio with its triad counts (mixed triads and the pairs left
 * out said apart), the unbalanced triads in words, each a button that highlights it on the
 * graph, and the camps with their members, a switch to colour actors by camp, and a chart of
 * camp membership over time. Everything from the data goes in as text.
 */
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import { campColour, campName } from "../../look/camp-palette";
import type { Balance } from "../../model/balance";
import type { Camps } from "../../model/camps";
import type { SignedGraph } from "../../model/signed-pairs";
import type { ColourBy, Theme, Triad } from "../../state/view-state";
import type { AlignmentSeries } from "../balance-line/balance-series";
import { ActorSelectEvent, ColourByChangeEvent, TriadSelectEvent } from "../events";
import { controlStyles } from "../theme";
import { balanceLines, campMembers, namesInWords, ratioText, triadItems, type CampMembers, type TriadItem } from "./alignment-model";
import { campChart, type CampChart } from "./camp-chart-model";
import { alignmentStyles } from "./alignment.styles";
import "./camp-chart";

/** How many unbalanced triads are listed; the count says how many there are. */
const LISTED = 30;

const sameRows = (a: CampChart, b: CampChart) => a.rows.length === b.rows.length && a.leftOut === b.leftOut && a.rows.every((r, i) => r.id === b.rows[i].id && r.name === b.rows[i].name);

const sameTriad = (a: Triad | null, b: Triad | null) => !!a && !!b && [...a].sort().join("\n") === [...b].sort().join("\n");

/**
 * @summary The balance, the unbalanced triads and the camps on the date shown.
 * @fires triad-select - TriadSelectEvent: a triad's button (again: null), Clear, or Escape inside the panel.
 * @fires colour-by-change - ColourByChangeEvent: "Colour actors by camp" was switched.
 * @fires actor-select - ActorSelectEvent: a camp member's name was chosen.
 */
export class FlAlignment extends LitElement {
  static override styles = [controlStyles, alignmentStyles];
  static override properties = {
    graph: { attribute: false },
    balance: { attribute: false },
    camps: { attribute: false },
    series: { attribute: false },
    nameOf: { attribute: false },
    when: { attribute: false },
    day: { attribute: false },
    colourBy: { attribute: false },
    triad: { attribute: false },
    theme: { reflect: true },
  };

  declare graph: SignedGraph | null;
  declare balance: Balance | null;
  declare camps: Camps | null;
  declare series: AlignmentSeries | null;
  /** An actor's name on the date shown. */
  declare nameOf: (actor: string) => string;
  /** The date or window in words after a verb: "on 1 Mar 2026". */
  declare when: string;
  /** The date shown (a window's last day), for the chart's rule. */
  declare day: number | null;
  declare colourBy: ColourBy;
  declare triad: Triad | null;
  declare theme: Theme;

  private items: TriadItem[] = [];
  private members: CampMembers[] = [];
  private chart: CampChart | null = null;

  constructor() {
    super();
    this.graph = null;
    this.balance = null;
    this.camps = null;
    this.series = null;
    this.nameOf = (id) => id;
    this.when = "";
    this.day = null;
    this.colourBy = "kind";
    this.triad = null;
    this.theme = "light";
    this.addEventListener("keydown", (e) => {
      if (e.key !== "Escape" || !this.triad) return;
      e.preventDefault();
      e.stopPropagation();
      this.dispatchEvent(new TriadSelectEvent(null));
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const { graph, balance, camps } = this;
    if (changed.has("balance") || changed.has("nameOf")) this.items = graph && balance ? triadItems(graph, balance.unbalancedTriads.slice(0, LISTED), this.nameOf) : [];
    if (changed.has("camps") || changed.has("nameOf")) this.members = graph && camps ? campMembers(camps.campOf, graph.index.actorIds, this.nameOf) : [];
    if (changed.has("series") || changed.has("nameOf")) {
      const chart = this.series ? campChart(this.series, this.nameOf) : null;
      // A new date gives a new nameOf; the chart is kept (and not drawn anew) when its rows read the same.
      if (!(chart && this.chart && !changed.has("series") && sameRows(chart, this.chart))) this.chart = chart;
    }
  }

  override render() {
    const { graph, balance } = this;
    if (!graph || !balance) return nothing;
    return html`<section aria-labelledby="alignments">
      <h2 id="alignments">Alignments</h2>
      <p class="ratio" data-testid="balance-ratio">Balance <strong>${ratioText(balance.ratio)}</strong> ${this.when}</p>
      <ul class="counts">
        ${balanceLines(graph, balance).map((line) => html`<li>${line}</li>`)}
      </ul>
      <p class="muted">A triad is three actors each pair of which is friendly (+) or hostile (−); it is balanced when the friend of a friend is a friend and the enemy of an enemy a friend (Cartwright and Harary, 1956).</p>
      ${this.triadsView(balance)} ${this.campsView()}
    </section>`;
  }

  private triadsView(balance: Balance) {
    const more = balance.unbalanced - this.items.length;
    return html`<h3>Unbalanced triads (${balance.unbalanced})</h3>
      ${this.items.length
        ? html`<ul class="triads">
            ${this.items.map((item) => {
              const on = sameTriad(item.actors, this.triad);
              return html`<li>
                <button type="button" class="triad" aria-pressed=${on ? "true" : "false"} @click=${() => this.dispatchEvent(new TriadSelectEvent(on ? null : item.actors))}>${item.sentence}</button>
              </li>`;
            })}
          </ul>`
        : html`<p class="muted">None ${this.when}.</p>`}
      ${more > 0 ? html`<p class="muted">and ${more} more not listed.</p>` : nothing}
      ${this.triad
        ? html`<p class="highlight" role="status">
            Highlighted on the graph: ${namesInWords(this.triad.map(this.nameOf))}.
            <button type="button" @click=${() => this.dispatchEvent(new TriadSelectEvent(null))}>Clear</button>
          </p>`
        : nothing}`;
  }

  private campsView() {
    const camps = this.camps;
    const byCamp = this.colourBy === "camp";
    return html`<h3>Camps</h3>
      <label class="switch"
        ><input type="checkbox" .checked=${byCamp} @change=${(e: Event) => this.dispatchEvent(new ColourByChangeEvent((e.target as HTMLInputElement).checked ? "camp" : "kind"))} /> Colour actors by
        camp</label
      >
      ${this.members.length
        ? html`<ul class="camps">
            ${this.members.map(
              (camp) => html`<li>
                <span class="swatch" style="background:${campColour(camp.label, this.theme)}" aria-hidden="true"></span>
                <span class="camp-name">${campName(camp.label)}</span>
                ${camp.members.map((m, i) => html`${i ? ", " : ""}<button type="button" class="link" @click=${() => this.dispatchEvent(new ActorSelectEvent(m.id))}>${m.name}</button>`)}
              </li>`,
            )}
          </ul>`
        : html`<p class="muted">No camps ${this.when}: no friendly or hostile pair.</p>`}
      ${camps && this.members.length
        ? html`<p class="muted">
            The split leaving the fewest pairs against it: ${camps.negativeWithin} hostile within camps, ${camps.positiveBetween} friendly between them${camps.mixedPairs ? `, ${camps.mixedPairs} mixed left out` : ""}
            (frustration minimisation, Doreian and Mrvar, 1996). Actors with no friendly or hostile pair are in none${byCamp ? ", drawn grey" : ""}.
          </p>`
        : nothing}
      ${this.chart && this.chart.rows.length
        ? html`<h4>Camp membership over time</h4>
            <fl-camp-chart .chart=${this.chart} .day=${this.day} .theme=${this.theme} .summary=${this.chartSummary(this.chart)}></fl-camp-chart>
            ${this.chart.leftOut ? html`<p class="muted">${this.chart.leftOut} more actors, in a camp less often, left out of the chart.</p>` : nothing}`
        : nothing}`;
  }

  private chartSummary(chart: CampChart): string {
    const step = this.series?.step === "year" ? "year" : "month";
    return `Camp membership by ${step} of ${chart.rows.length} actors: each row an actor, coloured by its camp, blank when in none`;
  }
}

customElements.define("fl-alignment", FlAlignment);

declare global {
  interface HTMLElementTagNameMap {
    "fl-alignment": FlAlignment;
  }
}
