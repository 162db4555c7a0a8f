/**
 * The part of a data set a person asked for on the command line, as the exporters take it: the
 * relations a list of filters selects (filters.ts), the actors they tie, and the sources they
 * cite; and, when the filters slice time, which of those relations are only possibly active
 * then (certainty.ts), so an export marks a guess as a guess. The explorer's "export this view"
 * builds the same shape from its view slice.
 */
import type { Day } from "./dates";
import { applyFilters, timeSpanOf, type Filter } from "./filters";
import type { RelationIndex } from "./relation-index";
import type { RelationSlice } from "./relation-slice";
import type { Actor, Relation, Source } from "./types";

/** The time a subset is a slice of, and what is only possible in it. */
export interface SubsetTime {
  /** The first and last day of the slice (equal for a day; ±Infinity for an open end). */
  readonly from: Day;
  readonly to: Day;
  /** Ids of the relations whose dates allow them in [from, to] without saying they were; the others are certain then. */
  readonly possibleOnly: ReadonlySet<string>;
}

export interface Subset {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly sources: readonly Source[];
  /** Present when the subset is a slice of time. */
  readonly time?: SubsetTime;
}

/**
 * With no filter, everything. Otherwise the selected relations, the actors they tie (plus each
 * ego, even when it has no relation in the slice or its kind is filtered out), and the sources
 * they cite; all in data order. With a time filter (asOf or window), `time` says which are only
 * possible then.
 */
export function selectSubset(index: RelationIndex, filters: readonly Filter[]): Subset {
  const { dataSet } = index;
  if (!filters.length) return { actors: dataSet.actors, relations: dataSet.relations, sources: dataSet.sources };
  const egos = filters.flatMap((f) => (f.type === "ego" ? [f.actor] : []));
  const slice = applyFilters(index, [...filters, { type: "hideIsolated", keep: egos }]);
  const { actorShown } = slice.ordinals;
  const relations = slice.relations;
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  const span = timeSpanOf(filters);
  return {
    actors: dataSet.actors.filter((a, i) => actorShown[i] === 1 || egos.includes(a.id)),
    relations,
    sources: dataSet.sources.filter((s) => cited.has(s.id)),
    ...(span ? { time: { ...span, possibleOnly: possibleOnlyOf(slice) } } : {}),
  };
}

/** The ids of a slice's relations that are only possibly active in its time. */
export const possibleOnlyOf = (slice: RelationSlice): ReadonlySet<string> => new Set(slice.relations.filter((r) => slice.isPossibleOnly(r.id)).map((r) => r.id));
