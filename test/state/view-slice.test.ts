/**
 * The view slice against a plain reading of its rules (test/support/plain-slice.ts: filter the
 * relation objects, count with sets of names), on random relations and random view states: the
 * typed-array slice must give the same relations, actors, degrees and legend counts, in names and in ordinals, and answer the
 * renderer's lookups alike. Some data sets leave out actors their relations name, and some
 * windows cover every day, so the slow paths (actors counted by name) and full masks are taken.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { RelationIndex } from "../../src/model/relation-index";
import type { Confidence } from "../../src/model/types";
import { viewFilters } from "../../src/state/view-filters";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type ViewState } from "../../src/state/view-state";
import { plainSlice } from "../support/plain-slice";
import { ACTORS, arbRelations, boundaryDays, dataSetOf, TYPES } from "../support/random-data";

const actorIds = ACTORS.map((a) => a.id);
const arbState = (days: number[]) =>
  fc.record({
    mode: fc.constantFrom<"at" | "window">("at", "window"),
    at: fc.constantFrom(...days),
    span: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.constant(1e6)),
    hiddenTypes: fc.subarray(TYPES.map((t) => t.id)),
    hiddenFamilies: fc.subarray(["hostile", "cooperative", "mediating", "structural"]),
    hiddenKinds: fc.subarray(["state", "armed-group", "person"]),
    minConfidence: fc.constantFrom<Confidence>("low", "medium", "high"),
    hideIsolated: fc.boolean(),
    ego: fc.option(fc.record({ actor: fc.constantFrom(...actorIds), depth: fc.integer({ min: 0, max: 2 }) })),
    selectedActor: fc.option(fc.constantFrom(...actorIds)),
  });

describe("computeViewSlice", () => {
  test("gives what the plain reading of its rules gives, for any relations and view state", () => {
    fc.assert(
      fc.property(
        arbRelations(60).chain((relations) =>
          fc.tuple(fc.constant(relations), arbState(boundaryDays(relations).length ? boundaryDays(relations) : [0]), fc.subarray(actorIds, { maxLength: 2 })),
        ),
        ([relations, s, unlisted]) => {
          const full = dataSetOf(relations);
          const dataSet = { ...full, actors: full.actors.filter((a) => !unlisted.includes(a.id)) };
          const state: ViewState = { ...getEmptyViewState(s.at), ...s, span: "all", from: s.at, to: s.at + s.span };
          const slice = computeViewSlice(new RelationIndex(dataSet), state);
          const plain = plainSlice(dataSet, state);
          const { ordinals } = slice;
          expect(Array.from(ordinals.relations)).toEqual(plain.relations.map((id) => relations.findIndex((r) => r.id === id)));
          expect(Array.from(ordinals.relationShown)).toEqual(relations.map((r) => (plain.relations.includes(r.id) ? 1 : 0)));
          expect(Array.from(ordinals.actorShown)).toEqual(dataSet.actors.map((a) => (plain.visibleActors.includes(a.id) ? 1 : 0)));
          expect(Array.from(ordinals.actorDegree)).toEqual(dataSet.actors.map((a) => plain.degree[a.id] ?? 0));
          expect(slice.relations.map((r) => r.id)).toEqual(plain.relations);
          expect(slice.relationIds).toEqual(plain.relations);
          expect([...slice.visibleRelations]).toEqual(plain.relations);
          expect([...slice.visibleActors]).toEqual(plain.visibleActors);
          expect(Object.fromEntries(slice.degree)).toEqual(plain.degree);
          expect({ ...slice.typeCounts }).toEqual(plain.typeCounts);
          expect({ ...slice.familyCounts }).toEqual(plain.familyCounts);
          expect({ ...slice.kindCounts }).toEqual(plain.kindCounts);
          expect(slice.activeInTime).toBe(plain.activeInTime);
          expect([slice.relationCount, slice.actorCount]).toEqual([plain.relations.length, plain.visibleActors.length]);
          for (const r of relations) expect(slice.hasRelation(r.id), r.id).toBe(plain.relations.includes(r.id));
          for (const a of actorIds) {
            expect(slice.hasActor(a), a).toBe(plain.visibleActors.includes(a));
            expect(slice.degreeOf(a), a).toBe(unlisted.includes(a) ? 0 : (plain.degree[a] ?? 0));
          }
          expect(slice.hasRelation("no such relation") || slice.hasActor("no such actor")).toBe(false);
        },
      ),
      { numRuns: 400, seed: 2026 },
    );
  });

  test("hiding possible relations keeps exactly the relations shown as certain, and marks none as possible (property)", () => {
    fc.assert(
      fc.property(
        arbRelations(60).chain((relations) => fc.tuple(fc.constant(relations), arbState(boundaryDays(relations).length ? boundaryDays(relations) : [0]))),
        ([relations, s]) => {
          const index = new RelationIndex(dataSetOf(relations));
          // No ego view: its neighbourhood is found over the relations kept, so it may shrink.
          const shown: ViewState = { ...getEmptyViewState(s.at), ...s, span: "all", ego: null, from: s.at, to: s.at + s.span };
          const hidden: ViewState = { ...shown, showPossible: false };
          expect(viewFilters(shown).some((f) => f.type === "certainty")).toBe(false);
          expect(viewFilters(hidden)).toContainEqual({ type: "certainty", shown: "certain" });
          const all = computeViewSlice(index, shown);
          const certain = computeViewSlice(index, hidden);
          expect(certain.relationIds).toEqual(all.relationIds.filter((id) => !all.isPossibleOnly(id)));
          expect(all.possibleOnlyCount).toBe(all.relationIds.filter((id) => all.isPossibleOnly(id)).length);
          expect(certain.possibleOnlyCount).toBe(0);
          expect(certain.relationIds.some((id) => certain.isPossibleOnly(id))).toBe(false);
        },
      ),
      { numRuns: 300, seed: 17 },
    );
  });

  test("an empty data set: nothing in time, nothing shown, no counts", () => {
    const slice = computeViewSlice(new RelationIndex(dataSetOf([])), { ...getEmptyViewState(0), mode: "window", from: -1e6, to: 1e6 });
    expect([slice.activeInTime, slice.relationCount, slice.ordinals.relations.length]).toEqual([0, 0, 0]);
    expect([{ ...slice.typeCounts }, { ...slice.familyCounts }, { ...slice.kindCounts }]).toEqual([{}, {}, {}]);
  });
});
