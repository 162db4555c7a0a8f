/**
 * Who matters on a date: degree, betweenness and eigenvector centrality of the actors of a slice
 * (graphology-metrics), each as scores and ranks. "Ties" (degree) counts whom an actor is tied
 * to; "bridges" (betweenness) how often it lies on the shortest paths between two others;
 * "influence" (eigenvector) how well tied it is to actors that are themselves well tied.
 *
 * The graph is the relations certainly active in the slice, never those only possibly active
 * (certainty.ts): they are counted and left out, so a guess never makes an actor central. It is
 * simple and undirected, one edge per related pair, however many relations the pair has and
 * whichever way they point: the question is who is tied to whom, not how many records a pair
 * has; a pair with forty strike reports is not forty times as tied as one with a treaty.
 */
import { UndirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import { degreeCentrality } from "graphology-metrics/centrality/degree";
import eigenvectorCentrality from "graphology-metrics/centrality/eigenvector";
import type { Day } from "./dates";
import { applyFilters, type Filter } from "./filters";
import type { RelationIndex } from "./relation-index";
import type { RelationSlice } from "./relation-slice";

export type CentralityMeasure = "degree" | "betweenness" | "eigenvector";
export const CENTRALITY_MEASURES: readonly CentralityMeasure[] = ["degree", "betweenness", "eigenvector"];

/** One actor's place by one measure: rank 1 is the most central, and actors with equal scores share a rank. */
export interface RankedActor {
  readonly actor: string;
  readonly score: number;
  readonly rank: number;
}

/**
 * How a measure was computed, and why some actors may have no score by it.
 * - "all": every actor of the graph is scored.
 * - "main-group": eigenvector centrality on a graph in several parts is defined within one
 *   connected part only (power iteration on the whole converges to the part with the largest
 *   eigenvalue and leaves the others at zero, or mixes equal parts by where it started); it is
 *   computed on the largest part, and the actors of the `groups` other parts are not ranked.
 * - "too-large": betweenness costs actors × pairs; above `limit` actors it is not computed.
 * - "no-convergence": eigenvector's power iteration did not settle within `iterations`.
 */
export type MeasureScope =
  | { readonly kind: "all" }
  | { readonly kind: "main-group"; readonly scored: number; readonly leftOut: number; readonly groups: number }
  | { readonly kind: "too-large"; readonly actors: number; readonly limit: number }
  | { readonly kind: "no-convergence"; readonly iterations: number };

export interface MeasureRanking {
  readonly measure: CentralityMeasure;
  /** The scored actors, most central first; equal scores share a rank and are ordered by id. */
  readonly ranking: readonly RankedActor[];
  readonly scope: MeasureScope;
}

export interface SliceCentrality {
  /** Actors with at least one certainly active relation in the slice: the graph's actors. */
  readonly actorCount: number;
  /** Related pairs: the graph's edges. */
  readonly pairCount: number;
  /** Certainly active relations between two different actors, the edges' records. */
  readonly relationCount: number;
  /** Relations of the slice only possibly active then, left out of every measure. */
  readonly possibleLeftOut: number;
  /** Each actor's number of counterparts (its degree in the graph of pairs). */
  readonly ties: ReadonlyMap<string, number>;
  /** One ranking per measure asked for. */
  readonly measures: Partial<Record<CentralityMeasure, MeasureRanking>>;
  /** An actor's rank and score by a measure; undefined when it is not in the graph or the measure did not score it. */
  rankOf(actor: string, measure: CentralityMeasure): RankedActor | undefined;
}

export interface CentralityOptions {
  /** The measures to compute (all three unless told): the cheap one alone for a chart over many dates. */
  readonly measures?: readonly CentralityMeasure[];
  /** Betweenness is computed for graphs of at most this many actors (see BETWEENNESS_ACTOR_LIMIT). */
  readonly betweennessLimit?: number;
}

/**
 * Betweenness runs one breadth-first search per actor, O(actors × pairs), and graphology's
 * Brandes also makes a fresh list of predecessors for every actor in every search, O(actors²)
 * more. Measured in Node on slices of one date of the synthetic benchmark data (bench/): 1,100
 * actors 0.1 s, 2,200 actors 0.4 s, 3,100 actors 1.1 s, 4,100 actors 2 s, and the 20,000-actor
 * data set's 9,777 actors with a certain tie (20,762 pairs) 119 s. Above this many actors
 * (about 0.7 s) it is not computed, and the ranking says so: filters or an ego view narrow it.
 */
export const BETWEENNESS_ACTOR_LIMIT = 2500;
/** Power iterations before eigenvector centrality is called unsettled (graphology's default is 100). */
export const EIGENVECTOR_ITERATIONS = 1000;

/** The centrality of the actors of a slice. */
export function sliceCentrality(index: RelationIndex, slice: RelationSlice, options: CentralityOptions = {}): SliceCentrality {
  const measures = options.measures ?? CENTRALITY_MEASURES;
  const { graph, relationCount, possibleLeftOut } = graphOfPairs(index, slice);
  const results: Partial<Record<CentralityMeasure, MeasureRanking>> = {};
  for (const measure of measures) results[measure] = rankingOf(graph, measure, options.betweennessLimit ?? BETWEENNESS_ACTOR_LIMIT);
  const ties = new Map<string, number>();
  graph.forEachNode((key) => ties.set(actorOf(key), graph.degree(key)));
  const byActor = new Map<CentralityMeasure, Map<string, RankedActor>>();
  return {
    actorCount: graph.order,
    pairCount: graph.size,
    relationCount,
    possibleLeftOut,
    ties,
    measures: results,
    rankOf(actor, measure) {
      const ranking = results[measure]?.ranking;
      if (!ranking) return undefined;
      let lookup = byActor.get(measure);
      if (!lookup) byActor.set(measure, (lookup = new Map(ranking.map((r) => [r.actor, r]))));
      return lookup.get(actor);
    },
  };
}

/**
 * An actor's key in the graph of pairs. Actor ids come from data files, and graphology keeps a
 * node's neighbours, and graphology-metrics its scores, in plain objects, where an id such as
 * "constructor" or "__proto__" finds the object's own prototype (a neighbour that is not
 * there, a score that vanishes): a prefix keeps every id an ordinary key.
 */
const keyOf = (actor: string): string => `:${actor}`;
const actorOf = (key: string): string => key.slice(1);

/** The certainly active relations of a slice as one undirected edge per pair; self-relations tie an actor to no one. */
function graphOfPairs(index: RelationIndex, slice: RelationSlice): { graph: UndirectedGraph; relationCount: number; possibleLeftOut: number } {
  const graph = new UndirectedGraph();
  const { relations, possibleOnly } = slice.ordinals;
  const { sourceOf, targetOf, actorIds } = index;
  // Pairs already drawn, keyed by the two actors' ordinals: a number lookup, where graphology's
  // mergeEdge would look up two string keys per relation (half the time at 20,000 actors).
  const paired = new Set<number>();
  let relationCount = 0;
  let possibleLeftOut = 0;
  for (const i of relations) {
    if (possibleOnly[i] === 1) {
      possibleLeftOut++;
      continue;
    }
    const { source, target } = index.relations[i];
    if (source === target) continue;
    relationCount++;
    const [s, t] = [sourceOf[i], targetOf[i]];
    // An actor the data set does not list has no ordinal: its pairs are merged by name.
    if (s < 0 || t < 0) {
      graph.mergeEdge(keyOf(source), keyOf(target));
      continue;
    }
    const key = s < t ? s * actorIds.length + t : t * actorIds.length + s;
    if (paired.has(key)) continue;
    paired.add(key);
    graph.mergeNode(keyOf(source));
    graph.mergeNode(keyOf(target));
    graph.addEdge(keyOf(source), keyOf(target));
  }
  return { graph, relationCount, possibleLeftOut };
}

function rankingOf(graph: UndirectedGraph, measure: CentralityMeasure, betweennessLimit: number): MeasureRanking {
  switch (measure) {
    case "degree":
      return { measure, ranking: ranked(degreeCentrality(graph), actorOf), scope: { kind: "all" } };
    case "betweenness":
      if (graph.order > betweennessLimit) return { measure, ranking: [], scope: { kind: "too-large", actors: graph.order, limit: betweennessLimit } };
      // Unweighted: a shortest path is the fewest pairs, whatever the relations' kinds or number.
      return { measure, ranking: ranked(betweennessCentrality(graph, { getEdgeWeight: null, normalized: true }), actorOf), scope: { kind: "all" } };
    case "eigenvector":
      return eigenvectorRanking(graph);
  }
}

function eigenvectorRanking(graph: UndirectedGraph): MeasureRanking {
  const parts = connectedParts(graph);
  const main = parts[0] ?? [];
  const part = parts.length > 1 ? subgraph(graph, main) : graph;
  let scores: Record<string, number>;
  try {
    scores = eigenvectorCentrality(part, { getEdgeWeight: null, maxIterations: EIGENVECTOR_ITERATIONS });
  } catch (e) {
    // graphology throws only this when the power iteration does not settle; anything else is a bug to see.
    if (!(e instanceof Error && /failed to converge/.test(e.message))) throw e;
    return { measure: "eigenvector", ranking: [], scope: { kind: "no-convergence", iterations: EIGENVECTOR_ITERATIONS } };
  }
  const scope: MeasureScope = parts.length > 1 ? { kind: "main-group", scored: main.length, leftOut: graph.order - main.length, groups: parts.length - 1 } : { kind: "all" };
  return { measure: "eigenvector", ranking: ranked(scores, actorOf), scope };
}

/** The graph's connected parts, the most actors first (then the most pairs, then the first actor's id). */
export function connectedParts(graph: UndirectedGraph): string[][] {
  const seen = new Set<string>();
  const parts: { actors: string[]; pairs: number }[] = [];
  graph.forEachNode((start) => {
    if (seen.has(start)) return;
    seen.add(start);
    const actors = [start];
    let degrees = 0;
    for (let k = 0; k < actors.length; k++) {
      degrees += graph.degree(actors[k]);
      graph.forEachNeighbor(actors[k], (n) => {
        if (!seen.has(n)) (seen.add(n), actors.push(n));
      });
    }
    parts.push({ actors, pairs: degrees / 2 });
  });
  const first = (p: { actors: string[] }) => p.actors.reduce((a, b) => (b < a ? b : a));
  parts.sort((a, b) => b.actors.length - a.actors.length || b.pairs - a.pairs || (first(a) < first(b) ? -1 : 1));
  return parts.map((p) => p.actors);
}

function subgraph(graph: UndirectedGraph, actors: readonly string[]): UndirectedGraph {
  const part = new UndirectedGraph();
  for (const a of actors) part.addNode(a);
  for (const a of actors) graph.forEachNeighbor(a, (n) => void (a < n && part.addEdge(a, n)));
  return part;
}

/**
 * Scores as ranks, highest first. Scores equal but for floating-point noise (two actors placed
 * alike, summed in another order) share a rank, and the next rank skips past them: 1, 2, 2, 4.
 */
export function ranked(scores: Readonly<Record<string, number>>, actorOfKey: (key: string) => string = (key) => key): RankedActor[] {
  const sorted = Object.entries(scores)
    .map(([key, score]) => [actorOfKey(key), score] as const)
    .sort(([a, x], [b, y]) => (same(x, y) ? (a < b ? -1 : a > b ? 1 : 0) : y - x));
  const out: RankedActor[] = [];
  for (let k = 0; k < sorted.length; k++) {
    const [actor, score] = sorted[k];
    const rank = k > 0 && same(score, out[k - 1].score) ? out[k - 1].rank : k + 1;
    out.push({ actor, score, rank });
  }
  return out;
}

const same = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y), 1e-12);

/** A day (as of) or a window of days. */
export type SeriesTime = Day | { readonly from: Day; readonly to: Day };

export interface RankPoint {
  readonly time: SeriesTime;
  /** The actor's rank then, or null when it has no certain tie then (or the measure left it unscored). */
  readonly rank: number | null;
  /** How many actors the measure ranked then. */
  readonly ranked: number;
}

/**
 * An actor's rank by one measure at each day or window, for a chart of its rank over time.
 * `filters` are the view's filters without time (types, kinds, confidence, ego); each time is
 * added to them in turn.
 */
export function rankSeries(index: RelationIndex, filters: readonly Filter[], actor: string, times: readonly SeriesTime[], measure: CentralityMeasure): RankPoint[] {
  return times.map((time) => {
    const when: Filter = typeof time === "number" ? { type: "asOf", day: time } : { type: "window", from: time.from, to: time.to };
    const centrality = sliceCentrality(index, applyFilters(index, [when, ...filters]), { measures: [measure] });
    return { time, rank: centrality.rankOf(actor, measure)?.rank ?? null, ranked: centrality.measures[measure]!.ranking.length };
  });
}
