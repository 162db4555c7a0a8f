/**
 * Bringing one's own data into the explorer, in a real Chromium, the way a person does it: the
 * Import… dialog's file picker, a drop onto the page, the dialog's list, and a `?data=` link.
 * Everything is checked on screen against expectations worked out here from the files the test
 * writes or from the bundled data read in Node (test/support/plain-slice.ts): the status line,
 * the panels, the legend, what sigma draws (test/support/drawn.ts) and the graph's pixels.
 *
 * A file that cannot be read, a report closed without opening and a cancelled import each leave
 * a view the user had made (another date, a family off, an actor selected, the camera moved)
 * exactly as it was, address and pixels included. Labels and quotes written as HTML are shown as
 * text and run nothing; an imported data set survives a reload, and the user can switch back,
 * go back and forward, and delete it; unknown relation types are mapped as the user says.
 * Screenshots go to test-results/import/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { importFiles } from "../../src/import/import-files";
import { loadDataSet } from "../../src/model/load";
import { familyColour } from "../../src/look/palette";
import { relationColour } from "../../src/look/relation-look";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { drawn, type Drawn } from "../support/drawn";
import { ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
import { decodePng, pixelsChanged, type Picture } from "../support/pixels";
import { plainSlice } from "../support/plain-slice";
import { serveApp } from "../support/serve";

const SHOTS = resolve("test-results/import");
mkdirSync(SHOTS, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const bundled = loaded.dataSet;
/** The bundled data's latest start is in March 2026: the explorer opens on the last day of that month. */
const BUNDLED_OPENING = parseDay("2026-03-31");
const BUNDLED_NAME = "Afghanistan–Pakistan (bundled)";

// ---------------------------------------------------------------------------------------------
// What a relation list shows, read plainly from the rows the test writes: dates are a year, a
// month or a day; the explorer opens on the last day of the latest start; a relation is shown
// when that day falls between its start's first day and its end's last day ("ongoing": still
// on; no end: for its start's span only); actors with no shown relation are hidden. Nothing of the app's date or slice code is used.

interface Row {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly start: string;
  readonly end?: string;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DAY_MS = 86_400_000;

/** The first and last day (days since 1970, UTC) a date written as YYYY, YYYY-MM or YYYY-MM-DD covers. */
function covers(text: string): [number, number] {
  const [y, m, d] = text.split("-").map(Number);
  if (d) return [Date.UTC(y, m - 1, d) / DAY_MS, Date.UTC(y, m - 1, d) / DAY_MS];
  if (m) return [Date.UTC(y, m - 1, 1) / DAY_MS, Date.UTC(y, m, 0) / DAY_MS];
  return [Date.UTC(y, 0, 1) / DAY_MS, Date.UTC(y, 11, 31) / DAY_MS];
}

const dayText = (day: number): string => {
  const date = new Date(day * DAY_MS);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};

/** The opening view of a relation list: its day, the rows shown, and the names of the actors shown. */
function openingOf(rows: readonly Row[]): { at: number; shown: Row[]; actors: Set<string>; status: string } {
  const at = Math.max(...rows.map((r) => covers(r.start)[1]));
  const shown = rows.filter((r) => covers(r.start)[0] <= at && (r.end === "ongoing" || covers(r.end || r.start)[1] >= at));
  const actors = new Set(shown.flatMap((r) => [r.source, r.target]));
  return { at, shown, actors, status: `${shown.length} relation${shown.length === 1 ? "" : "s"} among ${actors.size} actors as of ${dayText(at)}` };
}

const csvText = (rows: readonly Row[]): string => ["source,target,type,start,end", ...rows.map((r) => [r.source, r.target, r.type, r.start, r.end ?? ""].map((v) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)).join(","))].join("\n");

const HOSTILE_LABEL = `<img src=x onerror="window.__pwned=1">`;
const HOSTILE_QUOTE = `<script>window.__pwned=2</script> and <b onmouseover="window.__pwned=3">bold</b>`;
const HOSTILE_ROWS: Row[] = [
  { source: HOSTILE_LABEL, target: "Pakistan", type: "airstrike", start: "2025-10" },
  { source: "Pakistan", target: "TTP", type: "truce", start: "2024-05", end: "2024-09" },
];
const hostileCsv = ["source,target,type,start,end,quote", `"${HOSTILE_LABEL.replaceAll('"', '""')}",Pakistan,airstrike,2025-10,,"${HOSTILE_QUOTE.replaceAll('"', '""')}"`, "Pakistan,TTP,truce,2024-05,2024-09,They agreed to stop."].join("\n");

/** Two of three relations of a type the taxonomy lacks, one of another; all three on at the opening day. */
const UNKNOWN_TYPE_ROWS: Row[] = [
  { source: "A", target: "B", type: "shelling", start: "2025-01", end: "2025-12" },
  { source: "B", target: "C", type: "shelling", start: "2025-02", end: "2025-12" },
  { source: "A", target: "C", type: "peace talks", start: "2025-03", end: "2025-12" },
];

/** A small data set of its own: one relation ended before the opening day, so three of four are shown. */
const EVENTS_ROWS: Row[] = [
  { source: "North", target: "South", type: "airstrike", start: "2024-02", end: "2024-06" },
  { source: "North", target: "East", type: "alliance", start: "2024-03", end: "ongoing" },
  { source: "East", target: "West", type: "mediation", start: "2023", end: "2025" },
  { source: "South", target: "West", type: "trade", start: "2024-07-15" },
];

/**
 * valid.csv with its actors file: the aliases Islamabad and Taliban fold onto the file's actors;
 * at the opening day, 31 Mar 2026, three of its four relations are on (the October 2025 strikes
 * are over), among 3 actors. Read without its actors file, five actors would be drawn.
 */
const VALID = ["valid.csv", "valid.actors.csv"].map((name) => ({ name, mimeType: "text/csv", buffer: readFileSync(`test/fixtures/import/csv/${name}`) }));
const VALID_LABELS = ["Pakistan", "Afghan Taliban", "TTP"];

// ---------------------------------------------------------------------------------------------

let browser: Browser;
let base: string;
let context: BrowserContext | undefined;
let page: Page;
let problems: ProblemLog | undefined;
/** A console error a test provokes on purpose (a link to a missing file answers 404). */
let expectedProblem: RegExp | null = null;

beforeAll(async () => {
  browser = await launchBrowser();
  base = (await serveApp()).url;
});

afterAll(async () => {
  await browser?.close();
});

watchProblems(
  () => problems,
  (p) => !!expectedProblem && expectedProblem.test(p),
);
beforeEach(() => {
  expectedProblem = null;
});
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A fresh browser profile (no data set kept yet) on the app at `query`. */
async function openApp(query = ""): Promise<void> {
  context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  problems = new ProblemLog(page);
  await page.goto(`${base}${query}`);
  await page.getByTestId("status").waitFor({ timeout: 30_000 });
}

const status = () => page.getByTestId("status").textContent();
const dataName = () => page.getByTestId("data-name").textContent();
const graph = () => page.locator("faultlines-app #graph");
const dialog = () => page.getByRole("dialog", { name: "Data sets" });
const fileInput = () => dialog().getByLabel("Choose files to import");
const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });
const file = (name: string, text: string, mimeType = "text/plain") => ({ name, mimeType, buffer: Buffer.from(text) });
const sorted = (values: Iterable<string>) => [...values].sort();
const drawnLabels = (d: Drawn) => sorted(d.actors.map((a) => a.label));

async function openDialog(): Promise<void> {
  await page.getByRole("button", { name: "Import…" }).click();
  await dialog().waitFor();
}

/** Chooses files with the dialog's picker, going back from an earlier report first, as a user must. */
async function choose(...files: { name: string; mimeType: string; buffer: Buffer }[] | string[]): Promise<void> {
  const back = dialog().getByRole("button", { name: "Back to data sets" });
  if (await back.isVisible()) await back.click();
  await fileInput().setInputFiles(files);
}

async function closeDialog(): Promise<void> {
  await dialog().getByRole("button", { name: "Close", exact: true }).click();
  await dialog().waitFor({ state: "hidden" });
}

/** Imports files through the dialog and opens the data set read from them. */
async function importAndOpen(...files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  if (!(await dialog().isVisible())) await openDialog();
  await choose(...files);
  await dialog().getByRole("button", { name: "Open data set" }).click({ timeout: 30_000 });
  await dialog().waitFor({ state: "hidden" });
}

/** Drops files on the graph area as the browser does: dragenter, dragover, then drop, carrying the same DataTransfer. */
async function dropFiles(files: { name: string; text: string }[], before?: () => Promise<void>): Promise<void> {
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer();
    for (const f of list) data.items.add(new File([f.text], f.name, { type: "text/plain" }));
    return data;
  }, files);
  await graph().dispatchEvent("dragenter", { dataTransfer: transfer });
  await graph().dispatchEvent("dragover", { dataTransfer: transfer });
  await before?.();
  await graph().dispatchEvent("drop", { dataTransfer: transfer });
}

/**
 * The view has come to rest: two looks at it half a second apart find the same graph pixels and
 * the same address, so sigma has drawn, the camera has stopped, and the address (written once
 * the view has been still for a moment) says where it stopped.
 */
async function viewAtRest(): Promise<Picture> {
  const look = async () => ({ picture: decodePng(await graph().screenshot()), url: page.url() });
  let last = await look();
  await expect
    .poll(
      async () => {
        const next = await look();
        const still = next.url === last.url && pixelsChanged(last.picture, next.picture, 0) === 0;
        last = next;
        return still;
      },
      { timeout: 20_000, interval: 500 },
    )
    .toBe(true);
  return last.picture;
}

interface Seen {
  url: string;
  status: string | null;
  heading: string[];
  legend: (string | null)[][];
  drawn: Drawn;
  graph: Picture;
}

/** Everything the person sees of the view: the address, the status line, the details heading, the legend's toggles, what sigma draws and the graph's pixels. */
async function seen(): Promise<Seen> {
  // Off the graph, on the header's title, so no actor is hovered.
  await page.mouse.move(60, 20);
  const picture = await viewAtRest();
  return {
    url: page.url(),
    status: await status(),
    heading: await page.locator("fl-details").getByRole("heading", { level: 2 }).allTextContents(),
    legend: await page.locator("fl-legend").locator("button[aria-pressed]").evaluateAll((els) => els.map((el) => [el.getAttribute("aria-label"), el.getAttribute("aria-pressed")])),
    drawn: await drawn(page),
    graph: picture,
  };
}

function expectSameView(after: Seen, before: Seen): void {
  const words = ({ url, status, heading, legend }: Seen) => ({ address: url, status, details: heading, legend });
  expect(words(after), "the address, the status line, the details panel and the legend").toEqual(words(before));
  expect(after.drawn, "what sigma draws").toEqual(before.drawn);
  expect(pixelsChanged(before.graph, after.graph), "pixels of the graph that changed").toBe(0);
}

/** The view after a year and a month back, the hostile family off, Pakistan selected and the camera zoomed in. */
const MADE_VIEW = { at: parseDay("2025-02-28"), hiddenFamilies: ["hostile"], selectedActor: "pakistan" };

/** Makes a view that is not the opening one, as a person would, and checks it is what the data says. */
async function makeView(): Promise<Seen> {
  const slider = page.getByRole("slider", { name: "As of date" });
  await slider.focus();
  await page.keyboard.press("PageDown");
  await page.keyboard.press("ArrowLeft");
  await page.locator("fl-legend").getByRole("button", { name: /^Hostile, / }).click();
  await page.keyboard.press("/");
  await page.keyboard.type("Pakistan");
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator("fl-details").getByRole("heading", { level: 2 }).textContent()).toBe("Pakistan");
  const box = (await graph().boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.4);
  await page.mouse.wheel(0, -120);
  // The camera is written to the address once it has stopped.
  await expect.poll(() => new URL(page.url()).searchParams.get("camera"), { timeout: 10_000 }).toBeTruthy();
  const view = await seen();
  const expected = plainSlice(bundled, MADE_VIEW);
  expect(view.status).toBe(`${expected.relations.length} relations among ${expected.visibleActors.length} actors as of 28 Feb 2025`);
  expect(sorted(view.drawn.relations.map((r) => r.id))).toEqual(sorted(expected.relations));
  expect(sorted(view.drawn.actors.map((a) => a.id))).toEqual(sorted(expected.visibleActors));
  const params = new URL(view.url).searchParams;
  expect([params.get("at"), params.get("hide-families"), params.get("actor")]).toEqual(["2025-02-28", "hostile", "pakistan"]);
  expect(view.legend.find(([name]) => name?.startsWith("Hostile, "))?.[1]).toBe("false");
  return view;
}

describe.sequential("a view the user made stays as it was", () => {
  test("when a file cannot be read, chosen with the picker or dropped on the page", async () => {
    await openApp();
    const before = await makeView();
    await shot("1a-view-before-failed-import");

    await openDialog();
    await choose(file("truncated.gexf", readFileSync("test/fixtures/import/gexf/truncated.gexf", "utf8")));
    const summary = dialog().getByTestId("summary");
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(/Nothing was imported from truncated\.gexf: 1 problem, listed below\. The data on screen is unchanged\./);
    await expect(dialog().locator("details li").first().textContent()).resolves.toMatch(/The XML is not well-formed.*Fix:.*damaged or was cut short/s);
    await expect(dialog().getByRole("button", { name: "Open data set" }).count()).resolves.toBe(0);
    await shot("1b-failed-import-report");
    await closeDialog();
    expectSameView(await seen(), before);

    // A drop on the page opens the dialog on its report, and closing it leaves the view too.
    await dropFiles([{ name: "all-rows-bad.csv", text: readFileSync("test/fixtures/import/csv/all-rows-bad.csv", "utf8") }]);
    await expect.poll(() => dialog().getByTestId("summary").textContent(), { timeout: 30_000 }).toMatch(/Nothing was imported from all-rows-bad\.csv/);
    await page.keyboard.press("Escape");
    await dialog().waitFor({ state: "hidden" });
    const after = await seen();
    expectSameView(after, before);
    await shot("1c-view-after-failed-imports");
  });

  test("when a report is closed without opening the data set", async () => {
    await openApp();
    const before = await makeView();
    await openDialog();
    await choose(...VALID);
    await expect.poll(() => dialog().getByTestId("summary").locator("p").first().textContent(), { timeout: 30_000 }).toMatch(/^Read 3 actors, 4 relations/);
    await dialog().getByRole("button", { name: "Back to data sets" }).click();
    await closeDialog();
    expectSameView(await seen(), before);
  });

  test("when an import is cancelled; the next import then works", async () => {
    await openApp();
    const before = await makeView();
    // A relation list of a few megabytes: its records and layout take seconds, time to cancel.
    const rows = ["source,target,type,start"];
    for (let i = 0; i < 200_000; i++) rows.push(`Actor ${i % 500},Actor ${(i * 7 + 1) % 500},airstrike,${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}`);
    const large = join(tmpdir(), `faultlines-large-${process.pid}.csv`);
    writeFileSync(large, rows.join("\n"));
    await openDialog();
    await choose(large);
    const bar = dialog().getByRole("progressbar");
    await bar.waitFor();
    await shot("2a-import-under-way");
    await dialog().getByRole("button", { name: "Cancel import" }).click();
    await bar.waitFor({ state: "detached" });
    await expect(fileInput().isEnabled()).resolves.toBe(true);
    await expect(dialog().getByTestId("summary").count()).resolves.toBe(0);
    await closeDialog();
    expectSameView(await seen(), before);

    await importAndOpen(...VALID);
    await expect.poll(dataName).toBe("valid");
    const shown = await drawn(page);
    expect(drawnLabels(shown)).toEqual(sorted(VALID_LABELS));
    expect(shown.relations).toHaveLength(3);
    expect(await status()).toBe("3 relations among 3 actors as of 31 Mar 2026");
  });
});

describe("an imported data set", () => {
  test("with labels and quotes written as HTML shows them as text and runs nothing", async () => {
    await openApp();
    await importAndOpen(file("hostile.csv", hostileCsv, "text/csv"));
    await expect.poll(dataName).toBe("hostile");
    const expected = openingOf(HOSTILE_ROWS);
    expect(await status()).toBe(expected.status);
    expect(drawnLabels(await drawn(page))).toEqual(sorted(expected.actors));
    // Find the actor by typing part of its label, as a user would, and open it.
    await page.keyboard.press("/");
    await page.keyboard.type("img src");
    await expect.poll(() => page.locator("fl-search").getByRole("option").first().textContent()).toContain(HOSTILE_LABEL);
    await page.keyboard.press("Enter");
    const details = page.locator("fl-details");
    await expect.poll(() => details.getByRole("heading", { level: 2 }).textContent()).toBe(HOSTILE_LABEL);
    await details.getByRole("button", { name: /^Air or drone strike/ }).first().click();
    await expect.poll(() => details.locator("blockquote").first().textContent()).toContain(HOSTILE_QUOTE);
    await shot("3-hostile-label-as-text");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Nothing of the file became an element anywhere, through every shadow root.
    const made = await page.evaluate(() => {
      let n = 0;
      const walk = (root: Document | ShadowRoot) => {
        n += root.querySelectorAll("img, script:not([type=module]):not([src]), [onerror], [onmouseover]").length;
        for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return n;
    });
    expect(made).toBe(0);
  });

  test("survives a reload; the user can switch to the bundled one, go back and forward, and delete it", async () => {
    await openApp();
    const events = openingOf(EVENTS_ROWS);
    const bundledOpening = plainSlice(bundled, { at: BUNDLED_OPENING });
    const bundledStatus = `${bundledOpening.relations.length} relations among ${bundledOpening.visibleActors.length} actors as of 31 Mar 2026`;
    const expectEvents = async () => {
      await expect.poll(dataName).toBe("events");
      expect(await status()).toBe(events.status);
      const d = await drawn(page);
      expect(drawnLabels(d)).toEqual(sorted(events.actors));
      expect(d.relations).toHaveLength(events.shown.length);
    };
    const expectBundled = async () => {
      await expect.poll(dataName).toBe(BUNDLED_NAME);
      expect(await status()).toBe(bundledStatus);
      expect(sorted((await drawn(page)).relations.map((r) => r.id))).toEqual(sorted(bundledOpening.relations));
    };

    await importAndOpen(file("events.csv", csvText(EVENTS_ROWS), "text/csv"));
    await expectEvents();
    const setId = new URL(page.url()).searchParams.get("set");
    expect(setId).toBeTruthy();
    const shownBefore = await seen();
    await page.reload();
    await page.getByTestId("status").waitFor();
    await expectEvents();
    expect(new URL(page.url()).searchParams.get("set")).toBe(setId);
    // Laid out once, kept with the data set: every actor where it was before the reload.
    const shownAfter = await seen();
    expect(shownAfter.drawn).toEqual(shownBefore.drawn);
    expect(pixelsChanged(shownBefore.graph, shownAfter.graph)).toBe(0);

    await openDialog();
    await expect(dialog().locator('li[aria-current="true"]').textContent()).resolves.toMatch(/events.*On screen.*4 actors, 4 relations · imported .* from events\.csv/s);
    await dialog().getByRole("button", { name: `Open ${BUNDLED_NAME}` }).click();
    await expectBundled();
    expect(new URL(page.url()).searchParams.has("set")).toBe(false);
    await page.goBack();
    await expectEvents();
    await page.goForward();
    await expectBundled();
    await page.goBack();
    await expectEvents();

    // Deleting the data set on screen asks first, then puts the bundled one back.
    await openDialog();
    await dialog().getByRole("button", { name: "Delete events", exact: true }).click();
    await expect(dialog().getByRole("button", { name: "Keep events" }).evaluate((el) => el.matches(":focus"))).resolves.toBe(true);
    await dialog().getByRole("button", { name: "Keep events" }).click();
    await expect(dialog().getByRole("button", { name: "Delete events", exact: true }).count()).resolves.toBe(1);
    await dialog().getByRole("button", { name: "Delete events", exact: true }).click();
    await dialog().getByRole("button", { name: "Yes, delete events" }).click();
    await expect.poll(() => dialog().locator("li[data-id]").allTextContents()).toEqual([expect.stringContaining(BUNDLED_NAME)]);
    await closeDialog();
    await expectBundled();
    await page.reload();
    await page.getByTestId("status").waitFor();
    await expectBundled();
    await openDialog();
    await expect(dialog().locator("li[data-id]").count()).resolves.toBe(1);
  });

  test("has its unknown relation types mapped as the user says, or kept as types of their own", async () => {
    await openApp();
    await openDialog();
    await choose(file("events.csv", csvText(UNKNOWN_TYPE_ROWS), "text/csv"));
    const shelling = dialog().getByRole("combobox", { name: "shelling" });
    await shelling.waitFor({ timeout: 30_000 });
    await shelling.selectOption({ label: "Armed clash" });
    await dialog().getByRole("button", { name: "Apply mapping" }).click();
    await expect.poll(() => dialog().locator("details li").allTextContents(), { timeout: 30_000 }).toContainEqual(expect.stringContaining('The relation type "shelling" is read as "Armed clash"'));
    await dialog().getByRole("button", { name: "Open data set" }).click();
    await expect.poll(dataName).toBe("events");
    const legend = page.locator("fl-legend");
    await expect(legend.getByRole("button", { name: "Armed clash, 2 active" }).count()).resolves.toBe(1);
    await expect(legend.getByRole("button", { name: "peace talks, 1 active" }).count()).resolves.toBe(1);
    await expect(legend.getByRole("button", { name: /^shelling/ }).count()).resolves.toBe(0);
    // Drawn in the colour of the family each type belongs to: armed clash's (a deed, at full
    // strength), and the family kept types are put in (with no CAMEO code, a standing tie's step).
    const hostile = bundled.taxonomy.types.find((t) => t.id === "armed-clash")!.family;
    const colours = (await drawn(page)).relations.map((r) => r.color);
    expect(colours.filter((c) => c === familyColour(hostile, "light"))).toHaveLength(2);
    expect(colours.filter((c) => c === relationColour("unclassified", "tie", "light"))).toHaveLength(1);
    expect(await status()).toBe(openingOf(UNKNOWN_TYPE_ROWS).status);
    await shot("4-mapped-types");
  });

  test("dropped on the page as two files, relations and actors, is read from both", async () => {
    await openApp();
    await dropFiles(
      VALID.map((f) => ({ name: f.name, text: f.buffer.toString("utf8") })),
      async () => {
        await page.getByTestId("drop-overlay").waitFor();
        await shot("5a-drop-overlay");
      },
    );
    await expect(page.getByTestId("drop-overlay").count()).resolves.toBe(0);
    await expect.poll(() => dialog().locator("#report-title").textContent(), { timeout: 30_000 }).toBe("Report on valid.csv");
    await dialog().getByRole("button", { name: "Open data set" }).click();
    await expect.poll(dataName).toBe("valid");
    // The actors file names the actors and folds the aliases Islamabad and Taliban onto them.
    const shown = await drawn(page);
    expect(drawnLabels(shown)).toEqual(sorted(VALID_LABELS));
    expect(shown.relations).toHaveLength(3);
    await shot("5b-dropped-data-set");
  });

  test("with ids such as __proto__ and constructor opens and draws them as plain names", async () => {
    await openApp();
    const text = readFileSync("test/fixtures/import/faultlines/proto-keys.json", "utf8");
    const written = JSON.parse(text) as { actors: { id: string; label: string }[]; relations: { id: string }[] };
    await importAndOpen(file("proto-keys.json", text, "application/json"));
    await expect.poll(dataName).toBe("proto-keys");
    const shown = await drawn(page);
    expect(sorted(shown.actors.map((a) => a.id))).toEqual(sorted(written.actors.map((a) => a.id)));
    expect(drawnLabels(shown)).toEqual(sorted(written.actors.map((a) => a.label)));
    expect(shown.relations.map((r) => r.id)).toEqual(written.relations.map((r) => r.id));
    const box = (await graph().boundingBox())!;
    for (const a of shown.actors) {
      expect(a.x, a.id).toBeGreaterThan(box.x);
      expect(a.x, a.id).toBeLessThan(box.x + box.width);
      expect(a.y, a.id).toBeGreaterThan(box.y);
      expect(a.y, a.id).toBeLessThan(box.y + box.height);
    }
    // Clicking an actor where it is drawn opens it.
    const target = shown.actors.find((a) => a.id === "constructor")!;
    await page.mouse.click(target.x, target.y);
    await expect.poll(() => page.locator("fl-details").getByRole("heading", { level: 2 }).textContent()).toBe("<script>alert(1)</script>");
    await shot("6-proto-keys");
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
  });

  test("axe-core finds nothing serious in the dialog with a report on it", async () => {
    await openApp();
    await openDialog();
    await choose(file("events.csv", csvText(UNKNOWN_TYPE_ROWS), "text/csv"));
    await dialog().getByRole("button", { name: "Open data set" }).waitFor({ timeout: 30_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

describe("a link to a file", () => {
  test("?data= opens a file of the app's own site, with what was off listed", async () => {
    const path = "/test/fixtures/import/gexf/off-schema.gexf";
    await openApp(`?data=${path}`);
    await expect.poll(dataName).toBe("off-schema");
    expect(await page.getByTestId("notice").textContent()).toMatch(/no namespace; read as GEXF anyway/);
    expect(new URL(page.url()).searchParams.get("data")).toBe(path);
    // Its two actors have no relation: hidden until the user shows actors with none.
    const node = importFiles([{ name: "off-schema.gexf", text: readFileSync(`.${path}`, "utf8") }], bundled.taxonomy);
    if (!node.ok) throw new Error("off-schema.gexf does not import in Node");
    expect((await drawn(page)).actors).toEqual([]);
    await page.locator("fl-legend").getByLabel("Hide actors with no visible relation").uncheck();
    await expect.poll(async () => drawnLabels(await drawn(page))).toEqual(sorted(node.dataSet.actors.map((a) => a.label)));
    expect(node.dataSet.actors.map((a) => a.label).sort()).toEqual(["A", "B"]);
    await shot("7-linked-file");
  });

  test("?data= of another site is refused, and the bundled data set is shown with the reason", async () => {
    await openApp(`?data=${encodeURIComponent("https://example.org/network.gexf")}`);
    await expect.poll(dataName).toBe(BUNDLED_NAME);
    expect(sorted((await drawn(page)).relations.map((r) => r.id))).toEqual(sorted(plainSlice(bundled, { at: BUNDLED_OPENING }).relations));
    expect(await page.getByTestId("notice").textContent()).toMatch(/on another site \(https:\/\/example\.org\)/);
  });

  test("a link to a file that is not there says so, and shows the bundled data", async () => {
    // The browser logs the 404 of the file the link names; that error is this test's own.
    expectedProblem = /404.*\/no\/such\/file\.gexf/;
    await openApp("?data=/no/such/file.gexf");
    await expect.poll(dataName).toBe(BUNDLED_NAME);
    expect(sorted((await drawn(page)).relations.map((r) => r.id))).toEqual(sorted(plainSlice(bundled, { at: BUNDLED_OPENING }).relations));
    expect(await page.getByTestId("notice").textContent()).toMatch(/file\.gexf named in this link is not on this site/);
  });

  test("a link to a data set this browser does not keep says so, and shows the bundled data at its opening", async () => {
    await openApp("?set=not-kept-here&at=2025-10-15");
    await expect.poll(dataName).toBe(BUNDLED_NAME);
    expect(await page.getByTestId("notice").textContent()).toMatch(/not kept in this browser/);
    const opening = plainSlice(bundled, { at: BUNDLED_OPENING });
    expect(sorted((await drawn(page)).relations.map((r) => r.id))).toEqual(sorted(opening.relations));
  });
});
