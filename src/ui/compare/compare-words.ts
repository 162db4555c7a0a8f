/**
 * Compare mode in words, apart from the DOM so Node tests it: the two moments and the panel's
 * heading (model/moment-words.ts), a turned pair ("Pakistan and Afghan
 * Taliban: from cooperative to hostile", "possibly" when the turn rests on a possibility), a
 * relation's row, and the status line's summary. Names are the data's own labels, as text.
 */
import type { Comparison, PairTurn, RelationChange } from "../../model/compare";
import { momentWords } from "../../model/moment-words";
import type { Time } from "../../model/time-words";
import type { DataSet } from "../../model/types";
import { changeCounts } from "../../state/compare-view";

export { compareHeading, compareSpan, momentWords } from "../../model/moment-words";

const SIGN_WORDS = { [-1]: "hostile", 1: "cooperative" } as const;

/** Labels of a data set's actors and relation types, looked up by id; an id the data set lacks reads as itself. */
export interface Names {
  actor(id: string): string;
  type(id: string): string;
}

export function namesOf(dataSet: DataSet): Names {
  const actors = new Map(dataSet.actors.map((a) => [a.id, a.label]));
  const types = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.label]));
  return { actor: (id) => actors.get(id) ?? id, type: (id) => types.get(id) ?? id };
}

/** "Pakistan and Afghan Taliban: from cooperative to hostile" ("possibly from…" when so). */
export function turnWords(turn: PairTurn, names: Names): string {
  const [a, b] = turn.actors.map((id) => names.actor(id));
  return `${a} and ${b}: ${turn.possible ? "possibly " : ""}from ${SIGN_WORDS[turn.before]} to ${SIGN_WORDS[turn.after]}`;
}

/** A relation's row: "Pakistan → Afghan Taliban: Air strikes" (— for a mutual one). */
export function changeRowWords(change: RelationChange, names: Names): string {
  const r = change.relation;
  return `${names.actor(r.source)} ${r.directed ? "→" : "—"} ${names.actor(r.target)}: ${names.type(r.type)}`;
}

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
