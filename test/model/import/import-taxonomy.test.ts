/**
 * Ids and name keys made from people's text: the ASCII shortcut gives exactly what the full
 * Unicode normalisation gives, on any text.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { nameKey, slugify } from "../../../src/model/import/import-taxonomy";

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
