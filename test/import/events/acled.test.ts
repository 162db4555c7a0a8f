/**
 * ACLED rows against the fixture written from the codebook: each good row's records (sides and
 * their kinds from both inter encodings, the category, the date at each time_precision, the
 * words, the deaths, the place), the rows with no actor2 counted once, and each malformed row
 * reported at its line and column with its value, giving nothing.
 */
import { describe, expect, test } from "vitest";
import { acledDay } from "../../../src/import/events/acled";
import { errorsAt, fixture, readEvents } from "./read-events";

const read = readEvents(fixture("acled-pakistan.csv"), "acled-pakistan.csv");
const byId = (id: string) => read.records.filter((r) => r.id === id);

describe("ACLED rows", () => {
  test("the file is ACLED, by its columns", () => {
    expect(read.format).toBe("acled");
    expect(read.rows).toBe(13);
  });

  test("an armed clash: both sides, their kinds from inter codes, the quoted note with its line break, deaths, place", () => {
    const [clash] = byId("PAK1001");
    expect(clash).toMatchObject({
      line: 2,
      sideA: { name: "Military Forces of Pakistan (2024-)", kind: "state" },
      sideB: { name: "TTP: Tehrik-i-Taliban Pakistan", kind: "armed-group" },
      category: "Battles: Armed clash",
      fatalities: 5,
      reportedBy: "Dawn; Express Tribune",
      place: "Mir Ali, Khyber Pakhtunkhwa, Pakistan",
    });
    expect(clash.period.edtf).toBe("2025-03-04");
    expect(clash.quote).toBe("On 4 March 2025, military forces clashed with TTP militants near Mir Ali, North Waziristan.\r\nFive militants were killed, according to the military, and two soldiers wounded.");
  });

  test('time_precision 2 on "04 March 2025": one day in the week around it; kinds from inter words; no coordinates needed', () => {
    const [strike] = byId("PAK1002");
    expect(strike.line).toBe(4);
    expect(strike.period).toMatchObject({ edtf: "[2025-03-01..2025-03-07]", uncertainPoint: true });
    expect(strike.sideA.kind).toBe("state");
    expect(strike.sideB).toEqual({ name: "Civilians (Pakistan)", kind: "civilians" });
    expect(strike.category).toBe("Explosions/Remote violence: Air/drone strike");
  });

  test("a week around a day near New Year crosses into the next year", () => {
    const [attack] = byId("PAK1011").filter((r) => r.category !== "Associated actor");
    expect(attack.period.edtf).toBe("[2024-12-27..2025-01-02]");
    expect(attack.fatalities).toBeUndefined(); // an empty count is no count, not 0
    expect(attack.sideA.kind).toBe("armed-group"); // "Political militias", plural
  });

  test("time_precision 3 is the month, never a day in it", () => {
    const [clash] = byId("PAK1003").filter((r) => r.category !== "Associated actor");
    expect(clash.period.edtf).toBe("2025-02");
    expect(clash.fatalities).toBe(0);
  });

  test("associated actors stand with their actor, of its kind, without the event's deaths", () => {
    const associated = read.records.filter((r) => r.category === "Associated actor").map((r) => [r.id, r.sideA.name, r.sideA.kind, r.sideB.name, r.fatalities]);
    expect(associated).toEqual([
      ["PAK1003", "Lashkar-e-Islam", "armed-group", "TTP: Tehrik-i-Taliban Pakistan", undefined],
      ["PAK1003", "Jamaat-ul-Ahrar", "armed-group", "TTP: Tehrik-i-Taliban Pakistan", undefined],
      ["PAK1004", "Labor Group (Pakistan)", "party-movement", "Protesters (Pakistan)", undefined],
      ["PAK1011", "Journalists (Pakistan)", "civilians", "Civilians (Pakistan)", undefined],
    ]);
  });

  test("events with no actor2 give no record of their own, and are counted in one line, not one a row", () => {
    expect(byId("PAK1005")).toEqual([]);
    expect(byId("PAK1004").map((r) => r.category)).toEqual(["Associated actor"]);
    expect(read.counts.eventsWithoutActor2).toBe(2);
    const lines = read.diagnostics.filter((d) => d.message.includes("no actor2"));
    expect(lines).toHaveLength(1);
    expect(lines[0].line).toBeUndefined();
    expect(lines[0].message).toMatch(/^2 events name no actor2/);
  });

  test("external forces, rioters and identity militias take the kinds the taxonomy has", () => {
    expect(byId("PAK1012")[0].sideA.kind).toBe("international-organisation");
    expect(byId("PAK1012")[0].reportedBy).toBe('=HYPERLINK("x")'); // kept as text; writers guard formulas
    expect(byId("PAK1013")[0].sideA.kind).toBe("party-movement");
    expect(byId("PAK1013")[0].sideB.kind).toBe("armed-group");
  });

  test("each malformed row is reported at its line and column with its value, and gives nothing", () => {
    const bad = (line: number) => read.diagnostics.find((d) => d.severity === "error" && d.line === line)!;
    expect(errorsAt(read.diagnostics, 8)).toEqual(["time_precision: time_precision is empty, so how precise the date is cannot be told; the row was skipped"]);
    expect(read.diagnostics.some((d) => d.line === 8 && d.severity === "warning" && d.message.includes("3 values where the header has 31"))).toBe(true);
    expect(bad(9)).toMatchObject({ path: "event_date", column: 2, value: "2025-02-30" });
    expect(bad(9).message).toContain("not a day of the calendar");
    expect(bad(10)).toMatchObject({ path: "inter1", column: 10, value: "9" });
    expect(bad(10).fix).toContain('2 "Rebel group"');
    expect(bad(11)).toMatchObject({ path: "fatalities", column: 29, value: "-3" });
    expect(bad(12)).toMatchObject({ path: "time_precision", column: 4, value: "4" });
    for (const id of ["PAK1006", "PAK1007", "PAK1008", "PAK1009", "PAK1010"]) expect(byId(id)).toEqual([]);
    expect(read.skipped).toBe(5);
  });

  test("a problem of CSV syntax is said in its place among the rows, whatever the chunks", () => {
    // A value with text after its closing quote, on a row after the malformed ones: reported after them.
    const text = `${fixture("acled-pakistan.csv")}PAK1014,2025-03-10,2025,1,,Battles,"Armed clash"es,A,,1,B,,2\r\n`;
    const whole = readEvents(text, "acled-pakistan.csv");
    const syntax = whole.diagnostics.findIndex((d) => d.path === "(syntax)");
    expect(whole.diagnostics[syntax]).toMatchObject({ line: 16, value: "Armed clashes" });
    expect(whole.diagnostics.findIndex((d) => d.line === 12)).toBeLessThan(syntax);
    for (const chunk of [5, 300]) expect(readEvents(text, "acled-pakistan.csv", chunk).diagnostics).toEqual(whole.diagnostics);
  });

  test("read in chunks of any size, the file gives the same records and report", () => {
    for (const chunk of [1, 7, 64, 1000]) {
      const again = readEvents(fixture("acled-pakistan.csv"), "acled-pakistan.csv", chunk);
      expect(again.records).toEqual(read.records);
      expect(again.diagnostics).toEqual(read.diagnostics);
    }
  });
});

describe("ACLED dates", () => {
  test.each([
    ["2025-03-04", "2025-03-04"],
    ["04 March 2025", "2025-03-04"],
    ["4 march 2025", "2025-03-04"],
    ["04-Mar-2025", "2025-03-04"],
    ["29 February 2024", "2024-02-29"],
    ["29 February 2025", undefined],
    ["2025-3-4", undefined],
    ["March 2025", undefined],
    ["04 Marchy 2025", undefined],
  ])("%s", (text, day) => expect(acledDay(text)).toBe(day));
});
