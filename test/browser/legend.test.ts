/**
 * fl-legend in a real Chromium, on test/pages/legend.html (the bundled taxonomy, counts of the
 * slice on 27 Feb 2026): the counts it shows, the filter events its toggles send, keyboard use,
 * axe-core, and screenshots in both themes.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/slice";
import type { Confidence, DataSet } from "../../src/model/types";
import type { FilterChange } from "../../src/ui/events";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { seriousAxeViolations } from "../support/page";
import { serveApp } from "../support/serve";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
let page: Page;
let problems: string[];

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data set does not load");
const data: DataSet = loaded.dataSet;
const index = new RelationIndex(data);
const DAY = parseDay("2026-02-27");

/** Relations per type and family on the test page's day, computed here independently of the page. */
function expectedCounts(minConfidence: Confidence) {
  const types: Record<string, number> = {};
  const families: Record<string, number> = {};
  const familyOf = new Map(data.taxonomy.types.map((t) => [t.id, t.family]));
  for (const r of index.query({ time: { at: DAY }, minConfidence })) {
    types[r.type] = (types[r.type] ?? 0) + 1;
    families[familyOf.get(r.type)!] = (families[familyOf.get(r.type)!] ?? 0) + 1;
  }
  return { types, families };
}

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(query = "", viewport = { width: 1280, height: 720 }): Promise<void> {
  page = await browser.newPage({ viewport });
  problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${app.url}test/pages/legend.html${query}`);
  await page.getByRole("button", { name: /^Hostile, \d+ active$/ }).waitFor();
}

beforeEach(() => open());

afterEach(async () => {
  expect(problems).toEqual([]);
  await page.close();
});

const events = (): Promise<{ type: string; change: FilterChange }[]> => page.evaluate(() => (window as unknown as { __events: { type: string; change: FilterChange }[] }).__events);
const lastChange = async (): Promise<FilterChange | undefined> => (await events()).at(-1)?.change;
const typeRow = (id: string): Locator => page.locator(`fl-legend button[data-type="${id}"]`);
const familyRow = (label: string): Locator => page.getByRole("button", { name: new RegExp(`^${label}, `) });
const focused = (): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.querySelector("fl-legend")?.shadowRoot?.activeElement;
    if (!el) return null;
    const text = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent;
    return el.getAttribute("aria-label") ?? text?.replace(/\s+/g, " ").trim() ?? "";
  });

test("shows the counts of its properties, for types, families and kinds", async () => {
  const props = await page.evaluate(() => {
    const l = document.querySelector("fl-legend")!;
    return { typeCounts: l.typeCounts, familyCounts: l.familyCounts, kindCounts: l.kindCounts };
  });
  const expected = expectedCounts("low");
  expect(props.typeCounts).toEqual(expected.types);
  expect(props.familyCounts).toEqual(expected.families);
  expect(expected.types.airstrike).toBe(3);

  // Every listed type row shows its count, and says it in its name.
  const active = data.taxonomy.types.filter((t) => (expected.types[t.id] ?? 0) > 0);
  expect(await page.locator("fl-legend button[data-type]").count()).toBe(active.length);
  for (const t of active) {
    const row = typeRow(t.id);
    expect(await row.locator(".count").textContent()).toBe(String(expected.types[t.id]));
    expect(await row.getAttribute("aria-pressed")).toBe("true");
  }
  await expect(page.getByRole("button", { name: "Air or drone strike, 3 active" }).count()).resolves.toBe(1);
  for (const f of data.taxonomy.families)
    expect(await familyRow(f.label).locator(".count").textContent()).toBe(String(expected.families[f.id] ?? 0));
  for (const k of data.taxonomy.kinds) {
    const n = props.kindCounts[k.id] ?? 0;
    await expect(page.getByRole("button", { name: `${k.label}, ${n} ${n === 1 ? "actor" : "actors"}` }).count()).resolves.toBe(1);
  }
  expect(props.kindCounts.state).toBeGreaterThan(0);

  // Types with none active are listed, dimmed and at 0, once asked for.
  const zero = data.taxonomy.types.filter((t) => !expected.types[t.id]);
  expect(zero.length).toBeGreaterThan(0);
  await expect(typeRow(zero[0].id).count()).resolves.toBe(0);
  await page.getByRole("checkbox", { name: `List types with none active (${zero.length})` }).check();
  expect(await page.locator("fl-legend button[data-type]").count()).toBe(data.taxonomy.types.length);
  expect(await typeRow(zero[0].id).locator(".count").textContent()).toBe("0");
  expect(await typeRow(zero[0].id).getAttribute("class")).toContain("zero");
  expect(await typeRow(zero[0].id).isEnabled()).toBe(true);
  expect(await events()).toEqual([]);
});

test("toggling a family emits hiddenFamilies, shows it off and its types disabled", async () => {
  const hostile = familyRow("Hostile");
  await hostile.click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile"] });
  expect(await hostile.getAttribute("aria-pressed")).toBe("false");
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("false");
  expect(await typeRow("airstrike").isDisabled()).toBe(true);
  expect(await typeRow("alliance").isEnabled()).toBe(true);

  await familyRow("Mediating").click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile", "mediating"] });
  await hostile.click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["mediating"] });
  expect(await hostile.getAttribute("aria-pressed")).toBe("true");
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("true");

  await page.getByRole("button", { name: "Show all relation types" }).click();
  expect(await lastChange()).toEqual({ hiddenFamilies: [], hiddenTypes: [] });
  expect(await familyRow("Mediating").getAttribute("aria-pressed")).toBe("true");
});

test("toggling a type emits hiddenTypes and notes it on its family", async () => {
  await typeRow("airstrike").click();
  expect(await lastChange()).toEqual({ hiddenTypes: ["airstrike"] });
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("false");
  expect(await familyRow("Hostile").textContent()).toContain("1 off");
  await typeRow("rivalry").click();
  expect(await lastChange()).toEqual({ hiddenTypes: ["airstrike", "rivalry"] });
  await typeRow("airstrike").click();
  expect(await lastChange()).toEqual({ hiddenTypes: ["rivalry"] });
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("true");

  await page.locator('fl-legend button[data-kind="person"]').click();
  expect(await lastChange()).toEqual({ hiddenKinds: ["person"] });
  expect(await page.locator('fl-legend button[data-kind="person"]').getAttribute("aria-pressed")).toBe("false");
});

test("confidence and the two display options emit their events", async () => {
  await page.getByRole("radio", { name: "High" }).check();
  expect(await lastChange()).toEqual({ minConfidence: "high" });
  // The page recounts for the new slice; the legend shows the new counts.
  const high = expectedCounts("high");
  expect(high.families.hostile).not.toBe(expectedCounts("low").families.hostile);
  expect(await familyRow("Hostile").locator(".count").textContent()).toBe(String(high.families.hostile));

  await page.getByRole("checkbox", { name: "Hide actors with no visible relation" }).click();
  expect(await lastChange()).toEqual({ hideIsolated: false });
  await page.getByRole("checkbox", { name: "Fade filtered relations instead of hiding them" }).click();
  expect(await lastChange()).toEqual({ fadeHidden: true });
  expect(await page.getByRole("checkbox", { name: "Fade filtered relations instead of hiding them" }).isChecked()).toBe(true);
  expect((await events()).length).toBe(3);
});

test("works by keyboard: Tab to a toggle, Space and Enter", async () => {
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Hostile types");
  await page.keyboard.press("Enter");
  expect(await page.getByRole("button", { name: "Hostile types" }).getAttribute("aria-expanded")).toBe("false");
  expect(await typeRow("airstrike").isVisible()).toBe(false);
  await page.keyboard.press("Space");
  expect(await page.getByRole("button", { name: "Hostile types" }).getAttribute("aria-expanded")).toBe("true");

  await page.keyboard.press("Tab");
  expect(await focused()).toMatch(/^Hostile, \d+ active$/);
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile"] });
  await page.keyboard.press("Enter");
  expect(await lastChange()).toEqual({ hiddenFamilies: [] });

  await page.keyboard.press("Tab");
  expect(await focused()).toMatch(/^Armed clash, \d+ active$/);
  await page.keyboard.press("Enter");
  expect(await lastChange()).toEqual({ hiddenTypes: ["armed-clash"] });

  // The radio group takes arrows; the checkboxes Space.
  await page.getByRole("radio", { name: "Low" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await lastChange()).toEqual({ minConfidence: "medium" });
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Hide actors with no visible relation");
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ hideIsolated: false });
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ fadeHidden: true });

  // The focus ring is visible on a row.
  await typeRow("rivalry").focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  const outline = await typeRow("rivalry").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
});

for (const theme of ["light", "dark"] as const)
  test(`passes axe-core and looks right in the ${theme} theme`, async () => {
    await page.evaluate((t) => (window as unknown as { __setTheme: (t: string) => void }).__setTheme(t), theme);
    await typeRow("airstrike").click();
    await familyRow("Mediating").click();
    await page.getByRole("checkbox", { name: /^List types with none active/ }).check();
    await page.locator('fl-legend button[data-kind="person"]').click();
    await page.mouse.move(900, 400);
    await page.locator("fl-legend").evaluate((el) => (el.scrollTop = 0));
    await page.screenshot({ path: `test-results/legend-${theme}.png` });
    await page.locator("fl-legend").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.screenshot({ path: `test-results/legend-${theme}-end.png` });

    expect(await seriousAxeViolations(page)).toEqual([]);
  });

test("fits a 1920×1080 screen with every type listed", async () => {
  await page.close();
  await open("?theme=dark", { width: 1920, height: 1080 });
  await page.getByRole("checkbox", { name: /^List types with none active/ }).check();
  await page.screenshot({ path: "test-results/legend-1920-dark.png" });
  const box = await page.locator("fl-legend").boundingBox();
  expect(box!.height).toBeLessThanOrEqual(1080);
  expect(await page.locator("fl-legend").evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});
