/**
 * Relations only possibly active on the date shown (their dates allow it, no date says it) are
 * never drawn as facts: in the explorer they are dashed, lighter and thinner than the certain
 * ones, and a relation whose certainty changes as the date moves is redrawn; the legend says
 * how many there are and hides them with a check box a person can click or reach by keyboard;
 * the link says they are hidden, and a reload keeps them hidden. Which relations are possible
 * comes from the data's period bounds (test/support/certainty.ts), not from the app's slice. Dashes are
 * read by their pixels on a data set of two actors, so a dashed program that draws solid lines
 * fails. Relations drawn by one line with others (a bundle) are read as drawn by that line.
 * Screenshots go to test-results/possible/.
 *
 * Bundled data relied on: at 2026-03-01 some visible relations are only possible and some are
 * certain; between 15 Sep and 15 Oct 2025 some relations (pakistan-afghan-taliban-war, dated
 * "2025-09~/..") turn from possible to certain. Each is checked before use, so a data change
 * that removes them says so.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { dayToIso, parseDay, parsePeriod, type Day } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import type { DataSet, Relation } from "../../src/model/types";
import { CANVAS } from "../../src/look/palette";
import { certaintyOf } from "../support/certainty";
import { readBundledData } from "../support/data";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";
import { decodePng, rgb, type Picture } from "../support/pixels";
import { plainSlice } from "../support/plain-slice";

const OUT = "test-results/possible";
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
const certainty = certaintyOf(dataSet);
const relationById = new Map(dataSet.relations.map((r) => [r.id, r]));
/** Read from the relation's period bounds: its dates allow it on `day`, and none says it was active then. */
const possibleOnly = (r: Relation, day: Day) => certainty.possibleOnly(r.id, day);

const DAY = "2026-03-01";

const session = explorerSession();

const open = (query: string, theme: "light" | "dark" = "light"): Promise<Page> => session.open(`${query}${theme === "dark" ? "&theme=dark" : ""}`, { width: 1280, height: 800 });

interface DrawnRelation {
  id: string;
  type: string;
  color: string;
  size: number;
  /** How many relations the line drawing it stands for (a bundle's several, or 1)... */
  lineOf: number;
  /** ...and which. */
  line: string[];
}

/**
 * The relations sigma draws, each with the program (type) of the line drawing it, once the
 * pending frame is drawn: a line standing for several relations (a bundle) counts for each.
 */
const drawnRelations = (page: Page): Promise<DrawnRelation[]> =>
  page.evaluate(async () => {
    await new Promise(requestAnimationFrame);
    const { automation } = document.querySelector("faultlines-app")!;
    const sigma = automation.inspectRenderer()!;
    return sigma
      .getGraph()
      .edges()
      .map((id) => ({ id, data: sigma.getEdgeDisplayData(id)! }))
      .filter(({ data }) => data && !data.hidden)
      .flatMap(({ id, data }) => {
        const relations = automation.relationsDrawnAs(id);
        return relations.map((relation) => ({ id: relation, type: data.type, color: data.color, size: data.size, lineOf: relations.length, line: [...relations] }));
      });
  });

const shownDay = (page: Page): Promise<Day> => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.at);
const checkbox = (page: Page) => page.getByRole("checkbox", { name: /^Show possible relations \(dates allow, none says\)/ });

/** Each drawn relation is dashed, lighter and thinner exactly when the data makes it only possible on `day`. */
function expectDrawnAsTheirCertainty(drawn: DrawnRelation[], day: Day, theme: "light" | "dark") {
  for (const d of drawn) {
    const possible = certainty.possibleOnly(d.id, day);
    expect(d.type.startsWith("dashed"), `${d.id} drawn ${d.type} on ${dayToIso(day)}`).toBe(possible);
    expect(d.color, d.id).toBe(certainty.colourOn(d.id, day, theme, d.line));
  }
}

describe("the explorer", () => {
  test("draws possible relations dashed, lighter and thinner; the legend counts them and its check box hides them, in the link too, through a reload", async () => {
    const day = parseDay(DAY);
    const page = await open(`at=${DAY}`);
    const shown = plainSlice(dataSet, { at: day }).relations;
    const possible = shown.filter((id) => possibleOnly(relationById.get(id)!, day));
    const certain = shown.filter((id) => !possible.includes(id));
    expect(possible.length, "the bundled data has possible relations on the date").toBeGreaterThan(0);
    expect(certain.length, "and certain ones").toBeGreaterThan(0);

    const drawn = await drawnRelations(page);
    expect(drawn.map((d) => d.id).sort()).toEqual([...shown].sort());
    expectDrawnAsTheirCertainty(drawn, day, "light");
    // Thinner than a certain relation of the same confidence, the selected one aside (lines
    // standing for one relation each: a bundle is thicker for its number).
    const confidence = (id: string) => relationById.get(id)!.confidence;
    const alone = drawn.filter((d) => d.lineOf === 1);
    expect(alone.some((d) => possible.includes(d.id))).toBe(true);
    for (const p of alone.filter((d) => possible.includes(d.id))) {
      const peer = alone.find((d) => certain.includes(d.id) && confidence(d.id) === confidence(p.id));
      if (peer) expect(p.size, `${p.id} thinner than ${peer.id}`).toBeLessThan(peer.size);
    }
    // Apart from faded context: none is drawn in the faded grey.
    expect(drawn.some((d) => d.color === CANVAS.light.fadedEdge)).toBe(false);

    // The legend: its count, and a check box a person clicks.
    const box = checkbox(page);
    await box.scrollIntoViewIfNeeded();
    expect(await box.isChecked()).toBe(true);
    expect(await box.getAttribute("aria-label")).toBe(`Show possible relations (dates allow, none says), ${possible.length} shown`);
    expect((await page.locator("fl-legend .possible .count").textContent())?.trim()).toBe(String(possible.length));
    await page.screenshot({ path: `${OUT}/explorer-${DAY}-shown.png` });
    await box.click();
    await expect.poll(() => page.evaluate(() => location.search)).toContain("possible=hidden");
    expect(await box.isChecked()).toBe(false);
    await expect.poll(async () => (await drawnRelations(page)).map((d) => d.id).sort()).toEqual([...certain].sort());
    const hidden = await drawnRelations(page);
    expect(hidden.some((d) => d.type.startsWith("dashed"))).toBe(false);
    expect(await box.getAttribute("aria-label")).toBe("Show possible relations (dates allow, none says), hidden");
    await page.screenshot({ path: `${OUT}/explorer-${DAY}-hidden.png` });

    // The link keeps them hidden.
    await page.reload();
    await page.getByTestId("status").waitFor();
    expect(await checkbox(page).isChecked()).toBe(false);
    await expect.poll(async () => (await drawnRelations(page)).map((d) => d.id).sort()).toEqual([...certain].sort());
    // And showing them again is the same check box.
    await checkbox(page).click();
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain("possible=");
    await expect.poll(async () => (await drawnRelations(page)).map((d) => d.id).sort()).toEqual([...shown].sort());
    await page.close();
  });

  test("redraws a relation solid when the date moves to where its dates make it certain", async () => {
    const page = await open("at=2025-09-15");
    const before = await shownDay(page);
    const slider = page.getByRole("slider", { name: "As of date" });
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => shownDay(page)).not.toBe(before);
    const after = await shownDay(page);
    const both = plainSlice(dataSet, { at: before }).relations.filter((id) => plainSlice(dataSet, { at: after }).relations.includes(id));
    const flipped = both.filter((id) => possibleOnly(relationById.get(id)!, before) && !possibleOnly(relationById.get(id)!, after));
    expect(flipped.length, `relations possible on ${dayToIso(before)} and certain on ${dayToIso(after)}`).toBeGreaterThan(0);
    const dashedOf = async (ids: string[]) => (await drawnRelations(page)).filter((d) => ids.includes(d.id)).map((d) => d.type.startsWith("dashed"));
    await expect.poll(() => dashedOf(flipped)).toEqual(flipped.map(() => false));
    expectDrawnAsTheirCertainty(await drawnRelations(page), after, "light");
    // And back, typed (a month step back lands on the month's end, 30 Sep 2025, not the 15th).
    const field = page.getByRole("textbox", { name: "Type the date" });
    await field.fill(dayToIso(before));
    await field.press("Enter");
    await expect.poll(() => shownDay(page)).toBe(before);
    await expect.poll(() => dashedOf(flipped)).toEqual(flipped.map(() => true));
    expectDrawnAsTheirCertainty(await drawnRelations(page), before, "light");
    await page.close();
  });

  for (const theme of ["light", "dark"] as const)
    test(`in the ${theme} theme: the possible relations' colours are the theme's, and the page passes axe-core`, async () => {
      const page = await open(`at=${DAY}`, theme);
      expectDrawnAsTheirCertainty(await drawnRelations(page), parseDay(DAY), theme);
      await page.screenshot({ path: `${OUT}/explorer-${DAY}-${theme}.png` });
      await checkbox(page).scrollIntoViewIfNeeded();
      await page.locator("fl-legend .possible").screenshot({ path: `${OUT}/legend-entry-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    });
});

/** Two actors far apart and one relation between them, dated by `period`. */
function pairDataSet(period: string): DataSet {
  return {
    taxonomy: dataSet.taxonomy,
    actors: [
      { id: "west", label: "West", kind: "state", aliases: [] },
      { id: "east", label: "East", kind: "state", aliases: [] },
    ],
    relations: [{ id: "rivalry", source: "west", target: "east", type: "rivalry", directed: false, periods: [parsePeriod(period)], confidence: "high", evidence: [{ source: "doc", quote: "q" }] }],
    sources: [{ id: "doc", title: "A document" }],
  } as DataSet;
}

/** Along the straight line between the two actors, the runs of pixels painted (not background): one for a solid line, several for a dashed one. */
async function paintedRuns(page: Page, theme: "light" | "dark", name: string): Promise<{ runs: number; length: number }> {
  const ends = await page.evaluate(() => {
    const inspect = document.querySelector("faultlines-app")!.automation.inspect();
    return [inspect.actorPosition("west")!, inspect.actorPosition("east")!];
  });
  const graph = page.locator("#graph");
  const png = await graph.screenshot({ path: `${OUT}/${name}.png` });
  const picture: Picture = decodePng(png);
  const [west, east] = ends;
  const background = rgb(CANVAS[theme].background);
  // Positions are in the graph container's pixels, as the screenshot is.
  const y = Math.round(west.y);
  expect(Math.abs(west.y - east.y)).toBeLessThan(1);
  // The middle half of the line, clear of the actors.
  const [x0, x1] = [Math.round(west.x + (east.x - west.x) * 0.25), Math.round(west.x + (east.x - west.x) * 0.75)];
  let runs = 0;
  let inRun = false;
  for (let x = x0; x <= x1; x++) {
    // The line is a pixel or two wide and antialiased: a pixel of the rows around it painted counts.
    const painted = [y - 1, y, y + 1].some((row) => {
      const i = (row * picture.width + x) * 4;
      return [0, 1, 2].some((c) => Math.abs(picture.data[i + c] - background[c]) > 24);
    });
    if (painted && !inRun) runs++;
    inRun = painted;
  }
  return { runs, length: x1 - x0 };
}

describe("dashes, by their pixels", () => {
  for (const theme of ["light", "dark"] as const)
    test(`a relation dated only to a month is drawn dashed on a day of it; one dated through the month solid (${theme})`, async () => {
      const page = await open(theme === "dark" ? "theme=dark" : "");
      const show = (period: string) =>
        page.evaluate(([data]) => document.querySelector("faultlines-app")!.automation.showDataSet("Pair", data, { west: [0, 0], east: [1, 0] }), [pairDataSet(period)] as const);
      // "2026-03": possible on each day of March, certain on none. The view opens on the data's last day.
      await show("2026-03");
      expect(await shownDay(page)).toBe(parseDay("2026-03-31"));
      expect((await drawnRelations(page)).map((d) => d.type)).toEqual(["dashedLine"]);
      const dashed = await paintedRuns(page, theme, `pair-dashed-${theme}`);
      // Dashes of 3.5 and gaps of 2.5 line widths: many along half the line.
      expect(dashed.runs, JSON.stringify(dashed)).toBeGreaterThan(dashed.length / 40);
      await show("2026-03-01/2026-03-31");
      expect((await drawnRelations(page)).map((d) => d.type)).toEqual(["line"]);
      expect(await paintedRuns(page, theme, `pair-solid-${theme}`)).toMatchObject({ runs: 1 });
      await page.close();
    });
});
