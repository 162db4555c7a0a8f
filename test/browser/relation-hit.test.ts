/**
 * A relation can be clicked at any zoom: zoomed far out, a click a few pixels beside a thin
 * relation's middle selects it, and a click well away selects nothing. Sigma picks on a buffer
 * of half the canvas's resolution with the line's own width, where a 1.5-pixel line is under a
 * pixel wide; every edge program is drawn wider in the picking pass only
 * (render/patterned-programs.ts, PICK_WIDTH). Tried on a solid straight line, a dotted arrow (a
 * word) and a curve, each of the thinnest (low confidence).
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { parsePeriod } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { readBundledData } from "../support/data";
import { explorerSession } from "../support/explorer-session";
import { decodePng } from "../support/pixels";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { taxonomy } = loaded.dataSet;

const session = explorerSession();

/** Two actors far apart and relations of `types` between them (two of different families make a pair of curves), low confidence: the thinnest lines. */
function pairDataSet(types: readonly string[]): DataSet {
  return {
    taxonomy,
    actors: [
      { id: "west", label: "West", kind: "state", aliases: [] },
      { id: "east", label: "East", kind: "state", aliases: [] },
    ],
    relations: types.map((type, i) => ({
      id: `r${i}`,
      source: "west",
      target: "east",
      type,
      directed: taxonomy.types.find((t) => t.id === type)!.directed,
      periods: [parsePeriod("2026-03-01/2026-03-31")],
      confidence: "low",
      evidence: [{ source: "doc", quote: "q" }],
    })),
    sources: [{ id: "doc", title: "A document" }],
  } as DataSet;
}

const selected = (page: Page) => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedRelation);

/** Shows the pair, zooms far out, and returns the graph's box on the page and the two actors' viewport positions. */
async function zoomedOut(page: Page, types: readonly string[], program: string) {
  await page.evaluate(([data]) => document.querySelector("faultlines-app")!.automation.showDataSet("Pair", data, { west: [0, 0], east: [1, 0] }), [pairDataSet(types)] as const);
  await page.evaluate(async () => {
    const renderer = document.querySelector("faultlines-app")!.automation.inspectRenderer()!;
    renderer.getCamera().setState({ ratio: 4 });
    renderer.refresh();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  const drawn = await page.evaluate(() => {
    const renderer = document.querySelector("faultlines-app")!.automation.inspectRenderer()!;
    return renderer.getGraph().edges().map((e) => ({ type: renderer.getEdgeDisplayData(e)!.type, size: renderer.getEdgeDisplayData(e)!.size }));
  });
  // Drawn by the program meant, and thin.
  expect(drawn[0].type).toBe(program);
  expect(drawn.every((d) => d.size <= 1.5)).toBe(true);
  const [west, east] = await page.evaluate(() => {
    const inspect = document.querySelector("faultlines-app")!.automation.inspect();
    return [inspect.actorPosition("west")!, inspect.actorPosition("east")!];
  });
  const box = (await page.locator("#graph").boundingBox())!;
  return { box, west, east };
}

describe("a thin relation zoomed far out", () => {
  test.each([
    ["a solid straight line", ["rivalry"], "line"],
    ["a dotted arrow (a word)", ["accusation"], "dottedArrow"],
  ])("%s is selected by a click 3 px beside its middle, and not by one 30 px away", async (_, types, program) => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    session.log.watch(page);
    await page.goto(session.url);
    await page.getByTestId("status").waitFor();
    const { box, west, east } = await zoomedOut(page, types, program);
    // Zoomed out, yet far enough apart that the middle is clear of both actors.
    expect(Math.abs(east.x - west.x)).toBeGreaterThan(80);
    const middle = { x: box.x + (west.x + east.x) / 2, y: box.y + (west.y + east.y) / 2 };
    await page.mouse.click(middle.x, middle.y + 30);
    await page.waitForTimeout(300);
    expect(await selected(page)).toBeNull();
    await page.mouse.click(middle.x, middle.y + 3);
    await expect.poll(() => selected(page), { timeout: 3000 }).toBe("r0");
    await page.close();
  });

  test("a curve is selected by a click a few pixels off its bend", async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 800 } });
    session.log.watch(page);
    await page.goto(session.url);
    await page.getByTestId("status").waitFor();
    // Where the curves cross the column through the middle, read from the painted pixels (not from
    // sigma's picking, which is what is under test).
    // Of two families: relations of one family between a pair share one straight line (a bundle).
    const { box, west, east } = await zoomedOut(page, ["hostility", "alignment"], "curved");
    const x = (west.x + east.x) / 2;
    const shot = await page.locator("#graph").screenshot();
    const picture = decodePng(shot);
    const painted: number[] = [];
    for (let y = Math.round(west.y) - 60; y <= Math.round(west.y) + 60; y++) {
      const i = (y * picture.width + Math.round(x)) * 4;
      if (picture.data[i] < 200 || picture.data[i + 1] < 200 || picture.data[i + 2] < 200) painted.push(y);
    }
    expect(painted.length, "both curves painted through the middle column").toBeGreaterThan(1);
    // The outermost painted row is the edge of the outer curve (its centre about a pixel in): a
    // click 2 px beyond it is off the line as drawn, about 3 px from its centre.
    const outer = painted[0];
    await page.mouse.click(box.x + x, box.y + outer - 2);
    await expect.poll(() => selected(page), { timeout: 3000 }).not.toBeNull();
    await page.close();
  });
});
