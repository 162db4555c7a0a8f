/**
 * UCDP GED and UCDP/PRIO dyadic rows against the fixtures written from their codebooks: dates at
 * every date_prec as the span the file gives, never a day invented; the kinds of the sides; the
 * categories; the secondary warring parties; each malformed row reported and giving nothing.
 */
import { describe, expect, test } from "vitest";
import { statesIn } from "../../../src/import/events/ucdp-dyadic";
import { errorsAt, fixture, readEvents } from "./read-events";

describe("UCDP GED rows", () => {
  const read = readEvents(fixture("ucdp-ged-pakistan.csv"), "ucdp-ged-pakistan.csv");
  const one = (id: string) => read.records.find((r) => r.id === id)!;

  test("the file is UCDP GED, by its columns", () => {
    expect(read.format).toBe("ucdp-ged");
    expect(read.records.map((r) => r.id)).toEqual(["600001", "600002", "600003", "600004", "600005", "600010"]);
  });

  test("every date_prec: the day when start and end are one, else one day somewhere in the span", () => {
    expect(["600001", "600002", "600003", "600004", "600005"].map((id) => [one(id).period.edtf, one(id).period.uncertainPoint])).toEqual([
      ["2024-03-16", undefined],
      ["[2024-04-02..2024-04-05]", true], // a time after the date is read as the day
      ["[2024-05-06..2024-05-12]", true],
      ["[2024-06-01..2024-06-30]", true],
      ["[2024-01-01..2024-12-31]", true],
    ]);
  });

  test("every type_of_violence, and the kinds of its sides", () => {
    expect(one("600001")).toMatchObject({ category: "State-based violence", sideA: { name: "Government of Pakistan", kind: "state" }, sideB: { name: "TTP", kind: "armed-group" } });
    expect(one("600002")).toMatchObject({ category: "Non-state violence", sideA: { name: "IS", kind: "armed-group" }, sideB: { kind: "armed-group" } });
    expect(one("600003")).toMatchObject({ category: "One-sided violence", sideA: { name: "TTP", kind: "armed-group" }, sideB: { name: "Civilians", kind: "civilians" } });
    expect(one("600004")).toMatchObject({ category: "One-sided violence", sideA: { kind: "state" }, sideB: { kind: "civilians" } });
  });

  test("best is the deaths, the headline the quote, the article who reported it", () => {
    expect(one("600001")).toMatchObject({
      line: 2,
      fatalities: 7,
      quote: "Seven soldiers killed as militants attack post in Mir Ali",
      reportedBy: 'Dawn, 17 March 2024, "Soldiers killed in North Waziristan attack"',
      place: "Mir Ali town, Khyber Pakhtunkhwa province, Pakistan",
    });
    expect(one("600004").quote).toBe("");
  });

  test("each malformed row is reported at its line and column with its value", () => {
    const bad = (line: number) => read.diagnostics.find((d) => d.severity === "error" && d.line === line)!;
    expect(bad(7)).toMatchObject({ path: "type_of_violence", column: 6, value: "4" });
    expect(bad(8)).toMatchObject({ path: "date_end", value: "2024-08-01" });
    expect(bad(8).message).toBe("date_end 2024-08-01 is before date_start 2024-08-10; the row was skipped");
    expect(bad(9)).toMatchObject({ path: "best", value: "-1" });
    expect(bad(10)).toMatchObject({ path: "date_start", value: "2024-13-01" });
    expect(read.skipped).toBe(4);
  });
});

describe("UCDP/PRIO dyadic rows", () => {
  const read = readEvents(fixture("ucdp-dyadic.csv"), "ucdp-dyadic.csv");

  test("one record a dyad and year, for that year, with its type of conflict", () => {
    expect(read.format).toBe("ucdp-dyadic");
    const main = read.records.filter((r) => r.category !== "Secondary warring party");
    expect(main.map((r) => [r.id, r.period.edtf, r.category, r.sideA.name, r.sideB.name, r.sideB.kind])).toEqual([
      ["11347:2023", "2023", "Intrastate", "Government of Pakistan", "TTP", "armed-group"],
      ["11347:2024", "2024", "Intrastate", "Government of Pakistan", "TTP", "armed-group"],
      ["724:2009", "2009", "Internationalized intrastate", "Government of Afghanistan", "Taleban", "armed-group"],
      ["651:1965", "1965", "Internationalized intrastate", "Government of South Vietnam", "FNL", "armed-group"],
      ["726:1999", "1999", "Interstate", "Government of India", "Government of Pakistan", "state"],
      ["800:1946", "1946", "Extrasystemic", "Government of Netherlands", "Indonesian Peoples Army", "armed-group"],
    ]);
  });

  test("secondary warring parties: each supporting state with the side it fought for", () => {
    const secondary = read.records.filter((r) => r.category === "Secondary warring party").map((r) => [r.period.edtf, r.sideA.name, r.sideA.kind, r.sideB.name]);
    expect(secondary).toEqual([
      ["2009", "Government of Australia", "state", "Government of Afghanistan"],
      ["2009", "Government of United Kingdom", "state", "Government of Afghanistan"],
      ["2009", "Government of United States of America", "state", "Government of Afghanistan"],
      ["1965", "Government of Australia", "state", "Government of South Vietnam"],
      ["1965", "Government of South Korea", "state", "Government of South Vietnam"],
      ["1965", "Government of United States of America", "state", "Government of South Vietnam"],
      ["1965", "Government of North Vietnam", "state", "FNL"],
    ]);
    expect(read.counts.secondaryWarringParties).toBe(7);
  });

  test("the data set has no words: no quote, the data set as the reporter, and the report says so once", () => {
    expect(new Set(read.records.map((r) => r.quote))).toEqual(new Set([""]));
    expect(new Set(read.records.map((r) => r.reportedBy))).toEqual(new Set(["UCDP Dyadic Dataset 25.1"]));
    expect(read.records.every((r) => r.fatalities === undefined)).toBe(true);
    expect(read.diagnostics.filter((d) => d.message.includes("has no text"))).toHaveLength(1);
  });

  test("malformed rows are reported and give nothing", () => {
    expect(errorsAt(read.diagnostics, 8)).toEqual(['type_of_conflict: type_of_conflict "5" is none of UCDP\'s 1–4; the row was skipped']);
    expect(errorsAt(read.diagnostics, 9)).toEqual(['year: year "20x4" is not a year; the row was skipped']);
    expect(read.skipped).toBe(2);
  });

  test.each([
    ["Government of Australia, Government of United Kingdom", ["Government of Australia", "Government of United Kingdom"]],
    ["Government of Congo, Democratic Republic of", ["Government of Congo, Democratic Republic of"]],
    ["Australia, United Kingdom", ["Australia", "United Kingdom"]],
    ["", []],
  ])("the states in %j", (cell, states) => expect(statesIn(cell)).toEqual(states));
});
