/**
 * What the view shows for a view state: the visible relations and actors, each actor's degree
 * in the slice, and the counts the legend shows. Pure, so it is tested in Node and the renderer
 * only reads its result.
 *
 * Counts answer "what would I see if this toggle were on": a type's count ignores the type and
 * family toggles but honours time, confidence and actor kinds; a kind's count ignores the kind
 * toggles but honours the rest.
 *
 * It runs on every step of a timeline drag, over up to hundreds of thousands of relations, so
 * it works in ordinals and typed arrays (slice-vocabulary.ts); the sets, maps and relation
 * lists of ids are built only when something asks for them.
 */
import { maskCount } from "../model/activity-mask";
import { egoRelations } from "../model/ego";
import type { RelationIndex } from "../model/slice";
import { confidenceRank, type Relation } from "../model/types";
import { maskOf, sliceVocabulary, type SliceVocabulary } from "./slice-vocabulary";
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
  readonly relationCount: number;
  readonly actorCount: number;
  /** Ids of the visible relations, in data order (one array per slice). */
  readonly relationIds: readonly string[];
  /** Cheap questions for the renderer, which asks them once per actor and relation drawn. */
  hasRelation(id: string): boolean;
  hasActor(id: string): boolean;
  degreeOf(actor: string): number;
  /** The same slice in ordinals, for telling what changed between two slices. */
  readonly ordinals: SliceOrdinals;
}

export interface SliceOrdinals {
  readonly vocabulary: SliceVocabulary;
  /** Ordinals of the visible relations, ascending. */
  readonly relations: Uint32Array;
  /** 1 for each visible relation, by ordinal. */
  readonly relationShown: Uint8Array;
  /** 1 for each visible actor, by ordinal. */
  readonly actorShown: Uint8Array;
  /** Visible relations per actor, by ordinal. */
  readonly actorDegree: Uint32Array;
}

export function computeViewSlice(index: RelationIndex, state: ViewState): ViewSlice {
  const vocabulary = sliceVocabulary(index);
  const { typeOf, familyOf, sourceOf, targetOf, kindOf, unknownKind } = vocabulary;
  // The time slice as the activity mask, never listed: the confidence floor is one AND a word,
  // and the walk below visits its set bits in ascending order. Types and kinds cannot be
  // ANDed away the same way, as their counts need every confident relation in time.
  const inTime = state.mode === "at" ? index.activeMaskOn(state.at) : index.activeMaskIn(state.from, state.to);
  const activeInTime = maskCount(inTime);
  const min = confidenceRank(state.minConfidence);
  if (min > 0) {
    const confident = vocabulary.confidentFrom[min];
    for (let w = 0; w < inTime.length; w++) inTime[w] &= confident[w];
  }
  const hiddenType = maskOf(state.hiddenTypes, vocabulary.typeNames);
  const hiddenFamily = maskOf(state.hiddenFamilies, vocabulary.familyNames);
  const hiddenKind = maskOf(state.hiddenKinds, vocabulary.kindNames);

  const typeTally = new Uint32Array(vocabulary.typeNames.length);
  const familyTally = new Uint32Array(vocabulary.familyNames.length);
  const kindTally = new Uint32Array(vocabulary.kindNames.length);
  // Actors counted for their kind already; actors the data set does not list, by name.
  const counted = new Uint8Array(vocabulary.actorIds.length);
  const countedUnknown = new Set<string>();
  const countUnknown = (name: string) => {
    if (countedUnknown.has(name)) return;
    countedUnknown.add(name);
    kindTally[unknownKind]++;
  };
  let shown = new Uint32Array(activeInTime);
  let shownCount = 0;
  for (let w = 0; w < inTime.length; w++)
    for (let bits = inTime[w]; bits !== 0; bits &= bits - 1) {
      const i = (w << 5) | (31 - Math.clz32(bits & -bits));
      const source = sourceOf[i];
      const target = targetOf[i];
      const type = typeOf[i];
      const family = familyOf[i];
      const kindShown = !hiddenKind[source < 0 ? unknownKind : kindOf[source]] && !hiddenKind[target < 0 ? unknownKind : kindOf[target]];
      const typeShown = !hiddenType[type] && !hiddenFamily[family];
      if (kindShown) {
        typeTally[type]++;
        familyTally[family]++;
      }
      if (typeShown) {
        if (source < 0) countUnknown(index.relations[i].source);
        else if (counted[source] === 0) ((counted[source] = 1), kindTally[kindOf[source]]++);
        if (target < 0) countUnknown(index.relations[i].target);
        else if (counted[target] === 0) ((counted[target] = 1), kindTally[kindOf[target]]++);
        if (kindShown) shown[shownCount++] = i;
      }
    }
  shown = shown.subarray(0, shownCount);

  let egoActors: ReadonlyMap<string, number> | undefined;
  if (state.ego) {
    const ego = egoRelations(Array.from(shown, (i) => index.relations[i]), state.ego.actor, state.ego.depth);
    egoActors = ego.actors;
    shown = Uint32Array.from(ego.relations, (r) => vocabulary.relationOrdinal.get(r.id)!);
  }

  const actorCount = vocabulary.actorIds.length;
  const actorDegree = new Uint32Array(actorCount);
  const relationShown = new Uint8Array(typeOf.length);
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k];
    relationShown[i] = 1;
    if (sourceOf[i] >= 0) actorDegree[sourceOf[i]]++;
    if (targetOf[i] >= 0) actorDegree[targetOf[i]]++;
  }
  const actorShown = new Uint8Array(actorCount);
  const egoActor = state.ego ? vocabulary.actorOrdinal.get(state.ego.actor) : undefined;
  const selected = state.selectedActor !== null ? vocabulary.actorOrdinal.get(state.selectedActor) : undefined;
  // Read once: the view state's shape varies (producers spread it), so a read per actor is slow.
  const hideIsolated = state.hideIsolated;
  let visibleActorCount = 0;
  for (let a = 0; a < actorCount; a++) {
    if (hiddenKind[kindOf[a]]) continue;
    if (egoActors && !egoActors.has(vocabulary.actorIds[a])) continue;
    if (hideIsolated && actorDegree[a] === 0 && a !== egoActor && a !== selected) continue;
    actorShown[a] = 1;
    visibleActorCount++;
  }

  return new OrdinalSlice(index, { vocabulary, relations: shown, relationShown, actorShown, actorDegree }, visibleActorCount, activeInTime, {
    typeCounts: countsOf(typeTally, vocabulary.typeNames),
    familyCounts: countsOf(familyTally, vocabulary.familyNames),
    kindCounts: countsOf(kindTally, vocabulary.kindNames),
  });
}

/** Nonzero tallies by name. No prototype: types and kinds are the user's names, "__proto__" and "constructor" included. */
function countsOf(tally: Uint32Array, names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (let id = 0; id < tally.length; id++) if (tally[id] > 0) counts[names[id]] = tally[id];
  return counts;
}

class OrdinalSlice implements ViewSlice {
  readonly typeCounts: Readonly<Record<string, number>>;
  readonly familyCounts: Readonly<Record<string, number>>;
  readonly kindCounts: Readonly<Record<string, number>>;
  private built: { relations?: Relation[]; relationIds?: string[]; visibleRelations?: Set<string>; visibleActors?: Set<string>; degree?: Map<string, number> } = {};

  constructor(
    private readonly index: RelationIndex,
    readonly ordinals: SliceOrdinals,
    readonly actorCount: number,
    readonly activeInTime: number,
    counts: Pick<ViewSlice, "typeCounts" | "familyCounts" | "kindCounts">,
  ) {
    this.typeCounts = counts.typeCounts;
    this.familyCounts = counts.familyCounts;
    this.kindCounts = counts.kindCounts;
  }

  get relationCount(): number {
    return this.ordinals.relations.length;
  }

  get relations(): readonly Relation[] {
    return (this.built.relations ??= Array.from(this.ordinals.relations, (i) => this.index.relations[i]));
  }

  get relationIds(): readonly string[] {
    const ids = this.ordinals.vocabulary.relationIds;
    return (this.built.relationIds ??= Array.from(this.ordinals.relations, (i) => ids[i]));
  }

  get visibleRelations(): ReadonlySet<string> {
    return (this.built.visibleRelations ??= new Set(this.relationIds));
  }

  get visibleActors(): ReadonlySet<string> {
    const { actorShown, vocabulary } = this.ordinals;
    return (this.built.visibleActors ??= new Set(vocabulary.actorIds.filter((_, a) => actorShown[a] === 1)));
  }

  get degree(): ReadonlyMap<string, number> {
    if (this.built.degree) return this.built.degree;
    // Every end of a visible relation, as the slice has always counted them, listed or not.
    const degree = new Map<string, number>();
    for (const i of this.ordinals.relations) {
      const r = this.index.relations[i];
      degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
      degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    }
    return (this.built.degree = degree);
  }

  hasRelation(id: string): boolean {
    const i = this.ordinals.vocabulary.relationOrdinal.get(id);
    return i !== undefined && this.ordinals.relationShown[i] === 1;
  }

  hasActor(id: string): boolean {
    const a = this.ordinals.vocabulary.actorOrdinal.get(id);
    return a !== undefined && this.ordinals.actorShown[a] === 1;
  }

  degreeOf(actor: string): number {
    const a = this.ordinals.vocabulary.actorOrdinal.get(actor);
    return a === undefined ? 0 : this.ordinals.actorDegree[a];
  }
}
