/**
 * The import benchmark's baseline: files chosen here are read and parsed by `importFiles`, the
 * importer the worker runs, but on the page's own thread, as an app without a worker would.
 * Records the time from the choice to the result in `window.__importMain`.
 */
import { bundledData } from "../../src/app/session/bundled";
import { loadDataSet } from "../../src/model/load";
import { importFiles } from "../../src/import/import-files";

declare global {
  interface Window {
    __importMain?: { readonly read: number; readonly parse: number; readonly ok: boolean; readonly relations: number };
  }
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
  window.__importMain = { read: read - start, parse, ok: result.ok, relations: result.ok ? result.dataSet.relations.length : 0 };
});
document.body.dataset.ready = "true";
