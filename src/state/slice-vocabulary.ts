/**
 * The numbers the view slice works in, derived once per data set: each relation's type, family,
 * confidence and two actors, and each actor's kind, as small integers in typed arrays. With
 * them a slice of 200,000 relations is counted and filtered without hashing a string, and the
 * renderer finds a relation's or an actor's place by its id once per lookup.
 */
import type { RelationIndex } from "../model/slice";
import { CONFIDENCE_LEVELS, confidenceRank } from "../model/types";

export interface SliceVocabulary {
  readonly relationIds: readonly string[];
  readonly actorIds: readonly string[];
  /** Position of each relation in the data set's relations (its ordinal). */
  readonly relationOrdinal: ReadonlyMap<string, number>;
  readonly actorOrdinal: ReadonlyMap<string, number>;
  /** Per relation: ids into `typeNames` and `familyNames`, confidence rank, actors' ordinals (-1 when unknown). */
  readonly typeOf: Uint16Array;
  readonly familyOf: Uint16Array;
  readonly confidenceOf: Uint8Array;
  /** Per confidence rank: the relations of that rank or above, as a bitset (see activity-mask.ts). */
  readonly confidentFrom: readonly Uint32Array[];
  readonly sourceOf: Int32Array;
  readonly targetOf: Int32Array;
  /** Per actor: an id into `kindNames`. */
  readonly kindOf: Uint16Array;
  readonly typeNames: readonly string[];
  readonly familyNames: readonly string[];
  readonly kindNames: readonly string[];
  /** The kind id of actors the data set does not list (""), as the counts name them. */
  readonly unknownKind: number;
  /**
   * The relations touching each actor, as ordinals: those of actor a are
   * `touching.relations[touching.start[a] .. touching.start[a + 1]]`.
   */
  readonly touching: { readonly start: Uint32Array; readonly relations: Uint32Array };
}

const cache = new WeakMap<RelationIndex, SliceVocabulary>();

/** The vocabulary of an index's data set, built on first use and kept as long as the index. */
export function sliceVocabulary(index: RelationIndex): SliceVocabulary {
  let vocabulary = cache.get(index);
  if (!vocabulary) cache.set(index, (vocabulary = buildVocabulary(index)));
  return vocabulary;
}

/** Ids for names, in order of first sight; a Map, so "__proto__" is a name like any other. */
class Names {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.names.push(name) - 1));
    return id;
  }
}

function buildVocabulary(index: RelationIndex): SliceVocabulary {
  const { actors, taxonomy } = index.dataSet;
  const relations = index.relations;
  const types = new Names();
  const families = new Names();
  const kinds = new Names();
  const familyOfType = new Map(taxonomy.types.map((t) => [t.id, t.family]));
  const actorOrdinal = new Map(actors.map((a, i) => [a.id, i]));
  const kindOf = Uint16Array.from(actors, (a) => kinds.id(a.kind));
  const unknownKind = kinds.id("");
  const n = relations.length;
  const typeOf = new Uint16Array(n);
  const familyOf = new Uint16Array(n);
  const confidenceOf = new Uint8Array(n);
  const sourceOf = new Int32Array(n);
  const targetOf = new Int32Array(n);
  const relationIds: string[] = new Array(n);
  const relationOrdinal = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const r = relations[i];
    relationIds[i] = r.id;
    relationOrdinal.set(r.id, i);
    typeOf[i] = types.id(r.type);
    familyOf[i] = families.id(familyOfType.get(r.type) ?? "");
    confidenceOf[i] = confidenceRank(r.confidence);
    sourceOf[i] = actorOrdinal.get(r.source) ?? -1;
    targetOf[i] = actorOrdinal.get(r.target) ?? -1;
  }
  return {
    touching: touchingOf(sourceOf, targetOf, actors.length),
    confidentFrom: CONFIDENCE_LEVELS.map((_, rank) => bitsWhere(n, (i) => confidenceOf[i] >= rank)),
    relationIds,
    actorIds: actors.map((a) => a.id),
    relationOrdinal,
    actorOrdinal,
    typeOf,
    familyOf,
    confidenceOf,
    sourceOf,
    targetOf,
    kindOf,
    typeNames: types.names,
    familyNames: families.names,
    kindNames: kinds.names,
    unknownKind,
  };
}

/** Relations by actor in two arrays (compressed rows), counted first so nothing grows. */
function touchingOf(sourceOf: Int32Array, targetOf: Int32Array, actorCount: number) {
  const start = new Uint32Array(actorCount + 1);
  for (const ends of [sourceOf, targetOf]) for (const a of ends) if (a >= 0) start[a + 1]++;
  for (let a = 0; a < actorCount; a++) start[a + 1] += start[a];
  const next = start.slice(0, actorCount);
  const relations = new Uint32Array(start[actorCount]);
  for (let i = 0; i < sourceOf.length; i++) {
    if (sourceOf[i] >= 0) relations[next[sourceOf[i]]++] = i;
    if (targetOf[i] >= 0) relations[next[targetOf[i]]++] = i;
  }
  return { start, relations };
}

/** A bitset over n ordinals with the bit of each ordinal that passes `test`. */
function bitsWhere(n: number, test: (i: number) => boolean): Uint32Array {
  const bits = new Uint32Array(Math.ceil(n / 32));
  for (let i = 0; i < n; i++) if (test(i)) bits[i >>> 5] |= 1 << (i & 31);
  return bits;
}

/** A lookup table with 1 for each listed name the vocabulary knows. */
export function maskOf(names: readonly string[], vocabulary: readonly string[]): Uint8Array {
  const wanted = new Set(names);
  return Uint8Array.from(vocabulary, (name) => (wanted.has(name) ? 1 : 0));
}
