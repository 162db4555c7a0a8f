/**
 * Quotes are found across line breaks but nowhere else forgiven; paragraphs are blank-line
 * blocks; coverage names what cites each paragraph and what is misquoted or misplaced.
 */
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../src/model/dates";
import { documentCoverage, indexDocument, locateQuote } from "../../src/model/evidence";
import type { Relation } from "../../src/model/types";

const DOC = "Title line\n\nFirst paragraph: Pakistan struck\nKabul in October.\n\n\n  Second paragraph—it\n\nends here; Iran’s trade grew.\n";

const relation = (id: string, quote: string, location?: string): Relation => ({
  id,
  source: "a",
  target: "b",
  type: "t",
  directed: true,
  periods: [parsePeriod("2025")],
  confidence: "high",
  evidence: [{ source: "doc", quote, ...(location ? { location } : {}) }],
});

describe("indexDocument and locateQuote", () => {
  const doc = indexDocument(DOC);

  test("paragraphs are the non-empty blank-line blocks, numbered from 1", () => {
    expect(doc.paragraphs.map((p) => [p.number, p.text])).toEqual([
      [1, "Title line"],
      [2, "First paragraph: Pakistan struck Kabul in October."],
      [3, "Second paragraph—it"],
      [4, "ends here; Iran’s trade grew."],
    ]);
  });

  test("a quote matches across line breaks and paragraph breaks", () => {
    expect(locateQuote(doc, "Pakistan struck Kabul").map((p) => p.number)).toEqual([2]);
    expect(locateQuote(doc, "Second paragraph—it ends here").map((p) => p.number)).toEqual([3, 4]);
  });

  test("nothing but whitespace is forgiven", () => {
    expect(locateQuote(doc, "Second paragraph-it")).toEqual([]);
    expect(locateQuote(doc, "Iran's trade")).toEqual([]);
    expect(locateQuote(doc, "pakistan struck")).toEqual([]);
    expect(locateQuote(doc, "   ")).toEqual([]);
  });
});

test("documentCoverage: what cites each paragraph, what is misquoted, what is misplaced", () => {
  const coverage = documentCoverage("doc", DOC, [relation("r1", "Pakistan struck Kabul", "¶2"), relation("r2", "trade grew", "¶3"), relation("r3", "Pakistan bombed Kabul")]);
  expect(coverage.paragraphs.map((p) => p.relations)).toEqual([[], ["r1"], [], ["r2"]]);
  expect(coverage.missing).toEqual([{ relation: "r3", quote: "Pakistan bombed Kabul" }]);
  expect(coverage.misplaced).toEqual([{ relation: "r2", location: "¶3", actual: 4 }]);
});
