/**
 * Event files are told by their columns, whatever their name and in any case; a header with most
 * of a format's columns is that format, broken, and is refused naming what it lacks; a relation
 * list is no event file.
 */
import { describe, expect, test } from "vitest";
import { eventFormatOf, REQUIRED_COLUMNS } from "../../../src/import/events/event-format";
import { fixture, readEvents } from "./read-events";

const headerOf = (name: string) => fixture(name).split(/\r?\n/, 1)[0];

describe("event formats by their columns", () => {
  test.each([
    ["acled-pakistan.csv", "acled"],
    ["ucdp-ged-pakistan.csv", "ucdp-ged"],
    ["ucdp-dyadic.csv", "ucdp-dyadic"],
  ])("%s is %s, whole; in capitals too", (name, format) => {
    expect(eventFormatOf(headerOf(name))).toEqual({ format, missing: [] });
    expect(eventFormatOf(`\uFEFF${headerOf(name).toUpperCase()}\r\n1,2`)).toEqual({ format, missing: [] });
  });

  test("the columns alone, in another order, with a tab between them", () => {
    expect(eventFormatOf([...REQUIRED_COLUMNS.acled].reverse().join("\t"))?.format).toBe("acled");
  });

  test("relation lists and other tables are no event format", () => {
    expect(eventFormatOf("source,target,type,start,end,quote")).toBeNull();
    expect(eventFormatOf("actor1,actor2,event_type,event_date")).toBeNull();
    expect(eventFormatOf("id,side_a,side_b,year")).toBeNull();
    expect(eventFormatOf("")).toBeNull();
  });

  test("most of ACLED's columns but not all: ACLED, with the missing ones named, and refused", () => {
    const header = REQUIRED_COLUMNS.acled.filter((c) => c !== "inter1" && c !== "time_precision").join(",");
    expect(eventFormatOf(header)).toEqual({ format: "acled", missing: ["time_precision", "inter1"] });
    const read = readEvents(`${header}\nPAK1,2025-03-04,Battles,Armed clash,A,B,2\n`, "trimmed.csv");
    expect(read.refused).toBe(true);
    expect(read.records).toEqual([]);
    expect(read.diagnostics).toHaveLength(1);
    expect(read.diagnostics[0]).toMatchObject({ severity: "error", line: 1, path: "(header)" });
    expect(read.diagnostics[0].message).toContain('the header has most of the columns of an ACLED export but not "time_precision", "inter1"');
  });
});
