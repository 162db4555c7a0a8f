/**
 * The words a comparison's changes are told in, apart from any page so the explorer's compare
 * panel, a film's step captions and the command line say them alike: the data's labels for
 * actors and relation types (Names), a pair's turn ("Pakistan and Afghan Taliban: from
 * cooperative to hostile") and a relation's row ("Pakistan → Afghan Taliban: Air strikes").
 */
import type { PairTurn, RelationChange } from "./compare";
import type { DataSet } from "./types";

/** What a sign of the taxonomy is called when a pair turns to it. */
export const SIGN_WORDS = { [-1]: "hostile", 1: "cooperative" } as const;

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
