/**
 * fl-compare-control: enters and leaves compare mode, beside the timeline. "Compare with…"
 * opens a field for moment A, read as the timeline reads typed dates (compare-entry.ts: a month
 * or a year typed is the whole of it); Enter or "Compare" starts comparing, Escape or "Cancel"
 * closes the field. While comparing it says with what, and offers "Change…" and "Stop comparing".
 * A bad entry is said next to the field and changes nothing.
 */
import { css, html, LitElement, nothing } from "lit";
import type { Day } from "../../model/dates";
import type { Time } from "../../model/time-words";
import { CompareChangeEvent } from "../events";
import { controlStyles } from "../theme";
import { compareEntry } from "./compare-entry";
import { momentWords } from "./compare-words";

/**
 * @summary Compare mode's switch: a typed moment A to compare the view with, and "Stop comparing".
 *
 * @fires compare-change - CompareChangeEvent: moment A (a day, or a month's or year's window), or null to stop.
 *
 * @csspart field - The moment A field.
 */
export class FlCompareControl extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.35rem 0.5rem;
        font-size: 0.85rem;
      }
      form {
        display: contents;
      }
      input {
        width: 9em;
        font: inherit;
        background: var(--fl-surface);
        color: var(--fl-text);
        border: 1px solid var(--fl-border);
        border-radius: var(--fl-radius);
        padding: 0.15rem 0.35rem;
      }
      input[aria-invalid="true"] {
        border-color: var(--fl-danger);
      }
      .state {
        font-weight: 600;
      }
      .message {
        color: var(--fl-danger);
      }
      .note {
        color: var(--fl-text-muted);
      }
    `,
  ];
  static override properties = {
    compare: { attribute: false },
    first: { attribute: false },
    last: { attribute: false },
    editing: { state: true },
    message: { state: true },
  };

  /** Moment A while comparing, or null. */
  declare compare: Time | null;
  /** The timeline's first and last days: moment A must fall in them. */
  declare first: Day;
  declare last: Day;
  private declare editing: boolean;
  private declare message: string;

  constructor() {
    super();
    this.compare = null;
    this.first = 0;
    this.last = 0;
    this.editing = false;
    this.message = "";
  }

  override render() {
    if (this.editing) return this.form();
    if (!this.compare) return html`<button type="button" @click=${this.open}>Compare with…</button>`;
    const window = !("at" in this.compare);
    return html`<span class="state">Comparing with ${momentWords(this.compare)}</span>${window ? html`<span class="note">(the whole window)</span>` : nothing}
      <button type="button" @click=${this.open}>Change…</button>
      <button type="button" @click=${() => this.dispatchEvent(new CompareChangeEvent(null))}>Stop comparing</button>`;
  }

  private form() {
    return html`<form @submit=${this.submit} @keydown=${this.keydown}>
      <label for="moment">Compare with</label>
      <input id="moment" part="field" autocomplete="off" placeholder="e.g. 1 Sep 2021" aria-describedby="help" aria-invalid=${this.message ? "true" : "false"} />
      <button type="submit">Compare</button>
      <button type="button" @click=${this.close}>Cancel</button>
      <span id="help" class=${this.message ? "message" : "note"} role=${this.message ? "alert" : nothing}>${this.message || "a day, a month or a year"}</span>
    </form>`;
  }

  private readonly open = async () => {
    this.editing = true;
    this.message = "";
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>("#moment")?.focus();
  };

  private readonly close = async () => {
    this.editing = false;
    this.message = "";
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>("button")?.focus();
  };

  private readonly keydown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    // The field's Escape is its own, not the page's "go back".
    e.stopPropagation();
    void this.close();
  };

  private readonly submit = (e: SubmitEvent) => {
    e.preventDefault();
    const text = this.renderRoot.querySelector<HTMLInputElement>("#moment")?.value ?? "";
    const entry = compareEntry(text, { first: this.first, last: this.last });
    if ("message" in entry) {
      this.message = entry.message;
      return;
    }
    this.dispatchEvent(new CompareChangeEvent(entry.moment));
    void this.close();
  };
}

customElements.define("fl-compare-control", FlCompareControl);

declare global {
  interface HTMLElementTagNameMap {
    "fl-compare-control": FlCompareControl;
  }
}
