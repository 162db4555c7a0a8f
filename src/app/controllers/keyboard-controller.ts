/**
 * The explorer's keyboard shortcuts: "/" goes to the actor search, Escape clears the selection.
 * Neither acts while the user types in a field, and Escape inside a dialog (import, image,
 * export) closes that dialog only. A Lit reactive controller: it listens on the document while
 * the host is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

export interface Shortcuts {
  focusSearch(): void;
  /** Whether an actor or a relation is selected now. */
  hasSelection(): boolean;
  clearSelection(): void;
}

export class KeyboardController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly shortcuts: Shortcuts,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener("keydown", this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener("keydown", this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent) => {
    const typing = e.composedPath().some((t) => t instanceof HTMLElement && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.isContentEditable));
    const inDialog = e.composedPath().some((t) => t instanceof HTMLDialogElement);
    if (e.key === "/" && !typing) {
      e.preventDefault();
      this.shortcuts.focusSearch();
    } else if (e.key === "Escape" && !typing && !inDialog && this.shortcuts.hasSelection()) {
      this.shortcuts.clearSelection();
    }
  };
}
