/**
 * JSON export in Node: the whole data set written by the export (periods kept at their written
 * precision, families added), against JSON.stringify of the same records with the same
 * indentation, which is the least any JSON writer does with them.
 */
import { exportJsonText } from "../src/export/json";
import type { DataSet } from "../src/model/types";
import { ratioText, timeAlternating, timingText } from "./measure";
import type { BenchRow } from "./rows";

export function jsonRows(dataSet: DataSet, size: string, rounds: number): BenchRow[] {
  const chars = { export: 0, stringify: 0 };
  const { actors, relations, sources } = dataSet;
  const times = timeAlternating([null], {
    export: () => (chars.export = exportJsonText(dataSet, dataSet.taxonomy).length),
    stringify: () => (chars.stringify = JSON.stringify({ actors, relations, sources }, null, 2).length),
  }, rounds);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} M chars`;
  return [
    {
      where: "Node",
      size,
      figure: "JSON export (whole data set)",
      value: `${timingText(times.export)}, ${mb(chars.export)}`,
      baseline: `JSON.stringify ${timingText(times.stringify)}, ${mb(chars.stringify)}`,
      ratio: ratioText(times.stringify.median, times.export.median),
    },
  ];
}
