/** What the details panel's views can ask for; the element turns each into a typed event. */
import type { Time } from "../../model/time-words";
import type { Theme } from "../../state/view-state";
import type { DataIndex } from "./details-model";

export interface DetailsActions {
  selectActor(actor: string | null): void;
  selectRelation(relation: string | null): void;
  /** Open the story of two actors. */
  selectPair(pair: readonly [string, string]): void;
  changeEgo(depth: number | null): void;
  /** Close the panel: clear the relation and the actor. */
  close(): void;
  /** Put more of the relation's evidence in the page: up to `count` pieces. */
  showEvidence(count: number): void;
}

/** What every view needs besides its subject. */
export interface ViewContext {
  readonly index: DataIndex;
  readonly theme: Theme;
  readonly timeLabel: string;
  /** The date or window shown, or null when not known (then nothing is said of how a relation stands). */
  readonly time: Time | null;
  /** Whether the current view shows a relation (its time and its filters). */
  readonly inSlice: (relation: string) => boolean;
  /** In compare mode, what the comparison says of the relation shown, in words; otherwise null. */
  readonly changeNote?: string | null;
  /** How many pieces of a relation's evidence are in the page; the rest wait for "Show more". */
  readonly evidenceShown: number;
  readonly actions: DetailsActions;
}

/** Ego view depths offered. */
export const EGO_DEPTHS = [1, 2, 3] as const;
