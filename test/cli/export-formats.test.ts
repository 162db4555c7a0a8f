/**
 * `export --format graphml|csv` (and the GEXF's mutual relations) on the command line: the
 * slicing options apply as for JSON and GEXF, GraphML goes to stdout or --out, CSV writes the
 * relations and, beside them, the actors; to stdout only the relations.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/import/csv/parse";
import { FIXTURES } from "../support/fixtures";
import { cli } from "../support/cli";

const VALID = join(FIXTURES, "valid");
const outDir = () => mkdtempSync(join(tmpdir(), "faultlines-"));
const rows = (text: string) => parseCsv(text, ",").rows.map((r) => r.fields);

describe("export --format graphml", () => {
  test("the slice to stdout, read by graphology-graphml: the truce both ways", async () => {
    const { code, out } = await cli("export", "--format", "graphml", "--data", VALID, "--from", "2026-03-01", "--to", "2026-03-15");
    expect(code).toBe(0);
    const graph = parseGraphml(Graph, out);
    expect(graph.edges().sort()).toEqual(["refuge", "strikes", "truce", "truce~reverse"]);
    expect([graph.source("truce~reverse"), graph.target("truce~reverse"), graph.getEdgeAttribute("truce", "directed")]).toEqual(["taliban", "pakistan", false]);
    expect(graph.getEdgeAttribute("truce", "certainty")).toBe("possible");
  });

  test("--out writes the file", async () => {
    const file = join(outDir(), "slice.graphml");
    const { code, err } = await cli("export", "--format", "graphml", "--data", VALID, "--at", "2025-12-15", "--out", file);
    expect([code, err]).toEqual([0, `wrote 2 actors and 1 relation to ${file}\n`]);
    expect(parseGraphml(Graph, readFileSync(file, "utf8")).edges()).toEqual(["refuge"]);
  });
});

describe("export --format csv", () => {
  test("--out FILE: the relations in FILE, the actors beside it, both marked UTF-8 for Excel", async () => {
    const dir = outDir();
    const file = join(dir, "slice.csv");
    const { code, err, out } = await cli("export", "--format", "csv", "--data", VALID, "--types", "truce,sanctuary", "--out", file);
    expect([code, out]).toEqual([0, ""]);
    expect(err).toBe(`wrote 3 actors and 2 relations to ${file} and ${join(dir, "slice.actors.csv")}\n`);
    const relations = readFileSync(file, "utf8");
    const actors = readFileSync(join(dir, "slice.actors.csv"), "utf8");
    for (const text of [relations, actors]) expect(text.startsWith("\uFEFFid,")).toBe(true);
    expect(rows(relations.slice(1)).map((r) => r[0])).toEqual(["id", "truce", "refuge"]);
    expect(rows(actors.slice(1)).map((r) => r[0])).toEqual(["id", "pakistan", "taliban", "ttp"]);
  });

  test("to stdout: the relations only, without the mark, and stderr says how to get the actors", async () => {
    const { code, out, err } = await cli("export", "--format", "csv", "--data", VALID, "--at", "2026-03-01");
    expect(code).toBe(0);
    expect(out.startsWith("id,source,source label,")).toBe(true);
    expect(rows(out).map((r) => r[0])).toEqual(["id", "strikes", "truce", "refuge"]);
    expect(rows(out)[0]).toContain("certainty then");
    expect(err).toMatch(/give --out FILE for the actors too/);
  });

  test("an existing file name without .csv gets its actors beside it all the same", async () => {
    const dir = outDir();
    const { code } = await cli("export", "--format", "csv", "--data", VALID, "--out", join(dir, "all"));
    expect(code).toBe(0);
    expect(existsSync(join(dir, "all.actors.csv"))).toBe(true);
  });

  test.each([["csv"], ["graphml"], ["json"]])("--dynamic is refused for %s", async (format) => {
    const { code, err } = await cli("export", "--format", format, "--dynamic", "--data", VALID);
    expect(code).toBe(2);
    expect(err).toMatch(/--dynamic is for --format gexf; the (CSV|GraphML|JSON) export always carries every period/);
  });
});

describe("export --format gexf", () => {
  test("a mutual relation is two directed edges; graphology-gexf reads a directed graph", async () => {
    const { code, out } = await cli("export", "--format", "gexf", "--data", VALID);
    expect(code).toBe(0);
    expect(out).not.toContain('type="undirected"');
    const graph = parseGexf(Graph, out);
    expect(graph.type).toBe("directed");
    expect(graph.edges().sort()).toEqual(["refuge", "strikes", "truce", "truce~reverse"]);
  });
});
