/**
 * GEXF export speed: a data set written as dynamic GEXF (and as a snapshot) by our exporter,
 * against graphology-gexf writing the same graph statically (same nodes, edges, attributes and
 * viz), in the same run. Building the graphology graph is not timed: only writing is.
 */
import { write } from "graphology-gexf";
import { MultiGraph } from "graphology";
import { exportGexf, type GexfViz } from "../src/export/gexf";
import { seededRandom } from "../src/model/random";
import type { DataSet } from "../src/model/types";
import { ratioText, timeAlternating, timingText } from "./measure";
import type { BenchRow } from "./rows";

const WEIGHT = { low: 1, medium: 2, high: 3 };
const THICKNESS = { low: 1.5, medium: 2.2, high: 3 };

/** Fixed looks for every actor and relation, shared by both writers. */
function vizFor(dataSet: DataSet): GexfViz {
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

/**
 * Rows for the table: our dynamic and snapshot writers against graphology-gexf writing the same
 * graph statically, alternating rounds (one warm-up round first, unless `rounds` is 0).
 */
export function gexfRows(dataSet: DataSet, size: string, rounds: number): BenchRow[] {
  const { taxonomy } = dataSet;
  const viz = vizFor(dataSet);
  const graph = graphologyGraph(dataSet, viz);
  const chars = { dynamic: 0, snapshot: 0, graphology: 0 };
  const failures: Partial<Record<keyof typeof chars, string>> = {};
  // At 500,000 relations a GEXF text nears V8's longest string (2^29 - 24 characters): a writer
  // that goes past it fails, and the table says so rather than losing the whole run.
  const attempt = (name: keyof typeof chars, writeText: () => string) => () => {
    if (failures[name]) return;
    try {
      chars[name] = writeText().length;
    } catch (error) {
      failures[name] = (error as Error).message;
    }
  };
  const times = timeAlternating([null], {
    dynamic: attempt("dynamic", () => exportGexf(dataSet, taxonomy, { mode: "dynamic", viz })),
    snapshot: attempt("snapshot", () => exportGexf(dataSet, taxonomy, { mode: "snapshot", viz })),
    graphology: attempt("graphology", () => write(graph, { version: "1.3" })),
  }, rounds);
  const result = (name: keyof typeof chars) => (failures[name] ? `fails: ${failures[name]}` : `${timingText(times[name])}, ${(chars[name] / 1e6).toFixed(1)} M chars`);
  const row = (figure: string, name: "dynamic" | "snapshot"): BenchRow => ({
    where: "Node",
    size,
    figure,
    value: result(name),
    baseline: `graphology-gexf, static ${result("graphology")}`,
    ...(failures[name] || failures.graphology ? {} : { ratio: ratioText(times.graphology.median, times[name].median) }),
  });
  return [row("GEXF export: dynamic (spells, dynamic attvalues)", "dynamic"), row("GEXF export: snapshot", "snapshot")];
}
