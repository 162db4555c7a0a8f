/**
 * A data set written back as the project's own four data files (JSON, which the loader reads with
 * JSON.parse), so the load benchmark times exactly what `faultlines validate` and the explorer do
 * with files a person gives them. The records are the data-directory writer's.
 */
import { dataRecords } from "../src/export/data-dir";
import type { SourceText } from "../src/model/load";
import type { DataSet } from "../src/model/types";

export function dataFilesOf(dataSet: DataSet): SourceText[] {
  const records = dataRecords(dataSet);
  return (["taxonomy", "sources", "actors", "relations"] as const).map((role) => ({ name: `${role}.json`, text: JSON.stringify(records[role]) }));
}
