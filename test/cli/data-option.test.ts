/**
 * `--data PATH` on every command that reads a data directory: a GEXF file (the bundled data's
 * hostile relations exported as GEXF, which the import reads back whole, so each command must say
 * of it what it says of the bundled directory filtered to the hostile family) and a CSV relation list with its actors file, read by the import's own
 * code; files that cannot be imported stop the command with the import's errors, their file and
 * line; layout, which writes beside the data files, says why a file will not do and what will.
 */
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { cli } from "../support/cli";
import { FIXTURES } from "../support/fixtures";

const CSV = "test/fixtures/import/csv/valid.csv";
const ACTORS = "test/fixtures/import/csv/valid.actors.csv";
const BAD_CSV = "test/fixtures/import/csv/all-rows-bad.csv";
let gexf: string;

beforeAll(async () => {
  gexf = join(mkdtempSync(join(tmpdir(), "faultlines-data-")), "hostile.gexf");
  const { code, err } = await cli("export", "--format", "gexf", "--dynamic", "--families", "hostile", "--out", gexf);
  expect(code, err).toBe(0);
});

/** Runs a command that must succeed, and gives what it printed. */
async function ok(...args: string[]): Promise<string> {
  const { code, out, err } = await cli(...args);
  expect(code, err).toBe(0);
  return out;
}

describe("a GEXF file with --data: each command says of it what it says of the data it holds", () => {
  test("stats", async () => {
    const hostile = JSON.parse(await ok("export", "--families", "hostile")).relations.length;
    const stats = JSON.parse(await ok("stats", "--json", "--data", gexf));
    expect(stats.relations).toBe(hostile);
    expect(stats.relationsByFamily).toEqual({ hostile, cooperative: 0, mediating: 0, structural: 0 });
    // A file given where a directory was, as the positional argument, is read the same way.
    expect(await ok("stats", gexf)).toBe(await ok("stats", "--data", gexf));
  });

  test("export", async () => {
    const ids = (json: string) => (JSON.parse(json).relations as { id: string; certainty: string }[]).map((r) => `${r.id} ${r.certainty}`);
    const fromFile = ids(await ok("export", "--at", "2025-10-15", "--data", gexf));
    expect(fromFile.length).toBeGreaterThan(10);
    expect(fromFile).toEqual(ids(await ok("export", "--at", "2025-10-15", "--families", "hostile")));
  });

  test("diff", async () => {
    const fromFile = JSON.parse(await ok("diff", "--from", "2021-09-01", "--to", "2026-03-01", "--data", gexf));
    const { filters, ...filtered } = JSON.parse(await ok("diff", "--from", "2021-09-01", "--to", "2026-03-01", "--families", "hostile"));
    expect(filters).toEqual(["--families hostile"]);
    expect(fromFile.added.length).toBeGreaterThan(5);
    expect(fromFile).toEqual(filtered);
  });

  test("balance", async () => {
    expect(await ok("balance", "--from", "2020", "--to", "2026", "--step", "quarter", "--data", gexf)).toBe(await ok("balance", "--from", "2020", "--to", "2026", "--step", "quarter", "--families", "hostile"));
  });

  test("validate: the import's report, and the verdict", async () => {
    const { code, out } = await cli("validate", "--data", gexf);
    expect(code).toBe(0);
    expect(out).toMatch(/hostile\.gexf:\d+: warning: .*written by Faultlines/);
    expect(out).toMatch(/hostile\.gexf: valid: \d+ actors, \d+ relations, 2 sources; 1 warning\n$/);
  });

  test("coverage: the file's sources name no document's text, so there is nothing to cover", async () => {
    const documents = mkdtempSync(join(tmpdir(), "faultlines-documents-"));
    const { code, out, err } = await cli("coverage", "--data", gexf, "--documents", documents);
    expect([code, out, err]).toEqual([0, "", ""]);
  });

  test("layout: a file has no directory to store positions in; it says what to do instead", async () => {
    const { code, err } = await cli("layout", "--data", gexf);
    expect(code).toBe(2);
    expect(err).toContain(`layout stores actor positions in layout.json inside a data directory, and ${gexf} is a file, not one. Fix: make a data directory of it with "faultlines import ${gexf} --out DIR"`);
  });
});

describe("a CSV relation list and its actors file with --data", () => {
  test("stats, export, diff and balance read its four relations and three actors", async () => {
    const stats = JSON.parse(await ok("stats", "--json", "--data", CSV, "--data", ACTORS));
    expect([stats.actors, stats.relations]).toEqual([3, 4]);
    expect(stats.actorsByKind).toMatchObject({ state: 1, "armed-group": 2 });
    const json = JSON.parse(await ok("export", "--data", CSV));
    expect(json.relations.map((r: { id: string }) => r.id)).toEqual(["strikes", "strikes-2", "truce", "refuge"]);
    const diff = JSON.parse(await ok("diff", "--from", "2025-10", "--to", "2026-03", "--data", CSV, "--data", ACTORS));
    expect(diff.added.map((r: { id: string }) => r.id)).toEqual(["strikes-2", "truce"]);
    // The actors file gives the TTP, and the refuge ties it to the Taliban in one camp.
    const rows = (await ok("balance", "--from", "2025", "--to", "2026", "--data", CSV, "--data", ACTORS)).trim().split("\n");
    expect(rows.slice(1).map((row) => row.split(",")[0] + " " + row.split(",").pop())).toEqual(["2025-12-31 1: taliban ttp", "2026-03-31 1: taliban ttp"]);
  });

  test("validate: its warnings on stdout; a file that cannot be imported, its errors on stderr and exit 1", async () => {
    const good = await cli("validate", "--data", CSV, "--data", ACTORS);
    expect(good.code).toBe(0);
    expect(good.out).toMatch(/valid\.csv:3: warning: type: the relation type "Air strike" is not in the taxonomy/);
    const bad = await cli("validate", "--data", BAD_CSV);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/all-rows-bad\.csv:\d+: error: /);
    expect(bad.err).toMatch(/all-rows-bad\.csv: \d+ errors?, \d+ warnings?; nothing could be imported\n$/);
  });

  test("a file that cannot be imported stops a command with its errors, file and line; a missing one says so", async () => {
    const bad = await cli("stats", "--data", BAD_CSV);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^faultlines stats: test\/fixtures\/import\/csv\/all-rows-bad\.csv cannot be imported \(\d+ errors?\):\n.*all-rows-bad\.csv:\d+: error: /);
    const missing = await cli("diff", "--from", "2021", "--to", "2022", "--data", "no/such.gexf");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("cannot read --data no/such.gexf: there is no such file or directory. Give a GEXF file");
  });
});

test("a file too large for its importer is refused from its size, as Import… refuses it, before it is read", async () => {
  const big = join(mkdtempSync(join(tmpdir(), "faultlines-big-")), "network.gexf");
  // Sparse: its size says 17 MiB, and reading it would give NULs, which the import would call binary instead.
  writeFileSync(big, "");
  truncateSync(big, 17 * 1024 * 1024);
  const { code, err } = await cli("stats", "--data", big);
  expect(code).toBe(2);
  expect(err).toContain(`${big}: error: (file): the file is 17.0 MB, over the 16.0 MB this tool imports from a GEXF file; it was not read`);
});

describe("--data DIR is the data directory, as the positional argument is", () => {
  test("validate, stats and layout --check", async () => {
    const dir = join(FIXTURES, "valid");
    expect(await ok("validate", "--data", dir)).toBe(await ok("validate", dir));
    expect(await ok("stats", "--data", dir)).toBe(await ok("stats", dir));
    expect((await cli("layout", "--data", "graph-data", "--check")).out).toContain("layout.json is up to date");
    expect(readFileSync("graph-data/layout.json", "utf8")).toContain('"format": "faultlines/layout@1"');
  });

  test("a missing directory is still named as one", async () => {
    const { code, err } = await cli("validate", "--data", "no/such/dir");
    expect(code).toBe(2);
    expect(err).toContain("cannot read the data directory no/such/dir: there is no such directory");
  });
});
