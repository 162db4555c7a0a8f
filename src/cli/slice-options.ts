/**
 * Turns command-line slicing options (--at, --from/--to, --certain/--possible, --types,
 * --families, --kinds, --min-confidence, --ego/--depth) into a list of filters
 * (model/filters.ts), refusing unknown ids with a suggestion. A type or kind is known when the
 * taxonomy lists it or the data uses it. A time slice keeps every relation its dates allow then,
 * marking those only possible (--possible, the default); --certain keeps only those its dates say.
 */
import { DateError, parseDay, parsePartialDate, type Day } from "../model/dates";
import { closestMatch } from "../model/diagnostics";
import { findActor } from "../model/find-actor";
import type { Filter } from "../model/filters";
import { CONFIDENCE_LEVELS, type Confidence, type DataSet } from "../model/types";
import { CliError } from "./options";

export const SLICE_OPTIONS = {
  at: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  certain: { type: "boolean" },
  possible: { type: "boolean" },
  types: { type: "string" },
  families: { type: "string" },
  kinds: { type: "string" },
  "min-confidence": { type: "string" },
  ego: { type: "string" },
  depth: { type: "string" },
} as const;

type Flag = "certain" | "possible";
export type SliceOptionValues = Partial<Record<Exclude<keyof typeof SLICE_OPTIONS, Flag>, string> & Record<Flag, boolean>>;

export function sliceFiltersFrom(values: SliceOptionValues, dataSet: DataSet): Filter[] {
  const { taxonomy } = dataSet;
  const filters: Filter[] = [];
  if (values.at !== undefined) {
    if (values.from !== undefined || values.to !== undefined) throw new CliError("give either --at or --from/--to, not both");
    filters.push({ type: "asOf", day: readDay("--at", values.at) });
  } else if (values.from !== undefined || values.to !== undefined) {
    const from = values.from === undefined ? undefined : readBound("--from", values.from).first;
    const to = values.to === undefined ? undefined : readBound("--to", values.to).last;
    if (from !== undefined && to !== undefined && to < from) throw new CliError(`--to ${values.to} is before --from ${values.from}; swap them`);
    filters.push({ type: "window", ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) });
  }
  if (values.certain && values.possible) throw new CliError("give either --certain or --possible, not both");
  if (values.certain) {
    if (!filters.length)
      throw new CliError("--certain needs a date: give --at DAY or --from/--to, e.g. --certain --at 2026-03-01 (relations whose dates say they were active that day)");
    filters.push({ type: "certainty", shown: "certain" });
  }
  if (values.types !== undefined)
    filters.push({ type: "relationTypes", shown: "only", names: readIds("--types", values.types, namesOf(taxonomy.types.map((t) => t.id), dataSet.relations.map((r) => r.type))) });
  if (values.families !== undefined) filters.push({ type: "families", shown: "only", names: readIds("--families", values.families, taxonomy.families.map((f) => f.id)) });
  if (values.kinds !== undefined)
    filters.push({ type: "actorKinds", shown: "only", names: readIds("--kinds", values.kinds, namesOf(taxonomy.kinds.map((k) => k.id), dataSet.actors.map((a) => a.kind))) });
  if (values["min-confidence"] !== undefined) {
    const level = values["min-confidence"] as Confidence;
    if (!CONFIDENCE_LEVELS.includes(level)) throw new CliError(`--min-confidence "${level}" is not a level; use low, medium or high`);
    filters.push({ type: "minConfidence", level });
  }
  if (values.depth !== undefined && values.ego === undefined) throw new CliError("--depth needs --ego ACTOR");
  if (values.ego !== undefined) {
    const actor = findActor(dataSet.actors, values.ego);
    if (!actor) {
      const guess = closestMatch(values.ego, dataSet.actors.flatMap((a) => [a.id, a.label]));
      throw new CliError(`--ego "${values.ego}" is not an actor's id, name or alias${guess ? `; did you mean "${guess}"?` : ""}`);
    }
    const depth = values.depth === undefined ? 1 : Number(values.depth);
    if (!Number.isInteger(depth) || depth < 0) throw new CliError(`--depth "${values.depth}" is not a number of hops; use a whole number such as 1 or 2`);
    filters.push({ type: "ego", actor: actor.id, depth });
  }
  return filters;
}

function readDay(option: string, text: string): Day {
  try {
    return parseDay(text);
  } catch (e) {
    if (!(e instanceof DateError)) throw e;
    const partial = /^\d{4}(-\d{2})?$/.test(text) ? ` For the whole of ${text}, use --from ${text} --to ${text}.` : "";
    throw new CliError(`${option} ${JSON.stringify(text)}: ${e.problem}. ${e.fix}.${partial}`);
  }
}

function readBound(option: string, text: string) {
  try {
    return parsePartialDate(text);
  } catch (e) {
    if (!(e instanceof DateError)) throw e;
    throw new CliError(`${option} ${JSON.stringify(text)}: ${e.problem}. ${e.fix}`);
  }
}

/** The taxonomy's ids, then any name the data uses that the taxonomy lacks, each once. */
const namesOf = (listed: string[], used: string[]): string[] => [...new Set([...listed, ...used])];

function readIds(option: string, text: string, known: string[]): string[] {
  const ids = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (!ids.length) throw new CliError(`${option} is empty; give one or more ids separated by commas`);
  for (const id of ids)
    if (!known.includes(id)) {
      const guess = closestMatch(id, known);
      throw new CliError(`${option}: unknown id "${id}"${guess ? `; did you mean "${guess}"?` : ""}. Known: ${known.join(", ")}`);
    }
  return ids;
}
