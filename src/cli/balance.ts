/**
 * `faultlines balance --from A --to B [--step year|quarter|month] [--format csv|json] [filters]`:
 * allies and enemies through time (model/balance-series.ts), one row per step, as of the step's
 * last day: the structural balance of the signed pairs (the share of balanced triads, empty when
 * there is none), the triads balanced, unbalanced and mixed (with a pair both hostile and
 * cooperative, counted apart), the pairs left out because their relations are only possibly
 * active then, and the camps, matched from one step to the next so camp 1 stays camp 1. The
 * steps stop at the latest dated evidence (model/horizon.ts), as the explorer's timeline does:
 * past it, a relation said to hold "since 2023" would be counted as holding on dates no source
 * speaks of.
 */
import { writeFileSync } from "node:fs";
import { balanceSeries, seriesDays, type BalanceStep, type SeriesStep } from "../model/balance-series";
import { dayToIso } from "../model/dates";
import { evidenceHorizon, horizonWords } from "../model/horizon";
import { RelationIndex } from "../model/relation-index";
import { loadData } from "./load-data";
import { csvLine } from "../export/csv";
import { readSpan } from "./moments";
import { CliError, parseOptions, type Io } from "./options";
import { SLICE_OPTIONS, sliceFiltersFrom } from "./slice-options";

const STEPS: readonly SeriesStep[] = ["year", "quarter", "month"];
const FORMATS = ["csv", "json"];
const EXAMPLE = "--from 2001 --to 2026";

export function balanceCommand(args: string[], io: Io): number {
  const { values, positionals } = parseOptions(args, { ...SLICE_OPTIONS, step: { type: "string" }, format: { type: "string" }, data: { type: "string", multiple: true }, out: { type: "string" } });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"; give the data directory or file with --data PATH`);
  if (values.at !== undefined) throw new CliError(`balance runs through time: give --from A --to B (each a day, a month or a year), e.g. ${EXAMPLE}, not --at`);
  if (values.certain || values.possible)
    throw new CliError(`--${values.certain ? "certain" : "possible"} does not apply: balance and camps count only the relations certainly active on each date, and say how many pairs were left out as only possible`);
  const step = (values.step ?? "year") as SeriesStep;
  if (!STEPS.includes(step)) throw new CliError(`--step "${values.step}" is not a step; use one of: ${STEPS.join(", ")}`);
  const format = values.format ?? "csv";
  if (!FORMATS.includes(format)) throw new CliError(`--format "${format}" is not supported; use one of: ${FORMATS.join(", ")}`);
  const { from, to } = readSpan(values, EXAMPLE);

  const { dataSet } = loadData(values.data);
  const index = new RelationIndex(dataSet);
  const { from: _from, to: _to, ...rest } = values;
  const horizon = evidenceHorizon(dataSet);
  let last = to.last;
  if (horizon && horizon.last < last) {
    if (horizon.last < from.first) throw new CliError(`${horizonWords(horizon)}, before --from ${from.date.edtf}: no step would rest on evidence; start earlier`);
    last = horizon.last;
    io.err(`balance: ${horizonWords(horizon)}, so the last step is ${dayToIso(last)}, not ${dayToIso(to.last)}\n`);
  }
  const steps = balanceSeries(index, sliceFiltersFrom(rest, dataSet), seriesDays(from.first, last, step));
  const rows = steps.map((s) => stepRow(s, index.actorIds));
  const text =
    format === "json"
      ? `${JSON.stringify({ from: from.date.edtf, to: to.date.edtf, step, steps: rows }, null, 2)}\n`
      : [csvLine(CSV_COLUMNS), ...rows.map(csvRow)].join("\n") + "\n";
  if (values.out) {
    writeFileSync(values.out, text);
    io.err(`wrote ${rows.length} step${rows.length === 1 ? "" : "s"} to ${values.out}\n`);
  } else io.out(text);
  return 0;
}

interface StepRow {
  readonly date: string;
  readonly balance: number | null;
  readonly triads: number;
  readonly balanced: number;
  readonly unbalanced: number;
  readonly mixed: number;
  readonly pairs: { readonly positive: number; readonly negative: number; readonly mixed: number };
  readonly possiblePairsLeftOut: number;
  readonly campCount: number;
  readonly frustration: number;
  /** Numbered from 1, each with its actors' ids in data order. */
  readonly camps: readonly { readonly camp: number; readonly actors: readonly string[] }[];
}

function stepRow({ day, pairs, balance, camps }: BalanceStep, actorIds: readonly string[]): StepRow {
  const members = new Map<number, string[]>(camps.labels.map((label) => [label, []]));
  camps.campOf.forEach((label, actor) => label >= 0 && members.get(label)!.push(actorIds[actor]));
  return {
    date: dayToIso(day),
    balance: balance.ratio,
    triads: balance.triads,
    balanced: balance.balanced,
    unbalanced: balance.unbalanced,
    mixed: balance.mixed,
    pairs: { positive: pairs.positive, negative: pairs.negative, mixed: pairs.mixed },
    possiblePairsLeftOut: pairs.possibleOnly,
    campCount: camps.labels.length,
    frustration: camps.frustration,
    camps: camps.labels.map((label) => ({ camp: label + 1, actors: members.get(label)! })),
  };
}

const CSV_COLUMNS = ["date", "balance", "triads", "balanced_triads", "unbalanced_triads", "mixed_triads", "positive_pairs", "negative_pairs", "mixed_pairs", "possible_pairs_left_out", "camp_count", "frustration", "camps"];

const csvRow = (r: StepRow) =>
  csvLine([
    r.date,
    r.balance === null ? "" : r.balance.toFixed(4),
    ...[r.triads, r.balanced, r.unbalanced, r.mixed, r.pairs.positive, r.pairs.negative, r.pairs.mixed, r.possiblePairsLeftOut, r.campCount, r.frustration].map(String),
    r.camps.map((c) => `${c.camp}: ${c.actors.join(" ")}`).join(" | "),
  ]);
