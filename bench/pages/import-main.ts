/**
 * The import benchmark's baseline: files chosen here are read and parsed by `importFiles`, the
 * importer the worker runs, but on the page's own thread, as an app without a worker would.
 * Then the full layout an import used to wait for (ForceAtlas2, 600 iterations from a seeded
 * disc, layout.ts) runs for up to LAYOUT_WATCH_MS after its set-up, to tell its pace. Records both in
 * `window.__importMain`.
 */
import { bundledData } from "../../src/app/session/bundled";
import { forceAtlas2Settings, ITERATIONS, seedPositions, steps } from "../../src/look/layout";
import { buildGraph } from "../../src/model/graph";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { importFiles } from "../../src/import/import-files";

declare global {
  interface Window {
    __importMain?: {
      readonly read: number;
      readonly parse: number;
      readonly ok: boolean;
      readonly relations: number;
      /** The full layout: its graph and matrices made in `setup` ms, then `iterations` of `total` run in `ms`. */
      readonly layout: Pace;
    };
  }
}

/** Long enough to tell the pace of the full layout of 20,000 actors. */
const LAYOUT_WATCH_MS = 10_000;

interface Pace {
  readonly setup: number;
  readonly iterations: number;
  readonly ms: number;
  readonly total: number;
}

const bundled = loadDataSet(bundledData);
if (!bundled.ok) throw new Error("import baseline: the bundled data set does not load, so there is no taxonomy");
const taxonomy = bundled.dataSet.taxonomy;
const input = document.querySelector<HTMLInputElement>("#files")!;
input.addEventListener("change", async () => {
  const start = performance.now();
  const texts = await Promise.all([...(input.files ?? [])].map(async (f) => ({ name: f.name, text: await f.text() })));
  const read = performance.now();
  const result = importFiles(texts, taxonomy);
  const parse = performance.now() - read;
  const layout = result.ok ? fullLayoutPace(result.dataSet) : { setup: 0, iterations: 0, ms: 0, total: ITERATIONS };
  window.__importMain = { read: read - start, parse, ok: result.ok, relations: result.ok ? result.dataSet.relations.length : 0, layout };
});
document.body.dataset.ready = "true";

/** The full layout as computeLayout runs it, iteration by iteration, until done or LAYOUT_WATCH_MS have passed. */
function fullLayoutPace(dataSet: DataSet): Pace {
  const start = performance.now();
  const graph = buildGraph(dataSet);
  seedPositions(graph);
  const settings = { ...steps.defaults, ...forceAtlas2Settings(graph) };
  const matrices = steps.helpers.graphToByteArrays(graph, () => 1);
  const from = performance.now();
  let iterations = 0;
  // At least one iteration, however long the set-up took: the pace is read from them alone.
  while (iterations < ITERATIONS && (iterations === 0 || performance.now() - from < LAYOUT_WATCH_MS)) {
    steps.iterate(settings, matrices.nodes, matrices.edges);
    iterations++;
  }
  return { setup: from - start, iterations, ms: performance.now() - from, total: ITERATIONS };
}
