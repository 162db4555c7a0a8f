/**
 * What compare mode draws: the union of both moments' slices, as one slice. Every relation shown
 * at A or at B is in it (the comparison's changes, in data order), and every actor shown at
 * either; an actor's kind and degree are read as of B, the view's own time, with degrees counted
 * over the union so an actor whose relations all ended is still drawn at its size then.
 * A relation is "possible only" here when its change rests on a possibility (shown at A or B
 * only as possibly active), so the renderer draws it dashed, never as a fact. Kept in ordinals
 * like every slice, so the renderer reads it as it reads any other.
 */
import type { Comparison } from "./compare";
import { OrdinalSlice, type RelationSlice } from "./relation-slice";

export function unionSlice(before: RelationSlice, after: RelationSlice, comparison: Comparison): RelationSlice {
  const [a, b] = [before.ordinals, after.ordinals];
  const index = b.vocabulary;
  if (a.vocabulary !== index) throw new Error("unionSlice: the two slices come from different relation indexes; slice one data set at two moments");
  const { sourceOf, targetOf, typeOf, familyOf, typeNames, familyNames, kindNames, unknownKind, relations: all } = index;
  const n = typeOf.length;
  const actorTotal = index.actorIds.length;
  const relations = Uint32Array.from(comparison.changes, (c) => c.ordinal);
  const relationShown = new Uint8Array(n);
  const possibleOnly = new Uint8Array(n);
  const actorDegree = new Uint32Array(actorTotal);
  const typeTally = new Uint32Array(typeNames.length);
  const familyTally = new Uint32Array(familyNames.length);
  let possibleOnlyCount = 0;
  for (const c of comparison.changes) {
    const i = c.ordinal;
    relationShown[i] = 1;
    if (c.possible) ((possibleOnly[i] = 1), possibleOnlyCount++);
    if (sourceOf[i] >= 0) actorDegree[sourceOf[i]]++;
    if (targetOf[i] >= 0) actorDegree[targetOf[i]]++;
    typeTally[typeOf[i]]++;
    familyTally[familyOf[i]]++;
  }
  const actorShown = new Uint8Array(actorTotal);
  const kindTally = new Uint32Array(kindNames.length);
  let actorCount = 0;
  for (let actor = 0; actor < actorTotal; actor++) {
    if (a.actorShown[actor] !== 1 && b.actorShown[actor] !== 1) continue;
    actorShown[actor] = 1;
    actorCount++;
    kindTally[b.actorKind[actor]]++;
  }
  // Ends the data set does not list are counted by name, once each, as the filters count them.
  const unlisted = new Set<string>();
  for (const i of relations) {
    if (sourceOf[i] < 0) unlisted.add(all[i].source);
    if (targetOf[i] < 0) unlisted.add(all[i].target);
  }
  kindTally[unknownKind] += unlisted.size;
  // The filters count the relations shown at B before type filters; the union knows only what it draws.
  const activeInTime = Math.max(before.activeInTime, after.activeInTime, relations.length);
  return new OrdinalSlice({ vocabulary: index, relations, relationShown, possibleOnly, actorKind: b.actorKind, actorShown, actorDegree }, actorCount, activeInTime, possibleOnlyCount, {
    typeCounts: countsOf(typeTally, typeNames),
    familyCounts: countsOf(familyTally, familyNames),
    kindCounts: countsOf(kindTally, kindNames),
  });
}

/** Nonzero tallies by name, without a prototype (types and kinds are the user's names). */
function countsOf(tally: Uint32Array, names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (let id = 0; id < tally.length; id++) if (tally[id] > 0) counts[names[id]] = tally[id];
  return counts;
}
