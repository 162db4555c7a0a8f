/**
 * fl-shortcuts: the "?" button and the dialog it opens, listing every key the explorer answers
 * to (shortcut-list.ts). The "?" key opens it too (the app's keyboard controller calls show()).
 * A native modal dialog: Escape or Close shuts it, and focus goes back where it was.
 *
 * @summary A button that opens the list of keyboard shortcuts.
 * @csspart button - The "?" button that opens the dialog.
 * @csspart dialog - The dialog.
 */
import { html, LitElement } from "lit";
import { controlStyles, dialogStyles } from "../theme";
import { SHORTCUTS, type Shortcut } from "./shortcut-list";
import { shortcutsStyles } from "./shortcuts.styles";

export class FlShortcuts extends LitElement {
  static override styles = [controlStyles, dialogStyles, shortcutsStyles];

  private get dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector("dialog")!;
  }

  /** Opens the list; does nothing when it is open already. */
  show(): void {
    if (!this.dialog.open) this.dialog.showModal();
  }

  override render() {
    return html`<!-- An icon, named for screen readers: the header has no room for the words at 1280 px. -->
      <button part="button" class="open" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" aria-haspopup="dialog" @click=${() => this.show()}>
        <span aria-hidden="true">?</span>
      </button>
      <dialog part="dialog" aria-labelledby="shortcuts-title">
        <!-- Focus opens on the heading, at the top (the APG's way for a long dialog): on Close, at
          the end, a short window would open scrolled past the first shortcuts. -->
        <h2 id="shortcuts-title" tabindex="-1" autofocus>Keyboard shortcuts</h2>
        ${SHORTCUTS.map(
          (group) => html`<h3>${group.where}</h3>
            <dl>
              ${group.shortcuts.map((s) => html`<dt>${keys(s)}</dt><dd>${s.does}</dd>`)}
            </dl>`,
        )}
        <form method="dialog" class="actions">
          <button class="primary">Close</button>
        </form>
      </dialog>`;
  }
}

/** "← or →", each key in a <kbd>, keys pressed together joined by "+". */
function keys(shortcut: Shortcut) {
  return shortcut.keys.map(
    (combo, i) => html`${i > 0 ? html` <span class="or">or</span> ` : ""}<span class="combo">${combo.map((key, j) => html`${j > 0 ? "+" : ""}<kbd>${key}</kbd>`)}</span>`,
  );
}

customElements.define("fl-shortcuts", FlShortcuts);

declare global {
  interface HTMLElementTagNameMap {
    "fl-shortcuts": FlShortcuts;
  }
}
