/**
 * Slides are legible at any size, measured as a slide program shows them: SVG slides made by the
 * explorer (its automation's exportImage, what the image dialog makes) of the bundled data at
 * several dates and a window, of a GEXF sample imported through the Import… dialog, and of a
 * generated graph of 1,200 actors, at 1920×1080 and 3840×2160, light and dark. Each SVG is put
 * in a page of its own and every label's box is measured by Chromium (getBBox, with the fonts it
 * really uses): no two labels may overlap, and none may leave the image's graph area (the
 * frame the slide clips its graph to). Labels keep one size across a slide's scale. The SVGs go
 * to test-results/slide-labels/ (path printed), to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { ImageSpec } from "../../src/look/composition/types";
import { loadDataSet } from "../../src/model/load";
import { parsePeriod } from "../../src/model/dates";
import type { DataSet } from "../../src/model/types";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { ProblemLog, watchProblems } from "../support/page";
import { serveApp } from "../support/serve";

const OUT = resolve("test-results/slide-labels");
mkdirSync(OUT, { recursive: true });
console.log(`slide label SVGs: ${OUT}`);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const bundled = loaded.dataSet;

const SIZES = [
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
] as const;
const BACKGROUNDS = ["light", "dark"] as const;

let browser: Browser;
let url: string;
let measurer: Page;
const log = new ProblemLog();
watchProblems(() => log);

beforeAll(async () => {
  [browser, { url }] = await Promise.all([launchBrowser(), serveApp()]);
  measurer = await browser.newPage({ viewport: { width: 1280, height: 720 } });
});

afterAll(async () => {
  await browser?.close();
});

interface Measured {
  readonly frame: { x: number; y: number; width: number; height: number };
  readonly labels: { text: string; kind: string; x: number; y: number; width: number; height: number; px: number }[];
}

/** The SVG in a page of its own; every actor and relation label's box as Chromium lays it out, and the graph area. */
async function measure(svg: string): Promise<Measured> {
  await measurer.setContent(`<!doctype html><body style="margin:0">${svg.replace(/^<\?xml[^>]*>\s*/, "")}</body>`);
  return measurer.evaluate(() => {
    const root = document.querySelector("svg")!;
    const rect = root.querySelector("#fl-graph-area rect")!;
    const attr = (name: string) => Number(rect.getAttribute(name));
    const frame = { x: attr("x"), y: attr("y"), width: attr("width"), height: attr("height") };
    const labels = [...root.querySelectorAll<SVGTextElement>("g.labels > text, g.relation-labels > text")].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent ?? "", kind: t.parentElement!.getAttribute("class")!, x: b.x, y: b.y, width: b.width, height: b.height, px: Number(getComputedStyle(t).fontSize.replace("px", "")) };
    });
    return { frame, labels };
  });
}

/** Overlap of two boxes by more than half a pixel each way: rounding aside, one label over another. */
const overlap = (a: Measured["labels"][number], b: Measured["labels"][number]) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/** Fails on any two labels over each other or any label outside the graph area; returns the labels. */
function expectLegible(measured: Measured, name: string): Measured["labels"] {
  const { frame, labels } = measured;
  const outside = labels.filter((l) => l.x < frame.x - 0.5 || l.y < frame.y - 0.5 || l.x + l.width > frame.x + frame.width + 0.5 || l.y + l.height > frame.y + frame.height + 0.5);
  expect(outside.map((l) => l.text), `${name}: labels outside the graph area`).toEqual([]);
  const pairs: string[] = [];
  for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) if (overlap(labels[i], labels[j])) pairs.push(`${labels[i].text} / ${labels[j].text}`);
  expect(pairs, `${name}: labels over each other`).toEqual([]);
  return labels;
}

/** An SVG slide of the explorer's current view. */
async function slide(page: Page, spec: Omit<ImageSpec, "format">, name: string): Promise<string> {
  const svg = await page.evaluate(async (s) => (await document.querySelector("faultlines-app")!.automation.exportImage({ ...s, format: "svg" })).text(), spec);
  writeFileSync(`${OUT}/${name}.svg`, svg);
  return svg;
}

/** Every size and background of the page's view: each legible, with labels of one size per slide, twice as large at 4K; returns the actor labels of the last. */
async function expectSlidesLegible(page: Page, title: string, name: string, least: number): Promise<string[]> {
  let named: string[] = [];
  for (const background of BACKGROUNDS) {
    const sizes: number[] = [];
    for (const size of SIZES) {
      const file = `${name}-${background}-${size.width}x${size.height}`;
      const labels = expectLegible(await measure(await slide(page, { title, size: { kind: "fixed", ...size }, background }, file)), file);
      expect(labels.filter((l) => l.kind === "labels").length, `${file}: actors labelled`).toBeGreaterThanOrEqual(least);
      const px = new Set(labels.filter((l) => l.kind === "labels").map((l) => l.px));
      expect(px.size, `${file}: one label size`).toBe(1);
      sizes.push([...px][0]);
      named = labels.filter((l) => l.kind === "labels").map((l) => l.text);
    }
    expect(sizes[1] / sizes[0]).toBeCloseTo(2);
  }
  return named;
}

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1440, height: 800 } });
  log.watch(page);
  await page.goto(`${url}${query}`);
  await page.getByTestId("status").waitFor();
  return page;
}

describe.sequential("SVG slides of the bundled data: no label over another, none outside the frame", () => {
  test.each([
    ["2001-10-01", "?at=2001-10-01", 3],
    ["2021-09-01", "?at=2021-09-01", 8],
    ["2026-03-01", "?at=2026-03-01", 12],
    ["window 2025-01-01..2026-03-31", "?from=2025-01-01&to=2026-03-31", 12],
    ["2026-03-01, Pakistan selected", "?at=2026-03-01&actor=pakistan", 3],
  ])("%s", async (name, query, least) => {
    const page = await open(query);
    await expectSlidesLegible(page, `Afghanistan–Pakistan, ${name}`, `bundled-${name.replace(/[^\w-]+/g, "-")}`, least);
    await page.close();
  });
});

test("an SVG slide of an imported GEXF sample (C. elegans, 297 actors)", async () => {
  const page = await open("?at=2026-03-01");
  await page.getByRole("button", { name: "Import…" }).click();
  const dialog = page.getByRole("dialog", { name: "Data sets" });
  await dialog.waitFor();
  await dialog.getByLabel("Choose files to import").setInputFiles({ name: "celegans.gexf", mimeType: "text/xml", buffer: readFileSync(resolve("test/fixtures/gexf/samples/celegans.gexf")) });
  await dialog.getByRole("button", { name: "Open data set" }).click({ timeout: 60_000 });
  await dialog.waitFor({ state: "hidden" });
  await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().dataSet?.actors ?? 0)).toBeGreaterThan(250);
  await expectSlidesLegible(page, "C. elegans", "celegans", 10);
  await page.close();
}, 120_000);

/** A thousand-actor graph as imports bring: a few hubs, many actors of one or two relations, types of every family. */
function generated(actors: number): DataSet {
  let seed = 42;
  const next = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const kinds = ["state", "armed-group", "person"];
  const names = ["Front", "Movement", "Brigade", "Council", "Republic", "Army", "League", "Party"];
  const list = Array.from({ length: actors }, (_, i) => ({ id: `a${i}`, label: `${names[i % names.length]} ${i}`, kind: kinds[i % 3], aliases: [] }));
  const types = bundled.taxonomy.types;
  const relations = [];
  const ends: number[] = [0];
  for (let i = 1; i < actors; i++) {
    // Preferential attachment: an end drawn from the ends so far favours the well connected.
    for (let j = 0; j < (i % 4 === 0 ? 2 : 1); j++) {
      const other = ends[Math.floor(next() * ends.length)];
      if (other === i) continue;
      const type = types[Math.floor(next() * types.length)];
      relations.push({ id: `r${i}-${j}`, source: `a${i}`, target: `a${other}`, type: type.id, directed: type.directed, periods: [parsePeriod("2020-01-01/2026-12-31")], confidence: "high", evidence: [{ source: "doc", quote: "q" }] });
      ends.push(i, other);
    }
  }
  return { taxonomy: bundled.taxonomy, actors: list, relations, sources: [{ id: "doc", title: "A document" }] } as unknown as DataSet;
}

test("an SVG slide of a generated graph of 1,200 actors: the most connected named, none over another", async () => {
  const page = await open("?at=2026-03-01");
  await page.evaluate(([data]) => document.querySelector("faultlines-app")!.automation.showDataSet("Generated", data, {}), [generated(1200)] as const);
  await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().visibleActors.length)).toBe(1200);
  const named = await expectSlidesLegible(page, "A thousand actors", "generated-1200", 10);
  // Those named are among the ⌈√1200⌉ = 35 most connected.
  const degree = new Map<string, number>();
  const data = generated(1200);
  for (const r of data.relations) for (const end of [r.source, r.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const label = new Map(data.actors.map((a) => [a.label, a.id]));
  const threshold = [...degree.values()].sort((a, b) => b - a)[34];
  for (const name of named) expect(degree.get(label.get(name)!), name).toBeGreaterThanOrEqual(threshold);
  await page.close();
}, 180_000);
