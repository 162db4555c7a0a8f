/**
 * The view state's producers, pure and curried, `(args) => (state) => newState`: the date or
 * window and the rule for switching between them, playback, filters, selection and hover, the
 * ego view and the theme. Each returns the same object when nothing changes, so the store skips
 * needless redraws. The app turns the components' events into these; nothing else writes state.
 */
import { addMonths, type Day } from "../model/dates";
import type { Time } from "../model/time-words";
import type { Confidence } from "../model/types";
import type { ColourBy, EgoView, Producer, Span, Theme, TimeMode, Triad, ViewState, WidthBy } from "./view-state";

type P = Producer<ViewState>;

const patch = (change: Partial<ViewState>): P => (s) => {
  const keys = Object.keys(change) as (keyof ViewState)[];
  return keys.every((k) => Object.is(s[k], change[k])) ? s : { ...s, ...change };
};

/** A change of the date, the window or the mode; only the fields given change. */
export interface TimeChange {
  readonly mode?: TimeMode;
  readonly at?: Day;
  readonly from?: Day;
  readonly to?: Day;
}

/** The days a proposed window may span: all of them, unless the caller shows fewer. */
const ALL_DAYS = { first: -Infinity, last: Infinity } as const;

const clamp = (day: Day, first: Day, last: Day): Day => Math.min(last, Math.max(first, day));

/**
 * What switching to `mode` changes, so the switch keeps what the user was looking at: the
 * window stays as it was, through "as of" and back; only a window with no length (from >= to,
 * as a fresh view state has) becomes the six months up to the date. Back to a single date, the
 * date moves to the window's end if it lies outside the window. Proposed days stay within
 * `range` (the timeline passes the span its slider shows).
 */
export function modeSwitch(s: Pick<ViewState, "at" | "from" | "to">, mode: TimeMode, range: { readonly first: Day; readonly last: Day } = ALL_DAYS): TimeChange {
  if (mode === "at") return s.at >= s.from && s.at <= s.to ? { mode } : { mode, at: s.to };
  if (s.from < s.to) return { mode };
  const to = clamp(s.at, range.first, range.last);
  const from = clamp(addMonths(to, -6), range.first, range.last);
  return from < to ? { mode, from, to } : { mode, from, to: clamp(addMonths(from, 6), range.first, range.last) };
}

/**
 * Moves the date or window, keeping from <= to. A change of mode follows modeSwitch for the
 * fields it does not give.
 */
export const setTime = (change: TimeChange): P => (s) => {
  const proposed = change.mode !== undefined && change.mode !== s.mode ? modeSwitch(s, change.mode) : {};
  const c = { at: change.at ?? proposed.at, from: change.from ?? proposed.from, to: change.to ?? proposed.to };
  let { from, to } = { from: c.from ?? s.from, to: c.to ?? s.to };
  if (from > to) [from, to] = c.from !== undefined ? [from, from] : [to, to];
  return patch({ mode: change.mode ?? s.mode, at: c.at ?? s.at, from, to })(s);
};

export const setPlaying = (playing: boolean): P => patch({ playing });
export const setSpeed = (speed: number): P => patch({ speed });
export const setSpan = (span: Span): P => patch({ span });

export interface FilterPatch {
  readonly hiddenTypes?: readonly string[];
  readonly hiddenFamilies?: readonly string[];
  readonly hiddenKinds?: readonly string[];
  readonly minConfidence?: Confidence;
  readonly hideIsolated?: boolean;
  readonly fadeHidden?: boolean;
  readonly showPossible?: boolean;
}

export const setFilters = (change: FilterPatch): P => patch(change);

/** Selecting an actor (or none) clears the selected relation and pair. */
export const selectActor = (actor: string | null): P => patch({ selectedActor: actor, selectedRelation: null, selectedPair: null });
/**
 * Selecting a pair of actors (a bundle's line) to read all their relations: it replaces the
 * selected actor and relation; the same pair in either order is no change.
 */
export const selectPair = (pair: readonly [string, string] | null): P => (s) =>
  samePair(s.selectedPair, pair) && s.selectedActor === null && s.selectedRelation === null ? s : { ...s, selectedPair: pair, selectedActor: null, selectedRelation: null };
export const setLinePerRelation = (linePerRelation: boolean): P => patch({ linePerRelation });
export const selectRelation = (relation: string | null): P => patch({ selectedRelation: relation });
export const hoverActor = (actor: string | null): P => patch({ hoveredActor: actor });
export const setEgo = (ego: EgoView | null): P => (s) => (sameEgo(s.ego, ego) ? s : { ...s, ego, selectedActor: ego?.actor ?? s.selectedActor });
export const setTheme = (theme: Theme): P => patch({ theme });

/** Compare mode on, with moment A (the view's own time is moment B), or off with null. */
export const setCompare = (compare: Time | null): P => (s) => (sameTime(s.compare, compare) ? s : { ...s, compare });
export const setColourBy = (colourBy: ColourBy): P => patch({ colourBy });
export const setWidthBy = (widthBy: WidthBy): P => patch({ widthBy });
/** Highlights three actors (an unbalanced triad), in any order, or none. */
export const selectTriad = (triad: Triad | null): P => (s) => (sameTriad(s.selectedTriad, triad) ? s : { ...s, selectedTriad: triad });

const sameTime = (a: Time | null, b: Time | null) =>
  a === b || (!!a && !!b && ("at" in a ? "at" in b && a.at === b.at : !("at" in b) && a.from === b.from && a.to === b.to));
const sameTriad = (a: Triad | null, b: Triad | null) => a === b || (!!a && !!b && [...a].sort().join("\n") === [...b].sort().join("\n"));
const samePair = (a: readonly [string, string] | null, b: readonly [string, string] | null) =>
  a === b || (!!a && !!b && ((a[0] === b[0] && a[1] === b[1]) || (a[0] === b[1] && a[1] === b[0])));
const sameEgo = (a: EgoView | null, b: EgoView | null) => a === b || (!!a && !!b && a.actor === b.actor && a.depth === b.depth);
