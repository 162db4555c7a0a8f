/**
 * Builds the graphology graph of a data set: one node per actor, one edge per relation. It is a
 * mixed multigraph: directed and undirected relations live side by side, and two actors can be
 * tied by several relations of different types or times.
 */
import { MultiGraph } from "graphology";
import type { Actor, DataSet, Relation } from "./types";

/** An actor, plus its position once a layout has given it one. */
export type ActorAttributes = Actor & { x?: number; y?: number; size?: number };
export type RelationAttributes = Relation & { readonly family: string; readonly sign: -1 | 0 | 1 };
export type RelationGraph = MultiGraph<ActorAttributes, RelationAttributes>;

export function buildGraph(dataSet: DataSet): RelationGraph {
  const graph: RelationGraph = new MultiGraph({ type: "mixed", allowSelfLoops: false });
  const types = new Map(dataSet.taxonomy.types.map((t) => [t.id, t]));
  // A copy: layouts write positions into node attributes, and the data set must stay as it was read.
  for (const actor of dataSet.actors) graph.addNode(actor.id, { ...actor });
  for (const relation of dataSet.relations) {
    const type = types.get(relation.type);
    if (!type) throw new Error(`graph: relation "${relation.id}" has type "${relation.type}", which the taxonomy lacks; load data through loadDataSet, which checks this`);
    const attributes = { ...relation, family: type.family, sign: type.sign };
    if (relation.directed) graph.addDirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
    else graph.addUndirectedEdgeWithKey(relation.id, relation.source, relation.target, attributes);
  }
  return graph;
}
