/**
 * Ids made from people's text, and the taxonomy an import grows: the caller's taxonomy plus the
 * actor kinds and relation types a file uses that it lacks. Values match a kind or type by id or
 * label in any case, so "Airstrike", "airstrike" and the label "Air or drone strike" all find
 * the same type. Everything is keyed in Maps: a value like "__proto__" is a name, nothing more.
 */
import type { ActorKind, RelationFamily, RelationType, Taxonomy } from "../types";

/**
 * An id from a name: lower case, Latin accents dropped, words joined by hyphens. Letters of
 * other scripts are kept ("طالبان" stays itself), so names in any language give an id; text
 * with no letter or digit gives "" and the caller chooses a fallback.
 */
export function slugify(text: string): string {
  // Plain ASCII, the common case by far, is its own normal form: skip the two normalisations,
  // which cost most of an import's time spent making ids.
  const normalised = ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  return normalised
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * Ids handed out so far. A base already taken gets the next free suffix (-2, -3...), and the
 * suffix is remembered per base, so a file of ten thousand rows naming the same pair costs ten
 * thousand steps, not fifty million.
 */
export class IdPool {
  private readonly taken = new Set<string>();
  private readonly lastSuffix = new Map<string, number>();
  /** @param reserved Ids the pool must not hand out, e.g. those a later row of the file gives. */
  constructor(private readonly reserved: ReadonlySet<string> = new Set()) {}

  /** Whether an id has been given out or recorded (reserved ones do not count). */
  used(id: string): boolean {
    return this.taken.has(id);
  }

  private has(id: string): boolean {
    return this.taken.has(id) || this.reserved.has(id);
  }

  /** Records an id given by the file. */
  add(id: string): void {
    this.taken.add(id);
  }

  /** `base`, or `base-2`, `base-3`... the first free one, now taken. */
  take(base: string): string {
    let n = this.lastSuffix.get(base) ?? 1;
    let id = n === 1 ? base : `${base}-${n}`;
    while (this.has(id)) id = `${base}-${++n}`;
    this.lastSuffix.set(base, n);
    this.taken.add(id);
    return id;
  }
}

/** How names compare: by Unicode compatibility form, in any case, with runs of spaces as one. */
export const nameKey = (text: string): string => (ASCII.test(text) ? text : text.normalize("NFKC")).trim().toLowerCase().replace(/\s+/g, " ");

export const UNCLASSIFIED: RelationFamily = { id: "unclassified", label: "Unclassified", description: "Relation types imported from a file, not yet placed in a family." };

export interface Addition {
  readonly id: string;
  /** True when this call added it to the taxonomy; false when the taxonomy had it or an earlier call added it. */
  readonly added: boolean;
}

export class TaxonomyGrowth {
  private readonly families: RelationFamily[];
  private readonly types: RelationType[];
  private readonly kinds: ActorKind[];
  private readonly typeByName = new Map<string, RelationType>();
  private readonly typeById = new Map<string, RelationType>();
  private readonly kindByName = new Map<string, ActorKind>();
  private readonly ids = { type: new IdPool(), kind: new IdPool() };
  readonly added = { families: [] as string[], types: [] as string[], kinds: [] as string[] };

  /** Ids and labels of the caller's types, to suggest the closest to a misspelt one. */
  readonly baseTypeNames: readonly string[];

  constructor(base: Taxonomy) {
    this.baseTypeNames = base.types.flatMap((t) => [t.id, t.label]);
    this.families = [...base.families];
    this.types = [];
    this.kinds = [];
    for (const t of base.types) this.keepType(t);
    for (const k of base.kinds) this.keepKind(k);
  }

  private keepType(t: RelationType): void {
    this.types.push(t);
    this.typeById.set(t.id, t);
    this.ids.type.add(t.id);
    for (const name of [t.id, t.label]) if (!this.typeByName.has(nameKey(name))) this.typeByName.set(nameKey(name), t);
  }

  private keepKind(k: ActorKind): void {
    this.kinds.push(k);
    this.ids.kind.add(k.id);
    for (const name of [k.id, k.label]) if (!this.kindByName.has(nameKey(name))) this.kindByName.set(nameKey(name), k);
  }

  /** The type a value names, by id or label in any case, or by the id its words make ("Armed clash" → armed-clash). */
  findType(text: string): RelationType | undefined {
    return this.typeByName.get(nameKey(text)) ?? this.typeByName.get(slugify(text));
  }

  findKind(text: string): ActorKind | undefined {
    return this.kindByName.get(nameKey(text)) ?? this.kindByName.get(slugify(text));
  }

  hasFamily(id: string): boolean {
    return this.families.some((f) => f.id === id);
  }

  /** The type named by `text`, added (in `family` if the taxonomy has it, else "unclassified") when there is none. */
  typeFor(text: string, family?: string): Addition {
    const known = this.findType(text);
    if (known) return { id: known.id, added: false };
    const familyId = family && this.hasFamily(family) ? family : this.ensureUnclassified();
    const id = this.ids.type.take(slugify(text) || "imported-type");
    // A new type has no sign we can tell; directed, as a row names a source and a target in that order.
    this.keepType({ id, label: text.trim() || id, family: familyId, sign: 0, directed: true, cameo: [], plover: null, mappingMilitants: null });
    this.typeByName.set(nameKey(text), this.types[this.types.length - 1]);
    this.added.types.push(id);
    return { id, added: true };
  }

  /** The kind named by `text`, added (labelled `label`, else the text) when there is none. */
  kindFor(text: string, label?: string): Addition {
    const known = this.findKind(text);
    if (known) return { id: known.id, added: false };
    const id = this.ids.kind.take(slugify(text) || "imported-kind");
    this.keepKind({ id, label: label ?? (text.trim() || id) });
    this.kindByName.set(nameKey(text), this.kinds[this.kinds.length - 1]);
    this.added.kinds.push(id);
    return { id, added: true };
  }

  type(id: string): RelationType | undefined {
    return this.typeById.get(id);
  }

  private ensureUnclassified(): string {
    if (!this.hasFamily(UNCLASSIFIED.id)) {
      this.families.push(UNCLASSIFIED);
      this.added.families.push(UNCLASSIFIED.id);
    }
    return UNCLASSIFIED.id;
  }

  taxonomy(): Taxonomy {
    return { families: [...this.families], types: [...this.types], kinds: [...this.kinds] };
  }
}
