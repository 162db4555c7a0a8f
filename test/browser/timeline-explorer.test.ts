/**
 * Steering time in the explorer as an analyst would: typing a date (a day, or a month that
 * becomes the window over it), stepping by day, month and year, jumping from change to change
 * among the relations the filters leave, playing to the end of the evidence (31 Mar 2026, the
 * latest dated source) and stopping there, and a link that keeps the timeline's span. Each check
 * reads what a person sees: the date field, the status line, the buttons' words, the address.
 * Screenshots at 1280×720 and 1440×900, light and dark, go to test-results/timeline/.
 *
 * Bundled data relied on: a relation dated to the single day 27 Feb 2026 (Pakistan's threat of
 * open war against the Afghan Taliban, hostile); the latest dated source is of 31 Mar 2026.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect, test } from "vitest";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const OUT = "test-results/timeline";
mkdirSync(OUT, { recursive: true });

const session = explorerSession({ width: 1280, height: 720 });
const poll = <T>(read: () => Promise<T>, message?: string) => expect.poll(read, { timeout: 10_000, message });

const status = (page: Page) => page.getByTestId("status").textContent();
const date = (page: Page) => page.locator("fl-timeline [part=date]").textContent();
const link = (page: Page) =>
  page.evaluate(() => {
    const params = new URLSearchParams(location.search);
    params.delete("camera");
    return params.toString();
  });

async function type(page: Page, field: string, text: string) {
  const box = page.getByRole("textbox", { name: field });
  await box.fill(text);
  await box.press("Enter");
}

test("a typed day sets the date; a typed month shows the window over it and says so; a bad entry says what to type", async () => {
  const page = await session.open("at=2026-03-15");
  await type(page, "Type the date", "27 Feb 2026");
  await poll(() => status(page)).toMatch(/ as of 27 Feb 2026$/);
  await poll(() => link(page)).toBe("at=2026-02-27");
  expect(await page.getByRole("slider", { name: "As of date" }).getAttribute("aria-valuetext")).toBe("27 Feb 2026");

  await type(page, "Type the date", "Oct 2025");
  await poll(() => date(page)).toBe("1 Oct 2025 – 31 Oct 2025");
  await poll(() => link(page)).toBe("from=2025-10-01&to=2025-10-31");
  expect(await page.locator("fl-timeline [part=context] [role=status]").textContent()).toBe("Oct 2025: the whole month");

  await type(page, "Type the window end", "Febuary 2026");
  await poll(() => page.locator("fl-timeline [part=context] [role=status]").textContent()).toBe(
    '"Febuary 2026" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026',
  );
  expect(await date(page)).toBe("1 Oct 2025 – 31 Oct 2025");
  expect(await link(page)).toBe("from=2025-10-01&to=2025-10-31");
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.close();
});

test("the step size chooses what « and » and the arrow keys move by: a day, a month (to its end), a year", async () => {
  const page = await session.open("at=2026-02-27");
  const slider = page.getByRole("slider", { name: "As of date" });
  const shows = (words: string) => poll(() => slider.getAttribute("aria-valuetext")).toBe(words);
  const step = page.getByLabel("Step", { exact: true });
  await step.selectOption("day");
  await page.getByRole("button", { name: "Previous day" }).click();
  await shows("26 Feb 2026");
  await slider.focus();
  await page.keyboard.press("ArrowRight");
  await shows("27 Feb 2026");
  await step.selectOption("month");
  await page.getByRole("button", { name: "Next month" }).click();
  await shows("31 Mar 2026");
  await page.getByRole("button", { name: "Previous month" }).click();
  await shows("28 Feb 2026");
  await page.getByRole("button", { name: "Previous month" }).click();
  await shows("31 Jan 2026");
  await step.selectOption("year");
  await page.getByRole("button", { name: "Previous year" }).click();
  await shows("31 Jan 2025");
  await poll(() => status(page)).toMatch(/ as of 31 Jan 2025$/);
  await poll(() => link(page)).toBe("at=2025-01-31");
  await page.close();
});

test("previous and next change jump to where a relation the filters leave starts or ends, and say which", async () => {
  const page = await session.open("at=2026-02-26");
  const next = page.getByRole("button", { name: /^Next change: / });
  await page.getByRole("button", { name: /^Next change: 27 Feb 2026 — Threat or declaration of war: Pakistan → Afghan Taliban starts$/ }).waitFor();
  await next.click();
  await poll(() => status(page)).toMatch(/ as of 27 Feb 2026$/);
  // "[" goes back to the change before: a day earlier is no change, so it is before 26 Feb.
  await page.getByRole("slider", { name: "As of date" }).focus();
  await page.keyboard.press("[");
  await poll(() => date(page)).not.toBe("As of 27 Feb 2026");
  expect(await date(page)).not.toBe("As of 26 Feb 2026");
  await page.close();

  // With hostile relations hidden, the threat is no change of what is shown: the next is in March.
  const filtered = await session.open("at=2026-02-26&hide-families=hostile");
  const after = filtered.getByRole("button", { name: /^Next change: / });
  await poll(async () => (await after.textContent())!.trim()).toMatch(/^Next change: Mar 2026 — .+/);
  await after.click();
  await poll(() => date(filtered)).toBe("As of 1 Mar 2026");
  await filtered.close();
});

test("play runs to the latest dated evidence, 31 Mar 2026, and stops there, saying where the evidence ends", async () => {
  const page = await session.open("at=2026-01-31");
  expect(await page.locator("fl-timeline [part=context]").textContent()).toContain("Evidence runs to 31 Mar 2026");
  await page.clock.install();
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await page.getByRole("button", { name: "Play" }).click();
  await page.getByRole("button", { name: "Pause" }).waitFor();
  for (let i = 0; i < 30 && !(await page.getByRole("button", { name: "Play" }).isVisible()); i++) await page.clock.runFor(500);
  await page.getByRole("button", { name: "Play" }).waitFor();
  await poll(() => date(page)).toBe("As of 31 Mar 2026");
  await page.clock.runFor(5_000);
  expect(await date(page)).toBe("As of 31 Mar 2026");
  expect(await page.getByRole("slider", { name: "As of date" }).getAttribute("max")).toBe(await page.getByRole("slider", { name: "As of date" }).inputValue());
  await page.close();
});

test("the span is kept in the link and read back on reload; a bad span is refused with what to write", async () => {
  const page = await session.open("at=2026-02-27&span=2y");
  const span = page.getByLabel("Span", { exact: true });
  expect(await span.inputValue()).toBe("2y");
  const slider = page.getByRole("slider", { name: "As of date" });
  await slider.focus();
  await page.keyboard.press("Home");
  await poll(() => slider.getAttribute("aria-valuetext")).toBe("1 Apr 2024");
  await poll(() => link(page)).toBe("at=2024-04-01&span=2y");
  await page.reload();
  await page.getByTestId("status").waitFor();
  expect(await page.getByLabel("Span", { exact: true }).inputValue()).toBe("2y");
  expect(await slider.getAttribute("aria-valuetext")).toBe("1 Apr 2024");
  expect(await slider.getAttribute("min")).toBe(await slider.inputValue());
  await page.getByLabel("Span", { exact: true }).selectOption("5y");
  await poll(() => link(page)).toBe("at=2024-04-01&span=5y");
  await page.getByLabel("Span", { exact: true }).selectOption("all");
  await poll(() => link(page)).toBe("at=2024-04-01");
  await page.close();

  const bad = await session.open("span=3y");
  expect(await bad.getByTestId("notice").textContent()).toContain('"span=3y" should be all, 5y, 2y or 1y');
  expect(await bad.getByLabel("Span", { exact: true }).inputValue()).toBe("all");
  await bad.close();
});

test("the controls fit at 1280 px and 1440 px, light and dark; axe-core finds nothing serious", async () => {
  for (const [width, height] of [
    [1280, 720],
    [1440, 900],
  ])
    for (const theme of ["light", "dark"]) {
      const page = await session.open(`from=2025-10-01&to=2026-03-31&theme=${theme}`, { width, height });
      const widths = await page.locator("fl-timeline").evaluate((el) =>
        [".controls", ".context"].map((row) => {
          const r = el.shadowRoot!.querySelector(row)!;
          return { row, scroll: r.scrollWidth, client: r.clientWidth, height: Math.round(r.getBoundingClientRect().height) };
        }),
      );
      for (const w of widths) expect(w.scroll, `${w.row} at ${width} px`).toBeLessThanOrEqual(w.client);
      // One line each: the controls do not wrap.
      expect(widths[0].height).toBeLessThan(40);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${OUT}/explorer-${width}-${theme}.png` });
      await page.close();
    }
}, 240_000);
