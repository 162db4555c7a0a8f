/**
 * The screenshot command renders the explorer's composition headless, at the size asked, as PNG
 * or SVG, for a view given as a link's query. The PNGs are decoded and read by their pixels: the
 * graph area holds the colours of the relation families and actor kinds that the data shows in
 * that view, and none of those it leaves out; two views the data tells apart give different
 * graph areas; the background asked for is what the margins hold. The SVG says, as text, the
 * title, the date and the label of every actor the data shows then. The images are written to
 * test-results/screenshot/ (path printed), to be looked at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { beforeAll, describe, expect, test } from "vitest";
import { screenshotOptions } from "../../src/cli/screenshot";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { CANVAS, familyColour } from "../../src/look/palette";
import { TYPE } from "../../src/look/composition/style";
import { readBundledData } from "../support/data";
import { ABSENT, BLEND_TOLERANCE, decodePng, painted, pixelsChanged, pixelsNear, type Picture, type Region } from "../support/pixels";
import type { PlainView } from "../support/plain-slice";
import { expectColoursOf as expectColoursIn, shownIn as shownInData } from "../support/view-colours";
import { cli } from "../support/cli";

const OUT = resolve("test-results/screenshot");
mkdirSync(OUT, { recursive: true });
console.log(`screenshot command images: ${OUT}`);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
/** What the data shows in a view. */
const shownIn = (view: PlainView) => shownInData(dataSet, view);
/** The graph area of a command's image holds the colours of what the data shows in the view, and no others. */
const expectColoursOf = (picture: Picture, theme: "light" | "dark", view: PlainView) => expectColoursIn(picture, graphRegion(picture), theme, dataSet, view);


/** Runs the command for a view into test-results/screenshot/NAME and returns the file. */
async function screenshot(name: string, view: string, ...options: string[]): Promise<Buffer> {
  const out = `${OUT}/${name}`;
  const { code, err } = await cli("screenshot", "--view", view, ...options, "--out", out);
  expect(err).toContain(`wrote ${out}`);
  expect(code).toBe(0);
  return readFileSync(out);
}

/**
 * A box well inside the graph area of a landscape slide of this size, by the composition's
 * rules: below the title and the date line, above the source line (two lines at most), left of
 * the legend (at most 31% of the width), within the margins. The captions and the legend change
 * with the view by themselves, so what is drawn of the graph is looked for here only.
 */
function graphRegion(picture: Picture): Region {
  const { width, height } = picture;
  // The type scale of a fixed-size slide, which is what the command asks for (style.ts targetOf).
  const s = 1.25 * Math.min(width / 1280, height / 720);
  const m = TYPE.margin * s;
  const top = m + TYPE.title * s * 1.25 + TYPE.date * s * 1.3 + m * 0.6;
  const bottom = height - m - 2 * TYPE.source * s * 1.35 - m * 0.5;
  const right = width - m - 0.31 * width - m;
  return { x: Math.ceil(m), y: Math.ceil(top), width: Math.floor(right - m), height: Math.floor(bottom - top) };
}

/** The side margins, where nothing but the background is: the title and the legend keep inside them. */
function margins(picture: Picture): Region[] {
  const m = Math.floor(TYPE.margin * 1.25 * Math.min(picture.width / 1280, picture.height / 720) * 0.8);
  return [
    { x: 0, y: 0, width: m, height: picture.height },
    { x: picture.width - m, y: 0, width: m, height: picture.height },
  ];
}

const area = (r: Region) => r.width * r.height;


const DAY = "2026-02-27";
/** A day when NATO, an international organisation, is in view (its relations end with 2019); at DAY it is not. */
const EARLY = "2019-01-01";

describe.sequential("PNG", () => {
  let early: Picture;

  beforeAll(() => {
    // What the tests below tell apart, as the data says it.
    expect(shownIn({ at: parseDay(EARLY) }).kinds.has("international-organisation")).toBe(true);
    expect(shownIn({ at: parseDay(DAY) }).kinds.has("international-organisation")).toBe(false);
    expect(shownIn({ at: parseDay(DAY) }).families.has("hostile")).toBe(true);
  });

  test("a view at a date, at the size asked and scaled, shows that date's relations and actors on the view's background", async () => {
    const png = await screenshot(`${EARLY}-1280x720@2.png`, `at=${EARLY}&actor=ttp`, "--width", "1280", "--height", "720", "--scale", "2");
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    early = decodePng(png);
    expect([early.width, early.height]).toEqual([2560, 1440]);
    expectColoursOf(early, "light", { at: parseDay(EARLY), selectedActor: "ttp" });
    for (const margin of margins(early)) expect(pixelsNear(early, CANVAS.light.background, 0, margin)).toBe(area(margin));
  });

  test("another date, where the data shows other relations, gives another graph", async () => {
    const today = decodePng(await screenshot(`${DAY}-1280x720@2.png`, `at=${DAY}`, "--width", "1280", "--height", "720", "--scale", "2"));
    expect([today.width, today.height]).toEqual([2560, 1440]);
    expectColoursOf(today, "light", { at: parseDay(DAY) });
    const region = graphRegion(today);
    expect(pixelsChanged(early, today, 12, region)).toBeGreaterThan(area(region) * 0.01);
  });

  test("a family filter in the view leaves its colour out of the graph; a transparent background leaves the margins unpainted", async () => {
    const view = `at=${DAY}&hide-families=hostile`;
    const filtered = decodePng(await screenshot(`${DAY}-no-hostile-transparent.png`, view, "--width", "1280", "--height", "720", "--scale", "2", "--background", "transparent"));
    const seen = expectColoursOf(filtered, "light", { at: parseDay(DAY), hiddenFamilies: ["hostile"] });
    expect(seen.hostile).toBe(0);
    for (const margin of margins(filtered)) expect(painted(filtered, margin)).toBe(0);
    expect(filtered.data[3]).toBe(0);
  });

  test("a dark view gives a dark slide, in the dark palette", async () => {
    const dark = decodePng(await screenshot(`${DAY}-dark-1920x1080.png`, `?at=${DAY}&theme=dark`));
    expect([dark.width, dark.height]).toEqual([1920, 1080]);
    expectColoursOf(dark, "dark", { at: parseDay(DAY) });
    for (const margin of margins(dark)) expect(pixelsNear(dark, CANVAS.dark.background, 0, margin)).toBe(area(margin));
    // The light palette's colours are not what a dark slide is drawn in.
    expect(pixelsNear(dark, familyColour("hostile", "light"), BLEND_TOLERANCE, graphRegion(dark))).toBeLessThan(area(graphRegion(dark)) * ABSENT);
  });
});

test("an SVG with the title, the date, and every actor the data shows then, as text", async () => {
  const at = "2025-10-15";
  const svg = (await screenshot(`${at}-dark.svg`, `?at=${at}&theme=dark`, "--width", "1920", "--height", "1080", "--title", "Border war <b>& \"talks\"</b>")).toString("utf8");
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void errors.push(`${level}: ${message}`) }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  const root = doc.documentElement!;
  expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["1920", "1080"]);
  const texts = Array.from(root.getElementsByTagName("text")).map((t) => t.textContent);
  expect(texts).toEqual(expect.arrayContaining(['Border war <b>& "talks"</b>', "as of 15 Oct 2025"]));
  // The actors' labels, each once, are exactly those of the actors the data shows on that day.
  const labelGroup = Array.from(root.getElementsByTagName("g")).find((g) => g.getAttribute("class") === "labels") as Element | undefined;
  expect(labelGroup).toBeDefined();
  const labels = Array.from(labelGroup!.getElementsByTagName("text")).map((t) => t.textContent);
  const shown = shownIn({ at: parseDay(at) });
  expect(shown.labels.length).toBeGreaterThan(10);
  expect([...labels].sort()).toEqual([...shown.labels].sort());
  // Its background is the dark theme's, as the view's theme asks.
  const background = Array.from(root.getElementsByTagName("rect")).find((r) => r.getAttribute("class") === "background");
  expect(background?.getAttribute("fill")).toBe(CANVAS.dark.background);
});

test("options are checked before anything starts", () => {
  expect(() => screenshotOptions(["--width", "1920"])).toThrow(/--out FILE is needed/);
  expect(() => screenshotOptions(["--out", "x.png", "--scale", "9"])).toThrow(/--scale "9" should be a number above 0 and at most 4/);
  expect(() => screenshotOptions(["--out", "x.gif", "--format", "gif"])).toThrow(/should be png or svg/);
  expect(screenshotOptions(["--out", "x.svg", "--view", "theme=dark"])).toMatchObject({ format: "svg", background: "dark", width: 1920, height: 1080, scale: 1 });
});

test("--data: a slide of a GEXF file, read by the import, with its actors and its name", async () => {
  const out = `${OUT}/data-gexf.svg`;
  const { code, err } = await cli("screenshot", "--data", "test/fixtures/gexf/samples/data.gexf", "--width", "1280", "--height", "720", "--title", "A web network", "--out", out);
  expect(err).toContain(`wrote ${out}`);
  expect(code).toBe(0);
  const root = new DOMParser().parseFromString(readFileSync(out, "utf8"), "image/svg+xml").documentElement!;
  const labelGroup = Array.from(root.getElementsByTagName("g")).find((g) => g.getAttribute("class") === "labels") as Element | undefined;
  // The file's four nodes, and none of the bundled data's actors.
  expect(Array.from(labelGroup!.getElementsByTagName("text")).map((t) => t.textContent).sort()).toEqual(["BarabasiLab", "Gephi", "RTGI", "Webatlas"]);
  expect(Array.from(root.getElementsByTagName("text")).map((t) => t.textContent)).toContain("A web network");
});

test("--data: what the import cannot read, and paths that are not there, stop with the file and the fix before a browser starts", async () => {
  const bad = `${OUT}/not-a-graph.gexf`;
  writeFileSync(bad, "<gexf><graph><nodes><node id='a'></nodes>");
  const read = await cli("screenshot", "--data", bad, "--out", `${OUT}/never.png`);
  expect(read.code).toBe(2);
  expect(read.err).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} cannot be imported \\(1 error\\):\\n${bad.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")}.*error.*Fix: `));
  const missing = await cli("screenshot", "--data", `${OUT}/no-such.gexf`, "--out", `${OUT}/never.png`);
  expect(missing.code).toBe(2);
  expect(missing.err).toContain(`cannot read --data ${OUT}/no-such.gexf: there is no such file or directory. Give a GEXF file`);
  expect(() => screenshotOptions(["--out", "x.png", "--data", "a.gexf", "--view", "at=2026-01-01"])).toThrow(/--view and --data cannot be used together/);
  expect(existsSync(`${OUT}/never.png`)).toBe(false);
});
