/**
 * "Show only this" on a legend entry, as pure logic (no DOM, tested in Node): the filter change
 * that shows one family, one relation type or one actor kind alone in its group, whether an entry
 * is already shown alone (its control then says "Show all"), and the change that shows the
 * whole group again.
 *
 * The groups: the families; the relation types (all of them, not a family's: "only air strikes"
 * means no other relation at all); the actor kinds. Showing a family alone hides the other
 * families and clears the hides of its own types, leaving other hidden types as they were, so
 * "Show all" brings the families back as the analyst had them. Showing a type alone sets the
 * filter state that shows just it (model/filter-presets.ts: other families hidden whole, its
 * siblings one by one), and its "Show all" shows every type.
 */
import { filterShowing, shownTypes, type TypeFilter } from "../../model/filter-presets";
import type { RelationFamily, RelationType } from "../../model/types";

export interface TypeTaxonomy {
  readonly families: readonly RelationFamily[];
  readonly types: readonly RelationType[];
}

const typesOf = (taxonomy: TypeTaxonomy, family: string): string[] => taxonomy.types.filter((t) => t.family === family).map((t) => t.id);

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));

/** The family shown alone: every type shown is of it, and all of its types are shown. */
export function familyAlone(taxonomy: TypeTaxonomy, filter: TypeFilter, family: string): boolean {
  const own = typesOf(taxonomy, family);
  return own.length > 0 && sameIds(shownTypes(taxonomy, filter), own);
}

/**
 * Only `family`: the other families (those with types) hidden, none of its own types hidden. The
 * types of a family the taxonomy does not list are hidden one by one, as a link names only listed families.
 */
export function onlyFamily(taxonomy: TypeTaxonomy, filter: TypeFilter, family: string): TypeFilter {
  const own = typesOf(taxonomy, family);
  const listed = new Set(taxonomy.families.map((f) => f.id));
  const others = taxonomy.families.filter((f) => f.id !== family && typesOf(taxonomy, f.id).length > 0).map((f) => f.id);
  const unlisted = taxonomy.types.filter((t) => t.family !== family && !listed.has(t.family)).map((t) => t.id);
  const kept = filter.hiddenTypes.filter((id) => !own.includes(id) && !unlisted.includes(id));
  return { hiddenFamilies: others, hiddenTypes: [...kept, ...unlisted] };
}

/** Every family shown again; types hidden one by one stay hidden. */
export const allFamilies = (): Pick<TypeFilter, "hiddenFamilies"> => ({ hiddenFamilies: [] });

export function typeAlone(taxonomy: TypeTaxonomy, filter: TypeFilter, type: string): boolean {
  return sameIds(shownTypes(taxonomy, filter), [type]);
}

export const onlyType = (taxonomy: TypeTaxonomy, type: string): TypeFilter => filterShowing(taxonomy, [type]);

export const allTypes = (): TypeFilter => ({ hiddenTypes: [], hiddenFamilies: [] });

export function kindAlone(kinds: readonly { readonly id: string }[], hidden: readonly string[], kind: string): boolean {
  return !hidden.includes(kind) && kinds.every((k) => k.id === kind || hidden.includes(k.id));
}

export const onlyKind = (kinds: readonly { readonly id: string }[], kind: string): string[] => kinds.filter((k) => k.id !== kind).map((k) => k.id);
