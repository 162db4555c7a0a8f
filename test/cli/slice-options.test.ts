/**
 * The command line and the explorer slice through one filter engine, so they agree: for random
 * data (some relations of a type the taxonomy lacks, some actors of a kind it lacks, some
 * actors a relation names but the data set does not list) and random slicing options, the
 * export's subset (options -> filters -> subset) holds the relations and actors the view shows
 * for the corresponding view state (view state -> computeViewSlice):
 *
 * - `--at D` is the view as of D; `--from A --to B` the window from A's first day to B's last
 *   (an absent bound is open); no time option, a window over all time;
 * - `--types X,Y` is the view with every other type hidden; `--families` and `--kinds` likewise
 *   (a type's family is "" when the taxonomy lacks the type, an unlisted actor's kind is "");
 * - `--min-confidence L` is the view's confidence floor L; `--ego A --depth K` its ego view;
 * - hide-isolated is on, with no selected actor; and with no option at all, the CLI exports
 *   everything, which is the view over all time with hide-isolated off.
 *
 * The filter list survives a trip through JSON. The relations are the same, in data order. The actors are the same, in data order, except the
 * ego: the export keeps it even when --kinds leaves out its kind, where the view hides it.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { sliceFiltersFrom, type SliceOptionValues } from "../../src/cli/slice-options";
import { parsePartialDate, parsePeriod } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset } from "../../src/model/subset";
import type { Confidence, DataSet, Relation } from "../../src/model/types";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type ViewState } from "../../src/state/view-state";
import { ACTORS, arbDateText, arbRelations, dataSetOf, TYPES } from "../support/random-data";

const ids = (xs: readonly { id: string }[]) => xs.map((x) => x.id);

/** Random data, with names the taxonomy lacks: a "ceasefire" type, a "militia" actor, unlisted actors. */
const arbDataSet: fc.Arbitrary<DataSet> = fc
  .tuple(arbRelations(60), fc.subarray(ACTORS.map((a) => a.id), { maxLength: 2 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 5 }))
  .map(([relations, unlisted, militia, untyped]) => {
    const full = dataSetOf(relations.map((r, i): Relation => (untyped.some((k) => k % Math.max(1, relations.length) === i) ? { ...r, type: "ceasefire" } : r)));
    const actors = full.actors.filter((a) => !unlisted.includes(a.id)).map((a) => (militia && a.id === "e" ? { ...a, kind: "militia" } : a));
    return { ...full, actors };
  });

const namesFor = (dataSet: DataSet) => {
  const index = new RelationIndex(dataSet);
  const all = (taxonomy: string[], used: readonly string[]) => [...new Set([...taxonomy, ...used])];
  return {
    types: all(dataSet.taxonomy.types.map((t) => t.id), index.typeNames),
    families: all(dataSet.taxonomy.families.map((f) => f.id), index.familyNames),
    kinds: all(dataSet.taxonomy.kinds.map((k) => k.id), index.kindNames),
  };
};

const arbOptions = (dataSet: DataSet): fc.Arbitrary<SliceOptionValues> => {
  const names = namesFor(dataSet);
  const listed = (all: string[]) => fc.option(fc.subarray(all.filter(Boolean), { minLength: 1 }).map((xs) => xs.join(",")), { nil: undefined, freq: 2 });
  const time = fc.oneof(
    fc.constant({}),
    arbDateText.filter((d) => d.length === 10).map((at) => ({ at })),
    fc.tuple(fc.option(arbDateText, { nil: undefined }), fc.option(arbDateText, { nil: undefined })).map(([a, b]) => {
      const [from, to] = a && b && parsePartialDate(b).last < parsePartialDate(a).first ? [b, a] : [a, b];
      return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
    }),
  );
  const actors = dataSet.actors.map((a) => a.id);
  return fc
    .record({
      time,
      types: listed(names.types),
      families: listed(names.families),
      kinds: listed(names.kinds),
      "min-confidence": fc.option(fc.constantFrom<Confidence>("low", "medium", "high"), { nil: undefined, freq: 2 }),
      ego: actors.length ? fc.option(fc.tuple(fc.constantFrom(...actors), fc.integer({ min: 0, max: 2 })), { nil: undefined, freq: 2 }) : fc.constant(undefined),
    })
    .map(({ time, ego, ...rest }) => {
      const values: SliceOptionValues = { ...time, ...(ego ? { ego: ego[0], depth: String(ego[1]) } : {}) };
      for (const [key, value] of Object.entries(rest)) if (value !== undefined) (values as Record<string, string>)[key] = value;
      return values;
    });
};

/** The view state the options correspond to (see the banner). */
function viewFor(dataSet: DataSet, values: SliceOptionValues): ViewState {
  const names = namesFor(dataSet);
  const hiddenBut = (all: string[], shown: string | undefined) => (shown === undefined ? [] : all.filter((n) => !shown.split(",").includes(n)));
  const base = getEmptyViewState(0);
  const time: Partial<ViewState> =
    values.at !== undefined
      ? { mode: "at", at: parsePartialDate(values.at).first }
      : { mode: "window", from: values.from ? parsePartialDate(values.from).first : -Infinity, to: values.to ? parsePartialDate(values.to).last : Infinity };
  return {
    ...base,
    ...time,
    hiddenTypes: hiddenBut(names.types, values.types),
    hiddenFamilies: hiddenBut(names.families, values.families),
    hiddenKinds: hiddenBut(names.kinds, values.kinds),
    minConfidence: (values["min-confidence"] as Confidence | undefined) ?? "low",
    ego: values.ego === undefined ? null : { actor: values.ego, depth: Number(values.depth) },
    hideIsolated: Object.keys(values).length > 0,
  };
}

describe("the command line's slice is the view's slice", () => {
  test("same relations and actors for random data and random options (property)", () => {
    fc.assert(
      fc.property(
        arbDataSet.chain((dataSet) => fc.tuple(fc.constant(dataSet), arbOptions(dataSet))),
        ([dataSet, values]) => {
          const index = new RelationIndex(dataSet);
          const filters = sliceFiltersFrom(values, dataSet);
          const subset = selectSubset(index, filters);
          // Filters are plain data: the same list after a trip through JSON selects the same.
          expect(selectSubset(index, JSON.parse(JSON.stringify(filters)))).toEqual(subset);
          const view = viewFor(dataSet, values);
          const slice = computeViewSlice(index, view);
          expect(ids(subset.relations)).toEqual(slice.relationIds);
          const egoOfHiddenKind = (a: DataSet["actors"][number]) => a.id === values.ego && view.hiddenKinds.includes(a.kind);
          const shownOrEgo = dataSet.actors.filter((a) => slice.visibleActors.has(a.id) || egoOfHiddenKind(a));
          expect(ids(subset.actors)).toEqual(ids(shownOrEgo));
        },
      ),
      { numRuns: 400, seed: 15 },
    );
  });
});

describe("types and kinds the taxonomy lacks are matched by name", () => {
  // The first type and kind of the taxonomy are "airstrike" and "state": a name the taxonomy
  // lacks, or an actor the data set does not list, must never count as them.
  const relation = (id: string, type: string, source: string, target: string): Relation => ({
    id, source, target, type, directed: true, periods: [parsePeriod("2021")], confidence: "high", evidence: [{ source: "doc", quote: "q" }],
  });
  const dataSet = dataSetOf([relation("strike", "airstrike", "a", "b"), relation("pause", "ceasefire", "a", "b"), relation("raid", "airstrike", "a", "stranger")]);
  const subset = (values: SliceOptionValues) => ids(selectSubset(new RelationIndex(dataSet), sliceFiltersFrom(values, dataSet)).relations);

  test("--types names the first type: a relation of a type the taxonomy lacks is not selected", () => {
    expect(subset({ types: "airstrike" })).toEqual(["strike", "raid"]);
    expect(subset({ families: "hostile" })).toEqual(["strike", "raid"]);
  });

  test("--types names the missing type: exactly its relations", () => {
    expect(subset({ types: "ceasefire" })).toEqual(["pause"]);
  });

  test("--kinds names the first kind: a relation to an actor the data set does not list is not selected", () => {
    expect(subset({ kinds: "state" })).toEqual(["strike", "pause"]);
  });
});

describe("--certain and --possible", () => {
  test("--certain keeps the marked slice's certain relations, and what is marked possible is what a plain scan finds only possible (property)", () => {
    fc.assert(
      fc.property(
        arbDataSet.chain((dataSet) => fc.tuple(fc.constant(dataSet), arbOptions(dataSet))),
        ([dataSet, options]) => {
          const { ego: _, depth: __, ...values } = options;
          if (values.at === undefined && values.from === undefined && values.to === undefined) {
            expect(() => sliceFiltersFrom({ ...values, certain: true }, dataSet)).toThrow(/--certain needs a date/);
            return;
          }
          const index = new RelationIndex(dataSet);
          const possible = selectSubset(index, sliceFiltersFrom({ ...values, possible: true }, dataSet));
          expect(selectSubset(index, sliceFiltersFrom(values, dataSet))).toEqual(possible);
          const certain = selectSubset(index, sliceFiltersFrom({ ...values, certain: true }, dataSet));
          const { from, to, possibleOnly } = possible.time!;
          expect(ids(certain.relations)).toEqual(ids(possible.relations).filter((id) => !possibleOnly.has(id)));
          for (const r of possible.relations) {
            expect(index.bounds.activeIn(r, from, to)).toBe(true);
            expect(index.bounds.activeIn(r, from, to, true)).toBe(!possibleOnly.has(r.id));
          }
          expect(certain.time!.possibleOnly.size).toBe(0);
        },
      ),
      { numRuns: 300, seed: 17 },
    );
  });

  test("both at once are refused", () => {
    const dataSet = dataSetOf([]);
    expect(() => sliceFiltersFrom({ at: "2026-03-01", certain: true, possible: true }, dataSet)).toThrow(/either --certain or --possible, not both/);
  });
});
