/**
 * The explorer's "export this view": the subset it hands the exporters carries the view's time
 * and the relations only possibly active then, so both exports mark them as the view does.
 */
import { describe, expect, test, vi } from "vitest";

// The image half of the module draws with WebGL, which Node lacks; the export half needs none of it.
vi.mock("../../src/render/composition/compose", () => ({ composeImage: vi.fn(), imageFileName: vi.fn() }));
vi.mock("../../src/render/composition/png", () => ({ copyPng: vi.fn() }));
import { exportFile, viewSubset, type ExportedView } from "../../src/app/exports";
import { exportJson } from "../../src/export/json";
import { readDataDir } from "../../src/cli/read-data-dir";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { computeCompareView } from "../../src/state/compare-view";
import { setCompare } from "../../src/state/producers";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState } from "../../src/state/view-state";

const loaded = loadDataSet(readDataDir("test/fixtures/cli/known-and-possible"));
if (!loaded.ok) throw new Error("the known-and-possible fixture does not load");
const data = loaded.dataSet;
const index = new RelationIndex(data);

describe("viewSubset", () => {
  test("a view of a day: its day, and which of its relations are only possible", () => {
    const state = getEmptyViewState(parseDay("2026-03-01"));
    const subset = viewSubset(data, computeViewSlice(index, state), state);
    expect(subset.relations.map((r) => r.id)).toEqual(["strikes", "truce", "refuge"]);
    expect(subset.time).toEqual({ from: state.at, to: state.at, possibleOnly: new Set(["truce"]) });
    const json = exportJson(subset, data.taxonomy) as { relations: { id: string; certainty: string }[] };
    expect(json.relations.map((r) => [r.id, r.certainty])).toEqual([
      ["strikes", "certain"],
      ["truce", "possible"],
      ["refuge", "certain"],
    ]);
  });

  test("a view of a window: its first and last day", () => {
    // Backing ("../2010") may have ended before July 2010, so it is only possible in this window;
    // in one holding all of 2010 it is certain, as its end is.
    const state = { ...getEmptyViewState(0), mode: "window" as const, from: parseDay("2010-07-01"), to: parseDay("2016-12-31") };
    const subset = viewSubset(data, computeViewSlice(index, state), state);
    expect(subset.time).toEqual({ from: state.from, to: state.to, possibleOnly: new Set(["backing"]) });
    expect(subset.relations.map((r) => r.id)).toEqual(["refuge", "backing"]);
  });

  test("the view's GEXF snapshot draws the possible relations dashed; the whole data set has no time to be sure of", () => {
    const state = getEmptyViewState(parseDay("2026-03-01"));
    const view = { shown: { dataSet: data, graph: { mapNodes: () => [] } }, slice: computeViewSlice(index, state), state, positionOf: () => undefined } as unknown as ExportedView;
    const file = exportFile({ format: "gexf", scope: "view", time: "snapshot" }, view);
    expect(file.text.match(/<edge id="truce"[\s\S]*?<\/edge>/)![0]).toContain('<viz:shape value="dashed"/>');
    expect(file.text.match(/<edge id="strikes"[\s\S]*?<\/edge>/)![0]).not.toContain("viz:shape");
    const all = exportFile({ format: "json", scope: "all", time: "snapshot" }, view);
    expect(JSON.parse(all.text).time).toBeUndefined();
  });
});

describe("a comparison's GEXF", () => {
  test("holds the relations of both moments, each with its change, and says what it compares", () => {
    const state = setCompare({ at: parseDay("2009-06-01") })(getEmptyViewState(parseDay("2026-03-01")));
    const compare = computeCompareView(index, state)!;
    const view = { shown: { dataSet: data, graph: { mapNodes: () => [] } }, slice: compare.after, state, positionOf: () => undefined, compare } as unknown as ExportedView;
    const file = exportFile({ format: "gexf", scope: "view", time: "snapshot" }, view);
    const changeOf = (id: string) => file.text.match(new RegExp(`<edge id="${id}"[\\s\\S]*?for="change" value="(\\w+)"`))?.[1];
    expect(compare.union.relationIds.map(changeOf)).toEqual(compare.union.relationIds.map((id) => compare.comparison.changeOf(id)!.change));
    expect(changeOf("backing")).toBe("ended");
    expect(changeOf("strikes")).toBe("added");
    expect(file.text).toContain("<description>Faultlines comparison, 1 Jun 2009 → 1 Mar 2026</description>");
    // A view of one moment says no change.
    const plain = exportFile({ format: "gexf", scope: "view", time: "snapshot" }, { ...view, compare: null } as ExportedView);
    expect(plain.text).not.toContain('for="change"');
  });
});
