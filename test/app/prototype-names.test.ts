/**
 * Ids are the user's names: an imported data set may call an actor, a kind, a type or a family
 * "__proto__", "constructor" or "toString". Every lookup keyed by such a name (slice counts,
 * the legend's counts, colours, stored positions, the layout) must treat it as a plain name:
 * no NaN positions, no Object's constructor as a colour or a count, no data set changed by
 * being shown.
 */
import { describe, expect, test } from "vitest";
import { prepare } from "../../src/app/session/shown-data-set";
import { parsePeriod } from "../../src/model/dates";
import type { DataSet } from "../../src/model/types";
import { layoutDataSet } from "../../src/look/layout-data-set";
import { familyColour, kindColour } from "../../src/look/palette";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState } from "../../src/state/view-state";
import { countOf } from "../../src/ui/legend/legend-model";

/** What the explorer derives to show a data set; the positions it starts from are its `layout`. */
function prepareExplorer(dataSet: DataSet, stored?: Record<string, readonly [number, number]>) {
  const made = prepare("the data set", dataSet, stored);
  if (!made.ok) throw new Error(made.problem);
  return made.prepared;
}

const NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"] as const;
const period = parsePeriod("2025/..");

function hostileNames(): DataSet {
  return {
    taxonomy: {
      families: NAMES.map((id) => ({ id, label: id })),
      types: NAMES.map((id) => ({ id, label: id, family: id, sign: -1 as const, directed: true, cameo: [], plover: null, mappingMilitants: null })),
      kinds: NAMES.map((id) => ({ id, label: id })),
    },
    actors: [...NAMES, "valueOf"].map((id, i) => ({ id, label: `<b>${id}</b>`, kind: NAMES[i % NAMES.length], aliases: [] })),
    relations: NAMES.map((type, i) => ({
      id: `r-${type}`,
      source: NAMES[i],
      target: i + 1 < NAMES.length ? NAMES[i + 1] : "valueOf",
      type,
      directed: true,
      periods: [period],
      confidence: "high" as const,
      evidence: [],
    })),
    sources: [],
  };
}

describe("names that are also Object.prototype's", () => {
  test("the slice counts each type, family and kind under its own name", () => {
    const data = prepareExplorer(hostileNames());
    const slice = computeViewSlice(data.index, getEmptyViewState(data.openingDay));
    for (const name of NAMES) {
      expect(countOf(slice.typeCounts, name), `type ${name}`).toBe(1);
      expect(countOf(slice.familyCounts, name), `family ${name}`).toBe(1);
    }
    expect(countOf(slice.kindCounts, "__proto__")).toBe(2);
    expect(countOf(slice.kindCounts, "constructor")).toBe(1);
    expect(countOf({}, "constructor")).toBe(0);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("every kind and family gets a colour", () => {
    for (const name of NAMES)
      for (const theme of ["light", "dark"] as const) {
        expect(kindColour(name, theme)).toMatch(/^#[0-9a-f]{6}$/);
        expect(familyColour(name, theme)).toMatch(/^#[0-9a-f]{6}$/);
      }
  });

  test("the layout places every actor, and showing a data set does not change it", () => {
    const dataSet = hostileNames();
    const before = structuredClone(dataSet);
    const positions = layoutDataSet(dataSet);
    expect(Object.keys(positions).sort()).toEqual([...NAMES, "valueOf"].sort());
    for (const [x, y] of Object.values(positions)) expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    const data = prepareExplorer(dataSet);
    for (const [id, a] of data.layout) expect(Number.isFinite(a.x) && Number.isFinite(a.y), `${id} at ${a.x},${a.y}`).toBe(true);
    expect(dataSet).toEqual(before);
  });

  test("stored positions are used when every actor has one of its own, else the data is laid out", () => {
    const dataSet = hostileNames();
    const stored: Record<string, readonly [number, number]> = Object.create(null);
    [...NAMES, "valueOf"].forEach((id, i) => (stored[id] = [i, -i]));
    const placed = prepareExplorer(dataSet, stored);
    expect(placed.layout.get("constructor")).toMatchObject({ x: 1, y: -1 });
    // "constructor" missing from a plain object must not count as present.
    const partial = { __proto__: null, valueOf: [9, 9] } as unknown as Record<string, readonly [number, number]>;
    const laidOut = prepareExplorer(dataSet, partial);
    expect(laidOut.layout.get("valueOf")).not.toMatchObject({ x: 9, y: 9 });
  });

  test("a layout through the data set gives what laying out the graph itself gives", () => {
    const data = prepareExplorer(hostileNames());
    const positions = layoutDataSet(data.dataSet);
    for (const [node, a] of data.layout) expect([a.x, a.y]).toEqual(positions[node]);
  });
});
