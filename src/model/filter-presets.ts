/**
 * Named filter presets: "all", "kinetic" and "diplomatic", each a set of relation types read
 * from the taxonomy itself, so a taxonomy imported with CAMEO codes gets them too. A preset is
 * a filter state (hidden types and families); a link names it (`?filter=kinetic`) instead of
 * listing the types it hides.
 *
 * What each picks, by a type's CAMEO codes (the root is a code's first two digits, "195" → 19):
 * - kinetic: a type with any code of force, roots 18 (assault), 19 (fight) or 20 (unconventional
 *   mass violence). In the bundled taxonomy: armed clash, air or drone strike, ground assault,
 *   counter-insurgency operation, terrorist attack, insurgency, targeted killing.
 * - diplomatic: a type of the mediating family, or one with any code of roots 01–05 (public
 *   statement, appeal, intent to cooperate, consult, diplomatic cooperation) that is not kinetic.
 *   In the bundled taxonomy: political support (051), defence agreement (057), diplomatic
 *   rapprochement (050, 036), hosted visit (043), request for help (020, 021), and the mediating
 *   family: mediation, negotiation, truce or ceasefire. Verbal conflict (roots 09–13: demands,
 *   accusations, threats) is not diplomacy, and a type without codes (a standing tie) is never picked
 *   unless mediating.
 * - all: every type.
 * A preset that picks no type of a taxonomy (one without CAMEO codes) says why, to be offered disabled.
 *
 * The filter state of a set of shown types is written one way (`filterShowing`): families with
 * none of the types hidden as families, the other types of the remaining families hidden one by
 * one. Whether a filter state equals a preset is asked of what it shows, not how it was reached.
 */
import type { RelationType, Taxonomy } from "./types";

export type PresetName = "all" | "kinetic" | "diplomatic";

export const PRESET_NAMES: readonly PresetName[] = ["all", "kinetic", "diplomatic"];

export interface FilterPreset {
  readonly name: PresetName;
  readonly label: string;
  /** What it shows, in words for a tooltip. */
  readonly description: string;
  /** The ids of the types it shows, in taxonomy order; none when it picks nothing here. */
  readonly types: readonly string[];
  /** Why it picks nothing in this taxonomy; null when it picks some type. */
  readonly unavailable: string | null;
}

/** The part of the view state a preset sets. */
export interface TypeFilter {
  readonly hiddenTypes: readonly string[];
  readonly hiddenFamilies: readonly string[];
}

type TaxonomyTypes = Pick<Taxonomy, "families" | "types">;

/** The family whose types are diplomatic whatever their codes (truces are coded as yielding, 08). */
export const MEDIATING_FAMILY = "mediating";

const KINETIC_ROOTS = new Set([18, 19, 20]);
const DIPLOMATIC_ROOTS = new Set([1, 2, 3, 4, 5]);

/** A CAMEO code's root, its first two digits ("0841" → 8, "195" → 19); NaN when it is no code. */
export const cameoRoot = (code: string): number => (/^\d+$/.test(code) ? Number(code.padStart(2, "0").slice(0, 2)) : NaN);

const hasRoot = (type: Pick<RelationType, "cameo">, roots: ReadonlySet<number>): boolean => type.cameo.some((code) => roots.has(cameoRoot(code)));

export const isKinetic = (type: Pick<RelationType, "cameo">): boolean => hasRoot(type, KINETIC_ROOTS);

export const isDiplomatic = (type: Pick<RelationType, "cameo" | "family">): boolean =>
  type.family === MEDIATING_FAMILY || (hasRoot(type, DIPLOMATIC_ROOTS) && !isKinetic(type));

const DEFINITIONS: readonly { name: PresetName; label: string; description: string; picks: (t: RelationType) => boolean; none: string }[] = [
  { name: "all", label: "All", description: "Every relation type", picks: () => true, none: "this data set has no relation types" },
  {
    name: "kinetic",
    label: "Kinetic",
    description: "Strikes, clashes, assaults: relation types of force (CAMEO 18–20)",
    picks: isKinetic,
    none: "no relation type here has a CAMEO code of force (18–20)",
  },
  {
    name: "diplomatic",
    label: "Diplomatic",
    description: "Consultations, visits, appeals, diplomatic cooperation (CAMEO 01–05) and mediation",
    picks: isDiplomatic,
    none: "no relation type here is mediating or has a CAMEO code from 01 to 05",
  },
];

/** The presets of a taxonomy, each with the types it picks there. */
export function filterPresets(taxonomy: TaxonomyTypes): FilterPreset[] {
  return DEFINITIONS.map(({ name, label, description, picks, none }) => {
    const types = taxonomy.types.filter(picks).map((t) => t.id);
    return { name, label, description, types, unavailable: types.length ? null : none };
  });
}

/** The ids of the types a filter state shows: neither hidden themselves nor in a hidden family. */
export function shownTypes(taxonomy: TaxonomyTypes, filter: TypeFilter): string[] {
  return taxonomy.types.filter((t) => !filter.hiddenTypes.includes(t.id) && !filter.hiddenFamilies.includes(t.family)).map((t) => t.id);
}

/**
 * The filter state that shows exactly `shown`: a family of the taxonomy with none of them is
 * hidden whole; the others' types not shown are hidden one by one (as are those of a family the
 * taxonomy does not list, which cannot be hidden by name). Showing every type hides nothing.
 */
export function filterShowing(taxonomy: TaxonomyTypes, shown: Iterable<string>): TypeFilter {
  const wanted = new Set(shown);
  const listed = new Set(taxonomy.families.map((f) => f.id));
  const keptFamilies = new Set(taxonomy.types.filter((t) => wanted.has(t.id)).map((t) => t.family));
  const hiddenFamilies = taxonomy.families
    .filter((f) => !keptFamilies.has(f.id) && taxonomy.types.some((t) => t.family === f.id))
    .map((f) => f.id);
  const hiddenTypes = taxonomy.types.filter((t) => !wanted.has(t.id) && !(listed.has(t.family) && hiddenFamilies.includes(t.family))).map((t) => t.id);
  return { hiddenTypes, hiddenFamilies };
}

/** The preset whose types a filter state shows, if any (one that picks nothing never matches). */
export function presetOf(taxonomy: TaxonomyTypes, filter: TypeFilter): FilterPreset | null {
  const shown = shownTypes(taxonomy, filter);
  return filterPresets(taxonomy).find((p) => p.types.length > 0 && sameIds(p.types, shown)) ?? null;
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((id) => b.includes(id));
