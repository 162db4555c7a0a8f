/**
 * The event fl-image-dialog sends up when the user asks for an image of the view: what to make
 * (title, size, background, format) and what to do with it (download it, or copy it to the
 * clipboard). Bubbles and is composed, like the events in ../events.ts.
 */
import type { ImageSpec } from "../../look/composition/types";

export interface ImageRequest extends ImageSpec {
  /**
   * "copy" is only sent for PNG where the browser can copy images. The listener must call
   * navigator.clipboard.write synchronously (the image as a promise), while the click's user
   * activation lasts: see copyPng in render/composition/png.ts.
   */
  readonly action: "download" | "copy";
}

export class ImageRequestEvent extends Event {
  static readonly type = "image-request";
  constructor(readonly request: ImageRequest) {
    super(ImageRequestEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "image-request": ImageRequestEvent;
  }
}

/**
 * Asks for a preview of the image the dialog would make: the listener (the app) sets `image`
 * while the event is dispatched, and the dialog shows it scaled down when it comes.
 */
export class ImagePreviewEvent extends Event {
  static readonly type = "image-preview";
  /** The image for `spec`, set by whoever can draw the view; null when no one answered. */
  image: Promise<Blob> | null = null;
  constructor(readonly spec: ImageSpec) {
    super(ImagePreviewEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "image-preview": ImagePreviewEvent;
  }
}
