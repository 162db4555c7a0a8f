/**
 * Test helpers for reading data sets from disk.
 */
import { readDataDir } from "../../src/cli/read-data-dir";
import { loadDataSet, type LoadResult, type SourceText } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { loadFixture } from "./fixtures";

export const readBundledData = (): SourceText[] => readDataDir("graph-data");

/** A data set the tests need to load, or a failure naming it. */
function loaded(result: LoadResult, what: string): DataSet {
  if (!result.ok) throw new Error(`${what} does not load`);
  return result.dataSet;
}

/** The bundled data set, loaded. */
export const bundledDataSet = (): DataSet => loaded(loadDataSet(readBundledData()), "the bundled data set");

/** The loader's valid fixture, loaded. */
export const fixtureDataSet = (): DataSet => loaded(loadFixture("valid"), "the fixture data set");
