/**
 * Ids and name keys made from people's text: the ASCII shortcut gives exactly what the full
 * Unicode normalisation gives, on any text; and the id pool numbers repeats in linear time.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { IdPool, nameKey, slugify } from "../../../src/import/kit/ids";

/** The definitions without the shortcut. */
const slowSlugify = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
const slowNameKey = (text: string) => text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");

describe("slugify and nameKey", () => {
  const texts = fc.oneof(fc.string({ unit: "binary-ascii", maxLength: 120 }), fc.string({ unit: "binary", maxLength: 40 }), fc.constantFrom("Ḥaqqānī Network", "طالبان", "ﬁve  Ⅻ", "TTP / Tehrik-i-Taliban", ""));
  test("match the full normalisation on any text", () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(slugify(text)).toBe(slowSlugify(text));
        expect(nameKey(text)).toBe(slowNameKey(text));
      }),
      { numRuns: 2000 },
    );
  });

  test("examples", () => {
    expect(slugify("Tehrik-i-Taliban Pakistan (TTP)")).toBe("tehrik-i-taliban-pakistan-ttp");
    expect(slugify("Ḥaqqānī")).toBe("haqqani");
    expect(slugify("طالبان")).toBe("طالبان");
  });
});

describe("the id pool", () => {
  /** A set of reserved ids that counts how often the pool asks it: once for every id the pool tries. */
  function countingReserved(): { set: ReadonlySet<string>; tries: () => number } {
    let tries = 0;
    const set = new Set<string>();
    const has = set.has.bind(set);
    set.has = (id: string) => (tries++, has(id));
    return { set, tries: () => tries };
  }

  test("a base taken thousands of times is numbered in order, each id tried about once (linear, not quadratic)", () => {
    const n = 5_000;
    const reserved = countingReserved();
    const pool = new IdPool(reserved.set);
    const ids = Array.from({ length: n }, () => pool.take("same-pair"));
    expect(ids.slice(0, 3)).toEqual(["same-pair", "same-pair-2", "same-pair-3"]);
    expect(ids.at(-1)).toBe(`same-pair-${n}`);
    expect(new Set(ids).size).toBe(n);
    // Rescanning from the base each time would try n²/2 = 12.5 million ids.
    expect(reserved.tries()).toBeLessThanOrEqual(2 * n);
  });

  test("ids recorded from the file and reserved ones are skipped; each base has its own numbering", () => {
    const pool = new IdPool(new Set(["a-2"]));
    pool.add("a-3");
    expect([pool.take("a"), pool.take("a"), pool.take("b"), pool.take("a"), pool.take("a-2")]).toEqual(["a", "a-4", "b", "a-5", "a-2-2"]);
    expect([pool.used("a-3"), pool.used("a-2")]).toEqual([true, false]);
  });
});
