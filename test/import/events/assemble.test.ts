/**
 * EventRecords assembled into a data set: relations per type and pair (ordered only when the
 * category has a direction), periods by the gap, one piece of evidence per event with its date
 * and deaths, one Source per import, actors matched into a data set or made once, and the report.
 * The result loads with the model's own loader when written out as the JSON export.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { EventAssembler } from "../../../src/import/events/assemble";
import { DEFAULT_GAP_DAYS, LEAVE_OUT, type EventFormat, type EventRecord } from "../../../src/import/events/types";
import { rowNotes } from "../../../src/import/kit/report";
import { parsePeriod } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import type { DataSet } from "../../../src/model/types";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data does not load");
const bundled = loaded.dataSet;

let line = 1;
function rec(a: string, b: string, category: string, date: string, more: Partial<EventRecord> = {}): EventRecord {
  line++;
  return {
    line,
    id: `PAK${line}`,
    sideA: { name: a, kind: a.startsWith("Civilians") ? "civilians" : a.includes("Forces of") ? "state" : "armed-group" },
    sideB: { name: b, kind: b.startsWith("Civilians") ? "civilians" : b.includes("Forces of") ? "state" : "armed-group" },
    category,
    period: parsePeriod(date),
    quote: `Event ${line}.`,
    ...more,
  };
}

function assemble(records: EventRecord[], settings: { format?: EventFormat; gapDays?: number; mapping?: Record<string, string>; into?: DataSet } = {}) {
  const notes = rowNotes("acled-pakistan.csv");
  const a = new EventAssembler(bundled.taxonomy, { format: settings.format ?? "acled", fileName: "acled-pakistan.csv", gapDays: settings.gapDays ?? DEFAULT_GAP_DAYS, mapping: settings.mapping ?? {}, ...(settings.into ? { into: settings.into } : {}) }, notes);
  for (const r of records) a.add(r);
  return { ...a.finish(), notes: notes.finish() };
}

const CLASH = "Battles: Armed clash";
const STRIKE = "Explosions/Remote violence: Air/drone strike";
const FORCES = "Military Forces of Pakistan (2024-)";
const TTP = "TTP: Tehrik-i-Taliban Pakistan";

describe("relations from events", () => {
  test("one relation per type and pair, in either order when undirected, its periods by the gap", () => {
    const { dataSet, counts } = assemble([
      rec(FORCES, TTP, CLASH, "2025-03-01", { fatalities: 3 }),
      rec(TTP, FORCES, CLASH, "2025-03-20", { fatalities: 0 }),
      rec(FORCES, TTP, CLASH, "2025-06-10"),
      rec(FORCES, TTP, STRIKE, "2025-03-02", { fatalities: 5 }),
    ]);
    expect(dataSet.relations).toHaveLength(2);
    const clash = dataSet.relations.find((r) => r.type === "armed-clash")!;
    expect(clash).toMatchObject({ directed: false, confidence: "high", note: "3 events (ACLED), 3 deaths" });
    expect(clash.periods.map((p) => p.edtf)).toEqual(["2025-03-01/2025-03-20", "2025-06-10"]);
    expect(clash.evidence.map((e) => e.date?.edtf)).toEqual(["2025-03-01", "2025-03-20", "2025-06-10"]);
    const strike = dataSet.relations.find((r) => r.type === "airstrike")!;
    expect(strike).toMatchObject({ directed: true, confidence: "medium", note: "1 event (ACLED), 5 deaths", periods: [{ edtf: "2025-03-02" }] });
    expect(counts).toMatchObject({ events: 4, relations: 2, periods: 3, deaths: 8, actorsCreated: 2, actorsMatched: 0 });
  });

  test("a directed category keeps the order: two strikes the other way are another relation", () => {
    const { dataSet } = assemble([rec("A", "B", STRIKE, "2025-01-01"), rec("B", "A", STRIKE, "2025-01-02"), rec("A", "B", STRIKE, "2025-01-03")]);
    expect(dataSet.relations.map((r) => [r.source, r.target, r.evidence.length])).toEqual([
      ["a", "b", 2],
      ["b", "a", 1],
    ]);
  });

  test("the gap can be set", () => {
    const records = [rec("A", "B", CLASH, "2025-01-01"), rec("A", "B", CLASH, "2025-01-11")];
    expect(assemble(records, { gapDays: 9 }).dataSet.relations[0].periods).toHaveLength(2);
    expect(assemble(records, { gapDays: 10 }).dataSet.relations[0].periods).toHaveLength(1);
  });

  test("evidence: the file's source, the quote, the event's id, place and who reported it, its date and deaths", () => {
    const { dataSet } = assemble([
      rec("A", "B", CLASH, "[2025-03-03..2025-03-09]", { quote: "Clash near Bannu.", place: "Bannu, Khyber Pakhtunkhwa", reportedBy: "Dawn; " + "x".repeat(100), fatalities: 2 }),
      rec("A", "C", CLASH, "2025-03", { quote: "  " }),
    ]);
    const [source] = dataSet.sources;
    expect(source).toEqual({ id: "acled-acled-pakistan-csv", title: "ACLED export acled-pakistan.csv", publisher: "Armed Conflict Location & Event Data (ACLED)", url: "https://acleddata.com" });
    const [first, second] = dataSet.relations.map((r) => r.evidence[0]);
    expect(first).toMatchObject({ source: source.id, quote: "Clash near Bannu.", date: { edtf: "[2025-03-03..2025-03-09]" }, fatalities: 2 });
    expect(first.location).toMatch(/^PAK\d+, Bannu, Khyber Pakhtunkhwa; reported by Dawn; x+…$/);
    expect(first.location!.length).toBeLessThan(160);
    // No words of its own: quoted by its category; no deaths counted: none said.
    expect(second).toMatchObject({ quote: CLASH });
    expect(second).not.toHaveProperty("fatalities");
  });

  test("UCDP: its publisher, and no word on direction", () => {
    const { dataSet, notes } = assemble([rec("Government of Pakistan", "TTP", "One-sided violence", "2024-05-02")], { format: "ucdp-ged" });
    expect(dataSet.sources[0]).toMatchObject({ title: "UCDP GED export acled-pakistan.csv", url: "https://ucdp.uu.se" });
    expect(dataSet.relations[0]).toMatchObject({ type: "terrorist-attack", directed: true });
    expect(notes.some((d) => /carry no direction/.test(d.message))).toBe(false);
  });
});

describe("actors", () => {
  test("without a data set, each name is one new actor with the row's kind, the kind added when missing", () => {
    const { dataSet, counts, notes } = assemble([rec(FORCES, "Civilians (Pakistan)", "Violence against civilians: Attack", "2025-01-01"), rec(FORCES, "Civilians (Pakistan)", "Violence against civilians: Attack", "2025-05-01")]);
    expect(dataSet.actors.map((a) => [a.id, a.label, a.kind])).toEqual([
      ["military-forces-of-pakistan-2024", FORCES, "state"],
      ["civilians-pakistan", "Civilians (Pakistan)", "civilians"],
    ]);
    expect(dataSet.taxonomy.kinds.find((k) => k.id === "civilians")).toEqual({ id: "civilians", label: "Civilians" });
    expect(counts).toMatchObject({ actors: 2, actorsCreated: 2, kindsAdded: 1 });
    expect(notes.some((d) => /actor kind "civilians" is not in the taxonomy/.test(d.message))).toBe(true);
  });

  test("into a data set: names matched by label, alias and rule, new ids never clashing, its relations and sources kept", () => {
    const into: DataSet = { ...bundled, actors: [...bundled.actors, { id: "civilians-pakistan", label: "Civilians of somewhere", kind: "state", aliases: [] }] };
    const { dataSet, matches, counts, notes } = assemble([rec(FORCES, TTP, CLASH, "2025-10-10"), rec("Islamic State (Pakistan)", "Civilians (Pakistan)", "Violence against civilians: Attack", "2025-10-11"), rec("Pakistan", "TTP", CLASH, "2025-10-12")], { into });
    expect(matches).toEqual([
      { name: FORCES, actor: "pakistan", how: "rule", rule: expect.stringMatching(/year.*Military Forces of X/), events: 1 },
      { name: TTP, actor: "ttp", how: "rule", rule: expect.stringMatching(/either of its two parts/), events: 1 },
      { name: "Islamic State (Pakistan)", actor: "islamic-state-pakistan", how: "created", events: 1 },
      { name: "Civilians (Pakistan)", actor: "civilians-pakistan-2", how: "created", events: 1 },
      { name: "Pakistan", actor: "pakistan", how: "label", events: 1 },
      { name: "TTP", actor: "ttp", how: "label", events: 1 },
    ]);
    expect(counts).toMatchObject({ actorsMatched: 4, actorsCreated: 2, actors: 4 });
    expect(dataSet.actors).toHaveLength(into.actors.length + 2);
    expect(dataSet.relations.slice(0, into.relations.length)).toEqual(into.relations);
    expect(new Set(dataSet.relations.map((r) => r.id)).size).toBe(dataSet.relations.length);
    expect(dataSet.sources).toHaveLength(into.sources.length + 1);
    // Both clashes are one relation: "Military Forces of Pakistan (2024-)" and "Pakistan" are one actor.
    expect(dataSet.relations.filter((r) => r.note?.includes("ACLED") && r.type === "armed-clash")).toEqual([expect.objectContaining({ source: "pakistan", target: "ttp", periods: [expect.objectContaining({ edtf: "2025-10-10/2025-10-12" })] })]);
    expect(notes.find((d) => d.message.startsWith(JSON.stringify(FORCES)))?.message).toMatch(/is the actor "Pakistan" \(pakistan\) of the data set, by rule \(a trailing span of years/);
    expect(notes.find((d) => /actors were made from names the data set does not have/.test(d.message))?.message).toMatch(/"Islamic State \(Pakistan\)" \(1 event\)/);
  });

  test("an event whose two sides are one actor is left out and reported", () => {
    const { dataSet, counts, notes } = assemble([rec(FORCES, "Police Forces of Pakistan (2018-)", CLASH, "2025-01-01")], { into: bundled });
    expect(dataSet.relations).toHaveLength(bundled.relations.length);
    expect(counts.sameActor).toBe(1);
    expect(notes.find((d) => d.severity === "error")).toMatchObject({ line: expect.any(Number), recordId: expect.stringMatching(/^PAK/), message: expect.stringMatching(/are the actor "pakistan"/) });
  });
});

describe("mapping and report", () => {
  test("categories left out are counted, the user's mapping is applied, and the report says the rules", () => {
    const { dataSet, mapping, counts, notes } = assemble(
      [rec("A", "B", "Strategic developments: Other", "2025-01-01"), rec("A", "B", "Associated actor", "2025-01-01"), rec("A", "B", STRIKE, "2025-01-02"), rec("A", "B", CLASH, "2025-01-02")],
      { mapping: { [STRIKE]: LEAVE_OUT, "Associated actor": "military-cooperation" } },
    );
    expect(mapping.map((m) => [m.category, m.events, m.type, m.byUser])).toEqual([
      ["Strategic developments: Other", 1, LEAVE_OUT, false],
      ["Associated actor", 1, "military-cooperation", true],
      [STRIKE, 1, LEAVE_OUT, true],
      [CLASH, 1, "armed-clash", false],
    ]);
    expect(counts).toMatchObject({ events: 4, leftOut: 2, "left out (Strategic developments: Other)": 1, [`left out (${STRIKE})`]: 1, relations: 2 });
    expect(dataSet.relations.map((r) => r.type).sort()).toEqual(["armed-clash", "military-cooperation"]);
    const messages = notes.map((d) => d.message);
    expect(messages.filter((m) => /carry no direction/.test(m))).toHaveLength(1);
    expect(messages).toContain(`"${CLASH}" (1 event) → "Armed clash" (armed-clash), undirected: CAMEO 190 (use conventional military force)`);
    expect(messages.some((m) => /at most 30 days apart .* 4 events made 2 relations with 2 periods/.test(m))).toBe(true);
  });

  test("types of their own carry their category's codes and are events", () => {
    const { dataSet } = assemble([rec("A", "B", "Explosions/Remote violence: Chemical weapon", "2025-01-01")]);
    expect(dataSet.taxonomy.types.find((t) => t.id === "chemical-weapon")).toMatchObject({ family: "hostile", cameo: ["2041"], plover: "ASSAULT", timing: "event", directed: true });
  });
});

/** The data set as the JSON export writes it, read back by the model's loader. */
function reload(dataSet: DataSet) {
  const period = (p: { edtf: string }) => p.edtf;
  const files = {
    taxonomy: dataSet.taxonomy,
    actors: { actors: dataSet.actors.map((a) => ({ ...a, ...(a.lifetime ? { lifetime: period(a.lifetime) } : {}), ...(a.changes ? { changes: a.changes.map((c) => ({ ...c, from: c.from.edtf })) } : {}) })) },
    relations: { relations: dataSet.relations.map((r) => ({ ...r, periods: r.periods.map(period), evidence: r.evidence.map((e) => ({ ...e, ...(e.date ? { date: period(e.date) } : {}) })) })) },
    sources: { sources: dataSet.sources.map((s) => ({ ...s, ...(s.date ? { date: s.date.edtf } : {}) })) },
  };
  return loadDataSet(Object.entries(files).map(([name, data]) => ({ name: `${name}.json`, text: JSON.stringify(data) })));
}

test("on any events, the result loads with the model's loader, every event evidence on exactly one relation", () => {
  const names = fc.constantFrom(FORCES, TTP, "Civilians (Pakistan)", "Unidentified Armed Group (Pakistan)", "Pakistan", "Islamic State (Pakistan)");
  const categories = fc.constantFrom(CLASH, STRIKE, "Violence against civilians: Attack", "Strategic developments: Agreement", "Strategic developments: Other", "Riots: Mob violence");
  const date = fc.tuple(fc.integer({ min: 0, max: 700 }), fc.constantFrom("day", "week", "month")).map(([n, p]) => {
    const iso = (k: number) => new Date(Date.UTC(2024, 0, 1 + k)).toISOString().slice(0, 10);
    return p === "day" ? iso(n) : p === "week" ? `[${iso(n)}..${iso(n + 6)}]` : iso(n).slice(0, 7);
  });
  const record = fc.tuple(names, names, categories, date, fc.option(fc.nat(50), { nil: undefined })).map(([a, b, c, d, f]) => rec(a, b, c, d, f === undefined ? {} : { fatalities: f }));
  fc.assert(
    fc.property(fc.array(record, { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 90 }), fc.boolean(), (records, gapDays, into) => {
      const { dataSet, counts } = assemble(records, { gapDays, ...(into ? { into: bundled } : {}) });
      const result = reload(dataSet);
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const ids = dataSet.relations.flatMap((r) => r.evidence.map((e) => e.location?.split(",")[0]));
      const imported = ids.filter((id) => id?.startsWith("PAK"));
      expect(new Set(imported).size).toBe(imported.length);
      expect(imported.length + counts.leftOut + counts.sameActor).toBe(records.length);
    }),
    { numRuns: 60 },
  );
});
