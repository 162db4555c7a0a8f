/**
 * `npm run bench`: how fast the interval index answers "active on day D" and "active in a
 * window" against a plain scan of every relation, measured in the same run on the same days.
 */
import { cpus } from "node:os";
import { readDataDir } from "../src/cli/read-data-dir";
import { loadDataSet } from "../src/model/load";
import { RelationIndex, scanActive } from "../src/model/slice";
import { ms, table, timePerCall } from "./measure";
import { sampleDays, syntheticDataSet } from "./synthetic";

const bundled = loadDataSet(readDataDir("graph-data"));
if (!bundled.ok) throw new Error("bench: the bundled data set does not load; run `npm run cli -- validate`");
const taxonomy = bundled.dataSet.taxonomy;

const SIZES: [actors: number, relations: number][] = [
  [1_000, 10_000],
  [20_000, 200_000],
  [50_000, 500_000],
];
const days = sampleDays(200);
const windows = days.map((d) => [d, d + 90] as const);

console.log(`Faultlines benchmark: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}`);
console.log("Times are medians per query over 200 random days × 5 rounds; ratio = plain scan / index.\n");

const rows: (string | number)[][] = [];
for (const [actorCount, relationCount] of SIZES) {
  const dataSet = syntheticDataSet(taxonomy, actorCount, relationCount);
  const t0 = performance.now();
  const index = new RelationIndex(dataSet);
  const build = performance.now() - t0;
  const { relations } = dataSet;
  // Same answers, or the comparison means nothing.
  for (const day of days.slice(0, 5))
    if (index.activeOn(day).length !== scanActive(relations, day, day).length) throw new Error(`bench: index and scan disagree on day ${day}`);
  const active = days.reduce((n, d) => n + index.activeOn(d).length, 0) / days.length;
  const indexedDay = timePerCall(days, (d) => index.activeOn(d));
  const scannedDay = timePerCall(days, (d) => scanActive(relations, d, d));
  const indexedWindow = timePerCall(windows, ([a, b]) => index.activeIn(a, b));
  const scannedWindow = timePerCall(windows, ([a, b]) => scanActive(relations, a, b));
  rows.push(
    [`${relationCount.toLocaleString("en")} relations, active on day`, Math.round(active).toLocaleString("en"), ms(indexedDay.median), ms(indexedDay.p95), ms(scannedDay.median), `${(scannedDay.median / indexedDay.median).toFixed(1)}×`, ms(build)],
    [`${relationCount.toLocaleString("en")} relations, active in 90 days`, "", ms(indexedWindow.median), ms(indexedWindow.p95), ms(scannedWindow.median), `${(scannedWindow.median / indexedWindow.median).toFixed(1)}×`, ""],
  );
}
console.log(table(["query", "mean hits", "index ms", "index p95 ms", "scan ms", "ratio", "index build ms"], rows));
console.log(`\n${await (await import("./gexf")).runGexfBench(taxonomy)}`);
