/**
 * The events the import dialog sends up to the app root, which runs the import, keeps the data
 * sets and switches between them. Each bubbles and is composed, like the events in ../events.ts.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { EventTypeMapping } from "../../import/events/types";

const UP = { bubbles: true, composed: true } as const;

/**
 * The user chose or dropped files to import (one data set: a GEXF, a CSV with its actors file, the
 * four data files, a JSON export, or an event file); `into`: add them to the data set on screen.
 */
export class ImportFilesEvent extends Event {
  static readonly type = "import-files";
  constructor(
    readonly files: readonly File[],
    readonly into = false,
  ) {
    super(ImportFilesEvent.type, UP);
  }
}

/** Stop the import under way; what is on screen stays. */
export class ImportCancelEvent extends Event {
  static readonly type = "import-cancel";
  constructor() {
    super(ImportCancelEvent.type, UP);
  }
}

/** Read the same files again with the user's answers for unknown relation types (name → type id, or null to keep it as its own type). */
export class TypeMappingEvent extends Event {
  static readonly type = "type-mapping";
  constructor(readonly mapping: TypeMapping) {
    super(TypeMappingEvent.type, UP);
  }
}

/** Read the event file again with the user's mapping of its categories and the merging gap in days. */
export class EventMappingEvent extends Event {
  static readonly type = "event-mapping";
  constructor(readonly answers: { readonly mapping: EventTypeMapping; readonly gapDays: number }) {
    super(EventMappingEvent.type, UP);
  }
}

/** Keep the data set just read and show it. */
export class ImportAcceptEvent extends Event {
  static readonly type = "import-accept";
  constructor() {
    super(ImportAcceptEvent.type, UP);
  }
}

/** Show a data set of the list (the bundled one, or one imported earlier). */
export class DataSetOpenEvent extends Event {
  static readonly type = "data-set-open";
  constructor(readonly id: string) {
    super(DataSetOpenEvent.type, UP);
  }
}

/** Forget an imported data set. */
export class DataSetDeleteEvent extends Event {
  static readonly type = "data-set-delete";
  constructor(readonly id: string) {
    super(DataSetDeleteEvent.type, UP);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "import-files": ImportFilesEvent;
    "import-cancel": ImportCancelEvent;
    "type-mapping": TypeMappingEvent;
    "event-mapping": EventMappingEvent;
    "import-accept": ImportAcceptEvent;
    "data-set-open": DataSetOpenEvent;
    "data-set-delete": DataSetDeleteEvent;
  }
}
