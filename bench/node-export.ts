/**
 * The exports in Node, as the command line writes them: our writers' chunks streamed into a sink
 * that counts characters and keeps none (so the figure is the writer's, not the disk's), timed
 * on the whole data set, with the largest chunk each handed over. Their baselines run after
 * them, once the run's peak memory has been read (bench/node-size.ts): JSON.stringify of the
 * same records with the same indentation, the least any JSON writer does with them;
 * graphology-gexf writing the same graph statically (bench/gexf.ts); and, for CSV, the same
 * rows as one joined string, as the writer gave them before it streamed.
 */
import { exportCsv, exportCsvChunks } from "../src/export/csv";
import { exportGexfChunks } from "../src/export/gexf";
import { exportJsonChunks } from "../src/export/json";
import type { DataSet } from "../src/model/types";
import { graphologyGexf, vizFor } from "./gexf";
import { ratioText, timeAlternating, timingText, type Timing } from "./measure";
import type { BenchRow } from "./rows";

/** What a streamed writer handed over: characters, chunks, and the largest chunk. */
export interface Streamed {
  chars: number;
  chunks: number;
  largest: number;
}

/** A sink that counts what it is given and keeps nothing. */
function drain(chunks: Iterable<string>, into: Streamed): void {
  Object.assign(into, { chars: 0, chunks: 0, largest: 0 });
  for (const chunk of chunks) {
    into.chars += chunk.length;
    into.chunks++;
    if (chunk.length > into.largest) into.largest = chunk.length;
  }
}

const OURS = ["json", "gexfDynamic", "gexfSnapshot", "csv"] as const;
type Ours = (typeof OURS)[number];

export interface OurExports {
  readonly times: Record<Ours, Timing>;
  readonly streamed: Record<Ours, Streamed>;
}

/** Our writers streamed into a counting sink, in alternating rounds. */
export function timeOurExports(dataSet: DataSet, rounds: number): OurExports {
  const { taxonomy } = dataSet;
  const viz = vizFor(dataSet);
  const streamed = Object.fromEntries(OURS.map((n) => [n, { chars: 0, chunks: 0, largest: 0 }])) as Record<Ours, Streamed>;
  const times = timeAlternating([null], {
    json: () => drain(exportJsonChunks(dataSet, taxonomy), streamed.json),
    gexfDynamic: () => drain(exportGexfChunks(dataSet, taxonomy, { mode: "dynamic", viz }), streamed.gexfDynamic),
    gexfSnapshot: () => drain(exportGexfChunks(dataSet, taxonomy, { mode: "snapshot", viz }), streamed.gexfSnapshot),
    csv: () => {
      const files = exportCsvChunks(dataSet, taxonomy);
      const actors = { chars: 0, chunks: 0, largest: 0 };
      drain(files.relations, streamed.csv);
      drain(files.actors, actors);
      streamed.csv.chars += actors.chars;
      streamed.csv.chunks += actors.chunks;
      streamed.csv.largest = Math.max(streamed.csv.largest, actors.largest);
    },
  }, rounds);
  return { times, streamed };
}

/** The baselines, each a whole string, in alternating rounds; a writer past V8's longest string is told as failing. */
export function timeBaselineExports(dataSet: DataSet, rounds: number): { times: Record<"stringify" | "graphology" | "csvJoined", Timing>; chars: Record<string, number>; failures: Record<string, string> } {
  const { actors, relations, sources } = dataSet;
  const chars: Record<string, number> = {};
  const failures: Record<string, string> = {};
  const attempt = (name: string, text: () => string) => () => {
    if (failures[name]) return;
    try {
      chars[name] = text().length;
    } catch (error) {
      failures[name] = (error as Error).message;
    }
  };
  // Building the graphology graph is not timed: only writing it.
  const gexf = graphologyGexf(dataSet);
  const times = timeAlternating([null], {
    stringify: attempt("stringify", () => JSON.stringify({ actors, relations, sources }, null, 2)),
    graphology: attempt("graphology", gexf),
    csvJoined: attempt("csvJoined", () => {
      const files = exportCsv(dataSet, dataSet.taxonomy);
      return files.relations + files.actors;
    }),
  }, rounds);
  return { times, chars, failures };
}

const mChars = (n: number) => `${(n / 1e6).toFixed(1)} M chars`;

export function exportRows(size: string, ours: OurExports, baselines: ReturnType<typeof timeBaselineExports>): BenchRow[] {
  const { times, chars, failures } = baselines;
  const value = (name: Ours) => `${timingText(ours.times[name])} streamed, ${mChars(ours.streamed[name].chars)} in ${ours.streamed[name].chunks.toLocaleString("en")} chunks, largest ${ours.streamed[name].largest.toLocaleString("en")} chars`;
  const baseline = (label: string, name: keyof typeof times) => `${label} ${failures[name] ? `fails: ${failures[name]}` : `${timingText(times[name])}, ${mChars(chars[name])}`}`;
  const row = (figure: string, name: Ours, label: string, against: keyof typeof times): BenchRow => ({
    where: "Node",
    size,
    figure,
    value: value(name),
    baseline: baseline(label, against),
    ...(failures[against] ? {} : { ratio: ratioText(times[against].median, ours.times[name].median) }),
  });
  return [
    row("JSON export (whole data set)", "json", "JSON.stringify, one string,", "stringify"),
    row("GEXF export: dynamic (spells, dynamic attvalues)", "gexfDynamic", "graphology-gexf, static, one string,", "graphology"),
    row("GEXF export: snapshot", "gexfSnapshot", "graphology-gexf, static, one string,", "graphology"),
    row("CSV export: relations and actors", "csv", "the same CSV joined into one string", "csvJoined"),
  ];
}
