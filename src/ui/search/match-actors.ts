/**
 * Which actors a typed query finds, best first: the pure part of the search box, so it can be
 * read and tested without a browser. Labels and aliases are compared by searchKey (any case,
 * with or without diacritics) and, failing that, with punctuation read as spaces, so "isis k"
 * finds "ISIS-K" as well as "isis-k" does.
 */
import { searchKey } from "../../model/find-actor";
import type { Actor } from "../../model/types";

/** How well a name matches: lower is better. */
export const MatchRank = { Exact: 0, Prefix: 1, WordPrefix: 2, Substring: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

export interface ActorMatch {
  readonly actor: Actor;
  readonly rank: MatchRank;
  /** Whether the best match was an alias rather than the label. */
  readonly viaAlias: boolean;
  /** The alias that matched, when it is worth showing beside the label; otherwise null. */
  readonly alias: string | null;
}

/** searchKey with punctuation and symbols read as spaces: "isis-k" and "isis k" meet. */
const looseKey = (key: string): string => key.replace(/[\p{P}\p{S}]+/gu, " ").replace(/\s+/g, " ").trim();

/** Below this length a query matches only at the start of a word: "ta" inside "Qatar" is noise. */
const MIN_INSIDE_WORD = 3;

function rankOf(name: string, query: string): MatchRank | null {
  if (name === query) return MatchRank.Exact;
  if (name.startsWith(query)) return MatchRank.Prefix;
  const at = name.indexOf(query);
  if (at < 0) return null;
  // A match at the start of a word ("taliban" in "afghan taliban") beats one inside a word.
  for (let i = at; i >= 0; i = name.indexOf(query, i + 1)) if (/[\s\p{P}]/u.test(name[i - 1])) return MatchRank.WordPrefix;
  return query.length >= MIN_INSIDE_WORD ? MatchRank.Substring : null;
}

/** The better of the strict and loose comparisons of one name with the query. */
function rankName(name: string, query: { key: string; loose: string }): MatchRank | null {
  const key = searchKey(name);
  const strict = rankOf(key, query.key);
  const loose = query.loose ? rankOf(looseKey(key), query.loose) : null;
  if (strict === null) return loose;
  return loose === null || strict <= loose ? strict : loose;
}

function matchActor(actor: Actor, query: { key: string; loose: string }): ActorMatch | null {
  let best = rankName(actor.label, query);
  let alias: string | null = null;
  for (const name of actor.aliases) {
    const rank = rankName(name, query);
    // The label wins ties: it is what the actor is called everywhere else.
    if (rank !== null && (best === null || rank < best)) {
      best = rank;
      alias = name;
    }
  }
  if (best === null) return null;
  const viaAlias = alias !== null;
  // An alias the label already spells out ("TTP" in "Tehrik-i-Taliban Pakistan (TTP)") adds nothing.
  if (alias !== null && looseKey(searchKey(actor.label)).includes(looseKey(searchKey(alias)))) alias = null;
  return { actor, rank: best, viaAlias, alias };
}

const byLabel = (a: Actor, b: Actor): number => a.label.localeCompare(b.label);

/**
 * The actors whose label or an alias contains the query (inside a word only from three
 * characters on), exact and prefix matches first, then by label; at most `limit`. An empty query lists every actor by label.
 */
export function matchActors(actors: readonly Actor[], text: string, limit = 50): ActorMatch[] {
  const key = searchKey(text);
  if (key === "") return [...actors].sort(byLabel).slice(0, limit).map((actor) => ({ actor, rank: MatchRank.Exact, viaAlias: false, alias: null }));
  const query = { key, loose: looseKey(key) };
  const found: ActorMatch[] = [];
  for (const actor of actors) {
    const match = matchActor(actor, query);
    if (match) found.push(match);
  }
  // Equally good matches: on the label before on an alias, then alphabetically.
  return found.sort((a, b) => a.rank - b.rank || Number(a.viaAlias) - Number(b.viaAlias) || byLabel(a.actor, b.actor)).slice(0, limit);
}
