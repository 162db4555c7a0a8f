/**
 * The command line, run in-process: validate's exit codes and report, stats (what each year may
 * and certainly does hold), and the JSON and GEXF exports with each slicing option, --certain
 * and --possible included, over data whose dates are known to different degrees
 * (test/fixtures/cli/known-and-possible).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { documentsDir } from "../../src/cli/coverage";
import { FIXTURES } from "../support/fixtures";
import { cli } from "../support/cli";

const VALID = join(FIXTURES, "valid");
/**
 * The valid fixture's relations and more: "2025-10" (possible all month, certain on no day, but
 * in a window holding the month), "2026-02/2026-03" (certain 28 Feb-1 Mar), "2026-03", "2015/.."
 * (certain from 31 Dec 2015), "../2010" to TTP, founded 2007 (possible from 2007, certain on no
 * day, but in a window holding 2010), "198X" (possible in the eighties only, certain in no year
 * of them); the Taliban become a state from August 2021; types say event or state.
 */
const TIMES = "test/fixtures/cli/known-and-possible";

/** A copy of the valid fixture with one case's files laid over it, as a real directory. */
function fixtureDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), "faultlines-"));
  cpSync(VALID, dir, { recursive: true });
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

describe("validate", () => {
  test("a valid directory: exit 0 and a summary", async () => {
    const { code, out } = await cli("validate", VALID);
    expect(code).toBe(0);
    expect(out).toContain("valid: 3 actors, 3 relations, 1 sources; 0 warnings");
  });

  test("the bundled data set is valid", async () => {
    expect((await cli("validate")).code).toBe(0);
  });

  test("an invalid directory: exit 1, every error on stderr as file:line", async () => {
    const dir = fixtureDir("many-errors");
    const { code, err } = await cli("validate", dir);
    expect(code).toBe(1);
    expect(err).toMatch(/actors\.yaml:11:11: error: actors\[2\]\.kind \(ttp\): unknown actor kind "militia"/);
    expect(err).toMatch(/relations\.yaml:4:13: error: relations\[0\]\.target \(strikes\): unknown actor "nobody"/);
    expect(err).toContain("5 errors, 0 warnings; nothing was loaded");
  });

  test("a missing directory: exit 2 and what to give instead", async () => {
    const { code, err } = await cli("validate", "no/such/dir");
    expect(code).toBe(2);
    expect(err).toContain("cannot read the data directory no/such/dir: there is no such directory");
  });
});

describe("stats", () => {
  test("counts by kind, type, family, confidence and year", async () => {
    const { code, out } = await cli("stats", VALID, "--json");
    expect(code).toBe(0);
    const stats = JSON.parse(out);
    expect(stats.actorsByKind).toEqual({ state: 1, "armed-group": 2 });
    expect(stats.relationsByFamily).toEqual({ hostile: 1, cooperative: 1, mediating: 1, structural: 0 });
    expect(stats.relationsByType.airstrike).toBe(1);
    expect(stats.byYear["2015"]).toEqual({ possible: 1, certain: 1, starting: 1 });
    // "2025-10" and "2026-03" are each certain in their year, though on no day of it.
    expect(stats.byYear["2025"]).toEqual({ possible: 2, certain: 2, starting: 1 });
    expect(stats.byYear["2026"]).toEqual({ possible: 3, certain: 3, starting: 2 });
    expect(stats.openEnded).toBe(1);
  });

  test("per year, what may be active and what certainly is; no year before anything may be, none in which nothing may be", async () => {
    const { byYear } = JSON.parse((await cli("stats", TIMES, "--json")).out);
    const years = Object.keys(byYear).map(Number);
    // "198X" counts in its decade only; "../2010" to an actor founded in 2007 reaches back to 2007, no further.
    expect(years).toEqual([...range(1980, 1989), ...range(2007, 2010), ...range(2015, 2026)]);
    expect(byYear["1980"]).toEqual({ possible: 1, certain: 0, starting: 1 });
    expect(byYear["1989"]).toEqual({ possible: 1, certain: 0, starting: 0 });
    expect(byYear["2007"]).toEqual({ possible: 1, certain: 0, starting: 0 });
    // "../2010" ended some day of 2010: certain in that year, and in no year before it.
    expect(byYear["2009"]).toEqual({ possible: 1, certain: 0, starting: 0 });
    expect(byYear["2010"]).toEqual({ possible: 1, certain: 1, starting: 0 });
    expect(byYear["2015"]).toEqual({ possible: 1, certain: 1, starting: 1 });
    expect(byYear["2025"]).toEqual({ possible: 2, certain: 2, starting: 1 });
    expect(byYear["2026"]).toEqual({ possible: 3, certain: 3, starting: 2 });
    for (const y of years) expect(byYear[y].certain).toBeLessThanOrEqual(byYear[y].possible);
  });

  test("a date known only to the century counts from its first year, not from an earlier floor", async () => {
    const dir = mkdtempSync(join(tmpdir(), "faultlines-"));
    cpSync(TIMES, dir, { recursive: true });
    writeFileSync(join(dir, "relations.yaml"), readFileSync(join(TIMES, "relations.yaml"), "utf8").replace('"198X"', '"20XX"'));
    const { byYear } = JSON.parse((await cli("stats", dir, "--json")).out);
    expect(Object.keys(byYear)[0]).toBe("2000");
    expect(byYear["2000"]).toEqual({ possible: 1, certain: 0, starting: 1 });
  });

  test("as a table", async () => {
    const { out } = await cli("stats", VALID);
    expect(out).toMatch(/Relations by family\n\s+Hostile\s+1\n/);
    expect(out).toMatch(/Relations by year\s+possible\s+certain\s+starting\n(.*\n)*\s+2026\s+3\s+3\s+2\n/);
    expect(out).toContain("certain: they say it was active on some day of it");
  });
});

describe("export --format json", () => {
  const exported = async (...args: string[]) => {
    const { code, out, err } = await cli("export", "--format", "json", "--data", VALID, ...args);
    expect(err).toBe("");
    expect(code).toBe(0);
    return JSON.parse(out);
  };
  const relationIds = (json: { relations: { id: string }[] }) => json.relations.map((r) => r.id);

  test("everything, with periods at their written precision", async () => {
    const json = await exported();
    expect(json.format).toBe("faultlines/export@1");
    expect(json.actors).toHaveLength(3);
    expect(json.actors[0]).toEqual({ id: "pakistan", label: "Pakistan", kind: "state", aliases: ["Islamabad"] });
    const strikes = json.relations[0];
    expect(strikes).toMatchObject({ id: "strikes", source: "pakistan", target: "taliban", type: "airstrike", family: "hostile", directed: true, confidence: "high" });
    expect(strikes.periods).toEqual([
      { edtf: "2025-10", start: "2025-10", end: "2025-10", precision: { start: "month", end: "month" }, possible: { first: "2025-10-01", last: "2025-10-31" }, certain: null },
      {
        edtf: "2026-02/2026-03",
        start: "2026-02",
        end: "2026-03",
        precision: { start: "month", end: "month" },
        possible: { first: "2026-02-01", last: "2026-03-31" },
        certain: { first: "2026-02-28", last: "2026-03-01" },
      },
    ]);
    expect(json.relations[2].periods[0]).toMatchObject({ start: "2015", end: null, precision: { start: "year", end: null } });
    // Cut to the TTP's lifetime (2007/..): possible from 2015 on, certain from the year's last day on.
    expect(json.relations[2].periods[0]).toMatchObject({ possible: { first: "2015-01-01", last: null }, certain: { first: "2015-12-31", last: null } });
    expect(json.actors[2]).toEqual({ id: "ttp", label: "TTP", kind: "armed-group", aliases: [], lifetime: "2007/.." });
    // Not a slice of time: no certainty, no time.
    expect(json.time).toBeUndefined();
    expect(json.relations.some((r: object) => "certainty" in r)).toBe(false);
    expect(strikes.evidence).toEqual([{ source: "doc", quote: "Pakistan launched its first airstrikes on Kabul." }]);
    expect(json.sources).toEqual([{ id: "doc", title: "A test document", date: "2026-03", file: "doc.txt" }]);
  });

  test("--at a day", async () => {
    expect(relationIds(await exported("--at", "2025-10-20"))).toEqual(["strikes", "refuge"]);
  });

  test("--from and --to, months covering all their days", async () => {
    expect(relationIds(await exported("--from", "2026-03", "--to", "2026-03"))).toEqual(["strikes", "truce", "refuge"]);
    expect(relationIds(await exported("--to", "2014"))).toEqual([]);
  });

  test("--types, --families, --kinds and --min-confidence", async () => {
    expect(relationIds(await exported("--types", "truce,sanctuary"))).toEqual(["truce", "refuge"]);
    expect(relationIds(await exported("--families", "hostile"))).toEqual(["strikes"]);
    const kinds = await exported("--kinds", "armed-group");
    expect(kinds.actors.map((a: { id: string }) => a.id)).toEqual(["taliban", "ttp"]);
    expect(relationIds(await exported("--min-confidence", "high"))).toEqual(["strikes", "refuge"]);
  });

  test("--ego by name or alias, with --depth", async () => {
    const json = await exported("--ego", "TTP", "--depth", "1");
    expect(relationIds(json)).toEqual(["refuge"]);
    expect(json.actors.map((a: { id: string }) => a.id)).toEqual(["taliban", "ttp"]);
    expect(relationIds(await exported("--ego", "islamabad", "--depth", "2"))).toEqual(["strikes", "truce", "refuge"]);
  });

  test("--out writes a file", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "faultlines-")), "slice.json");
    const { code, err } = await cli("export", "--data", VALID, "--at", "2025-12-15", "--out", out);
    expect(code).toBe(0);
    expect(err).toContain(`wrote 2 actors and 1 relation to ${out}`);
    expect(JSON.parse(readFileSync(out, "utf8")).relations).toHaveLength(1);
  });

  test.each([
    [["--at", "2025-10"], /a single day is needed.*--from 2025-10 --to 2025-10/],
    [["--at", "2025-10-01", "--from", "2025"], /either --at or --from\/--to/],
    [["--from", "2026", "--to", "2025"], /--to 2025 is before --from 2026/],
    [["--types", "airstirke"], /unknown id "airstirke"; did you mean "airstrike"\?/],
    [["--families", "friendly"], /unknown id "friendly"/],
    [["--min-confidence", "certain"], /not a level; use low, medium or high/],
    [["--ego", "Pakistn"], /not an actor's id, name or alias; did you mean "pakistan"\?/],
    [["--ego", "ttp", "--depth", "two"], /not a number of hops/],
    [["--depth", "2"], /--depth needs --ego/],
    [["--format", "pajek"], /--format "pajek" is not supported; use one of: json, gexf, graphml, csv/],
    [["--colour", "red"], /Unknown option '--colour'/],
  ])("%j is refused with a usage message and exit 2", async (args, message) => {
    const { code, err, out } = await cli("export", "--data", VALID, ...(args as string[]));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });

  test("an invalid data set is refused, naming its errors", async () => {
    const dir = fixtureDir("unknown-type");
    const { code, err } = await cli("export", "--data", dir);
    expect(code).toBe(2);
    expect(err).toMatch(/is not a valid data set \(1 error\):\n.*relations\.yaml:5:11: error: .*unknown relation type "airstirke"/);
  });
});

describe("known and possible: --certain, --possible and the kind at the time", () => {
  const exported = async (...args: string[]) => {
    const { code, out, err } = await cli("export", "--data", TIMES, ...args);
    expect(err).toBe("");
    expect(code).toBe(0);
    return JSON.parse(out);
  };
  const certainty = (json: { relations: { id: string; certainty?: string }[] }) => Object.fromEntries(json.relations.map((r) => [r.id, r.certainty]));

  test("a slice keeps what its dates allow, each relation marked certain or possible (the default, and --possible)", async () => {
    const json = await exported("--at", "2026-03-01");
    expect(json.time).toEqual({ from: "2026-03-01", to: "2026-03-01" });
    expect(certainty(json)).toEqual({ strikes: "certain", truce: "possible", refuge: "certain" });
    expect(await exported("--at", "2026-03-01", "--possible")).toEqual(json);
    expect(certainty(await exported("--at", "2025-10-15"))).toEqual({ strikes: "possible", refuge: "certain" });
    // The truce, dated to March, is certain in March's window though on no day of it; possible in half of March.
    expect(certainty(await exported("--from", "2026-03", "--to", "2026-03"))).toEqual({ strikes: "certain", truce: "certain", refuge: "certain" });
    expect(certainty(await exported("--from", "2026-03-01", "--to", "2026-03-15"))).toEqual({ strikes: "certain", truce: "possible", refuge: "certain" });
    expect(certainty(await exported("--from", "2008", "--to", "2009"))).toEqual({ backing: "possible" });
  });

  test("--certain keeps only the relations whose dates say they were active then", async () => {
    const json = await exported("--at", "2026-03-01", "--certain");
    expect(certainty(json)).toEqual({ strikes: "certain", refuge: "certain" });
    expect(json.actors.map((a: { id: string }) => a.id)).toEqual(["pakistan", "taliban", "ttp"]);
    expect(certainty(await exported("--at", "2025-10-15", "--certain"))).toEqual({ refuge: "certain" });
    expect(certainty(await exported("--from", "2008", "--to", "2009", "--certain"))).toEqual({});
    expect(certainty(await exported("--from", "2015", "--to", "2015", "--certain"))).toEqual({ refuge: "certain" });
    // Certain on no day of its month, but in a window holding all of it: kept by --certain there only.
    expect(certainty(await exported("--from", "2025-10", "--to", "2025-10", "--certain"))).toEqual({ strikes: "certain", refuge: "certain" });
    expect(certainty(await exported("--from", "2025-10-01", "--to", "2025-10-30", "--certain"))).toEqual({ refuge: "certain" });
  });

  test("--kinds uses each actor's kind on the date", async () => {
    // The Taliban are an armed group until August 2021, a state after.
    expect(certainty(await exported("--kinds", "state", "--at", "2026-03-01"))).toEqual({ strikes: "certain", truce: "possible" });
    expect(certainty(await exported("--kinds", "armed-group", "--at", "2026-03-01"))).toEqual({});
    expect(certainty(await exported("--kinds", "armed-group", "--at", "2016-06-01"))).toEqual({ refuge: "certain" });
    expect(certainty(await exported("--kinds", "state", "--at", "2016-06-01"))).toEqual({});
  });

  test.each([
    [["--certain"], /--certain needs a date: give --at DAY or --from\/--to/],
    [["--certain", "--types", "truce"], /--certain needs a date/],
    [["--certain", "--possible", "--at", "2026-03-01"], /either --certain or --possible, not both/],
  ])("%j is refused with a usage message and exit 2", async (args, message) => {
    const { code, err, out } = await cli("export", "--data", TIMES, ...(args as string[]));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(message);
  });

  test("a GEXF snapshot of a day marks what is only possible, dashed, and gives each actor its kind then", async () => {
    const { expectValidGexf } = await import("../support/gexf-checks");
    const { code, out } = await cli("export", "--format", "gexf", "--data", TIMES, "--at", "2026-03-01");
    expect(code).toBe(0);
    await expectValidGexf(out);
    const edge = (id: string) => new RegExp(`<edge id="${id}"[\\s\\S]*?</edge>`).exec(out)![0];
    expect(edge("truce")).toContain('<attvalue for="certainty" value="possible"/>');
    expect(edge("truce")).toContain('<viz:shape value="dashed"/>');
    expect(edge("strikes")).toContain('<attvalue for="certainty" value="certain"/>');
    expect(edge("strikes")).not.toContain("viz:shape");
    expect(out).toMatch(/<node id="taliban"[\s\S]*?<attvalue for="kindThen" value="state"\/>/);
    const certainOnly = await cli("export", "--format", "gexf", "--data", TIMES, "--at", "2026-03-01", "--certain");
    expect(certainOnly.out).not.toContain('<edge id="truce"');
    expect(certainOnly.out).not.toContain("viz:shape");
  });
});

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe("coverage", () => {
  const documents = () => {
    const dir = mkdtempSync(join(tmpdir(), "faultlines-docs-"));
    writeFileSync(join(dir, "doc.txt"), "A test document\n\nPakistan launched its first airstrikes\non Kabul.\n\nThen a five-day truce.\n\nNothing here.\n");
    return dir;
  };

  test("lists each paragraph with the relations citing it, and what nothing cites", async () => {
    const { code, out, err } = await cli("coverage", VALID, "--documents", documents());
    expect(err).toContain('relation "refuge" quotes words the document does not contain');
    expect(code).toBe(1);
    expect(out).toContain('doc.txt (source "doc"): 2 of 4 paragraphs cited');
    expect(out).toMatch(/¶2\s+1\s+Pakistan launched its first airstrikes on Kabul\.\n\s+strikes\n/);
    expect(out).toMatch(/¶4\s+—\s+Nothing here\./);
  });

  test("--uncited shows only the paragraphs nothing cites", async () => {
    const { out } = await cli("coverage", VALID, "--documents", documents(), "--uncited");
    expect(out).not.toContain("¶2");
    expect(out).toContain("¶4");
  });

  test("a missing document says where it looked", async () => {
    const empty = mkdtempSync(join(tmpdir(), "faultlines-docs-"));
    const { code, err } = await cli("coverage", VALID, "--documents", empty);
    expect(code).toBe(2);
    expect(err).toContain(`the text of source "doc" is not at ${join(empty, "doc.txt")}. Fix: give the directory holding doc.txt`);
  });

  test("--check prints only the problems and a verdict", async () => {
    const bad = await cli("coverage", VALID, "--documents", documents(), "--check");
    expect(bad.code).toBe(1);
    expect(bad.out).toBe("1 of 3 quotes in 1 documents are not verbatim or not where they say\n");
    expect(bad.err).toContain('relation "refuge" quotes words the document does not contain');
    const dir = documents();
    writeFileSync(join(dir, "doc.txt"), "A test document\n\nPakistan launched its first airstrikes\non Kabul.\n\nThen a five-day truce.\n\nThe TTP found refuge with the Taliban.\n");
    const good = await cli("coverage", VALID, "--documents", dir, "--check");
    expect(good).toEqual({ code: 0, out: "3 quotes in 1 documents: every one verbatim, every ¶N where it starts\n", err: "" });
  });

  test("with no documents named, it says they are not in the repository and how to point at them", async () => {
    expect(() => documentsDir(undefined, {})).toThrow(/not in the repository .*Fix: set FAULTLINES_DOCUMENTS to the directory holding them, or pass --documents DIR/);
    expect(documentsDir(undefined, { FAULTLINES_DOCUMENTS: VALID })).toBe(VALID);
    expect(documentsDir(VALID, { FAULTLINES_DOCUMENTS: "elsewhere" })).toBe(VALID);
    expect(() => documentsDir(undefined, { FAULTLINES_DOCUMENTS: "no/such/dir" })).toThrow("the source documents' directory no/such/dir does not exist");
  });
});

test("the stored layout covers every actor and is what the layout command computes", async () => {
  const { code, err } = await cli("layout", "--check");
  expect(err).toBe("");
  expect(code).toBe(0);
  const stored = JSON.parse(readFileSync("graph-data/layout.json", "utf8"));
  const actors = (JSON.parse((await cli("export")).out) as { actors: { id: string }[] }).actors.map((a) => a.id);
  expect(Object.keys(stored.positions).sort()).toEqual([...actors].sort());
});

test("an unknown command lists the commands", async () => {
  const { code, err } = await cli("frobnicate");
  expect(code).toBe(2);
  expect(err).toContain("Commands: validate, stats, export, import, diff, balance, coverage, layout, screenshot, animate, help");
});

test("help", async () => {
  const { code, out } = await cli("help");
  expect(code).toBe(0);
  expect(out).toContain("--ego ACTOR --depth K");
  expect(out).toMatch(/--certain +With a date: only the relations whose dates say they were active then/);
  expect(out).toMatch(/--possible +With a date: every relation its dates allow then/);
});


describe("export --format gexf", () => {
  test("a snapshot and a dynamic export of a slice, both valid GEXF 1.3", async () => {
    const { expectValidGexf } = await import("../support/gexf-checks");
    const snapshot = await cli("export", "--format", "gexf", "--at", "2026-02-27");
    expect(snapshot.code).toBe(0);
    await expectValidGexf(snapshot.out);
    expect(snapshot.out).not.toContain('mode="dynamic"');
    const dynamic = await cli("export", "--format", "gexf", "--dynamic", "--ego", "TTP", "--depth", "1");
    expect(dynamic.code).toBe(0);
    await expectValidGexf(dynamic.out);
    expect(dynamic.out).toContain('mode="dynamic"');
    expect(dynamic.out).toContain('timeformat="date"');
  });

  test("--dynamic is refused for JSON", async () => {
    const { code, err } = await cli("export", "--format", "json", "--dynamic");
    expect(code).toBe(2);
    expect(err).toContain("--dynamic is for --format gexf");
  });
});
