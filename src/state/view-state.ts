/**
 * The view state: everything about what the explorer shows, apart from the data. Plain,
 * serialisable data (a URL can hold it), changed only through the pure producers below.
 */
import type { Day } from "../model/dates";
import type { Time } from "../model/time-words";
import type { Confidence } from "../model/types";

export type TimeMode = "at" | "window";
export type Theme = "light" | "dark";
/** How much of the range the timeline's slider spans: all of it, or the last 5 years, 2 years or 12 months. */
export const SPANS = ["all", "5y", "2y", "1y"] as const;
export type Span = (typeof SPANS)[number];

/** How actors are coloured: by their kind (state, armed group…) or by the camp they fall in on the date. */
export const COLOUR_BY = ["kind", "camp"] as const;
export type ColourBy = (typeof COLOUR_BY)[number];

/** How wide relations are drawn: by how sure the data is of them, or by the deaths counted in the time shown. */
export const WIDTH_BY = ["confidence", "deaths"] as const;
export type WidthBy = (typeof WIDTH_BY)[number];

/** Three actors read together: an unbalanced triad picked from the balance panel. */
export type Triad = readonly [string, string, string];

export interface EgoView {
  readonly actor: string;
  readonly depth: number;
}

export interface ViewState {
  /** "at": relations active on one day; "window": active at any time between two days. */
  readonly mode: TimeMode;
  readonly at: Day;
  readonly from: Day;
  readonly to: Day;
  readonly hiddenTypes: readonly string[];
  readonly hiddenFamilies: readonly string[];
  readonly hiddenKinds: readonly string[];
  readonly minConfidence: Confidence;
  /** Hide actors with no visible relation in the slice. */
  readonly hideIsolated: boolean;
  /** Show filtered-out relations faded, for context, instead of hiding them. */
  readonly fadeHidden: boolean;
  /**
   * Show relations only possibly active in the time shown (their dates allow it, none says it),
   * drawn apart from the certain ones; when false only certainly active relations are shown.
   */
  readonly showPossible: boolean;
  readonly selectedActor: string | null;
  readonly selectedRelation: string | null;
  /** Two actors whose relations are read together (a bundle's line was clicked), or null. */
  readonly selectedPair: readonly [string, string] | null;
  /** Draw each relation as a line of its own, never several of one pair and family as one. */
  readonly linePerRelation: boolean;
  readonly hoveredActor: string | null;
  readonly ego: EgoView | null;
  readonly playing: boolean;
  /** How much of the range the timeline shows, counted back from its last day. */
  readonly span: Span;
  /** Playback speed in months per second. */
  readonly speed: number;
  readonly theme: Theme;
  /**
   * Compare mode: moment A, a date or a window, set against the view's own date or window
   * (moment B); null when not comparing.
   */
  readonly compare: Time | null;
  readonly colourBy: ColourBy;
  readonly widthBy: WidthBy;
  /** An unbalanced triad highlighted on the graph, or null. */
  readonly selectedTriad: Triad | null;
}

export type Producer<S> = (state: S) => S;

export function getEmptyViewState(at: Day = 0): ViewState {
  return {
    mode: "at",
    at,
    from: at,
    to: at,
    hiddenTypes: [],
    hiddenFamilies: [],
    hiddenKinds: [],
    minConfidence: "low",
    hideIsolated: true,
    fadeHidden: false,
    showPossible: true,
    selectedActor: null,
    selectedRelation: null,
    selectedPair: null,
    linePerRelation: false,
    hoveredActor: null,
    ego: null,
    playing: false,
    span: "all",
    speed: 2,
    theme: "light",
    compare: null,
    colourBy: "kind",
    widthBy: "confidence",
    selectedTriad: null,
  };
}
