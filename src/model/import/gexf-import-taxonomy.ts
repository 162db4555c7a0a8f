/**
 * Fits an imported file's vocabulary onto the taxonomy the caller passes in: actor kinds and
 * relation types the file names are matched to the taxonomy's by id or label (in any case);
 * the others are added, with ids made from the file's text and that text as their label, and
 * each addition is reported. Relation types whose family the file does not give go into a
 * family "unclassified", added when first needed. Also the id rules every imported record
 * follows: the tool's id form, and unique.
 */
import type { ActorKind, RelationFamily, RelationType, Sign, Taxonomy } from "../types";
import { quote, type ImportLog, type Place } from "./gexf-import-log";

/** The tool's id form (graph-data/schema/common.schema.json): lower-case words joined by hyphens. */
export const ID_FORM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Armed Group (Syria)" → "armed-group-syria"; accents dropped; "" when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, 80).replace(/-+$/, "");
}

/** An id from the file in the tool's form: as it is when it already is, else slugified. */
export const idFormOf = (raw: string, fallback: string): string => (ID_FORM.test(raw) ? raw : slugify(raw) || fallback);

/** Hands out unique ids: the wanted one when free, else with "-2", "-3", ... appended. */
export class IdAllocator {
  private readonly used = new Set<string>();
  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.used.add(id);
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  take(wanted: string): string {
    let id = wanted;
    for (let n = 2; this.used.has(id); n++) id = `${wanted}-${n}`;
    this.used.add(id);
    return id;
  }
}

/** The sign a relation type takes from its family, for the families the bundled taxonomy has. */
const SIGN_OF_FAMILY: ReadonlyMap<string, Sign> = new Map([
  ["hostile", -1],
  ["cooperative", 1],
]);

export const UNCLASSIFIED: RelationFamily = {
  id: "unclassified",
  label: "Unclassified",
  description: "Relation types read from an imported file that did not say which family they belong to.",
};

export class TaxonomyBuilder {
  private readonly kinds: ActorKind[];
  private readonly types: RelationType[];
  private readonly families: RelationFamily[];
  private readonly kindOf = new Map<string, string>();
  private readonly typeOf = new Map<string, RelationType>();
  private readonly kindIds: IdAllocator;
  private readonly typeIds: IdAllocator;
  readonly added = { kinds: 0, types: 0, families: 0 };

  constructor(
    base: Taxonomy,
    private readonly log: ImportLog,
  ) {
    this.kinds = [...base.kinds];
    this.types = [...base.types];
    this.families = [...base.families];
    this.kindIds = new IdAllocator(base.kinds.map((k) => k.id));
    this.typeIds = new IdAllocator(base.types.map((t) => t.id));
  }

  /** The kind id for a value from the file, adding a kind when the taxonomy has none like it. */
  kind(value: string, place: Place, label = value.trim()): string {
    const known = this.kindOf.get(value);
    if (known !== undefined) return known;
    const slug = slugify(value);
    const lower = value.trim().toLowerCase();
    let id = this.kinds.find((k) => k.id === value || k.id === slug || k.label.toLowerCase() === lower)?.id;
    if (id === undefined) {
      id = this.kindIds.take(slug || "kind");
      this.kinds.push({ id, label: label || id });
      this.added.kinds++;
      this.log.warn("kind-added", place, `the actor kind ${quote(value)} is not in the taxonomy; added as "${id}"`, "Nothing to do; to colour these actors as an existing kind, change the value in the file to that kind's id or label", value);
    }
    this.kindOf.set(value, id);
    return id;
  }

  /**
   * The relation type for a value from the file. A new type takes its family from `family` when
   * the file gives one the taxonomy knows, else "unclassified"; its direction from its first edge.
   */
  type(value: string, directed: boolean, family: string | undefined, place: Place, label = value.trim()): RelationType {
    const known = this.typeOf.get(value);
    if (known) return known;
    const slug = slugify(value);
    const lower = value.trim().toLowerCase();
    let type = this.types.find((t) => t.id === value || t.id === slug || t.label.toLowerCase() === lower);
    if (!type) {
      const familyId = this.family(family, place);
      type = {
        id: this.typeIds.take(slug || "type"),
        label: label || value.trim() || "Related",
        family: familyId,
        sign: SIGN_OF_FAMILY.get(familyId) ?? 0,
        directed,
        cameo: [],
        plover: null,
        mappingMilitants: null,
      };
      this.types.push(type);
      this.added.types++;
      this.log.warn(
        "type-added",
        place,
        `the relation type ${quote(value)} is not in the taxonomy; added as "${type.id}" in the family "${familyId}"`,
        "Nothing to do; to use an existing type, change the value in the file to that type's id or label",
        value,
      );
    }
    this.typeOf.set(value, type);
    return type;
  }

  build(): Taxonomy {
    return { families: this.families, types: this.types, kinds: this.kinds };
  }

  private family(given: string | undefined, place: Place): string {
    const lower = given?.trim().toLowerCase();
    const slug = given ? slugify(given) : "";
    const known = lower ? this.families.find((f) => f.id === lower || f.id === slug || f.label.toLowerCase() === lower) : undefined;
    if (known) return known.id;
    if (given && slug && slug !== UNCLASSIFIED.id) {
      this.families.push({ id: slug, label: given.trim() });
      this.added.families++;
      this.log.warn("family-added", place, `the relation family ${quote(given)} is not in the taxonomy; added as "${slug}"`, "Nothing to do; to use an existing family, change the value in the file to its id or label", given);
      return slug;
    }
    if (!this.families.some((f) => f.id === UNCLASSIFIED.id)) {
      this.families.push(UNCLASSIFIED);
      this.added.families++;
      this.log.once("warning", "unclassified-added", place, `the file does not say which family (hostile, cooperative, ...) its new relation types belong to; they go into a family "${UNCLASSIFIED.id}", added to the taxonomy`, 'Nothing to do; or give edges an attribute titled "family" naming one of the taxonomy\'s families');
    }
    return UNCLASSIFIED.id;
  }
}
