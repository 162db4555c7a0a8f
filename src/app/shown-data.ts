/**
 * The data set on screen, as the root element holds it: where it came from, the id the data
 * set list knows it by, its name, and what the explorer derived from it.
 */
import { BUNDLED_ID, type DataSource } from "./data-source";
import type { ExplorerData } from "./explorer-data";

/** What the list and the header call the bundled data set. */
export const BUNDLED_NAME = "Afghanistan–Pakistan (bundled)";

export interface Shown {
  readonly source: DataSource;
  /** The id the data set list knows it by. */
  readonly id: string;
  readonly name: string;
  readonly data: ExplorerData;
}

export const idOf = (source: DataSource): string => (source.kind === "bundled" ? BUNDLED_ID : source.kind === "stored" ? source.id : `linked:${source.url}`);
