/**
 * The GEXF export's baseline: graphology-gexf writing the same graph statically (same nodes,
 * edges, attributes and viz) as our writer does (bench/node-export.ts times both), and the
 * fixed looks both are given.
 */
import { write } from "graphology-gexf";
import { MultiGraph } from "graphology";
import type { GexfViz } from "../src/export/gexf";
import { seededRandom } from "../src/model/random";
import type { DataSet } from "../src/model/types";

const WEIGHT = { low: 1, medium: 2, high: 3 };
const THICKNESS = { low: 1.5, medium: 2.2, high: 3 };

/** Fixed looks for every actor and relation, shared by both writers. */
export function vizFor(dataSet: DataSet): GexfViz {
  const random = seededRandom(3);
  const positions = new Map(dataSet.actors.map((a) => [a.id, { x: Math.round(random() * 2e4) / 100, y: Math.round(random() * 2e4) / 100 }]));
  return {
    actorColour: (kind) => ["#0b5cad", "#b5470b", "#8a6d00", "#00796b", "#6a4c93"][kind.length % 5],
    relationColour: (family) => ({ hostile: "#c8371f", cooperative: "#1f7a4d", mediating: "#0b6fb3" })[family] ?? "#7a5195",
    position: (actor) => positions.get(actor),
    actorSize: (actor) => 4 + (actor.length % 7),
  };
}

/** The same graph in graphology, with the attributes our snapshot export writes. */
function graphologyGraph(dataSet: DataSet, viz: GexfViz): MultiGraph {
  const graph = new MultiGraph();
  const types = new Map(dataSet.taxonomy.types.map((t) => [t.id, t]));
  for (const a of dataSet.actors)
    graph.addNode(a.id, { label: a.label, kind: a.kind, color: viz.actorColour(a.kind), size: viz.actorSize!(a.id), ...viz.position!(a.id) });
  for (const r of dataSet.relations) {
    const t = types.get(r.type)!;
    const attributes = {
      label: t.label,
      weight: WEIGHT[r.confidence],
      kind: r.type,
      relationType: r.type,
      typeLabel: t.label,
      family: t.family,
      sign: t.sign,
      confidence: r.confidence,
      directed: r.directed,
      sources: r.evidence.map((e) => e.source),
      citation: `“Synthetic data”: “${r.evidence[0].quote}”`,
      periods: r.periods.map((p) => p.edtf),
      color: viz.relationColour(t.family),
      thickness: THICKNESS[r.confidence],
    };
    if (r.directed) graph.addDirectedEdgeWithKey(r.id, r.source, r.target, attributes);
    else graph.addUndirectedEdgeWithKey(r.id, r.source, r.target, attributes);
  }
  return graph;
}

/** graphology-gexf's writer over the same graph, built now (untimed): call it to write the whole text. */
export function graphologyGexf(dataSet: DataSet): () => string {
  const graph = graphologyGraph(dataSet, vizFor(dataSet));
  return () => write(graph, { version: "1.3" });
}
