/**
 * The story in the details panel as data: every relation of a pair over all time, oldest first,
 * each with its periods in words at its own precision, how it stands at the time shown, whether
 * the filters hide it, and its first quote; the counterparts of an actor with their counts.
 */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../../src/model/dates";
import type { DataSet } from "../../../src/model/types";
import { indexDataSet } from "../../../src/ui/details/details-model";
import { actorStoryItems, counterparts, pairStoryItems, standingNow, storySummary } from "../../../src/ui/details/story-model";
import { rel } from "../../support/relation";

const data = {
  taxonomy: {
    families: [{ id: "hostile", label: "Hostile" }, { id: "mediating", label: "Mediating" }],
    types: [
      { id: "strike", label: "Strike", family: "hostile", sign: -1, directed: true, timing: "event", cameo: [], plover: null, mappingMilitants: null },
      { id: "talks", label: "Talks", family: "mediating", sign: 0, directed: false, cameo: [], plover: null, mappingMilitants: null },
    ],
    kinds: [{ id: "state", label: "State" }],
  },
  actors: ["a", "b", "c"].map((id) => ({ id, label: id.toUpperCase(), kind: "state", aliases: [] })),
  relations: [
    rel("strike-month", "b", "a", "strike", ["2026-02"]),
    rel("talks-open", "a", "b", "talks", ["../2022"], false),
    rel("strike-day", "a", "b", "strike", ["2026-02-27"]),
    rel("other", "a", "c", "strike", ["2020"]),
  ],
  sources: [{ id: "s", title: "A report", publisher: "Ifri" }],
} as unknown as DataSet;
const index = indexDataSet(data);
const on = { at: parseDay("2026-02-27") };

describe("pairStoryItems", () => {
  test("every relation of the pair over all time, oldest first, with its dates in words at their precision", () => {
    const items = pairStoryItems(index, ["a", "b"], { time: on, inSlice: () => true, passesFilters: null });
    expect(items.map((i) => i.relation.id)).toEqual(["talks-open", "strike-month", "strike-day"]);
    expect(items.map((i) => i.periods[0])).toEqual(["start unknown, no later than 2022", "sometime in Feb 2026", "27 Feb 2026"]);
    expect(items.map((i) => i.openStart)).toEqual([true, false, false]);
    expect(items.map((i) => i.direction)).toEqual(["between A and B", "from B to A", "from A to B"]);
    expect(items[0]).toMatchObject({ typeLabel: "Talks", familyLabel: "Mediating", firstEvidence: { quote: "q", source: "Ifri" }, evidenceCount: 1 });
  });

  test("how each stands at the time shown: certainly, only possibly, not active, or hidden by the filters", () => {
    const shown = new Set(["strike-day"]);
    const items = pairStoryItems(index, ["a", "b"], { time: on, inSlice: (id) => shown.has(id), passesFilters: null });
    expect(items.map((i) => [i.relation.id, i.standing, i.hiddenByFilters])).toEqual([
      ["talks-open", "inactive", false],
      // Possibly active on the day (a month's event) but not in the slice: the filters hide it.
      ["strike-month", "possible", true],
      ["strike-day", "certain", false],
    ]);
    expect(items.map((i) => standingNow(i, "as of 27 Feb 2026").words)).toEqual([
      "Not active as of 27 Feb 2026",
      "Hidden by the filters (only possibly active as of 27 Feb 2026)",
      "In the view: certainly active as of 27 Feb 2026",
    ]);
    expect(storySummary(items, "as of 27 Feb 2026")).toBe("1 of 3 in the view as of 27 Feb 2026; 1 hidden by the filters; the first begins at an unknown date.");
  });

  test("what the filters leave out at any date is marked so, active now or not", () => {
    const items = pairStoryItems(index, ["a", "b"], { time: on, inSlice: () => true, passesFilters: (id) => id !== "talks-open" });
    expect(items.map((i) => i.hiddenByFilters)).toEqual([true, false, false]);
    expect(standingNow(items[0], "as of 27 Feb 2026")).toEqual({ key: "filtered", words: "Hidden by the filters (not active as of 27 Feb 2026)" });
  });
});

describe("an actor's story", () => {
  test("all its relations, oldest first, and its counterparts with their counts", () => {
    expect(actorStoryItems(index, "a", { time: null, inSlice: () => true, passesFilters: null }).map((i) => [i.relation.id, i.standing])).toEqual([
      ["talks-open", null],
      ["other", null],
      ["strike-month", null],
      ["strike-day", null],
    ]);
    expect(counterparts(index, "a")).toEqual([
      { actor: "b", count: 3 },
      { actor: "c", count: 1 },
    ]);
  });
});
