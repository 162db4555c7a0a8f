/**
 * The explorer end to end, in a real Chromium: what is on screen follows the data as the date,
 * the filters, the search and the panel change it; keyboard and playback work; no console
 * error; axe-core finds nothing serious. Screenshots of the main states go to
 * test-results/explorer/ (the path is printed).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prepareExplorer } from "../../src/app/explorer-data";
import { addMonths, parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type ViewState } from "../../src/state/view-state";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { serveApp } from "../support/serve";
import { seriousAxeViolations } from "../support/page";

const SHOTS = resolve("test-results/explorer");
mkdirSync(SHOTS, { recursive: true });
console.log(`explorer screenshots: ${SHOTS}`);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const data = prepareExplorer(loaded.dataSet);
/** What the data says should be visible for a view state, computed in Node. */
const expected = (change: Partial<ViewState>) => computeViewSlice(data.index, { ...getEmptyViewState(data.openingDay), ...change });

let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  const { url } = await serveApp();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  await page.getByTestId("status").waitFor();
});

afterAll(async () => {
  await browser?.close();
});

const status = () => page.getByTestId("status").textContent();
const inspect = () => page.evaluate(() => document.querySelector("faultlines-app")!.inspect()) as Promise<{ state: ViewState; visibleRelations: string[]; visibleActors: string[]; layoutRunning: boolean }>;
const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });
const slider = () => page.getByRole("slider", { name: "As of date" });

/** Where an actor is drawn, after fitting the whole graph on screen. */
async function actorPoint(actor: string) {
  await page.getByRole("button", { name: "Fit to screen" }).click();
  await page.waitForTimeout(450);
  return page.evaluate((id) => {
    const app = document.querySelector("faultlines-app")!;
    const rect = app.renderRoot.querySelector("#graph")!.getBoundingClientRect();
    const p = app.inspect().actorPosition(id)!;
    return { x: rect.left + p.x, y: rect.top + p.y };
  }, actor);
}

/** Clicks where an actor is drawn on the canvas. */
async function clickActor(actor: string) {
  const point = await actorPoint(actor);
  await page.mouse.move(point.x, point.y);
  await page.mouse.click(point.x, point.y);
}

describe.sequential("the explorer", () => {
  test("opens on the data's latest date, showing what the data says, with no console error", async () => {
    const slice = expected({});
    expect(await status()).toBe(`${slice.visibleRelations.size} relations among ${slice.visibleActors.size} actors as of 31 Mar 2026`);
    expect(new Set((await inspect()).visibleRelations)).toEqual(slice.visibleRelations);
    await shot("1-opening-light");
    expect(problems).toEqual([]);
  });

  test("clicking a relation on the canvas opens its evidence", async () => {
    // A pair tied by one relation only, so it is drawn straight and its midpoint is on the line.
    const relation = loaded.dataSet.relations.find((r) => r.id === "noor-wali-mehsud-leads-ttp")!;
    const a = await actorPoint(relation.source);
    const b = await actorPoint(relation.target);
    const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    await page.mouse.move(middle.x, middle.y);
    await page.waitForTimeout(100);
    await page.mouse.click(middle.x, middle.y);
    await shot("4b-canvas-relation-click");
    await expect.poll(async () => (await inspect()).state.selectedRelation).toBe(relation.id);
    await expect(page.locator("fl-details").locator("blockquote").first().textContent()).resolves.toContain(relation.evidence[0].quote.slice(0, 30));
    await page.locator("fl-details").getByRole("button", { name: "Close" }).click();
    expect((await inspect()).state.selectedRelation).toBeNull();
  });

  test("arrow keys step the date by months and years; the visible relations follow the data", async () => {
    await slider().focus();
    await page.keyboard.press("ArrowLeft");
    expect(await status()).toContain("as of 28 Feb 2026");
    const feb = expected({ at: parseDay("2026-02-28") });
    expect(new Set((await inspect()).visibleRelations)).toEqual(feb.visibleRelations);
    await page.keyboard.press("PageDown");
    expect(await status()).toContain("as of 28 Feb 2025");
    const earlier = expected({ at: parseDay("2025-02-28") });
    expect(await status()).toMatch(new RegExp(`^${earlier.visibleRelations.size} relations`));
    expect(earlier.visibleRelations.size).not.toBe(feb.visibleRelations.size);
    await page.keyboard.press("End");
    expect(await status()).toContain(`as of`);
  });

  test("turning a family off hides its relations and updates the counts", async () => {
    await slider().focus();
    await page.keyboard.press("End");
    const at = (await inspect()).state.at;
    const before = expected({ at });
    await page.locator("fl-legend").getByRole("button", { name: /^Hostile, / }).click();
    const after = expected({ at, hiddenFamilies: ["hostile"] });
    expect(after.visibleRelations.size).toBeLessThan(before.visibleRelations.size);
    expect(await status()).toMatch(new RegExp(`^${after.visibleRelations.size} relations among ${after.visibleActors.size} actors`));
    const familyOf = new Map(loaded.dataSet.taxonomy.types.map((t) => [t.id, t.family]));
    const shown = (await inspect()).visibleRelations.map((id) => familyOf.get(loaded.dataSet.relations.find((r) => r.id === id)!.type));
    expect(shown).not.toContain("hostile");
    await shot("2-hostile-off");
    await page.locator("fl-legend").getByRole("button", { name: /^Hostile, / }).click();
    expect(await status()).toMatch(new RegExp(`^${before.visibleRelations.size} relations`));
  });

  test("search finds an actor by alias and selects it; the panel shows its relations", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("ISIS-K");
    await page.keyboard.press("Enter");
    expect((await inspect()).state.selectedActor).toBe("iskp");
    const panel = page.locator("fl-details");
    await expect(panel.getByRole("heading", { level: 2 }).textContent()).resolves.toMatch(/Islamic State Khorasan|ISKP/);
    await shot("3-search-selects-iskp");
  });

  test("a relation in the panel shows its quoted evidence and source", async () => {
    await clickActor("pakistan");
    expect((await inspect()).state.selectedActor).toBe("pakistan");
    const panel = page.locator("fl-details");
    const row = panel.locator('button.relation[data-relation="pakistan-airstrikes-afghan-taliban-2026-02"]');
    await row.click();
    const relation = loaded.dataSet.relations.find((r) => r.id === "pakistan-airstrikes-afghan-taliban-2026-02")!;
    await expect(panel.locator("blockquote").first().textContent()).resolves.toContain(relation.evidence[0].quote.slice(0, 40));
    await expect(panel.getByText("Afghanistan-Pakistan: The Overlooked War", { exact: false }).count()).resolves.toBeGreaterThan(0);
    expect((await inspect()).state.selectedRelation).toBe(relation.id);
    await shot("4-relation-evidence");
  });

  test("the ego view shows only an actor and its neighbours", async () => {
    const panel = page.locator("fl-details");
    await panel.getByRole("button", { name: /Back to/ }).click();
    await panel.getByRole("button", { name: /^1 hop$/ }).click();
    const { state } = await inspect();
    expect(state.ego).toEqual({ actor: "pakistan", depth: 1 });
    const ego = expected({ at: state.at, ego: { actor: "pakistan", depth: 1 }, selectedActor: "pakistan" });
    expect(new Set((await inspect()).visibleActors)).toEqual(ego.visibleActors);
    expect(await status()).toContain("ego view of Pakistan, 1 hop");
    await shot("5-ego-pakistan");
    await panel.getByRole("button", { name: "Show everything" }).click();
    expect((await inspect()).state.ego).toBeNull();
  });

  test("hovering an actor highlights it", async () => {
    await page.keyboard.press("Escape");
    const point = await actorPoint("ttp");
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await inspect()).state.hoveredActor).toBe("ttp");
    await shot("6-hover-ttp");
    await page.mouse.move(5, 300);
  });

  test("play advances the date month by month, pause stops it", async () => {
    await slider().focus();
    await page.keyboard.press("PageDown");
    const start = (await inspect()).state.at;
    await page.getByRole("button", { name: "Play" }).click();
    await expect.poll(async () => (await inspect()).state.at, { timeout: 3000 }).toBeGreaterThan(start);
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = (await inspect()).state.at;
    await page.waitForTimeout(800);
    expect((await inspect()).state.at).toBe(paused);
  });

  test("the timeline zooms to recent years, keeping the date on the slider", async () => {
    await page.getByRole("combobox", { name: "Span" }).selectOption({ label: "Last 2 years" });
    const min = Number(await slider().getAttribute("min"));
    expect(min).toBe(addMonths(data.last, -24));
    expect((await inspect()).state.at).toBeGreaterThanOrEqual(min);
    await shot("7a-timeline-last-2-years");
  });

  test("window mode shows relations active at any time in the window", async () => {
    await page.getByRole("button", { name: "Window" }).click();
    const { state } = await inspect();
    expect(state.mode).toBe("window");
    const slice = expected({ mode: "window", at: state.at, from: state.from, to: state.to });
    expect(await status()).toMatch(new RegExp(`^${slice.visibleRelations.size} relations among ${slice.visibleActors.size} actors between `));
    await shot("7-window");
    await page.getByRole("button", { name: "As of" }).click();
  });

  test("filtered relations can be faded for context instead of hidden", async () => {
    const legend = page.locator("fl-legend");
    await legend.getByRole("button", { name: /^Hostile, / }).click();
    const graph = page.locator("faultlines-app #graph");
    const hidden = await graph.screenshot();
    await legend.getByRole("checkbox", { name: /Fade/ }).check();
    expect((await inspect()).state.fadeHidden).toBe(true);
    const faded = await graph.screenshot({ path: `${SHOTS}/7b-hostile-faded.png` });
    expect(faded.equals(hidden)).toBe(false);
    await legend.getByRole("checkbox", { name: /Fade/ }).uncheck();
    await legend.getByRole("button", { name: /^Hostile, / }).click();
  });

  test("with every family off, the view says so instead of showing a blank", async () => {
    for (const family of ["Hostile", "Cooperative", "Mediating", "Structural"]) await page.locator("fl-legend").getByRole("button", { name: new RegExp(`^${family}, `) }).click();
    await expect(page.getByTestId("empty").textContent()).resolves.toMatch(/^No relations match the filters on \d+ \w+ \d{4}$/);
    await shot("8-empty");
    await page.locator("fl-legend").getByRole("button", { name: "Show all relation types" }).click();
    await expect(page.getByTestId("empty").count()).resolves.toBe(0);
  });

  test("re-layout runs in a worker with a visible state and a stop button", async () => {
    const before = await page.evaluate(() => document.querySelector("faultlines-app")!.inspect().actorPosition("pakistan"));
    await page.getByRole("button", { name: "Re-layout visible" }).click();
    await page.getByRole("status").filter({ hasText: "Laying out" }).waitFor();
    expect((await inspect()).layoutRunning).toBe(true);
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: "Stop layout" }).click();
    expect((await inspect()).layoutRunning).toBe(false);
    const after = await page.evaluate(() => document.querySelector("faultlines-app")!.inspect().actorPosition("pakistan"));
    expect(after).not.toEqual(before);
    await page.getByRole("button", { name: "Reset layout" }).click();
  });

  test("axe-core finds no serious or critical violation, in light and dark", async () => {
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Dark theme" }).click();
    expect(await page.locator("faultlines-app").getAttribute("theme")).toBe("dark");
    await page.waitForTimeout(200);
    await shot("9-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("works at 1920×1080", async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForTimeout(300);
    await shot("10-dark-1920");
    const box = await page.locator("fl-timeline").boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(1080);
    expect(problems).toEqual([]);
  });
});

describe.sequential("downloads", () => {
  test("the export dialog downloads this view as valid GEXF, snapshot and with time", async () => {
    const { expectValidGexf } = await import("../support/gexf-checks");
    await page.setViewportSize({ width: 1280, height: 720 });
    for (const time of ["Snapshot", "With time"]) {
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog", { name: "Export the graph" });
      await dialog.getByRole("radio", { name: /^This view/ }).check();
      await dialog.getByRole("radio", { name: /^GEXF/ }).check();
      await dialog.getByRole("radio", { name: new RegExp(`^${time}`) }).check();
      const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
      const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
      await expectValidGexf(text);
      const { visibleRelations } = await inspect();
      expect(text.match(/<edge /g)?.length).toBe(visibleRelations.length);
      expect(download.suggestedFilename()).toMatch(time === "Snapshot" ? /^faultlines-\d{4}-\d{2}-\d{2}\.gexf$/ : /-with-time\.gexf$/);
    }
    expect(problems).toEqual([]);
  });
});

describe.sequential("images", () => {
  const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

  async function downloadImage(size: RegExp, title: string, format: RegExp = /^PNG/) {
    await page.getByRole("button", { name: "Image…" }).click();
    const dialog = page.getByRole("dialog", { name: "Image of this view" });
    await dialog.getByRole("textbox", { name: "Title" }).fill(title);
    await dialog.getByRole("radio", { name: size }).check();
    await dialog.getByRole("radio", { name: format }).check();
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
    const chunks = await (await download.createReadStream()).toArray();
    return { file: Buffer.concat(chunks), name: download.suggestedFilename() };
  }

  test("the image dialog downloads a composed PNG at the asked size, different at another date", async () => {
    const first = await downloadImage(/^Full HD slide/, "Af-Pak, end of March");
    expect(first.name).toMatch(/^faultlines-\d{4}-\d{2}-\d{2}\.png$/);
    expect(pngSize(first.file)).toEqual({ width: 1920, height: 1080 });
    writeFileSync(`${SHOTS}/11-image-full-hd.png`, first.file);
    await slider().focus();
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    const earlier = await downloadImage(/^Full HD slide/, "Af-Pak, end of March");
    expect(earlier.file.equals(first.file)).toBe(false);
    const svg = await downloadImage(/^1×/, "Af-Pak", /^SVG/);
    expect(svg.name).toMatch(/\.svg$/);
    expect(svg.file.toString("utf8")).toContain("Af-Pak");
    expect(problems).toEqual([]);
  });
});
