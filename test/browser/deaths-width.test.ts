/**
 * Relations sized by deaths, in a real Chromium, as a person meets them: a link with
 * `width=deaths` on a data set whose evidence counts deaths (test/fixtures/deaths/clashes.json,
 * opened by `?data=`), the lines drawn as wide as the deaths counted in the window shown, the
 * legend's key to widths, the switch that turns it on and off (and the link with it), an image
 * with the same key, and the bundled data set, which counts none, saying why the switch is off.
 * Widths are worked out here from the fixture in Node (model/deaths.ts, look/relation-width.ts),
 * not read from the app's own idea of them. Screenshots go to test-results/deaths/.
 *
 * The fixture: in Oct 2025 the Pakistan–Afghan Taliban clashes count 220 deaths (5 more in
 * November), the TTP's raids 11, a clash with ISKP 0, and an accusation none at all.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { importFiles } from "../../src/import/import-files";
import { parseDay } from "../../src/model/dates";
import { deathsIn } from "../../src/model/deaths";
import { loadDataSet } from "../../src/model/load";
import { CONFIDENCE_WIDTH, DEATHS_HEADING, deathsWidth, DEATHS_WIDTH, NO_DEATHS_COUNTED } from "../../src/look/relation-width";
import { readBundledData } from "../support/data";
import { drawn } from "../support/drawn";
import { explorerSession } from "../support/explorer-session";

const OUT = "test-results/deaths";
mkdirSync(OUT, { recursive: true });

const FIXTURE = "/test/fixtures/deaths/clashes.json";
const bundled = loadDataSet(readBundledData());
if (!bundled.ok) throw new Error("the bundled data set does not load");
const imported = importFiles([{ name: "clashes.json", text: readFileSync(`.${FIXTURE}`, "utf8") }], bundled.dataSet.taxonomy);
if (!imported.ok) throw new Error("the deaths fixture does not import in Node");
const relations = imported.dataSet.relations;
/** The most one relation counts over all time: the widest line. */
const LARGEST = 225;

/** The width each relation should be drawn at over [from, to], from the fixture's evidence. */
const expectedWidths = (from: string, to: string) =>
  Object.fromEntries(relations.map((r) => [r.id, deathsWidth(deathsIn(r, parseDay(from), parseDay(to)), LARGEST)]));

const session = explorerSession();
const OCTOBER = "from=2025-10-01&to=2025-10-31";

const widthsDrawn = async (page: Page) => Object.fromEntries((await drawn(page)).relations.map((r) => [r.id, r.size]));
const legend = (page: Page) => page.locator("fl-legend").getByTestId("width-legend");
const deathsSwitch = (page: Page) => page.locator("fl-legend").getByRole("checkbox", { name: "Size relations by deaths" });
const linkWidth = (page: Page) => new URL(page.url()).searchParams.get("width");
const dataName = (page: Page) => page.getByTestId("data-name").textContent();

describe("a data set that counts deaths", () => {
  test("a width=deaths link draws each relation as wide as the deaths counted in the window, and the legend says so", async () => {
    const page = await session.open(`data=${FIXTURE}&${OCTOBER}&width=deaths`, { width: 1280, height: 800 });
    await expect.poll(() => dataName(page)).toBe("clashes");
    await expect.poll(() => widthsDrawn(page).then((w) => Object.keys(w).sort())).toEqual(relations.map((r) => r.id).sort());
    const widths = await widthsDrawn(page);
    const expected = expectedWidths("2025-10-01", "2025-10-31");
    for (const id of Object.keys(expected)) expect(widths[id], id).toBeCloseTo(expected[id], 5);
    // 220 deaths wider than 11, wider than a count of 0 and than no count, which are the thinnest.
    expect(widths["border-clashes"]).toBeGreaterThan(widths["ttp-raids"] + 2);
    expect(widths["ttp-raids"]).toBeGreaterThan(DEATHS_WIDTH.thinnest + 2);
    expect([widths["iskp-clash"], widths["ttp-iskp-accusation"]]).toEqual([DEATHS_WIDTH.thinnest, DEATHS_WIDTH.thinnest]);

    expect(await deathsSwitch(page).isChecked()).toBe(true);
    const key = (await legend(page).textContent())!.replace(/\s+/g, " ");
    expect(key).toContain(DEATHS_HEADING);
    expect(key).toMatch(new RegExp(`${NO_DEATHS_COUNTED}.*10 deaths.*100 deaths.*200 deaths`));
    expect(key).not.toMatch(/\b0 deaths/);
    // The key's lines are drawn at the widths it names.
    const marks = await legend(page).locator(".width-mark > span").evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().height));
    expect(marks[0]).toBeCloseTo(DEATHS_WIDTH.thinnest, 0);
    expect(marks[3]).toBeCloseTo(deathsWidth(200, LARGEST), 0);
    await page.screenshot({ path: `${OUT}/october-by-deaths.png` });
    await legend(page).screenshot({ path: `${OUT}/legend-by-deaths.png` });
  });

  test("another window counts other deaths on the same scale", async () => {
    const page = await session.open(`data=${FIXTURE}&from=2025-11-01&to=2025-11-30&width=deaths`, { width: 1280, height: 800 });
    await expect.poll(() => dataName(page)).toBe("clashes");
    await expect.poll(async () => (await widthsDrawn(page))["border-clashes"]).toBeCloseTo(deathsWidth(5, LARGEST), 5);
    const widths = await widthsDrawn(page);
    // No evidence of November counts deaths on these: none counted, the thinnest.
    expect(widths["ttp-raids"]).toBe(DEATHS_WIDTH.thinnest);
    expect(widths["border-clashes"]).toBeCloseTo(expectedWidths("2025-11-01", "2025-11-30")["border-clashes"], 5);
  });

  test("the switch turns widths by deaths off and on, and the link follows", async () => {
    const page = await session.open(`data=${FIXTURE}&${OCTOBER}`, { width: 1280, height: 800 });
    await expect.poll(() => dataName(page)).toBe("clashes");
    // By confidence, every relation here is rated high: one width.
    await expect.poll(async () => new Set(Object.values(await widthsDrawn(page)))).toEqual(new Set([CONFIDENCE_WIDTH.high]));
    expect((await legend(page).textContent())!).toContain("Width: confidence");
    expect(linkWidth(page)).toBeNull();
    await deathsSwitch(page).click();
    await expect.poll(async () => (await widthsDrawn(page))["border-clashes"]).toBeCloseTo(expectedWidths("2025-10-01", "2025-10-31")["border-clashes"], 5);
    await expect.poll(() => linkWidth(page)).toBe("deaths");
    await deathsSwitch(page).press("Space");
    await expect.poll(async () => (await widthsDrawn(page))["border-clashes"]).toBe(CONFIDENCE_WIDTH.high);
    await expect.poll(() => linkWidth(page)).toBeNull();
  });

  test("an image of the view carries the same key to widths", async () => {
    const page = await session.open(`data=${FIXTURE}&${OCTOBER}&width=deaths`, { width: 1280, height: 800 });
    await expect.poll(() => dataName(page)).toBe("clashes");
    await expect.poll(() => widthsDrawn(page).then((w) => Object.keys(w).length)).toBe(relations.length);
    const svg = await page.evaluate(async () => {
      const { automation } = document.querySelector("faultlines-app")!;
      const blob = await automation.exportImage({ title: "Clashes", size: { kind: "fixed", width: 1920, height: 1080 }, background: "light", format: "svg" });
      return blob.text();
    });
    const legendGroup = /<g class="legend">([\s\S]*?)<\/g>/.exec(svg)?.[1] ?? "";
    for (const words of [DEATHS_HEADING, NO_DEATHS_COUNTED, "10 deaths", "100 deaths", "200 deaths"]) expect(legendGroup).toContain(words);
    const png = await page.evaluate(async () => {
      const { automation } = document.querySelector("faultlines-app")!;
      return automation.base64(await automation.exportImage({ title: "Clashes", size: { kind: "fixed", width: 1920, height: 1080 }, background: "dark", format: "png" }));
    });
    writeFileSync(`${OUT}/image-by-deaths.png`, Buffer.from(png, "base64"));
  });
});

test("a data set that counts no deaths keeps the switch off and says why; a width=deaths link can still be turned off", async () => {
  const page = await session.open("", { width: 1280, height: 800 });
  await expect.poll(() => deathsSwitch(page).isDisabled()).toBe(true);
  const reason = await page.locator("fl-legend").locator("#width-reason").textContent();
  expect(reason).toMatch(/No evidence in this data set counts deaths/);
  expect(await deathsSwitch(page).getAttribute("aria-describedby")).toBe("width-reason");
  await legend(page).screenshot({ path: `${OUT}/legend-no-deaths.png` });

  const linked = await session.open("width=deaths", { width: 1280, height: 800 });
  expect(await deathsSwitch(linked).isDisabled()).toBe(false);
  expect((await legend(linked).textContent())!).toMatch(/No evidence in this data set counts deaths/);
  await expect.poll(async () => new Set(Object.values(await widthsDrawn(linked)))).toEqual(new Set([DEATHS_WIDTH.thinnest]));
  await deathsSwitch(linked).click();
  await expect.poll(() => deathsSwitch(linked).isDisabled()).toBe(true);
  await expect.poll(() => linkWidth(linked)).toBeNull();
});
