/**
 * One-click views in the explorer, as an analyst uses them: "only" on a legend entry (by mouse
 * and by keyboard) draws that family or type alone and the status line counts it, and the same
 * control, now "all", brings the group back; a named preset (Kinetic) is pressed, kept in the
 * address as ?filter=kinetic and restored from it; "Copy link" puts the view's address on the
 * clipboard (read back here) and that link opens the same view in a new page, and when the
 * clipboard is refused the link is offered selected in a field. Axe-core finds nothing serious;
 * screenshots in both themes at 1280×720 and 1440×900. Expectations come from the data.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterEach, describe, expect, test } from "vitest";
import { filterPresets } from "../../src/model/filter-presets";
import { loadDataSet } from "../../src/model/load";
import { readBundledData } from "../support/data";
import { drawn } from "../support/drawn";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
const familyOf = new Map(dataSet.relations.map((r) => [r.id, dataSet.taxonomy.types.find((t) => t.id === r.type)!.family]));
const typeOf = new Map(dataSet.relations.map((r) => [r.id, r.type]));
const KINETIC = filterPresets(dataSet.taxonomy).find((p) => p.name === "kinetic")!.types;

const session = explorerSession({ width: 1280, height: 720 });
const pages: Page[] = [];
const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(pages.splice(0).map((p) => p.close()));
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function open(query: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await session.open(query, viewport);
  pages.push(page);
  return page;
}

const status = (page: Page) => page.getByTestId("status").textContent();
const search = (page: Page) => page.evaluate(() => location.search);
const legend = (page: Page) => page.locator("fl-legend");
/** The row of a family, a type or a kind: its toggle is named "<label>, <count> …". */
const row = (page: Page, label: string): Locator => legend(page).getByRole("button", { name: new RegExp(`^${label}, \\d+ (active|actors?)`) });
/** The number a row prints beside its label. */
const countOf = async (page: Page, label: string) => Number(await row(page, label).locator(".count").textContent());
const drawnIds = async (page: Page) => (await drawn(page)).relations.map((r) => r.id);
const preset = (page: Page, name: string) => legend(page).getByRole("group", { name: "Filter presets" }).getByRole("button", { name, exact: true });
const pressedPreset = (page: Page) => legend(page).locator(".presets [aria-pressed=true]").allTextContents().then((t) => t.map((s) => s.trim()));

describe("show only this", () => {
  test("by mouse: only Mediating draws mediating relations alone, counted in the status line; all brings the families back", async () => {
    const page = await open("at=2026-03-01");
    const before = await status(page);
    const mediating = await countOf(page, "Mediating");
    expect(mediating).toBeGreaterThan(0);

    // The control shows while the row is pointed at.
    const only = legend(page).getByRole("button", { name: "Show only Mediating" });
    await expect(only.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe("0");
    await row(page, "Mediating").hover();
    await expect.poll(() => only.evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
    await only.click();

    await expect.poll(() => status(page)).toMatch(new RegExp(`^${mediating} relations? among \\d+ actors as of 1 Mar 2026`));
    await expect.poll(async () => (await drawnIds(page)).length).toBe(mediating);
    expect(new Set((await drawnIds(page)).map((id) => familyOf.get(id)))).toEqual(new Set(["mediating"]));
    for (const other of ["Hostile", "Cooperative", "Structural"]) await expect(row(page, other).getAttribute("aria-pressed")).resolves.toBe("false");
    await expect(countOf(page, "Mediating")).resolves.toBe(mediating);
    await expect.poll(() => search(page)).toBe("?at=2026-03-01&hide-families=hostile%2Ccooperative%2Cstructural");

    // Shown alone, the same control says "all", stays on screen, and restores the families.
    const all = legend(page).getByRole("button", { name: "Show all families, not only Mediating" });
    await page.mouse.move(700, 400);
    await expect(all.textContent()).resolves.toMatch(/^\s*all\s*$/);
    await expect(all.evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe("1");
    await all.click();
    await expect.poll(() => status(page)).toBe(before);
    await expect.poll(() => search(page)).toBe("?at=2026-03-01");
    await expect(legend(page).getByRole("button", { name: "Show only Mediating" }).count()).resolves.toBe(1);
  });

  test("by keyboard: Tab from a type's row reaches its only control; Enter shows the type alone and Enter again shows every type", async () => {
    const page = await open("at=2026-03-01");
    const before = await status(page);
    const strikes = await countOf(page, "Air or drone strike");
    await row(page, "Air or drone strike").focus();
    await page.keyboard.press("Tab");
    const focused = () => legend(page).evaluate((el) => el.shadowRoot?.activeElement?.getAttribute("aria-label") ?? null);
    await expect(focused()).resolves.toBe("Show only Air or drone strike");
    // Focus shows it, as pointing does.
    await expect(legend(page).getByRole("button", { name: "Show only Air or drone strike" }).evaluate((el) => getComputedStyle(el).opacity)).resolves.toBe("1");
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page)).toMatch(new RegExp(`^${strikes} relations? among`));
    await expect.poll(async () => new Set((await drawnIds(page)).map((id) => typeOf.get(id)))).toEqual(new Set(["airstrike"]));
    await expect(focused()).resolves.toBe("Show all relation types, not only Air or drone strike");
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page)).toBe(before);
  });

  test("an actor kind alone: only States hides the other kinds", async () => {
    const page = await open("at=2026-03-01");
    const before = await status(page);
    const states = await countOf(page, "State");
    await row(page, "State").hover();
    await legend(page).getByRole("button", { name: "Show only State", exact: true }).click();
    await expect.poll(() => status(page)).toMatch(new RegExp(`among ${states} actors`));
    for (const other of ["Armed group", "Person"]) await expect(row(page, other).getAttribute("aria-pressed")).resolves.toBe("false");
    await legend(page).getByRole("button", { name: "Show all actor kinds, not only State" }).click();
    await expect.poll(() => status(page)).toBe(before);
  });
});

describe("presets", () => {
  test("Kinetic is pressed, draws only relations of force, is kept as ?filter=kinetic and restored from it", async () => {
    const page = await open("at=2026-03-01");
    await expect(pressedPreset(page)).resolves.toEqual(["All"]);
    await preset(page, "Kinetic").click();
    await expect(pressedPreset(page)).resolves.toEqual(["Kinetic"]);
    await expect.poll(() => search(page)).toBe("?at=2026-03-01&filter=kinetic");
    await expect.poll(async () => (await drawnIds(page)).every((id) => KINETIC.includes(typeOf.get(id)!))).toBe(true);
    const shown = (await drawnIds(page)).sort();
    expect(shown.length).toBeGreaterThan(0);
    const counted = await status(page);
    expect(counted).toMatch(new RegExp(`^${shown.length} relations among`));

    await page.reload();
    await page.getByTestId("status").waitFor();
    await expect.poll(() => status(page)).toBe(counted);
    await expect(pressedPreset(page)).resolves.toEqual(["Kinetic"]);
    await expect.poll(async () => (await drawnIds(page)).sort()).toEqual(shown);
    expect(await search(page)).toBe("?at=2026-03-01&filter=kinetic");

    // Hiding one more type is no preset any more: none is pressed, and the link lists what is hidden.
    await row(page, "Air or drone strike").click();
    await expect(pressedPreset(page)).resolves.toEqual([]);
    await expect.poll(() => search(page)).toMatch(/hide-types=.*airstrike/);
  });

  test("an unknown preset in a link is reported, and the view opens with every type", async () => {
    const page = await open("at=2026-03-01&filter=kinectic");
    await expect(page.getByTestId("notice").textContent()).resolves.toContain('"filter=kinectic" is not a filter preset (all, kinetic, diplomatic); ignored');
    await expect(pressedPreset(page)).resolves.toEqual(["All"]);
  });
});

describe("copy link", () => {
  async function contextPage(query: string, clipboard: "granted" | "refused"): Promise<Page> {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 720 } });
    contexts.push(context);
    if (clipboard === "granted") await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(session.url).origin });
    // A browser that refuses: writing rejects as it does without permission.
    else await context.addInitScript(() => (navigator.clipboard.writeText = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"))));
    const page = await context.newPage();
    session.log.watch(page);
    await page.goto(`${session.url}?${query}`);
    await page.getByTestId("status").waitFor();
    return page;
  }

  test("copies the view's address, camera included, and that link opens the same view", async () => {
    const page = await contextPage("at=2026-03-01&actor=pakistan", "granted");
    await preset(page, "Diplomatic").click();
    // Zoom in on the graph, so the camera is part of the view.
    const graph = page.locator("#graph");
    const box = (await graph.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    // Copy once the zoom has come to rest, as a person would: a slow renderer is still animating
    // it for a while, and a link copied mid-way holds a camera the page then moves on from.
    await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspectRenderer()!.getCamera().isAnimated())).toBe(false);
    await page.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => page.getByTestId("copy-link-status").textContent()).toBe("Link copied");
    await expect(page.getByTestId("copy-link-status").getAttribute("aria-live")).resolves.toBe("polite");

    const link = await page.evaluate(() => navigator.clipboard.readText());
    const copied = new URL(link);
    expect(copied.origin + copied.pathname).toBe(new URL(session.url).origin + "/");
    expect(copied.searchParams.get("filter")).toBe("diplomatic");
    expect(copied.searchParams.get("actor")).toBe("pakistan");
    expect(copied.searchParams.get("at")).toBe("2026-03-01");
    expect(copied.searchParams.get("camera")).toMatch(/^[\d.-]+,[\d.-]+,[\d.]+$/);

    const other = await session.browser.newPage({ viewport: { width: 1280, height: 720 } });
    pages.push(other);
    session.log.watch(other);
    await other.goto(link);
    await other.getByTestId("status").waitFor();
    await expect.poll(() => status(other)).toBe(await status(page));
    await expect(pressedPreset(other)).resolves.toEqual(["Diplomatic"]);
    const where = async (p: Page) => (await drawn(p)).actors.map((a) => `${a.id}@${Math.round(a.x)},${Math.round(a.y)}`).sort();
    const seen = await where(page);
    await expect.poll(() => where(other)).toEqual(seen);
    await expect.poll(async () => (await drawnIds(other)).sort()).toEqual((await drawnIds(page)).sort());
    await expect(other.locator("fl-details").getByRole("heading", { name: "Pakistan" }).first().isVisible()).resolves.toBe(true);
  });

  test("when the clipboard is refused, the link is shown selected in a field to copy by hand; Escape closes it", async () => {
    const page = await contextPage("at=2026-03-01&filter=kinetic", "refused");
    const button = page.getByRole("button", { name: "Copy link" });
    await button.click();
    const field = page.getByRole("textbox", { name: "Copy this link (Ctrl+C)" });
    await field.waitFor();
    const link = await field.inputValue();
    expect(new URL(link).search).toBe("?at=2026-03-01&filter=kinetic");
    const selected = await page.locator("fl-copy-link").evaluate((el) => {
      const input = el.shadowRoot!.querySelector("input")!;
      return { focused: el.shadowRoot!.activeElement === input, from: input.selectionStart, to: input.selectionEnd, length: input.value.length };
    });
    expect(selected).toEqual({ focused: true, from: 0, to: selected.length, length: selected.length });
    await expect(page.getByTestId("copy-link-status").textContent()).resolves.toBe("Not copied: the link is selected below");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/filter-shortcuts/copy-link-by-hand.png" });
    // What says why the field is open stays as long as the field.
    // Longer than "Link copied" stays (4 s).
    await page.waitForTimeout(4500);
    await expect(page.getByTestId("copy-link-status").textContent()).resolves.toBe("Not copied: the link is selected below");
    await page.keyboard.press("Escape");
    await expect(field.count()).resolves.toBe(0);
    await expect(page.getByTestId("copy-link-status").textContent()).resolves.toBe("");
    await expect(page.locator("fl-copy-link").evaluate((el) => el.shadowRoot!.activeElement?.textContent?.trim())).resolves.toBe("Copy link");
  });
});

for (const theme of ["light", "dark"] as const)
  for (const viewport of [
    { width: 1280, height: 720 },
    { width: 1440, height: 900 },
  ])
    test(`passes axe-core and looks right: ${theme}, ${viewport.width}×${viewport.height}`, async () => {
      const page = await open(`at=2026-03-01&filter=kinetic&theme=${theme}`, viewport);
      await row(page, "Air or drone strike").hover();
      await expect.poll(() => legend(page).getByRole("button", { name: "Show only Air or drone strike" }).evaluate((el) => getComputedStyle(el).opacity)).toBe("1");
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/filter-shortcuts/kinetic-${theme}-${viewport.width}.png` });
      await legend(page).getByRole("button", { name: "Show only Mediating" }).click();
      await page.getByRole("button", { name: "Copy link" }).click();
      await page.mouse.move(viewport.width / 2, viewport.height / 2);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `test-results/filter-shortcuts/mediating-${theme}-${viewport.width}.png` });
    });
