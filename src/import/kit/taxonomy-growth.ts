/**
 * The taxonomy an import grows, for every importer: the caller's taxonomy plus the actor kinds,
 * relation types and families a file uses that it lacks. Values match a kind, type or family by
 * id or label in any case, or by the id their words make, so "Airstrike", "airstrike" and the
 * label "Air or drone strike" all find the same type. Each format reports the additions in its
 * own words; this only says what was added. Everything is keyed in Maps: a value like
 * "__proto__" is a name, nothing more.
 */
import type { ActorKind, RelationFamily, RelationType, Sign, Taxonomy } from "../../model/types";
import { IdPool, nameKey, slugify } from "./ids";

/** What differs between formats: where unplaced types go, and the ids for text that makes none. */
export interface GrowthRules {
  /** The family of new types whose family the taxonomy lacks; its description says why, in the format's terms. */
  readonly unclassified: RelationFamily;
  readonly fallbackIds: { readonly kind: string; readonly type: string };
}

/** The family of new types for the CSV and Faultlines importers, whose users may yet map them onto the taxonomy's. */
export const UNCLASSIFIED: RelationFamily = { id: "unclassified", label: "Unclassified", description: "Relation types imported from a file, not yet placed in a family." };

const DEFAULT_RULES: GrowthRules = { unclassified: UNCLASSIFIED, fallbackIds: { kind: "imported-kind", type: "imported-type" } };

/** A new relation type's other fields: its family's id (when the taxonomy has it), direction, label and sign. */
export interface NewType {
  readonly family?: string;
  /** Directed unless said: a row or an edge names a source and a target in that order. */
  readonly directed?: boolean;
  readonly label?: string;
  /** A new type has no sign we can tell unless its family tells it. */
  readonly sign?: Sign;
}

export interface Addition {
  readonly id: string;
  /** True when this call added it to the taxonomy; false when the taxonomy had it or an earlier call added it. */
  readonly added: boolean;
}

/** Names (ids and labels, by name key) of one list of the taxonomy, the first of a name winning. */
class Names<T extends { readonly id: string; readonly label: string }> {
  readonly list: T[] = [];
  private readonly byName = new Map<string, T>();
  readonly byId = new Map<string, T>();
  readonly ids = new IdPool();

  keep(item: T, ...names: string[]): T {
    this.list.push(item);
    this.byId.set(item.id, item);
    this.ids.add(item.id);
    for (const name of [item.id, item.label, ...names]) if (!this.byName.has(nameKey(name))) this.byName.set(nameKey(name), item);
    return item;
  }

  find(text: string): T | undefined {
    return this.byName.get(nameKey(text)) ?? this.byName.get(slugify(text));
  }
}

export class TaxonomyGrowth {
  private readonly families = new Names<RelationFamily>();
  private readonly types = new Names<RelationType>();
  private readonly kinds = new Names<ActorKind>();
  readonly added = { families: [] as string[], types: [] as string[], kinds: [] as string[] };

  /** Ids and labels of the caller's types, to suggest the closest to a misspelt one. */
  readonly baseTypeNames: readonly string[];

  constructor(
    base: Taxonomy,
    private readonly rules: GrowthRules = DEFAULT_RULES,
  ) {
    this.baseTypeNames = base.types.flatMap((t) => [t.id, t.label]);
    for (const f of base.families) this.families.keep(f);
    for (const t of base.types) this.types.keep(t);
    for (const k of base.kinds) this.kinds.keep(k);
  }

  /** The type a value names, by id or label in any case, or by the id its words make ("Armed clash" → armed-clash). */
  findType(text: string): RelationType | undefined {
    return this.types.find(text);
  }

  findKind(text: string): ActorKind | undefined {
    return this.kinds.find(text);
  }

  findFamily(text: string): RelationFamily | undefined {
    return this.families.find(text);
  }

  hasFamily(id: string): boolean {
    return this.families.byId.has(id);
  }

  type(id: string): RelationType | undefined {
    return this.types.byId.get(id);
  }

  /** The type named by `text`, added (in `family` if the taxonomy has it, else the unclassified family) when there is none. */
  typeFor(text: string, fields: NewType = {}): Addition {
    const known = this.findType(text);
    if (known) return { id: known.id, added: false };
    const family = fields.family !== undefined && this.hasFamily(fields.family) ? fields.family : this.unclassified().id;
    const id = this.types.ids.take(slugify(text) || this.rules.fallbackIds.type);
    const label = fields.label || text.trim() || id;
    this.types.keep({ id, label, family, sign: fields.sign ?? 0, directed: fields.directed ?? true, cameo: [], plover: null, mappingMilitants: null }, text);
    this.added.types.push(id);
    return { id, added: true };
  }

  /** The kind named by `text`, added (labelled `label`, else the text) when there is none. */
  kindFor(text: string, label?: string): Addition {
    const known = this.findKind(text);
    if (known) return { id: known.id, added: false };
    const id = this.kinds.ids.take(slugify(text) || this.rules.fallbackIds.kind);
    this.kinds.keep({ id, label: label || text.trim() || id }, text);
    this.added.kinds.push(id);
    return { id, added: true };
  }

  /** The family named by `text`, added (its id made from the text) when there is none. */
  familyFor(text: string): Addition {
    const known = this.findFamily(text);
    if (known) return { id: known.id, added: false };
    const id = this.families.ids.take(slugify(text));
    this.families.keep({ id, label: text.trim() });
    this.added.families.push(id);
    return { id, added: true };
  }

  /** The family for types placed in none the taxonomy has, added when first needed. */
  unclassified(): Addition {
    const { id } = this.rules.unclassified;
    if (this.hasFamily(id)) return { id, added: false };
    this.families.keep(this.rules.unclassified);
    this.added.families.push(id);
    return { id, added: true };
  }

  taxonomy(): Taxonomy {
    return { families: [...this.families.list], types: [...this.types.list], kinds: [...this.kinds.list] };
  }
}
