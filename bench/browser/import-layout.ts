/**
 * The import benchmark's layout figures, once the import dialog has its report: the data set
 * opened as a person opens it (the "Open data set" button), the time until its first layout is
 * drawn, then the refinement in the background (longest task and frame meanwhile, until it has
 * settled), screenshots of both layouts, and how readable the first is beside the settled one
 * (look/layout-quality.ts), from the positions the view holds.
 */
import type { Page } from "playwright-core";
import { distanceCorrelation, neighbourhoodPreservation, overlapShare, relatedDistanceRatio } from "../../src/look/layout-quality";
import { ms } from "../measure";

/** How long the refinement may take before the bench stops waiting (it stops itself after a minute). */
const SETTLE_WAIT_MS = 240_000;

export interface OpenedLayout {
  /** Page times: the click on "Open data set", and the first frame drawn after the data set was on screen. */
  readonly clicked: number;
  readonly drawn: number;
  /** Whether a refinement ran, and when it ended (page time); `drawn` when none ran. */
  readonly refined: boolean;
  readonly settled: number;
  readonly first: Layout;
  readonly last: Layout;
}

interface Layout {
  readonly x: number[];
  readonly y: number[];
  readonly size: number[];
}

/** The view's positions of every actor, with its size, in the data set's actor order. */
const positions = (page: Page): Promise<Layout> =>
  page.evaluate(`(() => {
    const app = document.querySelector("faultlines-app");
    const shown = app.session.shown;
    const layout = { x: [], y: [], size: [] };
    for (const actor of shown.dataSet.actors) {
      const p = app.graph.positionOf(actor.id);
      layout.x.push(p.x);
      layout.y.push(p.y);
      layout.size.push(shown.graph.getNodeAttribute(actor.id, "size") ?? 1);
    }
    return layout;
  })()`) as Promise<Layout>;

/** Each relation as its actors' places in the data set's actor order, flat [a, b, 1, ...], as relatedDistanceRatio reads pairs. */
const relationPairs = (page: Page): Promise<number[]> =>
  page.evaluate(`(() => {
    const data = document.querySelector("faultlines-app").session.shown.dataSet;
    const at = new Map(data.actors.map((a, i) => [a.id, i]));
    return data.relations.flatMap((r) => [at.get(r.source), at.get(r.target), 1]);
  })()`) as Promise<number[]>;

/**
 * A screenshot waits for a frame, which the refinement's redraws of 200,000 relations in software
 * WebGL hold up on a busy machine: given long, and only reported when it fails, since the figures
 * do not rest on it.
 */
async function screenshot(page: Page, path: string): Promise<void> {
  await page.screenshot({ path, timeout: SETTLE_WAIT_MS }).catch((e: Error) => console.error(`import bench: no screenshot ${path}: ${e.message.split("\n")[0]}`));
}

/** Opens the data set the report holds and follows its layout until it has settled; screenshots go to `shots`. */
export async function openAndRefine(page: Page, relations: number, shots: { first: string; settled: string }): Promise<OpenedLayout & { pairs: number[] }> {
  const clicked = await page.evaluate(() => performance.now());
  // Opening prepares the data set on the page's thread: at 200,000 relations, on a busy machine, longer than a click's usual wait.
  await page.getByRole("button", { name: "Open data set" }).click({ timeout: SETTLE_WAIT_MS });
  const drawn = (await page.evaluate(`new Promise((resolve) => {
    const look = () => {
      const app = document.querySelector("faultlines-app");
      if (app?.automation.inspect().dataSet?.relations !== ${relations}) return requestAnimationFrame(look);
      // Two frames on: sigma has drawn the frame it scheduled when the view was built.
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
    };
    look();
  })`)) as number;
  const first = await positions(page);
  await screenshot(page, shots.first);
  // The refinement starts once the first layout is drawn, for data sets the import marked for it.
  const refined = (await page.evaluate(`!!document.querySelector("faultlines-app").session.shown.refine`)) as boolean;
  if (refined) {
    await page.waitForFunction(`document.querySelector("faultlines-app").automation.inspect().layoutRunning`, undefined, { timeout: SETTLE_WAIT_MS, polling: 100 });
    await page.waitForFunction(`!document.querySelector("faultlines-app").automation.inspect().layoutRunning`, undefined, { timeout: SETTLE_WAIT_MS, polling: 250 });
  }
  const settled = refined ? await page.evaluate(() => performance.now()) : drawn;
  await screenshot(page, shots.settled);
  const last = await positions(page);
  return { clicked, drawn, refined, settled, first, last, pairs: await relationPairs(page) };
}

/** The readability figures of the first layout, and of the settled one as their baseline. */
export function readability(opened: OpenedLayout & { pairs: number[] }): { value: string; baseline: string } {
  const { first, last, pairs } = opened;
  const describe = (l: Layout) => `${(overlapShare(l) * 100).toFixed(1)}% of actors overlap another; related actors drawn ${relatedDistanceRatio(l, pairs).toFixed(2)}× as far apart as any two`;
  return {
    value: `${describe(first)}; distances ${distanceCorrelation(first, last).toFixed(2)} correlated with the settled layout's, ${(neighbourhoodPreservation(first, last) * 100).toFixed(0)}% of each actor's 10 nearest kept`,
    baseline: `settled layout${opened.refined ? ` (after ${ms(opened.settled - opened.drawn)} ms of refinement)` : " (the full layout, no refinement)"}: ${describe(last)}`,
  };
}
