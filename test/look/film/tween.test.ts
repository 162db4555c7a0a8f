/** Frames between two keyframes: what stays moves, what begins fades in, what ends fades out. */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Scene, SceneEdge, SceneNode } from "../../../src/look/composition/types";
import { tweenScene } from "../../../src/look/film/tween";

const node = (id: string, size: number, extra: Partial<SceneNode> = {}): SceneNode => ({ id, x: id.charCodeAt(0) * 10, y: 50, size, color: "#123456", label: id.toUpperCase(), ...extra });
const edge = (id: string, size: number, extra: Partial<SceneEdge> = {}): SceneEdge => ({ id, x1: 0, y1: 0, x2: 100, y2: 0, color: "#654321", size, directed: true, curvature: 0, targetSize: 8, ...extra });
const scene = (nodes: SceneNode[], edges: SceneEdge[]): Scene => ({ width: 800, height: 500, labelSize: 14, nodes, edges });

// Pakistan stays and grows; the TTP appears; the Afghan Taliban leave. Talks end, a strike begins, support stays and thickens.
const before = scene([node("pk", 10), node("af", 8)], [edge("talks", 2, { color: "#00f" }), edge("support", 1, { curvature: 0 })]);
const after = scene([node("pk", 20, { color: "#abcdef" }), node("ttp", 6)], [edge("support", 3, { curvature: 0.2 }), edge("strike", 4)]);

describe("tweenScene", () => {
  test("half way: what stays has after's look and half-moved sizes; what begins is half in, what ends half out", () => {
    const mid = tweenScene(before, after, 0.5);
    const byId = new Map(mid.nodes.map((v) => [v.id, v]));
    expect(byId.get("pk")).toEqual({ ...after.nodes[0], size: 15 });
    expect(byId.get("ttp")).toMatchObject({ size: 3, opacity: 0.5, label: "TTP" });
    expect(byId.get("af")).toMatchObject({ size: 4, opacity: 0.5, label: "AF" });
    const edges = new Map(mid.edges.map((e) => [e.id, e]));
    expect(edges.get("support")).toEqual({ ...after.edges[0], size: 2, curvature: 0.1 });
    expect(edges.get("strike")).toMatchObject({ size: 4, opacity: 0.5 });
    expect(edges.get("talks")).toMatchObject({ size: 2, opacity: 0.5, color: "#00f" });
    // An ending relation is drawn under the rest; an ending actor likewise.
    expect(mid.edges.map((e) => e.id)).toEqual(["talks", "support", "strike"]);
    expect(mid.nodes.map((v) => v.id)).toEqual(["af", "pk", "ttp"]);
  });

  test("an arrowhead stops at its target's rim as the target grows or shrinks", () => {
    const ttp = node("ttp", 6);
    const to = (id: string, target: SceneNode) => edge(id, 2, { x1: 10, y1: 10, x2: target.x, y2: target.y, targetSize: target.size });
    const pk = node("pk", 10);
    const grown = scene([pk, ttp], [to("strike", ttp)]);
    const mid = tweenScene(scene([pk], []), grown, 0.5);
    expect(mid.edges[0].targetSize).toBe(3);
    const gone = tweenScene(grown, scene([pk], []), 0.25);
    expect(gone.edges[0].targetSize).toBe(4.5);
  });

  test("names show only while an actor is at least half inked", () => {
    const early = tweenScene(before, after, 0.3);
    expect(early.nodes.find((v) => v.id === "ttp")!.label).toBe("");
    expect(early.nodes.find((v) => v.id === "af")!.label).toBe("AF");
    const late = tweenScene(before, after, 0.7);
    expect(late.nodes.find((v) => v.id === "ttp")!.label).toBe("TTP");
    expect(late.nodes.find((v) => v.id === "af")!.label).toBe("");
  });

  test("t = 1 is after itself, t = 0 looks like before, and the first step fades in from nothing", () => {
    expect(tweenScene(before, after, 1)).toBe(after);
    const start = tweenScene(before, after, 0);
    const shown = start.nodes.filter((v) => (v.opacity ?? 1) > 0);
    expect(shown.map((v) => [v.id, v.size])).toEqual([["af", 8], ["pk", 10]]);
    expect(start.edges.filter((e) => (e.opacity ?? 1) > 0).map((e) => [e.id, e.size])).toEqual([["talks", 2], ["support", 1]]);
    expect(start.nodes.find((v) => v.id === "af")).not.toHaveProperty("opacity");
    const first = tweenScene(null, after, 0.25);
    expect(first.nodes.map((v) => [v.id, v.size, v.opacity])).toEqual([["pk", 5, 0.25], ["ttp", 1.5, 0.25]]);
  });

  const arbitraryScene = fc
    .record({
      nodes: fc.uniqueArray(fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), size: fc.double({ min: 0, max: 40, noNaN: true }), opacity: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }), { selector: (v) => v.id }),
      edges: fc.uniqueArray(fc.record({ id: fc.constantFrom("r1", "r2", "r3", "r4"), size: fc.double({ min: 0, max: 10, noNaN: true }), curvature: fc.double({ min: -0.5, max: 0.5, noNaN: true }) }), { selector: (e) => e.id }),
    })
    .map(({ nodes, edges }) =>
      scene(
        nodes.map(({ opacity, ...v }) => node(v.id, v.size, opacity === undefined ? {} : { opacity })),
        edges.map((e) => edge(e.id, e.size, { curvature: e.curvature })),
      ),
    );

  test("for any two keyframes: opacities in [0, 1], sizes never negative, every id of either drawn once until t = 1, which is after", () => {
    fc.assert(
      fc.property(fc.option(arbitraryScene, { nil: null }), arbitraryScene, fc.double({ min: -0.5, max: 1.5, noNaN: true }), (a, b, t) => {
        const frame = tweenScene(a, b, t);
        if (t >= 1) expect(frame).toEqual(b);
        for (const item of [...frame.nodes, ...frame.edges]) {
          expect(item.size).toBeGreaterThanOrEqual(0);
          if (item.opacity !== undefined) {
            expect(item.opacity).toBeGreaterThanOrEqual(0);
            expect(item.opacity).toBeLessThanOrEqual(1);
          }
        }
        const ids = (s: Scene | null) => new Set([...(s?.nodes ?? []), ...(s?.edges ?? [])].map((x) => x.id));
        const drawn = [...frame.nodes, ...frame.edges].map((x) => x.id);
        expect(new Set(drawn).size).toBe(drawn.length);
        // Until the step has arrived, what ends is still drawn, fading.
        expect(new Set(drawn)).toEqual(t >= 1 ? ids(b) : new Set([...ids(a), ...ids(b)]));
      }),
    );
  });
});
