/**
 * The part of an event import's report the user can change, as data: each category's relation
 * type (the taxonomy's types by family, or "Leave out"), the merging gap in days, the answers
 * sent to import again; and the actors matched to the data set the file was added to, counted by
 * how. Pure, so it is tested in Node.
 */
import { DEFAULT_GAP_DAYS, LEAVE_OUT, type ActorMatch, type EventTypeMapping, type MappingRow } from "../../import/events/types";

export { DEFAULT_GAP_DAYS, LEAVE_OUT };

/** The gap a person may set: from events on the same day only to ten years. */
export const GAP_RANGE = { min: 0, max: 3650 } as const;

/** What each category's select shows first: the type its events became (or Leave out). */
export const initialEventChoices = (rows: readonly MappingRow[]): Map<string, string> => new Map(rows.map((r) => [r.category, r.type]));

/**
 * The answers to import again with: those given before, and every category whose select now
 * differs from what the import chose by default. A category left at its default stays
 * unanswered, so a better default later still applies to it.
 */
export function eventAnswersOf(previous: EventTypeMapping, rows: readonly MappingRow[], choices: ReadonlyMap<string, string>): EventTypeMapping {
  const answers: Record<string, string> = Object.create(null);
  for (const [category, type] of Object.entries(previous)) answers[category] = type;
  for (const row of rows) {
    const choice = choices.get(row.category);
    if (choice !== undefined && (choice !== row.type || row.byUser)) answers[row.category] = choice;
  }
  return { ...answers };
}

/** The gap typed, as a whole number of days, or the reason it cannot be used. */
export function readGap(text: string): { readonly days: number } | { readonly problem: string } {
  const value = text.trim();
  const days = Number(value);
  if (value === "" || !Number.isInteger(days) || days < GAP_RANGE.min || days > GAP_RANGE.max)
    return { problem: `The gap must be a whole number of days from ${GAP_RANGE.min} to ${GAP_RANGE.max}, not "${value}".` };
  return { days };
}

/** The merging rule in one line, with the gap the user set. */
export const gapRule = (days: number): string => `Events of one kind between one pair at most ${days} ${days === 1 ? "day" : "days"} apart become one period.`;

/** How a pair's direction reads in the table. */
export const directionWords = (directed: boolean): string => (directed ? "A → B" : "A — B");

const HOW: Readonly<Record<ActorMatch["how"], string>> = {
  label: "matched by name",
  alias: "matched by alias",
  id: "matched by id",
  rule: "matched by a naming rule",
  created: "created",
};

/** One line of the actor matches: the file's name, what it became, how, and for how many events. */
export interface MatchLine {
  readonly name: string;
  readonly actor: string;
  readonly how: string;
  readonly events: number;
}

/** The matches, counted: "12 matched (8 by name, 3 by alias, 1 by a naming rule), 4 created", and the lines, matched first. */
export function actorMatchSummary(matches: readonly ActorMatch[]): { readonly headline: string; readonly lines: readonly MatchLine[] } {
  const count = (how: ActorMatch["how"]) => matches.filter((m) => m.how === how).length;
  const matched = matches.length - count("created");
  const parts = (["label", "alias", "id", "rule"] as const).filter((h) => count(h) > 0).map((h) => `${count(h)} ${HOW[h].replace("matched ", "")}`);
  const headline = `${matched} matched${parts.length ? ` (${parts.join(", ")})` : ""}, ${count("created")} created`;
  const order = (m: ActorMatch) => (m.how === "created" ? 1 : 0);
  const lines = [...matches]
    .sort((a, b) => order(a) - order(b) || b.events - a.events || a.name.localeCompare(b.name))
    .map((m) => ({ name: m.name, actor: m.label ?? m.actor, how: m.how === "rule" && m.rule ? `${HOW.rule}: ${m.rule}` : HOW[m.how], events: m.events }));
  return { headline, lines };
}
