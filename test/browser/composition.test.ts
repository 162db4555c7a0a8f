/**
 * Images of a view for slides, made as a person makes them: in the explorer, "Image…", the
 * title, size, background and format chosen in the dialog, then Download (or Copy). The file the
 * browser downloads is decoded and read by its pixels: it has the size asked for; its graph area
 * (not the captions, which change by themselves) holds the colours of the relation families and
 * actor kinds the data shows at the view's date, in the palette of the background asked for, and
 * none of those it leaves out; another date the data tells apart gives another graph, the same
 * date the same one; the margins are the background asked for, or unpainted. The SVG says as
 * text the title, the date, every visible actor and the legend of what is visible (with a line on
 * how relations only possible on the date are drawn), draws those relations dashed, and draws the
 * graph when a browser renders it. Expectations come from the data (test/support/plain-slice.ts),
 * not from the app. The images go to test-results/composition/ (path printed), to be looked at.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { CERTAIN_LABEL, CERTAINTY_HEADING, POSSIBLE_LABEL } from "../../src/look/composition/layout";
import { TYPE } from "../../src/look/composition/style";
import { campColour } from "../../src/look/camp-palette";
import { CANVAS } from "../../src/look/palette";
import { launchBrowser } from "../support/browser";
import { certaintyOf } from "../support/certainty";
import { readBundledData } from "../support/data";
import { ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
import { decodePng, painted, pixelsChanged, pixelsNear, type Picture, type Region } from "../support/pixels";
import { plainSlice, type PlainView } from "../support/plain-slice";
import { expectColoursOf as expectColoursIn, shownIn as shownInData } from "../support/view-colours";
import { serveApp } from "../support/serve";

const OUT = resolve("test-results/composition");
mkdirSync(OUT, { recursive: true });
console.log(`composition images: ${OUT}`);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
/** What the data shows in a view. */
const shownIn = (view: PlainView) => shownInData(dataSet, view);
/** The graph area of an image made at type scale `s` holds the colours of what the data shows in the view, and no others. */
const expectColoursOf = (picture: Picture, s: number, theme: "light" | "dark", view: PlainView) => void expectColoursIn(picture, graphRegion(picture, s), theme, dataSet, view);


const certainty = certaintyOf(dataSet);
/** The relations shown on `day` that are only possible then, read from their period bounds: dates allow, none says. */
const possibleOn = (day: number): string[] => plainSlice(dataSet, { at: day }).relations.filter((id) => certainty.possibleOnly(id, day));

const DAY = "2026-02-27";
/** DAY seven years back, the slider's PageDown seven times: NATO, an international organisation, is in view then. */
/** Seven years back from 27 Feb 2026 by Page Down: a year step lands on the month's end. */
const EARLIER = "2019-02-28";
/** Wide enough that the graph on screen, and so a 1× or 2× image of it, is landscape: the legend goes beside it. */
const VIEWPORT = { width: 1440, height: 720 };

let browser: Browser;
let url: string;
/** Every page a test opens reports here; each test fails on its own console errors. */
const log = new ProblemLog();
watchProblems(() => log);

beforeAll(async () => {
  [browser, { url }] = await Promise.all([launchBrowser(), serveApp()]);
  expect(shownIn({ at: parseDay(EARLIER) }).kinds.has("international-organisation")).toBe(true);
  expect(shownIn({ at: parseDay(DAY) }).kinds.has("international-organisation")).toBe(false);
});

afterAll(async () => {
  await browser?.close();
});

/** The explorer at a link, in a context of its own (screen density, clipboard rights). */
async function openExplorer(query: string, options: { deviceScaleFactor?: number; clipboard?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: options.deviceScaleFactor ?? 1 });
  if (options.clipboard) await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
  const page = await context.newPage();
  log.watch(page);
  await page.goto(`${url}${query}`);
  await page.getByTestId("status").waitFor();
  return page;
}

interface Choice {
  readonly size: "1×" | "2×" | "4×" | "Full HD slide" | "4K slide";
  readonly background: "Light" | "Dark" | "Transparent";
  readonly format: "PNG" | "SVG";
  readonly title?: string;
}

const dialogOf = (page: Page): Locator => page.getByRole("dialog", { name: "Image of this view" });

/** Opens the image dialog and makes the choices, as a person would. */
async function choose(page: Page, choice: Choice): Promise<Locator> {
  await page.getByRole("button", { name: "Image…" }).click();
  const dialog = dialogOf(page);
  await dialog.waitFor();
  if (choice.title !== undefined) await dialog.getByRole("textbox", { name: "Title" }).fill(choice.title);
  await dialog.getByRole("radio", { name: new RegExp(`^${choice.size}`) }).check();
  await dialog.getByRole("radio", { name: choice.background }).check();
  await dialog.getByRole("radio", { name: new RegExp(`^${choice.format}`) }).check();
  return dialog;
}

/** The image the browser downloads for these choices, kept in test-results/composition/NAME. */
async function download(page: Page, choice: Choice, name: string): Promise<{ file: string; bytes: Buffer }> {
  const dialog = await choose(page, choice);
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), dialog.getByRole("button", { name: "Download" }).click()]);
  await expect(dialog.isVisible()).resolves.toBe(false);
  const bytes = readFileSync(await file.path());
  writeFileSync(`${OUT}/${name}`, bytes);
  return { file: file.suggestedFilename(), bytes };
}

/** The size of the graph on screen, in CSS pixels: what 1×, 2× and 4× multiply. */
async function graphSize(page: Page): Promise<{ width: number; height: number }> {
  const box = (await page.getByRole("application", { name: /^Graph: / }).boundingBox())!;
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** The type scale of an image: the multiple asked for, or 1.25 × the slide's size over 1280×720 (style.ts targetOf). */
const typeScale = (picture: Picture, size: Choice["size"]): number =>
  size.endsWith("×") ? Number(size.slice(0, -1)) : 1.25 * Math.min(picture.width / 1280, picture.height / 720);

/**
 * A box well inside the graph area of a landscape image, by the composition's rules: below the
 * title and the date line, above the source line (two lines at most), left of the legend (at
 * most 31% of the width), within the margins. The captions and the legend change with the view
 * by themselves, so what is drawn of the graph is looked for and compared here only.
 */
function graphRegion(picture: Picture, s: number): Region {
  const m = TYPE.margin * s;
  const top = m + TYPE.title * s * 1.25 + TYPE.date * s * 1.3 + m * 0.6;
  const bottom = picture.height - m - 2 * TYPE.source * s * 1.35 - m * 0.5;
  const right = picture.width - m - 0.31 * picture.width - m;
  return { x: Math.ceil(m), y: Math.ceil(top), width: Math.floor(right - m), height: Math.floor(bottom - top) };
}

/** The side margins, where nothing but the background is. */
function margins(picture: Picture, s: number): Region[] {
  const m = Math.floor(TYPE.margin * s * 0.8);
  return [
    { x: 0, y: 0, width: m, height: picture.height },
    { x: picture.width - m, y: 0, width: m, height: picture.height },
  ];
}

const area = (r: Region) => r.width * r.height;

function expectMargins(picture: Picture, s: number, background: Choice["background"]) {
  for (const margin of margins(picture, s)) {
    if (background === "Transparent") {
      expect(painted(picture, margin), "painted pixels in a transparent image's margin").toBe(0);
    } else expect(pixelsNear(picture, CANVAS[background === "Dark" ? "dark" : "light"].background, 0, margin), "margin pixels of the background colour").toBe(area(margin));
  }
}


/** A browser's rendering of an SVG, on a page of its own: what a slide program would show. */
async function rasterise(svg: string, size: { width: number; height: number }): Promise<Buffer> {
  const page = await browser.newPage({ viewport: size });
  await page.setContent(`<body style="margin:0"><img alt="" src="data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}"></body>`);
  await page.locator("img").evaluate((img: HTMLImageElement) => img.decode());
  const png = await page.locator("img").screenshot({ omitBackground: true });
  await page.close();
  return png;
}

describe.sequential("PNG, downloaded from the image dialog", () => {
  let page: Page;
  beforeAll(async () => {
    page = await openExplorer(`?at=${DAY}`);
  });
  afterAll(async () => {
    await page?.context().close();
  });

  test.each<[Choice["size"], Choice["background"], string]>([
    ["1×", "Light", "light-1x.png"],
    ["2×", "Dark", "dark-2x.png"],
    ["Full HD slide", "Light", "light-1920x1080.png"],
    ["4K slide", "Dark", "dark-3840x2160.png"],
    ["Full HD slide", "Transparent", "transparent-1920x1080.png"],
  ])("%s on %s: the size asked for, the view's graph in the background's palette, the background in the margins", async (size, background, name) => {
    const view = await graphSize(page);
    expect(view.width / view.height, "a landscape graph, whose image has the legend beside it").toBeGreaterThan(1.15);
    const { file, bytes } = await download(page, { size, background, format: "PNG" }, name);
    // Named from the dialog's title, "Faultlines" for the bundled data.
    expect(file).toBe("faultlines.png");
    const picture = decodePng(bytes);
    const expected = size.endsWith("×")
      ? { width: view.width * Number(size.slice(0, -1)), height: view.height * Number(size.slice(0, -1)) }
      : size === "Full HD slide"
        ? { width: 1920, height: 1080 }
        : { width: 3840, height: 2160 };
    expect({ width: picture.width, height: picture.height }).toEqual(expected);
    const s = typeScale(picture, size);
    expectColoursOf(picture, s, background === "Dark" ? "dark" : "light", { at: parseDay(DAY) });
    expectMargins(picture, s, background);
  });

  test("another date, where the data shows other relations, gives another graph; coming back gives the same graph", async () => {
    // 2×: at 1× the thinnest relation, the one mediating relation of 2019, is too faint to tell its colour.
    // No title: the three images differ only by their graph (and date line), and are named by date.
    const choice: Choice = { size: "2×", background: "Light", format: "PNG", title: "" };
    const first = decodePng((await download(page, choice, `light-2x-${DAY}.png`)).bytes);
    const slider = page.getByRole("slider", { name: "As of date" });
    await slider.focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press("PageDown");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("as of 28 Feb 2019");
    const { file, bytes } = await download(page, choice, `light-2x-${EARLIER}.png`);
    expect(file).toBe(`faultlines-${EARLIER}.png`);
    const earlier = decodePng(bytes);
    expectColoursOf(earlier, 2, "light", { at: parseDay(EARLIER) });
    const region = graphRegion(earlier, 2);
    expect(pixelsChanged(first, earlier, 12, region)).toBeGreaterThan(area(region) * 0.01);

    // Back to the day by typing it (year steps land on 28 Feb, the day after the one-day threat).
    const field = page.getByRole("textbox", { name: "Type the date" });
    await field.fill("27 Feb 2026");
    await field.press("Enter");
    await expect.poll(() => page.getByTestId("status").textContent()).toContain("as of 27 Feb 2026");
    const again = decodePng((await download(page, choice, `light-2x-${DAY}-again.png`)).bytes);
    expect(pixelsChanged(first, again, 12, region)).toBe(0);
  });
});

test("on a high-density screen, 2× is twice the graph's size in CSS pixels, drawn in full", async () => {
  const page = await openExplorer(`?at=${DAY}`, { deviceScaleFactor: 2 });
  const view = await graphSize(page);
  const picture = decodePng((await download(page, { size: "2×", background: "Light", format: "PNG" }, "light-2x-on-dpr2.png")).bytes);
  expect({ width: picture.width, height: picture.height }).toEqual({ width: 2 * view.width, height: 2 * view.height });
  expectColoursOf(picture, 2, "light", { at: parseDay(DAY) });
  expectMargins(picture, 2, "Light");
  await page.context().close();
});

describe.sequential("SVG, downloaded from the image dialog", () => {
  test("says the title, the date, every visible actor and the legend of what is visible, as text; a browser draws its graph", async () => {
    const page = await openExplorer(`?at=${DAY}`);
    const title = 'Border war <b>& "talks"</b>';
    const { file, bytes } = await download(page, { size: "Full HD slide", background: "Light", format: "SVG", title }, "light-1920x1080.svg");
    expect(file).toBe("border-war-b-talks-b.svg");
    const svg = bytes.toString("utf8");
    const problems: string[] = [];
    const root = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(svg, "image/svg+xml").documentElement!;
    expect(problems).toEqual([]);
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["1920", "1080"]);
    const group = (name: string) => Array.from(root.getElementsByTagName("g")).find((g) => g.getAttribute("class") === name) as Element;
    // A text's own words, without the count a legend entry ends with (a tspan).
    const textsOf = (name: string) => Array.from(group(name).getElementsByTagName("text")).map((t) => t.firstChild?.nodeValue ?? "");

    const shown = shownIn({ at: parseDay(DAY) });
    expect(textsOf("title")).toEqual([title, "as of 27 Feb 2026"]);
    expect(shown.labels.length).toBeGreaterThan(10);
    expect(textsOf("labels").sort()).toEqual([...shown.labels].sort());
    // The legend: each family with a visible relation and its visible types, how certain and
    // possible relations are drawn (some are only possible on the day), then the kinds of the visible actors.
    const possible = possibleOn(parseDay(DAY));
    expect(possible.length, "the bundled data has relations only possible on the day").toBeGreaterThan(0);
    const legend = [
      ...dataSet.taxonomy.families.filter((f) => shown.families.has(f.id)).map((f) => f.label),
      ...dataSet.taxonomy.types.filter((t) => shown.types.has(t.id)).map((t) => t.label),
      CERTAINTY_HEADING,
      CERTAIN_LABEL,
      POSSIBLE_LABEL,
      "Actors",
      ...dataSet.taxonomy.kinds.filter((k) => shown.kinds.has(k.id)).map((k) => k.label),
    ];
    expect(textsOf("legend").sort()).toEqual(legend.sort());
    // Each type and kind with its count: how many relations of it, and actors of it, the picture shows.
    const counts = new Map(Array.from(group("legend").getElementsByTagName("tspan")).map((t) => [(t.parentNode as Element).firstChild!.nodeValue, Number(t.textContent)]));
    const slice = plainSlice(dataSet, { at: parseDay(DAY) });
    for (const t of dataSet.taxonomy.types.filter((t) => shown.types.has(t.id)))
      expect(counts.get(t.label), t.label).toBe(slice.relations.filter((id) => dataSet.relations.find((r) => r.id === id)!.type === t.id).length);
    // Those relations are dashed, the others solid; the legend's possible mark is dashed too.
    // Possible relations of one pair and family share one line (a bundle), as on the canvas.
    const familyOfType = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.family]));
    const possibleLines = new Set(
      possible.map((id) => {
        const r = dataSet.relations.find((x) => x.id === id)!;
        return `${[r.source, r.target].sort().join(" ")} ${familyOfType.get(r.type)}`;
      }),
    );
    const relations = Array.from(group("relations").getElementsByTagName("path"));
    // (Words are dotted: also a dash array, with their own class.)
    expect(relations.filter((p) => p.hasAttribute("stroke-dasharray") && p.getAttribute("class") !== "dotted")).toHaveLength(possibleLines.size);
    expect(relations.length).toBeGreaterThan(possible.length);
    // (Types of words have dotted marks, also drawn with a dash array.)
    expect(Array.from(group("legend").getElementsByTagName("line")).filter((l) => l.hasAttribute("stroke-dasharray") && l.getAttribute("class") !== "dotted")).toHaveLength(1);
    expect(textsOf("sources")).toEqual(["Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated"]);

    const drawn = await rasterise(svg, { width: 1920, height: 1080 });
    writeFileSync(`${OUT}/light-1920x1080.svg.png`, drawn);
    const picture = decodePng(drawn);
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1920, height: 1080 });
    expectColoursOf(picture, typeScale(picture, "Full HD slide"), "light", { at: parseDay(DAY) });
    expectMargins(picture, typeScale(picture, "Full HD slide"), "Light");
    await page.context().close();
  });

  test("from the dark theme: a dark SVG in the dark palette, and a light PNG in the light palette", async () => {
    const page = await openExplorer(`?at=${DAY}&theme=dark`);
    const view = await graphSize(page);
    const svg = (await download(page, { size: "1×", background: "Dark", format: "SVG" }, "dark-1x.svg")).bytes.toString("utf8");
    const drawn = await rasterise(svg, view);
    writeFileSync(`${OUT}/dark-1x.svg.png`, drawn);
    const dark = decodePng(drawn);
    expect({ width: dark.width, height: dark.height }).toEqual(view);
    expectColoursOf(dark, 1, "dark", { at: parseDay(DAY) });
    expectMargins(dark, 1, "Dark");

    const light = decodePng((await download(page, { size: "1×", background: "Light", format: "PNG" }, "light-1x-from-dark.png")).bytes);
    expectColoursOf(light, 1, "light", { at: parseDay(DAY) });
    expectMargins(light, 1, "Light");
    await page.context().close();
  });

  test("actors coloured by camp: the legend lists the camps, not the kinds, and the camp colours are re-inked for a light slide from the dark theme", async () => {
    const page = await openExplorer(`?at=2026-03-01&colour=camps&theme=dark`);
    const svg = (await download(page, { size: "Full HD slide", background: "Light", format: "SVG" }, "camps-light-from-dark.svg")).bytes.toString("utf8");
    writeFileSync(`${OUT}/camps-light-from-dark.svg.png`, await rasterise(svg, { width: 1920, height: 1080 }));
    expect(svg).toContain(">Actors by camp<");
    expect(svg).toMatch(/>Camp A</);
    expect(svg).not.toMatch(/>Actors</);
    const fills = new Set([...svg.matchAll(/<circle [^>]*fill="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
    expect(fills.has(campColour(0, "light").toLowerCase()) || fills.has(campColour(1, "light").toLowerCase())).toBe(true);
    for (const camp of [0, 1, 2, 3]) expect(fills.has(campColour(camp, "dark").toLowerCase()), `camp ${camp} in the dark ink`).toBe(false);
    await page.context().close();
  });
});

describe.sequential("the image dialog", () => {
  test("copies a PNG of the chosen size and background to the clipboard; SVG cannot be copied, and says so", async () => {
    const page = await openExplorer(`?at=${DAY}`, { clipboard: true });
    const dialog = await choose(page, { size: "Full HD slide", background: "Light", format: "SVG" });
    const copy = dialog.getByRole("button", { name: "Copy to clipboard" });
    await expect(copy.isDisabled()).resolves.toBe(true);
    await expect(dialog.getByText("Only PNG images can be copied.").isVisible()).resolves.toBe(true);
    await dialog.getByRole("radio", { name: "Dark" }).check();
    await dialog.getByRole("radio", { name: /^PNG/ }).check();
    await expect(copy.isEnabled()).resolves.toBe(true);
    await copy.click();
    await expect(dialog.isVisible()).resolves.toBe(false);
    // What a paste would get: the clipboard's image, read back as a person's paste reads it.
    const read = () =>
      page.evaluate(async () => {
        const item = (await navigator.clipboard.read()).find((i) => i.types.includes("image/png"));
        if (!item) return "";
        const bytes = new Uint8Array(await (await item.getType("image/png")).arrayBuffer());
        let text = "";
        for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(text);
      });
    await expect.poll(read, { timeout: 30_000 }).not.toBe("");
    const png = Buffer.from(await read(), "base64");
    writeFileSync(`${OUT}/copied-dark-1920x1080.png`, png);
    const picture = decodePng(png);
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1920, height: 1080 });
    expectColoursOf(picture, typeScale(picture, "Full HD slide"), "dark", { at: parseDay(DAY) });
    expectMargins(picture, typeScale(picture, "Full HD slide"), "Dark");
    await page.context().close();
  });

  test("shows a live preview of the slide that follows size, background, title and options, drawn after typing rests", async () => {
    const page = await openExplorer(`?at=${DAY}`);
    // Every preview the dialog asks the explorer for, counted where the request bubbles out.
    await page.evaluate(() => {
      const w = window as unknown as { previews: number };
      w.previews = 0;
      document.addEventListener("image-preview", () => void w.previews++);
    });
    const previews = () => page.evaluate(() => (window as unknown as { previews: number }).previews);
    const dialog = await choose(page, { size: "Full HD slide", background: "Light", format: "PNG" });
    const preview = dialog.getByTestId("image-preview");
    /** The SVG the preview shows, once it is the one with `text` in it. */
    const previewWith = async (text: string) => {
      let svg = "";
      await expect
        .poll(async () => {
          svg = await preview.evaluate(async (img: HTMLImageElement) => (await fetch(img.src)).text()).catch(() => "");
          return svg.includes(text);
        }, { timeout: 20_000 })
        .toBe(true);
      return svg;
    };
    const light = await previewWith(`width="1920" height="1080"`);
    expect(light).toContain(`fill="${CANVAS.light.background}"`);
    // Scaled down into the dialog, at the slide's proportions.
    const box = (await preview.boundingBox())!;
    expect(box.width).toBeLessThan(600);
    expect(box.width / box.height).toBeCloseTo(16 / 9, 1);

    await dialog.getByRole("radio", { name: /^4K slide/ }).check();
    await previewWith(`width="3840" height="2160"`);
    await dialog.getByRole("radio", { name: "Dark" }).check();
    await previewWith(`fill="${CANVAS.dark.background}"`);

    // Typing a title: every key lands at once (never held up by drawing); the preview is drawn once typing rests.
    const before = await previews();
    const field = dialog.getByRole("textbox", { name: "Title" });
    await field.fill("");
    const title = "Pakistan–Afghan Taliban, March 2026";
    const started = Date.now();
    await field.pressSequentially(title, { delay: 20 });
    expect(Date.now() - started, "typing the title").toBeLessThan(title.length * 20 + 3000);
    expect(await field.inputValue()).toBe(title);
    await previewWith(`<title id="fl-title">${title}</title>`);
    expect((await previews()) - before, "previews drawn while typing").toBeLessThanOrEqual(3);

    // "Label relations": every drawn line says its type.
    await dialog.getByRole("checkbox", { name: /Label relations/ }).check();
    const labelled = await previewWith(`class="relation-labels"`);
    const types = new Set(dataSet.taxonomy.types.map((t) => t.label));
    const relationLabels = [...labelled.matchAll(/<g class="relation-labels"[^>]*>(.*?)<\/g>/g)].flatMap((m) => [...m[1].matchAll(/>([^<]+)<\/text>/g)].map((t) => t[1]));
    expect(relationLabels.length).toBeGreaterThan(5);
    for (const label of relationLabels) expect(types.has(label.replace(/&amp;/g, "&")) || /^\d+$/.test(label), label).toBe(true);
    await page.screenshot({ path: `${OUT}/dialog-preview.png` });
    await page.context().close();
  });

  test("names the file from the title in safe characters, or by the view's date when the title is empty", async () => {
    const page = await openExplorer(`?at=${DAY}`);
    const titled = await download(page, { size: "Full HD slide", background: "Light", format: "PNG", title: "Pakistan–Afghan Taliban, March 2026" }, "titled.png");
    expect(titled.file).toBe("pakistan-afghan-taliban-march-2026.png");
    const untitled = await download(page, { size: "Full HD slide", background: "Light", format: "SVG", title: "" }, "untitled.svg");
    expect(untitled.file).toBe(`faultlines-${DAY}.svg`);
    await page.context().close();
  });

  test("works from the keyboard, with Escape to close and Enter to download, and has no serious axe violation", async () => {
    const page = await openExplorer(`?at=${DAY}`);
    const dialog = dialogOf(page);
    await page.getByRole("button", { name: "Image…" }).focus();
    await page.keyboard.press("Enter");
    await dialog.waitFor();
    await page.screenshot({ path: `${OUT}/dialog.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });
    // Enter opens it again, with the title field focused; Enter there downloads the image.
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("textbox", { name: "Title" }).evaluate((e) => e.matches(":focus"))).resolves.toBe(true);
    const [file] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.keyboard.press("Enter")]);
    expect(file.suggestedFilename()).toBe("faultlines.png");
    const picture = decodePng(readFileSync(await file.path()));
    // The dialog opens on a Full HD slide on a light background.
    expect({ width: picture.width, height: picture.height }).toEqual({ width: 1920, height: 1080 });
    expectColoursOf(picture, typeScale(picture, "Full HD slide"), "light", { at: parseDay(DAY) });
    await page.context().close();
  });
});
