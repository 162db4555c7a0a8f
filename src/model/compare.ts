/**
 * What changed between two moments: two slices of one index (moment A, then moment B, each a
 * date or a window, under the same filters) compared relation by relation. Every relation shown
 * at either moment is exactly one of:
 *
 * - **added**: shown at B, not at A;
 * - **ended**: shown at A, not at B;
 * - **continuing**: shown at both;
 * - **turned**: added or ended on a pair of actors whose relation turned, from friendly to
 *   hostile or back (Pakistan and the Afghan Taliban: close ties in 2021, air strikes in 2026).
 *
 * A pair turned when relations of one sign (the taxonomy's: hostile -1, cooperative +1) ended
 * between A and B, relations of the other sign began, and none of the old sign is left at B: the
 * same two actors, another footing. Those ended and added relations are the turn's. A pair that
 * keeps relations of both signs at B has not turned: its relation soured or mended, and its added
 * and ended relations say so on their own. Relations without a sign (mediation, structure) never
 * make a turn; they stay added, ended or continuing.
 *
 * Relations only possibly active at a moment (their dates allow it, none says it) count as shown
 * there, as the view draws them, and carry that: a change that rests on a possibility is marked,
 * never told as a fact. A turn is certain when an ended relation was certainly active at A and an
 * added one is certainly active at B; otherwise it is marked possible. (Pakistan and the Afghan
 * Taliban between 1 Sep 2021 and 1 Mar 2026: their ties "until 2022", start unknown, were only
 * possibly active on the first date, so the turn to war is shown, and marked possible.)
 */
import type { RelationIndex } from "./relation-index";
import type { RelationSlice } from "./relation-slice";
import type { Relation, Sign } from "./types";

export type Change = "added" | "ended" | "continuing" | "turned";
export const CHANGES: readonly Change[] = ["added", "ended", "continuing", "turned"];

/** How a relation stands at one moment of a comparison. */
export type Presence = "certain" | "possible" | "absent";

export interface RelationChange {
  readonly relation: Relation;
  /** Its position in the index, as slices count relations. */
  readonly ordinal: number;
  readonly change: Change;
  readonly atA: Presence;
  readonly atB: Presence;
  /** Shown at A or B only as a possibility: the change itself may be a guess. */
  readonly possible: boolean;
}

/** A pair of actors whose relation turned, with the relations that made the turn. */
export interface PairTurn {
  /** The pair's actor ids, in the order of the first relation that turned. */
  readonly actors: readonly [string, string];
  /** The sign all the pair's signed relations had at A, and the other one they all have at B. */
  readonly before: -1 | 1;
  readonly after: -1 | 1;
  /** Only possibly active relations make the turn: the certain ones alone do not. */
  readonly possible: boolean;
  /** The pair's relations classed "turned": ended ones first, then added ones, each in data order. */
  readonly relations: readonly RelationChange[];
}

export interface Comparison {
  /** Every relation shown at A or B, in data order. */
  readonly changes: readonly RelationChange[];
  readonly added: readonly RelationChange[];
  readonly ended: readonly RelationChange[];
  readonly continuing: readonly RelationChange[];
  readonly turned: readonly RelationChange[];
  readonly turns: readonly PairTurn[];
  /** A relation's change by id, or undefined when shown at neither moment. */
  changeOf(relationId: string): RelationChange | undefined;
}

const presence = (slice: RelationSlice, i: number): Presence =>
  slice.ordinals.relationShown[i] !== 1 ? "absent" : slice.ordinals.possibleOnly[i] === 1 ? "possible" : "certain";

/** A sign as a bit, so a pair's signs are a small set: 1 for hostile, 2 for cooperative. */
const SIGN_BIT = { [-1]: 1, 0: 0, 1: 2 } as const;

/** The index's type ids mapped to the taxonomy's signs; a type the taxonomy lacks has none. */
function signsByType(index: RelationIndex): Int8Array {
  const sign = new Map<string, Sign>(index.dataSet.taxonomy.types.map((t) => [t.id, t.sign]));
  return Int8Array.from(index.typeNames, (name) => sign.get(name) ?? 0);
}

/** Compares two slices of the same index: moment A (`before`) and moment B (`after`). */
export function compareSlices(before: RelationSlice, after: RelationSlice): Comparison {
  const index = before.ordinals.vocabulary;
  if (after.ordinals.vocabulary !== index) throw new Error("compareSlices: the two slices come from different relation indexes; slice one data set at two moments");
  const typeSign = signsByType(index);
  // A number per unordered pair; ordinals are -1 for actors the data set does not list.
  const width = index.actorIds.length + 1;
  const pairKey = (i: number) => {
    const [s, t] = [index.sourceOf[i] + 1, index.targetOf[i] + 1];
    return s < t ? s * width + t : t * width + s;
  };

  // The union of both slices' relations, in data order (both ordinal lists are ascending).
  const union = mergeAscending(before.ordinals.relations, after.ordinals.relations);
  const { relations } = index;
  const changes: RelationChange[] = Array.from(union, (i) => {
    const atA = presence(before, i);
    const atB = presence(after, i);
    const change: Change = atA === "absent" ? "added" : atB === "absent" ? "ended" : "continuing";
    return { relation: relations[i], ordinal: i, change, atA, atB, possible: atA === "possible" || atB === "possible" };
  });

  // Per pair, in the order pairs first appear: the signs shown at B, and the signs of its ended
  // and added relations, as bits, in typed arrays (a diff of 200,000 relations makes tens of
  // thousands of pairs, and an object each would cost more than the comparison itself).
  const slotOf = new Map<number, number>();
  const slotOfChange = new Int32Array(changes.length).fill(-1);
  const bits = { atB: new Uint8Array(changes.length), ended: new Uint8Array(changes.length), added: new Uint8Array(changes.length), certainEnded: new Uint8Array(changes.length), certainAdded: new Uint8Array(changes.length) };
  const bitOf = (c: RelationChange) => SIGN_BIT[typeSign[index.typeOf[c.ordinal]] as Sign];
  for (let n = 0; n < changes.length; n++) {
    const c = changes[n];
    const bit = bitOf(c);
    if (!bit) continue;
    const key = pairKey(c.ordinal);
    let slot = slotOf.get(key);
    if (slot === undefined) slotOf.set(key, (slot = slotOf.size));
    slotOfChange[n] = slot;
    if (c.atB !== "absent") bits.atB[slot] |= bit;
    if (c.change === "ended") (bits.ended[slot] |= bit), c.atA === "certain" && (bits.certainEnded[slot] |= bit);
    if (c.change === "added") (bits.added[slot] |= bit), c.atB === "certain" && (bits.certainAdded[slot] |= bit);
  }
  // A pair turned from `before` when relations of that sign ended, the other's began, and none of the old sign is left at B (at most one way a pair).
  const turnedFrom = new Int8Array(slotOf.size);
  for (let slot = 0; slot < slotOf.size; slot++)
    for (const before of [1, -1] as const) {
      const [old, now] = [SIGN_BIT[before], SIGN_BIT[-before as -1 | 1]];
      if (bits.ended[slot] & old && bits.added[slot] & now && !(bits.atB[slot] & old)) turnedFrom[slot] = before;
    }
  // The turns' relations, in data order: ended ones of the old sign, added ones of the new.
  const turnRelations = new Map<number, RelationChange[]>();
  for (let n = 0; n < changes.length; n++) {
    const slot = slotOfChange[n];
    if (slot < 0 || !turnedFrom[slot] || changes[n].change === "continuing") continue;
    const before = turnedFrom[slot] as -1 | 1;
    const wanted = changes[n].change === "ended" ? SIGN_BIT[before] : SIGN_BIT[-before as -1 | 1];
    if (bitOf(changes[n]) !== wanted) continue;
    changes[n] = { ...changes[n], change: "turned" };
    let list = turnRelations.get(slot);
    if (!list) turnRelations.set(slot, (list = []));
    list.push(changes[n]);
  }
  const turns: PairTurn[] = [...turnRelations.keys()]
    .sort((x, y) => x - y)
    .map((slot) => {
      const list = turnRelations.get(slot)!;
      const ordered = [...list.filter((c) => c.atB === "absent"), ...list.filter((c) => c.atB !== "absent")];
      const before = turnedFrom[slot] as -1 | 1;
      const [old, now] = [SIGN_BIT[before], SIGN_BIT[-before as -1 | 1]];
      const certain = (bits.certainEnded[slot] & old) !== 0 && (bits.certainAdded[slot] & now) !== 0;
      const first = ordered[0].relation;
      return { actors: [first.source, first.target] as const, before, after: -before as -1 | 1, possible: !certain, relations: ordered };
    });

  // Built on the first question only: a command line or a benchmark may never ask.
  let byId: Map<string, RelationChange> | undefined;
  const of = (change: Change) => changes.filter((c) => c.change === change);
  return {
    changes,
    added: of("added"),
    ended: of("ended"),
    continuing: of("continuing"),
    turned: of("turned"),
    turns,
    changeOf: (id) => (byId ??= new Map(changes.map((c) => [c.relation.id, c]))).get(id),
  };
}

/** The sorted union of two ascending lists of ordinals. */
function mergeAscending(a: Uint32Array, b: Uint32Array): Uint32Array {
  const out = new Uint32Array(a.length + b.length);
  let [i, j, n] = [0, 0, 0];
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i] < b[j])) out[n++] = a[i++];
    else if (i >= a.length || b[j] < a[i]) out[n++] = b[j++];
    else (out[n++] = a[i++]), j++;
  }
  return out.subarray(0, n);
}
