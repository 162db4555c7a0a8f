/**
 * The image dialog: an image of the current view for slides, with a title, a size (a multiple
 * of the view, or a Full HD or 4K slide), a background (light, dark, transparent) and a format
 * (PNG, or SVG whose labels stay text), to download or copy to the clipboard.
 *
 * @summary A button that opens a modal dialog for an image of the view.
 * @fires image-request - ImageRequestEvent: the user asked for an image, to download or copy.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 */
import { html, LitElement, nothing } from "lit";
import type { Background, ImageFormat, ImageSize } from "../../look/composition/types";
import { controlStyles, dialogStyles } from "../theme";
import { imageDialogStyles } from "./image-dialog.styles";
import { ImageRequestEvent, type ImageRequest } from "./image-request-event";

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

  constructor() {
    super();
    this.defaultTitle = "";
    this.viewSize = null;
    this.imageTitle = null;
    this.size = "hd";
    this.background = "light";
    this.format = "png";
  }

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  private request(action: ImageRequest["action"]): ImageRequest {
    return { title: (this.imageTitle ?? this.defaultTitle).trim(), size: SIZES[this.size], background: this.background, format: this.format, action };
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
    return html`<button part="button" @click=${() => this.dialog.showModal()}>Image…</button>
      <dialog part="dialog" aria-labelledby="image-dialog-title">
        <form
          method="dialog"
          @submit=${(e: Event) => {
            e.preventDefault();
            this.send("download");
          }}
        >
          <h2 id="image-dialog-title">Image of this view</h2>
          <label class="field"
            >Title
            <input type="text" name="title" .value=${this.imageTitle ?? this.defaultTitle} @input=${(e: Event) => (this.imageTitle = (e.target as HTMLInputElement).value)}
          /></label>
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
