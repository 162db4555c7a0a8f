/**
 * The part of a data set a person asked for on the command line, as the exporters take it: the
 * relations a list of filters selects (filters.ts), the actors they tie, and the sources they
 * cite. The explorer's "export this view" builds the same shape from its view slice.
 */
import { applyFilters, type Filter } from "./filters";
import type { RelationIndex } from "./relation-index";
import type { Actor, Relation, Source } from "./types";

export interface Subset {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly sources: readonly Source[];
}

/**
 * With no filter, everything. Otherwise the selected relations, the actors they tie (plus each
 * ego, even when it has no relation in the slice or its kind is filtered out), and the sources
 * they cite; all in data order.
 */
export function selectSubset(index: RelationIndex, filters: readonly Filter[]): Subset {
  const { dataSet } = index;
  if (!filters.length) return { actors: dataSet.actors, relations: dataSet.relations, sources: dataSet.sources };
  const egos = filters.flatMap((f) => (f.type === "ego" ? [f.actor] : []));
  const slice = applyFilters(index, [...filters, { type: "hideIsolated", keep: egos }]);
  const { actorShown } = slice.ordinals;
  const relations = slice.relations;
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  return {
    actors: dataSet.actors.filter((a, i) => actorShown[i] === 1 || egos.includes(a.id)),
    relations,
    sources: dataSet.sources.filter((s) => cited.has(s.id)),
  };
}
