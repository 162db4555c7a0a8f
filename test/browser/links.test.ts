/**
 * Every view has a link: opening it restores the view (date, filters, selection, ego, theme,
 * camera), which shows in what is drawn (the relations and actors the data has for that date and
 * those filters, in the theme's colours, seen through the link's camera) and in the status line;
 * changing the view updates the address, and the address the app writes back for a restored
 * view is the link itself; back and forward move between views; a bad link opens what it can
 * and says what it ignored. Expectations come from the data (test/support/plain-slice.ts).
 */
import { rmSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { formatDay, parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { CANVAS } from "../../src/look/palette";
import { launchBrowser } from "../support/browser";
import { certaintyOf } from "../support/certainty";
import { readBundledData } from "../support/data";
import { drawn, shownRelationIds } from "../support/drawn";
import { ProblemLog, watchProblems } from "../support/page";
import { plainSlice, type PlainView } from "../support/plain-slice";
import { serveApp } from "../support/serve";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
const certainty = certaintyOf(dataSet);
/** The data's latest date, where the explorer opens. */
const OPENING = "2026-03-31";

let browser: Browser;
let url: string;
/** Every page a test opens reports here; each test fails on its own console errors. */
const log = new ProblemLog();
watchProblems(() => log);

beforeAll(async () => {
  browser = await launchBrowser();
  url = (await serveApp()).url;
});

afterAll(async () => {
  await browser?.close();
});

async function open(query: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  log.watch(page);
  await page.goto(`${url}${query}`);
  await page.getByTestId("status").waitFor();
  return page;
}

const search = (page: Page) => page.evaluate(() => location.search);
const status = (page: Page) => page.getByTestId("status").textContent();

/**
 * What the explorer draws, in short: the relations shown in colour, the actors, and each
 * relation's colour on `day` (its family's, lighter when the data makes it only possible then).
 */
async function drawnView(page: Page, theme: "light" | "dark", day: number) {
  const d = await drawn(page);
  return {
    relations: shownRelationIds(d, CANVAS[theme].fadedEdge).sort(),
    actors: d.actors.map((a) => a.id).sort(),
    offColour: d.relations.filter((r) => r.color !== certainty.colourOn(r.id, day, theme, r.line)).map((r) => r.id),
  };
}

/** The explorer draws what the data has for the view, in the theme's colours, and the status line counts it. */
async function expectShows(page: Page, view: PlainView & { at: number }, theme: "light" | "dark", statusEnd = "") {
  const slice = plainSlice(dataSet, view);
  expect(slice.relations.length).toBeGreaterThan(0);
  const expected = { relations: [...slice.relations].sort(), actors: [...slice.visibleActors].sort(), offColour: [] };
  await expect.poll(() => drawnView(page, theme, view.at)).toEqual(expected);
  expect(await status(page)).toBe(`${slice.relations.length} relations among ${slice.visibleActors.length} actors as of ${formatDay(view.at)}${statusEnd}`);
}

test("a link restores the whole view, and the address written back from it is the link", async () => {
  const query = "?at=2026-02-27&hide-families=mediating&confidence=medium&actor=ttp&ego=ttp%3A2&theme=dark&camera=0.5%2C0.45%2C0.8";
  const page = await open(query);
  const view = { at: parseDay("2026-02-27"), hiddenFamilies: ["mediating"], minConfidence: "medium", selectedActor: "ttp", ego: { actor: "ttp", depth: 2 } } as const;
  await expectShows(page, view, "dark", " · ego view of TTP, 2 hops");
  // The filters the link leaves out change what is drawn: the date, the family and the confidence each count.
  for (const without of [{ at: parseDay(OPENING) }, { hiddenFamilies: [] }, { minConfidence: "low" as const }]) expect(plainSlice(dataSet, { ...view, ...without }).relations).not.toEqual(plainSlice(dataSet, view).relations);
  expect(await page.locator("faultlines-app").getAttribute("theme")).toBe("dark");
  await page.screenshot({ path: "test-results/explorer/link-restored.png" });

  // The link's camera: the same view without it is drawn at the home camera, and the two differ.
  const withCamera = await drawn(page);
  const home = await open(query.replace(/&camera=[^&]*/, ""));
  await expectShows(home, view, "dark", " · ego view of TTP, 2 hops");
  const atHome = new Map((await drawn(home)).actors.map((a) => [a.id, a]));
  expect(withCamera.actors.some((a) => Math.hypot(a.x - atHome.get(a.id)!.x, a.y - atHome.get(a.id)!.y) > 20)).toBe(true);
  await home.close();

  // A change and its undoing make the app write the address from the view it restored: the link, exactly.
  const hostile = page.locator("fl-legend").getByRole("button", { name: /^Hostile, / });
  await hostile.click();
  await expect.poll(() => search(page)).toContain("hide-families=mediating%2Chostile");
  await hostile.click();
  await expect.poll(() => search(page)).toBe(query);
  await page.close();
});

test("changing the view updates the address; back and forward move between views", async () => {
  const page = await open("");
  const opening = parseDay(OPENING);
  expect(await search(page)).toBe("");
  await expectShows(page, { at: opening }, "light");
  await page.locator("fl-legend").getByRole("button", { name: /^Hostile, / }).click();
  await expect.poll(() => search(page)).toBe("?hide-families=hostile");
  await expectShows(page, { at: opening, hiddenFamilies: ["hostile"] }, "light");
  await page.getByRole("slider", { name: "As of date" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => search(page)).toBe("?at=2026-02-28&hide-families=hostile");
  await expectShows(page, { at: parseDay("2026-02-28"), hiddenFamilies: ["hostile"] }, "light");
  await page.goBack();
  await expect.poll(() => status(page)).toContain(`as of ${formatDay(opening)}`);
  await expectShows(page, { at: opening, hiddenFamilies: ["hostile"] }, "light");
  await page.goBack();
  await expectShows(page, { at: opening }, "light");
  await page.goForward();
  await expectShows(page, { at: opening, hiddenFamilies: ["hostile"] }, "light");
  await page.close();
});

test("a bad link opens what it can and lists what it ignored", async () => {
  const page = await open("?hide-types=airstrike,airstirke&actor=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&theme=sepia");
  const notice = page.getByTestId("notice");
  await expect(notice.textContent()).resolves.toContain('unknown relation type "airstirke"');
  await expect(notice.textContent()).resolves.toContain('no actor "<img src=x onerror=window.__pwned=1>"');
  // The known type is hidden, the rest is the opening view, in the light theme.
  expect(plainSlice(dataSet, { at: parseDay(OPENING), hiddenTypes: ["airstrike"] }).relations).not.toEqual(plainSlice(dataSet, { at: parseDay(OPENING) }).relations);
  await expectShows(page, { at: parseDay(OPENING), hiddenTypes: ["airstrike"] }, "light");
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice.count()).resolves.toBe(0);
  await page.close();
});

describe("opening a linked file always ends", () => {
  test("a malformed percent-escape in data= ends on the bundled data set, with the value and the fix", async () => {
    for (const data of ["/%25.gexf", "%E0%A4%A"]) {
      // The status line shows only once the opening screen is gone.
      const page = await open(`?data=${data}`);
      await expectShows(page, { at: parseDay(OPENING) }, "light");
      const value = new URLSearchParams(`data=${data}`).get("data")!;
      expect(await page.getByTestId("notice").textContent()).toContain(`"data=${value}" is not a file address: a "%" in it is not followed by two hex digits. The bundled data set is shown instead. Check the link; a "%" in a file name is written %25`);
      await page.close();
    }
  });

  test("Cancel on the opening screen stops the opening and shows the bundled data set, saying so", async () => {
    // A relation list of megabytes, served by the app's own site: its import takes seconds, time to cancel.
    const name = `links-large-${process.pid}.csv`;
    const rows = ["source,target,type,start"];
    for (let i = 0; i < 200_000; i++) rows.push(`Actor ${i % 500},Actor ${(i * 7 + 1) % 500},airstrike,${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}`);
    writeFileSync(`public/${name}`, rows.join("\n"));
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      log.watch(page);
      await page.goto(`${url}?data=/${name}`);
      const opening = page.getByTestId("opening");
      await opening.getByRole("button", { name: "Cancel" }).click();
      await opening.waitFor({ state: "detached" });
      await page.getByTestId("status").waitFor();
      await expectShows(page, { at: parseDay(OPENING) }, "light");
      expect(await page.getByTestId("notice").textContent()).toContain(`Opening ${name} was cancelled.`);
      await page.close();
    } finally {
      rmSync(`public/${name}`, { force: true });
    }
  });
});
