/**
 * Re-layout on a graph large enough that overlap removal takes a while (the benchmark page's
 * synthetic data, 5,000 actors), driven with the toolbar's buttons: overlaps are removed in a
 * worker while the page still answers a click, the toolbar says "Laying out…" and offers "Stop
 * layout" until their positions are in, and the actors are then drawn where removing overlaps
 * from the positions the worker was handed puts them; "Stop layout" during ForceAtlas2 ends it
 * and still removes overlaps (in a worker); "Stop layout" during that, "Remove overlaps" and
 * removing the explorer end the worker and leave the actors drawn where they are, unmoved after.
 * Nothing here measures speed: the timeouts only catch a hang.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { removeOverlapsIn } from "../../src/look/overlap-removal";
import { launchBrowser } from "../support/browser";
import { drawn } from "../support/drawn";
import { ProblemLog, watchProblems } from "../support/page";
import { serveApp } from "../support/serve";

/**
 * Every worker the page makes, whether it has ended, and the positions it was first sent. The
 * page shows no workers, and a worker left running is the failure these tests are about, so
 * the test wraps the browser's Worker before the page loads; the app itself is untouched. Also
 * notes what the toolbar said when a click on "Image…" was handled: the page shows that only
 * for as long as the click's own task lasts.
 */
const WATCH_WORKERS = `
  window.__workers = [];
  const NativeWorker = Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      this.record = { name: (options && options.name) || "", ended: false, request: null };
      window.__workers.push(this.record);
    }
    postMessage(message, transfer) {
      // Copied before it is transferred away: what the worker was asked to move.
      if (this.record.request === null && message && message.nodes instanceof Float32Array) this.record.request = Array.from(message.nodes);
      super.postMessage(message, transfer);
    }
    terminate() {
      this.record.ended = true;
      super.terminate();
    }
  };
  // For each click on the "Image…" button (by mouse, Enter or Space): what the toolbar said when
  // the page handled it (the app opens the dialog in the same task).
  window.__clickedWhileRunning = [];
  addEventListener("click", (e) => {
    const path = e.composedPath();
    if (!path.some((t) => t instanceof HTMLButtonElement && t.textContent === "Image…")) return;
    const toolbar = document.querySelector("faultlines-app").renderRoot.querySelector("fl-toolbar").renderRoot;
    window.__clickedWhileRunning.push([...toolbar.querySelectorAll(".running, button:not([aria-label])")].map((e) => e.textContent.trim()));
  }, { capture: true });
`;

interface WorkerRecord {
  name: string;
  ended: boolean;
  request: number[] | null;
}

const OVERLAPS = "faultlines-overlaps";
/** Generous: overlap removal at this size takes seconds on a slow machine, a hang never ends. */
const HANG = 120_000;
/** Room for a test that waits up to HANG for more than one thing. */
const TEST_TIMEOUT = 3 * HANG;

let browser: Browser;
let page: Page;
let log: ProblemLog | undefined;
watchProblems(() => log);
/** A reload (Vite optimising a dependency found late) would drop what the page recorded. */
let navigations = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  const { url } = await serveApp();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  log = new ProblemLog(page);
  page.on("framenavigated", (f) => f === page.mainFrame() && navigations++);
  await page.addInitScript(WATCH_WORKERS);
  await page.goto(`${url}bench/pages/app.html#actors=5000&relations=50000`);
  await page.locator("body[data-ready=true]").waitFor({ timeout: HANG });
  expect(log.take(), "console errors while the page opened").toEqual([]);
});

afterAll(async () => {
  await browser?.close();
});

const workers = () => page.evaluate(() => (window as unknown as { __workers: WorkerRecord[] }).__workers.map((w) => ({ ...w, request: null })));
const overlapWorkers = async () => (await workers()).filter((w) => w.name === OVERLAPS);
/** Whether every worker the page made after its first `from` has ended: those of one test. */
const allEnded = async (from: number) => (await workers()).slice(from).every((w) => w.ended);
const workerCount = async () => (await workers()).length;
/** Waits until the page has made its `count`th overlap worker. */
const overlapWorkerMade = (count: number) =>
  page.waitForFunction(([name, n]) => (window as unknown as { __workers: WorkerRecord[] }).__workers.filter((w) => w.name === name).length >= n, [OVERLAPS, count] as const, {
    timeout: HANG,
    polling: 50,
  });

const button = (name: string) => page.getByRole("button", { name, exact: true });
/**
 * Clicks a toolbar button with the mouse where it is drawn. Not the locator's click: that waits
 * for two steady animation frames, which software WebGL delays for seconds while a graph this
 * large is redrawn, and the moment to click is while that happens.
 */
async function click(name: string): Promise<void> {
  const box = (await button(name).boundingBox({ timeout: HANG }))!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}
/** The toolbar offers "Re-layout visible" again: nothing is running. */
const idle = () => button("Re-layout visible").waitFor({ timeout: HANG });

/**
 * Where each actor is drawn on the page, by id, once the renderer has drawn the latest change:
 * sigma takes a graph's new positions into what it draws at its next frame.
 */
async function drawnPositions(): Promise<Map<string, [number, number]>> {
  await frames(3);
  return new Map((await drawn(page)).actors.map((a) => [a.id, [a.x, a.y]]));
}
const allFinite = (ps: Map<string, [number, number]>) => ps.size > 0 && [...ps.values()].every(([x, y]) => Number.isFinite(x) && Number.isFinite(y));
/** Waits for `frames` animation frames: time for anything still running to move an actor. */
const frames = (count: number) =>
  page.waitForFunction(
    (n) => {
      const w = window as unknown as { __framesSeen?: number };
      w.__framesSeen = (w.__framesSeen ?? 0) + 1;
      if (w.__framesSeen < n) return false;
      w.__framesSeen = 0;
      return true;
    },
    count,
    { polling: "raf", timeout: HANG },
  );

/**
 * The actors' positions in the graph's own coordinates, in the order the layout hands them to
 * the overlap worker (the visible actors, which inspect() lists): the exact numbers compared
 * with removing overlaps in Node. What is drawn is these scaled to the screen.
 */
const graphPositions = () =>
  page.evaluate(() => {
    const app = document.querySelector("faultlines-app")!;
    const graph = app.automation.inspectRenderer()!.getGraph();
    return app.automation.inspect().visibleActors.map((actor) => [graph.getNodeAttribute(actor, "x") as number, graph.getNodeAttribute(actor, "y") as number]);
  });

/** Where the toolbar shows "Stop layout", once a test has seen it. */
let stopButton: { x: number; y: number; width: number; height: number } | undefined;

describe.sequential("re-layout on a large graph", { timeout: TEST_TIMEOUT }, () => {
  test("removes overlaps in a worker while the page answers a button press, then draws the actors where removing overlaps puts them", async () => {
    const from = await workerCount();
    const before = await drawnPositions();
    await click("Re-layout visible");
    // The image dialog's button, focused while ForceAtlas2 runs, is pressed with Enter the moment
    // overlap removal starts: one key event, where a mouse click is two (press, release) that a
    // redraw of this graph could hold apart for seconds.
    await page.getByRole("button", { name: "Image…" }).focus();
    await overlapWorkerMade(1);
    await page.keyboard.press("Enter");
    // The press was handled while overlaps were being removed (which on the page's thread would
    // hold it until the positions are in): the dialog opened while the toolbar said "Laying out…"
    // and offered "Stop layout" only.
    const dialog = page.getByRole("dialog", { name: "Image of this view" });
    await dialog.waitFor();
    const pressedWhileRunning = await page.evaluate(() => (window as unknown as { __clickedWhileRunning: string[][] }).__clickedWhileRunning);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    expect(pressedWhileRunning, "what the toolbar said when the image dialog opened").toEqual([["Laying out…", "Stop layout", "Fit to screen"]]);
    await idle();
    await expect(page.getByText("Laying out…").count()).resolves.toBe(0);
    expect(await allEnded(from), "every worker of this test has ended").toBe(true);

    const after = await drawnPositions();
    expect(allFinite(after)).toBe(true);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    expect([...after].some(([id, [x, y]]) => before.get(id)![0] !== x || before.get(id)![1] !== y)).toBe(true);
    // What the worker was handed, with overlaps removed here in Node, is where the actors are.
    const request = await page.evaluate((name) => (window as unknown as { __workers: WorkerRecord[] }).__workers.find((w) => w.name === name)!.request!, OVERLAPS);
    const expected = new Float32Array(request);
    removeOverlapsIn(expected);
    const shown = await graphPositions();
    expect(shown.length * 3).toBe(expected.length);
    expect(shown.every(([x, y], i) => x === expected[i * 3] && y === expected[i * 3 + 1]), "the actors are where removing overlaps puts them").toBe(true);
  });

  test("stopping during overlap removal ends its worker and leaves the actors where the layout put them, unmoved after", async () => {
    const from = await workerCount();
    await click("Re-layout visible");
    const made = (await overlapWorkers()).length;
    // Found while ForceAtlas2 runs, so the click follows the overlap worker's start at once.
    const stop = (await button("Stop layout").boundingBox({ timeout: HANG }))!;
    stopButton = stop;
    await overlapWorkerMade(made + 1);
    await page.mouse.click(stop.x + stop.width / 2, stop.y + stop.height / 2);
    await idle();
    expect((await overlapWorkers())[made].ended).toBe(true);
    expect(await allEnded(from), "every worker of this test has ended").toBe(true);
    // Stopped before its result came: the positions are those the worker was handed, not moved apart.
    const request = await page.evaluate(([name, i]) => (window as unknown as { __workers: WorkerRecord[] }).__workers.filter((w) => w.name === name)[i].request!, [OVERLAPS, made] as const);
    const shown = await graphPositions();
    expect(shown.every(([x, y], i) => x === request[i * 3] && y === request[i * 3 + 1]), "the actors are where the overlap worker was handed them").toBe(true);
    const stopped = await drawnPositions();
    expect(allFinite(stopped)).toBe(true);
    await frames(30);
    expect(await drawnPositions()).toEqual(stopped);
  });

  test("stopping ForceAtlas2 on a large graph ends its worker and removes overlaps in a worker, as its own end would", async () => {
    const from = await workerCount();
    const made = (await overlapWorkers()).length;
    // "Stop layout" is clicked straight after "Re-layout visible", where the earlier tests saw it:
    // ForceAtlas2 stops by itself after a few seconds, which a redraw of this graph in software
    // WebGL can take whole, and asking the page where the button is would wait for it.
    const stop = stopButton!;
    await click("Re-layout visible");
    await page.mouse.click(stop.x + stop.width / 2, stop.y + stop.height / 2);
    // The click has been handled when the mouse returns: ForceAtlas2's worker has ended and the
    // overlap worker has started, seconds before ForceAtlas2 would have stopped by itself.
    const now = (await workers()).slice(from);
    expect(now.filter((w) => w.name !== OVERLAPS).map((w) => w.ended), "ForceAtlas2's worker ended").toEqual([true]);
    expect(now.filter((w) => w.name === OVERLAPS), "an overlap worker started").toHaveLength(1);
    await idle();
    expect(await overlapWorkers()).toHaveLength(made + 1);
    expect(await allEnded(from), "every worker of this test has ended").toBe(true);
    // The overlap worker's result is in, as after ForceAtlas2's own end (a stop that came during
    // overlap removal instead would have left the positions it was handed, which differ).
    const request = await page.evaluate(([name, i]) => (window as unknown as { __workers: WorkerRecord[] }).__workers.filter((w) => w.name === name)[i].request!, [OVERLAPS, made] as const);
    const expected = new Float32Array(request);
    removeOverlapsIn(expected);
    expect(Array.from(expected)).not.toEqual(request);
    const shown = await graphPositions();
    expect(shown.every(([x, y], i) => x === expected[i * 3] && y === expected[i * 3 + 1]), "the actors are where removing overlaps puts them").toBe(true);
    const settled = await drawnPositions();
    expect(allFinite(settled)).toBe(true);
    await frames(30);
    expect(await drawnPositions()).toEqual(settled);
  });

  test("Remove overlaps runs in a worker, reported as running until its positions are in", async () => {
    const from = await workerCount();
    const made = (await overlapWorkers()).length;
    await click("Remove overlaps");
    await expect(page.getByText("Laying out…").isVisible()).resolves.toBe(true);
    await overlapWorkerMade(made + 1);
    await idle();
    await expect(page.getByText("Laying out…").count()).resolves.toBe(0);
    expect(await allEnded(from), "every worker of this test has ended").toBe(true);
    expect(allFinite(await drawnPositions())).toBe(true);
  });

  test("removing the explorer during overlap removal ends the worker", async () => {
    const from = await workerCount();
    const made = (await overlapWorkers()).length;
    await click("Re-layout visible");
    await overlapWorkerMade(made + 1);
    // The page never removes its explorer, but a page that embeds it may; no control of the
    // explorer's own does it, so the element is removed as such a page would remove it.
    await page.evaluate(() => document.querySelector("faultlines-app")!.remove());
    expect(await allEnded(from), "every worker of this test has ended").toBe(true);
    expect(navigations).toBe(1);
  });
});
