/**
 * How a relation is drawn in compare mode (state/compare-view.ts): coloured by its change
 * (look/change-palette.ts) instead of its family, one gone by B (ended, or the old side of a
 * turn) thinner and under the rest so it recedes, and one whose change rests on a possibility dashed, lighter and thinner as every
 * possible relation is (its pattern comes from the reducer, as always). The lines of one pair
 * are bundled per change as well as per family, so a bundle never mixes what began with what
 * ended.
 */
import type { Change, Comparison } from "../model/compare";
import type { Theme } from "../state/view-state";
import { changeColour } from "../look/change-palette";

/** An ended relation's width, as a share of the same relation's drawn at B. */
export const ENDED_WIDTH = 0.6;

/** What the edge reducer asks of a comparison: a relation's change, read once per line drawn. */
export type CompareInput = Pick<Comparison, "changeOf">;

export interface ChangeLook {
  readonly change: Change;
  readonly color: string;
  /** Multiplies the width the reducer gives the relation. */
  readonly width: number;
  /** Ended relations are drawn first, under the rest. */
  readonly zIndex: number;
}

/** A relation's look in compare mode, or undefined when it is shown at neither moment (faded context). */
export function changeLook(compare: CompareInput, relation: string, theme: Theme, possible: boolean): ChangeLook | undefined {
  const changed = compare.changeOf(relation);
  if (!changed) return undefined;
  // Gone by B, ended or the old side of a turn: it recedes, whatever its colour.
  const ended = changed.atB === "absent";
  return { change: changed.change, color: changeColour(changed.change, theme, possible), width: ended ? ENDED_WIDTH : 1, zIndex: ended ? 0 : 1 };
}

/** What keeps a relation on a line apart from others of its pair and family: its change, in compare mode. */
export const lineApartBy = (compare: CompareInput | null) => (compare ? (relation: string) => compare.changeOf(relation)?.change ?? "" : undefined);
