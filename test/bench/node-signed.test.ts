/**
 * The benchmark's diff and balance rows on small synthetic data: their own checks (the diff
 * lists what the scan finds; the full triple loop counts what structuralBalance counts) pass,
 * and each row says which baseline it was measured against, measured in full or estimated.
 */
import { describe, expect, test } from "vitest";
import { balanceRows } from "../../bench/node-balance";
import { diffRows } from "../../bench/node-diff";
import { sampleDays, syntheticDataSet } from "../../bench/synthetic";
import { RelationIndex } from "../../src/model/relation-index";
import { loadFixture } from "../support/fixtures";

const taxonomy = () => {
  const loaded = loadFixture("valid");
  if (!loaded.ok) throw new Error("the valid fixture does not load");
  return loaded.dataSet.taxonomy;
};

describe("benchmark rows for the signed network", () => {
  test("a diff of two dates, checked against the scan, with the scan as its baseline", () => {
    const index = new RelationIndex(syntheticDataSet(taxonomy(), 80, 600));
    const rows = diffRows(index, "80 / 600", sampleDays(6), 1);
    expect(rows.map((r) => r.figure)).toEqual(["diff of two dates: both slices + compareSlices", "diff of two dates: compareSlices of two slices made"]);
    for (const row of rows) expect(row.baseline).toMatch(/^scan of every relation at both dates /);
  });

  test("balance on a date against the full triple loop where it is small, and the series of 360 months", () => {
    const index = new RelationIndex(syntheticDataSet(taxonomy(), 30, 3_000));
    const { rows, notes } = balanceRows(index, { size: "30 / 3,000", days: sampleDays(4), rounds: 1, targetSize: true, seriesRuns: 1 });
    expect(rows[0].baseline).toMatch(/^triple loop over all 4,060 triples, measured /);
    expect(rows[2].figure).toBe("balance series: 360 monthly steps (slice, balance, camps warm-started)");
    expect(rows[2].target).toMatch(/^< 1 min: /);
    expect(rows[3].value).toMatch(/ steps\/s$/);
    expect(notes[0]).toMatch(/signed pairs; on Dec 2025 [\d,]+ triads/);
  });

  test("past 2 × 10^8 triples the triple loop is estimated from samples, and says so", () => {
    const index = new RelationIndex(syntheticDataSet(taxonomy(), 1_100, 3_000));
    const { rows } = balanceRows(index, { size: "1,100 / 3,000", days: sampleDays(2), rounds: 1, targetSize: false, seriesRuns: 1 });
    expect(rows[0].baseline).toMatch(/^triple loop over 2\.21e\+8 triples, estimated \([\d.]+ ns a triple, [\d.]+e\+\d sampled\) /);
    expect(rows[2].target).toBeUndefined();
  });
});
