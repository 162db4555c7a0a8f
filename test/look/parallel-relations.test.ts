/**
 * Parallel places match @sigma/edge-curve's own indexing on any drawn set, whatever the actors
 * are called, and a relation drawn alone between its pair gets none.
 */
import fc from "fast-check";
import { MultiGraph } from "graphology";
import { describe, expect, test } from "vitest";
import { parallelPlaces, parallelPlacesIn } from "../../src/look/parallel-relations";

// The library's module reads WebGL constants when it loads; its indexing needs none of WebGL.
const constants = { UNSIGNED_BYTE: 5121, FLOAT: 5126 };
Object.assign(globalThis, { WebGLRenderingContext: constants, WebGL2RenderingContext: constants });
const { indexParallelEdgesIndex } = await import("@sigma/edge-curve");

// The library keys actors in plain objects, where "__proto__" breaks it: compared on plain names,
// then the same relations under hostile names must get the same places.
const ACTORS = ["a", "b", "c", "d", "e"];
const HOSTILE: Record<string, string> = { a: "__proto__", b: "constructor", c: "toString", d: "d", e: "e" };

describe("parallelPlaces", () => {
  test("the library's indices, on random relations between a few actors", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ACTORS), fc.constantFrom(...ACTORS), fc.boolean()), { maxLength: 30 }), (pairs) => {
        const graph = new MultiGraph({ type: "mixed" });
        ACTORS.forEach((a) => graph.addNode(a));
        const ends = pairs.filter(([s, t]) => s !== t).map(([s, t, directed], i) => {
          if (directed) graph.addDirectedEdgeWithKey(`r${i}`, s, t);
          else graph.addUndirectedEdgeWithKey(`r${i}`, s, t);
          return [`r${i}`, s, t] as const;
        });
        indexParallelEdgesIndex(graph, { edgeIndexAttribute: "i", edgeMaxIndexAttribute: "max" });
        const places = parallelPlaces(ends);
        expect(parallelPlacesIn(graph)).toEqual(places);
        graph.forEachEdge((edge, a) => {
          const place = places.get(edge);
          if (a.max === null) expect(place).toBeUndefined();
          else expect(place).toEqual({ index: a.i, maxIndex: a.max });
        });
        expect(parallelPlaces(ends.map(([r, s, t]) => [r, HOSTILE[s], HOSTILE[t]] as const))).toEqual(places);
      }),
      { numRuns: 500 },
    );
  });

  test("alone between its pair: no place", () => {
    expect(parallelPlaces([["r1", "a", "b"]]).size).toBe(0);
    expect(parallelPlaces([["r1", "a", "b"], ["r2", "b", "a"]])).toEqual(new Map([["r1", { index: 1, maxIndex: 1 }], ["r2", { index: 1, maxIndex: 1 }]]));
  });
});
