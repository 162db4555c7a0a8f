/**
 * A relation type's manner follows CAMEO's verbal/material split of its codes, on the bundled
 * taxonomy's own types: an air strike is a deed, an accusation a word, an alliance a tie.
 */
import { describe, expect, test } from "vitest";
import { mannerOf, patternOf } from "../../src/look/relation-look";

describe("relation look", () => {
  test("manner from CAMEO root codes", () => {
    expect(mannerOf({ cameo: ["195"] })).toBe("deed");
    expect(mannerOf({ cameo: ["112"] })).toBe("word");
    expect(mannerOf({ cameo: ["046"] })).toBe("word");
    expect(mannerOf({ cameo: ["0871"] })).toBe("deed");
    // A type naming both a talk and a deed is drawn as the deed.
    expect(mannerOf({ cameo: ["050", "071"] })).toBe("deed");
    expect(mannerOf({ cameo: [] })).toBe("tie");
    expect(mannerOf(undefined)).toBe("tie");
  });

  test("possible relations are dashed whatever their manner; certain words dotted", () => {
    expect(patternOf("deed", true)).toBe("dashed");
    expect(patternOf("word", true)).toBe("dashed");
    expect(patternOf("word", false)).toBe("dotted");
    expect(patternOf("deed", false)).toBe("solid");
    expect(patternOf("tie", false)).toBe("solid");
  });
});
