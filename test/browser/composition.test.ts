/**
 * Images of a view for slides, in a real Chromium, on test/pages/composition.html (a GraphView
 * on the bundled data in a 1000×600 container): PNGs have the size asked for (read from the PNG
 * header), are not blank, differ between two dates where the data differs, and are transparent
 * where asked; the SVG is well-formed and names every visible actor and legend entry; the image
 * dialog sends what the user chose. The images go to test-results/composition/ (path printed),
 * with the SVG also rasterised there, to be looked at.
 */
import { DOMParser } from "@xmldom/xmldom";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prepareExplorer } from "../../src/app/explorer-data";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { legendOf } from "../../src/render/composition/captions";
import type { ImageSpec } from "../../src/render/composition/types";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState } from "../../src/state/view-state";
import type { ImageRequest } from "../../src/ui/image-dialog/image-request-event";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { openPage, seriousAxeViolations, type OpenedPage } from "../support/page";
import { serveApp } from "../support/serve";
import type { ComposeArgs, Composed } from "../pages/composition";

const OUT = resolve("test-results/composition");
mkdirSync(OUT, { recursive: true });
console.log(`composition images: ${OUT}`);

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const data = prepareExplorer(loaded.dataSet);
const sliceAt = (date: string) => computeViewSlice(data.index, getEmptyViewState(parseDay(date)));

const VIEW = { width: 1000, height: 600 };
const DAY = "2026-02-27";
/** A date whose slice differs from DAY's. */
const EARLIER = "2021-06-30";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
let opened: OpenedPage;

async function openComposition(query = "", deviceScaleFactor = 1): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor });
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${app.url}test/pages/composition.html${query}`);
  await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready);
  return { page, problems };
}

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
  opened = await openComposition();
});

afterAll(async () => {
  await browser?.close();
});

const spec = (change: Partial<ComposeArgs> = {}): ComposeArgs => ({ date: DAY, title: "Afghanistan–Pakistan, the war at the margins", size: { kind: "scale", scale: 1 }, background: "light", format: "png", ...change });
const compose = (page: Page, args: ComposeArgs): Promise<Composed> => page.evaluate((a) => (window as unknown as { __compose: (a: ComposeArgs) => Promise<Composed> }).__compose(a), args);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(base64: string): { width: number; height: number } {
  const bytes = Buffer.from(base64, "base64");
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function save(name: string, composed: Composed): string {
  const path = `${OUT}/${name}`;
  writeFileSync(path, composed.type === "image/png" ? Buffer.from(composed.data, "base64") : composed.data);
  return path;
}

describe.sequential("PNG", () => {
  test.each<[string, ImageSpec["size"], ImageSpec["background"], { width: number; height: number }]>([
    ["light-1x.png", { kind: "scale", scale: 1 }, "light", VIEW],
    ["dark-2x.png", { kind: "scale", scale: 2 }, "dark", { width: 2 * VIEW.width, height: 2 * VIEW.height }],
    ["light-1920x1080.png", { kind: "fixed", width: 1920, height: 1080 }, "light", { width: 1920, height: 1080 }],
    ["dark-3840x2160.png", { kind: "fixed", width: 3840, height: 2160 }, "dark", { width: 3840, height: 2160 }],
  ])("%s has the size asked for and is not blank", async (name, size, background, expected) => {
    const composed = await compose(opened.page, spec({ size, background }));
    save(name, composed);
    expect(composed.type).toBe("image/png");
    expect(pngSize(composed.data)).toEqual(expected);
    expect(composed.decoded).toMatchObject(expected);
    // Actors, relations, labels and their anti-aliasing: far more than a background and a few marks.
    expect(composed.decoded!.graphColours).toBeGreaterThan(200);
    expect(composed.decoded!.cornerAlpha).toBe(255);
  });

  test("a transparent background has no paint in the corners", async () => {
    const composed = await compose(opened.page, spec({ size: { kind: "fixed", width: 1920, height: 1080 }, background: "transparent" }));
    save("transparent-1920x1080.png", composed);
    expect(pngSize(composed.data)).toEqual({ width: 1920, height: 1080 });
    expect(composed.decoded!.cornerAlpha).toBe(0);
    expect(composed.decoded!.graphColours).toBeGreaterThan(200);
  });

  test("two dates whose slices differ give different images; one date gives the same image twice", async () => {
    expect(sliceAt(EARLIER).visibleRelations).not.toEqual(sliceAt(DAY).visibleRelations);
    const a = await compose(opened.page, spec());
    const again = await compose(opened.page, spec());
    const b = await compose(opened.page, spec({ date: EARLIER }));
    save(`light-1x-${EARLIER}.png`, b);
    const difference = (x: Composed, y: Composed) =>
      opened.page.evaluate(([p, q]) => (window as unknown as { __pixelDifference: (a: string, b: string) => Promise<number> }).__pixelDifference(p, q), [x.data, y.data]);
    expect(await difference(a, again)).toBe(0);
    expect(await difference(a, b)).toBeGreaterThan(VIEW.width * VIEW.height * 0.01);
  });

  test("on a high-density screen, the image still has the size asked for", async () => {
    const hidpi = await openComposition("", 2);
    const composed = await compose(hidpi.page, spec({ size: { kind: "scale", scale: 2 } }));
    save("light-2x-on-dpr2.png", composed);
    expect(pngSize(composed.data)).toEqual({ width: 2000, height: 1200 });
    expect(composed.decoded!.graphColours).toBeGreaterThan(200);
    expect(hidpi.problems).toEqual([]);
    await hidpi.page.close();
  });
});

describe.sequential("SVG", () => {
  test("is well-formed and names every visible actor and every legend entry", async () => {
    const composed = await compose(opened.page, spec({ format: "svg", size: { kind: "fixed", width: 1920, height: 1080 } }));
    save("light-1920x1080.svg", composed);
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(composed.data, "image/svg+xml");
    expect(problems).toEqual([]);
    const root = doc.documentElement!;
    expect([root.getAttribute("width"), root.getAttribute("height")]).toEqual(["1920", "1080"]);
    const texts = Array.from(root.getElementsByTagName("text")).map((t) => t.textContent);
    const slice = sliceAt(DAY);
    const labels = loaded.dataSet.actors.filter((a) => slice.visibleActors.has(a.id)).map((a) => a.label);
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) expect(texts).toContain(label);
    const legend = legendOf(loaded.dataSet, slice, "light");
    for (const entry of [...legend.relationTypes, ...legend.actorKinds]) expect(texts).toContain(entry.label);
    expect(texts).toContain("as of 27 Feb 2026");
    expect(texts).toContain("Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated");
    // Rasterised as a browser renders it, to be looked at beside the PNGs.
    const png = await opened.page.evaluate((svg) => (window as unknown as { __renderSvg: (s: string) => Promise<string> }).__renderSvg(svg), composed.data);
    save("light-1920x1080.svg.png", { type: "image/png", data: png });
    expect(pngSize(png)).toEqual({ width: 1920, height: 1080 });
  });

  test("a dark SVG of the view in the dark theme", async () => {
    const dark = await openComposition("?theme=dark");
    const composed = await compose(dark.page, spec({ format: "svg", background: "dark", size: { kind: "scale", scale: 1 } }));
    save("dark-1x.svg", composed);
    const png = await dark.page.evaluate((svg) => (window as unknown as { __renderSvg: (s: string) => Promise<string> }).__renderSvg(svg), composed.data);
    save("dark-1x.svg.png", { type: "image/png", data: png });
    expect(pngSize(png)).toEqual(VIEW);
    expect(dark.problems).toEqual([]);
    await dark.page.close();
  });
});

describe.sequential("fl-image-dialog", () => {
  const events = () => opened.page.evaluate(() => (window as unknown as { __events: ImageRequest[] }).__events);
  const dialog = () => opened.page.getByRole("dialog", { name: "Image of this view" });

  test("sends the title, size, background and format chosen, to download or copy", async () => {
    const { page } = opened;
    await page.getByRole("button", { name: "Image…" }).click();
    await expect(dialog().isVisible()).resolves.toBe(true);
    const title = dialog().getByRole("textbox", { name: "Title" });
    await expect(title.inputValue()).resolves.toBe("Afghanistan–Pakistan: who does what to whom");
    await title.fill("Border war <b>& \"talks\"</b>");
    await dialog().getByRole("radio", { name: /^2×/ }).check();
    await dialog().getByRole("radio", { name: "Dark" }).check();
    await expect(dialog().getByText("2000 × 1200 px").isVisible()).resolves.toBe(true);
    await dialog().getByRole("button", { name: "Download" }).click();
    await expect(dialog().isVisible()).resolves.toBe(false);
    expect((await events()).at(-1)).toEqual({ title: 'Border war <b>& "talks"</b>', size: { kind: "scale", scale: 2 }, background: "dark", format: "png", action: "download" });

    // Copying is for PNG; SVG turns it off and says why.
    await page.getByRole("button", { name: "Image…" }).click();
    const copy = dialog().getByRole("button", { name: "Copy to clipboard" });
    await expect(copy.isEnabled()).resolves.toBe(true);
    await dialog().getByRole("radio", { name: /^SVG/ }).check();
    await expect(copy.isDisabled()).resolves.toBe(true);
    await expect(dialog().getByText("Only PNG images can be copied.").isVisible()).resolves.toBe(true);
    await dialog().getByRole("radio", { name: /^PNG/ }).check();
    await dialog().getByRole("radio", { name: /^Full HD/ }).check();
    await copy.click();
    expect((await events()).at(-1)).toEqual({ title: 'Border war <b>& "talks"</b>', size: { kind: "fixed", width: 1920, height: 1080 }, background: "dark", format: "png", action: "copy" });
  });

  test("works from the keyboard, with Escape to close, and has no serious axe violation", async () => {
    const { page } = opened;
    const before = (await events()).length;
    await page.getByRole("button", { name: "Image…" }).focus();
    await page.keyboard.press("Enter");
    await expect(dialog().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: `${OUT}/dialog.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(dialog().isVisible()).resolves.toBe(false);
    // Enter opens it again, with the title field focused; Enter there submits: a download.
    await page.keyboard.press("Enter");
    await expect(dialog().getByRole("textbox", { name: "Title" }).evaluate((e) => e.matches(":focus"))).resolves.toBe(true);
    await page.keyboard.press("Enter");
    expect((await events()).length).toBe(before + 1);
    expect(opened.problems).toEqual([]);
  });
});
