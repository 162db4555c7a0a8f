/**
 * Ego networks: an actor and everyone within k hops of it, over a given set of relations (the
 * current slice), ignoring direction. Hops follow only the relations passed in, so an ego view
 * on a date shows who was tied to the actor on that date.
 */
import type { Relation } from "./types";

/** Actor ids within `depth` hops of `actor` (the actor included), with their distance. */
export function neighbourhood(relations: Iterable<Pick<Relation, "source" | "target">>, actor: string, depth: number): Map<string, number> {
  if (!Number.isInteger(depth) || depth < 0) throw new RangeError(`ego: depth must be a whole number of hops, 0 or more; got ${depth}`);
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const r of relations) {
    link(r.source, r.target);
    link(r.target, r.source);
  }
  const distance = new Map([[actor, 0]]);
  let frontier = [actor];
  for (let hop = 1; hop <= depth && frontier.length; hop++) {
    const next: string[] = [];
    for (const a of frontier)
      for (const b of adjacent.get(a) ?? [])
        if (!distance.has(b)) {
          distance.set(b, hop);
          next.push(b);
        }
    frontier = next;
  }
  return distance;
}

/** The ego network: the relations among the actors within `depth` hops of `actor`. */
export function egoRelations<R extends Pick<Relation, "source" | "target">>(relations: readonly R[], actor: string, depth: number): { actors: Map<string, number>; relations: R[] } {
  const actors = neighbourhood(relations, actor, depth);
  return { actors, relations: relations.filter((r) => actors.has(r.source) && actors.has(r.target)) };
}
