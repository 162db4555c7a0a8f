/**
 * fl-search in a real Chromium: typing finds actors by label or alias in any case and without
 * diacritics, the keyboard and the mouse choose, Escape closes then clears, markup in data stays
 * text, and axe-core finds nothing serious, in light and dark themes.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchBrowser } from "../support/browser";
import { serveApp } from "../support/serve";
import { eventsOf, openPage, seriousAxeViolations, type OpenedPage } from "../support/page";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function searchPage(query = ""): Promise<OpenedPage> {
  const opened = await openPage(browser, `${app.url}test/pages/search.html${query}`);
  await opened.page.getByRole("combobox", { name: "Search actors" }).waitFor();
  return opened;
}

const box = (page: Page) => page.getByRole("combobox", { name: "Search actors" });
const options = (page: Page) => page.getByRole("option");

async function typeInto(page: Page, text: string): Promise<void> {
  await box(page).click();
  await page.keyboard.type(text);
}

describe("fl-search", () => {
  test('typing "isis-k" then Enter chooses ISKP and closes the list', async () => {
    const { page, problems } = await searchPage();
    await typeInto(page, "isis-k");
    await expect.poll(() => box(page).getAttribute("aria-expanded")).toBe("true");
    const first = options(page).first();
    expect(await first.textContent()).toContain("ISKP");
    expect(await first.textContent()).toContain("ISIS-K");
    expect(await first.textContent()).toContain("Armed group");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "iskp" }]);
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    expect(await options(page).count()).toBe(0);
    expect(await box(page).inputValue()).toBe("ISKP");
    expect(await page.getByTestId("chosen").textContent()).toBe("Chosen: iskp");
    expect(problems).toEqual([]);
    await page.close();
  });

  test('"turkiye" and "TÜRKİYE" find Turkey through its alias Türkiye; "pakistani taliban" finds the TTP', async () => {
    const { page, problems } = await searchPage();
    await typeInto(page, "turkiye");
    expect(await options(page).count()).toBe(1);
    expect(await options(page).first().textContent()).toMatch(/Turkey\s*—\s*Türkiye/);
    await box(page).fill("");
    await page.keyboard.type("TÜRKİYE");
    expect(await options(page).first().textContent()).toContain("Turkey");
    await box(page).fill("");
    await page.keyboard.type("pakistani taliban");
    expect(await options(page).first().textContent()).toContain("TTP");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "ttp" }]);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("exact and prefix matches come before matches inside a name", async () => {
    const { page } = await searchPage();
    await typeInto(page, "taliban");
    const texts = await options(page).allTextContents();
    // "Taliban" is an alias of the Afghan Taliban: an exact match, so first.
    expect(texts[0]).toContain("Afghan Taliban");
    expect(texts.some((t) => t.includes("TTP"))).toBe(true);
    await page.close();
  });

  test("ArrowDown and ArrowUp move the active option, wrapping, and Enter chooses it", async () => {
    const { page } = await searchPage();
    await typeInto(page, "pak");
    const count = await options(page).count();
    expect(count).toBeGreaterThan(2);
    // Typing highlights the best match, without moving aria-activedescendant onto it, so
    // Enter takes it at once and screen readers keep echoing what is typed.
    expect(await page.locator(`fl-search [role="option"][aria-selected="true"]`).getAttribute("id")).toBe("option-0");
    expect(await box(page).getAttribute("aria-activedescendant")).toBeNull();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const activeId = await box(page).getAttribute("aria-activedescendant");
    expect(activeId).toBe("option-2");
    const active = page.locator(`fl-search [role="option"][aria-selected="true"]`);
    expect(await active.count()).toBe(1);
    expect(await active.getAttribute("id")).toBe("option-2");
    const label = await active.locator("span[dir=auto]").first().textContent();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    expect(await box(page).getAttribute("aria-activedescendant")).toBe(`option-${count - 1}`);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    expect(await box(page).getAttribute("aria-activedescendant")).toBe("option-2");
    await page.keyboard.press("Enter");
    const chosen = (await eventsOf(page))[0];
    expect(chosen.type).toBe("actor-select");
    expect(await box(page).inputValue()).toBe(label);
    const ids = await page.evaluate(() => {
      const el = document.querySelector("fl-search")!;
      return el.actors.filter((a) => a.label === (el.shadowRoot!.querySelector("input") as HTMLInputElement).value).map((a) => a.id);
    });
    expect(ids).toEqual([chosen.value]);
    await page.close();
  });

  test("ArrowDown in an empty field lists every actor", async () => {
    const { page } = await searchPage();
    await box(page).focus();
    await page.keyboard.press("ArrowDown");
    const total = await page.evaluate(() => document.querySelector("fl-search")!.actors.length);
    expect(await options(page).count()).toBe(total);
    expect(await box(page).getAttribute("aria-activedescendant")).toBe("option-0");
    await page.close();
  });

  test("Escape closes the list, a second Escape clears the field; nothing is chosen", async () => {
    const { page } = await searchPage();
    await typeInto(page, "iran");
    expect(await box(page).getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    expect(await box(page).inputValue()).toBe("iran");
    await page.keyboard.press("Escape");
    expect(await box(page).inputValue()).toBe("");
    expect(await eventsOf(page)).toEqual([]);
    await page.close();
  });

  test("a query that matches nothing says so and opens no list", async () => {
    const { page } = await searchPage();
    await typeInto(page, "xyz");
    const message = page.getByText("No actor matches “xyz”");
    await message.waitFor();
    expect(await message.isVisible()).toBe(true);
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([]);
    await page.close();
  });

  test("clicking an option chooses it", async () => {
    const { page } = await searchPage();
    await typeInto(page, "doha");
    await options(page).filter({ hasText: "Qatar" }).click();
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "qatar" }]);
    expect(await box(page).getAttribute("aria-expanded")).toBe("false");
    await page.close();
  });

  test("markup in a label or alias is shown as text and runs nothing", async () => {
    const { page, problems } = await searchPage("?xss=1");
    await typeInto(page, "evil");
    const option = options(page).first();
    expect(await option.textContent()).toContain("Evil <img src=x onerror=window.__pwned=1>");
    await box(page).fill("");
    await page.keyboard.type("alias <img");
    expect(await option.textContent()).toContain("alias <img src=x onerror=window.__pwned=1>");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "xss-actor" }]);
    expect(await page.evaluate(() => document.querySelector("fl-search")!.shadowRoot!.querySelectorAll("img").length)).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(problems).toEqual([]);
    await page.close();
  });

  for (const theme of ["light", "dark"] as const)
    test(`axe-core finds no serious problem with the list open, ${theme} theme`, async () => {
      const { page, problems } = await searchPage(`?theme=${theme}`);
      await typeInto(page, "pa");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.screenshot({ path: `test-results/search-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await box(page).fill("");
      await page.keyboard.type("xyz");
      await page.screenshot({ path: `test-results/search-no-match-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    });
});
