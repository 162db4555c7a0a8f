/**
 * Ids made from people's text, for every importer: one slugify that keeps every script, the
 * tool's id form, how names compare, and one pool that hands out unique ids.
 */

/**
 * An id from a name: lower case, Latin accents dropped, words joined by hyphens. Letters and
 * digits of other scripts are kept ("طالبان" stays itself), so names in any language give an
 * id; text with no letter or digit gives "" and the caller chooses a fallback.
 */
export const slugify = (text: string): string => slug(text, /[^\p{L}\p{N}]+/gu);

/**
 * The words of `text` joined by hyphens, up to 80 characters, keeping what `drop` does not
 * match. Plain ASCII, the common case by far, is its own normal form: the two normalisations,
 * which cost most of an import's time spent making ids, are skipped for it.
 */
function slug(text: string, drop: RegExp): string {
  const normalised = ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").normalize("NFC");
  return normalised
    .toLowerCase()
    .replace(drop, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The tool's id form (graph-data/schema/common.schema.json): lower-case ASCII words joined by
 * hyphens. Actors and relations from a GEXF file get ids in it, as the data files require.
 */
export const ID_FORM = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** An id from the file in the tool's form: as it is when it already is, else made from its ASCII words, else `fallback`. */
export const idFormOf = (raw: string, fallback: string): string => (ID_FORM.test(raw) ? raw : slug(raw, /[^a-z0-9]+/g) || fallback);

/** How names compare: by Unicode compatibility form, in any case, with runs of spaces as one. */
export const nameKey = (text: string): string => (ASCII.test(text) ? text : text.normalize("NFKC")).trim().toLowerCase().replace(/\s+/g, " ");

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
    return this.reserved.has(id) || this.taken.has(id);
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
