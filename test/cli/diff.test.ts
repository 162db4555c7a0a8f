/**
 * `faultlines diff`: what changed between two moments, on a small data set whose answer is known
 * (a certain turn, an ended tie, a possible truce) and on the bundled data (Pakistan and the
 * Afghan Taliban, from closest ties to war: a possible turn), in JSON, Markdown and CSV, and the
 * messages for what cannot be compared.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { relationLine, validDataWith } from "../support/fixtures";
import { cli } from "../support/cli";

/**
 * The loader's valid data with: Pakistan sheltering the Taliban 2010–2020 and striking them from
 * Oct 2025 (a turn, certain), a truce in Mar 2026 (possible on 1 Mar), TTP's refuge with the
 * Taliban since 2014 (continuing), Pakistan's backing of TTP 2012–2016 (ended).
 */
function turnData(): string {
  return validDataWith(
    [
      relationLine("old-ties", "pakistan", "taliban", "sanctuary", "2010/2020"),
      relationLine("strikes", "pakistan", "taliban", "airstrike", "2025-10/2026-03"),
      relationLine("truce", "pakistan", "taliban", "truce", "2026-03"),
      relationLine("refuge", "taliban", "ttp", "sanctuary", "2014/.."),
      relationLine("backing", "pakistan", "ttp", "sanctuary", "2012/2016"),
    ],
    (actors) => actors.replace("label: TTP", "label: Tehrik-i-Taliban [TTP]"),
  );
}

const ids = (list: { id: string }[]) => list.map((r) => r.id).sort();

describe("diff on a data set whose answer is known", () => {
  const data = turnData();
  const diff = (...args: string[]) => cli("diff", "--data", data, "--from", "2015-06-01", "--to", "2026-03-01", ...args);

  test("JSON: each relation added, ended, continuing or turned, with how it stood at each moment", async () => {
    const { code, out } = await diff();
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.from).toEqual({ date: "2015-06-01", precision: "day", first: "2015-06-01", last: "2015-06-01", words: "1 Jun 2015" });
    expect(ids(json.added)).toEqual(["truce"]);
    expect(ids(json.ended)).toEqual(["backing"]);
    expect(ids(json.continuing)).toEqual(["refuge"]);
    expect(ids(json.turned)).toEqual(["old-ties", "strikes"]);
    expect(json.added[0]).toEqual({ id: "truce", source: "pakistan", target: "taliban", type: "truce", family: "mediating", atFrom: "absent", atTo: "possible", possible: true, periods: ["2026-03"] });
    expect(json.turns).toEqual([{ actors: ["pakistan", "taliban"], before: "cooperative", after: "hostile", possible: false, ended: ["old-ties"], added: ["strikes"] }]);
  });

  test("a month or a year is a window over all its days, never a day picked in it", async () => {
    const { out } = await cli("diff", "--data", data, "--from", "2016", "--to", "2026-03");
    const json = JSON.parse(out);
    expect(json.from).toMatchObject({ precision: "year", first: "2016-01-01", last: "2016-12-31", words: "2016" });
    expect(json.to).toMatchObject({ precision: "month", first: "2026-03-01", last: "2026-03-31", words: "Mar 2026" });
    // Backing ended in 2016, so it is shown in the window of 2016 and not in March 2026.
    expect(ids(json.ended)).toEqual(["backing"]);
    // The truce, dated to March, is certainly in March's window, though only possibly on 2026-03-01 alone.
    expect(json.added.find((r: { id: string }) => r.id === "truce")).toMatchObject({ atFrom: "absent", atTo: "certain" });
  });

  test("Markdown: a title, the counts, the turn in words, then the changes by family, possibilities marked", async () => {
    const { out } = await diff("--format", "md");
    expect(out).toMatch(/^# What changed between 1 Jun 2015 and 1 Mar 2026\n/);
    expect(out).toContain("**1** added, **1** ended, **2** in 1 pair whose relation turned, **1** continuing (5 relations shown at either moment, 1 of them");
    expect(out).toContain("- **Pakistan** and **Afghan Taliban**: cooperative on 1 Jun 2015, hostile on 1 Mar 2026\n");
    expect(out).toContain("  - ended: Pakistan → Afghan Taliban: Sanctuary, 2010–2020\n  - began: Pakistan → Afghan Taliban: Air strike, Oct 2025 – Mar 2026\n");
    expect(out).toMatch(/## Added \(1\)\n\n### Mediating \(1\)\n\n- Pakistan – Afghan Taliban: Truce, sometime in Mar 2026 _\(possible on 1 Mar 2026\)_\n/);
    // A name from the data reads as written, its Markdown marks escaped.
    expect(out).toMatch(/## Ended \(1\)\n\n### Cooperative \(1\)\n\n- Pakistan → Tehrik-i-Taliban \\\[TTP\\\]: Sanctuary, 2012–2016\n/);
  });

  test("CSV: one row per relation, in data order, with its change and the turn it is part of", async () => {
    const { out } = await diff("--format", "csv");
    const [header, ...rows] = out.trimEnd().split("\n");
    expect(header).toBe("change,id,source,target,type,family,at_from,at_to,possible,turn,periods");
    expect(rows).toEqual([
      "turned,old-ties,pakistan,taliban,sanctuary,cooperative,certain,absent,false,cooperative to hostile,2010/2020",
      "turned,strikes,pakistan,taliban,airstrike,hostile,absent,certain,false,cooperative to hostile,2025-10/2026-03",
      "added,truce,pakistan,taliban,truce,mediating,absent,possible,true,,2026-03",
      "continuing,refuge,taliban,ttp,sanctuary,cooperative,certain,certain,false,,2014/..",
      "ended,backing,pakistan,ttp,sanctuary,cooperative,certain,absent,false,,2012/2016",
    ]);
  });

  test("the filters of export apply at both moments, and are named in the output", async () => {
    const json = JSON.parse((await diff("--families", "cooperative", "--kinds", "armed-group")).out);
    expect(json.filters).toEqual(["--families cooperative", "--kinds armed-group"]);
    expect([...json.added, ...json.ended, ...json.turned].map((r: { id: string }) => r.id)).toEqual([]);
    expect(ids(json.continuing)).toEqual(["refuge"]);
    // --certain: the truce, only possible on 1 Mar 2026, is left out; the certain turn stays.
    const certain = JSON.parse((await diff("--certain")).out);
    expect(ids(certain.added)).toEqual([]);
    expect(ids(certain.turned)).toEqual(["old-ties", "strikes"]);
  });

  test("--out writes the file and says what it holds", async () => {
    const file = join(mkdtempSync(join(tmpdir(), "faultlines-diff-out-")), "diff.md");
    const { code, out, err } = await diff("--format", "md", "--out", file);
    expect(code).toBe(0);
    expect(out).toBe("");
    expect(err).toContain("wrote 5 relations (1 added, 1 ended, 1 pairs turned)");
    expect(readFileSync(file, "utf8")).toContain("# What changed between");
  });
});

describe("diff on the bundled data, September 2021 to March 2026", () => {
  test("Pakistan and the Afghan Taliban turned from cooperative to hostile, a possible turn", async () => {
    const { code, out } = await cli("diff", "--from", "2021-09-01", "--to", "2026-03-01");
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const turn = json.turns.find((t: { actors: string[] }) => [...t.actors].sort().join() === "afghan-taliban,pakistan");
    expect(turn).toMatchObject({ before: "cooperative", after: "hostile", possible: true });
    expect(turn.ended).toContain("pakistan-afghan-taliban-historical-ties");
    expect(turn.added).toContain("pakistan-afghan-taliban-war");
    const ties = json.turned.find((r: { id: string }) => r.id === "pakistan-afghan-taliban-historical-ties");
    expect(ties).toMatchObject({ source: "pakistan", target: "afghan-taliban", type: "alignment", family: "cooperative", atFrom: "possible", atTo: "absent" });
    const md = (await cli("diff", "--from", "2021-09-01", "--to", "2026-03-01", "--format", "md")).out;
    expect(md).toContain("- **Pakistan** and **Afghan Taliban**: cooperative on 1 Sep 2021, hostile on 1 Mar 2026 _(a possible turn");
  });

  test("what it lists is the set difference of the two slices export writes", async () => {
    const shown = async (day: string) => new Set<string>(JSON.parse((await cli("export", "--at", day)).out).relations.map((r: { id: string }) => r.id));
    const [a, b] = [await shown("2021-09-01"), await shown("2026-03-01")];
    const json = JSON.parse((await cli("diff", "--from", "2021-09-01", "--to", "2026-03-01")).out);
    const turnedEnded = json.turned.filter((r: { atTo: string }) => r.atTo === "absent");
    const turnedAdded = json.turned.filter((r: { atTo: string }) => r.atTo !== "absent");
    expect([...ids(json.added), ...ids(turnedAdded)].sort()).toEqual([...b].filter((id) => !a.has(id)).sort());
    expect([...ids(json.ended), ...ids(turnedEnded)].sort()).toEqual([...a].filter((id) => !b.has(id)).sort());
    expect(ids(json.continuing)).toEqual([...a].filter((id) => b.has(id)).sort());
  });
});

describe("diff refuses what it cannot compare, naming the option, the value and the fix", () => {
  test.each([
    [["--from", "2021-13-01", "--to", "2026-03-01"], '--from "2021-13-01": there is no month 13. Months run from 01 to 12.'],
    [["--from", "2021-09-01", "--to", "last week"], '--to "last week": not a date this tool reads. Write a day "2025-10-09"'],
    [["--from", "2026-03-01", "--to", "2021-09-01"], "--to 2021-09-01 is before --from 2026-03-01; the second moment cannot come first: swap them, e.g. --from 2021-09-01 --to 2026-03-01"],
    [["--from", "2021-09", "--to", "2021"], "--to 2021 begins before --from 2021-09"],
    [["--from", "2021-09-01"], "--to is missing; give both ends, e.g. --from 2021-09-01 --to 2026-03-01"],
    [["--from", "2021~", "--to", "2026"], '--from "2021~": an approximate or uncertain date is not a moment to slice at. Give it without ~ or ?, e.g. --from 2021'],
    [["--from", "2021", "--to", "2026", "--format", "xml"], '--format "xml" is not supported; use one of: json, md, csv'],
    [["--at", "2026-03-01"], "diff compares two moments: give --from A --to B"],
    [["--from", "2021", "--to", "2026", "--families", "hostle"], '--families: unknown id "hostle"; did you mean "hostile"?'],
  ])("%j", async (args, message) => {
    const { code, out, err } = await cli("diff", ...args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(`faultlines diff: ${message}`);
  });
});
