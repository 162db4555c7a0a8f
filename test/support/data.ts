/**
 * Test helpers for reading data sets from disk.
 */
import { readDataDir } from "../../src/cli/read-data-dir";
import type { SourceText } from "../../src/model/load";

export const readBundledData = (): SourceText[] => readDataDir("graph-data");
