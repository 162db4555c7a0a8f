/**
 * Driving a benchmark page as a person would, and reading back what its probe recorded: a
 * mouse drag of the timeline's handle across the whole span, playback, a re-layout with
 * keyboard steps meanwhile. Each step waits for the frame that shows it before the next, so
 * every latency is one input's own.
 */
import type { Page } from "playwright-core";
import type { BenchProbe, Span } from "../pages/probe";

export interface Phase {
  /** Input to the frame showing it, ms, one per step answered. */
  readonly latencies: number[];
  /** Steps with no frame within the timeout. */
  readonly missed: number;
  readonly longTasks: Span[];
  readonly renders: Span[];
  /** The explorer's redraws (sigma's refresh, reducers included), when the page is the explorer. */
  readonly draws: Span[];
  /** Animation-frame intervals, when the phase records them. */
  readonly frames: number[];
  /** Why the phase could not be completed, when it could not. */
  readonly failed?: string;
}

const slider = (page: Page) => page.getByRole("slider", { name: "As of date" });

/** Waits (in the page) for the probe to hold `count` latencies; false after `timeout` ms. */
const answered = (page: Page, count: number, timeout: number) =>
  page.evaluate(([n, t]) => window.__bench.untilLatencies(n, t), [count, timeout] as const);

/** Runs `act` and returns what the probe saw meanwhile. */
async function phase(page: Page, act: () => Promise<{ missed: number; frames?: number[] }>): Promise<Phase> {
  const [start, before] = await page.evaluate(() => [performance.now(), window.__bench.latencies.length] as const);
  const { missed, frames = [] } = await act();
  // Let the last frame's task finish and its long-task entry arrive.
  await page.waitForTimeout(200);
  const seen = await page.evaluate(
    ([from, skip]) => {
      // No named functions in here: tsx would wrap them in a helper the page does not have.
      const p: BenchProbe = window.__bench;
      return { latencies: p.latencies.slice(skip), longTasks: p.longTasks.filter((s) => s.start >= from), renders: p.renders.filter((s) => s.start >= from), draws: p.draws.filter((s) => s.start >= from) };
    },
    [start, before] as const,
  );
  return { ...seen, missed, frames };
}

/** Drags the "As of" handle from the start of the slider to its end in `steps` moves. */
export function drag(page: Page, steps: number, timeout: number): Promise<Phase> {
  return phase(page, async () => {
    const box = (await slider(page).boundingBox())!;
    const y = box.y + box.height / 2;
    const [x0, x1] = [box.x + 6, box.x + box.width - 6];
    let count = await page.evaluate(() => window.__bench.latencies.length);
    let missed = 0;
    await page.mouse.move(x0, y);
    await page.mouse.down();
    if (!(await answered(page, ++count, timeout))) missed++, count--;
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x0 + ((x1 - x0) * i) / steps, y);
      if (!(await answered(page, ++count, timeout))) missed++, count--;
    }
    await page.mouse.up();
    return { missed };
  });
}

/** Plays at a year per second for `ms` milliseconds, recording frame intervals. */
export function play(page: Page, ms: number): Promise<Phase> {
  return phase(page, async () => {
    await page.getByLabel("Speed").selectOption("12", { timeout: 120_000 });
    await page.getByRole("button", { name: "Play" }).click({ timeout: 120_000 });
    const frames = await page.evaluate((t) => window.__bench.frameIntervals(t), ms);
    await page.getByRole("button", { name: "Pause" }).click({ timeout: 120_000 });
    return { missed: 0, frames };
  });
}

/** Starts "Re-layout visible" and steps the timeline by keyboard while it runs (it stops itself after 4 s). */
export function relayout(page: Page, timeout: number): Promise<Phase> {
  return phase(page, async () => {
    await slider(page).focus();
    await page.getByRole("button", { name: "Re-layout visible" }).click({ timeout: 120_000 });
    const frames = page.evaluate(() => window.__bench.frameIntervals(3500));
    let count = await page.evaluate(() => window.__bench.latencies.length);
    let missed = 0;
    await slider(page).focus();
    for (let i = 0; i < 8; i++) {
      await page.waitForTimeout(250);
      await page.keyboard.press(i % 2 ? "ArrowRight" : "ArrowLeft");
      if (!(await answered(page, ++count, timeout))) missed++, count--;
    }
    const intervals = await frames;
    // The toolbar offers the command again once the layout has stopped.
    await page.getByRole("button", { name: "Re-layout visible" }).waitFor({ timeout: 60_000 });
    return { missed, frames: intervals };
  });
}
