/**
 * The explorer end to end, on the bundled data set in a real Chromium, driven as a person drives
 * it (links, keys, clicks, the mouse) and checked against what a person sees: what sigma draws,
 * the status line, the slider, the address bar, the legend's counts, the details panel and the
 * pixels of the graph area and of downloaded files. Every expectation comes from the data read
 * in Node, either as facts of the data set written here as literals or as a plain scan of the
 * relations (test/support/plain-slice.ts), never from the app's own slicing. Screenshots of the
 * main views go to test-results/explorer/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { CANVAS, familyColour, possibleColour } from "../../src/look/palette";
import { relationColour, type Manner } from "../../src/look/relation-look";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { drawn, shownRelationIds, type Drawn } from "../support/drawn";
import { openPage, ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
import { decodePng, pixelsChanged, pixelsNear, type Picture, type Region } from "../support/pixels";
import { plainSlice, type PlainSlice, type PlainView } from "../support/plain-slice";
import { serveApp } from "../support/serve";

const SHOTS = resolve("test-results/explorer");
mkdirSync(SHOTS, { recursive: true });
console.log(`explorer screenshots: ${SHOTS}`);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const DATA = loaded.dataSet;
const LIGHT = CANVAS.light;
const relation = (id: string) => DATA.relations.find((r) => r.id === id)!;
const familyOfType = new Map(DATA.taxonomy.types.map((t) => [t.id, t.family]));

/** The day the explorer opens on: the last day of the latest dated start in the data (March 2026). */
const OPENING = { iso: "2026-03-31", words: "31 Mar 2026" };
/** A person's "as of" view of a day. */
const on = (iso: string): PlainView => ({ at: parseDay(iso) });

let browser: Browser;
let page: Page;
let appUrl: string;
const problems = new ProblemLog();
watchProblems(() => problems);
/** Page loads seen, and those the tests asked for: the dev server reloads the page when a source file changes. */
let loads = 0;
let opened = 0;

beforeAll(async () => {
  browser = await launchBrowser();
  appUrl = (await serveApp()).url;
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  problems.watch(page);
  page.on("load", () => loads++);
});

afterEach(() => {
  expect(loads, "the page reloaded by itself during the test (a source file changed under the dev server?)").toBe(opened);
});

afterAll(async () => {
  await browser?.close();
});

const statusLine = (p: Page = page) => p.getByRole("main").getByRole("status");
const slider = (name = "As of date", p: Page = page) => p.getByRole("slider", { name });
const legend = () => page.locator("fl-legend");
const details = () => page.locator("fl-details");
const graphArea = (p: Page = page) => p.getByRole("application", { name: /^Graph: / });
const shot = (name: string, p: Page = page) => p.screenshot({ path: `${SHOTS}/${name}.png` });
const sorted = (ids: Iterable<string>) => [...ids].sort();

/** Opens the explorer at a link (the query after "?"), as someone following a shared link does. */
async function open(query = ""): Promise<void> {
  opened++;
  await page.goto(query ? `${appUrl}?${query}` : appUrl);
  await statusLine().waitFor();
}

/** How long to wait for what is on screen to follow a change: long, to catch a hang, not to time anything. */
const POLL = { timeout: 10_000 };
const poll = <T>(read: () => T | Promise<T>, message?: string) => expect.poll(read, { ...POLL, message });

/** What the status line should say for a plain slice. */
const summary = (slice: PlainSlice, when: string) =>
  `${slice.relations.length} relation${slice.relations.length === 1 ? "" : "s"} among ${slice.visibleActors.length} actors ${when}`;

/** What sigma draws, reduced to what a person can tell apart: relations and actors in colour, and how many are drawn faded. */
function seen(d: Drawn, theme: "light" | "dark" = "light") {
  const canvas = CANVAS[theme];
  const relations = shownRelationIds(d, canvas.fadedEdge);
  const actors = d.actors.filter((a) => a.color !== canvas.faded).map((a) => a.id);
  return { relations: sorted(relations), actors: sorted(actors), fadedRelations: d.relations.length - relations.length, fadedActors: d.actors.length - actors.length };
}

/**
 * Waits until sigma draws exactly the plain slice of `view` (no relation or actor more or less,
 * nothing faded unless `faded`), and the status line says its counts `when` (plus `extra`).
 */
async function expectShows(view: PlainView, when: string, options: { extra?: string; faded?: boolean; theme?: "light" | "dark" } = {}): Promise<PlainSlice> {
  const expected = plainSlice(DATA, view);
  const faded = options.faded ?? false;
  await poll(async () => seen(await drawn(page), options.theme)).toEqual({
    relations: sorted(expected.relations),
    actors: sorted(expected.visibleActors),
    fadedRelations: faded ? DATA.relations.length - expected.relations.length : 0,
    fadedActors: faded ? DATA.actors.length - expected.visibleActors.length : 0,
  });
  await poll(() => statusLine().textContent()).toBe(summary(expected, when) + (options.extra ?? ""));
  return expected;
}

/**
 * Waits until the link in the address bar describes the view `query` (it updates once the view
 * settles). Where the camera is (after a search centres an actor, say) is left out.
 */
function expectLink(query: string) {
  const view = () => {
    const params = new URLSearchParams(new URL(page.url()).search);
    params.delete("camera");
    return params.toString();
  };
  return poll(view).toBe(query);
}

/** Where sigma draws an actor, on the page. */
async function actorAt(id: string): Promise<{ x: number; y: number }> {
  const actor = (await drawn(page)).actors.find((a) => a.id === id);
  if (!actor) throw new Error(`${id} is not drawn`);
  return { x: actor.x, y: actor.y };
}

/**
 * The explorer at a link on a page of its own whose timers and animation frames run only when
 * the test moves its clock (`page.clock.runFor`): playback steps and layout frames are then
 * counted exactly, and "nothing more happens" is checked over a known span, without sleeping.
 * The clock is installed once the data is on screen: the date library the loader uses does not
 * parse under Playwright's fake Date.
 */
async function openWithClock(query: string): Promise<{ page: Page; problems: ProblemLog }> {
  const opened = await openPage(browser, query ? `${appUrl}?${query}` : appUrl);
  await statusLine(opened.page).waitFor();
  await opened.page.clock.install();
  await opened.page.clock.pauseAt((await opened.page.evaluate(() => Date.now())) + 1000);
  return opened;
}

/** A screenshot of the graph area, decoded. */
const graphPicture = async (p: Page = page): Promise<Picture> => decodePng(await graphArea(p).screenshot());

describe.sequential("the explorer follows the data through time", () => {
  test("opens on the data's latest date, drawing what the data says then", async () => {
    await open();
    const slice = await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
    expect(slice.relations.length).toBeGreaterThan(40);
    await poll(() => slider().getAttribute("aria-valuetext")).toBe(OPENING.words);
    expect(page.url()).toBe(appUrl);
    await shot("1-opening-light");
  });

  // Facts of the bundled data, read from graph-data/relations.yaml: each relation's periods, as
  // the file gives them. A month-precision date covers the whole month, a year the whole year.
  const FACTS: { iso: string; words: string; drawn: string[]; notDrawn: string[] }[] = [
    // "2025-10": Pakistan's first airstrikes on Kabul, in October 2025.
    { iso: "2025-10-15", words: "15 Oct 2025", drawn: ["pakistan-airstrikes-kabul-2025-10", "india-hosts-amir-muttaqi-2025-10"], notDrawn: [] },
    { iso: "2025-10-31", words: "31 Oct 2025", drawn: ["pakistan-airstrikes-kabul-2025-10"], notDrawn: [] },
    { iso: "2025-09-30", words: "30 Sep 2025", drawn: ["pakistan-afghan-taliban-war"], notDrawn: ["pakistan-airstrikes-kabul-2025-10", "india-hosts-amir-muttaqi-2025-10"] },
    { iso: "2025-11-01", words: "1 Nov 2025", drawn: ["qatar-mediation-pakistan"], notDrawn: ["pakistan-airstrikes-kabul-2025-10"] },
    // "2026-02-27": one day only, the threat of open war.
    { iso: "2026-02-27", words: "27 Feb 2026", drawn: ["pakistan-threat-open-war-afghan-taliban-2026-02-27"], notDrawn: [] },
    { iso: "2026-02-28", words: "28 Feb 2026", drawn: ["pakistan-airstrikes-afghan-taliban-2026-02"], notDrawn: ["pakistan-threat-open-war-afghan-taliban-2026-02-27"] },
    // "2009/2018" and "2013/2018": the U.S. drone campaigns against the TTP and Fazlullah's
    // leadership end with 2018; "2009/2013": Hakimullah's ended before.
    { iso: "2018-12-31", words: "31 Dec 2018", drawn: ["united-states-drone-strikes-ttp", "mullah-fazlullah-leads-ttp"], notDrawn: ["hakimullah-mehsud-leads-ttp"] },
    { iso: "2019-01-01", words: "1 Jan 2019", drawn: ["ttp-insurgency-pakistan"], notDrawn: ["united-states-drone-strikes-ttp", "mullah-fazlullah-leads-ttp"] },
  ];

  for (const fact of FACTS)
    test(`on ${fact.words}, a link draws ${fact.drawn.join(", ")}${fact.notDrawn.length ? ` and not ${fact.notDrawn.join(", ")}` : ""}`, async () => {
      await open(`at=${fact.iso}`);
      await poll(() => slider().getAttribute("aria-valuetext")).toBe(fact.words);
      await expectShows(on(fact.iso), `as of ${fact.words}`);
      const ids = (await drawn(page)).relations.map((r) => r.id);
      for (const id of fact.drawn) expect(ids, `${id} on ${fact.iso}`).toContain(id);
      for (const id of fact.notDrawn) expect(ids, `${id} on ${fact.iso}`).not.toContain(id);
    });

  test("the people of a relation appear and go with it: Amir Muttaqi only in October 2025", async () => {
    await open("at=2025-10-15");
    await poll(async () => (await drawn(page)).actors.map((a) => a.id)).toContain("amir-muttaqi");
    await open("at=2025-09-30");
    await expectShows(on("2025-09-30"), "as of 30 Sep 2025");
    expect((await drawn(page)).actors.map((a) => a.id)).not.toContain("amir-muttaqi");
  });

  test("arrow keys, Page Up/Down and Home/End on the date slider step the date; what is drawn follows", async () => {
    await open();
    await slider().focus();
    // Month and year steps land on month ends (31 Mar, 28 Feb, 31 Mar: no drift); End is the
    // latest dated evidence, 31 Mar 2026, not the 31 Dec 2026 year-only ends allow.
    const steps: [key: string, iso: string, words: string][] = [
      ["ArrowLeft", "2026-02-28", "28 Feb 2026"],
      ["PageDown", "2025-02-28", "28 Feb 2025"],
      ["ArrowRight", "2025-03-31", "31 Mar 2025"],
      ["PageUp", "2026-03-31", "31 Mar 2026"],
      ["Shift+ArrowLeft", "2025-03-31", "31 Mar 2025"],
      ["Home", "2001-01-01", "1 Jan 2001"],
      ["End", "2026-03-31", "31 Mar 2026"],
    ];
    for (const [key, iso, words] of steps) {
      await page.keyboard.press(key);
      await poll(() => slider().getAttribute("aria-valuetext"), `after ${key}`).toBe(words);
      await expectShows(on(iso), `as of ${words}`);
    }
    await expectLink("");
    await page.keyboard.press("ArrowLeft");
    await expectShows(on("2026-02-28"), "as of 28 Feb 2026");
    await expectLink("at=2026-02-28");
  });

  test("play steps the date a month at a time, to each month's end, and pause stops it (the page's clock driven by the test)", async () => {
    const { page: played, problems: own } = await openWithClock("at=2025-06-30");
    try {
      const date = () => slider("As of date", played).getAttribute("aria-valuetext");
      const status = () => statusLine(played).textContent();
      const drawnIds = async () => sorted(shownRelationIds(await drawn(played), LIGHT.fadedEdge));
      await played.getByRole("button", { name: "Play" }).click();
      // The default speed is 2 months a second: the first step after 500 ms; a month that
      // passed changes is held longer (at most four times), so the next steps are awaited.
      await played.clock.runFor(499);
      expect(await date()).toBe("30 Jun 2025");
      await played.clock.runFor(1);
      await poll(date).toBe("31 Jul 2025");
      const seen = ["31 Jul 2025"];
      for (let i = 0; i < 50 && seen.at(-1) !== "30 Sep 2025"; i++) {
        await played.clock.runFor(100);
        const now = await date();
        if (now !== seen.at(-1)) seen.push(now!);
      }
      expect(seen).toEqual(["31 Jul 2025", "31 Aug 2025", "30 Sep 2025"]);
      const september = plainSlice(DATA, on("2025-09-30"));
      await poll(status).toBe(summary(september, "as of 30 Sep 2025"));
      await poll(drawnIds).toEqual(sorted(september.relations));
      await played.getByRole("button", { name: "Pause" }).click();
      await played.getByRole("button", { name: "Play" }).waitFor();
      await played.clock.runFor(5000);
      expect(await date()).toBe("30 Sep 2025");
      expect(await status()).toBe(summary(september, "as of 30 Sep 2025"));
      expect(await drawnIds()).toEqual(sorted(september.relations));
      expect(new URL(played.url()).search, "the link names the day playback stopped on").toBe("?at=2025-09-30");
      expect(own.take()).toEqual([]);
    } finally {
      await played.close();
    }
  });

  test("window mode draws the relations active at any time in the window", async () => {
    await open();
    await page.getByRole("button", { name: "Window" }).click();
    // A fresh window is the six months up to the date.
    await poll(() => slider("Window start").getAttribute("aria-valuetext")).toBe("30 Sep 2025");
    expect(await slider("Window end").getAttribute("aria-valuetext")).toBe("31 Mar 2026");
    const window = await expectShows({ mode: "window", from: parseDay("2025-09-30"), to: parseDay("2026-03-31") }, "between 30 Sep 2025 and 31 Mar 2026");
    // The Kabul strikes of October 2025 are in the window though not active on its last day.
    expect(window.relations).toContain("pakistan-airstrikes-kabul-2025-10");
    await expectLink("from=2025-09-30&to=2026-03-31");
    await shot("7-window");
    await slider("Window start").focus();
    // A year back, and a window's start steps to a month's first day.
    await page.keyboard.press("PageDown");
    await expectShows({ mode: "window", from: parseDay("2024-09-01"), to: parseDay("2026-03-31") }, "between 1 Sep 2024 and 31 Mar 2026");
    await page.getByRole("button", { name: "As of" }).click();
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
  });

  test("the timeline zooms to recent years; Home then goes to the start of that span", async () => {
    await open();
    await page.getByRole("combobox", { name: "Span" }).selectOption({ label: "Last 2 years" });
    // The 24 months up to the latest dated evidence, 31 Mar 2026.
    await poll(() => slider().getAttribute("min")).toBe(String(parseDay("2024-04-01")));
    expect(await slider().getAttribute("aria-valuetext")).toBe(OPENING.words);
    await shot("7a-timeline-last-2-years");
    await slider().focus();
    await page.keyboard.press("Home");
    await expectShows(on("2024-04-01"), "as of 1 Apr 2024");
  });
});

describe.sequential("the filters", () => {
  test("turning the Hostile family off hides its relations, and on again brings them back", async () => {
    await open();
    const hostile = legend().getByRole("button", { name: /^Hostile, / });
    await hostile.click();
    await expect(hostile.getAttribute("aria-pressed")).resolves.toBe("false");
    const off = await expectShows({ ...on(OPENING.iso), hiddenFamilies: ["hostile"] }, `as of ${OPENING.words}`);
    expect(off.relations.some((id) => familyOfType.get(relation(id).type) === "hostile")).toBe(false);
    await expectLink("hide-families=hostile");
    await shot("2-hostile-off");
    await hostile.click();
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
  });

  test("turning a relation type off hides only that type", async () => {
    await open();
    await legend().getByRole("button", { name: /^Air or drone strike, / }).click();
    const off = await expectShows({ ...on(OPENING.iso), hiddenTypes: ["airstrike"] }, `as of ${OPENING.words}`);
    expect(off.relations).not.toContain("pakistan-airstrikes-afghan-taliban-2026-02");
    expect(off.relations).toContain("pakistan-afghan-taliban-war");
    await expectLink("hide-types=airstrike");
  });

  test("turning an actor kind off hides its actors and their relations", async () => {
    await open();
    await legend().getByRole("button", { name: /^Person, / }).click();
    const off = await expectShows({ ...on(OPENING.iso), hiddenKinds: ["person"] }, `as of ${OPENING.words}`);
    expect(off.visibleActors).not.toContain("noor-wali-mehsud");
    expect(off.relations).not.toContain("noor-wali-mehsud-leads-ttp");
    await legend().getByRole("button", { name: /^Armed group, / }).click();
    await expectShows({ ...on(OPENING.iso), hiddenKinds: ["person", "armed-group"] }, `as of ${OPENING.words}`);
    await legend().getByRole("button", { name: "Show all actor kinds" }).click();
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
  });

  test("a minimum confidence hides the relations rated below it", async () => {
    await open();
    await legend().getByRole("radio", { name: "Medium" }).check();
    await expectShows({ ...on(OPENING.iso), minConfidence: "medium" }, `as of ${OPENING.words}`);
    await legend().getByRole("radio", { name: "High" }).check();
    const high = await expectShows({ ...on(OPENING.iso), minConfidence: "high" }, `as of ${OPENING.words}`);
    // The war of 2026 (rated low) is gone; the Pakistan–Taliban war (rated high) stays.
    expect(high.relations).not.toContain("iran-united-states-war");
    expect(high.relations).toContain("pakistan-afghan-taliban-war");
    await expectLink("confidence=high");
  });

  test("with every family off, the view says so instead of showing a blank", async () => {
    await open();
    for (const family of ["Hostile", "Cooperative", "Mediating", "Structural"]) await legend().getByRole("button", { name: new RegExp(`^${family}, `) }).click();
    await poll(() => page.getByTestId("empty").textContent()).toBe(`No relations match the filters on ${OPENING.words}`);
    await expectShows({ ...on(OPENING.iso), hiddenFamilies: ["hostile", "cooperative", "mediating", "structural"] }, `as of ${OPENING.words}`);
    await shot("8-empty");
    await legend().getByRole("button", { name: "Show all relation types" }).click();
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
    await expect(page.getByTestId("empty").count()).resolves.toBe(0);
  });
});

/** The legend as a person reads it: each row's label with the count in its accessible name and the count shown beside it. */
async function legendRows(): Promise<{ label: string; named: number; shown: number; unit: string }[]> {
  const rows = await legend().getByRole("button", { name: /, \d+ (active|actors?)$/ }).all();
  return Promise.all(
    rows.map(async (row) => {
      // The name in the accessibility tree, as a screen reader says it: '- button "Hostile, 23 active" [pressed]'.
      const name = /^- button "(.*)"/.exec(await row.ariaSnapshot())![1];
      const [, label, named, unit] = /^(.*?), (?:\d+ off, )?(\d+) (active|actors?)$/.exec(name)!;
      const text = (await row.innerText()).trim().split("\n").map((s) => s.trim()).filter(Boolean);
      return { label, named: Number(named), shown: Number(text[text.length - 1]), unit };
    }),
  );
}

describe.sequential("the legend's counts", () => {
  const typeLabel = new Map(DATA.taxonomy.types.map((t) => [t.label, t.id]));
  const familyLabel = new Map(DATA.taxonomy.families.map((f) => [f.label, f.id]));
  const kindLabel = new Map(DATA.taxonomy.kinds.map((k) => [k.label, k.id]));

  /** The counts the legend shows, by id, after checking that each row's visible count is the one its name says. */
  async function legendCounts() {
    const rows = await legendRows();
    const counts = { types: {} as Record<string, number>, families: {} as Record<string, number>, kinds: {} as Record<string, number> };
    for (const row of rows) {
      expect(row.shown, `the count shown beside "${row.label}"`).toBe(row.named);
      if (row.unit === "active" && familyLabel.has(row.label)) counts.families[familyLabel.get(row.label)!] = row.named;
      else if (row.unit === "active") counts.types[typeLabel.get(row.label)!] = row.named;
      else counts.kinds[kindLabel.get(row.label)!] = row.named;
    }
    return counts;
  }

  const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));
  const everyId = (ids: readonly { id: string }[], counts: Record<string, number>) => Object.fromEntries(ids.map(({ id }) => [id, counts[id] ?? 0]));

  test("beside each family, type and kind, the number the data has on that day, on two days and under a filter", async () => {
    // Opening day: the listed types are those with a relation active, each with its count.
    await open();
    const march = plainSlice(DATA, on(OPENING.iso));
    await poll(legendCounts).toEqual({
      types: { ...march.typeCounts },
      families: everyId(DATA.taxonomy.families, march.familyCounts),
      kinds: everyId(DATA.taxonomy.kinds, march.kindCounts),
    });

    // Another day, every type listed: the counts change with the date, zero included.
    await open("at=2018-12-31");
    await legend().getByRole("checkbox", { name: /List types with none active/ }).check();
    const end2018 = plainSlice(DATA, on("2018-12-31"));
    await poll(legendCounts).toEqual({
      types: everyId(DATA.taxonomy.types, end2018.typeCounts),
      families: everyId(DATA.taxonomy.families, end2018.familyCounts),
      kinds: everyId(DATA.taxonomy.kinds, end2018.kindCounts),
    });
    expect(nonZero(end2018.typeCounts)).not.toEqual(nonZero(march.typeCounts));

    // A filter on: high confidence only and people hidden. Type counts honour both; kind counts
    // honour the confidence and not the kind toggles (they say what turning a kind on would show).
    await legend().getByRole("radio", { name: "High" }).check();
    await legend().getByRole("button", { name: /^Person, / }).click();
    const filtered = plainSlice(DATA, { ...on("2018-12-31"), minConfidence: "high", hiddenKinds: ["person"] });
    await poll(legendCounts).toEqual({
      types: everyId(DATA.taxonomy.types, filtered.typeCounts),
      families: everyId(DATA.taxonomy.families, filtered.familyCounts),
      kinds: everyId(DATA.taxonomy.kinds, filtered.kindCounts),
    });
    expect(filtered.typeCounts).not.toEqual(end2018.typeCounts);
    await shot("2b-legend-counts-2018-filtered");
  });
});

describe.sequential("selection, ego view, hover and fade", () => {
  test("search finds an actor by alias and selects it; the panel shows it and the link names it", async () => {
    await open();
    await page.keyboard.press("/");
    await page.keyboard.type("ISIS-K");
    await page.keyboard.press("Enter");
    await poll(() => details().getByRole("heading", { level: 2 }).textContent()).toBe("ISKP");
    await expectLink("actor=iskp");
    await expectShows({ ...on(OPENING.iso), selectedActor: "iskp" }, `as of ${OPENING.words}`);
    await shot("3-search-selects-iskp");
  });

  test("a selected actor is drawn even on a day it has no relation", async () => {
    // Noor Wali Mehsud leads the TTP from 2018 at the earliest: in 2010 he has no relation and is not drawn...
    await open("at=2010-06-30");
    await expectShows(on("2010-06-30"), "as of 30 Jun 2010");
    expect((await drawn(page)).actors.map((a) => a.id)).not.toContain("noor-wali-mehsud");
    // ...until someone looks him up.
    await page.getByRole("combobox", { name: "Search actors" }).fill("Noor Wali");
    await page.keyboard.press("Enter");
    await poll(() => details().getByRole("heading", { level: 2 }).textContent()).toBe("Noor Wali Mehsud");
    await expectShows({ ...on("2010-06-30"), selectedActor: "noor-wali-mehsud" }, "as of 30 Jun 2010");
    await poll(() => details().getByText("No relations active as of 30 Jun 2010").count()).toBe(1);
  });

  test("clicking an actor on the canvas selects it; a relation in the panel shows its quoted evidence and source", async () => {
    await open();
    const point = await actorAt("pakistan");
    await page.mouse.click(point.x, point.y);
    await poll(() => details().getByRole("heading", { level: 2 }).textContent()).toBe("Pakistan");
    await expectLink("actor=pakistan");
    const strikes = relation("pakistan-airstrikes-afghan-taliban-2026-02");
    await details().getByRole("button", { name: /^Air or drone strike ?, from Pakistan to Afghan Taliban, / }).click();
    await poll(() => details().locator("blockquote").allTextContents()).toEqual(strikes.evidence.map((e) => e.quote));
    await expect(details().getByText("Afghanistan-Pakistan: The Overlooked War").count()).resolves.toBeGreaterThan(0);
    await expectLink(`actor=pakistan&relation=${strikes.id}`);
    await shot("4-relation-evidence");
  });

  test("clicking a relation on the canvas opens its evidence", async () => {
    await open();
    // A pair tied by one relation only, so it is drawn straight: a point on the line, a third of
    // the way from Noor Wali Mehsud (its midpoint lies by the Pakistani militant groups).
    const leads = relation("noor-wali-mehsud-leads-ttp");
    const a = await actorAt(leads.source);
    const b = await actorAt(leads.target);
    const at = { x: a.x + (b.x - a.x) * 0.3, y: a.y + (b.y - a.y) * 0.3 };
    await page.mouse.move(at.x, at.y);
    await page.mouse.click(at.x, at.y);
    await poll(() => details().locator("blockquote").allTextContents()).toEqual(leads.evidence.map((e) => e.quote));
    await poll(() => details().getByRole("heading", { level: 2 }).textContent()).toBe("Leads");
    await expectLink(`relation=${leads.id}`);
    // The selected relation is drawn thicker than its like.
    const drawnLeads = (await drawn(page)).relations.find((r) => r.id === leads.id)!;
    const other = (await drawn(page)).relations.find((r) => r.id === "imran-khan-leads-pti")!;
    expect(drawnLeads.size).toBeGreaterThan(other.size);
    await shot("4b-canvas-relation-click");
    await details().getByRole("button", { name: "Close" }).click();
    await poll(() => details().getByText(/Click an actor or a relation/).count()).toBe(1);
    await expectLink("");
  });

  test("the ego view draws only an actor and its neighbours, to one hop and to two", async () => {
    await open("actor=pakistan");
    await details().getByRole("button", { name: /^1 hop$/ }).click();
    const one = await expectShows({ ...on(OPENING.iso), ego: { actor: "pakistan", depth: 1 }, selectedActor: "pakistan" }, `as of ${OPENING.words}`, {
      extra: " · ego view of Pakistan, 1 hop",
    });
    expect(one.visibleActors).not.toContain("noor-wali-mehsud");
    await expectLink("actor=pakistan&ego=pakistan%3A1");
    await shot("5-ego-pakistan");
    await details().getByRole("button", { name: /^2 hops$/ }).click();
    const two = await expectShows({ ...on(OPENING.iso), ego: { actor: "pakistan", depth: 2 }, selectedActor: "pakistan" }, `as of ${OPENING.words}`, {
      extra: " · ego view of Pakistan, 2 hops",
    });
    expect(two.visibleActors.length).toBeGreaterThan(one.visibleActors.length);
    await details().getByRole("button", { name: "Show everything" }).click();
    await expectShows({ ...on(OPENING.iso), selectedActor: "pakistan" }, `as of ${OPENING.words}`);
  });

  test("hovering an actor keeps it, its neighbours and its relations in colour and fades the rest", async () => {
    await open();
    const point = await actorAt("ttp");
    await page.mouse.move(point.x, point.y);
    const slice = plainSlice(DATA, on(OPENING.iso));
    const touching = slice.relations.filter((id) => [relation(id).source, relation(id).target].includes("ttp"));
    const neighbours = new Set(touching.flatMap((id) => [relation(id).source, relation(id).target]));
    await poll(async () => seen(await drawn(page))).toEqual({
      relations: sorted(touching),
      actors: sorted(neighbours),
      fadedRelations: slice.relations.length - touching.length,
      fadedActors: slice.visibleActors.length - neighbours.size,
    });
    await shot("6-hover-ttp");
    await page.mouse.move(5, 300);
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
  });

  test("fade draws filtered relations faded where hiding leaves the background", async () => {
    await open();
    await legend().getByRole("button", { name: /^Hostile, / }).click();
    await expectShows({ ...on(OPENING.iso), hiddenFamilies: ["hostile"] }, `as of ${OPENING.words}`);
    const hidden = await graphPicture();
    await legend().getByRole("checkbox", { name: /^Fade filtered relations/ }).check();
    // Every relation of the data set is drawn: those of the view in colour, the others faded.
    await expectShows({ ...on(OPENING.iso), hiddenFamilies: ["hostile"] }, `as of ${OPENING.words}`, { faded: true });
    await expectLink("hide-families=hostile&fade=on");
    const faded = decodePng(await graphArea().screenshot({ path: `${SHOTS}/7b-hostile-faded.png` }));
    const fadedInk = (p: Picture) => pixelsNear(p, LIGHT.fadedEdge, 3);
    // Faded context is drawn as lines of its own (faded relations of one pair and family share
    // one, as shown ones do): hundreds of pixels more of the faded ink than the few that
    // anti-aliasing leaves without them.
    expect(fadedInk(faded), "pixels of faded relations with fade on").toBeGreaterThan(fadedInk(hidden) + 500);
    // Neither draws hostile relations in their colour.
    expect(pixelsNear(faded, familyColour("hostile", "light"), 10)).toBeLessThan(20);
  });
});

/** Every ink a family's relations are drawn in: its manners' steps, and possible. */
const familyInks = (family: string, theme: "light" | "dark"): string[] => [...(["deed", "tie", "word"] as Manner[]).map((m) => relationColour(family, m, theme)), possibleColour(family, theme)];

describe.sequential("the canvas", () => {
  const hostileInk = (p: Picture) => pixelsNear(p, familyColour("hostile", "light"), 10);

  test("hostile relations are painted in the hostile colour, and not at all with the family off", async () => {
    await open();
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`);
    const on_ = await graphPicture();
    await legend().getByRole("button", { name: /^Hostile, / }).click();
    await expectShows({ ...on(OPENING.iso), hiddenFamilies: ["hostile"] }, `as of ${OPENING.words}`);
    const off = await graphPicture();
    expect(hostileInk(on_), "hostile-coloured pixels with Hostile on").toBeGreaterThan(500);
    expect(hostileInk(off), "hostile-coloured pixels with Hostile off").toBeLessThan(20);
    // Other families are still painted.
    expect(pixelsNear(off, familyColour("cooperative", "light"), 10)).toBeGreaterThan(200);
  });

  test("the graph is repainted when the date moves: fewer mediating relations, fewer mediating pixels", async () => {
    await open();
    const march = await graphPicture();
    await slider().focus();
    await page.keyboard.press("ArrowLeft");
    const feb = await expectShows(on("2026-02-28"), "as of 28 Feb 2026");
    const mar = plainSlice(DATA, on(OPENING.iso));
    expect(feb.familyCounts.mediating).toBeLessThan(mar.familyCounts.mediating);
    // Mediating relations only possible on the date (most of them, on both days) are drawn as
    // thin light dashes, whose ink the antialiased edges of the solid ones share: both inks count,
    // and the drop is smaller than with every relation solid, where it was more than half.
    const mediating = (p: Picture) => familyInks("mediating", "light").reduce((sum, ink) => sum + pixelsNear(p, ink, 10), 0);
    await poll(async () => mediating(await graphPicture())).toBeLessThan(mediating(march) * 0.8);
  });
});

describe.sequential("appearance and accessibility", () => {
  test("axe-core finds no serious or critical violation, in light and dark; dark draws with the dark palette", async () => {
    await open();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Dark theme" }).click();
    await poll(() => page.getByRole("button", { name: "Dark theme" }).getAttribute("aria-pressed")).toBe("true");
    const dark = plainSlice(DATA, on(OPENING.iso));
    const darkColours = new Set(DATA.taxonomy.families.flatMap((f) => familyInks(f.id, "dark")));
    await poll(async () => (await drawn(page)).relations.every((r) => darkColours.has(r.color))).toBe(true);
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`, { theme: "dark" });
    await expectLink("theme=dark");
    // The graph area's background is the dark canvas.
    await poll(async () => {
      const picture = await graphPicture();
      return pixelsNear(picture, CANVAS.dark.background, 6) / (picture.width * picture.height);
    }).toBeGreaterThan(0.6);
    expect(dark.relations.length).toBeGreaterThan(0);
    await shot("9-dark");
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("works at 1920×1080: the graph grows, the timeline stays on screen, the drawing is the same", async () => {
    await open("theme=dark");
    const before = (await graphArea().boundingBox())!;
    await page.setViewportSize({ width: 1920, height: 1080 });
    await poll(async () => (await graphArea().boundingBox())!.width).toBeGreaterThan(before.width + 400);
    await expectShows(on(OPENING.iso), `as of ${OPENING.words}`, { theme: "dark" });
    // Every drawn actor lies within the graph area.
    const box = (await graphArea().boundingBox())!;
    for (const a of (await drawn(page)).actors) {
      expect(a.x, a.id).toBeGreaterThanOrEqual(box.x);
      expect(a.x, a.id).toBeLessThanOrEqual(box.x + box.width);
      expect(a.y, a.id).toBeGreaterThanOrEqual(box.y);
      expect(a.y, a.id).toBeLessThanOrEqual(box.y + box.height);
    }
    await shot("10-dark-1920");
    const timeline = (await page.locator("fl-timeline").boundingBox())!;
    expect(timeline.y + timeline.height).toBeLessThanOrEqual(1080);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  test("re-layout moves the actors while it runs with a visible state, stops on Stop layout, and Reset layout puts them back", async () => {
    // The layout stops by itself after a few seconds of the page's time; on a page whose clock
    // the test moves, it runs for as long as the test says, so "Stop layout" is always there to press.
    const { page: laid, problems: own } = await openWithClock("");
    try {
      const pakistan = async () => {
        const actor = (await drawn(laid)).actors.find((a) => a.id === "pakistan")!;
        return { x: actor.x, y: actor.y };
      };
      /** Lets the page draw a few frames, then reads where Pakistan is. */
      const pakistanAfterFrames = async () => {
        await laid.clock.runFor(20);
        return pakistan();
      };
      const start = await pakistan();
      await laid.getByRole("button", { name: "Re-layout visible" }).click();
      await laid.getByRole("status").filter({ hasText: "Laying out" }).waitFor();
      await poll(pakistanAfterFrames).not.toEqual(start);
      await laid.getByRole("button", { name: "Stop layout" }).click();
      await laid.getByRole("button", { name: "Re-layout visible" }).waitFor();
      expect(await laid.getByRole("status").filter({ hasText: "Laying out" }).count()).toBe(0);
      const stopped = await pakistanAfterFrames();
      await laid.clock.runFor(5000);
      expect(await pakistan(), "nothing moves once stopped").toEqual(stopped);
      await laid.getByRole("button", { name: "Reset layout" }).click();
      await poll(async () => {
        const now = await pakistanAfterFrames();
        return Math.hypot(now.x - start.x, now.y - start.y);
      }).toBeLessThan(1);
      expect(own.take()).toEqual([]);
    } finally {
      await laid.close();
    }
  });
});

describe.sequential("downloads", () => {
  test("the export dialog downloads this view as valid GEXF, snapshot and with time, with the relations the data has then", async () => {
    const { expectValidGexf } = await import("../support/gexf-checks");
    await open("at=2025-10-15");
    const expected = plainSlice(DATA, on("2025-10-15"));
    for (const time of ["Snapshot", "With time"]) {
      await page.getByRole("button", { name: "Export…" }).click();
      const dialog = page.getByRole("dialog", { name: "Export the graph" });
      await dialog.getByRole("radio", { name: /^This view/ }).check();
      await dialog.getByRole("radio", { name: /^GEXF/ }).check();
      await dialog.getByRole("radio", { name: new RegExp(`^${time}`) }).check();
      const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
      const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
      await expectValidGexf(text);
      // A mutual relation is written both ways; its way back (id~reverse) is the same relation.
      const edgeIds = [...text.matchAll(/<edge [^>]*\bid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !id.endsWith("~reverse"));
      expect(edgeIds.length, `${time}: edges`).toBe(expected.relations.length);
      expect(sorted(edgeIds), `${time}: edge ids`).toEqual(sorted(expected.relations));
      expect(download.suggestedFilename()).toBe(time === "Snapshot" ? "faultlines-2025-10-15.gexf" : "faultlines-2025-10-15-with-time.gexf");
    }
  });
});

describe.sequential("images", () => {
  async function downloadImage(size: RegExp, title: string, format: RegExp = /^PNG/) {
    await page.getByRole("button", { name: "Image…" }).click();
    const dialog = page.getByRole("dialog", { name: "Image of this view" });
    await dialog.getByRole("textbox", { name: "Title" }).fill(title);
    await dialog.getByRole("radio", { name: size }).check();
    await dialog.getByRole("radio", { name: format }).check();
    const [download] = await Promise.all([page.waitForEvent("download"), dialog.getByRole("button", { name: "Download" }).click()]);
    const chunks = await (await download.createReadStream()).toArray();
    return { file: Buffer.concat(chunks), name: download.suggestedFilename() };
  }

  /**
   * The graph area of a Full HD image: below the title and date, above the source line, left of
   * the legend (which takes at least a quarter of the width on the right and has family-coloured
   * swatches). A margin is left on every side so no caption falls inside.
   */
  const GRAPH: Region = { x: 30, y: 130, width: 1920 * 0.7 - 60, height: 1080 - 130 - 110 };
  const families = DATA.taxonomy.families.map((f) => f.id);
  const familyInk = (p: Picture, family: string) => familyInks(family, "light").reduce((sum, ink) => sum + pixelsNear(p, ink, 10, GRAPH), 0);

  test("the image dialog downloads a Full HD PNG of the view, whose graph changes with the data at another date", async () => {
    await open();
    const first = await downloadImage(/^Full HD slide/, "Af-Pak, end of March");
    // Named from its title (the dated name is for a slide without one: composition.test.ts).
    expect(first.name).toBe("af-pak-end-of-march.png");
    writeFileSync(`${SHOTS}/11-image-full-hd.png`, first.file);
    const march = decodePng(first.file);
    expect({ width: march.width, height: march.height }).toEqual({ width: 1920, height: 1080 });
    // Not blank: every family with relations on the day is painted in the graph area.
    const marchSlice = plainSlice(DATA, on(OPENING.iso));
    for (const family of families) expect(familyInk(march, family), `${family} pixels on ${OPENING.iso}`).toBeGreaterThan(marchSlice.familyCounts[family] ? 100 : -1);

    // A date with no mediating relation instead of a dozen.
    await open("at=2010-06-30");
    const earlier = await downloadImage(/^Full HD slide/, "Af-Pak, end of March");
    expect(earlier.name).toBe("af-pak-end-of-march.png");
    writeFileSync(`${SHOTS}/11b-image-full-hd-2010.png`, earlier.file);
    const past = decodePng(earlier.file);
    const pastSlice = plainSlice(DATA, on("2010-06-30"));
    expect(pastSlice.familyCounts.mediating ?? 0).toBeLessThan(marchSlice.familyCounts.mediating / 4);
    expect(familyInk(past, "mediating")).toBeLessThan(familyInk(march, "mediating") / 3);
    expect(familyInk(past, "hostile")).toBeGreaterThan(100);
    expect(pixelsChanged(march, past, 24, GRAPH)).toBeGreaterThan(2000);

    const svg = await downloadImage(/^1×/, "Af-Pak", /^SVG/);
    expect(svg.name).toBe("af-pak.svg");
    expect(svg.file.toString("utf8")).toContain("Af-Pak");
  });
});
