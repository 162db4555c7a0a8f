/**
 * A large import without positions, in a real Chromium: the data set opens on its first layout
 * (look/first-layout.ts) with the toolbar saying "Laying out…", the actors then move as the
 * layout refines in the background, "Stop layout" settles it (overlaps removed), and "Reset
 * layout" returns to the settled positions, not to the first ones, as does a reload. A small import opens with
 * nothing running, as before. Nothing here measures speed: the timeouts only catch a hang.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { seededRandom } from "../../src/model/random";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { loadDataSet } from "../../src/model/load";
import { ProblemLog, watchProblems } from "../support/page";
import { serveApp } from "../support/serve";

/** Generous: the first layout and the overlap worker take seconds on a slow machine; a hang never ends. */
const HANG = 180_000;

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const TYPE = loaded.dataSet.taxonomy.types[0].id;

/** A relation list of `actors` actors and `relations` relations, hubs related most, without positions. */
function relationList(actors: number, relations: number): Buffer {
  const random = seededRandom(11);
  const rows = ["source,target,type,start,end"];
  for (let r = 0; r < relations; r++) {
    const a = Math.floor(random() ** 2 * actors);
    const b = (a + 1 + Math.floor(random() * (actors / 2))) % actors;
    rows.push(`Actor ${a},Actor ${b},${TYPE},2020-0${1 + (r % 9)},`);
  }
  return Buffer.from(rows.join("\n"));
}

let browser: Browser;
let page: Page;
let base: string;
let log: ProblemLog | undefined;
watchProblems(() => log);

beforeAll(async () => {
  browser = await launchBrowser();
  base = (await serveApp()).url;
});

afterAll(async () => {
  await browser?.close();
});

async function importAndOpen(name: string, csv: Buffer): Promise<void> {
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  log = new ProblemLog(page);
  await page.goto(base);
  await page.getByTestId("status").waitFor({ timeout: HANG });
  await page.getByRole("button", { name: "Import…" }).click();
  const dialog = page.getByRole("dialog", { name: "Data sets" });
  await dialog.getByLabel("Choose files to import").setInputFiles({ name, mimeType: "text/csv", buffer: csv });
  await dialog.getByRole("button", { name: "Open data set" }).click({ timeout: HANG });
  await dialog.waitFor({ state: "hidden" });
}

/** Every actor's position in the graph's coordinates, as the view holds it. */
const positions = () =>
  page.evaluate(() => {
    const app = document.querySelector("faultlines-app") as unknown as { session: { shown: { dataSet: { actors: { id: string }[] } } }; graph: { positionOf(id: string): { x: number; y: number } } };
    return app.session.shown.dataSet.actors.map((a) => {
      const p = app.graph.positionOf(a.id);
      return [p.x, p.y];
    });
  });
const running = () => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().layoutRunning);
const button = (name: string) => page.getByRole("button", { name, exact: true });

test(
  "a large import opens on its first layout, refines it in the background, and keeps where it settles",
  async () => {
    await importAndOpen("large.csv", relationList(1_500, 24_000));
    await page.getByText("Laying out…").waitFor({ timeout: HANG });
    expect(await running()).toBe(true);
    const first = await positions();
    expect(first.length).toBe(1_500);
    // The view follows the refinement: actors move while it runs.
    await page.waitForFunction(
      (before) => {
        const app = document.querySelector("faultlines-app") as unknown as { session: { shown: { dataSet: { actors: { id: string }[] } } }; graph: { positionOf(id: string): { x: number; y: number } } };
        return app.session.shown.dataSet.actors.some((a, i) => {
          const p = app.graph.positionOf(a.id);
          return p.x !== before[i][0] || p.y !== before[i][1];
        });
      },
      first,
      { timeout: HANG, polling: 200 },
    );
    await button("Stop layout").click({ timeout: HANG });
    await button("Re-layout visible").waitFor({ timeout: HANG });
    expect(await running()).toBe(false);
    const settled = await positions();
    expect(settled.every(([x, y]) => Number.isFinite(x) && Number.isFinite(y))).toBe(true);
    expect(settled).not.toEqual(first);
    await button("Reset layout").click();
    expect(await positions()).toEqual(settled);
    // The browser keeps where it settled: a reload opens there, with nothing to refine.
    await page.reload();
    await page.getByTestId("status").waitFor({ timeout: HANG });
    await button("Re-layout visible").waitFor({ timeout: HANG });
    expect(await running()).toBe(false);
    expect(await positions()).toEqual(settled);
    expect(log!.take(), "console errors").toEqual([]);
    await page.close();
  },
  4 * HANG,
);

test(
  "a reload before the layout settles opens on the first layout and refines it again",
  async () => {
    await importAndOpen("unsettled.csv", relationList(1_500, 24_000));
    await page.getByText("Laying out…").waitFor({ timeout: HANG });
    await page.reload();
    await page.getByText("Laying out…").waitFor({ timeout: HANG });
    expect(await running()).toBe(true);
    await button("Stop layout").click({ timeout: HANG });
    await button("Re-layout visible").waitFor({ timeout: HANG });
    expect(log!.take(), "console errors").toEqual([]);
    await page.close();
  },
  4 * HANG,
);

test(
  "a small import opens laid out in full, with nothing left running",
  async () => {
    await importAndOpen("small.csv", relationList(60, 200));
    await page.getByTestId("status").waitFor({ timeout: HANG });
    expect(await running()).toBe(false);
    await expect(button("Re-layout visible").isVisible()).resolves.toBe(true);
    expect(log!.take(), "console errors").toEqual([]);
    await page.close();
  },
  2 * HANG,
);
