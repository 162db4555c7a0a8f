/**
 * fl-legend in a real Chromium, on test/pages/legend.html (the bundled taxonomy, the counts of
 * the slice on 27 Feb 2026 from the app's engine, every toggle applied back as the app does):
 * the counts it shows match a plain reading of the data after each toggle and confidence
 * change, its toggles show their state and send the filter events the app applies, it works by
 * keyboard, axe-core finds nothing serious, and it looks right in both themes.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { kindColour } from "../../src/look/palette";
import { relationColour } from "../../src/look/relation-look";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import type { FilterChange } from "../../src/ui/events";
import { launchBrowser } from "../support/browser";
import { certaintyOf } from "../support/certainty";
import { readBundledData } from "../support/data";
import { ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
import { plainSlice, type PlainView } from "../support/plain-slice";
import { serveApp } from "../support/serve";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
let page: Page;
/** Console errors of the pages a test opens, checked after each test. */
const problems = new ProblemLog();
watchProblems(() => problems);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data set does not load");
const data: DataSet = loaded.dataSet;
const DAY = parseDay("2026-02-27");

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(query = "", viewport = { width: 1280, height: 720 }): Promise<void> {
  page = await browser.newPage({ viewport });
  problems.watch(page);
  await page.goto(`${app.url}test/pages/legend.html${query}`);
  await page.getByRole("button", { name: /^Hostile, \d+ active$/ }).waitFor();
}

beforeEach(() => open());

afterEach(async () => {
  await page?.close();
});

/** The filter events the legend sent, as the page recorded them: the legend's output. */
const events = (): Promise<{ type: string; change: FilterChange }[]> => page.evaluate(() => (window as unknown as { __events: { type: string; change: FilterChange }[] }).__events);
const lastChange = async (): Promise<FilterChange | undefined> => (await events()).at(-1)?.change;
const typeRow = (id: string): Locator => page.locator(`fl-legend button[data-type="${id}"]`);
const kindRow = (id: string): Locator => page.locator(`fl-legend button[data-kind="${id}"]`);
const familyRow = (label: string): Locator => page.getByRole("button", { name: new RegExp(`^${label}, `) });
/** What the focused control of the legend is called: its aria-label, or its label's text. */
const focused = (): Promise<string | null> =>
  page.evaluate(() => {
    const el = document.querySelector("fl-legend")?.shadowRoot?.activeElement;
    if (!el) return null;
    const text = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el.textContent;
    return el.getAttribute("aria-label") ?? text?.replace(/\s+/g, " ").trim() ?? "";
  });

interface Shown {
  /** Label → the count shown beside it, for each family row, each listed type row, each kind row. */
  families: Record<string, string>;
  types: Record<string, string>;
  kinds: Record<string, string>;
}

/** The rows as a reader sees them: each row's label and the number printed beside it. */
async function shownCounts(): Promise<Shown> {
  const read = (rows: Locator) =>
    rows.evaluateAll((buttons) => Object.fromEntries(buttons.map((b) => [b.querySelector(".label")!.textContent!.trim(), b.querySelector(".count")!.textContent!.trim()])));
  return {
    families: await read(page.locator("fl-legend .family-head button.toggle")),
    types: await read(page.locator("fl-legend button[data-type]")),
    kinds: await read(page.locator("fl-legend button[data-kind]")),
  };
}

/**
 * What the rows should show for a filter, from plainSlice (not the app's engine): every family
 * and kind with its count, and the types listed (those active, plus those hidden by the user,
 * or all of them when "list types with none active" is on) with theirs.
 */
function expectedCounts(view: Omit<PlainView, "at">, listAllTypes = false): Shown {
  const plain = plainSlice(data, { at: DAY, ...view });
  const n = (counts: Record<string, number>, id: string) => String(counts[id] ?? 0);
  const hidden = view.hiddenTypes ?? [];
  return {
    families: Object.fromEntries(data.taxonomy.families.map((f) => [f.label, n(plain.familyCounts, f.id)])),
    types: Object.fromEntries(
      data.taxonomy.types.filter((t) => listAllTypes || plain.typeCounts[t.id] || hidden.includes(t.id)).map((t) => [t.label, n(plain.typeCounts, t.id)]),
    ),
    kinds: Object.fromEntries(data.taxonomy.kinds.map((k) => [k.label, n(plain.kindCounts, k.id)])),
  };
}

test("shows the counts of the slice on 27 Feb 2026 for types, families and kinds, and lists the empty types on request", async () => {
  const expected = expectedCounts({});
  expect(await shownCounts()).toEqual(expected);
  // Known facts of the data on that day: five air or drone strikes (three of February–March
  // 2026, two undated ones of the years since 2001 that may fall on it), seven states (six, and
  // the Afghan Taliban, a state since 2021).
  expect(expected.types["Air or drone strike"]).toBe("5");
  expect(expected.kinds.State).toBe("7");
  await page.getByRole("button", { name: "Air or drone strike, 5 active" }).waitFor();
  await page.getByRole("button", { name: "State, 7 actors" }).waitFor();
  // Screen readers hear the same counts as the rows print.
  for (const f of data.taxonomy.families)
    expect(await familyRow(f.label).getAttribute("aria-label")).toBe(`${f.label}, ${expected.families[f.label]} active`);
  for (const row of await page.locator("fl-legend button[data-type]").all()) expect(await row.getAttribute("aria-pressed")).toBe("true");

  // Types with none active are left out, listed dimmed at 0 once asked for, and still usable.
  const zero = data.taxonomy.types.filter((t) => expected.types[t.label] === undefined);
  expect(zero.length).toBeGreaterThan(0);
  expect(await typeRow(zero[0].id).count()).toBe(0);
  const listAll = page.getByRole("checkbox", { name: `List types with none active (${zero.length})` });
  await listAll.check();
  expect(await listAll.isChecked()).toBe(true);
  expect(await shownCounts()).toEqual(expectedCounts({}, true));
  expect(await typeRow(zero[0].id).getAttribute("class")).toContain("zero");
  expect(await typeRow(zero[0].id).isEnabled()).toBe(true);
  // Listing more rows is the legend's own view option: the app is not asked to change anything.
  expect(await events()).toEqual([]);
});

test("toggling a family shows it off and its types disabled, and the actor counts follow", async () => {
  const hostile = familyRow("Hostile");
  await hostile.click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile"] });
  expect(await hostile.getAttribute("aria-pressed")).toBe("false");
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("false");
  expect(await typeRow("airstrike").isDisabled()).toBe(true);
  expect(await typeRow("alliance").isEnabled()).toBe(true);
  // Relation counts say what a toggle would show, so they stay; actor counts leave out the
  // actors that only hidden relations touch.
  expect(await shownCounts()).toEqual(expectedCounts({ hiddenFamilies: ["hostile"] }));

  await familyRow("Mediating").click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile", "mediating"] });
  const twoHidden = expectedCounts({ hiddenFamilies: ["hostile", "mediating"] });
  // China, whose relations on that day are all hostile or mediating, drops out of the states.
  expect(twoHidden.kinds.State).toBe("6");
  expect(await shownCounts()).toEqual(twoHidden);
  await hostile.click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["mediating"] });
  expect(await hostile.getAttribute("aria-pressed")).toBe("true");
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("true");
  expect(await familyRow("Mediating").getAttribute("aria-pressed")).toBe("false");

  await page.getByRole("button", { name: "Show all relation types" }).click();
  expect(await lastChange()).toEqual({ hiddenFamilies: [], hiddenTypes: [] });
  expect(await familyRow("Mediating").getAttribute("aria-pressed")).toBe("true");
  expect(await shownCounts()).toEqual(expectedCounts({}));
});

test("toggling a type notes it on its family; toggling a kind recounts the relations", async () => {
  await typeRow("airstrike").click();
  expect(await lastChange()).toEqual({ hiddenTypes: ["airstrike"] });
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("false");
  expect(await familyRow("Hostile").textContent()).toContain("1 off");
  await typeRow("hostility").click();
  expect(await lastChange()).toEqual({ hiddenTypes: ["airstrike", "hostility"] });
  expect(await familyRow("Hostile").textContent()).toContain("2 off");
  expect(await shownCounts()).toEqual(expectedCounts({ hiddenTypes: ["airstrike", "hostility"] }));
  await typeRow("airstrike").click();
  expect(await lastChange()).toEqual({ hiddenTypes: ["hostility"] });
  expect(await typeRow("airstrike").getAttribute("aria-pressed")).toBe("true");

  // Hiding people drops the relations with a person at either end from the type counts.
  await kindRow("person").click();
  expect(await lastChange()).toEqual({ hiddenKinds: ["person"] });
  expect(await kindRow("person").getAttribute("aria-pressed")).toBe("false");
  const noPeople = expectedCounts({ hiddenTypes: ["hostility"], hiddenKinds: ["person"] });
  expect(noPeople.families).not.toEqual(expectedCounts({ hiddenTypes: ["hostility"] }).families);
  expect(await shownCounts()).toEqual(noPeople);
});

test("raising the minimum confidence recounts every row; the two display options show their state", async () => {
  const low = expectedCounts({});
  for (const level of ["medium", "high"] as const) {
    const radio = page.getByRole("radio", { name: level === "medium" ? "Medium" : "High" });
    await radio.check();
    expect(await radio.isChecked()).toBe(true);
    expect(await lastChange()).toEqual({ minConfidence: level });
    const expected = expectedCounts({ minConfidence: level });
    expect(expected).not.toEqual(low);
    expect(await shownCounts()).toEqual(expected);
  }
  // With some types hidden too, the floor and the toggles meet.
  await familyRow("Cooperative").click();
  expect(await shownCounts()).toEqual(expectedCounts({ minConfidence: "high", hiddenFamilies: ["cooperative"] }));

  const hideIsolated = page.getByRole("checkbox", { name: "Hide actors with no visible relation" });
  expect(await hideIsolated.isChecked()).toBe(true);
  await hideIsolated.click();
  expect(await lastChange()).toEqual({ hideIsolated: false });
  expect(await hideIsolated.isChecked()).toBe(false);
  const fade = page.getByRole("checkbox", { name: "Fade filtered relations instead of hiding them" });
  await fade.click();
  expect(await lastChange()).toEqual({ fadeHidden: true });
  expect(await fade.isChecked()).toBe(true);
  expect((await events()).length).toBe(5);
});

test("says how possible relations look and how many are shown, and its check box hides them, by mouse and by keyboard", async () => {
  // Read from the relations' period bounds, not the app's slice: possible on the day, certain on no period.
  const certainty = certaintyOf(data);
  const possible = plainSlice(data, { at: DAY }).relations.filter((id) => certainty.possibleOnly(id, DAY)).length;
  expect(possible, "the bundled data has possible relations on 27 Feb 2026").toBeGreaterThan(0);
  const box = page.getByRole("checkbox", { name: `Show possible relations (dates allow, none says), ${possible} shown` });
  expect(await box.isChecked()).toBe(true);
  expect((await page.locator("fl-legend .possible .count").textContent())?.trim()).toBe(String(possible));
  // The swatch is dashed: a repeating gradient, not a plain colour.
  expect(await page.locator("fl-legend .possible .swatch").evaluate((el) => getComputedStyle(el).backgroundImage)).toMatch(/^repeating-linear-gradient/);
  await box.click();
  expect(await lastChange()).toEqual({ showPossible: false });
  const off = page.getByRole("checkbox", { name: "Show possible relations (dates allow, none says), hidden" });
  expect(await off.isChecked()).toBe(false);
  expect((await page.locator("fl-legend .possible .count").textContent())?.trim()).toBe("hidden");

  // By keyboard: the check box follows "list types with none active" in the tab order.
  await page.getByRole("checkbox", { name: /^List types with none active/ }).focus();
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Show possible relations (dates allow, none says), hidden");
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ showPossible: true });
  expect(await focused()).toBe(`Show possible relations (dates allow, none says), ${possible} shown`);
  const outline = await page.locator("fl-legend .possible input").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

test("works by keyboard: Tab to a toggle, Space and Enter", async () => {
  // The presets come first, then each row's toggle followed by its "only" control.
  for (const preset of ["All", "Kinetic", "Diplomatic"]) {
    await page.keyboard.press("Tab");
    expect(await focused()).toBe(preset);
  }
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Hostile types");
  const disclosure = page.getByRole("button", { name: "Hostile types" });
  await page.keyboard.press("Enter");
  expect(await disclosure.getAttribute("aria-expanded")).toBe("false");
  expect(await typeRow("airstrike").isVisible()).toBe(false);
  await page.keyboard.press("Space");
  expect(await disclosure.getAttribute("aria-expanded")).toBe("true");
  expect(await typeRow("airstrike").isVisible()).toBe(true);

  await page.keyboard.press("Tab");
  expect(await focused()).toMatch(/^Hostile, \d+ active$/);
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile"] });
  expect(await familyRow("Hostile").getAttribute("aria-pressed")).toBe("false");
  await page.keyboard.press("Enter");
  expect(await lastChange()).toEqual({ hiddenFamilies: [] });
  expect(await familyRow("Hostile").getAttribute("aria-pressed")).toBe("true");

  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Show only Hostile");
  await page.keyboard.press("Tab");
  expect(await focused()).toMatch(/^Armed clash, \d+ active$/);
  await page.keyboard.press("Enter");
  expect(await lastChange()).toEqual({ hiddenTypes: ["armed-clash"] });
  expect(await typeRow("armed-clash").getAttribute("aria-pressed")).toBe("false");

  // The radio group takes arrows; the checkboxes Space.
  await page.getByRole("radio", { name: "Low" }).focus();
  await page.keyboard.press("ArrowRight");
  expect(await lastChange()).toEqual({ minConfidence: "medium" });
  expect(await page.getByRole("radio", { name: "Medium" }).isChecked()).toBe(true);
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Hide actors with no visible relation");
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ hideIsolated: false });
  await page.keyboard.press("Tab");
  expect(await focused()).toBe("Fade filtered relations instead of hiding them");
  await page.keyboard.press("Space");
  expect(await lastChange()).toEqual({ fadeHidden: true });
  expect(await page.getByRole("checkbox", { name: "Fade filtered relations instead of hiding them" }).isChecked()).toBe(true);

  // The focus ring is visible on a row reached by keyboard.
  await typeRow("hostility").focus();
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  expect(await focused()).toMatch(/^Hostility, \d+ active$/);
  const outline = await typeRow("hostility").evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe("solid");
});

test("a preset sets the hidden types and families at once and is pressed; one that picks nothing is offered disabled, saying why", async () => {
  const presets = page.getByRole("group", { name: "Filter presets" });
  const preset = (name: string) => presets.getByRole("button", { name, exact: true });
  await expect(preset("All").getAttribute("aria-pressed")).resolves.toBe("true");
  await preset("Kinetic").click();
  const change = await lastChange();
  expect(change?.hiddenFamilies).toEqual(["cooperative", "mediating", "structural"]);
  expect(change?.hiddenTypes).toContain("accusation");
  expect(change?.hiddenTypes).not.toContain("airstrike");
  await expect(preset("Kinetic").getAttribute("aria-pressed")).resolves.toBe("true");
  await expect(preset("All").getAttribute("aria-pressed")).resolves.toBe("false");
  // A family shown alone is no preset: none is pressed.
  await familyRow("Mediating").hover();
  await page.getByRole("button", { name: "Show only Mediating" }).click();
  expect(await lastChange()).toEqual({ hiddenFamilies: ["hostile", "cooperative", "structural"], hiddenTypes: (change?.hiddenTypes ?? []).filter((t) => !["mediation", "negotiation", "truce"].includes(t)) });
  await expect(presets.locator("[aria-pressed=true]").count()).resolves.toBe(0);

  // A taxonomy without CAMEO codes (a hand-made import): kinetic and diplomatic pick nothing.
  await page.evaluate(() => {
    const legend = document.querySelector("fl-legend")!;
    legend.types = legend.types.map((t) => ({ ...t, cameo: [], family: t.family === "mediating" ? "cooperative" : t.family }));
  });
  const sent = (await events()).length;
  for (const [name, why] of [
    ["Kinetic", "Kinetic: no relation type here has a CAMEO code of force (18–20)."],
    ["Diplomatic", "Diplomatic: no relation type here is mediating or has a CAMEO code from 01 to 05."],
  ]) {
    await expect(preset(name).getAttribute("aria-disabled")).resolves.toBe("true");
    const described = await preset(name).getAttribute("aria-describedby");
    await expect(page.locator("fl-legend").locator(`#${described}`).textContent()).resolves.toBe(why);
    // It stays reachable by Tab, so its reason is heard; Enter and a click do nothing.
    await preset(name).focus();
    expect(await focused()).toBe(name);
    await page.keyboard.press("Enter");
    await preset(name).click({ force: true });
  }
  expect((await events()).length).toBe(sent);
  await expect(preset("All").getAttribute("aria-disabled")).resolves.toBeNull();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

for (const theme of ["light", "dark"] as const)
  test(`passes axe-core and looks right in the ${theme} theme`, async () => {
    // The theme is the app's to set (the legend has no theme control): the page takes it from its URL.
    await page.close();
    await open(`?theme=${theme}`);
    await typeRow("airstrike").click();
    await familyRow("Mediating").click();
    await page.getByRole("checkbox", { name: /^List types with none active/ }).check();
    await kindRow("person").click();
    await page.mouse.move(900, 400);
    await familyRow("Hostile").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/legend/legend-${theme}.png` });
    await page.locator("fl-legend .possible").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/legend/legend-${theme}-possible.png` });
    const fade = page.getByRole("checkbox", { name: "Fade filtered relations instead of hiding them" });
    await fade.scrollIntoViewIfNeeded();
    expect(await fade.isVisible()).toBe(true);
    await page.screenshot({ path: `test-results/legend/legend-${theme}-end.png` });

    expect(await seriousAxeViolations(page)).toEqual([]);
  });

test("fits a 1920×1080 screen with every type listed, scrolling inside its sidebar", async () => {
  await page.close();
  await open("?theme=dark", { width: 1920, height: 1080 });
  await page.getByRole("checkbox", { name: /^List types with none active/ }).check();
  await page.screenshot({ path: "test-results/legend/legend-1920-dark.png" });
  const box = await page.locator("fl-legend").boundingBox();
  expect(box!.height).toBeLessThanOrEqual(1080);
  expect(await page.locator("fl-legend").evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
});

test("a type's swatch is drawn as its relations are: its family's hue at its manner's step, dotted when a word; kinds in their own quieter colours", async () => {
  const swatch = (row: Locator) => row.locator(".swatch");
  const look = (row: Locator) => swatch(row).evaluate((el) => ({ colour: (el as HTMLElement).style.getPropertyValue("--swatch"), image: getComputedStyle(el).backgroundImage }));
  const strike = await look(typeRow("airstrike"));
  const accusation = await look(typeRow("accusation"));
  const hostility = await look(typeRow("hostility"));
  expect(strike).toEqual({ colour: relationColour("hostile", "deed", "light"), image: "none" });
  expect(accusation.colour).toBe(relationColour("hostile", "word", "light"));
  expect(accusation.image).toMatch(/^repeating-linear-gradient/);
  expect(hostility).toEqual({ colour: relationColour("hostile", "tie", "light"), image: "none" });
  expect(new Set([strike.colour, accusation.colour, hostility.colour]).size).toBe(3);
  expect((await look(kindRow("state"))).colour).toBe(kindColour("state", "light"));
  // The key says what each pattern means.
  expect((await page.getByTestId("pattern-key").textContent())?.replace(/\s+/g, " ").trim()).toBe("deed or tie words possible");
});
