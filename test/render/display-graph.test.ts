/**
 * The display graph holds exactly the relations drawn, after any sequence of steps, patched or
 * rebuilt; it says exactly what it added and dropped, emits nothing while it syncs, keeps each
 * relation's ends, direction and the attributes the reducers read, and never writes into the
 * model graph.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { buildGraph } from "../../src/model/graph";
import { DisplayGraph } from "../../src/render/display-graph";
import { arbRelations, dataSetOf } from "../support/random-data";

const ascending = (picks: boolean[]) => Uint32Array.from(picks.flatMap((p, i) => (p ? [i] : [])));

describe("DisplayGraph", () => {
  test("holds what is drawn after every step, and reports the difference", () => {
    fc.assert(
      fc.property(
        arbRelations(40).chain((relations) =>
          fc.tuple(fc.constant(relations), fc.array(fc.tuple(fc.array(fc.boolean(), { minLength: relations.length, maxLength: relations.length }), fc.boolean()), { maxLength: 8 })),
        ),
        ([relations, steps]) => {
          const model = buildGraph(dataSetOf(relations));
          const ids = relations.map((r) => r.id);
          const display = new DisplayGraph(model, new Map());
          let events = 0;
          display.on("edgeAdded", () => events++);
          display.on("edgeDropped", () => events++);
          display.on("edgesCleared", () => events++);
          let held = new Set<string>();
          for (const [picks, patch] of steps) {
            const ordinals = ascending(picks);
            const change = display.syncRelations({ ids, ordinals }, patch);
            const wanted = new Set(Array.from(ordinals, (i) => ids[i]));
            expect(new Set(display.edges())).toEqual(wanted);
            if (!change.rebuilt) {
              expect(new Set(change.added)).toEqual(new Set([...wanted].filter((id) => !held.has(id))));
              expect(new Set(change.dropped)).toEqual(new Set([...held].filter((id) => !wanted.has(id))));
            } else {
              expect(display.edges()).toEqual(Array.from(ordinals, (i) => ids[i]));
              expect(new Set(change.dropped)).toEqual(held);
            }
            held = wanted;
          }
          expect(events).toBe(0);
          for (const id of display.edges()) {
            expect(display.extremities(id)).toEqual(model.extremities(id));
            expect(display.isDirected(id)).toBe(model.isDirected(id));
            // What the reducers read, as the model has it, and nothing else for sigma to copy.
            const { type, directed, confidence, family } = model.getEdgeAttributes(id);
            expect(display.getEdgeAttributes(id)).toStrictEqual({ type, directed, confidence, family });
          }
          expect(display.order).toBe(model.order);
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a list from other data is put back from scratch", () => {
    const relations = fc.sample(arbRelations(30), { numRuns: 50, seed: 5 }).reduce((x, y) => (y.length > x.length ? y : x));
    const model = buildGraph(dataSetOf(relations));
    const display = new DisplayGraph(model, new Map());
    const ids = relations.map((r) => r.id);
    display.syncRelations({ ids, ordinals: Uint32Array.of(0, 1) }, true);
    const change = display.syncRelations({ ids: [...ids], ordinals: Uint32Array.of(1, 2) }, true);
    expect(change.rebuilt).toBe(true);
    expect(display.edges()).toEqual([ids[1], ids[2]]);
  });

  test("positions are copied from the view's as one event, and its own never reach the model", () => {
    const relations = fc.sample(arbRelations(10), { numRuns: 1, seed: 9 })[0];
    const model = buildGraph(dataSetOf(relations));
    const positions = new Map<string, { x: number; y: number }>(model.mapNodes((actor) => [actor, { x: 1, y: 2 }] as const));
    const display = new DisplayGraph(model, positions);
    let updates = 0;
    display.on("eachNodeAttributesUpdated", () => updates++);
    for (const actor of positions.keys()) positions.set(actor, { x: 5, y: 6 });
    display.copyPositions();
    expect(updates).toBe(1);
    display.forEachNode((_, a) => expect([a.x, a.y]).toEqual([5, 6]));
    // Each actor's name and kind, as the reducers read them.
    model.forEachNode((actor, { label, kind }) => expect(display.getNodeAttributes(actor)).toStrictEqual({ label, kind, x: 5, y: 6 }));
    display.forEachNode((actor) => display.setNodeAttribute(actor, "size", 99));
    model.forEachNode((_, a) => expect(a.size).toBeUndefined());
    model.forEachNode((_, a) => expect(a.x).toBeUndefined());
  });
});
