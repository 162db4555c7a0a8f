/**
 * What the view shows for a view state: the visible relations and actors, each actor's degree
 * in the slice, and the counts the legend shows. Pure, so it is tested in Node and the renderer
 * only reads its result.
 *
 * Counts answer "what would I see if this toggle were on": a type's count ignores the type and
 * family toggles but honours time, confidence and actor kinds; a kind's count ignores the kind
 * toggles but honours the rest.
 */
import { egoRelations } from "../model/ego";
import type { RelationIndex } from "../model/slice";
import { confidenceRank, type Relation } from "../model/types";
import type { ViewState } from "./view-state";

export interface ViewSlice {
  /** Visible relations, in data order. */
  readonly relations: readonly Relation[];
  readonly visibleRelations: ReadonlySet<string>;
  readonly visibleActors: ReadonlySet<string>;
  /** Visible relations per actor. */
  readonly degree: ReadonlyMap<string, number>;
  readonly typeCounts: Readonly<Record<string, number>>;
  readonly familyCounts: Readonly<Record<string, number>>;
  readonly kindCounts: Readonly<Record<string, number>>;
  /** Relations active in the time slice before any filter, to tell "nothing then" from "all filtered". */
  readonly activeInTime: number;
}

export function computeViewSlice(index: RelationIndex, state: ViewState): ViewSlice {
  const { dataSet } = index;
  const familyOf = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.family]));
  const kindOf = new Map(dataSet.actors.map((a) => [a.id, a.kind]));
  const inTime = index.query({ time: state.mode === "at" ? { at: state.at } : { from: state.from, to: state.to } });
  const min = confidenceRank(state.minConfidence);
  const hiddenTypes = new Set(state.hiddenTypes);
  const hiddenFamilies = new Set(state.hiddenFamilies);
  const hiddenKinds = new Set(state.hiddenKinds);
  const confident = inTime.filter((r) => confidenceRank(r.confidence) >= min);
  const typeShown = (r: Relation) => !hiddenTypes.has(r.type) && !hiddenFamilies.has(familyOf.get(r.type) ?? "");
  const kindShown = (r: Relation) => !hiddenKinds.has(kindOf.get(r.source) ?? "") && !hiddenKinds.has(kindOf.get(r.target) ?? "");

  // No prototype: types and kinds are the user's names, "__proto__" and "constructor" included.
  const typeCounts: Record<string, number> = Object.create(null);
  const familyCounts: Record<string, number> = Object.create(null);
  const kindActors = new Map<string, Set<string>>();
  for (const r of confident) {
    if (kindShown(r)) {
      typeCounts[r.type] = (typeCounts[r.type] ?? 0) + 1;
      const family = familyOf.get(r.type) ?? "";
      familyCounts[family] = (familyCounts[family] ?? 0) + 1;
    }
    if (typeShown(r))
      for (const a of [r.source, r.target]) {
        const kind = kindOf.get(a) ?? "";
        if (!kindActors.has(kind)) kindActors.set(kind, new Set());
        kindActors.get(kind)!.add(a);
      }
  }
  const kindCounts: Record<string, number> = Object.create(null);
  for (const [kind, actors] of kindActors) kindCounts[kind] = actors.size;

  let relations = confident.filter((r) => typeShown(r) && kindShown(r));
  let egoActors: ReadonlyMap<string, number> | undefined;
  if (state.ego) {
    const ego = egoRelations(relations, state.ego.actor, state.ego.depth);
    relations = ego.relations;
    egoActors = ego.actors;
  }
  const degree = new Map<string, number>();
  for (const r of relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  const visibleActors = new Set<string>();
  for (const a of dataSet.actors) {
    if (hiddenKinds.has(a.kind)) continue;
    if (egoActors && !egoActors.has(a.id)) continue;
    if (state.hideIsolated && !degree.has(a.id) && a.id !== state.ego?.actor && a.id !== state.selectedActor) continue;
    visibleActors.add(a.id);
  }
  return {
    relations,
    visibleRelations: new Set(relations.map((r) => r.id)),
    visibleActors,
    degree,
    typeCounts,
    familyCounts,
    kindCounts,
    activeInTime: inTime.length,
  };
}
