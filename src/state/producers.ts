/**
 * Pure producers of the view state: `(args) => (state) => newState`. Each returns the same
 * object when nothing changes, so the store can skip needless redraws.
 */
import type { Day } from "../model/dates";
import type { Confidence } from "../model/types";
import type { EgoView, Producer, Theme, TimeMode, ViewState } from "./view-state";

type P = Producer<ViewState>;

const patch = (change: Partial<ViewState>): P => (s) => {
  const keys = Object.keys(change) as (keyof ViewState)[];
  return keys.every((k) => Object.is(s[k], change[k])) ? s : { ...s, ...change };
};

/** Moves the date or window, keeping from <= to. */
export const setTime = (change: { mode?: TimeMode; at?: Day; from?: Day; to?: Day }): P => (s) => {
  let { from, to } = { from: change.from ?? s.from, to: change.to ?? s.to };
  if (from > to) [from, to] = change.from !== undefined ? [from, from] : [to, to];
  const mode = change.mode ?? s.mode;
  // Entering window mode from a single date: start with the month around it, not an empty span.
  if (change.mode === "window" && s.mode === "at" && change.from === undefined && change.to === undefined) {
    from = s.at - 90;
    to = s.at;
  }
  return patch({ mode, at: change.at ?? s.at, from, to })(s);
};

export const setPlaying = (playing: boolean): P => patch({ playing });
export const setSpeed = (speed: number): P => patch({ speed });

export interface FilterPatch {
  readonly hiddenTypes?: readonly string[];
  readonly hiddenFamilies?: readonly string[];
  readonly hiddenKinds?: readonly string[];
  readonly minConfidence?: Confidence;
  readonly hideIsolated?: boolean;
  readonly fadeHidden?: boolean;
}

export const setFilters = (change: FilterPatch): P => patch(change);

/** Selecting an actor clears a selected relation unless it is one of the actor's. */
export const selectActor = (actor: string | null): P => patch({ selectedActor: actor, selectedRelation: null });
export const selectRelation = (relation: string | null): P => patch({ selectedRelation: relation });
export const hoverActor = (actor: string | null): P => patch({ hoveredActor: actor });
export const setEgo = (ego: EgoView | null): P => (s) => (sameEgo(s.ego, ego) ? s : { ...s, ego, selectedActor: ego?.actor ?? s.selectedActor });
export const setTheme = (theme: Theme): P => patch({ theme });

const sameEgo = (a: EgoView | null, b: EgoView | null) => a === b || (!!a && !!b && a.actor === b.actor && a.depth === b.depth);
