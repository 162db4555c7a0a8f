/**
 * fl-film-dialog in a real Chromium, on test/pages/film-dialog.html (the dialog alone, given a
 * default title and span as the app gives them; the page records what it sends and sets what the
 * app would set while a film is made). Used as a person uses it: open it, type a span, pick a
 * step and the rest, watch the summary follow, make a film and read the exact FilmSpec sent;
 * see the progress, cancel it; have a bad date and a To before From refused; find formats the
 * browser cannot write disabled with their note; close it with Escape while a film is made.
 * axe-core finds nothing serious, light and dark. Screenshots go to test-results/film-dialog/.
 */
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, test } from "vitest";
import { DATE_ENTRY_HELP } from "../../src/model/date-entry";
import { parseDay } from "../../src/model/dates";
import type { FilmSupport } from "../../src/ui/film-dialog/film-form";
import type { FilmTestEvent, FilmTestWindow } from "../pages/film-dialog";
import { freshPages } from "../support/fresh-pages";
import { seriousAxeViolations } from "../support/page";

const OUT = resolve("test-results/film-dialog");
mkdirSync(OUT, { recursive: true });

const pages = freshPages();
let page: Page;

async function open(theme: "light" | "dark" = "light"): Promise<void> {
  page = await pages.open({ width: 1280, height: 860 });
  await page.goto(`${pages.url}test/pages/film-dialog.html?theme=${theme}`);
  await page.getByRole("button", { name: "Animate…" }).click();
  await page.getByRole("dialog", { name: "Film of the timeline" }).waitFor();
}

const events = (): Promise<FilmTestEvent[]> => page.evaluate(() => (window as unknown as FilmTestWindow).__events);
const set = (props: Parameters<FilmTestWindow["__set"]>[0]) => page.evaluate((p) => (window as unknown as FilmTestWindow).__set(p), props);
const dialog = () => page.getByRole("dialog", { name: "Film of the timeline" });
const field = (name: string) => page.getByLabel(name, { exact: true });
const summary = () => page.locator("fl-film-dialog #film-summary").textContent();
const make = () => page.getByRole("button", { name: "Make film" });
/** The text of the control that has the focus inside the dialog. */
const focused = () => page.evaluate(() => document.querySelector("fl-film-dialog")?.shadowRoot?.activeElement?.textContent?.trim() ?? null);
const shoot = (name: string) => dialog().screenshot({ path: `${OUT}/${name}.png` });

const SUPPORT: FilmSupport = {
  webm: { ok: true, codec: "vp9", note: "" },
  mp4: { ok: true, codec: "vp9", note: "MP4 holds VP9 here: this browser has no H.264 encoder" },
  gif: { ok: false, note: "GIF is made in a web worker, which this page may not start" },
};

describe("light theme", () => {
  beforeEach(() => open());

  test("starts on the app's span by month, and says what that makes", async () => {
    expect(await field("From").inputValue()).toBe("2021-01");
    expect(await field("To").inputValue()).toBe("2026-03");
    expect(await field("Title").inputValue()).toBe("Afghanistan–Pakistan");
    expect(await page.getByRole("radio", { name: "Month" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: /^Captions/ }).isChecked()).toBe(true);
    // 63 months of Jan 2021 – Mar 2026, 12 frames a second for a second each.
    expect(await summary()).toBe("63 steps · 756 frames · 1 min 3 s");
    expect(await make().isEnabled()).toBe(true);
    await shoot("idle-light");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("a person types a span, picks a step and the rest, and the film asked for is exactly that", async () => {
    await field("From").fill("Jan 2021");
    await field("To").fill("2026-03");
    await page.getByRole("radio", { name: "Quarter" }).check();
    expect(await summary()).toBe("21 steps · 252 frames · 21 s");
    await field("Seconds per step").fill("2");
    await field("Frames per second").selectOption("4");
    expect(await summary()).toBe("21 steps · 168 frames · 42 s");
    await field("Title").fill("  Strikes and talks, 2021–2026 ");
    await page.getByRole("radio", { name: /^Full HD/ }).check();
    await page.getByRole("radio", { name: "Dark" }).check();
    await page.getByRole("radio", { name: /^MP4/ }).check();
    await page.getByRole("checkbox", { name: /^Captions/ }).uncheck();
    await make().click();
    expect(await events()).toEqual([
      {
        type: "film-request",
        spec: {
          from: parseDay("2021-01-01"),
          to: parseDay("2026-03-31"),
          step: "quarter",
          secondsPerStep: 2,
          fps: 4,
          width: 1920,
          height: 1080,
          background: "dark",
          title: "Strikes and talks, 2021–2026",
          format: "mp4",
          captions: false,
        },
      },
    ]);

    // A span not on whole steps is widened to them, and the dialog says so before it is made.
    await field("From").fill("2025-03-05");
    await field("To").fill("20 Mar 2025");
    await page.getByRole("radio", { name: "Week" }).check();
    await dialog().getByText("The film shows whole weeks (Monday to Sunday): 3 Mar 2025 to 23 Mar 2025.").waitFor();
    expect(await summary()).toBe("3 steps · 24 frames · 6 s");
    await make().click();
    const spec = (await events()).at(-1);
    // Sent as typed, as the command line reads --from and --to; the film shows the whole weeks.
    expect(spec?.type === "film-request" && [spec.spec.from, spec.spec.to, spec.spec.step]).toEqual([parseDay("2025-03-05"), parseDay("2025-03-20"), "week"]);
  });

  test("while a film is made the choices wait, the frames are counted, and Cancel stops it", async () => {
    await make().click();
    await set({ progress: { done: 120, total: 756 } });
    await dialog().getByText("Frame 120 of 756").waitFor();
    const bar = page.getByRole("progressbar", { name: "Frame 120 of 756" });
    expect([await bar.getAttribute("value"), await bar.getAttribute("max")]).toEqual(["120", "756"]);
    expect(await field("From").isDisabled()).toBe(true);
    expect(await page.getByRole("radio", { name: "Year" }).isDisabled()).toBe(true);
    expect(await make().isDisabled()).toBe(true);
    // Focus was on Make, now disabled: it goes to Cancel, so the keyboard can stop the film.
    expect(await focused()).toBe("Cancel");
    await shoot("making-light");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await set({ progress: { done: 400, total: 756 } });
    await dialog().getByText("Frame 400 of 756").waitFor();
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    expect((await events()).map((e) => e.type)).toEqual(["film-request", "film-cancel"]);
    await dialog().getByRole("status").getByText("Film cancelled.").waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await field("From").isEnabled()).toBe(true);
    expect(await make().isEnabled()).toBe(true);
    expect(await focused()).toBe("Make film");
  });

  test("how the film ended is said: the file saved, or what went wrong", async () => {
    await make().click();
    await set({ progress: { done: 1, total: 756 } });
    await set({ progress: null, result: { name: "faultlines-2021-01-2026-03.webm", bytes: 4_200_000 } });
    await dialog().getByRole("status").getByText("Saved faultlines-2021-01-2026-03.webm (4.2 MB)").waitFor();
    await set({ problem: "The VP9 encoder stopped at frame 300: the browser ran out of memory." });
    expect(await page.getByRole("alert").textContent()).toBe("The VP9 encoder stopped at frame 300: the browser ran out of memory.");
    // The next film is another try: while it is made, the last one's outcome is not shown.
    await make().click();
    await set({ progress: { done: 1, total: 756 } });
    await dialog().getByText("Frame 1 of 756").waitFor();
    expect([await page.getByRole("alert").textContent(), await dialog().getByText(/^Saved/).count()]).toEqual(["", 0]);
  });

  test("a date that is not one, or a To before From, is refused beside its field and nothing is made", async () => {
    await field("From").fill("2021-13");
    await field("From").press("Tab");
    const message = `From: "2021-13" is not a date (there is no month 13): ${DATE_ENTRY_HELP}`;
    await dialog().getByText(message).waitFor();
    expect(await field("From").getAttribute("aria-invalid")).toBe("true");
    // The message is the field's description, so a screen reader hears it on the field.
    expect(await page.getByRole("textbox", { name: "From", description: message }).count()).toBe(1);
    expect(await make().isDisabled()).toBe(true);
    expect(await summary()).toBe("No film yet: From needs putting right.");
    // The message says what to type; the examples under the span give way to it.
    expect(await dialog().getByText(/^A day, a month or a year/).isVisible()).toBe(false);
    await shoot("refused-light");
    expect(await seriousAxeViolations(page)).toEqual([]);

    await field("From").fill("Mar 2021");
    await field("To").fill("2020-01");
    await field("To").press("Tab");
    await dialog().getByText("To (Jan 2020) is before From (Mar 2021): type a later To or an earlier From").waitFor();
    expect(await dialog().getByText(/^From:/).count()).toBe(0);
    expect(await make().isDisabled()).toBe(true);

    await field("Seconds per step").fill("45");
    await field("Seconds per step").press("Tab");
    await dialog().getByText('Seconds per step: "45" is not a number from 0.1 to 30').waitFor();
    expect(await summary()).toBe("No film yet: To and Seconds per step need putting right.");

    // By keyboard: Enter in a field with a date that is not one says so too, and sends nothing.
    await field("To").fill("30 Feb 2026");
    await field("To").press("Enter");
    await dialog().getByText(`To: "30 Feb 2026" is not a date (not a valid calendar date): ${DATE_ENTRY_HELP}`).waitFor();

    await field("To").fill("2021");
    await field("Seconds per step").fill("0.5");
    expect(await make().isEnabled()).toBe(true);
    // Within From's year, so not before it: Mar to Dec 2021, ten months of six frames.
    expect(await summary()).toBe("10 steps · 60 frames · 5 s");
    expect(await events()).toEqual([]);
  });

  test("a film too long to make in the page is refused before it is asked for", async () => {
    await field("Seconds per step").fill("14");
    await field("Frames per second").selectOption("24");
    const message = "21,168 frames are more than 20,000, each drawn in this page: lower the seconds per step or the frames per second, or choose a longer step";
    await dialog().getByText(message).waitFor();
    expect(await summary()).toBe("63 steps · 21,168 frames · 14 min 42 s");
    expect(await page.getByRole("button", { name: "Make film", description: message }).isDisabled()).toBe(true);
    await field("Frames per second").selectOption("12");
    expect(await dialog().getByText(message).count()).toBe(0);
    expect(await make().isEnabled()).toBe(true);
  });

  test("formats this browser cannot write are disabled with their note; a fallback is only said", async () => {
    await page.getByRole("radio", { name: /^GIF/ }).check();
    await set({ support: SUPPORT });
    const gif = page.getByRole("radio", { name: /^GIF/ });
    expect(await gif.isDisabled()).toBe(true);
    await dialog().getByText(SUPPORT.gif.note).waitFor();
    const mp4 = page.getByRole("radio", { name: /^MP4/ });
    expect(await mp4.isEnabled()).toBe(true);
    expect(await mp4.getAttribute("name")).toBe("format");
    await dialog().getByText(/MP4 holds VP9 here/).waitFor();
    // GIF was chosen before the browser was asked: the film falls back to one it can write.
    expect(await page.getByRole("radio", { name: /^WebM/ }).isChecked()).toBe(true);
    await make().click();
    const sent = (await events()).at(-1);
    expect(sent?.type === "film-request" && sent.spec.format).toBe("webm");
  });

  test("Escape while a film is made closes the dialog, cancels the film and says so", async () => {
    // Made by keyboard this time: Enter in the title.
    await field("Title").press("Enter");
    expect((await events()).map((e) => e.type)).toEqual(["film-request"]);
    await set({ progress: { done: 50, total: 756 } });
    await dialog().getByText("Frame 50 of 756").waitFor();
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "hidden" });
    // The dialog's close event comes a task after it is hidden: wait for what it says.
    await page.getByRole("status").getByText("Film cancelled: the dialog was closed while it was being made.").waitFor({ state: "attached" });
    expect((await events()).map((e) => e.type)).toEqual(["film-request", "film-cancel"]);
    // The page is the person's again.
    await page.getByRole("button", { name: "Animate…" }).click();
    await dialog().getByText("The film was cancelled: the dialog was closed while it was being made.").waitFor();
    expect(await make().isEnabled()).toBe(true);
    // Closing when nothing is being made cancels nothing.
    await page.getByRole("button", { name: "Close" }).click();
    await dialog().waitFor({ state: "hidden" });
    // Let the close event's task run before reading what was sent.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    expect((await events()).map((e) => e.type)).toEqual(["film-request", "film-cancel"]);
  });
});

describe("dark theme", () => {
  test("idle, making and refused pass axe-core", async () => {
    await open("dark");
    await set({ support: SUPPORT });
    await shoot("idle-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await make().click();
    await set({ progress: { done: 120, total: 756 } });
    await shoot("making-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Cancel", exact: true }).click();
    await field("From").fill("someday");
    await field("From").press("Tab");
    await dialog().getByText(`From: "someday" is not a date: ${DATE_ENTRY_HELP}`).waitFor();
    await shoot("refused-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
