/**
 * Compare mode in the explorer, used as a person would: opened from a link, read in the "What
 * changed" panel (the groups' counts, the turned pair of Pakistan and the Afghan Taliban), a
 * row opening its evidence and Back returning to the panel; entered by typing a moment in
 * "Compare with…" (a day, and a month meaning the whole month) and left with "Stop comparing".
 * What is drawn is read from the renderer: relations in their change's colour. The expected
 * changes come from the model's comparison of the bundled data (test/model/compare.test.ts
 * checks it against the set differences of the two slices), never from the page.
 * Screenshots go to test-results/compare/.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { compareSlices } from "../../src/model/compare";
import { parseDay } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { changeColour } from "../../src/look/change-palette";
import { readBundledData } from "../support/data";
import { drawn } from "../support/drawn";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const OUT = "test-results/compare";
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const index = new RelationIndex(loaded.dataSet);
const slice = (iso: string) => applyFilters(index, [{ type: "asOf", day: parseDay(iso) }]);
const since2021 = compareSlices(slice("2021-09-01"), slice("2026-03-01"));
const sinceOct2025 = compareSlices(slice("2025-10-15"), slice("2026-03-01"));

const session = explorerSession();

const panel = (page: Page) => page.locator("fl-what-changed");
const groupCount = (page: Page, change: string) => panel(page).locator(`details[data-change=${change}] [part=count]`).textContent();
const status = (page: Page) => page.getByTestId("status").textContent();
const colourOf = async (page: Page, relation: string) => (await drawn(page)).relations.find((r) => r.id === relation)?.color;
/** The text of the element that has the keyboard focus, looked for through the shadow roots. */
const focusedText = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el?.textContent ?? "").trim();
  });
const link = (page: Page) => page.evaluate(() => location.search);

describe("compare mode", () => {
  test("a link opens it: the panel counts what changed, names the turned pair, and the graph draws each relation in its change's colour", async () => {
    const turn = since2021.turns.find((t) => t.actors.includes("pakistan") && t.actors.includes("afghan-taliban"));
    expect(turn, "the bundled data has Pakistan and the Afghan Taliban turning").toBeDefined();
    const page = await session.open("at=2026-03-01&compare=2021-09-01");
    await expect.poll(() => panel(page).locator("h2").textContent()).toBe("What changed from 1 Sep 2021 to 1 Mar 2026");
    expect(await groupCount(page, "turned")).toBe(`${since2021.turns.length} ${since2021.turns.length === 1 ? "pair" : "pairs"}`);
    for (const change of ["added", "ended", "continuing"] as const) expect(await groupCount(page, change), change).toBe(String(since2021[change].length));
    const pairs = await panel(page).locator("details[data-change=turned] h3").allTextContents();
    expect(pairs).toContain("Pakistan and Afghan Taliban: possibly from cooperative to hostile");
    // Continuing is folded away at first; the others are open.
    expect(await panel(page).locator("details[data-change=continuing]").getAttribute("open")).toBeNull();
    expect(await panel(page).locator("details[data-change=added]").getAttribute("open")).not.toBeNull();
    // A relation whose change rests on a possibility says so in its row.
    expect(await panel(page).locator("[data-relation=pakistan-afghan-taliban-historical-ties]").textContent()).toMatch(/ended, possibly/);
    expect(await status(page)).toMatch(new RegExp(`^${since2021.added.length} added, ${since2021.ended.length} ended, 1 pair turned since 1 Sep 2021`));

    // The legend shows the change colours with their counts, above the relation types.
    expect(await page.locator("fl-legend [data-testid=legend-changes] [data-change=added] .count").textContent()).toBe(String(since2021.added.length));

    // An added relation certainly active at B, and the ended side of the turn (only possibly active at A).
    const added = since2021.added.find((c) => !c.possible)!;
    await expect.poll(() => colourOf(page, added.relation.id)).toBe(changeColour("added", "light"));
    const old = since2021.changeOf("pakistan-afghan-taliban-historical-ties")!;
    expect(old).toMatchObject({ change: "turned", atB: "absent", possible: true });
    expect(await colourOf(page, old.relation.id)).toBe(changeColour("turned", "light", true));
    await page.screenshot({ path: `${OUT}/from-link.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("a row opens its relation's evidence, saying how it changed, and Back returns to the panel", async () => {
    const page = await session.open("at=2026-03-01&compare=2021-09-01");
    const strike = loaded.dataSet.relations.find((r) => r.id === "pakistan-airstrikes-afghan-taliban-2026-02")!;
    await panel(page).locator(`[data-relation=${strike.id}]`).click();
    await expect.poll(() => page.locator("fl-details [part=evidence] blockquote").allTextContents()).toEqual(strike.evidence.map((e) => e.quote));
    expect(await panel(page).count()).toBe(0);
    expect(await page.locator("fl-details [data-testid=change-note]").textContent()).toMatch(/^Part of a turn \(.*possibly from cooperative to hostile\): not shown at 1 Sep 2021, certainly active at 1 Mar 2026$/);
    const back = page.locator("fl-details [part=back]");
    expect(await back.textContent()).toMatch(/Back to\s+What changed/);
    await back.click();
    await expect.poll(() => panel(page).locator("h2").textContent()).toBe("What changed from 1 Sep 2021 to 1 Mar 2026");
    // The keyboard's place follows: the panel's heading has the focus.
    await expect.poll(() => focusedText(page)).toBe("What changed from 1 Sep 2021 to 1 Mar 2026");
    expect(await page.locator("fl-details").isVisible()).toBe(false);
  });

  test("typing a moment in Compare with… enters compare mode, a month meaning the whole month; Stop comparing leaves it", async () => {
    const page = await session.open("at=2026-03-01");
    expect(await panel(page).count()).toBe(0);
    expect(await status(page)).not.toMatch(/added/);
    await page.getByRole("button", { name: "Compare with…" }).click();
    await page.getByLabel("Compare with").fill("15 Oct 2025");
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page)).toMatch(new RegExp(`^${sinceOct2025.added.length} added, ${sinceOct2025.ended.length} ended, ${sinceOct2025.turns.length} pairs? turned since 15 Oct 2025`));
    await expect.poll(() => link(page)).toMatch(/compare=2025-10-15/);
    expect(await groupCount(page, "ended")).toBe(String(sinceOct2025.ended.length));
    // An ended relation is drawn in the ended colour (dashed and lighter when only possible at A).
    const ended = sinceOct2025.ended[0];
    expect(ended, "the bundled data has relations ending between 15 Oct 2025 and 1 Mar 2026").toBeDefined();
    await expect.poll(() => colourOf(page, ended.relation.id)).toBe(changeColour("ended", "light", ended.possible));
    await page.screenshot({ path: `${OUT}/typed.png` });

    // A month typed is the whole month: a window, no day invented.
    await page.getByRole("button", { name: "Change…" }).click();
    await page.getByLabel("Compare with").fill("Sep 2021");
    await page.keyboard.press("Enter");
    await expect.poll(() => status(page)).toMatch(/turned compared with 1 Sep 2021 – 30 Sep 2021/);
    await expect.poll(() => link(page)).toMatch(/compare=2021-09-01\.\.2021-09-30/);

    // What is not a date is said, and changes nothing.
    await page.getByRole("button", { name: "Change…" }).click();
    await page.getByLabel("Compare with").fill("soon");
    await page.keyboard.press("Enter");
    expect(await page.getByRole("alert").textContent()).toMatch(/"soon" is not a date/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");

    await page.getByRole("button", { name: "Stop comparing" }).click();
    await expect.poll(() => panel(page).count()).toBe(0);
    expect(await status(page)).not.toMatch(/added/);
    await expect.poll(() => link(page)).not.toMatch(/compare=/);
    // Relations are back in their family's colours.
    const added = since2021.added.find((c) => !c.possible)!;
    expect(await colourOf(page, added.relation.id)).not.toBe(changeColour("added", "light"));
  });
});
