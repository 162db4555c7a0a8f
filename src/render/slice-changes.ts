/**
 * What changed on screen between two slices of the same data, so the graph view runs its
 * reducers again only for that: actors shown, hidden, resized (size follows degree), of another
 * kind or named otherwise (kinds and names may change over time), relations shown or hidden or
 * turned from certain to possible or back (drawn dashed when possible), and the shown relations
 * of resized actors (an arrow stops at its target's rim, so its drawing holds the target's
 * size). A drag step changes a few thousand of 200,000.
 */
import { labelOn } from "../model/actor-time";
import type { Day } from "../model/dates";
import type { SliceOrdinals } from "../state/view-slice";

export interface SliceChanges {
  readonly actors: string[];
  readonly relations: string[];
}

/**
 * The actors and relations to redraw going from `before` to `after`, or null when they are more
 * than `limit` (a full redraw is then no dearer) or the slices are of different data. `days`,
 * the days each slice is drawn as of, tells which actors are named otherwise on the second.
 */
export function sliceChanges(before: SliceOrdinals, after: SliceOrdinals, limit: number, days?: { readonly before: Day; readonly after: Day }): SliceChanges | null {
  const vocabulary = after.vocabulary;
  if (before.vocabulary !== vocabulary) return null;
  const changed = new Uint8Array(vocabulary.relationIds.length);
  const relations: string[] = [];
  const add = (i: number) => {
    if (changed[i]) return;
    changed[i] = 1;
    relations.push(vocabulary.relationIds[i]);
  };
  // Both lists are ascending: walk them together for what is in one only.
  const [a, b] = [before.relations, after.relations];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) add(a[i++]);
    else if (i >= a.length || b[j] < a[i]) add(b[j++]);
    else i++, j++;
    if (relations.length > limit) return null;
  }
  // Shown in both and drawn otherwise: certain on one day, only possible on the next.
  const [wasPossible, isPossible] = [before.possibleOnly, after.possibleOnly];
  for (let k = 0; k < b.length; k++) {
    const r = b[k];
    if (wasPossible[r] !== isPossible[r] && before.relationShown[r] === 1) add(r);
    if (relations.length > limit) return null;
  }
  const { actors: records } = vocabulary.dataSet;
  const renamed = (actor: number) => {
    const record = records[actor];
    return !!days && days.before !== days.after && !!record?.changes && labelOn(record, days.before) !== labelOn(record, days.after);
  };
  const actors: string[] = [];
  for (let actor = 0; actor < vocabulary.actorIds.length; actor++) {
    const shownBefore = before.actorShown[actor] === 1;
    const shownAfter = after.actorShown[actor] === 1;
    const resized = shownBefore && shownAfter && before.actorDegree[actor] !== after.actorDegree[actor];
    const rekinded = shownAfter && before.actorKind[actor] !== after.actorKind[actor];
    if (shownBefore === shownAfter && !resized && !rekinded && !(shownAfter && renamed(actor))) continue;
    actors.push(vocabulary.actorIds[actor]);
    if (resized) {
      const { start, relations: touching } = vocabulary.touching;
      for (let k = start[actor]; k < start[actor + 1]; k++) if (after.relationShown[touching[k]] === 1) add(touching[k]);
    }
    if (actors.length + relations.length > limit) return null;
  }
  return { actors, relations };
}
