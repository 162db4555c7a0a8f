/**
 * The film dialog: a film of the timeline for briefings. The person types the span as they type
 * any date (a day, a month or a year, kept at that precision), picks the calendar step, how long
 * each step stays on screen and how smooth the motion is, the size, background and format, and
 * whether each step is captioned with what began and ended; a summary says how many steps and
 * frames that makes and how long the film runs. A bad date or a To before From is said next to
 * its field and "Make film" waits until it is put right.
 *
 * The app makes the film and sets `progress` while it does: the choices are then disabled, a
 * progress bar counts the frames, and Cancel stops it; closing the dialog (Close or Escape) stops
 * it too, and the dialog says so when it is opened again. `result` and `problem` say how it ended.
 *
 * @summary A button that opens a modal dialog for a film of the timeline.
 * @fires film-request - FilmRequestEvent: the user asked for a film (its FilmSpec).
 * @fires film-cancel - FilmCancelEvent: stop the film being made.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
import { html, LitElement, nothing, type PropertyValues } from "lit";
import type { FilmFormat, FilmProgress, FilmStepUnit } from "../../look/film/types";
import { controlStyles, dialogStyles, progressStyles } from "../theme";
import { filmDialogStyles } from "./film-dialog.styles";
import { FilmCancelEvent, FilmRequestEvent } from "./film-events";
import { FILM_FORMATS, FILM_FPS, FILM_SIZES, FILM_STEPS, SECONDS_PER_STEP, readFilmChoices, usableFormat, type FilmChoices, type FilmField, type FilmSizeChoice, type FilmSupport } from "./film-form";
import { fileSizeWords, filmSummary } from "./film-summary";

const FIELD_NAMES: Record<FilmField, string> = { from: "From", to: "To", seconds: "Seconds per step", format: "Format", length: "The film's length" };

const CLOSED_WHILE_MAKING = "The film was cancelled: the dialog was closed while it was being made.";

export class FlFilmDialog extends LitElement {
  static override styles = [controlStyles, dialogStyles, progressStyles, filmDialogStyles];
  static override properties = {
    defaultTitle: { attribute: false },
    defaultSpan: { attribute: false },
    support: { attribute: false },
    progress: { attribute: false },
    result: { attribute: false },
    problem: { attribute: false },
    choices: { state: true },
    shown: { state: true },
    notice: { state: true },
    closedNotice: { state: true },
  };

  /** The title the film gets unless the user writes another. */
  declare defaultTitle: string;
  /** The span the fields start with, as typed text ("2021-01", "2026-03"); the app sets it from the data. */
  declare defaultSpan: { readonly from: string; readonly to: string } | null;
  /** What this browser can write, format by format; null until the app has found out (all offered). */
  declare support: FilmSupport | null;
  /** How far the film being made has got; null when none is. */
  declare progress: FilmProgress | null;
  /** The file the last film was saved as. */
  declare result: { readonly name: string; readonly bytes: number } | null;
  /** What went wrong with the last film, in words. */
  declare problem: string | null;
  /** What the user changed; title, from and to are absent while they follow the defaults. */
  declare choices: Partial<FilmChoices>;
  /** Fields whose problem is shown: those the user has left, or all after a refused Make. */
  declare shown: ReadonlySet<FilmField>;
  /** How the last film being made was stopped, said in the dialog. */
  declare notice: string | null;
  /** Said, out of sight, by the button once the dialog closed on a film being made. */
  declare closedNotice: string;

  constructor() {
    super();
    this.defaultTitle = "";
    this.defaultSpan = null;
    this.support = null;
    this.progress = null;
    this.result = null;
    this.problem = null;
    this.choices = {};
    this.shown = new Set();
    this.notice = null;
    this.closedNotice = "";
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  /** The choices as the form shows them: the user's, else the defaults. */
  private get current(): FilmChoices {
    return {
      title: this.defaultTitle,
      from: this.defaultSpan?.from ?? "",
      to: this.defaultSpan?.to ?? "",
      step: "month",
      secondsPerStep: "1",
      fps: 12,
      size: "hd",
      background: "light",
      format: "webm",
      captions: true,
      ...this.choices,
    };
  }

  private choose<K extends keyof FilmChoices>(key: K, value: FilmChoices[K]): void {
    this.choices = { ...this.choices, [key]: value };
  }

  private show(field: FilmField): void {
    if (!this.shown.has(field)) this.shown = new Set([...this.shown, field]);
  }

  private open(): void {
    this.closedNotice = "";
    this.dialog.showModal();
  }

  /** Escape or Close: a film being made is stopped, since no one would be left to watch it come. */
  private readonly onClose = () => {
    if (!this.progress) return;
    this.dispatchEvent(new FilmCancelEvent());
    this.notice = CLOSED_WHILE_MAKING;
    this.closedNotice = "Film cancelled: the dialog was closed while it was being made.";
  };

  private readonly cancel = () => {
    this.dispatchEvent(new FilmCancelEvent());
    this.notice = "Film cancelled.";
  };

  /** Make film, or Enter in a field: Make is disabled while anything is wrong, and then the form is not submitted at all. */
  private readonly submit = (e: Event) => {
    e.preventDefault();
    const { spec } = readFilmChoices(this.current, this.support);
    if (this.progress || !spec) return;
    this.notice = null;
    this.dispatchEvent(new FilmRequestEvent(spec));
  };

  override updated(changed: PropertyValues<this>): void {
    if (!changed.has("progress") || !this.dialog.open) return;
    const was = changed.get("progress") as FilmProgress | null | undefined;
    // Make, just pressed, is disabled: Cancel takes the focus while the film is made. After it,
    // Cancel is gone with the focus it had: Make takes it back, unless the focus is elsewhere.
    if (this.progress && !was) this.renderRoot.querySelector<HTMLElement>(".cancel")?.focus();
    if (!this.progress && was && !this.shadowRoot?.activeElement) this.renderRoot.querySelector<HTMLElement>(".make")?.focus();
  }

  override render() {
    const c = this.current;
    const reading = readFilmChoices(c, this.support);
    const making = this.progress !== null;
    const problem = (field: FilmField) => (this.shown.has(field) ? reading.problems[field] : undefined);
    const message = (field: FilmField) => {
      const text = problem(field);
      return text ? html`<p class="message" id=${`film-${field}-message`}>${text}</p>` : nothing;
    };
    const text = (field: "from" | "to", label: string) =>
      html`<label class="field"
        >${label}
        <input
          type="text"
          name=${field}
          autocomplete="off"
          .value=${c[field]}
          aria-invalid=${problem(field) ? "true" : "false"}
          aria-describedby=${problem(field) ? `film-${field}-message` : "film-span-help"}
          @input=${(e: Event) => this.choose(field, (e.target as HTMLInputElement).value)}
          @change=${() => this.show(field)}
      /></label>`;
    const radio = <T extends string>(name: string, value: T, current: T | null, set: (v: T) => void, label: string, hint = "", disabled = false) =>
      html`<label class="choice"
        ><input type="radio" name=${name} .checked=${current === value} ?disabled=${disabled} @change=${() => set(value)} /><span>${label}${hint ? html`<small>${hint}</small>` : ""}</span></label
      >`;
    const format = usableFormat(c.format, this.support);
    const formatHint = (f: FilmFormat, hint: string) => {
      const s = this.support?.[f];
      return s?.note ? `${s.ok ? hint + ". " : ""}${s.note}` : hint;
    };
    return html`<button part="button" @click=${() => this.open()}>Animate…</button>
      <span role="status" class="visually-hidden">${this.closedNotice}</span>
      <dialog part="dialog" aria-labelledby="film-dialog-title" @close=${this.onClose}>
        <form @submit=${this.submit}>
          <h2 id="film-dialog-title">Film of the timeline</h2>
          <fieldset class="all" ?disabled=${making}>
            <div class="body">
              <div class="when">
                <label class="field"
                  >Title <input type="text" name="title" .value=${c.title} @input=${(e: Event) => this.choose("title", (e.target as HTMLInputElement).value)}
                /></label>
                <fieldset>
                  <legend>Span</legend>
                  <div class="pair">${text("from", "From")} ${text("to", "To")}</div>
                  ${message("from")} ${message("to")}
                  <!-- A message says what to type already; the examples would only repeat it. -->
                  <small id="film-span-help" ?hidden=${!!(problem("from") || problem("to"))}>A day, a month or a year: 2021-01, Jan 2021, 2021.</small>
                </fieldset>
                <fieldset>
                  <legend>Step</legend>
                  <div class="choices">${FILM_STEPS.map(([unit, label]) => radio<FilmStepUnit>("step", unit, c.step, (v) => this.choose("step", v), label))}</div>
                </fieldset>
                <div class="pair">
                  <label class="field"
                    >Seconds per step
                    <input
                      type="number"
                      name="seconds-per-step"
                      min=${SECONDS_PER_STEP.min}
                      max=${SECONDS_PER_STEP.max}
                      step="0.1"
                      .value=${c.secondsPerStep}
                      aria-invalid=${problem("seconds") ? "true" : "false"}
                      aria-describedby=${problem("seconds") ? "film-seconds-message" : nothing}
                      @input=${(e: Event) => this.choose("secondsPerStep", (e.target as HTMLInputElement).value)}
                      @change=${() => this.show("seconds")}
                  /></label>
                  <div class="field">
                    <!-- Labelled by id, not by wrapping: a wrapped select adds its chosen option to its own name. -->
                    <label for="film-fps">Frames per second</label>
                    <select id="film-fps" name="fps" @change=${(e: Event) => this.choose("fps", Number((e.target as HTMLSelectElement).value))}>
                      ${FILM_FPS.map((fps) => html`<option value=${fps} ?selected=${fps === c.fps}>${fps}</option>`)}
                    </select>
                  </div>
                </div>
                ${message("seconds")}
                <label class="choice"
                  ><input type="checkbox" name="captions" .checked=${c.captions} @change=${(e: Event) => this.choose("captions", (e.target as HTMLInputElement).checked)} /><span
                    >Captions<small>name what began and ended at each step</small></span
                  ></label
                >
              </div>
              <div class="look">
                <fieldset>
                  <legend>Size</legend>
                  ${(Object.keys(FILM_SIZES) as FilmSizeChoice[]).map((size) => radio("size", size, c.size, (v) => this.choose("size", v), FILM_SIZES[size].label, FILM_SIZES[size].hint))}
                </fieldset>
                <fieldset>
                  <legend>Background</legend>
                  <div class="choices">
                    ${radio("background", "light", c.background, (v) => this.choose("background", v), "Light")}
                    ${radio("background", "dark", c.background, (v) => this.choose("background", v), "Dark")}
                  </div>
                </fieldset>
                <fieldset>
                  <legend>Format</legend>
                  ${FILM_FORMATS.map(([f, label, hint]) =>
                    radio("format", f, format, (v) => this.choose("format", v), label, formatHint(f, hint), this.support ? !this.support[f].ok : false),
                  )}
                  ${message("format")}
                </fieldset>
              </div>
            </div>
          </fieldset>
          <p class="summary" id="film-summary" aria-live="polite">${reading.steps && !reading.problems.seconds ? filmSummary(reading.steps.count, Number(c.secondsPerStep), c.fps) : `No film yet: ${this.unread(reading.problems)}.`}</p>
          ${reading.widened ? html`<p class="note">${reading.widened}</p>` : nothing}
          <!-- Said as soon as it is so: no field alone is wrong, so none waits to be left. -->
          ${reading.problems.length ? html`<p class="message" id="film-length-message">${reading.problems.length}</p>` : nothing}
          ${making ? this.working(this.progress!) : nothing}
          <p class="outcome note" role="status">${making ? "" : this.notice ?? (this.result ? this.saved(this.result) : "")}</p>
          <p class="outcome problem" role="alert">${making ? "" : (this.problem ?? "")}</p>
          <div class="actions">
            <button type="button" @click=${() => this.dialog.close()}>Close</button>
            <button type="submit" class="primary make" ?disabled=${making || !reading.spec} aria-describedby=${reading.problems.length ? "film-length-message" : nothing}>Make film</button>
          </div>
        </form>
      </dialog>`;
  }

  /** "From and To need putting right": the fields to fix, named as their labels are. */
  private unread(problems: Partial<Record<FilmField, string>>): string {
    const names = (Object.keys(problems) as FilmField[]).map((field) => FIELD_NAMES[field]);
    const listed = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0];
    return `${listed} ${names.length > 1 ? "need" : "needs"} putting right`;
  }

  private working(progress: FilmProgress) {
    return html`<div class="working">
      <p id="film-progress-label">Frame ${Math.min(progress.done, progress.total).toLocaleString("en")} of ${progress.total.toLocaleString("en")}</p>
      <div class="progress-row">
        <progress aria-labelledby="film-progress-label" value=${Math.min(progress.done, progress.total)} max=${Math.max(progress.total, 1)}></progress>
        <button type="button" class="cancel" @click=${this.cancel}>Cancel</button>
      </div>
    </div>`;
  }

  private saved(result: { readonly name: string; readonly bytes: number }) {
    return html`Saved <bdi class="file-name">${result.name}</bdi> (${fileSizeWords(result.bytes)})`;
  }
}

customElements.define("fl-film-dialog", FlFilmDialog);

declare global {
  interface HTMLElementTagNameMap {
    "fl-film-dialog": FlFilmDialog;
  }
}
