/**
 * The events fl-film-dialog sends up: a film asked for (what to make, as a FilmSpec) and the
 * film being made to be stopped. Both bubble and are composed, like the events in ../events.ts,
 * so the app root hears them through the toolbar's shadow roots.
 */
import type { FilmSpec } from "../../look/film/types";

export class FilmRequestEvent extends Event {
  static readonly type = "film-request";
  constructor(readonly spec: FilmSpec) {
    super(FilmRequestEvent.type, { bubbles: true, composed: true });
  }
}

/** Stop making the film: the user pressed Cancel, or closed the dialog while it was being made. */
export class FilmCancelEvent extends Event {
  static readonly type = "film-cancel";
  constructor() {
    super(FilmCancelEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "film-request": FilmRequestEvent;
    "film-cancel": FilmCancelEvent;
  }
}
