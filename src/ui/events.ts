/**
 * The events components send up. Each bubbles and is composed, so it crosses shadow roots and
 * reaches the app root, which turns it into a state change. Declared on the global event map so
 * listeners are typed.
 */
import type { Day } from "../model/dates";
import type { Time } from "../model/time-words";
import type { FilterPatch } from "../state/producers";
import type { ColourBy, EgoView, Span, Theme, TimeMode, Triad, WidthBy } from "../state/view-state";

const UP = { bubbles: true, composed: true } as const;

/** The date or window moved; only the fields given change. */
export class TimeChangeEvent extends Event {
  static readonly type = "time-change";
  constructor(readonly change: { readonly mode?: TimeMode; readonly at?: Day; readonly from?: Day; readonly to?: Day }) {
    super(TimeChangeEvent.type, UP);
  }
}

export class PlayToggleEvent extends Event {
  static readonly type = "play-toggle";
  constructor(readonly playing: boolean) {
    super(PlayToggleEvent.type, UP);
  }
}

/** Months per second. */
export class SpeedChangeEvent extends Event {
  static readonly type = "speed-change";
  constructor(readonly speed: number) {
    super(SpeedChangeEvent.type, UP);
  }
}

/** Which filters change; the producer of the same shape applies it. */
export type FilterChange = FilterPatch;

export class FilterChangeEvent extends Event {
  static readonly type = "filter-change";
  constructor(readonly change: FilterChange) {
    super(FilterChangeEvent.type, UP);
  }
}

/** An actor was chosen (search, panel, canvas), or the selection cleared (null). */
export class ActorSelectEvent extends Event {
  static readonly type = "actor-select";
  constructor(readonly actor: string | null) {
    super(ActorSelectEvent.type, UP);
  }
}

export class RelationSelectEvent extends Event {
  static readonly type = "relation-select";
  constructor(readonly relation: string | null) {
    super(RelationSelectEvent.type, UP);
  }
}

/** Draw each relation as a line of its own (true), or several of one pair and family as one (false). */
export class LinesChangeEvent extends Event {
  static readonly type = "lines-change";
  constructor(readonly linePerRelation: boolean) {
    super(LinesChangeEvent.type, UP);
  }
}

/** Show only an actor and its neighbours up to `depth` hops, or everything again (null). */
export class EgoChangeEvent extends Event {
  static readonly type = "ego-change";
  constructor(readonly ego: EgoView | null) {
    super(EgoChangeEvent.type, UP);
  }
}

export class ThemeChangeEvent extends Event {
  static readonly type = "theme-change";
  constructor(readonly theme: Theme) {
    super(ThemeChangeEvent.type, UP);
  }
}

export type LayoutCommand = "relayout" | "stop" | "remove-overlaps" | "reset" | "fit";

/** Re-run the layout on what is visible, stop it, remove overlaps, go back to the stored layout, or fit the camera to the graph. */
export class LayoutCommandEvent extends Event {
  static readonly type = "layout-command";
  constructor(readonly command: LayoutCommand) {
    super(LayoutCommandEvent.type, UP);
  }
}

export interface ExportRequest {
  /** GEXF for Gephi, GraphML for R igraph, NetworkX and yEd, JSON, or CSV (two files: relations and actors). */
  readonly format: "gexf" | "graphml" | "json" | "csv";
  /** What is on screen (the slice, or the ego view), or the whole data set. */
  readonly scope: "view" | "all";
  /** A static snapshot of the slice, or every relation with its periods (GEXF only; the others carry periods as text). */
  readonly time: "snapshot" | "dynamic";
}

/** The user asked for a file of the graph. */
export class ExportRequestEvent extends Event {
  static readonly type = "export-request";
  constructor(readonly request: ExportRequest) {
    super(ExportRequestEvent.type, UP);
  }
}

/**
 * A component asks for the address of the view now (to copy it): whoever keeps the address sets
 * `link` while the event is dispatched, so the asker reads it straight after dispatchEvent.
 */
export class LinkRequestEvent extends Event {
  static readonly type = "link-request";
  link: string | null = null;
  constructor() {
    super(LinkRequestEvent.type, UP);
  }
}

/** The timeline's span should change: all years, or the last 5 years, 2 years or 12 months. */
export class SpanChangeEvent extends Event {
  static readonly type = "span-change";
  constructor(readonly span: Span) {
    super(SpanChangeEvent.type, UP);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "span-change": SpanChangeEvent;
    "time-change": TimeChangeEvent;
    "play-toggle": PlayToggleEvent;
    "speed-change": SpeedChangeEvent;
    "filter-change": FilterChangeEvent;
    "actor-select": ActorSelectEvent;
    "relation-select": RelationSelectEvent;
    "ego-change": EgoChangeEvent;
    "lines-change": LinesChangeEvent;
    "theme-change": ThemeChangeEvent;
    "layout-command": LayoutCommandEvent;
    "export-request": ExportRequestEvent;
    "link-request": LinkRequestEvent;
  }
}

/** Two actors were chosen for their story ("Story with…" in an actor's view). */
export class PairSelectEvent extends Event {
  static readonly type = "pair-select";
  constructor(readonly pair: readonly [string, string]) {
    super(PairSelectEvent.type, UP);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "pair-select": PairSelectEvent;
  }
}

/** Compare mode on with moment A (a day or a window), or off (null). */
export class CompareChangeEvent extends Event {
  static readonly type = "compare-change";
  constructor(readonly compare: Time | null) {
    super(CompareChangeEvent.type, UP);
  }
}

/** Three actors to highlight on the graph (an unbalanced triad), or none (null). */
export class TriadSelectEvent extends Event {
  static readonly type = "triad-select";
  constructor(readonly triad: Triad | null) {
    super(TriadSelectEvent.type, UP);
  }
}

/** Colour actors by their kind or by the camp they fall in on the date. */
export class ColourByChangeEvent extends Event {
  static readonly type = "colour-by-change";
  constructor(readonly colourBy: ColourBy) {
    super(ColourByChangeEvent.type, UP);
  }
}

/** Draw relations as wide as their confidence or as the deaths they count in the time shown. */
export class WidthByChangeEvent extends Event {
  static readonly type = "width-by-change";
  constructor(readonly widthBy: WidthBy) {
    super(WidthByChangeEvent.type, UP);
  }
}

/** Stop the balance series being made, or make it again. */
export class BalanceSeriesEvent extends Event {
  static readonly type = "balance-series";
  constructor(readonly command: "stop" | "restart") {
    super(BalanceSeriesEvent.type, UP);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    "compare-change": CompareChangeEvent;
    "triad-select": TriadSelectEvent;
    "colour-by-change": ColourByChangeEvent;
    "width-by-change": WidthByChangeEvent;
    "balance-series": BalanceSeriesEvent;
  }
}
