/**
 * Event files end to end, with the assembler: read, assembled into relations whose evidence keeps
 * each event's date and deaths, with the mapping and the report; the same whether the text comes
 * whole or in chunks; and through importFiles, which tells event files by their columns whatever
 * their name, takes one at a time, and imports any format into a data set on screen.
 */
import { describe, expect, test } from "vitest";
import { EventImport, importEvents } from "../../../src/import/events/event-import";
import { REQUIRED_COLUMNS } from "../../../src/import/events/event-format";
import { importFiles, sizeProblem } from "../../../src/import/import-files";
import { taxonomy } from "../csv/csv-checks";
import { fixture } from "./read-events";

const ACLED = fixture("acled-pakistan.csv");
const GED = fixture("ucdp-ged-pakistan.csv");
const DYADIC = fixture("ucdp-dyadic.csv");

describe("importEvents", () => {
  const result = importEvents(ACLED, "acled-pakistan.csv", taxonomy);

  test("an ACLED file becomes relations whose evidence keeps each event's date, at its precision, and deaths", () => {
    expect(result.ok).toBe(true);
    expect(result.format).toBe("acled");
    if (!result.ok) return;
    const evidence = result.dataSet.relations.flatMap((r) => r.evidence);
    const strike = evidence.find((e) => e.location?.startsWith("PAK1002"));
    expect(strike).toMatchObject({ fatalities: 2, date: { edtf: "[2025-03-01..2025-03-07]", uncertainPoint: true } });
    expect(evidence.find((e) => e.location?.startsWith("PAK1003"))?.date?.edtf).toBe("2025-02");
    expect(result.eventMapping?.map((m) => m.category)).toContain("Battles: Armed clash");
    expect(result.report.counts).toMatchObject({ rows: 13, skipped: 5, eventsWithoutActor2: 2 });
  });

  test("the report names each bad row's file, line and column", () => {
    const rowErrors = result.report.diagnostics.filter((d) => d.severity === "error" && d.line! >= 8 && d.line! <= 12);
    expect(rowErrors.map((d) => [d.file, d.line, d.path])).toEqual([
      ["acled-pakistan.csv", 8, "time_precision"],
      ["acled-pakistan.csv", 9, "event_date"],
      ["acled-pakistan.csv", 10, "inter1"],
      ["acled-pakistan.csv", 11, "fatalities"],
      ["acled-pakistan.csv", 12, "time_precision"],
    ]);
  });

  test("pushed in chunks of any size, the same result", () => {
    for (const size of [1, 100, 4096]) {
      const rows: number[] = [];
      const events = new EventImport("acled-pakistan.csv", taxonomy, { onRows: (n) => rows.push(n) });
      for (let i = 0; i < ACLED.length; i += size) events.push(ACLED.slice(i, i + size));
      expect(events.rows).toBe(13);
      expect(events.finish()).toEqual(result);
      expect(rows.at(-1)).toBe(13);
    }
  });

  test("UCDP GED and UCDP/PRIO dyadic files import", () => {
    const ged = importEvents(GED, "ged.csv", taxonomy);
    const dyadic = importEvents(DYADIC, "dyadic.csv", taxonomy);
    expect([ged.ok, ged.format, dyadic.ok, dyadic.format]).toEqual([true, "ucdp-ged", true, "ucdp-dyadic"]);
    expect(dyadic.report.diagnostics.some((d) => d.message.includes("the UCDP/PRIO dyadic data set has no text"))).toBe(true);
  });

  test("an empty file, a header alone, and rows that give no pair are refused with the reason", () => {
    const refused = (text: string) => {
      const r = importEvents(text, "e.csv", taxonomy);
      expect(r.ok).toBe(false);
      return r.report.diagnostics.filter((d) => d.severity === "error").map((d) => d.message);
    };
    const header = REQUIRED_COLUMNS.acled.join(",");
    expect(refused(`${header}\n`)).toEqual(["the file has a header but no rows"]);
    expect(refused(`${header}\nPAK1,2025-03-04,1,Protests,Peaceful protest,Protesters (Pakistan),6,,\n`)).toEqual(["none of the 1 rows gave an event between two actors, so nothing was imported"]);
    expect(refused("")).toEqual(["the file is empty"]);
  });
});

describe("importFiles with event data", () => {
  test("an event file is told by its columns, whatever its name", () => {
    expect(importFiles([{ name: "export.txt", text: ACLED }], taxonomy).format).toBe("acled");
    expect(importFiles([{ name: "download", text: GED }], taxonomy).format).toBe("ucdp-ged");
    expect(importFiles([{ name: "conflicts.csv", text: DYADIC }], taxonomy).format).toBe("ucdp-dyadic");
  });

  test("one event file at a time, and not with files of another format", () => {
    const two = importFiles([{ name: "a.csv", text: ACLED }, { name: "b.csv", text: ACLED }], taxonomy);
    expect(two.ok).toBe(false);
    expect(two.format).toBe("acled");
    expect(two.report.diagnostics[0].message).toBe("2 ACLED files were given; one import reads one export");
    expect(two.report.diagnostics[0].fix).toMatch(/import each of the others into the data set on screen/);
    const mixed = importFiles([{ name: "a.csv", text: ACLED }, { name: "r.csv", text: "source,target,type,start\nPakistan,TTP,airstrike,2025-10\n" }], taxonomy);
    expect(mixed.report.diagnostics[0].message).toBe("the files are of different formats (a.csv is ACLED event data, r.csv is CSV); one import reads one format");
  });

  test("an ACLED file with columns removed is refused naming them, not read as a relation list", () => {
    const header = REQUIRED_COLUMNS.acled.filter((c) => c !== "event_id_cnty").join(",");
    const result = importFiles([{ name: "trimmed.csv", text: `${header}\n2025-03-04,1,Battles,Armed clash,A,1,B,2\n` }], taxonomy);
    expect(result.ok).toBe(false);
    expect(result.format).toBe("acled");
    expect(result.report.diagnostics[0].message).toMatch(/not "event_id_cnty"/);
  });

  test("into a data set: event data and a relation list are added to it, their actors matched by name", () => {
    const base = importFiles([{ name: "base.csv", text: "source,target,type,start\nGovernment of Pakistan,TTP,airstrike,2025-10\n" }], taxonomy);
    if (!base.ok) throw new Error("the base data set did not import");
    for (const [name, text] of [["ged.csv", GED], ["more.csv", "source,target,type,start\nTTP,Lashkar-e-Islam,alliance,2024\n"]]) {
      const result = importFiles([{ name, text }], taxonomy, { into: base.dataSet });
      expect(result.ok, name).toBe(true);
      if (!result.ok) continue;
      const ids = new Set(result.dataSet.actors.map((a) => a.id));
      for (const actor of base.dataSet.actors) expect(ids.has(actor.id), `${name}: ${actor.id}`).toBe(true);
      expect(result.dataSet.relations.length).toBeGreaterThan(base.dataSet.relations.length);
      expect(result.actorMatches?.find((m) => m.name === "TTP")?.how, name).toBe("label");
    }
  });
});

describe("sizeProblem and event data", () => {
  test("a 100 MB .csv may be event data, read as it arrives, and is not refused by its size", () => {
    expect(sizeProblem("acled.csv", 100_000_000)).toBeUndefined();
  });

  test("past the event cap it is refused, saying why both caps are what they are", () => {
    expect(sizeProblem("acled.csv", 300_000_000)?.message).toBe(
      "the file is 300.0 MB, over the 200.0 MB this tool imports from a CSV file (ACLED or UCDP event data, read as it arrives, up to 250,000 events; a relation list up to 20.0 MB); it was not read",
    );
  });
});
