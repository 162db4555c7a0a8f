/**
 * Compare mode in words, apart from the DOM so Node tests it: the two moments and the panel's
 * heading (model/moment-words.ts), a turned pair ("Pakistan and Afghan
 * Taliban: from cooperative to hostile", "possibly" when the turn rests on a possibility), a
 * relation's row, and the status line's summary. Names are the data's own labels, as text.
 */
import { turnWords, type Names } from "../../model/change-words";
import type { Comparison } from "../../model/compare";
import { momentWords } from "../../model/moment-words";
import type { Time } from "../../model/time-words";
import { changeCounts } from "../../state/compare-view";

export { compareHeading, compareSpan, momentWords } from "../../model/moment-words";
// The names and the words of turns and rows are the model's, shared with a film's captions.
export { changeRowWords, namesOf, turnWords, type Names } from "../../model/change-words";

const PRESENCE_WORDS = { certain: "certainly active", possible: "only possibly active", absent: "not shown" } as const;

/**
 * What a comparison says of one relation, for its details: "Added: not shown at 1 Sep 2021,
 * certainly active at 1 Mar 2026", and for a turn's relation the turn first.
 */
export function relationChangeWords(comparison: Comparison, relationId: string, a: Time, b: Time, names: Names): string | null {
  const change = comparison.changeOf(relationId);
  if (!change) return null;
  const moments = `${PRESENCE_WORDS[change.atA]} at ${momentWords(a)}, ${PRESENCE_WORDS[change.atB]} at ${momentWords(b)}`;
  if (change.change !== "turned") return `${change.change[0].toUpperCase()}${change.change.slice(1)}: ${moments}`;
  const turn = comparison.turns.find((t) => t.relations.some((c) => c.relation.id === relationId));
  return `Part of a turn (${turn ? turnWords(turn, names) : "its pair turned"}): ${moments}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The status line in compare mode: "12 added, 3 ended, 2 pairs turned since 1 Sep 2021". */
export function compareStatus(comparison: Comparison, a: Time): string {
  const counts = changeCounts(comparison);
  const since = "at" in a ? `since ${momentWords(a)}` : `compared with ${momentWords(a)}`;
  return `${counts.added} added, ${counts.ended} ended, ${plural(counts.pairsTurned, "pair")} turned ${since}`;
}
