/**
 * The pure part of the Alignments panel: the balance on the date shown in words, each
 * unbalanced triad as a sentence a reader can check against the graph ("Pakistan and the Afghan
 * Taliban hostile, both friendly with China"), and the camps with their members. Hostile and
 * friendly come from the pairs' signs (model/signed-pairs.ts), nothing else: a sign says that
 * the certainly active relations between two actors are all hostile or all cooperative.
 * No DOM, so it reads and tests on its own.
 */
import type { Balance, SignedTriad } from "../../model/balance";
import type { PairSign, SignedGraph } from "../../model/signed-pairs";
import type { Triad } from "../../state/view-state";

/** A list of names in words: "A", "A and B", "A, B and C". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

/**
 * An unbalanced triad in words. With one hostile pair (++−), the two at odds and the one both
 * are friendly with; with three (−−−), all three hostile to one another. `signs` are those of
 * the pairs ab, ac and bc, as structuralBalance lists them.
 */
export function triadSentence(names: readonly [string, string, string], signs: readonly [PairSign, PairSign, PairSign]): string {
  const [a, b, c] = names;
  const pairs = [
    { sign: signs[0], ends: [a, b], other: c },
    { sign: signs[1], ends: [a, c], other: b },
    { sign: signs[2], ends: [b, c], other: a },
  ];
  const hostile = pairs.filter((p) => p.sign < 0);
  if (hostile.length === 3) return `${a}, ${b} and ${c} all hostile to one another`;
  if (hostile.length === 1) return `${hostile[0].ends[0]} and ${hostile[0].ends[1]} hostile, both friendly with ${hostile[0].other}`;
  // Balanced triads are not listed; said plainly should one ever be.
  const friendly = pairs.filter((p) => p.sign > 0);
  if (friendly.length === 3) return `${a}, ${b} and ${c} all friendly`;
  return `${namesInWords(names)}: ${friendly.map((p) => `${p.ends[0]} and ${p.ends[1]} friendly`).join(", ")}; ${hostile.map((p) => `${p.ends[0]} and ${p.ends[1]} hostile`).join(", ")}`;
}

export interface TriadItem {
  /** The three actors' ids, for highlighting. */
  readonly actors: Triad;
  readonly sentence: string;
}

/** The listed unbalanced triads of a balance as sentences, with each actor named by `nameOf` (its name on the date). */
export function triadItems(graph: SignedGraph, triads: readonly SignedTriad[], nameOf: (actor: string) => string): TriadItem[] {
  const ids = graph.index.actorIds;
  return triads.map((t) => {
    const actors = t.actors.map((a) => ids[a]) as unknown as Triad;
    return { actors, sentence: triadSentence(actors.map(nameOf) as unknown as [string, string, string], t.signs) };
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The balance ratio to two decimals, or a dash when no triad decides it. */
export const ratioText = (ratio: number | null): string => (ratio === null ? "–" : ratio.toFixed(2));

/**
 * What the counts say, line by line: the triads counted, those with a mixed pair left apart, and
 * the pairs left out (possible only, or only mediating and structural relations).
 */
export function balanceLines(graph: SignedGraph, balance: Balance): string[] {
  const decided = balance.balanced + balance.unbalanced;
  const lines = [
    decided === 0
      ? "No triad of three signed pairs: nothing to balance."
      : `${plural(balance.balanced, "triad")} balanced, ${plural(balance.unbalanced, "triad")} unbalanced (of ${decided}).`,
    `Pairs: ${graph.positivePairs} friendly, ${graph.negativePairs} hostile, ${graph.mixedPairs} mixed (both).`,
  ];
  if (balance.mixed) lines.push(`${plural(balance.mixed, "triad")} with a mixed pair left apart, neither balanced nor unbalanced.`);
  if (graph.possibleOnlyPairs) lines.push(`${plural(graph.possibleOnlyPairs, "pair")} related only by relations possibly active then left out, never counted as facts.`);
  return lines;
}

export interface CampMembers {
  /** The camp's label (model/camps.ts), for its colour and name. */
  readonly label: number;
  readonly members: readonly { readonly id: string; readonly name: string }[];
}

/** The camps of a split by label, each with its members by name; actors in no camp (-1) are left out. */
export function campMembers(campOf: ArrayLike<number>, actorIds: readonly string[], nameOf: (actor: string) => string): CampMembers[] {
  const byLabel = new Map<number, { id: string; name: string }[]>();
  for (let x = 0; x < campOf.length; x++) {
    const label = campOf[x];
    if (label < 0) continue;
    const list = byLabel.get(label) ?? [];
    list.push({ id: actorIds[x], name: nameOf(actorIds[x]) });
    byLabel.set(label, list);
  }
  return [...byLabel].sort((p, q) => p[0] - q[0]).map(([label, members]) => ({ label, members: members.sort((p, q) => p.name.localeCompare(q.name)) }));
}
