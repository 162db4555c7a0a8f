/**
 * Files dragged onto the page: while files are over it the host shows a drop overlay, and a drop
 * hands them over for import. Only drags that carry files count, so dragging text or a link
 * inside the page does nothing; a drop anywhere else on the page never navigates away to the file.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";

const carriesFiles = (e: DragEvent): boolean => !!e.dataTransfer && [...e.dataTransfer.types].includes("Files");

export class DropController implements ReactiveController {
  /** Files are being dragged over the page. */
  over = false;
  /** dragenter and dragleave fire for every element crossed; count them to know when the drag leaves the page. */
  private depth = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFiles: (files: File[]) => void,
    /** Whether a drop is taken now (not while an import runs). */
    private readonly accepting: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener("dragenter", this.enter);
    window.addEventListener("dragover", this.overPage);
    window.addEventListener("dragleave", this.leave);
    window.addEventListener("drop", this.drop);
  }

  hostDisconnected(): void {
    window.removeEventListener("dragenter", this.enter);
    window.removeEventListener("dragover", this.overPage);
    window.removeEventListener("dragleave", this.leave);
    window.removeEventListener("drop", this.drop);
  }

  private set(over: boolean): void {
    if (this.over === over) return;
    this.over = over;
    this.host.requestUpdate();
  }

  private readonly enter = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    this.depth++;
    this.set(this.accepting());
  };

  private readonly overPage = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    // Without this the browser refuses the drop, or opens the file in place of the explorer.
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = this.accepting() ? "copy" : "none";
  };

  private readonly leave = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    this.depth = Math.max(0, this.depth - 1);
    if (this.depth === 0) this.set(false);
  };

  private readonly drop = (e: DragEvent) => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    this.depth = 0;
    this.set(false);
    // A drop on the import dialog's own zone is the dialog's to handle.
    if (e.composedPath().some((t) => t instanceof HTMLElement && t.localName === "fl-import-dialog")) return;
    const files = [...(e.dataTransfer?.files ?? [])];
    if (files.length && this.accepting()) this.onFiles(files);
  };
}
