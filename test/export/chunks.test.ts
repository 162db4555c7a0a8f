/**
 * The exporters' text in chunks: every chunk within the bound, however long one actor's or
 * relation's text is; no chunk ending between the halves of a surrogate pair, so chunks encoded
 * to UTF-8 one by one make the same bytes as the whole; and the chunks joined the text the
 * string-returning functions give (the JSON exactly JSON.stringify's), on a set large enough for
 * hundreds of chunks.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { syntheticDataSet } from "../../bench/synthetic";
import { CHUNK_CHARS, ChunkBuffer } from "../../src/export/chunks";
import { exportCsv, exportCsvChunks } from "../../src/export/csv";
import { exportGexf, exportGexfChunks } from "../../src/export/gexf";
import { exportGraphml, exportGraphmlChunks } from "../../src/export/graphml";
import { exportJson, exportJsonChunks, exportJsonText } from "../../src/export/json";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { readBundledData } from "../support/data";

const bundled = loadDataSet(readBundledData());
if (!bundled.ok) throw new Error("the bundled data set does not load");
const { taxonomy } = bundled.dataSet;

/** A large set whose first relation cites a quote far longer than a chunk, astral characters throughout. */
function largeSet(): DataSet {
  const data = syntheticDataSet(taxonomy, 1_000, 8_000, 5);
  const long = "Quoted at length, 🕊 and 𝒯: ".repeat(Math.ceil((3 * CHUNK_CHARS) / 26));
  const [first, ...rest] = data.relations;
  return { ...data, relations: [{ ...first, evidence: [{ ...first.evidence[0], quote: long }] }, ...rest] };
}
const large = largeSet();

const utf8 = (chunks: readonly string[]) => Buffer.concat(chunks.map((c) => Buffer.from(c, "utf8")));
const endsInHighSurrogate = (chunk: string) => /[\uD800-\uDBFF]$/.test(chunk);

function expectSound(chunks: readonly string[], whole: string): void {
  expect(chunks.length).toBeGreaterThan(10);
  expect(Math.max(...chunks.map((c) => c.length))).toBeLessThanOrEqual(CHUNK_CHARS);
  expect(chunks.filter(endsInHighSurrogate)).toEqual([]);
  expect(chunks.join("")).toBe(whole);
  expect(utf8(chunks).equals(Buffer.from(whole, "utf8"))).toBe(true);
}

describe("the chunk buffer", () => {
  test("hands back its pieces in order, each chunk at most its bound and never parting a surrogate pair", () => {
    const piece = fc.oneof(fc.string({ maxLength: 30, unit: "grapheme" }), fc.constant("🕊".repeat(9)), fc.string({ maxLength: 4 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 2, max: 17 }), (pieces, limit) => {
        const buffer = new ChunkBuffer(limit);
        const chunks: string[] = [];
        for (const p of pieces) {
          buffer.push(p);
          if (buffer.full) chunks.push(...buffer.take());
        }
        chunks.push(...buffer.finish());
        expect(chunks.join("")).toBe(pieces.join(""));
        expect(chunks.every((c) => c.length > 0 && c.length <= limit)).toBe(true);
        // A lone surrogate from the pieces themselves may end a chunk; a pair is never parted.
        chunks.slice(0, -1).forEach((c, i) => expect(endsInHighSurrogate(c) && /^[\uDC00-\uDFFF]/.test(chunks[i + 1])).toBe(false));
      }),
      { numRuns: 300 },
    );
  });

  test("refuses a bound too small to hold a surrogate pair", () => {
    expect(() => new ChunkBuffer(1)).toThrow(/at least 2/);
  });
});

describe("the exporters' chunks, on 8,000 relations", () => {
  test("GEXF, dynamic and snapshot", () => {
    for (const mode of ["dynamic", "snapshot"] as const) expectSound([...exportGexfChunks(large, taxonomy, { mode })], exportGexf(large, taxonomy, { mode }));
  });

  test("GraphML", () => {
    expectSound([...exportGraphmlChunks(large, taxonomy)], exportGraphml(large, taxonomy));
  });

  test("CSV, both files", () => {
    const whole = exportCsv(large, taxonomy);
    const chunks = exportCsvChunks(large, taxonomy);
    expectSound([...chunks.relations], whole.relations);
    expect([...chunks.actors].join("")).toBe(whole.actors);
  });

  test("JSON, which is JSON.stringify's text of the same object exactly", () => {
    const text = `${JSON.stringify(exportJson(large, taxonomy), null, 2)}\n`;
    expect(exportJsonText(large, taxonomy)).toBe(text);
    expectSound([...exportJsonChunks(large, taxonomy)], text);
  });

  test("JSON of an empty slice of time", () => {
    const empty: DataSet = { ...large, actors: [], relations: [], sources: [] };
    const slice = { ...empty, time: { from: 0, to: Infinity, possibleOnly: new Set<string>() } };
    for (const subset of [empty, slice]) expect(exportJsonText(subset, taxonomy)).toBe(`${JSON.stringify(exportJson(subset, taxonomy), null, 2)}\n`);
  });

  test("a bad relation stops the writer when it is reached, after the chunks before it", () => {
    const bad = { ...large, relations: [...large.relations, { ...large.relations[1], id: large.relations[0].id }] };
    const chunks: string[] = [];
    expect(() => {
      for (const chunk of exportGexfChunks(bad, taxonomy, { mode: "snapshot" })) chunks.push(chunk);
    }).toThrow(/two relations have the id/);
    expect(chunks.length).toBeGreaterThan(10);
  });
});
