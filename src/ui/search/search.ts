/**
 * fl-search: find an actor by name or alias and choose it. An ARIA 1.2 combobox with a list
 * popup: the text field keeps focus while the arrow keys move a highlight through the options.
 */
import { html, LitElement, nothing, type PropertyValues } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import type { Actor, ActorKind } from "../../model/types";
import { ActorSelectEvent } from "../events";
import { controlStyles } from "../theme";
import { matchActors, type ActorMatch } from "./match-actors";
import { searchStyles } from "./search.styles";

/**
 * @summary A search box that finds actors by label or alias, in any case and with or without
 * diacritics, best matches first.
 *
 * Typing opens the list with the best match highlighted; ArrowDown / ArrowUp move the
 * highlight, Enter or a click chooses, Escape closes the list and a second Escape clears the
 * field. Focusing the element focuses its text field (the app binds "/" to that).
 *
 * @fires actor-select - ActorSelectEvent with the chosen actor's id.
 *
 * @csspart input - The text field.
 * @csspart listbox - The popup list of matches.
 * @csspart option - One match.
 */
export class FlSearch extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static override styles = [controlStyles, searchStyles];
  static override properties = {
    actors: { attribute: false },
    kinds: { attribute: false },
    kindOf: { attribute: false },
    query: { state: true },
    open: { state: true },
    highlighted: { state: true },
    navigated: { state: true },
  };

  /** The actors to search. */
  declare actors: readonly Actor[];
  /** The taxonomy's actor kinds, for showing each match's kind by its label. */
  declare kinds: readonly ActorKind[];
  /** An actor's kind at the date shown, when it can change over time; its first kind otherwise. */
  declare kindOf: ((actor: string) => string | undefined) | undefined;
  /** What the field holds. */
  declare private query: string;
  /** Whether the popup is wanted (it shows only when something matches). */
  declare private open: boolean;
  /** Index of the highlighted match, -1 for none. */
  declare private highlighted: number;
  /**
   * Whether the highlight was moved with the arrow keys. Only then does the field point
   * aria-activedescendant at it, so screen readers keep echoing what is typed until then.
   */
  declare private navigated: boolean;

  private found: ActorMatch[] = [];
  private kindLabels = new Map<string, string>();

  private kindName(actor: Actor): string {
    const kind = this.kindOf?.(actor.id) ?? actor.kind;
    return this.kindLabels.get(kind) ?? kind;
  }

  constructor() {
    super();
    this.actors = [];
    this.kinds = [];
    this.query = "";
    this.open = false;
    this.highlighted = -1;
    this.navigated = false;
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has("kinds")) this.kindLabels = new Map(this.kinds.map((k) => [k.id, k.label]));
    if (changed.has("actors") || changed.has("query")) {
      this.found = matchActors(this.actors, this.query);
      if (this.highlighted >= this.found.length) this.highlighted = this.found.length - 1;
    }
  }

  protected override updated(): void {
    if (this.showList && this.highlighted >= 0)
      this.renderRoot.querySelector(`#option-${this.highlighted}`)?.scrollIntoView({ block: "nearest" });
  }

  private get showList(): boolean {
    return this.open && this.found.length > 0;
  }

  override render() {
    const showList = this.showList;
    const activeId = showList && this.navigated && this.highlighted >= 0 ? `option-${this.highlighted}` : undefined;
    return html`
      <div class="field">
        <svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="6.5" cy="6.5" r="4.75" fill="none" stroke="currentColor" stroke-width="1.6" />
          <line x1="10" y1="10" x2="14.5" y2="14.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
        </svg>
        <input
          part="input"
          type="text"
          role="combobox"
          aria-label="Search actors"
          placeholder="Search actors"
          autocomplete="off"
          spellcheck="false"
          aria-autocomplete="list"
          aria-controls="listbox"
          aria-expanded=${showList ? "true" : "false"}
          aria-activedescendant=${ifDefined(activeId)}
          .value=${live(this.query)}
          @input=${this.onInput}
          @keydown=${this.onKeyDown}
          @blur=${this.onBlur}
        />
      </div>
      <ul id="listbox" role="listbox" part="listbox" aria-label="Matching actors" ?hidden=${!showList}>
        ${showList ? this.found.map((m, i) => this.renderOption(m, i)) : nothing}
      </ul>
      <div role="status">${this.renderStatus()}</div>
    `;
  }

  private renderOption(match: ActorMatch, index: number) {
    const { actor, alias } = match;
    return html`<li
      id="option-${index}"
      role="option"
      part="option"
      aria-selected=${index === this.highlighted ? "true" : "false"}
      @mousedown=${keepFocus}
      @click=${() => this.choose(index)}
    >
      <span class="name"
        ><span dir="auto">${actor.label}</span>${alias !== null ? html`<span class="alias"> — <span dir="auto">${alias}</span></span>` : nothing}</span
      >
      <span class="kind"><span class="visually-hidden">, </span>${this.kindName(actor)}</span>
    </li>`;
  }

  private renderStatus() {
    if (!this.open || this.query.trim() === "") return nothing;
    const n = this.found.length;
    if (n === 0) return html`<p class="no-match">No actor matches “<span dir="auto">${this.query.trim()}</span>”</p>`;
    return html`<span class="visually-hidden">${n === 1 ? "1 actor matches" : `${n} actors match`}</span>`;
  }

  private onInput(e: InputEvent): void {
    this.query = (e.target as HTMLInputElement).value;
    this.open = this.query.trim() !== "";
    // The best match is highlighted, so Enter takes it straight away.
    this.highlighted = 0;
    this.navigated = false;
  }

  private onKeyDown(e: KeyboardEvent): void {
    if (e.isComposing) return;
    const n = this.found.length;
    switch (e.key) {
      case "ArrowDown":
      case "ArrowUp": {
        e.preventDefault();
        if (n === 0) return;
        const down = e.key === "ArrowDown";
        if (!this.showList) {
          this.open = true;
          this.highlighted = down ? 0 : n - 1;
        } else if (e.altKey) {
          return;
        } else {
          this.highlighted = this.highlighted < 0 ? (down ? 0 : n - 1) : (this.highlighted + (down ? 1 : n - 1)) % n;
        }
        this.navigated = true;
        return;
      }
      case "Enter":
        if (this.showList && this.highlighted >= 0) {
          e.preventDefault();
          this.choose(this.highlighted);
        }
        return;
      case "Escape":
        if (this.open) {
          e.preventDefault();
          this.close();
        } else if (this.query !== "") {
          e.preventDefault();
          this.query = "";
        }
        return;
    }
  }

  private onBlur(): void {
    this.close();
  }

  private close(): void {
    this.open = false;
    this.navigated = false;
  }

  private choose(index: number): void {
    const match = this.found[index];
    if (!match) return;
    this.query = match.actor.label;
    this.close();
    this.dispatchEvent(new ActorSelectEvent(match.actor.id));
  }
}

/** Pressing on an option must not take focus from the field, or the list would close first. */
const keepFocus = (e: Event): void => e.preventDefault();

customElements.define("fl-search", FlSearch);

declare global {
  interface HTMLElementTagNameMap {
    "fl-search": FlSearch;
  }
}
