/**
 * What the pair view lists (every relation between two actors in the slice, oldest first, seen
 * from the first) and what the tooltip over a line says (one relation: type, ends with direction,
 * dates in words, whether only possible; a bundle: family, count and types).
 */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../../src/model/dates";
import type { DataSet } from "../../../src/model/types";
import { indexDataSet, pairRelationRows } from "../../../src/ui/details/details-model";
import { tipText } from "../../../src/ui/relation-tip/tip-model";
import { rel } from "../../support/relation";


const small: DataSet = {
  taxonomy: {
    families: [{ id: "hostile", label: "Hostile" }, { id: "mediating", label: "Mediating" }],
    types: [
      { id: "strike", label: "Strike", family: "hostile", sign: -1, directed: true, cameo: [], plover: null, mappingMilitants: null },
      { id: "accusation", label: "Accusation", family: "hostile", sign: -1, directed: true, cameo: [], plover: null, mappingMilitants: null },
      { id: "talks", label: "Talks", family: "mediating", sign: 0, directed: false, cameo: [], plover: null, mappingMilitants: null },
    ],
    kinds: [{ id: "state", label: "State" }],
  },
  actors: ["a", "b", "c"].map((id) => ({ id, label: id.toUpperCase(), kind: "state", aliases: [] })),
  relations: [
    rel("new", "b", "a", "strike", ["2023-05"]),
    rel("old", "a", "b", "strike", ["2020"]),
    rel("talks", "b", "a", "talks", ["2021/2024"], false),
    rel("other", "a", "c", "strike", ["2022"]),
    rel("filtered", "a", "b", "accusation", ["2019"]),
    rel("month", "a", "b", "accusation", ["2024-03"]),
  ],
  sources: [],
} as DataSet;
const index = indexDataSet(small);

describe("pairRelationRows", () => {
  test("the pair's relations in the slice, oldest first, seen from the first actor", () => {
    const rows = pairRelationRows(index, ["a", "b"], new Set(["new", "old", "talks", "other"]));
    expect(rows.map((r) => r.relation.id)).toEqual(["old", "talks", "new"]);
    expect(rows.map((r) => [r.counterpart, r.direction])).toEqual([
      ["b", "outgoing"],
      ["b", "mutual"],
      ["b", "incoming"],
    ]);
    expect(pairRelationRows(index, ["b", "a"], new Set(["old"]))[0]).toMatchObject({ counterpart: "a", direction: "incoming" });
  });
});

describe("tipText", () => {
  test("one relation: its type, its ends with direction, its dates in words", () => {
    expect(tipText(index, ["new"], null)).toEqual({ heading: "Strike", lines: ["B → A", "sometime in May 2023"] });
    expect(tipText(index, ["talks"], null)?.lines[0]).toBe("B — A (mutual)");
  });

  test("a relation only possibly active then says so", () => {
    const text = tipText(index, ["month"], { at: parseDay("2024-03-10") })!;
    expect(text.lines.at(-1)).toMatch(/^Only possibly active on 10 Mar 2024/);
    // A standing relation certainly active then says nothing of it.
    expect(tipText(index, ["talks"], { at: parseDay("2022-06-01") })!.lines.join(" ")).not.toMatch(/possibly/);
  });

  test("a bundle: how many of which family, between whom, and the types it stands for", () => {
    const text = tipText(index, ["old", "new", "filtered"], null)!;
    expect(text.heading).toBe("3 hostile relations");
    expect(text.lines).toEqual(["between A and B", "Strike (2), Accusation", "Click to list them"]);
    expect(tipText(index, ["nothing"], null)).toBeNull();
  });
});
