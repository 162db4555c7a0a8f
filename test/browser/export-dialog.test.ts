/**
 * The explorer's Export… dialog in a real Chromium, used as a person would: it offers GEXF,
 * GraphML, CSV and JSON, each with what it is for, and time only for GEXF; choosing GraphML
 * downloads one file graphology-graphml reads as this view (mutual relations both ways),
 * choosing CSV downloads two, the relations and the actors, for a spreadsheet. Screenshots go
 * to test-results/export-dialog/.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-graphml";
import type { Download, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { parseCsv } from "../../src/import/csv/parse";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { readBundledData } from "../support/data";
import { freshPages } from "../support/fresh-pages";
import { plainSlice } from "../support/plain-slice";

const OUT = resolve("test-results/export-dialog");
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const DATA = loaded.dataSet;
const DAY = "2025-10-15";
const expected = plainSlice(DATA, { at: parseDay(DAY) });
const sorted = (ids: Iterable<string>) => [...ids].sort();
const mutual = new Set(DATA.relations.filter((r) => !r.directed).map((r) => r.id));

const pages = freshPages();
let page: Page;

async function openExplorer(): Promise<void> {
  page = await pages.open({ width: 1280, height: 800 });
  await page.goto(`${pages.url}?at=${DAY}`);
  await page.getByRole("main").getByRole("status").waitFor();
}

const dialog = () => page.getByRole("dialog", { name: "Export the graph" });

/** Opens the dialog, chooses this view and a format, downloads, and gives back each file downloaded. */
async function downloadAs(format: RegExp, files = 1): Promise<{ name: string; text: string }[]> {
  await page.getByRole("button", { name: "Export…" }).click();
  await dialog().getByRole("radio", { name: /^This view/ }).check();
  await dialog().getByRole("radio", { name: format }).check();
  const downloads: Download[] = [];
  const all = new Promise<void>((done) =>
    page.on("download", (d) => {
      downloads.push(d);
      if (downloads.length === files) done();
    }),
  );
  await dialog().getByRole("button", { name: "Download" }).click();
  await all;
  page.removeAllListeners("download");
  return Promise.all(downloads.map(async (d) => ({ name: d.suggestedFilename(), text: Buffer.concat(await (await d.createReadStream()).toArray()).toString("utf8") })));
}

describe("the Export… dialog", () => {
  test("offers each format with what it is for; time only for GEXF", async () => {
    await openExplorer();
    await page.getByRole("button", { name: "Export…" }).click();
    for (const [name, hint] of [["GEXF", "for Gephi"], ["GraphML", "for R igraph, NetworkX, yEd"], ["CSV", "two files for a spreadsheet: relations and actors"], ["JSON", "actors, relations, periods and evidence"]]) {
      expect(await dialog().getByRole("radio", { name: new RegExp(`^${name}`) }).isVisible(), name).toBe(true);
      expect(await dialog().getByText(hint, { exact: true }).isVisible(), hint).toBe(true);
    }
    await dialog().getByRole("radio", { name: /^GraphML/ }).check();
    expect(await dialog().getByRole("radio", { name: /^With time/ }).isDisabled()).toBe(true);
    await dialog().screenshot({ path: `${OUT}/export-dialog-graphml.png` });
    await dialog().getByRole("radio", { name: /^GEXF/ }).check();
    expect(await dialog().getByRole("radio", { name: /^With time/ }).isDisabled()).toBe(false);
  });

  test("GraphML: one file of this view, read by graphology-graphml, mutual relations both ways", async () => {
    await openExplorer();
    const [file] = await downloadAs(/^GraphML/);
    expect(file.name).toBe(`faultlines-${DAY}.graphml`);
    const graph = parse(Graph, file.text);
    const ids = graph.edges();
    expect(sorted(ids.filter((id) => !id.endsWith("~reverse")))).toEqual(sorted(expected.relations));
    expect(sorted(ids.filter((id) => id.endsWith("~reverse")))).toEqual(sorted(expected.relations.filter((id) => mutual.has(id)).map((id) => `${id}~reverse`)));
    expect(graph.getEdgeAttribute(expected.relations[0], "certainty")).toMatch(/^(certain|possible)$/);
  });

  test("CSV: two files, the relations and the actors, marked UTF-8 for Excel", async () => {
    await openExplorer();
    const files = await downloadAs(/^CSV/, 2);
    expect(files.map((f) => f.name).sort()).toEqual([`faultlines-${DAY}.actors.csv`, `faultlines-${DAY}.csv`]);
    const [relations, actors] = [`faultlines-${DAY}.csv`, `faultlines-${DAY}.actors.csv`].map((name) => files.find((f) => f.name === name)!.text);
    for (const text of [relations, actors]) expect(text.startsWith("\uFEFFid,")).toBe(true);
    const rows = parseCsv(relations.slice(1), ",").rows.map((r) => r.fields);
    expect(rows[0]).toContain("certainty then");
    expect(sorted(rows.slice(1).map((r) => r[0]))).toEqual(sorted(expected.relations));
    const ends = new Set(rows.slice(1).flatMap((r) => [r[1], r[3]]));
    const actorIds = new Set(parseCsv(actors.slice(1), ",").rows.slice(1).map((r) => r.fields[0]));
    for (const end of ends) expect(actorIds.has(end), end).toBe(true);
  });
});
