/**
 * The part of a data set a person asked for: a time and attribute slice, optionally narrowed to
 * an ego network. Exports and the view all start from a Subset.
 */
import { egoRelations } from "./ego";
import type { RelationIndex, SliceQuery } from "./slice";
import type { Actor, Relation, Source } from "./types";

export interface EgoQuery {
  readonly actor: string;
  readonly depth: number;
}

export interface SubsetQuery extends SliceQuery {
  readonly ego?: EgoQuery;
}

export interface Subset {
  readonly actors: readonly Actor[];
  readonly relations: readonly Relation[];
  readonly sources: readonly Source[];
}

const isEmpty = (q: SubsetQuery) => !q.time && !q.types && !q.families && !q.kinds && !q.minConfidence && !q.ego;

/**
 * With no query, everything. Otherwise the selected relations, the actors they tie (plus the
 * ego, even when it has no relation in the slice), and the sources they cite; all in data order.
 */
export function selectSubset(index: RelationIndex, query: SubsetQuery): Subset {
  const { dataSet } = index;
  if (isEmpty(query)) return { actors: dataSet.actors, relations: dataSet.relations, sources: dataSet.sources };
  let relations = index.query(query);
  const keep = new Set<string>();
  if (query.ego) {
    const ego = egoRelations(relations, query.ego.actor, query.ego.depth);
    relations = ego.relations;
    keep.add(query.ego.actor);
  }
  for (const r of relations) keep.add(r.source).add(r.target);
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  return {
    actors: dataSet.actors.filter((a) => keep.has(a.id)),
    relations,
    sources: dataSet.sources.filter((s) => cited.has(s.id)),
  };
}
