/**
 * One size of the Node benchmark, run in its own process so sizes don't share a heap and its
 * peak memory is its own: `tsx bench/node-size.ts ACTORS RELATIONS ROUNDS` (ROUNDS for the
 * queries; the heavier figures take fewer at the larger sizes). Progress goes to
 * stderr; the last line of stdout is `ROWS <json>` (rows and notes), which bench/run.ts reads.
 *
 * Peak RSS is a high-water mark, so the export baselines, which build whole strings of hundreds
 * of millions of characters, run last: the run's peak is read before them, and once more after.
 */
import { readDataDir } from "../src/cli/read-data-dir";
import { loadDataSet } from "../src/model/load";
import { balanceRows } from "./node-balance";
import { ratioText, sizeText } from "./measure";
import { dataFilesOf } from "./node-data-files";
import { diffRows } from "./node-diff";
import { exportRows, timeBaselineExports, timeOurExports } from "./node-export";
import { loadRows } from "./node-load";
import { queryRows } from "./node-queries";
import { toggleRows } from "./node-toggle";
import type { BenchRow } from "./rows";
import { sampleDays, syntheticDataSet } from "./synthetic";

/** The size the project's targets are set for. */
const TARGET = { actors: 20_000, relations: 200_000 };

const [actors, relations, rounds] = process.argv.slice(2).map(Number);
if (!(actors > 0 && relations > 0 && rounds >= 0)) throw new Error("usage: tsx bench/node-size.ts ACTORS RELATIONS ROUNDS");
const size = sizeText(actors, relations);
const before = process.memoryUsage().rss;
const step = (what: string) => process.stderr.write(`  ${size}: ${what}\n`);

const bundled = loadDataSet(readDataDir("graph-data"));
if (!bundled.ok) throw new Error("bench: the bundled data set does not load; run `npm run cli -- validate`");
const files = dataFilesOf(syntheticDataSet(bundled.dataSet.taxonomy, actors, relations));
// Past 100,000 relations loading and exporting take seconds to tens of seconds a run: one cold
// run each there (no warm-up, which matters little at that length), and fewer days and rounds.
const heavy = relations > 100_000;
step("load and validate");
const loaded = loadRows(files, size, heavy ? 0 : rounds);
const peakLoading = process.resourceUsage().maxRSS * 1024;
const dataSet = loaded.dataSet;

step("active on day / in 90 days");
const days = sampleDays(relations > 300_000 ? 100 : 200);
const queries = queryRows(dataSet, { size, days, rounds, targetSize: actors === TARGET.actors && relations === TARGET.relations });
step("type toggle");
const toggle = toggleRows(queries.index, size, days.slice(0, heavy ? 3 : 20), heavy ? 1 : rounds);
step("diff of two dates");
const diff = diffRows(queries.index, size, days.slice(0, heavy ? 10 : 20), heavy ? 1 : rounds);
step("balance on a date, and a series of 360 months");
const balance = balanceRows(queries.index, { size, days: days.slice(0, heavy ? 10 : 20), rounds: heavy ? 1 : rounds, targetSize: actors === TARGET.actors && relations === TARGET.relations, seriesRuns: heavy ? 1 : 3 });
step("JSON, GEXF and CSV export, streamed");
const ours = timeOurExports(dataSet, heavy ? 0 : rounds);
const peak = process.resourceUsage().maxRSS * 1024;
step("the export baselines: JSON.stringify, graphology-gexf, CSV as one string");
const exports = exportRows(size, ours, timeBaselineExports(dataSet, heavy ? 0 : rounds));
const peakWithBaselines = process.resourceUsage().maxRSS * 1024;

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const memory = (figure: string, bytes: number, target?: string): BenchRow => ({ where: "Node", size, figure, value: mb(bytes), baseline: `RSS before the data set ${mb(before)}`, ratio: ratioText(before, bytes), ...(target ? { target } : {}) });
/** The last run before the exports streamed, at 500,000 relations: its whole run's peak, the baselines' strings included. */
const PEAK_BEFORE_STREAMING = { relations: 500_000, mb: 7_544 };
const peakTarget =
  relations === PEAK_BEFORE_STREAMING.relations ? `≤ half of ${PEAK_BEFORE_STREAMING.mb.toLocaleString("en")} MB (last run before streaming): ${peak / 2 ** 20 <= PEAK_BEFORE_STREAMING.mb / 2 ? "met" : "missed"}` : undefined;
const rows: BenchRow[] = [
  ...loaded.rows,
  ...queries.rows,
  ...toggle,
  ...diff,
  ...balance.rows,
  ...exports,
  memory("peak RSS: files read, loaded and validated", peakLoading),
  memory("peak RSS: whole run (indexes, masks, queries, streamed exports), read before the export baselines", peak, peakTarget),
  memory("peak RSS: whole run with the export baselines after it (JSON.stringify, graphology-gexf, CSV as one string)", peakWithBaselines),
];
process.stdout.write(`ROWS ${JSON.stringify({ rows, notes: [...queries.notes, ...balance.notes] })}\n`);
