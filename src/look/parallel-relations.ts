/**
 * Which drawn relations share a pair of actors, and each one's place among them, so the edge
 * reducer can curve them apart. The same scheme as @sigma/edge-curve's indexParallelEdgesIndex
 * (indices centred on 0 when all go one way; 1..n per direction when both ways are drawn), but
 * over the relations drawn now and into a Map, never written into a graph: a relation drawn
 * alone is straight even if the data holds others between its pair at other times.
 */

export interface ParallelPlace {
  /** The relation's index among those between its pair, in curvatureFor's terms. */
  readonly index: number;
  readonly maxIndex: number;
}

/** A drawn relation: its id and its two actors as the graph stores them. */
export type DrawnEnds = readonly [relation: string, source: string, target: string];

/** Places of the relations that share their pair; relations alone between theirs are absent. */
export function parallelPlaces(relations: Iterable<DrawnEnds>): Map<string, ParallelPlace> {
  // Keyed in Maps (an actor may be called "__proto__"), one way and both ways.
  const oneWay = new Map<string, Map<string, string[]>>();
  const bothWays = new Map<string, Map<string, number>>();
  const add = <T>(index: Map<string, Map<string, T>>, a: string, b: string, update: (old: T | undefined) => T) => {
    let inner = index.get(a);
    if (!inner) index.set(a, (inner = new Map()));
    inner.set(b, update(inner.get(b)));
  };
  for (const [relation, source, target] of relations) {
    add(oneWay, source, target, (list: string[] | undefined) => (list ? (list.push(relation), list) : [relation]));
    const [low, high] = source < target ? [source, target] : [target, source];
    add(bothWays, low, high, (n: number | undefined) => (n ?? 0) + 1);
  }
  const places = new Map<string, ParallelPlace>();
  for (const [source, targets] of oneWay)
    for (const [target, list] of targets) {
      const [low, high] = source < target ? [source, target] : [target, source];
      const total = bothWays.get(low)!.get(high)!;
      if (total === 1) continue;
      if (list.length === 1) places.set(list[0], { index: 1, maxIndex: 1 });
      else if (list.length === total) {
        const max = (list.length - 1) / 2;
        list.forEach((relation, i) => places.set(relation, { index: i - max, maxIndex: max }));
      } else list.forEach((relation, i) => places.set(relation, { index: i + 1, maxIndex: list.length }));
    }
  return places;
}

/** The places among every relation a graph holds (all of them drawn). */
export function parallelPlacesIn(graph: { forEachEdge(callback: (relation: string, attributes: unknown, source: string, target: string) => void): void }): Map<string, ParallelPlace> {
  const ends: DrawnEnds[] = [];
  graph.forEachEdge((relation, _, source, target) => ends.push([relation, source, target]));
  return parallelPlaces(ends);
}
