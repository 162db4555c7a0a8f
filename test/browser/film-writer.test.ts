/**
 * The film writers in a real Chromium, on test/pages/film-writer.html: synthetic 1280×720 frames
 * (a colour and a number each) written as WebM, MP4 and GIF are read back from their containers
 * (size, frame count, duration, key frames) and decoded (the first and last frames show the
 * colours drawn, and differ); a film cancelled half-way leaves no file and no error, and the
 * next one is whole. The bytes of a 252-frame mostly still slide film are printed, not asserted.
 * Decoded frames go to test-results/film-writer/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FormatSupport } from "../../src/render/film/film-support";
import type { FilmFormat } from "../../src/look/film/types";
import type { FilmRequest, FilmResult } from "../pages/film-writer";
import { launchBrowser } from "../support/browser";
import { readGif } from "../support/gif-reader";
import { readMp4 } from "../support/mp4-reader";
import { ProblemLog, watchProblems } from "../support/page";
import { serveApp } from "../support/serve";
import { readWebm } from "../support/webm-reader";

const OUT = "test-results/film-writer";
let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
let page: Page;
const problems = new ProblemLog();
watchProblems(() => problems);

interface FilmTest {
  support(): Promise<Record<FilmFormat, FormatSupport>>;
  write(request: FilmRequest): Promise<FilmResult>;
  videoFrames(times: readonly number[]): Promise<{ colour: number[]; png: string }[]>;
}

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
  page = await browser.newPage({ viewport: { width: 800, height: 600 } });
  problems.watch(page);
  // Served from http://127.0.0.1, a secure context: WebCodecs exists only there.
  await page.goto(`${app.url}test/pages/film-writer.html`);
  await page.waitForFunction(() => "filmTest" in window);
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const FILM = { width: 1280, height: 720, fps: 4, frames: 20, kind: "solid" } as const;
const write = (request: FilmRequest): Promise<FilmResult> => page.evaluate((r) => (window as unknown as { filmTest: FilmTest }).filmTest.write(r), request);
const videoFrames = (times: number[]) => page.evaluate((t) => (window as unknown as { filmTest: FilmTest }).filmTest.videoFrames(t), times);
const bytesOf = (result: FilmResult): Uint8Array => new Uint8Array(Buffer.from(result.base64!, "base64"));
/** Largest difference of one channel. */
const distance = (a: readonly number[], b: readonly number[]) => Math.max(...a.map((v, i) => Math.abs(v - b[i])));
/** Lossy video moves a flat colour a little, never this much. */
const CLOSE = 24;
const savePng = (name: string, dataUrl: string) => writeFileSync(`${OUT}/${name}.png`, Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ""), "base64"));

test("this Chromium writes WebM as VP9, MP4 as H.264, and GIF, and says where each plays", async () => {
  const support = await page.evaluate(() => (window as unknown as { filmTest: FilmTest }).filmTest.support());
  expect([support.webm.ok, support.webm.codec, support.mp4.ok, support.mp4.codec, support.gif.ok]).toEqual([true, "vp9", true, "avc", true]);
  expect(support.mp4.note).toMatch(/PowerPoint, Keynote/);
});

describe("each frame written is a frame of the file, at its time, showing what was drawn", () => {
  /** The first frame's middle and the last frame's middle, in seconds. */
  const FIRST = 0.5 / FILM.fps;
  const LAST = (FILM.frames - 0.5) / FILM.fps;

  test("WebM", async () => {
    const result = await write({ ...FILM, format: "webm" });
    expect(result.type).toBe("video/webm");
    const webm = readWebm(bytesOf(result));
    expect([webm.codecId, webm.width, webm.height, webm.frameCount, webm.durationSeconds]).toEqual(["V_VP9", 1280, 720, 20, 5]);
    expect(webm.frameTimes).toEqual(Array.from({ length: 20 }, (_, i) => i / FILM.fps));
    // A key frame at least every 2 s, so a player seeks anywhere without decoding far back.
    expect(webm.keyFrameTimes).toEqual([0, 2, 4]);
    await checkDecodedVideo("webm", result);
  });

  test("MP4", async () => {
    const result = await write({ ...FILM, format: "mp4" });
    expect(result.type).toBe("video/mp4");
    const mp4 = readMp4(bytesOf(result));
    expect([mp4.codec, mp4.width, mp4.height, mp4.sampleCount, mp4.durationSeconds, mp4.keyFrameCount]).toEqual(["avc1", 1280, 720, 20, 5, 3]);
    await checkDecodedVideo("mp4", result);
  });

  async function checkDecodedVideo(name: string, result: FilmResult): Promise<void> {
    const [first, last] = await videoFrames([FIRST, LAST]);
    savePng(`${name}-first`, first.png);
    savePng(`${name}-last`, last.png);
    expect(distance(first.colour, result.drawn[0]), `first frame ${first.colour} against drawn ${result.drawn[0]}`).toBeLessThanOrEqual(CLOSE);
    expect(distance(last.colour, result.drawn[19]), `last frame ${last.colour} against drawn ${result.drawn[19]}`).toBeLessThanOrEqual(CLOSE);
    expect(distance(first.colour, last.colour)).toBeGreaterThan(100);
  }

  test("GIF", async () => {
    const result = await write({ ...FILM, format: "gif" });
    expect(result.type).toBe("image/gif");
    const gif = readGif(bytesOf(result));
    expect([gif.width, gif.height, gif.frameCount, gif.durationSeconds, gif.loopCount]).toEqual([1280, 720, 20, 5, 0]);
    const at = (rgba: Uint8Array) => [...rgba.subarray((40 * 1280 + 40) * 4, (40 * 1280 + 40) * 4 + 3)];
    const [first, last] = [at(gif.frameAt(0)), at(gif.frameAt(19))];
    // GIF's palette is exact for a flat colour of a few.
    expect(distance(first, result.drawn[0])).toBeLessThanOrEqual(8);
    expect(distance(last, result.drawn[19])).toBeLessThanOrEqual(8);
    expect(distance(first, last)).toBeGreaterThan(100);
  });
});

describe("a film cancelled half-way leaves no file and no error, and the next film is whole", () => {
  for (const format of ["webm", "mp4", "gif"] as const)
    test(format, async () => {
      const cancelled = await write({ ...FILM, format, cancelAt: 10 });
      expect(cancelled.base64).toBeNull();
      // The frame under way when Cancel came may have been taken or not; either way its add ends.
      expect(["added", "AbortError"]).toContain(cancelled.cancelled?.add);
      expect(cancelled.cancelled?.finish).toBe("AbortError");
      const next = await write({ ...FILM, format, frames: 6 });
      const frames = format === "webm" ? readWebm(bytesOf(next)).frameCount : format === "mp4" ? readMp4(bytesOf(next)).sampleCount : readGif(bytesOf(next)).frameCount;
      expect(frames).toBe(6);
    });
});

test("a 252-frame mostly still 1280×720 slide film: its bytes as WebM and GIF (printed)", async () => {
  const slide = { ...FILM, frames: 252, kind: "slide" } as const;
  const webm = await write({ ...slide, format: "webm" });
  const gif = await write({ ...slide, format: "gif" });
  expect(readWebm(bytesOf(webm)).frameCount).toBe(252);
  expect(readGif(bytesOf(gif)).frameCount).toBe(252);
  console.log(`252-frame 1280×720 slide film at 4 fps (63 s): WebM ${(webm.bytes / 1e6).toFixed(2)} MB, GIF ${(gif.bytes / 1e6).toFixed(2)} MB`);
}, 180_000);
