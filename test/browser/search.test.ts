/**
 * fl-search in a real Chromium, on the bundled actors: typing finds the actors whose label or
 * an alias holds the query, in any case and with or without diacritics (the options listed are
 * held to a plain scan of the data written here), the keyboard and the mouse choose, Escape
 * closes then clears, markup in data stays text, and axe-core finds nothing serious, in light
 * and dark themes.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { eventsOf, ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
import { serveApp } from "../support/serve";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
/** Console errors of the pages a test opens, checked after each test. */
const problems = new ProblemLog();
watchProblems(() => problems);
const pages: Page[] = [];

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const data: DataSet = loaded.dataSet;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function searchPage(query = ""): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  pages.push(page);
  problems.watch(page);
  await page.goto(`${app.url}test/pages/search.html${query}`);
  await page.getByRole("combobox", { name: "Search actors" }).waitFor();
  return page;
}

const box = (page: Page) => page.getByRole("combobox", { name: "Search actors" });
const options = (page: Page) => page.getByRole("option");
/** The actor labels the open list shows, top to bottom. */
const optionLabels = (page: Page) => options(page).evaluateAll((els) => els.map((el) => el.querySelector("span[dir=auto]")!.textContent!));
const chosenText = (page: Page) => page.getByTestId("chosen").textContent();

async function typeInto(page: Page, text: string): Promise<void> {
  await box(page).click();
  await page.keyboard.type(text);
}

async function retype(page: Page, text: string): Promise<void> {
  await box(page).fill("");
  await page.keyboard.type(text);
}

/** Lower case without diacritics, written here apart from the app's searchKey. */
const fold = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/**
 * The labels of the actors a query of three or more letters should find: those with the query
 * somewhere in their label or an alias, ignoring case and accents. Sorted, since the list's
 * order is checked apart.
 */
const plainMatches = (query: string): string[] =>
  data.actors
    .filter((a) => [a.label, ...a.aliases].some((name) => fold(name).includes(fold(query))))
    .map((a) => a.label)
    .sort();

describe("fl-search", () => {
  test('typing "isis-k" then Enter chooses ISKP and closes the list', async () => {
    const page = await searchPage();
    await typeInto(page, "isis-k");
    await expect.poll(() => box(page).getAttribute("aria-expanded")).toBe("true");
    const first = options(page).first();
    expect(await first.textContent()).toContain("ISKP");
    expect(await first.textContent()).toContain("ISIS-K");
    expect(await first.textContent()).toContain("Armed group");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "iskp" }]);
    expect(await chosenText(page)).toBe("Chosen: iskp");
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    expect(await options(page).count()).toBe(0);
    expect(await box(page).inputValue()).toBe("ISKP");
  });

  test("aliases are found and shown beside the label: Doha is Qatar, Pakistani Taliban the TTP, Daesh the Islamic State", async () => {
    const page = await searchPage();
    for (const [query, label, alias] of [
      ["doha", "Qatar", "Doha"],
      ["daesh", "Islamic State", "Daesh"],
      ["kabul", "Afghan Taliban", "Kabul"],
    ]) {
      await retype(page, query);
      await expect.poll(() => optionLabels(page)).toEqual([label]);
      expect(plainMatches(query)).toEqual([label]);
      expect((await options(page).first().textContent())!.replace(/\s+/g, " ")).toContain(`${label} — ${alias}`);
    }
    await retype(page, "pakistani taliban");
    expect((await optionLabels(page))[0]).toBe("TTP");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "ttp" }]);
    expect(await chosenText(page)).toBe("Chosen: ttp");
  });

  test("case and accents do not matter, in the query or in the data", async () => {
    const page = await searchPage();
    // Türkiye is an alias of Turkey; İ is a capital dotted i.
    await typeInto(page, "TÜRKİYE");
    await expect.poll(() => optionLabels(page)).toEqual(["Turkey"]);
    expect((await options(page).first().textContent())!.replace(/\s+/g, " ")).toMatch(/Turkey — Türkiye/);
    // Accents typed where the data has none: Tehran is Iran's alias, Mahsud a spelling of Mehsud.
    await retype(page, "tehrān");
    await expect.poll(() => optionLabels(page)).toEqual(["Iran"]);
    await retype(page, "PAKISTÁN");
    const labels = await optionLabels(page);
    expect(labels[0]).toBe("Pakistan");
    expect(labels.sort()).toEqual(plainMatches("pakistan"));
    await retype(page, "BAITULLAH MAHSÜD");
    expect(await optionLabels(page)).toEqual(["Baitullah Mehsud"]);
    await page.keyboard.press("Enter");
    expect(await chosenText(page)).toBe("Chosen: baitullah-mehsud");
  });

  test("lists every actor that holds the query, exact and prefix matches before matches inside a name", async () => {
    const page = await searchPage();
    for (const query of ["taliban", "islamic", "pak", "mehsud", "state"]) {
      await retype(page, query);
      await expect.poll(() => optionLabels(page).then((labels) => labels.sort())).toEqual(plainMatches(query));
      expect(plainMatches(query).length).toBeGreaterThan(1);
      // The screen-reader status says how many.
      expect(await page.locator("fl-search [role=status]").textContent()).toContain(`${plainMatches(query).length} actors match`);
    }
    await retype(page, "taliban");
    const labels = await optionLabels(page);
    // "Taliban" is an alias of the Afghan Taliban: an exact match, so first; the TTP's
    // "Pakistani Taliban" holds it after a space, and comes later.
    expect(labels[0]).toBe("Afghan Taliban");
    expect(labels.indexOf("TTP")).toBeGreaterThan(0);
  });

  test("ArrowDown and ArrowUp move the active option, wrapping, and Enter chooses it", async () => {
    const page = await searchPage();
    await typeInto(page, "pak");
    const labels = await optionLabels(page);
    const count = labels.length;
    expect(count).toBeGreaterThan(2);
    // Typing highlights the best match, without moving aria-activedescendant onto it, so
    // Enter takes it at once and screen readers keep echoing what is typed.
    expect(await page.locator(`fl-search [role="option"][aria-selected="true"]`).getAttribute("id")).toBe("option-0");
    expect(await box(page).getAttribute("aria-activedescendant")).toBeNull();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    expect(await box(page).getAttribute("aria-activedescendant")).toBe("option-2");
    const active = page.locator(`fl-search [role="option"][aria-selected="true"]`);
    expect(await active.count()).toBe(1);
    expect(await active.getAttribute("id")).toBe("option-2");
    expect(await active.locator("span[dir=auto]").first().textContent()).toBe(labels[2]);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await box(page).getAttribute("aria-activedescendant")).toBe(`option-${count - 1}`);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    expect(await box(page).getAttribute("aria-activedescendant")).toBe("option-2");
    await page.keyboard.press("Enter");
    const chosen = data.actors.filter((a) => a.label === labels[2]);
    expect(chosen.length).toBe(1);
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: chosen[0].id }]);
    expect(await chosenText(page)).toBe(`Chosen: ${chosen[0].id}`);
    expect(await box(page).inputValue()).toBe(labels[2]);
  });

  test("ArrowDown in an empty field lists every actor by label", async () => {
    const page = await searchPage();
    await box(page).focus();
    await page.keyboard.press("ArrowDown");
    expect(await optionLabels(page)).toEqual(data.actors.map((a) => a.label).sort((a, b) => a.localeCompare(b)));
    expect(await box(page).getAttribute("aria-activedescendant")).toBe("option-0");
  });

  test("Escape closes the list, a second Escape clears the field; nothing is chosen", async () => {
    const page = await searchPage();
    await typeInto(page, "iran");
    expect(await box(page).getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    expect(await options(page).count()).toBe(0);
    expect(await box(page).inputValue()).toBe("iran");
    await page.keyboard.press("Escape");
    expect(await box(page).inputValue()).toBe("");
    expect(await eventsOf(page)).toEqual([]);
    expect(await chosenText(page)).toBe("Chosen: none");
  });

  test("a query that matches nothing says so and opens no list", async () => {
    const page = await searchPage();
    await typeInto(page, "xyz");
    expect(plainMatches("xyz")).toEqual([]);
    const message = page.getByText("No actor matches “xyz”");
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([]);
    expect(await chosenText(page)).toBe("Chosen: none");
  });

  test("clicking an option chooses it", async () => {
    const page = await searchPage();
    await typeInto(page, "doha");
    await options(page).filter({ hasText: "Qatar" }).click();
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "qatar" }]);
    expect(await chosenText(page)).toBe("Chosen: qatar");
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    expect(await box(page).inputValue()).toBe("Qatar");
  });

  test("markup in a label or alias is shown as text and runs nothing", async () => {
    const page = await searchPage("?xss=1");
    await typeInto(page, "evil");
    const option = options(page).first();
    expect(await option.textContent()).toContain("Evil <img src=x onerror=window.__pwned=1>");
    await retype(page, "alias <img");
    expect(await option.textContent()).toContain("alias <img src=x onerror=window.__pwned=1>");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "xss-actor" }]);
    expect(await page.evaluate(() => document.querySelector("fl-search")!.shadowRoot!.querySelectorAll("img").length)).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  for (const theme of ["light", "dark"] as const)
    test(`axe-core finds no serious problem with the list open, ${theme} theme`, async () => {
      const page = await searchPage(`?theme=${theme}`);
      await typeInto(page, "pa");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      expect(await box(page).getAttribute("aria-activedescendant")).toBe("option-2");
      await page.screenshot({ path: `test-results/search/search-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await retype(page, "xyz");
      await page.getByText("No actor matches “xyz”").waitFor();
      await page.screenshot({ path: `test-results/search/search-no-match-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });
});

describe("search in the explorer", () => {
  test("each match shows its kind on the date shown: the Afghan Taliban an armed group in 2019, a state in 2026", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    pages.push(page);
    problems.watch(page);
    for (const [at, kind] of [
      ["2019-06-01", "Armed group"],
      ["2026-03-01", "State"],
    ]) {
      await page.goto(`${app.url}?at=${at}`);
      await box(page).waitFor();
      await typeInto(page, "Afghan Tal");
      const first = options(page).first();
      await expect.poll(() => first.textContent()).toContain("Afghan Taliban");
      expect(await first.locator(".kind").textContent()).toContain(kind);
    }
  });
});
