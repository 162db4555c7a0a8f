/**
 * Fits a GEXF file's vocabulary onto the taxonomy the caller passes in, through the import kit's
 * taxonomy growth: actor kinds, relation types and families the file names are matched to the
 * taxonomy's by id or label (in any case); the others are added, with ids made from the file's
 * text and that text as their label, and each addition is reported. Relation types whose family
 * the file does not give go into a family "unclassified", added when first needed.
 */
import type { RelationFamily, RelationType, Sign, Taxonomy } from "../../model/types";
import { slugify } from "../kit/ids";
import { quote, type DiagnosticCollector, type Place } from "../kit/report";
import { TaxonomyGrowth } from "../kit/taxonomy-growth";

/** The sign a relation type takes from its family, for the families the bundled taxonomy has. */
const SIGN_OF_FAMILY: ReadonlyMap<string, Sign> = new Map([
  ["hostile", -1],
  ["cooperative", 1],
]);

const UNCLASSIFIED: RelationFamily = {
  id: "unclassified",
  label: "Unclassified",
  description: "Relation types read from an imported file that did not say which family they belong to.",
};

export class GexfVocabulary {
  private readonly growth: TaxonomyGrowth;

  constructor(
    base: Taxonomy,
    private readonly log: DiagnosticCollector,
  ) {
    this.growth = new TaxonomyGrowth(base, { unclassified: UNCLASSIFIED, fallbackIds: { kind: "kind", type: "type" } });
  }

  /** How many kinds, types and families the file added, for the report's counts. */
  get added(): { kinds: number; types: number; families: number } {
    const { kinds, types, families } = this.growth.added;
    return { kinds: kinds.length, types: types.length, families: families.length };
  }

  /** The kind id for a value from the file, adding a kind when the taxonomy has none like it. */
  kind(value: string, place: Place, label = value.trim()): string {
    const kind = this.growth.kindFor(value, label);
    if (kind.added)
      this.log.warn({ ...place, problem: "kind-added" }, `the actor kind ${quote(value)} is not in the taxonomy; added as "${kind.id}"`, "Nothing to do; to colour these actors as an existing kind, change the value in the file to that kind's id or label", value);
    return kind.id;
  }

  /**
   * The relation type for a value from the file. A new type takes its family from `family` when
   * the file gives one, else "unclassified"; its direction from its first edge.
   */
  type(value: string, directed: boolean, family: string | undefined, place: Place, label = value.trim()): RelationType {
    const known = this.growth.findType(value);
    if (known) return known;
    const familyId = this.family(family, place);
    const type = this.growth.typeFor(value, { family: familyId, directed, label: label || value.trim() || "Related", sign: SIGN_OF_FAMILY.get(familyId) ?? 0 });
    this.log.warn(
      { ...place, problem: "type-added" },
      `the relation type ${quote(value)} is not in the taxonomy; added as "${type.id}" in the family "${familyId}"`,
      "Nothing to do; to use an existing type, change the value in the file to that type's id or label",
      value,
    );
    return this.growth.type(type.id)!;
  }

  taxonomy(): Taxonomy {
    return this.growth.taxonomy();
  }

  private family(given: string | undefined, place: Place): string {
    const known = given?.trim() ? this.growth.findFamily(given) : undefined;
    if (known) return known.id;
    const slug = given ? slugify(given) : "";
    if (given && slug && slug !== UNCLASSIFIED.id) {
      const added = this.growth.familyFor(given);
      this.log.warn({ ...place, problem: "family-added" }, `the relation family ${quote(given)} is not in the taxonomy; added as "${added.id}"`, "Nothing to do; to use an existing family, change the value in the file to its id or label", given);
      return added.id;
    }
    if (this.growth.unclassified().added)
      this.log.once("unclassified-added", "warning", place, `the file does not say which family (hostile, cooperative, ...) its new relation types belong to; they go into a family "${UNCLASSIFIED.id}", added to the taxonomy`, 'Nothing to do; or give edges an attribute titled "family" naming one of the taxonomy\'s families');
    return UNCLASSIFIED.id;
  }
}
