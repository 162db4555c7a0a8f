/**
 * The GEXF export: valid against the official GEXF 1.3 schema and the checks beyond it, for
 * the bundled data set (whole and sliced), the fixture data set and hostile text, in both
 * modes; dates widened to days as written; and read back by graphology-gexf, an independent
 * reader, with the same nodes, edges and attributes.
 */
import { readFileSync } from "node:fs";
import { DOMParser, XMLSerializer, type Element } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, test } from "vitest";
import { readDataDir } from "../../src/cli/read-data-dir";
import { exportGexf, type GexfOptions, type GexfViz } from "../../src/export/gexf";
import { escapeXml } from "../../src/export/gexf-xml";
import { kindOn } from "../../src/model/actor-time";
import { isEmptySpan, TimeBounds, type DaySpan } from "../../src/model/certainty";
import { dayToIso, parseDay } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset, type Subset } from "../../src/model/subset";
import type { DataSet } from "../../src/model/types";
import { familyColour, kindColour } from "../../src/look/palette";
import { actorSize } from "../../src/look/actor-size";
import { bundledDataSet, fixtureDataSet } from "../support/data";
import { expectValidGexf } from "../support/gexf-checks";

const bundled = bundledDataSet();
const fixture = fixtureDataSet();

const positions = (JSON.parse(readFileSync("graph-data/layout.json", "utf8")) as { positions: Record<string, [number, number]> }).positions;
/** The explorer's looks, as the app and the command line pass them in. */
const explorerViz = (subset: Subset): GexfViz => {
  const degree = new Map<string, number>();
  for (const r of subset.relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  return {
    actorColour: (kind) => kindColour(kind, "light"),
    relationColour: (family) => familyColour(family, "light"),
    position: (actor) => (positions[actor] ? { x: positions[actor][0], y: positions[actor][1] } : undefined),
    actorSize: (actor) => actorSize(degree.get(actor) ?? 0),
  };
};

const index = new RelationIndex(bundled);
const slice = selectSubset(index, [{ type: "asOf", day: parseDay("2025-10-15") }]);
const whole: Subset = bundled;

/** The edges a relation is written as: its own, and for a mutual one the way back too. */
const edgeIds = (relations: Subset["relations"]) => relations.flatMap((r) => (r.directed ? [r.id] : [r.id, `${r.id}~reverse`]));

/** Parses an export for assertions on its elements. */
function elementsOf(xml: string) {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const byTag = (tag: string) => Array.from(doc.getElementsByTagName(tag)) as Element[];
  const edge = (id: string) => byTag("edge").find((e) => e.getAttribute("id") === id)!;
  const node = (id: string) => byTag("node").find((e) => e.getAttribute("id") === id)!;
  const values = (el: Element, key: string) =>
    (Array.from(el.getElementsByTagName("attvalue")) as Element[]).filter((v) => v.getAttribute("for") === key).map((v) => [v.getAttribute("value"), v.getAttribute("start"), v.getAttribute("end")]);
  return { doc, byTag, edge, node, values };
}

describe("valid against the GEXF 1.3 schema, and the checks beyond it", () => {
  const cases: [string, GexfOptions["mode"], "with viz" | "no viz", Subset, DataSet][] = [
    ["the whole bundled data set", "snapshot", "with viz", whole, bundled],
    ["the whole bundled data set", "dynamic", "with viz", whole, bundled],
    ["the bundled data as of 15 Oct 2025", "snapshot", "with viz", slice, bundled],
    ["the bundled data as of 15 Oct 2025", "dynamic", "with viz", slice, bundled],
    ["the fixture data set", "snapshot", "no viz", fixture, fixture],
    ["the fixture data set", "dynamic", "no viz", fixture, fixture],
  ];
  test.each(cases)("%s, %s, %s", async (_, mode, looks, subset, data) => {
    const withViz = looks === "with viz";
    const xml = exportGexf(subset, data.taxonomy, { mode, ...(withViz ? { viz: explorerViz(subset) } : {}), description: "Faultlines & co", lastModified: "2026-03-31" });
    await expectValidGexf(xml);
    const { byTag } = elementsOf(xml);
    expect(byTag("node")).toHaveLength(subset.actors.length);
    expect(byTag("edge").map((e) => e.getAttribute("id"))).toEqual(edgeIds(subset.relations));
    expect(subset.relations.some((r) => !r.directed)).toBe(true);
  });

  test("the slice holds the relations active that day, and nothing else", () => {
    expect(slice.relations.length).toBeGreaterThan(0);
    expect(slice.relations.length).toBeLessThan(bundled.relations.length);
    const ids = elementsOf(exportGexf(slice, bundled.taxonomy, { mode: "snapshot" })).byTag("edge").map((e) => e.getAttribute("id"));
    const active = new Set(applyFilters(index, [{ type: "asOf", day: parseDay("2025-10-15") }]).relationIds);
    expect(ids).toEqual(edgeIds(bundled.relations.filter((r) => active.has(r.id))));
  });
});

describe("dynamic mode on the fixture data set", () => {
  const xml = exportGexf(fixture, fixture.taxonomy, { mode: "dynamic", viz: explorerViz(fixture) });
  const { doc, edge, node, values } = elementsOf(xml);

  test("the graph is dynamic, with dates", () => {
    const graph = doc.getElementsByTagName("graph")[0];
    expect([graph.getAttribute("mode"), graph.getAttribute("timeformat"), graph.getAttribute("defaultedgetype")]).toEqual(["dynamic", "date", "directed"]);
  });

  test("a month is widened to its first and last day, and flagged as a month", () => {
    const truce = edge("truce");
    expect([truce.getAttribute("start"), truce.getAttribute("end")]).toEqual(["2026-03-01", "2026-03-31"]);
    expect(values(truce, "period")).toEqual([["2026-03", "2026-03-01", "2026-03-31"]]);
    expect(values(truce, "startPrecision")).toEqual([["month", "2026-03-01", "2026-03-31"]]);
    expect(values(truce, "endPrecision")).toEqual([["month", "2026-03-01", "2026-03-31"]]);
  });

  test("several periods become spells, each with its own EDTF text and precisions", () => {
    const strikes = edge("strikes");
    expect(strikes.hasAttribute("start") || strikes.hasAttribute("end")).toBe(false);
    const spells = Array.from(strikes.getElementsByTagName("spell")) as Element[];
    expect(spells.map((s) => [s.getAttribute("start"), s.getAttribute("end")])).toEqual([
      ["2025-10-01", "2025-10-31"],
      ["2026-02-01", "2026-03-31"],
    ]);
    expect(values(strikes, "period")).toEqual([
      ["2025-10", "2025-10-01", "2025-10-31"],
      ["2026-02/2026-03", "2026-02-01", "2026-03-31"],
    ]);
  });

  test("an open end is left open, with no precision for it", () => {
    const refuge = edge("refuge");
    expect([refuge.getAttribute("start"), refuge.hasAttribute("end")]).toEqual(["2015-01-01", false]);
    expect(values(refuge, "period")).toEqual([["2015/..", "2015-01-01", null]]);
    expect(values(refuge, "startPrecision")).toEqual([["year", "2015-01-01", null]]);
    expect(values(refuge, "endPrecision")).toEqual([]);
  });

  test("an actor's lifetime is the node's time; actors without one have none", () => {
    expect([node("ttp").getAttribute("start"), node("ttp").hasAttribute("end")]).toEqual(["2007-01-01", false]);
    expect(values(node("ttp"), "lifetime")).toEqual([["2007/..", null, null]]);
    expect(node("pakistan").hasAttribute("start")).toBe(false);
  });

  test("each edge says its kind, weight and label; a mutual relation is written both ways, each edge directed", () => {
    const facts = (id: string) => [edge(id).getAttribute("source"), edge(id).getAttribute("target"), edge(id).getAttribute("type"), values(edge(id), "directed")[0][0], edge(id).getAttribute("kind"), edge(id).getAttribute("weight"), edge(id).getAttribute("label")];
    expect(["strikes", "truce", "truce~reverse"].map(facts)).toEqual([
      ["pakistan", "taliban", "directed", "true", "airstrike", "3", "Air strike"],
      ["pakistan", "taliban", "directed", "false", "truce", "2", "Truce"],
      ["taliban", "pakistan", "directed", "false", "truce", "2", "Truce"],
    ]);
    // The way back is the same relation: the same values and times, only the ends swapped.
    const rest = (id: string) => new XMLSerializer().serializeToString(edge(id)).replace(/^<edge [^>]*>/, "");
    expect(rest("truce~reverse")).toBe(rest("truce"));
    expect(edge("strikes~reverse")).toBeUndefined();
  });

  test("viz: colours by kind and family, positions, sizes and thickness as the explorer draws them", () => {
    const colour = (el: Element) => {
      const c = el.getElementsByTagName("viz:color")[0];
      return `#${["r", "g", "b"].map((k) => Number(c.getAttribute(k)).toString(16).padStart(2, "0")).join("")}`;
    };
    expect(colour(node("pakistan"))).toBe(kindColour("state", "light"));
    expect(colour(edge("truce"))).toBe(familyColour("mediating", "light"));
    expect(node("pakistan").getElementsByTagName("viz:size")[0].getAttribute("value")).toBe(String(actorSize(2)));
    expect(node("pakistan").getElementsByTagName("viz:position")[0].getAttribute("x")).toBe(String(positions.pakistan[0]));
    expect(node("taliban").getElementsByTagName("viz:position")).toHaveLength(0); // not in the bundled layout
    expect(edge("truce").getElementsByTagName("viz:thickness")[0].getAttribute("value")).toBe("2.2");
  });

  test("snapshot mode has no time at all, only the periods as text", () => {
    const snapshot = elementsOf(exportGexf(fixture, fixture.taxonomy, { mode: "snapshot" }));
    expect(snapshot.doc.getElementsByTagName("graph")[0].getAttribute("mode")).toBe("static");
    expect(snapshot.byTag("spell")).toHaveLength(0);
    expect(snapshot.byTag("edge").some((e) => e.hasAttribute("start") || e.hasAttribute("end"))).toBe(false);
    expect(snapshot.values(snapshot.edge("strikes"), "periods")).toEqual([['["2025-10", "2026-02/2026-03"]', null, null]]);
  });
});

/** Text that has broken exporters, in every field that carries text. */
const HOSTILE = {
  urdu: "پاکستان تحریک انصاف",
  pashto: "د افغانستان اسلامي امارت",
  persian: "جمهوری اسلامی ایران",
  marks: 'Tom & Jerry <b>"quoted"</b> \'single\' ]]> <!-- -->',
  emoji: "🇵🇰 🙂 👨‍👩‍👧",
  controls: "bell\u0007 null\u0000 esc\u001B vt\u000B ff\u000C nonchar\uFFFE lone\uD800 end",
  whitespace: "tab\there\nnewline\r\ncrlf  two spaces \u2028ls",
};
const hostileData: DataSet = {
  ...fixture,
  actors: fixture.actors.map((a, i) => ({
    ...a,
    label: [HOSTILE.urdu, HOSTILE.pashto, HOSTILE.persian][i],
    aliases: [HOSTILE.marks, HOSTILE.emoji, `comma, pipe | bracket [x] "q"`],
    description: HOSTILE.controls,
  })),
  relations: fixture.relations.map((r) => ({ ...r, note: HOSTILE.whitespace, evidence: [{ source: "doc", quote: HOSTILE.marks + HOSTILE.controls, location: "¶1 <a>" }] })),
  sources: [{ id: "doc", title: `${HOSTILE.persian} & ${HOSTILE.emoji}`, author: HOSTILE.urdu, file: "doc.txt" }],
};

describe("hostile text", () => {
  for (const mode of ["snapshot", "dynamic"] as const)
    test(`${mode}: valid, and nothing XML 1.0 forbids is written`, async () => {
      const xml = exportGexf(hostileData, hostileData.taxonomy, { mode, viz: explorerViz(hostileData), description: HOSTILE.marks + HOSTILE.controls });
      await expectValidGexf(xml);
      expect(xml).not.toMatch(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    });

  test("escaping: specials as entities, line breaks as references, forbidden characters replaced", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; 'f'");
    expect(escapeXml("1\t2\n3\r4\u20285")).toBe("1&#9;2&#10;3&#13;4&#8232;5");
    expect(escapeXml("x\u0000y\u001Fz\uFFFF\uD800")).toBe("x\uFFFDy\uFFFDz\uFFFD\uFFFD");
    expect(escapeXml("🇵🇰 پاکستان")).toBe("🇵🇰 پاکستان"); // surrogate pairs and RTL text untouched
  });
});

describe("graphology-gexf reads the static file back", () => {
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(",")})`;
  const safe = (text: string) => text.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");

  test.each([
    ["the bundled slice", slice, bundled],
    ["the whole bundled data set", whole, bundled],
    ["hostile text", hostileData, hostileData],
  ] as const)("%s: the same nodes, edges and attributes", (_, subset: Subset, data) => {
    const viz = explorerViz(subset);
    const graph = parse(Graph, exportGexf(subset, data.taxonomy, { mode: "snapshot", viz }));
    const day = subset.time?.from;
    const bounds = new TimeBounds(subset.actors);
    const span = (s: DaySpan) => (isEmptySpan(s) ? "none" : [s.first, s.last].map((d) => (Number.isFinite(d) ? dayToIso(d) : "..")).join("/"));
    expect(graph.order).toBe(subset.actors.length);
    expect(graph.size).toBe(edgeIds(subset.relations).length);
    expect(graph.type).toBe("directed");
    for (const a of subset.actors) {
      const at = viz.position!(a.id);
      expect(graph.getNodeAttributes(a.id)).toEqual({
        label: safe(a.label),
        kind: a.kind,
        ...(a.aliases.length ? { aliases: a.aliases.map(safe) } : {}),
        ...(a.description ? { description: safe(a.description) } : {}),
        ...(a.lifetime ? { lifetime: a.lifetime.edtf } : {}),
        ...(a.changes?.length ? { changes: expect.any(String) } : {}),
        ...(day === undefined ? {} : { kindThen: kindOn(a, day) }),
        color: rgb(viz.actorColour(day === undefined ? a.kind : kindOn(a, day))),
        size: viz.actorSize!(a.id),
        ...(at ? { x: at.x, y: at.y } : {}),
      });
    }
    const types = new Map(data.taxonomy.types.map((t) => [t.id, t]));
    for (const r of subset.relations) {
      const type = types.get(r.type)!;
      expect([graph.source(r.id), graph.target(r.id), graph.isDirected(r.id)]).toEqual([r.source, r.target, true]);
      if (!r.directed) {
        const back = `${r.id}~reverse`;
        expect([graph.source(back), graph.target(back), graph.isDirected(back)]).toEqual([r.target, r.source, true]);
        expect(graph.getEdgeAttributes(back)).toEqual(graph.getEdgeAttributes(r.id));
      }
      const { citation, ...rest } = graph.getEdgeAttributes(r.id);
      expect(rest).toEqual({
        label: type.label,
        kind: r.type,
        weight: { low: 1, medium: 2, high: 3 }[r.confidence],
        relationType: r.type,
        typeLabel: type.label,
        family: type.family,
        sign: type.sign,
        confidence: r.confidence,
        directed: r.directed,
        sources: [...new Set(r.evidence.map((e) => e.source))],
        periods: r.periods.map((p) => p.edtf),
        possibleDays: bounds.of(r).map((b) => span(b.possible)),
        certainDays: bounds.of(r).map((b) => span(b.certain)),
        ...(subset.time ? { certainty: subset.time.possibleOnly.has(r.id) ? "possible" : "certain" } : {}),
        ...(type.timing ? { timing: type.timing } : {}),
        ...(r.note ? { note: safe(r.note) } : {}),
        color: rgb(viz.relationColour(type.family)),
        thickness: { low: 1.5, medium: 2.2, high: 3 }[r.confidence],
        ...(subset.time?.possibleOnly.has(r.id) ? { shape: "dashed" } : {}),
      });
      for (const e of r.evidence) expect(citation).toContain(`: “${safe(e.quote)}”`);
    }
  });
});

describe("contract", () => {
  test("deterministic; lastmodifieddate only when given", () => {
    const a = exportGexf(bundled, bundled.taxonomy, { mode: "dynamic", viz: explorerViz(bundled) });
    expect(exportGexf(bundled, bundled.taxonomy, { mode: "dynamic", viz: explorerViz(bundled) })).toBe(a);
    expect(a).not.toContain("lastmodifieddate");
    expect(exportGexf(fixture, fixture.taxonomy, { mode: "snapshot", lastModified: "2026-03-31" })).toContain('<meta lastmodifieddate="2026-03-31">');
  });

  test.each([
    ["a relation whose actor is not in the subset", () => exportGexf({ ...fixture, actors: fixture.actors.slice(0, 2) }, fixture.taxonomy, { mode: "snapshot" }), /relation "refuge" ties "ttp", which is not among the subset's actors/],
    ["an unknown relation type", () => exportGexf({ ...fixture, relations: [{ ...fixture.relations[0], type: "hug" }] }, fixture.taxonomy, { mode: "snapshot" }), /relation "strikes" has the type "hug", which the taxonomy does not define/],
    ["a duplicate relation id", () => exportGexf({ ...fixture, relations: [fixture.relations[0], fixture.relations[0]] }, fixture.taxonomy, { mode: "snapshot" }), /two relations have the id "strikes"/],
    ["a colour that is not #rrggbb", () => exportGexf(fixture, fixture.taxonomy, { mode: "snapshot", viz: { ...explorerViz(fixture), actorColour: () => "red" } }), /viz.actorColour\("state"\) returned "red", not a colour/],
    ["a lastModified that is not a date", () => exportGexf(fixture, fixture.taxonomy, { mode: "snapshot", lastModified: "2026-02-30" }), /lastModified "2026-02-30" is not a date/],
    ["an unknown mode", () => exportGexf(fixture, fixture.taxonomy, { mode: "live" as "dynamic" }), /mode "live" is not one this export writes/],
  ])("fails loudly on %s", (_, run, message) => {
    expect(run).toThrow(message);
  });

  test("positions and sizes that are not numbers are left out rather than written invalid", async () => {
    const xml = exportGexf(fixture, fixture.taxonomy, { mode: "snapshot", viz: { ...explorerViz(fixture), position: () => ({ x: NaN, y: Infinity }), actorSize: () => -1 } });
    await expectValidGexf(xml);
    expect(xml).not.toMatch(/viz:position|viz:size/);
  });
});

describe("known and possible (test/fixtures/cli/known-and-possible)", () => {
  const loadedTimes = loadDataSet(readDataDir("test/fixtures/cli/known-and-possible"));
  if (!loadedTimes.ok) throw new Error("the known-and-possible fixture does not load");
  const times = loadedTimes.dataSet;
  const timesIndex = new RelationIndex(times);
  const at = (day: string) => selectSubset(timesIndex, [{ type: "asOf", day: parseDay(day) }]);

  test("dynamic: each period's possible and certain days over its spell, the kind over time, the types' timing", async () => {
    const xml = exportGexf(times, times.taxonomy, { mode: "dynamic", viz: explorerViz(times) });
    await expectValidGexf(xml);
    const { edge, node, values } = elementsOf(xml);
    expect(values(edge("strikes"), "possibleDays")).toEqual([
      ["2025-10-01/2025-10-31", "2025-10-01", "2025-10-31"],
      ["2026-02-01/2026-03-31", "2026-02-01", "2026-03-31"],
    ]);
    expect(values(edge("strikes"), "certainDays")).toEqual([
      ["none", "2025-10-01", "2025-10-31"],
      ["2026-02-28/2026-03-01", "2026-02-01", "2026-03-31"],
    ]);
    // Start unknown: possible back to the TTP's founding, certain on no day.
    expect(values(edge("backing"), "possibleDays")).toEqual([["2007-01-01/2010-12-31", null, "2010-12-31"]]);
    expect(values(edge("backing"), "certainDays")).toEqual([["none", null, "2010-12-31"]]);
    expect(values(edge("refuge"), "certainDays")).toEqual([["2015-12-31/..", "2015-01-01", null]]);
    expect(values(edge("strikes"), "timing")).toEqual([["event", null, null]]);
    expect(values(edge("truce"), "timing")).toEqual([["state", null, null]]);
    // A change dated to a month counts once it is certain, from the month's last day.
    expect(values(node("taliban"), "kindThen")).toEqual([
      ["armed-group", null, "2021-08-30"],
      ["state", "2021-08-31", null],
    ]);
    expect(values(node("ttp"), "kindThen")).toEqual([["armed-group", "2007-01-01", null]]);
    expect(values(node("pakistan"), "kindThen")).toEqual([["state", null, null]]);
    expect(JSON.parse(values(node("taliban"), "changes")[0][0]!)).toEqual([{ from: "2021-08", kind: "state", label: "Islamic Emirate of Afghanistan", note: "took Kabul" }]);
    expect(xml).not.toContain("viz:shape");
    expect(xml).not.toContain('for="certainty"');
  });

  test("a snapshot of a day: certainty on each edge, the possible ones dashed, each actor's kind that day and its colour", async () => {
    const subset = at("2026-03-01");
    const viz = explorerViz(subset);
    const xml = exportGexf(subset, times.taxonomy, { mode: "snapshot", viz });
    await expectValidGexf(xml);
    const { byTag, edge, node, values } = elementsOf(xml);
    expect(byTag("edge").map((e) => [e.getAttribute("id"), values(e, "certainty")[0][0]])).toEqual([
      ["strikes", "certain"],
      ["truce", "possible"],
      ["truce~reverse", "possible"],
      ["refuge", "certain"],
    ]);
    const shape = (id: string) => (Array.from(edge(id).getElementsByTagName("viz:shape")) as Element[]).map((s) => s.getAttribute("value"));
    expect([shape("strikes"), shape("truce"), shape("refuge")]).toEqual([[], ["dashed"], []]);
    expect(values(edge("truce"), "possibleDays")).toEqual([['["2026-03-01/2026-03-31"]', null, null]]);
    expect(values(edge("truce"), "certainDays")).toEqual([['["none"]', null, null]]);
    expect(values(node("taliban"), "kindThen")).toEqual([["state", null, null]]);
    expect(values(node("taliban"), "kind")).toEqual([["armed-group", null, null]]);
    const colour = (id: string) => (Array.from(node(id).getElementsByTagName("viz:color")) as Element[])[0].getAttribute("r");
    expect(colour("taliban")).toBe(colour("pakistan"));
    expect(colour("taliban")).not.toBe(colour("ttp"));
  });

  test("a snapshot of a window: certainty in it, but no single kind at the time; a snapshot of no time: neither", () => {
    // From July 2010: backing ("../2010") may have ended before it, so it is only possible there
    // (a window holding all of 2010 holds its end, and is certain to hold one of its days).
    const window = selectSubset(timesIndex, [{ type: "window", from: parseDay("2010-07-01"), to: parseDay("2016-12-31") }]);
    const windowXml = exportGexf(window, times.taxonomy, { mode: "snapshot" });
    const { byTag, values } = elementsOf(windowXml);
    expect(byTag("edge").map((e) => [e.getAttribute("id"), values(e, "certainty")[0][0]])).toEqual([
      ["refuge", "certain"],
      ["backing", "possible"],
    ]);
    expect(windowXml).toContain('<viz:shape value="dashed"/>');
    expect(windowXml).not.toContain("kindThen");
    const whole = exportGexf(times, times.taxonomy, { mode: "snapshot" });
    for (const absent of ["kindThen", 'for="certainty"', "viz:shape"]) expect(whole).not.toContain(absent);
  });
});
