/**
 * Moments on the command line, for the commands that compare or step through time (diff,
 * balance): a day "2021-09-01" is that day; a month "2021-09", a year "2021" or a decade "201X"
 * is a window over all its days, never a day picked inside it. Mistakes are refused with the
 * option, the value and the fix.
 */
import { DateError, formatDate, parsePartialDate, type Day, type PartialDate } from "../model/dates";
import type { Filter } from "../model/filters";
import { CliError } from "./options";

export interface Moment {
  /** The date as given, at its precision. */
  readonly date: PartialDate;
  /** The first and last day it covers (the same day for a day). */
  readonly first: Day;
  readonly last: Day;
  /** In words at its precision: "1 Sep 2021", "Sep 2021", "2021", "2010s". */
  readonly words: string;
  /** The time filter that slices the data at it: a day as of it, anything longer as a window. */
  readonly filter: Filter;
}

export function readMoment(option: string, text: string): Moment {
  let date: PartialDate;
  try {
    date = parsePartialDate(text);
  } catch (e) {
    if (!(e instanceof DateError)) throw e;
    throw new CliError(`${option} ${JSON.stringify(text)}: ${e.problem}. ${e.fix}.`);
  }
  if (date.qualifier)
    throw new CliError(`${option} ${JSON.stringify(text)}: an approximate or uncertain date is not a moment to slice at. Give it without ~ or ?, e.g. ${option} ${text.replace(/[~?%]$/, "")}`);
  const filter: Filter = date.precision === "day" ? { type: "asOf", day: date.first } : { type: "window", from: date.first, to: date.last };
  return { date, first: date.first, last: date.last, words: formatDate(date), filter };
}

/** Both ends of a span of time, each required, the second not before the first. */
export function readSpan(values: { from?: string; to?: string }, example: string): { from: Moment; to: Moment } {
  for (const option of ["from", "to"] as const)
    if (values[option] === undefined) throw new CliError(`--${option} is missing; give both ends, e.g. ${example}`);
  const from = readMoment("--from", values.from!);
  const to = readMoment("--to", values.to!);
  if (to.first < from.first)
    throw new CliError(`--to ${values.to} ${to.last < from.first ? "is" : "begins"} before --from ${values.from}; the second moment cannot come first: swap them, e.g. --from ${values.to} --to ${values.from}`);
  return { from, to };
}
