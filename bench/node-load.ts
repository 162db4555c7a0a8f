/**
 * Load and validate in Node: the synthetic data set written as the four data files and read
 * back by `loadDataSet` (JSON.parse with a check for duplicate keys, JSON Schema, cross-checks,
 * EDTF dates; source positions found only for a diagnostic), against JSON.parse of the same
 * texts: the gap is what reading safely and validating cost.
 */
import { loadDataSet, type SourceText } from "../src/model/load";
import type { DataSet } from "../src/model/types";
import { ratioText, timeAlternating, timingText } from "./measure";
import type { BenchRow } from "./rows";

export function loadRows(files: readonly SourceText[], size: string, rounds: number): { rows: BenchRow[]; dataSet: DataSet } {
  let loaded: DataSet | undefined;
  const times = timeAlternating([files], {
    load: (texts) => {
      const result = loadDataSet(texts);
      if (!result.ok) throw new Error(`bench: the synthetic data set does not load: ${result.diagnostics.find((d) => d.severity === "error")?.message}`);
      loaded = result.dataSet;
    },
    parse: (texts) => texts.map((t) => JSON.parse(t.text)),
  }, rounds);
  const megabytes = files.reduce((n, f) => n + f.text.length, 0) / 1e6;
  return {
    dataSet: loaded!,
    rows: [
      {
        where: "Node",
        size,
        figure: `load and validate (${megabytes.toFixed(1)} MB of JSON)`,
        value: timingText(times.load),
        baseline: `JSON.parse ${timingText(times.parse)}`,
        ratio: ratioText(times.parse.median, times.load.median),
      },
    ],
  };
}
