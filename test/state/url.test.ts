/**
 * A view round-trips through its link, and a bad link opens what it can and says what it
 * ignored.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { filterPresets, filterShowing, shownTypes } from "../../src/model/filter-presets";
import { loadDataSet } from "../../src/model/load";
import { viewFromQuery, viewToQuery, type CameraView } from "../../src/state/url";
import { COLOUR_BY, getEmptyViewState, SPANS, WIDTH_BY, type ViewState } from "../../src/state/view-state";
import { readBundledData } from "../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
const defaults = getEmptyViewState(parseDay("2026-03-31"));

/** The parts of the view state a link carries (not hover or playback). */
const linked = (s: ViewState) => ({ ...s, hoveredActor: null, playing: false, speed: defaults.speed });

const arbDay = fc.integer({ min: parseDay("2000-01-01"), max: parseDay("2026-12-31") });
const arbState: fc.Arbitrary<ViewState> = fc
  .record({
    mode: fc.constantFrom("at" as const, "window" as const),
    at: arbDay,
    span: fc.tuple(arbDay, arbDay),
    hiddenTypes: fc.subarray(dataSet.taxonomy.types.map((t) => t.id)),
    hiddenFamilies: fc.subarray(dataSet.taxonomy.families.map((f) => f.id)),
    hiddenKinds: fc.subarray(dataSet.taxonomy.kinds.map((k) => k.id)),
    minConfidence: fc.constantFrom("low" as const, "medium" as const, "high" as const),
    hideIsolated: fc.boolean(),
    fadeHidden: fc.boolean(),
    showPossible: fc.boolean(),
    selectedActor: fc.option(fc.constantFrom(...dataSet.actors.map((a) => a.id)), { nil: null }),
    selectedRelation: fc.option(fc.constantFrom(...dataSet.relations.map((r) => r.id)), { nil: null }),
    selectedPair: fc.option(
      fc.uniqueArray(fc.constantFrom(...dataSet.actors.map((a) => a.id)), { minLength: 2, maxLength: 2 }).map(([a, b]) => [a, b] as const),
      { nil: null },
    ),
    linePerRelation: fc.boolean(),
    ego: fc.option(fc.record({ actor: fc.constantFrom(...dataSet.actors.map((a) => a.id)), depth: fc.integer({ min: 1, max: 3 }) }), { nil: null }),
    theme: fc.constantFrom("light" as const, "dark" as const),
    timelineSpan: fc.constantFrom(...SPANS),
    compare: fc.option(fc.oneof(arbDay.map((at) => ({ at })), fc.tuple(arbDay, arbDay).map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }))), { nil: null }),
    colourBy: fc.constantFrom(...COLOUR_BY),
    widthBy: fc.constantFrom(...WIDTH_BY),
    selectedTriad: fc.option(
      fc.uniqueArray(fc.constantFrom(...dataSet.actors.map((a) => a.id)), { minLength: 3, maxLength: 3 }).map(([a, b, c]) => [a, b, c] as const),
      { nil: null },
    ),
  })
  .map(({ span, timelineSpan, ...s }) => {
    const [from, to] = span[0] <= span[1] ? span : [span[1], span[0]];
    return s.mode === "window" ? { ...defaults, ...s, span: timelineSpan, from, to, at: to } : { ...defaults, ...s, span: timelineSpan, from: s.at, to: s.at };
  });
const arbCamera: fc.Arbitrary<CameraView | null> = fc.option(
  fc.record({ x: fc.double({ min: -2, max: 2, noNaN: true }), y: fc.double({ min: -2, max: 2, noNaN: true }), ratio: fc.double({ min: 0.01, max: 20, noNaN: true }) }).map((c) => ({ x: Number(c.x.toFixed(6)) || 0, y: Number(c.y.toFixed(6)) || 0, ratio: Number(c.ratio.toFixed(6)) })),
  { nil: null },
);

test("any view round-trips through its link (property)", () => {
  fc.assert(
    fc.property(arbState, arbCamera, (state, camera) => {
      const back = viewFromQuery(viewToQuery(state, camera, defaults), defaults, dataSet);
      expect(back.problems).toEqual([]);
      expect(linked(back.state)).toEqual(linked(state));
      expect(back.camera).toEqual(camera);
    }),
    { numRuns: 300, seed: 6 },
  );
});

test("the default view is a bare link; a typical one reads well", () => {
  expect(viewToQuery(defaults, null, defaults)).toBe("");
  const state = { ...defaults, at: parseDay("2026-02-27"), hiddenFamilies: ["mediating"], selectedActor: "ttp", ego: { actor: "ttp", depth: 2 }, theme: "dark" as const };
  expect(viewToQuery(state, { x: 0.56, y: 0.5, ratio: 1.15 }, defaults)).toBe("at=2026-02-27&hide-families=mediating&actor=ttp&ego=ttp%3A2&theme=dark&camera=0.56%2C0.5%2C1.15");
});

test("compare mode is written compare=A (a day, or a window start..end) beside the view's own time, moment B", () => {
  const state = { ...defaults, at: parseDay("2026-03-01"), compare: { at: parseDay("2021-09-01") } };
  expect(viewToQuery(state, null, defaults)).toBe("at=2026-03-01&compare=2021-09-01");
  expect(viewFromQuery("at=2026-03-01&compare=2021-09-01", defaults, dataSet)).toMatchObject({ state: { at: parseDay("2026-03-01"), compare: { at: parseDay("2021-09-01") } }, problems: [] });
  const window = viewFromQuery("at=2026-03-01&compare=2021-01-01..2021-12-31", defaults, dataSet);
  expect(window.state.compare).toEqual({ from: parseDay("2021-01-01"), to: parseDay("2021-12-31") });
  expect(viewToQuery(window.state, null, defaults)).toBe("at=2026-03-01&compare=2021-01-01..2021-12-31");
});

test("relations sized by deaths are written width=deaths and read back; by confidence, the default, left out", () => {
  expect(viewToQuery({ ...defaults, widthBy: "deaths" }, null, defaults)).toBe("width=deaths");
  expect(viewToQuery(defaults, null, defaults)).toBe("");
  expect(viewFromQuery("width=deaths", defaults, dataSet)).toMatchObject({ state: { widthBy: "deaths" }, problems: [] });
  expect(viewFromQuery("width=confidence", { ...defaults, widthBy: "deaths" }, dataSet)).toMatchObject({ state: { widthBy: "confidence" }, problems: [] });
});

test("camp colouring and a highlighted triad are written colour=camps and triad=a,b,c", () => {
  const state = { ...defaults, colourBy: "camp" as const, selectedTriad: ["pakistan", "afghan-taliban", "china"] as const };
  expect(viewToQuery(state, null, defaults)).toBe("colour=camps&triad=pakistan%2Cafghan-taliban%2Cchina");
  expect(viewFromQuery("colour=camps&triad=pakistan,afghan-taliban,china", defaults, dataSet)).toMatchObject({ state: { colourBy: "camp", selectedTriad: ["pakistan", "afghan-taliban", "china"] }, problems: [] });
});

test("the timeline's span is written span=5y and read back; the default, all years, is left out", () => {
  expect(viewToQuery({ ...defaults, at: parseDay("2026-02-27"), span: "5y" }, null, defaults)).toBe("at=2026-02-27&span=5y");
  expect(viewToQuery({ ...defaults, span: "all" }, null, defaults)).toBe("");
  expect(viewFromQuery("span=1y", defaults, dataSet)).toMatchObject({ state: { span: "1y" }, problems: [] });
  expect(viewFromQuery("span=3y", defaults, dataSet).state.span).toBe("all");
});

test("possible relations: hidden is written as possible=hidden; a link without it shows them, as links did before the toggle", () => {
  expect(viewToQuery({ ...defaults, showPossible: false }, null, defaults)).toBe("possible=hidden");
  expect(viewFromQuery("possible=hidden", defaults, dataSet)).toMatchObject({ state: { showPossible: false }, problems: [] });
  expect(viewFromQuery("possible=shown", defaults, dataSet)).toMatchObject({ state: { showPossible: true }, problems: [] });
  expect(viewFromQuery("at=2026-02-27&actor=ttp", defaults, dataSet).state.showPossible).toBe(true);
});

test("a pair is written pair=a,b, also for ids with commas; one line per relation is lines=each", () => {
  const state = { ...defaults, selectedPair: ["pakistan", "afghan-taliban"] as const, linePerRelation: true };
  expect(viewToQuery(state, null, defaults)).toBe("pair=pakistan%2Cafghan-taliban&lines=each");
  expect(viewFromQuery("pair=pakistan,afghan-taliban&lines=each", defaults, dataSet)).toMatchObject({ state: { selectedPair: ["pakistan", "afghan-taliban"], linePerRelation: true }, problems: [] });
  const comma = { ...dataSet, actors: [...dataSet.actors, { ...dataSet.actors[0], id: "a,b" }] };
  expect(viewFromQuery("pair=a,b,pakistan", defaults, comma).state.selectedPair).toEqual(["a,b", "pakistan"]);
});

describe("filter presets in the link", () => {
  const { taxonomy } = dataSet;
  const preset = (name: string) => filterPresets(taxonomy).find((p) => p.name === name)!;

  test("filters that equal a preset are written as its name, and read back as its filter state", () => {
    for (const name of ["kinetic", "diplomatic"]) {
      const day = parseDay("2026-03-01");
      const state = { ...defaults, at: day, from: day, to: day, ...filterShowing(taxonomy, preset(name).types) };
      const query = viewToQuery(state, null, defaults, taxonomy);
      expect(query).toBe(`at=2026-03-01&filter=${name}`);
      const back = viewFromQuery(query, defaults, dataSet);
      expect(back.problems).toEqual([]);
      expect(linked(back.state)).toEqual(linked(state));
    }
  });

  test("the name is written however the filters were reached, and what is shown comes back", () => {
    const kinetic = preset("kinetic").types;
    const state = { ...defaults, hiddenTypes: taxonomy.types.filter((t) => !kinetic.includes(t.id)).map((t) => t.id) };
    const query = viewToQuery(state, null, defaults, taxonomy);
    expect(query).toBe("filter=kinetic");
    expect(shownTypes(taxonomy, viewFromQuery(query, defaults, dataSet).state)).toEqual(kinetic);
  });

  test("other filters are written as lists; all hidden nothing is written at all", () => {
    expect(viewToQuery({ ...defaults, hiddenFamilies: ["mediating"] }, null, defaults, taxonomy)).toBe("hide-families=mediating");
    expect(viewToQuery(defaults, null, defaults, taxonomy)).toBe("");
    expect(viewFromQuery("filter=all&hide-kinds=person", defaults, dataSet)).toMatchObject({ state: { hiddenTypes: [], hiddenFamilies: [], hiddenKinds: ["person"] }, problems: [] });
  });

  test("any view round-trips through its link with presets named (property)", () => {
    fc.assert(
      fc.property(arbState, fc.constantFrom(null, "kinetic", "diplomatic"), (state, name) => {
        const view = name ? { ...state, ...filterShowing(taxonomy, preset(name).types) } : state;
        const back = viewFromQuery(viewToQuery(view, null, defaults, taxonomy), defaults, dataSet);
        expect(back.problems).toEqual([]);
        expect(shownTypes(taxonomy, back.state)).toEqual(shownTypes(taxonomy, view));
        expect({ ...linked(back.state), hiddenTypes: [], hiddenFamilies: [] }).toEqual({ ...linked(view), hiddenTypes: [], hiddenFamilies: [] });
      }),
    );
  });

  test("an unknown name, or a preset that picks nothing here, is reported and ignored", () => {
    const unknown = viewFromQuery("filter=kinectic&actor=ttp", defaults, dataSet);
    expect(unknown.problems).toEqual(['"filter=kinectic" is not a filter preset (all, kinetic, diplomatic); ignored']);
    expect(unknown.state).toMatchObject({ hiddenTypes: [], hiddenFamilies: [], selectedActor: "ttp" });
    const uncoded = { ...dataSet, taxonomy: { ...taxonomy, types: taxonomy.types.map((t) => ({ ...t, cameo: [] })).filter((t) => t.family !== "mediating") } };
    const none = viewFromQuery("filter=kinetic", defaults, uncoded);
    expect(none.problems).toEqual(['"filter=kinetic" shows nothing in this data set: no relation type here has a CAMEO code of force (18–20); ignored']);
    expect(none.state.hiddenFamilies).toEqual([]);
  });

  test("lists beside a preset's name are reported and ignored: the name says what is shown", () => {
    const view = viewFromQuery("filter=kinetic&hide-types=airstrike", defaults, dataSet);
    expect(view.problems.join("\n")).toMatch(/"hide-types" and "hide-families" are ignored beside "filter=kinetic"/);
    expect(shownTypes(taxonomy, view.state)).toEqual(preset("kinetic").types);
  });
});

describe("a bad link opens what it can and says what it ignored", () => {
  test.each([
    ["at=27-02-2026", /"at=27-02-2026" is not a day/],
    ["from=2026-03-01&to=2026-01-01", /ends \(2026-01-01\) before it starts/],
    ["from=2026-03-01", /needs both "from" and "to"/],
    ["hide-types=airstrike,airstirke", /unknown relation type "airstirke"/],
    ["confidence=certain", /not low, medium or high/],
    ["actor=atlantis", /no actor "atlantis"/],
    ["pair=pakistan,atlantis", /"pair=pakistan,atlantis" should be two actor ids/],
    ["pair=pakistan,pakistan", /should be two actor ids/],
    ["lines=some", /"lines=some" should be each or bundled/],
    ["ego=ttp", /should be an actor id and a number of hops/],
    ["theme=sepia", /light or dark/],
    ["span=3y", /^"span=3y" should be all, 5y, 2y or 1y \(all years, or the last 5 years, 2 years or 12 months\); ignored$/],
    ["possible=0", /"possible=0" should be shown or hidden; ignored/],
    ["compare=2021", /^"compare=2021" should be a day, e\.g\. 2021-09-01, or a window, e\.g\. 2021-09-01\.\.2021-12-31, its start first; not comparing$/],
    ["compare=2021-12-31..2021-01-01", /"compare=2021-12-31\.\.2021-01-01" should be a day.*its start first/],
    ["compare=2021-01-01..2021-02-01..2021-03-01", /should be a day/],
    ["colour=red", /"colour=red" should be kinds or camps; ignored/],
    ["width=fatalities", /^"width=fatalities" should be confidence or deaths; ignored$/],
    ["triad=pakistan,ttp", /"triad=pakistan,ttp" should be three different actor ids/],
    ["triad=pakistan,ttp,ttp", /should be three different actor ids/],
    ["triad=pakistan,ttp,atlantis", /should be three different actor ids/],
    ["camera=1,2", /three numbers/],
    ["actor=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", /no actor "<img src=x onerror=alert\(1\)>"/],
  ])("%s", (query, problem) => {
    const view = viewFromQuery(query, defaults, dataSet);
    expect(view.problems.join("\n")).toMatch(problem);
  });

  test.each([
    ["ego=ttp:0", /"ego=ttp:0" asks for 0 hops; an ego view shows 1 to 3 hops, e\.g\. "ttp:2"; ignored/],
    ["ego=ttp:9", /"ego=ttp:9" asks for 9 hops/],
    ["ego=ttp:4", /"ego=ttp:4" asks for 4 hops/],
    ["camera=0.5,0.5,1e-320", /"camera=0\.5,0\.5,1e-320" is out of range: .*the ratio from 0\.000001 to 1000000/],
    ["camera=0.5,0.5,1e-7", /is out of range/],
    ["camera=0.5,0.5,1e300", /is out of range/],
    ["camera=1e300,0.5,1", /is out of range: x and y should be within ±1000000/],
    ["camera=0.5,-1e300,1", /is out of range/],
  ])("a value outside what a link allows is refused: %s", (query, problem) => {
    const view = viewFromQuery(`actor=ttp&${query}`, defaults, dataSet);
    expect(view.problems.join("\n")).toMatch(problem);
    expect(view.state.ego).toBeNull();
    expect(view.camera).toBeNull();
    expect(view.state.selectedActor).toBe("ttp");
  });

  test("the ends of the allowed ranges are kept", () => {
    for (const depth of [1, 3]) expect(viewFromQuery(`ego=ttp:${depth}`, defaults, dataSet).state.ego).toEqual({ actor: "ttp", depth });
    for (const ratio of [1e-6, 1e6]) expect(viewFromQuery(`camera=-1000000,1000000,${ratio}`, defaults, dataSet)).toMatchObject({ camera: { x: -1e6, y: 1e6, ratio }, problems: [] });
  });

  test("valid parts are kept", () => {
    const view = viewFromQuery("hide-types=airstrike,airstirke&theme=sepia&actor=ttp", defaults, dataSet);
    expect(view.state.hiddenTypes).toEqual(["airstrike"]);
    expect(view.state.selectedActor).toBe("ttp");
    expect(view.state.theme).toBe("light");
  });
});
