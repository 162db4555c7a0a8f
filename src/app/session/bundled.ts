/**
 * The bundled data set (graph-data/), read as text at build time so the browser runs it
 * through the same loader and checks as the command line, and shown with the layout stored
 * beside it.
 */
import { loadDataSet, type LoadResult, type SourceText } from "../../model/load";
import type { ActorPositions } from "../../look/layout-data-set";
import storedLayout from "../../../graph-data/layout.json";
import { BUNDLED, BUNDLED_ID } from "./data-source";
import { prepare, type ShownDataSet } from "./shown-data-set";

const files = import.meta.glob("/graph-data/*.{yaml,yml,json}", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export const bundledData: SourceText[] = Object.entries(files).map(([path, text]) => ({ name: path.replace(/^\//, ""), text }));

/** What the list and the header call the bundled data set. */
export const BUNDLED_NAME = "Afghanistan–Pakistan (bundled)";

export interface Bundled {
  /** The loader's result, with its diagnostics when the data set fails its checks. */
  readonly loaded: LoadResult;
  /** The data set ready to show; undefined when it failed its checks or could not be shown. */
  readonly shown: ShownDataSet | undefined;
}

export function loadBundled(): Bundled {
  const loaded = loadDataSet(bundledData);
  if (!loaded.ok) return { loaded, shown: undefined };
  const made = prepare(BUNDLED_NAME, loaded.dataSet, storedLayout.positions as unknown as ActorPositions);
  return { loaded, shown: made.ok ? { source: BUNDLED, id: BUNDLED_ID, name: BUNDLED_NAME, ...made.prepared } : undefined };
}
