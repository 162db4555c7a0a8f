/**
 * GEXF export speed: 100,000 synthetic relations written as dynamic GEXF (and as a snapshot) by
 * our exporter, against graphology-gexf writing the same graph statically (same nodes, edges,
 * attributes and viz), in the same run. Building the graphology graph is not timed: only
 * writing is. Returns the printed table.
 */
import { write } from "graphology-gexf";
import { MultiGraph } from "graphology";
import { exportGexf, type GexfViz } from "../src/export/gexf";
import { seededRandom } from "../src/model/random";
import type { DataSet, Taxonomy } from "../src/model/types";
import { ms, table, timePerCall } from "./measure";
import { syntheticDataSet } from "./synthetic";

const ACTORS = 10_000;
const RELATIONS = 100_000;
const ROUNDS = 5;
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

export async function runGexfBench(taxonomy: Taxonomy): Promise<string> {
  const dataSet = syntheticDataSet(taxonomy, ACTORS, RELATIONS);
  const viz = vizFor(dataSet);
  const graph = graphologyGraph(dataSet, viz);
  const sizes = { dynamic: 0, snapshot: 0, graphology: 0 };
  const candidates = {
    dynamic: () => (sizes.dynamic = exportGexf(dataSet, taxonomy, { mode: "dynamic", viz }).length),
    snapshot: () => (sizes.snapshot = exportGexf(dataSet, taxonomy, { mode: "snapshot", viz }).length),
    graphology: () => (sizes.graphology = write(graph, { version: "1.3" }).length),
  };
  // Alternate rounds, so machine noise hits every writer alike; one warm-up round first.
  const samples = { dynamic: [] as number[], snapshot: [] as number[], graphology: [] as number[] };
  for (let round = 0; round <= ROUNDS; round++)
    for (const name of ["dynamic", "snapshot", "graphology"] as const) {
      const { median } = timePerCall([null], candidates[name], 1);
      if (round > 0) samples[name].push(median);
    }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const base = median(samples.graphology);
  const mb = (chars: number) => (chars / 1e6).toFixed(1);
  const row = (label: string, name: keyof typeof samples) => [label, ms(median(samples[name])), mb(sizes[name]), `${(base / median(samples[name])).toFixed(2)}×`];
  return [
    `GEXF export: ${RELATIONS.toLocaleString("en")} relations, ${ACTORS.toLocaleString("en")} actors; median of ${ROUNDS} alternating rounds; speed = graphology-gexf time / this writer's time (above 1 is faster).\n`,
    table(
      ["writer", "ms", "M chars", "speed vs graphology-gexf"],
      [row("Faultlines, dynamic (spells, dynamic attvalues)", "dynamic"), row("Faultlines, snapshot", "snapshot"), row("graphology-gexf, static (same graph)", "graphology")],
    ),
  ].join("\n");
}
