/**
 * Years 0000–0099 stay where they are written: Date.UTC reads them as 1900–1999, so every day
 * computed from a year goes through utcDay. Checked through a GEXF open bound, a data file's
 * periods, the time extent and histogram, and month steps.
 */
import { expect, test } from "vitest";
import { importGexf } from "../../src/import/gexf/import-gexf";
import { addMonths, dayToIso, parsePeriod, utcDay } from "../../src/model/dates";
import { histogram, timeExtent } from "../../src/model/timeline";
import { loadInline } from "../support/fixtures";

const loaded = loadInline({});
if (!loaded.ok) throw new Error("the loader's valid fixture does not load");
const taxonomy = loaded.dataSet.taxonomy;

test("utcDay keeps the years 0–99 and rolls months and days over", () => {
  expect(dayToIso(utcDay(50, 0, 1))).toBe("0050-01-01");
  expect(dayToIso(utcDay(50, 12, 1))).toBe("0051-01-01");
  expect(dayToIso(utcDay(99, 1, 29))).toBe("0099-03-01");
  expect(utcDay(1970, 0, 2)).toBe(1);
});

test("a GEXF open bound in the year 0050 is the next or previous day of that year", () => {
  const gexf = `<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph defaultedgetype="directed" mode="dynamic" timeformat="date">\n<nodes><node id="a" label="A"/><node id="b" label="B"/></nodes>\n<edges>\n<edge source="a" target="b" startopen="0050-03-01" endopen="0050-12"/>\n<edge source="b" target="a" startopen="0049-12-31" endopen="0051-01-01"/>\n</edges>\n</graph>\n</gexf>\n`;
  const r = importGexf(gexf, "graph.gexf", taxonomy);
  expect(r.ok).toBe(true);
  if (r.ok) expect(r.dataSet.relations.map((rel) => rel.periods.map((p) => p.edtf))).toEqual([["0050-03-02/0050-11"], ["0050-01-01/0050-12-31"]]);
});

test("a data file's period in 0050 covers its own days, and the timeline counts them there", () => {
  const result = loadInline({
    relations: "relations:\n  - id: old\n    source: pakistan\n    target: taliban\n    type: airstrike\n    periods: [\"0050-03/0051\"]\n    confidence: high\n    evidence:\n      - source: doc\n        quote: q\n",
  });
  expect(result.ok ? [] : result.diagnostics).toEqual([]);
  if (!result.ok) return;
  const period = result.dataSet.relations[0].periods[0];
  expect([dayToIso(period.first), dayToIso(period.last)]).toEqual(["0050-03-01", "0051-12-31"]);
  const extent = timeExtent(result.dataSet.relations, { wholeYears: true })!;
  expect(dayToIso(extent.first)).toBe("0050-01-01");
  const years = histogram(result.dataSet.relations, "year", extent);
  expect(years.map((b) => [b.label, dayToIso(b.first), dayToIso(b.last), b.starts + b.coarseStarts, b.ends + b.coarseEnds])).toEqual([
    ["0050", "0050-01-01", "0050-12-31", 1, 0],
    ["0051", "0051-01-01", "0051-12-31", 0, 1],
  ]);
  expect(histogram(result.dataSet.relations, "month", extent)[2]).toMatchObject({ label: "0050-03", first: parsePeriod("0050-03").first, starts: 1 });
});

test("stepping months in the year 0050 stays in 0050", () => {
  expect(dayToIso(addMonths(utcDay(50, 0, 31), 1))).toBe("0050-02-28");
  expect(dayToIso(addMonths(utcDay(50, 11, 15), -13))).toBe("0049-11-15");
});

test("the timeline's axis ticks and the command line's year counts keep the years 0–99", async () => {
  const { axisTicks } = await import("../../src/ui/timeline/time-steps");
  const { computeStats } = await import("../../src/cli/stats");
  const [first, last] = [utcDay(50, 0, 1), utcDay(51, 11, 31)];
  const ticks = axisTicks(first, last);
  expect(ticks.length).toBeGreaterThan(0);
  for (const tick of ticks) expect(dayToIso(tick.day) >= "0050-01-01" && dayToIso(tick.day) <= "0051-12-31").toBe(true);
  const longer = axisTicks(utcDay(10, 0, 1), utcDay(90, 0, 1));
  expect(longer.map((t) => dayToIso(t.day).slice(0, 4))).toContain("0050");
  const result = loadInline({
    relations: "relations:\n  - id: old\n    source: pakistan\n    target: taliban\n    type: airstrike\n    periods: [\"0050-03/0051\"]\n    confidence: high\n    evidence:\n      - source: doc\n        quote: q\n",
  });
  if (!result.ok) throw new Error("the fixture with a period in 0050 does not load");
  const stats = computeStats(result.dataSet);
  // "0050-03/0051": possible from 1 Mar 50, certain from 31 Mar 50 to 1 Jan 51.
  expect(stats.byYear["50"]).toEqual({ possible: 1, certain: 1, starting: 1 });
  expect(stats.byYear["51"]).toEqual({ possible: 1, certain: 1, starting: 0 });
});
