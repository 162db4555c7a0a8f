/**
 * "Copy link": puts the address of the view on screen (date, filters, selection, camera) on the
 * clipboard, to paste into a briefing or a message, and says so in a polite live region. When
 * the browser refuses the clipboard (no permission, an insecure page), the link is shown in a
 * field, selected, to copy by hand.
 *
 * @summary Copy the link of the current view.
 * @fires link-request - LinkRequestEvent: asks the app for the address of the view now.
 * @csspart button - The "Copy link" button.
 * @csspart field - The field holding the link when it could not be copied.
 */
import { html, LitElement, nothing } from "lit";
import { LinkRequestEvent } from "../events";
import { controlStyles } from "../theme";
import { copyLinkStyles } from "./copy-link.styles";

/** How long "Link copied" stays on screen. */
const SAID_MS = 4000;

export class FlCopyLink extends LitElement {
  static override styles = [controlStyles, copyLinkStyles];
  static override properties = {
    said: { state: true },
    manual: { state: true },
  };

  /** What the live region says now ("Link copied"), or nothing. */
  private declare said: string;
  /** The link to copy by hand, when the clipboard refused it. */
  private declare manual: string | null;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.said = "";
    this.manual = null;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  override render() {
    // The message goes under the button, not beside it: beside, it would cover the status line at 1280 px.
    return html`<button part="button" title="Copy the address of this view: date, filters, selection and zoom" @click=${this.copy}>Copy link</button>
      <!-- A polite live region, not role="status": the status line is the main area's one status. -->
      <span class="said" aria-live="polite" data-testid="copy-link-status">${this.said}</span>
      ${this.manual === null
        ? nothing
        : html`<div class="manual" part="field" @keydown=${this.onKey}>
            <label for="link">Copy this link (Ctrl+C)</label>
            <div class="field-row">
              <input id="link" type="text" readonly .value=${this.manual} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button aria-label="Close the link field" @click=${this.closeManual}>×</button>
            </div>
          </div>`}`;
  }

  private async copy(): Promise<void> {
    const request = new LinkRequestEvent();
    this.dispatchEvent(request);
    const link = request.link ?? location.href;
    try {
      // Missing on an insecure page: that is a refusal too.
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(link);
      this.manual = null;
      this.say("Link copied");
    } catch {
      this.manual = link;
      this.say("Not copied: the link is selected below", "closed");
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>("#link");
      field?.focus();
      field?.select();
    }
  }

  /**
   * The same words twice are still heard: the region is emptied first. "Link copied" goes after a
   * while; what says why the field is open stays with it.
   */
  private say(words: string, until: "a while" | "closed" = "a while"): void {
    clearTimeout(this.timer);
    this.said = "";
    void this.updateComplete.then(() => {
      this.said = words;
      if (until === "a while") this.timer = setTimeout(() => (this.said = ""), SAID_MS);
    });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== "Escape") return;
    e.stopPropagation();
    this.closeManual();
  }

  private closeManual(): void {
    this.manual = null;
    this.said = "";
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>("[part=button]")?.focus());
  }
}

customElements.define("fl-copy-link", FlCopyLink);

declare global {
  interface HTMLElementTagNameMap {
    "fl-copy-link": FlCopyLink;
  }
}
