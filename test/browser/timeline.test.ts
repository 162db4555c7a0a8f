/**
 * <fl-timeline> in a real Chromium, on the bundled data's histogram (test/pages/timeline.html,
 * which applies the element's events back to it as the app would), its range ending at the
 * latest dated evidence, 31 Mar 2026: dragging, keyboard stepping by the chosen size (months to
 * month ends, days, years), window mode, typed dates, change to change, playback (on the page's
 * own clock, driven by the test, so a step per 1000/speed ms, held longer where changes cluster,
 * is checked without measuring real time), the strip's alignment with the slider, axe-core, and
 * light and dark screenshots. Each check reads the date as shown and
 * the slider's aria-valuetext, and the time-change events the element sends. The last test opens
 * the explorer itself, so the timeline and the view state are driven together.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { addMonths, formatDay, parseDay } from "../../src/model/dates";
import { launchBrowser } from "../support/browser";
import { ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
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

/** Console errors of the pages a test opens, checked after each test. */
const problems = new ProblemLog();
watchProblems(() => problems);
const pages: Page[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

const FIRST = parseDay("2000-01-01");
/** The latest dated evidence: the range no longer runs on to the 31 Dec 2026 its year-only ends allow. */
const LAST = parseDay("2026-03-31");
const THUMB = 16;

interface Opened {
  page: Page;
  date: Locator;
  /** The events the element sent, as the page recorded them: the element's output. */
  events: () => Promise<Recorded[]>;
  /** Waits until the date shown reads `text`; a generous timeout only catches a hang. */
  shows: (text: string) => Promise<void>;
}

/**
 * Opens the test page. With `clock`, the page's timers run on a clock the test moves
 * (clock.runFor): playback is then checked in the page's time, step by step, without sleeping.
 * The clock goes in once the page has loaded: the date library behind parseDay subclasses
 * Date when it loads, and does not work on top of the fake one.
 */
async function open(options: { theme?: "dark"; width?: number; height?: number; clock?: boolean } = {}): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: options.height ?? 720 } });
  pages.push(page);
  problems.watch(page);
  await page.goto(`${app.url}test/pages/timeline.html${options.theme ? `?theme=${options.theme}` : ""}`);
  const date = page.locator("fl-timeline [part=date]");
  await date.waitFor();
  if (options.clock) {
    await page.clock.install({ time: new Date("2030-01-01T00:00:00Z") });
    await page.clock.pauseAt(new Date("2030-01-01T01:00:00Z"));
  }
  const events = () => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
  const shows = (text: string) => expect.poll(() => date.textContent(), { timeout: 10_000 }).toBe(text);
  return { page, date, events, shows };
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
  const { page, date, events, shows } = await open();
  await shows("As of 27 Feb 2026");
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
  await shows(`As of ${formatDay(at)}`);
  expect(await date.textContent()).toMatch(/^As of \d{1,2} (Sep|Oct) 2025$/);
  expect(await slider.getAttribute("aria-valuetext")).toBe(formatDay(at));
});

test("arrows step by a month to month ends, Shift+arrows and Page keys by a year, Home and End go to the ends; the buttons step too", async () => {
  const { page, events, shows } = await open();
  const slider = page.getByRole("slider", { name: "As of date" });
  await slider.focus();
  const expectDate = async (text: string) => {
    await shows(`As of ${text}`);
    expect(await slider.getAttribute("aria-valuetext")).toBe(text);
  };
  await page.keyboard.press("ArrowRight");
  await expectDate("31 Mar 2026");
  expect((await events()).at(-1)).toEqual({ type: "time-change", at: parseDay("2026-03-31") });
  // Month ends without drift: 31 Mar, 28 Feb, 31 Jan (not 28 Jan).
  await page.keyboard.press("ArrowLeft");
  await expectDate("28 Feb 2026");
  await page.keyboard.press("ArrowLeft");
  await expectDate("31 Jan 2026");
  await page.keyboard.press("ArrowUp");
  await expectDate("28 Feb 2026");
  await page.keyboard.press("ArrowDown");
  await expectDate("31 Jan 2026");
  await page.keyboard.press("Shift+ArrowLeft");
  await expectDate("31 Jan 2025");
  await page.keyboard.press("Shift+ArrowRight");
  await expectDate("31 Jan 2026");
  await page.keyboard.press("PageDown");
  await expectDate("31 Jan 2025");
  await page.keyboard.press("PageUp");
  await expectDate("31 Jan 2026");
  await page.keyboard.press("Home");
  await expectDate("1 Jan 2000");
  await page.keyboard.press("ArrowLeft"); // clamped at the first day
  await expectDate("1 Jan 2000");
  await page.keyboard.press("End");
  await expectDate("31 Mar 2026");
  await page.keyboard.press("Shift+ArrowRight"); // clamped at the last day
  await expectDate("31 Mar 2026");
  // The native one-day step never happened: every value is a month or a year apart, or an end;
  // a key that moves nothing sends nothing.
  const ats = (await events()).filter((e) => e.type === "time-change").map((e) => e.at);
  expect(ats).toEqual(
    ["2026-03-31", "2026-02-28", "2026-01-31", "2026-02-28", "2026-01-31", "2025-01-31", "2026-01-31", "2025-01-31", "2026-01-31", "2000-01-01", "2026-03-31"].map(parseDay),
  );
  // The focus stayed on the slider all along.
  expect(await slider.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);

  await page.getByRole("button", { name: "Previous month" }).click();
  await expectDate("28 Feb 2026");
  await page.getByRole("button", { name: "Next month" }).click();
  await expectDate("31 Mar 2026");

  // The step size: by day, then by year; the buttons are named for it.
  await page.getByLabel("Step").selectOption("day");
  await page.getByRole("button", { name: "Previous day" }).click();
  await expectDate("30 Mar 2026");
  await slider.focus();
  await page.keyboard.press("ArrowLeft");
  await expectDate("29 Mar 2026");
  await page.getByLabel("Step").selectOption("year");
  await page.getByRole("button", { name: "Previous year" }).click();
  await expectDate("31 Mar 2025");
});

test("window mode shows two handles that cannot cross and the window in words", async () => {
  const { page, events, shows } = await open();
  const windowButton = page.getByRole("button", { name: "Window" });
  await windowButton.click();
  await shows("1 Oct 2025 – 31 Mar 2026");
  expect(await windowButton.getAttribute("aria-pressed")).toBe("true");
  expect(await page.getByRole("button", { name: "As of" }).getAttribute("aria-pressed")).toBe("false");
  expect((await events()).at(-1)).toEqual({ type: "time-change", mode: "window" });
  expect(await page.getByRole("slider").count()).toBe(2);
  const start = page.getByRole("slider", { name: "Window start" });
  const end = page.getByRole("slider", { name: "Window end" });
  expect(await start.getAttribute("aria-valuetext")).toBe("1 Oct 2025");
  expect(await end.getAttribute("aria-valuetext")).toBe("31 Mar 2026");

  await start.focus();
  await page.keyboard.press("ArrowRight");
  await shows("1 Nov 2025 – 31 Mar 2026");
  expect(await start.getAttribute("aria-valuetext")).toBe("1 Nov 2025");
  await page.keyboard.press("End"); // stops at the other handle
  await shows("31 Mar 2026 – 31 Mar 2026");
  await page.keyboard.press("Home");
  await shows("1 Jan 2000 – 31 Mar 2026");

  // A window's end steps to a month's last day (the step buttons moving the whole window are checked with playback below).
  await end.focus();
  await page.keyboard.press("ArrowLeft");
  await shows("1 Jan 2000 – 28 Feb 2026");
  expect(await end.getAttribute("aria-valuetext")).toBe("28 Feb 2026");

  // Dragging the end handle far left past the start stops it on the start.
  await drag(page, end, parseDay("2026-02-28"), (await start.boundingBox())!.x - 20);
  await shows("1 Jan 2000 – 1 Jan 2000");
  const ends = (await events()).filter((e) => e.to !== undefined).map((e) => e.to!);
  expect(Math.min(...ends)).toBe(parseDay("2000-01-01"));

  await page.getByRole("button", { name: "As of" }).click();
  await expect.poll(() => page.getByRole("slider").count()).toBe(1);
  expect(await page.getByRole("button", { name: "As of" }).getAttribute("aria-pressed")).toBe("true");
});

/** Types `text` into a date field and presses `key`. */
async function type(page: Page, field: string, text: string, key = "Enter") {
  const box = page.getByRole("textbox", { name: field });
  await box.fill(text);
  await box.press(key);
}

test("play steps to a month's end every 1000/speed ms of the page's time, holds a busy month longer, pause stops it, and playback stops by itself at the end of the evidence", async () => {
  const { page, date, events, shows } = await open({ clock: true });
  const speed = page.getByLabel("Speed");
  await speed.selectOption("4");
  await speed.selectOption("2");
  expect((await events()).filter((e) => e.type === "speed-change").map((e) => e.speed)).toEqual([4, 2]);
  expect(await speed.inputValue()).toBe("2");
  await type(page, "Type the date", "2025-07-15");
  await shows("As of 15 Jul 2025");

  await page.getByRole("button", { name: "Play" }).click();
  await page.getByRole("button", { name: "Pause" }).waitFor();
  // At two months a second, the first step after 500 ms.
  await page.clock.runFor(400);
  expect(await date.textContent()).toBe("As of 15 Jul 2025");
  await page.clock.runFor(100);
  await shows("As of 31 Aug 2025");
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Play" }).waitFor();
  // Paused: however long the page's clock runs, nothing moves.
  const sent = (await events()).length;
  await page.clock.runFor(5_000);
  expect(await date.textContent()).toBe("As of 31 Aug 2025");
  expect((await events()).length).toBe(sent);
  const toggles = (await events()).filter((e) => e.type === "play-toggle").map((e) => e.playing);
  expect(toggles).toEqual([true, false]);

  // From 31 Jan 2026: Feb 2026, with many starts and ends, is shown longer than the 500 ms of a
  // quiet month (at most four times as long), then 31 Mar 2026, then it stops there by itself.
  await type(page, "Type the date", "31 Jan 2026");
  await page.getByRole("button", { name: "Play" }).click();
  await page.clock.runFor(500);
  await shows("As of 28 Feb 2026");
  await page.clock.runFor(500);
  expect(await date.textContent()).toBe("As of 28 Feb 2026");
  await page.clock.runFor(1_500);
  await shows("As of 31 Mar 2026");
  await page.clock.runFor(2_000);
  await page.getByRole("button", { name: "Play" }).waitFor({ timeout: 10_000 });
  expect((await events()).filter((e) => e.type === "play-toggle").at(-1)).toEqual({ type: "play-toggle", playing: false });
  const atEnd = (await events()).length;
  await page.clock.runFor(5_000);
  expect(await date.textContent()).toBe("As of 31 Mar 2026");
  expect((await events()).length).toBe(atEnd);
});

test("in window mode playback moves both ends a month", async () => {
  const { page, events, shows } = await open({ clock: true });
  await page.getByRole("button", { name: "Window" }).click();
  await shows("1 Oct 2025 – 31 Mar 2026");
  await page.getByRole("button", { name: "Previous month" }).click();
  await page.getByRole("button", { name: "Previous month" }).click();
  await shows("1 Aug 2025 – 31 Jan 2026");
  await page.getByRole("button", { name: "Play" }).click();
  await page.getByRole("button", { name: "Pause" }).waitFor();
  await page.clock.runFor(500);
  await shows("1 Sep 2025 – 28 Feb 2026");
  await page.getByRole("button", { name: "Pause" }).click();
  await page.getByRole("button", { name: "Play" }).waitFor();
  const steps = (await events()).filter((e) => e.type === "time-change" && e.from !== undefined);
  expect(steps.at(-1)).toEqual({ type: "time-change", from: parseDay("2025-09-01"), to: parseDay("2026-02-28") });
  expect(await page.getByRole("slider", { name: "Window start" }).getAttribute("aria-valuetext")).toBe("1 Sep 2025");
  expect(await page.getByRole("slider", { name: "Window end" }).getAttribute("aria-valuetext")).toBe("28 Feb 2026");
});

test("a typed day sets the date; a month is the window over it and says so; Escape restores; a bad entry says what to type and changes nothing", async () => {
  const { page, events, shows } = await open();
  const status = page.locator("fl-timeline [part=context] [role=status]");
  await type(page, "Type the date", "Feb 20, 2026");
  await shows("As of 20 Feb 2026");
  await type(page, "Type the date", "October 2025");
  await shows("1 Oct 2025 – 31 Oct 2025");
  expect(await status.textContent()).toBe("Oct 2025: the whole month");
  expect(await page.getByRole("textbox", { name: "Type the window start" }).inputValue()).toBe("1 Oct 2025");
  expect(await page.getByRole("textbox", { name: "Type the window end" }).inputValue()).toBe("31 Oct 2025");
  await type(page, "Type the window end", "2026-01");
  await shows("1 Oct 2025 – 31 Jan 2026");
  expect(await status.textContent()).toBe("Jan 2026: to its last day");
  const sent = (await events()).length;
  await type(page, "Type the window start", "2021", "Escape");
  expect(await page.getByRole("textbox", { name: "Type the window start" }).inputValue()).toBe("1 Oct 2025");
  await type(page, "Type the window start", "Febuary 2026");
  await expect.poll(() => status.textContent()).toBe('"Febuary 2026" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026');
  expect(await page.getByRole("textbox", { name: "Type the window start" }).getAttribute("aria-invalid")).toBe("true");
  await shows("1 Oct 2025 – 31 Jan 2026");
  expect((await events()).length).toBe(sent);
  // Escape clears the message and restores the field; the note on what the view shows is back.
  await page.getByRole("textbox", { name: "Type the window start" }).press("Escape");
  await expect.poll(() => status.textContent()).toBe("Jan 2026: to its last day");
  expect(await page.getByRole("textbox", { name: "Type the window start" }).inputValue()).toBe("1 Oct 2025");
});

test("previous and next change jump to where relations start or end, say what changes, and never step over a single day's event", async () => {
  const { page, events, shows } = await open({ clock: true });
  await type(page, "Type the date", "26 Feb 2026");
  await shows("As of 26 Feb 2026");
  const next = page.getByRole("button", { name: /^Next change: / });
  await page.getByRole("button", { name: /^Next change: 27 Feb 2026 — \S.* starts$/ }).waitFor();
  expect(await next.textContent()).toMatch(/^\s*Next change: 27 Feb 2026 — .* starts\s*▸\s*$/);
  await next.click();
  await shows("As of 27 Feb 2026");
  // "[" and "]" from the slider; the previous change is back on 27 Feb.
  await page.getByRole("slider", { name: "As of date" }).focus();
  await page.keyboard.press("]");
  await expect.poll(() => page.locator("fl-timeline [part=date]").textContent()).not.toBe("As of 27 Feb 2026");
  await page.keyboard.press("[");
  await shows("As of 27 Feb 2026");
  // Playback by change stops on 27 Feb 2026 too.
  await type(page, "Type the date", "20 Feb 2026");
  await page.getByLabel("Step").selectOption("change");
  const before = (await events()).length;
  await page.getByRole("button", { name: "Play" }).click();
  for (let i = 0; i < 40 && !(await page.getByRole("button", { name: "Play" }).isVisible()); i++) await page.clock.runFor(2_000);
  await shows("As of 31 Mar 2026");
  const visited = (await events()).slice(before).filter((e) => e.type === "time-change").map((e) => e.at!);
  expect(visited.map(formatDay)).toContain("27 Feb 2026");
  expect(formatDay(visited.at(-1)!)).toBe("31 Mar 2026");
  // Every frame a change day (or the end), each after the one before.
  expect(visited).toEqual([...visited].sort((a, b) => a - b));
  expect(new Set(visited).size).toBe(visited.length);
});

test("the strip sits on the slider's scale, summarises itself, and the element stays compact", async () => {
  for (const width of [1280, 1920]) {
    const { page } = await open({ width, height: width === 1280 ? 720 : 1080 });
    const strip = page.getByRole("img");
    expect(await strip.getAttribute("aria-label")).toContain("busiest: Mar 2026 (7 starts, 25 ends)");
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
    // Above them, the relations active each month: solid for the certainly active, hatched and
    // on top for the only possibly active, and said so in the strip's label and tooltips.
    expect(await strip.getAttribute("aria-label")).toMatch(/Relations active per month \(top row\), Jan 2000 to Mar 2026: at most \d+ certainly active \(solid\), in \w+ \d{4} and at most \d+ only possibly active \(hatched: their dates allow it, none says it\)/);
    const feb2026 = page.locator("fl-timeline svg.strip g.active").filter({ has: page.locator("title", { hasText: /Feb 2026/ }) });
    expect(await feb2026.count()).toBe(1);
    expect(await feb2026.locator("title").textContent()).toMatch(/^(\w+ \d{4} to )?Feb 2026( to \w+ \d{4})?: \d+ relations certainly active, \d+ only possibly active \(their dates allow it, none says it\)$/);
    const certain = (await feb2026.locator("rect.certain").boundingBox())!;
    const possible = (await feb2026.locator("rect.possible").boundingBox())!;
    expect(certain.height).toBeGreaterThan(1);
    expect(possible.height).toBeGreaterThan(1);
    expect(possible.y + possible.height).toBeCloseTo(certain.y, 0);
    expect(possible.x).toBeCloseTo(certain.x, 0);
    expect(await page.locator("fl-timeline svg.strip g.active rect.possible").first().getAttribute("fill")).toBe("url(#hatch-possible)");
    // The activity sits above the starts and ends, apart from them.
    const firstStart = (await page.locator("fl-timeline svg.strip g.fine rect.bar.start").first().boundingBox())!;
    expect(certain.y + certain.height).toBeLessThan(firstStart.y + firstStart.height - 2);
    expect(await page.locator("fl-timeline [part=context] .legend").textContent()).toMatch(/^\s*active:\s*certain\s+possible\s+starts\s+ends\s+year only\s*$/);
    const height = (await page.locator("fl-timeline").boundingBox())!.height;
    expect(height).toBeGreaterThanOrEqual(100);
    // A row more than before (previous and next change, where the evidence ends, the legend).
    expect(height).toBeLessThanOrEqual(170);
  }
});

test("axe-core finds no serious or critical problem; screenshots in light and dark", async () => {
  for (const theme of ["light", "dark"] as const) {
    const { page, shows } = await open({ theme: theme === "dark" ? "dark" : undefined });
    expect(await seriousAxeViolations(page)).toEqual([]);
    const slider = page.getByRole("slider", { name: "As of date" });
    await slider.focus();
    await page.keyboard.press("ArrowLeft"); // a visible focus ring in the screenshot
    await shows("As of 31 Jan 2026");
    await page.locator("fl-theme-box").screenshot({ path: `test-results/timeline/timeline-${theme}.png` });
    await page.getByRole("button", { name: "Window" }).click();
    await shows("1 Oct 2025 – 31 Mar 2026");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator("fl-theme-box").screenshot({ path: `test-results/timeline/timeline-${theme}-window.png` });
  }
  const { page } = await open({ width: 1920, height: 1080 });
  await page.locator("fl-theme-box").screenshot({ path: "test-results/timeline/timeline-light-1920.png" });
});

test("in the explorer, a window opened from a link keeps through \"As of\" and back", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  pages.push(page);
  problems.watch(page);
  await page.goto(`${app.url}?from=2019-01-01&to=2022-12-31`);
  await page.getByTestId("status").waitFor();
  const date = page.locator("fl-timeline [part=date]");
  const shown = () =>
    page.evaluate(() => {
      const { mode, at, from, to } = document.querySelector("faultlines-app")!.automation.inspect().state;
      return { mode, at, from, to, link: location.search };
    });
  const [from, to] = [parseDay("2019-01-01"), parseDay("2022-12-31")];
  await expect.poll(() => date.textContent(), { timeout: 10_000 }).toBe("1 Jan 2019 – 31 Dec 2022");

  await page.getByRole("button", { name: "As of" }).click();
  await expect.poll(() => date.textContent(), { timeout: 10_000 }).toBe("As of 31 Dec 2022");
  await expect.poll(shown, { timeout: 10_000 }).toEqual({ mode: "at", at: to, from, to, link: "?at=2022-12-31" });

  await page.getByRole("button", { name: "Window" }).click();
  await expect.poll(() => date.textContent(), { timeout: 10_000 }).toBe("1 Jan 2019 – 31 Dec 2022");
  await expect.poll(shown, { timeout: 10_000 }).toEqual({ mode: "window", at: to, from, to, link: "?from=2019-01-01&to=2022-12-31" });
  expect(await page.getByRole("slider", { name: "Window start" }).getAttribute("aria-valuetext")).toBe("1 Jan 2019");
  expect(await page.getByRole("slider", { name: "Window end" }).getAttribute("aria-valuetext")).toBe("31 Dec 2022");
});
