/**
 * The Alignments panel in words: each unbalanced triad as a sentence whose hostile and friendly
 * come from the pairs' signs, the counts with what was left apart and out, and the camps by name.
 */
import { describe, expect, test } from "vitest";
import { structuralBalance } from "../../../src/model/balance";
import { balanceLines, campMembers, namesInWords, ratioText, triadItems, triadSentence } from "../../../src/ui/alignment/alignment-model";
import { signedGraphOf } from "../../support/signed-graphs";

describe("triadSentence", () => {
  test("one hostile pair: the two at odds, both friendly with the third, wherever the hostile pair is", () => {
    const names = ["Pakistan", "Afghan Taliban", "China"] as const;
    expect(triadSentence(names, [-1, 1, 1])).toBe("Pakistan and Afghan Taliban hostile, both friendly with China");
    expect(triadSentence(names, [1, -1, 1])).toBe("Pakistan and China hostile, both friendly with Afghan Taliban");
    expect(triadSentence(names, [1, 1, -1])).toBe("Afghan Taliban and China hostile, both friendly with Pakistan");
  });

  test("three hostile pairs: all three hostile to one another", () => {
    expect(triadSentence(["TTP", "ISKP", "Afghan Taliban"], [-1, -1, -1])).toBe("TTP, ISKP and Afghan Taliban all hostile to one another");
  });

  test("lists of names read as English", () => {
    expect([namesInWords([]), namesInWords(["A"]), namesInWords(["A", "B"]), namesInWords(["A", "B", "C"])]).toEqual(["", "A", "A and B", "A, B and C"]);
  });
});

describe("on a signed network", () => {
  // x0–x1 hostile, both allied with x2: unbalanced. x3 allied with x0, hostile to x1: x0 x1 x3 balanced (+ − −).
  // x4–x0 both hostile and allied: a mixed pair, so the triad x0 x2 x4 (with x2–x4 allied) is mixed.
  const graph = signedGraphOf(5, [
    { a: 0, b: 1, said: ["-"] },
    { a: 0, b: 2, said: ["+"] },
    { a: 1, b: 2, said: ["+"] },
    { a: 0, b: 3, said: ["+"] },
    { a: 1, b: 3, said: ["-"] },
    { a: 0, b: 4, said: ["+", "-"] },
    { a: 2, b: 4, said: ["+"] },
    { a: 3, b: 4, said: ["?+"] },
  ]);
  const balance = structuralBalance(graph);
  const names = (id: string) => id.toUpperCase();

  test("each listed unbalanced triad names its actors by id for the highlight and in words for the reader", () => {
    expect(triadItems(graph, balance.unbalancedTriads, names)).toEqual([{ actors: ["x0", "x1", "x2"], sentence: "X0 and X1 hostile, both friendly with X2" }]);
  });

  test("the counts say what was counted, what was left apart (mixed) and what was left out (possible only)", () => {
    expect(balanceLines(graph, balance)).toEqual([
      "1 triad balanced, 1 triad unbalanced (of 2).",
      "Pairs: 4 friendly, 2 hostile, 1 mixed (both).",
      "1 triad with a mixed pair left apart, neither balanced nor unbalanced.",
      "1 pair related only by relations possibly active then left out, never counted as facts.",
    ]);
    expect(ratioText(balance.ratio)).toBe("0.50");
    expect(ratioText(null)).toBe("–");
  });

  test("with no triad the counts say there is nothing to balance", () => {
    const lone = signedGraphOf(2, [{ a: 0, b: 1, said: ["-"] }]);
    expect(balanceLines(lone, structuralBalance(lone))[0]).toBe("No triad of three signed pairs: nothing to balance.");
  });
});

test("camps list their members by name, in label order, leaving out actors in none", () => {
  const ids = ["pakistan", "afghan-taliban", "ttp", "china"];
  const names: Record<string, string> = { pakistan: "Pakistan", "afghan-taliban": "Afghan Taliban", ttp: "TTP", china: "China" };
  expect(campMembers(Int32Array.from([3, 1, 1, -1]), ids, (id) => names[id])).toEqual([
    { label: 1, members: [{ id: "afghan-taliban", name: "Afghan Taliban" }, { id: "ttp", name: "TTP" }] },
    { label: 3, members: [{ id: "pakistan", name: "Pakistan" }] },
  ]);
});
