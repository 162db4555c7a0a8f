/**
 * The legend's pure logic: grouping relation types under their families, choosing which type
 * rows to list, and toggling an id in a hidden list. No DOM, so it is tested in Node.
 */
import type { RelationFamily, RelationType } from "../../model/types";

export interface FamilyGroup {
  readonly family: RelationFamily;
  readonly types: readonly RelationType[];
}

/**
 * Types grouped under their families, in taxonomy order. A type whose family the taxonomy does
 * not list (a hand-made taxonomy) gets a group named after the id, so no type is ever lost.
 */
export function groupByFamily(families: readonly RelationFamily[], types: readonly RelationType[]): FamilyGroup[] {
  const byFamily = new Map<string, RelationType[]>(families.map((f) => [f.id, []]));
  const extra: RelationFamily[] = [];
  for (const type of types) {
    let members = byFamily.get(type.family);
    if (!members) {
      members = [];
      byFamily.set(type.family, members);
      extra.push({ id: type.family, label: type.family });
    }
    members.push(type);
  }
  return [...families, ...extra].map((family) => ({ family, types: byFamily.get(family.id) ?? [] }));
}

/** Own keys only, so a type named "constructor" counts 0, not Object's constructor. */
export const countOf = (counts: Readonly<Record<string, number>>, id: string): number => (Object.hasOwn(counts, id) ? counts[id] : 0);

/**
 * The type rows to list: every type when `showAll`, otherwise those active in the slice plus
 * those the analyst has hidden (so a hidden type can always be shown again).
 */
export function listedTypes(
  types: readonly RelationType[],
  counts: Readonly<Record<string, number>>,
  hidden: readonly string[],
  showAll: boolean,
): RelationType[] {
  return showAll ? [...types] : types.filter((t) => countOf(counts, t.id) > 0 || hidden.includes(t.id));
}

/** How many types would be listed only with "show all": none active and not hidden. */
export function unlistedCount(types: readonly RelationType[], counts: Readonly<Record<string, number>>, hidden: readonly string[]): number {
  return types.length - listedTypes(types, counts, hidden, false).length;
}

/** The list with `id` added when absent, removed when present; order otherwise kept. */
export function toggled(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}
