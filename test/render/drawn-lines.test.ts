/**
 * The lines drawn for what the display graph holds: bundles by default, the selection's pairs
 * spread and labelled, everything spread with one line per relation, curves placed among the
 * lines (not the relations), and no forced labels past the cap.
 */
import { MultiGraph } from "graphology";
import { describe, expect, test } from "vitest";
import { drawnLines, FORCED_LABELS_MAX, type LineFocus } from "../../src/render/drawn-lines";

/** Pakistan and the Taliban: three hostile relations (one only possible), one cooperative; Pakistan and India: two hostile. */
function held() {
  const g = new MultiGraph({ type: "mixed" });
  for (const a of ["pk", "tb", "in"]) g.addNode(a);
  g.addDirectedEdgeWithKey("h1", "pk", "tb", { family: "hostile", directed: true });
  g.addDirectedEdgeWithKey("h2", "tb", "pk", { family: "hostile", directed: true });
  g.addDirectedEdgeWithKey("h3", "pk", "tb", { family: "hostile", directed: true });
  g.addUndirectedEdgeWithKey("c1", "pk", "tb", { family: "cooperative", directed: false });
  g.addDirectedEdgeWithKey("i1", "pk", "in", { family: "hostile", directed: true });
  g.addDirectedEdgeWithKey("i2", "pk", "in", { family: "hostile", directed: true });
  return g;
}
const slice = { hasRelation: (id: string) => id !== "gone", isPossibleOnly: (id: string) => id === "h3" };
const NONE: LineFocus = { selectedActor: null, pairs: [], spreadAll: false, labelAll: false };

describe("drawnLines", () => {
  test("by default one line per pair, family and certainty, curved apart among the lines drawn", () => {
    const lines = drawnLines(held(), slice, false, NONE, true);
    expect(Object.fromEntries([...lines.bundles.bundles].map(([k, b]) => [k, b.members]))).toEqual({ h1: ["h1", "h2"], i1: ["i1", "i2"] });
    // Between pk and tb: the certain hostile line, the possible one and the cooperative one.
    expect([...lines.parallel.keys()].sort()).toEqual(["c1", "h1", "h3"]);
    expect(lines.labelled.size).toBe(0);
  });

  test("a selected actor's pairs are spread and labelled; other pairs stay bundled", () => {
    const lines = drawnLines(held(), slice, false, { ...NONE, selectedActor: "tb" }, true);
    expect([...lines.bundles.bundles.keys()]).toEqual(["i1"]);
    expect([...lines.labelled].sort()).toEqual(["c1", "h1", "h2", "h3"]);
    expect([...lines.parallel.keys()].sort()).toEqual(["c1", "h1", "h2", "h3"]);
  });

  test("a selected pair is spread and labelled, in either order", () => {
    const lines = drawnLines(held(), slice, false, { ...NONE, pairs: [["in", "pk"]] }, false);
    expect([...lines.bundles.bundles.keys()]).toEqual(["h1"]);
    expect([...lines.labelled].sort()).toEqual(["i1", "i2"]);
    expect(lines.parallel.size).toBe(0);
  });

  test("one line per relation spreads everything; labels then show where there is room", () => {
    const lines = drawnLines(held(), slice, false, { ...NONE, spreadAll: true }, true);
    expect(lines.bundles.bundles.size).toBe(0);
    expect(lines.typeLabelsWhereRoom).toBe(true);
    expect(lines.labelled.size).toBe(0);
    const ego = drawnLines(held(), slice, false, { ...NONE, spreadAll: true, labelAll: true }, true);
    expect(ego.labelled.size).toBe(6);
  });

  test("past the cap, the selection's lines are not labelled", () => {
    const g = new MultiGraph({ type: "mixed" });
    g.addNode("hub");
    for (let i = 0; i <= FORCED_LABELS_MAX; i++) {
      g.addNode(`n${i}`);
      g.addDirectedEdgeWithKey(`r${i}`, "hub", `n${i}`, { family: "hostile", directed: true });
    }
    expect(drawnLines(g, slice, false, { ...NONE, selectedActor: "hub" }, false).labelled.size).toBe(0);
    g.dropNode("n0");
    expect(drawnLines(g, slice, false, { ...NONE, selectedActor: "hub" }, false).labelled.size).toBe(FORCED_LABELS_MAX);
  });
});
