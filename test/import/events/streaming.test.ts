/**
 * A 100,000-row ACLED export (some 60 MB) streams through the import in chunks, as the worker
 * feeds it: every row read, the events assembled, and the heap never holding the file's text
 * twice over. Past MAX_EVENT_ROWS the file is refused, saying why, and the rest is not read.
 * The time and peak heap are printed for the record; only the heap has a (generous) bound.
 */
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, test } from "vitest";
import { EventFile, MAX_EVENT_ROWS } from "../../../src/import/events/event-file";
import { REQUIRED_COLUMNS } from "../../../src/import/events/event-format";
import { EventImport } from "../../../src/import/events/event-import";
import { rowNotes } from "../../../src/import/kit/report";
import { taxonomy } from "../csv/csv-checks";
import { acledChunks } from "./acled-generator";

const ROWS = 100_000;

/** Live memory, not garbage waiting for a collection: a full collection first. */
v8.setFlagsFromString("--expose-gc");
const collect = vm.runInNewContext("gc") as () => void;
const liveHeap = (): number => {
  collect();
  return process.memoryUsage().heapUsed;
};

describe("streaming a large export", () => {
  test("100,000 ACLED rows in chunks: all read, assembled, with progress, in bounded memory", () => {
    const before = liveHeap();
    let peak = before;
    let chars = 0;
    const progress: number[] = [];
    const started = performance.now();
    const events = new EventImport("acled-100k.csv", taxonomy, { onRows: (done) => progress.push(done) });
    let chunks = 0;
    for (const chunk of acledChunks(ROWS)) {
      chars += chunk.length;
      events.push(chunk);
      if (++chunks % 10 === 0) peak = Math.max(peak, liveHeap());
    }
    const result = events.finish();
    const after = liveHeap();
    peak = Math.max(peak, after);
    const seconds = (performance.now() - started) / 1000;
    console.log(`${ROWS} ACLED rows, ${(chars / 1e6).toFixed(1)} MB: ${seconds.toFixed(1)} s (with a full collection every 10 chunks), live heap ${(before / 1e6).toFixed(0)} MB before, ${(peak / 1e6).toFixed(0)} MB at the most, ${(after / 1e6).toFixed(0)} MB with the result`);

    expect(chars).toBeGreaterThan(55_000_000);
    expect(result.ok).toBe(true);
    expect(result.format).toBe("acled");
    expect(result.report.counts).toMatchObject({ rows: ROWS, skipped: 0 });
    if (result.ok) expect(result.dataSet.relations.reduce((n, r) => n + r.evidence.length, 0)).toBe(ROWS);
    expect(progress.length).toBeGreaterThanOrEqual(ROWS / 5_000);
    expect(progress.at(-1)).toBe(ROWS);
    // The text as UTF-16 would be twice its length in bytes; streaming keeps under that.
    expect(peak - before).toBeLessThan(2 * chars);
  }, 120_000);

  test(`past ${MAX_EVENT_ROWS.toLocaleString("en")} rows the file is refused, saying why, and the rest is not read`, () => {
    const notes = rowNotes("acled-huge.csv");
    let records = 0;
    const file = new EventFile("acled-huge.csv", notes, () => records++);
    // Short rows of ACLED's required columns only: the cap counts rows, whatever their length.
    const row = (i: number) => `PAK${i},2025-03-04,1,Battles,Armed clash,Military Forces of Pakistan (2024-),1,TTP: Tehrik-i-Taliban Pakistan,2\n`;
    file.push(`${REQUIRED_COLUMNS.acled.join(",")}\n`);
    for (let at = 0; at < MAX_EVENT_ROWS + 5_000; at += 5_000) file.push(Array.from({ length: 5_000 }, (_, i) => row(at + i)).join(""));
    file.end();
    expect(file.refused).toBe(true);
    expect(records).toBe(MAX_EVENT_ROWS);
    const [refusal] = notes.finish().filter((d) => d.severity === "error");
    expect(refusal).toMatchObject({ line: MAX_EVENT_ROWS + 2, path: "(file)" });
    expect(refusal.message).toMatch(/^the file has more than 250,000 ACLED events, more than one import takes: each event is kept as evidence in the tab's memory/);
    expect(refusal.fix).toMatch(/Export fewer events from ACLED/);
    expect(file.rows).toBe(MAX_EVENT_ROWS + 1);
  }, 120_000);
});
