/**
 * fl-what-changed: compare mode's panel. What changed between moment A and moment B, grouped and
 * counted: the pairs that turned (each in words, "possibly" when the turn rests on a
 * possibility, with the relations that made it), then the relations added, ended and continuing
 * (continuing folded away at first). Each relation is a button that opens its evidence in the
 * details panel; one whose change rests on a possibility is marked "possibly", in words and by
 * its dashed swatch, never told as a fact.
 */
import { html, LitElement, nothing } from "lit";
import type { Change, Comparison, RelationChange } from "../../model/compare";
import type { Time } from "../../model/time-words";
import type { DataSet } from "../../model/types";
import { CHANGE_LABELS, changeColour } from "../../look/change-palette";
import type { Theme } from "../../state/view-state";
import { RelationSelectEvent } from "../events";
import { controlStyles } from "../theme";
import { changeRowWords, compareHeading, namesOf, turnWords, type Names } from "./compare-words";
import { whatChangedStyles } from "./what-changed.styles";

const EMPTY_DATA: DataSet = { taxonomy: { families: [], types: [], kinds: [] }, actors: [], relations: [], sources: [] };

/**
 * @summary What changed between two moments: pairs turned, relations added, ended and
 * continuing, each group with its count, each relation opening its evidence.
 *
 * @fires relation-select - RelationSelectEvent: a relation's row was chosen.
 *
 * @csspart group - A group (Turned, Added, Ended, Continuing): a details element.
 * @csspart count - A group's count.
 * @csspart row - A relation's button.
 */
export class FlWhatChanged extends LitElement {
  static override styles = [controlStyles, whatChangedStyles];
  static override properties = {
    dataSet: { attribute: false },
    comparison: { attribute: false },
    a: { attribute: false },
    b: { attribute: false },
    theme: { attribute: false },
  };

  declare dataSet: DataSet;
  /** The comparison of moment A with moment B (model/compare.ts); null shows nothing. */
  declare comparison: Comparison | null;
  declare a: Time | null;
  declare b: Time | null;
  declare theme: Theme;

  private names: Names = namesOf(EMPTY_DATA);

  constructor() {
    super();
    this.dataSet = EMPTY_DATA;
    this.comparison = null;
    this.a = null;
    this.b = null;
    this.theme = "light";
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has("dataSet")) this.names = namesOf(this.dataSet);
  }

  /** Puts the focus on the heading, as moving between views of the details panel does. */
  override focus(): void {
    this.renderRoot.querySelector<HTMLElement>("#title")?.focus();
  }

  override render() {
    const { comparison, a, b } = this;
    if (!comparison || !a || !b) return nothing;
    const { turns, added, ended, continuing } = comparison;
    const pairs = turns.length;
    return html`
      <h2 id="title" tabindex="-1">${compareHeading(a, b)}</h2>
      <p class="muted">Relations shown at either moment under the current filters, coloured on the graph by how they changed.</p>
      <details part="group" open data-change="turned">
        <summary>${this.swatch("turned", false, false)}${CHANGE_LABELS.turned} <span class="count" part="count">${pairs} ${pairs === 1 ? "pair" : "pairs"}</span></summary>
        ${turns.length
          ? turns.map(
              (turn) => html`<h3>${turnWords(turn, this.names)}</h3>
                <ul>
                  ${turn.relations.map((c) => this.row(c))}
                </ul>`,
            )
          : html`<p class="muted">No pair went from cooperative to hostile or back.</p>`}
      </details>
      ${this.group("added", added, true)} ${this.group("ended", ended, true)} ${this.group("continuing", continuing, false)}
    `;
  }

  private group(change: Change, list: readonly RelationChange[], open: boolean) {
    return html`<details part="group" ?open=${open} data-change=${change}>
      <summary>${this.swatch(change, false, change === "ended")}${CHANGE_LABELS[change]} <span class="count" part="count">${list.length}</span></summary>
      ${list.length ? html`<ul>${list.map((c) => this.row(c))}</ul>` : html`<p class="muted">None.</p>`}
    </details>`;
  }

  private row(c: RelationChange) {
    const gone = c.atB === "absent";
    // Within a turn, which side of it the relation is on.
    const side = c.change === "turned" ? (gone ? "ended" : "began") : "";
    const marks = [side, c.possible ? "possibly" : ""].filter(Boolean).join(", ");
    return html`<li>
      <button class="row" part="row" data-relation=${c.relation.id} @click=${() => this.dispatchEvent(new RelationSelectEvent(c.relation.id))}>
        ${this.swatch(c.change, c.possible, gone)}<span dir="auto">${changeRowWords(c, this.names)}</span>${marks ? html`<span class="mark">${marks}</span>` : nothing}
      </button>
    </li>`;
  }

  private swatch(change: Change, possible: boolean, gone: boolean) {
    return html`<span class="swatch ${possible ? "possible" : ""} ${gone ? "gone" : ""}" style="--swatch:${changeColour(change, this.theme, possible)}" aria-hidden="true"></span>`;
  }
}

customElements.define("fl-what-changed", FlWhatChanged);

declare global {
  interface HTMLElementTagNameMap {
    "fl-what-changed": FlWhatChanged;
  }
}
