/**
 * <fl-timeline> in a real Chromium, on the bundled data's histogram (test/pages/timeline.html,
 * which applies the element's events back to it as the app would): dragging, keyboard stepping
 * by months and years, window mode, playback, the strip's alignment with the slider, axe-core,
 * and light and dark screenshots.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { addMonths, formatDay, parseDay } from "../../src/model/dates";
import { launchBrowser } from "../support/browser";
import { seriousAxeViolations } from "../support/page";
import { serveApp } from "../support/serve";

type Recorded = { type: string; at?: number; from?: number; to?: number; mode?: string; playing?: boolean; speed?: number };

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const FIRST = parseDay("2000-01-01");
const LAST = parseDay("2026-12-31");
const THUMB = 16;

interface Opened {
  page: Page;
  problems: string[];
  date: Locator;
  events: () => Promise<Recorded[]>;
}

async function open(options: { theme?: "dark"; width?: number; height?: number } = {}): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 720 } });
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${app.url}test/pages/timeline.html${options.theme ? `?theme=${options.theme}` : ""}`);
  const date = page.locator("fl-timeline [part=date]");
  await date.waitFor();
  const events = () => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
  return { page, problems, date, events };
}

/** Where a range input's handle centre is for a day, in page pixels. */
async function thumbX(slider: Locator, day: number): Promise<{ x: number; y: number }> {
  const box = (await slider.boundingBox())!;
  return { x: box.x + THUMB / 2 + ((day - FIRST) / (LAST - FIRST)) * (box.width - THUMB), y: box.y + box.height / 2 };
}

async function drag(page: Page, slider: Locator, fromDay: number, toX: number) {
  const start = await thumbX(slider, fromDay);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move(toX, start.y, { steps: 12 });
  await page.mouse.up();
}

test("shows the date as of 27 Feb 2026; dragging the handle moves it and emits time-change as it goes", async () => {
  const { page, problems, date, events } = await open();
  await expect.poll(() => date.textContent()).toBe("As of 27 Feb 2026");
  const slider = page.getByRole("slider", { name: "As of date" });
  expect(await slider.getAttribute("aria-valuetext")).toBe("27 Feb 2026");

  const box = (await slider.boundingBox())!;
  const target = parseDay("2025-10-15");
  await drag(page, slider, parseDay("2026-02-27"), (await thumbX(slider, target)).x);

  const moves = (await events()).filter((e) => e.type === "time-change" && e.at !== undefined);
  expect(moves.length).toBeGreaterThan(2); // continuous, on every input event
  const at = moves[moves.length - 1].at!;
  const daysPerPixel = (LAST - FIRST) / (box.width - THUMB);
  expect(Math.abs(at - target)).toBeLessThanOrEqual(2 * daysPerPixel);
  expect(await date.textContent()).toBe(`As of ${formatDay(at)}`);
  expect(await slider.getAttribute("aria-valuetext")).toBe(formatDay(at));
  expect(problems).toEqual([]);
  await page.close();
});

test("arrows step by a month, Shift+arrows and Page keys by a year, Home and End go to the ends; the buttons step too", async () => {
  const { page, problems, date, events } = await open();
  const slider = page.getByRole("slider", { name: "As of date" });
  await slider.focus();
  const expectDate = async (text: string) => {
    expect(await date.textContent()).toBe(`As of ${text}`);
    expect(await slider.getAttribute("aria-valuetext")).toBe(text);
  };
  await page.keyboard.press("ArrowRight");
  await expectDate("27 Mar 2026");
  expect((await events()).at(-1)).toEqual({ type: "time-change", at: parseDay("2026-03-27") });
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expectDate("27 Jan 2026");
  await page.keyboard.press("Shift+ArrowLeft");
  await expectDate("27 Jan 2025");
  await page.keyboard.press("Shift+ArrowRight");
  await expectDate("27 Jan 2026");
  await page.keyboard.press("PageDown");
  await expectDate("27 Jan 2025");
  await page.keyboard.press("PageUp");
  await expectDate("27 Jan 2026");
  await page.keyboard.press("Home");
  await expectDate("1 Jan 2000");
  await page.keyboard.press("ArrowLeft"); // clamped at the first day
  await expectDate("1 Jan 2000");
  await page.keyboard.press("End");
  await expectDate("31 Dec 2026");
  await page.keyboard.press("Shift+ArrowRight"); // clamped at the last day
  await expectDate("31 Dec 2026");
  // The native one-day step never happened: every value is a month or a year apart, or an end.
  const ats = (await events()).filter((e) => e.type === "time-change").map((e) => e.at);
  expect(ats).toEqual(["2026-03-27", "2026-02-27", "2026-01-27", "2025-01-27", "2026-01-27", "2025-01-27", "2026-01-27", "2000-01-01", "2026-12-31"].map(parseDay));

  await page.getByRole("button", { name: "Previous month" }).click();
  await expectDate("30 Nov 2026");
  await page.getByRole("button", { name: "Next month" }).click();
  await expectDate("30 Dec 2026");
  expect(problems).toEqual([]);
  await page.close();
});

test("window mode shows two handles that cannot cross and the window in words", async () => {
  const { page, problems, date, events } = await open();
  const windowButton = page.getByRole("button", { name: "Window" });
  await windowButton.click();
  expect(await windowButton.getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByRole("button", { name: "As of" }).getAttribute("aria-pressed")).toBe("false");
  expect((await events()).at(-1)).toEqual({ type: "time-change", mode: "window" });
  expect(await date.textContent()).toBe("1 Oct 2025 – 31 Mar 2026");
  expect(await page.getByRole("slider").count()).toBe(2);
  const start = page.getByRole("slider", { name: "Window start" });
  const end = page.getByRole("slider", { name: "Window end" });
  expect(await start.getAttribute("aria-valuetext")).toBe("1 Oct 2025");
  expect(await end.getAttribute("aria-valuetext")).toBe("31 Mar 2026");

  await start.focus();
  await page.keyboard.press("ArrowRight");
  expect(await date.textContent()).toBe("1 Nov 2025 – 31 Mar 2026");
  await page.keyboard.press("End"); // stops at the other handle
  expect(await date.textContent()).toBe("31 Mar 2026 – 31 Mar 2026");
  await page.keyboard.press("Home");
  expect(await date.textContent()).toBe("1 Jan 2000 – 31 Mar 2026");

  // The step buttons move the whole window.
  await page.getByRole("button", { name: "Next month" }).click();
  expect(await date.textContent()).toBe("1 Feb 2000 – 30 Apr 2026");

  // Dragging the end handle far left past the start stops it on the start.
  await drag(page, end, parseDay("2026-04-30"), (await start.boundingBox())!.x - 20);
  expect(await date.textContent()).toBe("1 Feb 2000 – 1 Feb 2000");
  const ends = (await events()).filter((e) => e.to !== undefined).map((e) => e.to!);
  expect(Math.min(...ends)).toBe(parseDay("2000-02-01"));

  await page.getByRole("button", { name: "As of" }).click();
  expect(await page.getByRole("slider").count()).toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});

test("play advances a month within 1.5 s at speed 2, pause stops it, and playback stops by itself at the end", async () => {
  const { page, problems, date, events } = await open();
  const speed = page.getByLabel("Speed");
  await speed.selectOption("4");
  await speed.selectOption("2");
  expect((await events()).filter((e) => e.type === "speed-change").map((e) => e.speed)).toEqual([4, 2]);

  await page.getByRole("button", { name: "Play" }).click();
  const started = Date.now();
  await page.getByRole("button", { name: "Pause" }).waitFor();
  await page.waitForFunction(() => document.querySelector("fl-timeline")?.shadowRoot?.querySelector("[part=date]")?.textContent === "As of 27 Mar 2026", null, { timeout: 1500 });
  expect(Date.now() - started).toBeLessThan(1500);
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Play" }).waitFor();
  const paused = await date.textContent();
  await page.waitForTimeout(1300);
  expect(await date.textContent()).toBe(paused);
  const toggles = (await events()).filter((e) => e.type === "play-toggle").map((e) => e.playing);
  expect(toggles).toEqual([true, false]);

  // From 30 Oct 2026 (31 Dec less two months) at a year a second: 30 Nov, 30 Dec, then the last
  // day, 31 Dec 2026, and then it asks to stop.
  const slider = page.getByRole("slider", { name: "As of date" });
  await slider.focus();
  await page.keyboard.press("End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  expect(await date.textContent()).toBe("As of 30 Oct 2026");
  await speed.selectOption("12");
  await page.getByRole("button", { name: "Play" }).click();
  await page.getByRole("button", { name: "Play" }).waitFor({ timeout: 2000 });
  expect(await date.textContent()).toBe("As of 31 Dec 2026");
  const last = (await events()).filter((e) => e.type === "play-toggle").at(-1);
  expect(last).toEqual({ type: "play-toggle", playing: false });
  expect(problems).toEqual([]);
  await page.close();
});

test("in window mode playback moves both ends a month", async () => {
  const { page, problems, date, events } = await open();
  await page.getByRole("button", { name: "Window" }).click();
  await page.getByRole("button", { name: "Play" }).click();
  await page.waitForFunction(() => document.querySelector("fl-timeline")?.shadowRoot?.querySelector("[part=date]")?.textContent === "1 Nov 2025 – 30 Apr 2026", null, { timeout: 1500 });
  await page.getByRole("button", { name: "Pause" }).click();
  const step = (await events()).find((e) => e.type === "time-change" && e.from !== undefined);
  expect(step).toEqual({ type: "time-change", from: addMonths(parseDay("2025-10-01"), 1), to: addMonths(parseDay("2026-03-31"), 1) });
  expect(await date.textContent()).toMatch(/^1 (Nov|Dec) 2025 – 3\d (Apr|May) 2026$/);
  expect(problems).toEqual([]);
  await page.close();
});

test("the strip sits on the slider's scale, summarises itself, and the element stays compact", async () => {
  for (const width of [1280, 1920]) {
    const { page, problems } = await open({ width, height: width === 1280 ? 720 : 1080 });
    const strip = page.getByRole("img");
    expect(await strip.getAttribute("aria-label")).toContain("busiest: Mar 2026 (10 starts, 22 ends)");
    const slider = page.getByRole("slider", { name: "As of date" });
    const marker = (await page.locator("fl-timeline svg.strip line.marker").boundingBox())!;
    expect(Math.abs(marker.x + marker.width / 2 - (await thumbX(slider, parseDay("2026-02-27"))).x)).toBeLessThan(1.5);
    // The March 2026 bars start just after 1 March on the slider's scale.
    const bars = page.locator("fl-timeline svg.strip g.fine rect.bar.start");
    const march = (await bars.last().boundingBox())!;
    const marchX = (await thumbX(slider, parseDay("2026-03-01"))).x;
    expect(march.x).toBeGreaterThanOrEqual(marchX - 0.5);
    expect(march.x).toBeLessThan(marchX + 3);
    // Year-only dates are drawn as hatched bands, not month bars.
    expect(await page.locator("fl-timeline svg.strip g.coarse rect.band").count()).toBeGreaterThan(5);
    const height = (await page.locator("fl-timeline").boundingBox())!.height;
    expect(height).toBeGreaterThanOrEqual(100);
    expect(height).toBeLessThanOrEqual(140);
    expect(problems).toEqual([]);
    await page.close();
  }
});

test("axe-core finds no serious or critical problem; screenshots in light and dark", async () => {
  for (const theme of ["light", "dark"] as const) {
    const { page, problems } = await open({ theme: theme === "dark" ? "dark" : undefined });
    expect(await seriousAxeViolations(page)).toEqual([]);
    const slider = page.getByRole("slider", { name: "As of date" });
    await slider.focus();
    await page.keyboard.press("ArrowLeft"); // a visible focus ring in the screenshot
    await page.locator("fl-theme-box").screenshot({ path: `test-results/timeline-${theme}.png` });
    await page.getByRole("button", { name: "Window" }).click();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator("fl-theme-box").screenshot({ path: `test-results/timeline-${theme}-window.png` });
    expect(problems).toEqual([]);
    await page.close();
  }
  const { page } = await open({ width: 1920, height: 1080 });
  await page.locator("fl-theme-box").screenshot({ path: "test-results/timeline-light-1920.png" });
  await page.close();
});
