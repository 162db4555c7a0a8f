/**
 * The data set every benchmark page shows: the synthetic generator's data for the size the
 * page's hash names (`#actors=20000&relations=200000`), on the bundled taxonomy, with seeded
 * random positions (laying out 20,000 actors is not what these pages measure).
 */
import { bundledData } from "../../src/app/session/bundled";
import { loadDataSet } from "../../src/model/load";
import { seededRandom } from "../../src/model/random";
import type { DataSet } from "../../src/model/types";
import { syntheticDataSet } from "../synthetic";

export interface BenchData {
  readonly dataSet: DataSet;
  readonly positions: Record<string, readonly [number, number]>;
  /** Generating the data in the page, ms: not part of what the app does. */
  readonly generation: number;
}

export function benchSize(): { actors: number; relations: number } {
  const hash = new URLSearchParams(location.hash.slice(1));
  return { actors: Number(hash.get("actors") ?? 1000), relations: Number(hash.get("relations") ?? 10000) };
}

export function benchData(): BenchData {
  const start = performance.now();
  const bundled = loadDataSet(bundledData);
  if (!bundled.ok) throw new Error("bench page: the bundled data set does not load, so there is no taxonomy");
  const { actors, relations } = benchSize();
  const dataSet = syntheticDataSet(bundled.dataSet.taxonomy, actors, relations, 1);
  const random = seededRandom(7);
  // Own keys only, as imported positions are read.
  const positions: Record<string, readonly [number, number]> = Object.create(null);
  for (const a of dataSet.actors) positions[a.id] = [random() * 1000, random() * 1000];
  return { dataSet, positions, generation: performance.now() - start };
}
