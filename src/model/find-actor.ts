/**
 * Finding actors by what a person types: an id, a name or an alias, in any case, with or
 * without diacritics ("Turkiye" finds "Türkiye").
 */
import type { Actor } from "./types";

/** Lower case, diacritics stripped, compatibility forms folded, spacing collapsed. */
export function searchKey(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** The actor with this id, or whose label or an alias matches exactly (ignoring case and accents). */
export function findActor(actors: readonly Actor[], text: string): Actor | undefined {
  const byId = actors.find((a) => a.id === text);
  if (byId) return byId;
  const key = searchKey(text);
  return actors.find((a) => searchKey(a.label) === key || a.aliases.some((alias) => searchKey(alias) === key));
}
