/**
 * The animate command makes a film of the timeline headless: its options keep the precision of
 * the dates typed and refuse what no encoder takes, with the fix; a GIF made from a link's view
 * has the size asked and one frame per frame of each step, its first and last frames differ
 * where the date is and agree where the title is, and its last frame's graph holds the colours
 * of what the data shows in the last step's month. The films are written to
 * test-results/animate/ to be looked at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { animateOptions } from "../../src/cli/animate";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { TYPE } from "../../src/look/composition/style";
import { cli } from "../support/cli";
import { readGif } from "../support/gif-reader";
import { readBundledData } from "../support/data";
import { pixelsChanged, type Picture, type Region } from "../support/pixels";
import { expectColoursOf } from "../support/view-colours";

const OUT = resolve("test-results/animate");
mkdirSync(OUT, { recursive: true });
console.log(`animate command films: ${OUT}`);

describe("options", () => {
  test("dates keep their precision: a month runs from its first day to its last", () => {
    const { spec, view, out } = animateOptions(["--from", "2021-01", "--to", "2026-03", "--out", "film.webm", "--view", "?at=2026-03-01&theme=dark"]);
    expect(spec).toMatchObject({ from: parseDay("2021-01-01"), to: parseDay("2026-03-31"), step: "month", fps: 4, secondsPerStep: 1, width: 1280, height: 720, format: "webm", background: "dark", captions: true });
    expect([view, out]).toEqual(["at=2026-03-01&theme=dark", "film.webm"]);
    expect(animateOptions(["--from", "2021", "--to", "Mar 2022", "--step", "year", "--out", "f.gif", "--no-captions"]).spec).toMatchObject({ from: parseDay("2021-01-01"), to: parseDay("2022-03-31"), step: "year", format: "gif", captions: false });
  });

  test("what cannot be filmed is refused with the value and the fix", () => {
    const refused = (...args: string[]) => () => animateOptions(args);
    expect(refused("--from", "2021-01", "--to", "2026-03", "--out", "film.avi")).toThrow(/"avi" should be webm, mp4 or gif/);
    expect(refused("--to", "2026-03", "--out", "film.webm")).toThrow(/--from DATE is needed/);
    expect(refused("--from", "2021-13", "--to", "2026-03", "--out", "film.webm")).toThrow(/--from "2021-13"/);
    expect(refused("--from", "2021-01", "--to", "2026-03", "--step", "day", "--out", "film.webm")).toThrow(/--step "day" should be week, month, quarter or year/);
    expect(refused("--from", "2021-01", "--to", "2026-03", "--background", "transparent", "--out", "film.webm")).toThrow(/no transparent background/);
    expect(refused("--from", "2021-01", "--to", "2026-03", "--width", "1281", "--out", "film.webm")).toThrow(/1281/);
    expect(refused("--from", "2026-03", "--to", "2021-01", "--out", "film.webm")).toThrow(/2021|before|after/);
  });
});

test("a GIF of six months from a link's view: its size, its frames, its first and last dates", async () => {
  const out = `${OUT}/2025-10_2026-03.gif`;
  const { code, err } = await cli("animate", "--view", "at=2026-03-01", "--from", "2025-10", "--to", "2026-03", "--fps", "2", "--width", "960", "--height", "540", "--title", "Six months", "--out", out);
  expect(err).toContain(`wrote ${out}`);
  expect(code).toBe(0);
  const gif = readGif(new Uint8Array(readFileSync(out)));
  expect([gif.width, gif.height]).toEqual([960, 540]);
  // Six months at two frames a second for a second each.
  expect(gif.frameCount).toBe(12);
  expect(gif.durationSeconds).toBe(6);
  const picture = (index: number): Picture => ({ width: gif.width, height: gif.height, data: Buffer.from(gif.frameAt(index)) }) as Picture;
  const [first, last] = [picture(0), picture(gif.frameCount - 1)];
  // The slide's type scale at this size (style.ts targetOf): the title band, then the date under it.
  const s = 1.25 * Math.min(960 / 1280, 540 / 720);
  const m = TYPE.margin * s;
  const title: Region = { x: 0, y: 0, width: 960, height: Math.floor(m + TYPE.title * s * 1.1) };
  const date: Region = { x: 0, y: Math.ceil(m + TYPE.title * s * 1.3), width: Math.floor(960 * 0.5), height: Math.floor(TYPE.date * s * 2.4) };
  expect(pixelsChanged(first, last, 12, title)).toBe(0);
  expect(pixelsChanged(first, last, 12, date)).toBeGreaterThan(50);
  // The graph of the last frame: what the data shows over March 2026, by colour.
  const loaded = loadDataSet(readBundledData());
  if (!loaded.ok) throw new Error("bundled data does not load");
  const graph: Region = { x: Math.ceil(m), y: Math.ceil(540 * 0.25), width: Math.floor(960 * 0.6 - 2 * m), height: Math.floor(540 * 0.6) };
  expectColoursOf(last, graph, "light", loaded.dataSet, { mode: "window", from: parseDay("2026-03-01"), to: parseDay("2026-03-31"), hideIsolated: true });
});
