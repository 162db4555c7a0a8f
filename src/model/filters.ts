/**
 * The filter engine: filters as plain data (a union keyed on `type`, so a list of them can live
 * in a URL, a test or a command line), and `applyFilters`, the one function that turns a list of
 * them into a slice of the data set. The explorer's view and the command line's exports both
 * slice through it, so a type, a kind or a date means the same thing in both.
 *
 * Filters stack: each one narrows what the others leave. Counts answer "what would I see if this
 * toggle were on": a type's (and a family's) count ignores the type and family filters but
 * honours time, confidence and actor kinds; a kind's count ignores the kind filters but honours
 * the rest. Types, families and kinds are matched by name (relation-index.ts), so a name the
 * data does not use matches nothing.
 *
 * It runs on every step of a timeline drag, over up to hundreds of thousands of relations: the
 * list is first compiled into lookup tables, then one walk over the set bits of the time mask
 * filters and counts, in ordinals and typed arrays.
 */
import { maskCount, type ActivityMask } from "./activity-mask";
import { kindOn, kindsDuring } from "./actor-time";
import type { Day } from "./dates";
import { neighbourhood } from "./ego";
import type { RelationIndex } from "./relation-index";
import { OrdinalSlice, type RelationSlice } from "./relation-slice";
import { confidenceRank, type Confidence } from "./types";

/** "only": these and no others; "hidden": all but these. */
export type Shown = "only" | "hidden";

export type Certainty = "certain" | "possible";

export type Filter =
  /** Relations possibly active on a day ("as of"); see `certainty` for how sure. */
  | { readonly type: "asOf"; readonly day: Day }
  /** Relations active on at least one day of [from, to]; a bound left out is open, so the list stays JSON. */
  | { readonly type: "window"; readonly from?: Day; readonly to?: Day }
  | { readonly type: "relationTypes"; readonly shown: Shown; readonly names: readonly string[] }
  | { readonly type: "families"; readonly shown: Shown; readonly names: readonly string[] }
  /** Relations whose two actors are both of shown kinds, and actors of shown kinds. */
  | { readonly type: "actorKinds"; readonly shown: Shown; readonly names: readonly string[] }
  | { readonly type: "minConfidence"; readonly level: Confidence }
  /**
   * Which relations the time filters keep: "certain", those their dates say are active; or
   * "possible" (as with no such filter), those their dates allow, the others marked as possible
   * only (certainty.ts).
   */
  | { readonly type: "certainty"; readonly shown: Certainty }
  /** The relations among the actors within `depth` hops of `actor`, over what the other filters leave. */
  | { readonly type: "ego"; readonly actor: string; readonly depth: number }
  /** Hides actors with no visible relation, except those named in `keep` (the ego, the selected actor). */
  | { readonly type: "hideIsolated"; readonly keep: readonly string[] };

type TimeFilter = Extract<Filter, { type: "asOf" | "window" }>;
type EgoFilter = Extract<Filter, { type: "ego" }>;

/** A filter list as the walk uses it: lookup tables by id, a confidence floor, the ego steps. */
interface FilterPlan {
  readonly times: readonly TimeFilter[];
  readonly certainOnly: boolean;
  readonly minRank: number;
  /** 1 for each hidden type, family or kind id of the index. */
  readonly hiddenType: Uint8Array;
  readonly hiddenFamily: Uint8Array;
  readonly hiddenKind: Uint8Array;
  readonly egos: readonly EgoFilter[];
  /** Null when isolated actors stay; otherwise, per actor ordinal, how many of the hideIsolated filters name it. */
  readonly isolated: { readonly filters: number; readonly keptBy: Uint8Array } | null;
}

function compileFilters(index: RelationIndex, filters: readonly Filter[]): FilterPlan {
  const times: TimeFilter[] = [];
  const egos: EgoFilter[] = [];
  const hiddenType = new Uint8Array(index.typeNames.length);
  const hiddenFamily = new Uint8Array(index.familyNames.length);
  const hiddenKind = new Uint8Array(index.kindNames.length);
  let minRank = 0;
  let certainOnly = false;
  let isolated: { filters: number; keptBy: Uint8Array } | null = null;
  for (const filter of filters)
    switch (filter.type) {
      case "asOf":
      case "window":
        times.push(filter);
        break;
      case "relationTypes":
        hide(hiddenType, index.typeNames, filter.shown, filter.names);
        break;
      case "families":
        hide(hiddenFamily, index.familyNames, filter.shown, filter.names);
        break;
      case "actorKinds":
        hide(hiddenKind, index.kindNames, filter.shown, filter.names);
        break;
      case "minConfidence":
        minRank = Math.max(minRank, confidenceRank(filter.level));
        break;
      case "certainty":
        certainOnly ||= filter.shown === "certain";
        break;
      case "ego":
        egos.push(filter);
        break;
      case "hideIsolated": {
        isolated ??= { filters: 0, keptBy: new Uint8Array(index.actorIds.length) };
        isolated.filters++;
        for (const actor of new Set(filter.keep)) {
          const a = index.actorOrdinal.get(actor);
          if (a !== undefined) isolated.keptBy[a]++;
        }
        break;
      }
      default:
        return unhandled(filter);
    }
  return { times, certainOnly, minRank, hiddenType, hiddenFamily, hiddenKind, egos, isolated };
}

/** Where a new kind of filter fails to compile until the switch above handles it. */
function unhandled(filter: never): never {
  throw new Error(`filters: no rule for the filter ${JSON.stringify(filter)}; handle its type in compileFilters`);
}

/** Marks in `hidden` the ids whose name the filter hides: those listed, or those not listed. */
function hide(hidden: Uint8Array, names: readonly string[], shown: Shown, listed: readonly string[]): void {
  const named = new Set(listed);
  for (let id = 0; id < names.length; id++) if (named.has(names[id]) === (shown === "hidden")) hidden[id] = 1;
}

/**
 * The relations every time filter keeps, as a fresh mask: those possibly active, or with
 * `certain` those certainly active; every relation when there is no time filter (nothing then
 * asks about a date, so nothing is in doubt).
 */
function timeMask(index: RelationIndex, times: readonly TimeFilter[], certain: boolean): ActivityMask {
  const maskOf = (t: TimeFilter) => {
    const [from, to] = timeSpan(t);
    if (certain) return t.type === "asOf" ? index.certainMaskOn(t.day) : index.certainMaskIn(from, to);
    return t.type === "asOf" ? index.activeMaskOn(t.day) : index.activeMaskIn(from, to);
  };
  if (times.length === 0) {
    const n = index.relations.length;
    const all = new Uint32Array(Math.ceil(n / 32)).fill(0xffffffff);
    if (n % 32) all[all.length - 1] = 2 ** (n % 32) - 1;
    return all;
  }
  const mask = maskOf(times[0]);
  for (const t of times.slice(1)) {
    const other = maskOf(t);
    for (let w = 0; w < mask.length; w++) mask[w] &= other[w];
  }
  return mask;
}

const timeSpan = (t: TimeFilter): [Day, Day] => (t.type === "asOf" ? [t.day, t.day] : [t.from ?? -Infinity, t.to ?? Infinity]);

/** The days every time filter of the list leaves (their intersection), or undefined when none slices time. */
export function timeSpanOf(filters: readonly Filter[]): { from: Day; to: Day } | undefined {
  let span: { from: Day; to: Day } | undefined;
  for (const f of filters) {
    if (f.type !== "asOf" && f.type !== "window") continue;
    const [from, to] = timeSpan(f);
    span = span ? { from: Math.max(span.from, from), to: Math.min(span.to, to) } : { from, to };
  }
  return span;
}

/**
 * Each actor's kind in the time the filters ask about, and whether the kind filters hide it: an
 * actor whose kind changes (actor-time.ts) is hidden only when every kind it may have had then
 * is hidden, and is counted under its kind at the end of that time.
 */
function actorKinds(index: RelationIndex, times: readonly TimeFilter[], hiddenKind: Uint8Array): { kind: Uint16Array; hidden: Uint8Array } {
  const { kindOf, changingActors, dataSet } = index;
  const kind = kindOf.slice();
  const hidden = new Uint8Array(kind.length);
  for (let a = 0; a < kind.length; a++) hidden[a] = hiddenKind[kind[a]];
  if (!changingActors.length) return { kind, hidden };
  const { from, to } = timeSpanOf(times) ?? { from: -Infinity, to: Infinity };
  const idOf = new Map(index.kindNames.map((name, id) => [name, id]));
  for (const a of changingActors) {
    const actor = dataSet.actors[a];
    kind[a] = idOf.get(kindOn(actor, to))!;
    hidden[a] = kindsDuring(actor, from, to).every((k) => hiddenKind[idOf.get(k)!]) ? 1 : 0;
  }
  return { kind, hidden };
}

/** The slice of the index's data set that a list of filters leaves. */
export function applyFilters(index: RelationIndex, filters: readonly Filter[]): RelationSlice {
  const plan = compileFilters(index, filters);
  const { typeOf, familyOf, sourceOf, targetOf, unknownKind } = index;
  const { hiddenType, hiddenFamily, hiddenKind } = plan;
  // The time slice as the activity mask, never listed: the confidence floor is one AND a word,
  // and the walk below visits its set bits in ascending order. Types and kinds cannot be
  // ANDed away the same way, as their counts need every confident relation in time.
  const inTime = timeMask(index, plan.times, plan.certainOnly);
  const certain = plan.certainOnly ? inTime : timeMask(index, plan.times, true);
  const activeInTime = maskCount(inTime);
  const kinds = actorKinds(index, plan.times, hiddenKind);
  const actorKind = kinds.kind;
  const kindHidden = kinds.hidden;
  if (plan.minRank > 0) {
    const confident = index.confidentFrom[plan.minRank];
    for (let w = 0; w < inTime.length; w++) inTime[w] &= confident[w];
  }

  const typeTally = new Uint32Array(index.typeNames.length);
  const familyTally = new Uint32Array(index.familyNames.length);
  const kindTally = new Uint32Array(index.kindNames.length);
  // Actors counted for their kind already; actors the data set does not list, by name.
  const counted = new Uint8Array(index.actorIds.length);
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
      const kindShown = (source < 0 ? !hiddenKind[unknownKind] : !kindHidden[source]) && (target < 0 ? !hiddenKind[unknownKind] : !kindHidden[target]);
      const typeShown = !hiddenType[type] && !hiddenFamily[family];
      if (kindShown) {
        typeTally[type]++;
        familyTally[family]++;
      }
      if (typeShown) {
        if (source < 0) countUnknown(index.relations[i].source);
        else if (counted[source] === 0) ((counted[source] = 1), kindTally[actorKind[source]]++);
        if (target < 0) countUnknown(index.relations[i].target);
        else if (counted[target] === 0) ((counted[target] = 1), kindTally[actorKind[target]]++);
        if (kindShown) shown[shownCount++] = i;
      }
    }
  shown = shown.subarray(0, shownCount);

  // Each ego narrows to the relations among its neighbourhood; an actor stays if every ego reaches it.
  const actorCount = index.actorIds.length;
  const reachedBy = new Uint8Array(plan.egos.length ? actorCount : 0);
  for (const ego of plan.egos) {
    const reached = neighbourhood(Array.from(shown, (i) => index.relations[i]), ego.actor, ego.depth);
    shown = shown.filter((i) => reached.has(index.relations[i].source) && reached.has(index.relations[i].target));
    for (const actor of reached.keys()) {
      const a = index.actorOrdinal.get(actor);
      if (a !== undefined) reachedBy[a]++;
    }
  }

  const actorDegree = new Uint32Array(actorCount);
  const relationShown = new Uint8Array(typeOf.length);
  const possibleOnly = new Uint8Array(typeOf.length);
  let possibleOnlyCount = 0;
  for (let k = 0; k < shown.length; k++) {
    const i = shown[k];
    relationShown[i] = 1;
    if ((certain[i >>> 5] & (1 << (i & 31))) === 0) ((possibleOnly[i] = 1), possibleOnlyCount++);
    if (sourceOf[i] >= 0) actorDegree[sourceOf[i]]++;
    if (targetOf[i] >= 0) actorDegree[targetOf[i]]++;
  }
  const actorShown = new Uint8Array(actorCount);
  const egoCount = plan.egos.length;
  const isolated = plan.isolated;
  let visibleActorCount = 0;
  for (let a = 0; a < actorCount; a++) {
    if (kindHidden[a]) continue;
    if (egoCount > 0 && reachedBy[a] !== egoCount) continue;
    if (isolated && actorDegree[a] === 0 && isolated.keptBy[a] !== isolated.filters) continue;
    actorShown[a] = 1;
    visibleActorCount++;
  }

  return new OrdinalSlice({ vocabulary: index, relations: shown, relationShown, possibleOnly, actorKind, actorShown, actorDegree }, visibleActorCount, activeInTime, possibleOnlyCount, {
    typeCounts: countsOf(typeTally, index.typeNames),
    familyCounts: countsOf(familyTally, index.familyNames),
    kindCounts: countsOf(kindTally, index.kindNames),
  });
}

/** Nonzero tallies by name. No prototype: types and kinds are the user's names, "__proto__" and "constructor" included. */
function countsOf(tally: Uint32Array, names: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = Object.create(null);
  for (let id = 0; id < tally.length; id++) if (tally[id] > 0) counts[names[id]] = tally[id];
  return counts;
}
