/**
 * The image dialog: an image of the current view for slides, with a title, a size (a multiple
 * of the view, or a Full HD or 4K slide), a background (light, dark, transparent), a format
 * (PNG, or SVG whose labels stay text) and whether every relation is labelled, to download or
 * copy to the clipboard. A preview of the slide, scaled down, follows the choices: it is drawn
 * as SVG (the same layout and labels as either format) a moment after the last change, so
 * typing a title is never held up by drawing.
 *
 * @summary A button that opens a modal dialog for an image of the view.
 * @fires image-request - ImageRequestEvent: the user asked for an image, to download or copy.
 * @fires image-preview - ImagePreviewEvent: the dialog wants a preview of the image; the listener sets its `image`.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
import { html, LitElement, nothing } from "lit";
import type { Background, ImageFormat, ImageSize } from "../../look/composition/types";
import { controlStyles, dialogStyles } from "../theme";
import { imageDialogStyles } from "./image-dialog.styles";
import { ImagePreviewEvent, ImageRequestEvent, type ImageRequest } from "./image-request-event";

/** How long the choices must rest before the preview is drawn again. */
export const PREVIEW_DELAY_MS = 250;

type SizeChoice = "1x" | "2x" | "4x" | "hd" | "uhd";

const SIZES: Record<SizeChoice, ImageSize> = {
  "1x": { kind: "scale", scale: 1 },
  "2x": { kind: "scale", scale: 2 },
  "4x": { kind: "scale", scale: 4 },
  hd: { kind: "fixed", width: 1920, height: 1080 },
  uhd: { kind: "fixed", width: 3840, height: 2160 },
};

const BACKGROUNDS: readonly [Background, string][] = [
  ["light", "Light"],
  ["dark", "Dark"],
  ["transparent", "Transparent"],
];

/** Whether this browser lets a page put an image on the clipboard. */
const canCopyImages = (): boolean => typeof ClipboardItem !== "undefined" && typeof navigator.clipboard?.write === "function";

export class FlImageDialog extends LitElement {
  static override styles = [controlStyles, dialogStyles, imageDialogStyles];
  static override properties = {
    defaultTitle: { attribute: false },
    viewSize: { attribute: false },
    imageTitle: { state: true },
    size: { state: true },
    background: { state: true },
    format: { state: true },
    labelRelations: { state: true },
    previewUrl: { state: true },
  };

  /** The title the image gets unless the user writes another. */
  declare defaultTitle: string;
  /** The view's size in CSS pixels, to say how large 1×, 2× and 4× are; null when unknown. */
  declare viewSize: { readonly width: number; readonly height: number } | null;
  /** The title the user wrote; null while they have not, so the default follows the view. */
  declare imageTitle: string | null;
  declare size: SizeChoice;
  declare background: Background;
  declare format: ImageFormat;
  /** Every drawn relation labelled with its type (or count) on the image. */
  declare labelRelations: boolean;
  /** The latest preview, as an object URL; null before the first. */
  declare previewUrl: string | null;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  /** Counts preview requests, so that a slow one finishing late does not replace a newer one. */
  private previewTurn = 0;
  /** What the preview on show was made of, so it is redrawn only when that changes. */
  private previewKey = "";

  constructor() {
    super();
    this.defaultTitle = "";
    this.viewSize = null;
    this.imageTitle = null;
    this.size = "hd";
    this.background = "light";
    this.format = "png";
    this.labelRelations = false;
    this.previewUrl = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.previewTimer);
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
  }

  private open(): void {
    this.dialog.showModal();
    // The view may have changed since the last preview; draw it now rather than after the delay.
    this.previewKey = "";
    this.schedulePreview(0);
  }

  /** Draws the preview `delay` ms from now, replacing any preview still waiting. */
  private schedulePreview(delay = PREVIEW_DELAY_MS): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.drawPreview(), delay);
  }

  private async drawPreview(): Promise<void> {
    if (!this.dialog?.open) return;
    const { action: _action, ...spec } = this.request("download");
    const key = JSON.stringify({ ...spec, format: "svg" });
    if (key === this.previewKey) return;
    const turn = ++this.previewTurn;
    const event = new ImagePreviewEvent({ ...spec, format: "svg" });
    this.dispatchEvent(event);
    const blob = await event.image?.catch(() => null);
    if (!blob || turn !== this.previewTurn) return;
    this.previewKey = key;
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = URL.createObjectURL(blob);
  }

  override updated(changed: Map<string, unknown>): void {
    if (["imageTitle", "defaultTitle", "size", "background", "labelRelations"].some((p) => changed.has(p))) this.schedulePreview();
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  private request(action: ImageRequest["action"]): ImageRequest {
    return {
      title: (this.imageTitle ?? this.defaultTitle).trim(),
      size: SIZES[this.size],
      background: this.background,
      format: this.format,
      ...(this.labelRelations ? { labelRelations: true } : {}),
      action,
    };
  }

  private send(action: ImageRequest["action"]) {
    // Sent before the dialog closes and within the click, so a copy keeps the user's gesture.
    this.dispatchEvent(new ImageRequestEvent(this.request(action)));
    this.dialog.close();
  }

  private sizeHint(choice: SizeChoice): string {
    const size = SIZES[choice];
    if (size.kind === "fixed") return `${size.width} × ${size.height} px`;
    return this.viewSize ? `${Math.round(this.viewSize.width * size.scale)} × ${Math.round(this.viewSize.height * size.scale)} px` : `${size.scale}× the view`;
  }

  override render() {
    const copyable = this.format === "png" && canCopyImages();
    const copyNote = this.format !== "png" ? "Only PNG images can be copied." : copyable ? "" : "This browser does not let pages copy images; download the file instead.";
    const radio = <T extends string>(name: string, value: T, current: T, set: (v: T) => void, label: string, hint = "") =>
      html`<label class="choice"
        ><input type="radio" name=${name} .checked=${current === value} @change=${() => set(value)} /><span>${label}${hint ? html`<small>${hint}</small>` : ""}</span></label
      >`;
    const size = (choice: SizeChoice, label: string) => radio("size", choice, this.size, (v) => (this.size = v), label, this.sizeHint(choice));
    const title = (this.imageTitle ?? this.defaultTitle).trim();
    return html`<button part="button" @click=${() => this.open()}>Image…</button>
      <dialog part="dialog" aria-labelledby="image-dialog-title">
        <form
          method="dialog"
          @submit=${(e: Event) => {
            e.preventDefault();
            this.send("download");
          }}
        >
          <h2 id="image-dialog-title">Image of this view</h2>
          <div class="body">
            <div class="look">
              <figure class="preview">
                ${this.previewUrl
                  ? html`<img src=${this.previewUrl} alt=${`Preview of the image${title ? `: ${title}` : ""}, ${this.sizeHint(this.size)}`} data-testid="image-preview" />`
                  : html`<div class="pending" role="img" aria-label="Preview being drawn"></div>`}
              </figure>
              <label class="field"
                >Title
                <input type="text" name="title" .value=${this.imageTitle ?? this.defaultTitle} @input=${(e: Event) => (this.imageTitle = (e.target as HTMLInputElement).value)}
              /></label>
            </div>
            <div class="options">
              <fieldset>
                <legend>Size</legend>
                <div class="choices">
                  ${size("1x", "1×")} ${size("2x", "2×")} ${size("4x", "4×")} ${size("hd", "Full HD slide")} ${size("uhd", "4K slide")}
                </div>
              </fieldset>
              <fieldset>
                <legend>Background</legend>
                <div class="choices">${BACKGROUNDS.map(([value, label]) => radio("background", value, this.background, (v) => (this.background = v), label))}</div>
              </fieldset>
              <fieldset>
                <legend>Format</legend>
                ${radio("format", "png" as ImageFormat, this.format, (v) => (this.format = v), "PNG", "a picture, for any slide")}
                ${radio("format", "svg" as ImageFormat, this.format, (v) => (this.format = v), "SVG", "vector: scales without blur, labels stay text")}
              </fieldset>
              <fieldset>
                <legend>Options</legend>
                <label class="choice"
                  ><input type="checkbox" name="label-relations" .checked=${this.labelRelations} @change=${(e: Event) => (this.labelRelations = (e.target as HTMLInputElement).checked)} /><span
                    >Label relations<small>each line with its type, or its number of relations</small></span
                  ></label
                >
              </fieldset>
            </div>
          </div>
          <p class="note" id="copy-note" ?hidden=${!copyNote}>${copyNote}</p>
          <div class="actions">
            <button type="button" @click=${() => this.dialog.close()}>Cancel</button>
            <button type="button" ?disabled=${!copyable} aria-describedby=${copyNote ? "copy-note" : nothing} @click=${() => this.send("copy")}>Copy to clipboard</button>
            <button type="submit" class="primary">Download</button>
          </div>
        </form>
      </dialog>`;
  }
}

customElements.define("fl-image-dialog", FlImageDialog);

declare global {
  interface HTMLElementTagNameMap {
    "fl-image-dialog": FlImageDialog;
  }
}
