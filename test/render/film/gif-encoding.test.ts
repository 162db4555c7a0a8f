/**
 * The GIF film encoder in Node, read back with omggif: every frame added is a frame of the file,
 * looping for ever; each frame shows the colours drawn; unchanged pixels are transparent over a
 * kept frame; a colour first seen late gets its own palette entry; delays carry their rounding.
 */
import { GifReader } from "omggif";
import { describe, expect, test } from "vitest";
import { GifFilmEncoder } from "../../../src/render/film/gif-encoding";
import { readGif } from "../../support/gif-reader";

const W = 40;
const H = 30;
type RGB = readonly [number, number, number];

/** A frame of one colour with a `square` of another at (x, y), 8 px wide. */
function frame(background: RGB, square?: { colour: RGB; x: number; y: number }): Uint8Array {
  const rgba = new Uint8Array(W * H * 4);
  for (let i = 0; i < W * H; i++) rgba.set([...background, 255], i * 4);
  if (square)
    for (let y = square.y; y < square.y + 8; y++) for (let x = square.x; x < square.x + 8; x++) rgba.set([...square.colour, 255], (y * W + x) * 4);
  return rgba;
}

const pixel = (rgba: Uint8Array, x: number, y: number): number[] => [...rgba.subarray((y * W + x) * 4, (y * W + x) * 4 + 3)];
const near = (a: readonly number[], b: readonly number[], tolerance = 8) => a.every((v, i) => Math.abs(v - b[i]) <= tolerance);

const WHITE: RGB = [250, 250, 248];
const NAVY: RGB = [30, 40, 110];
const RED: RGB = [215, 30, 40];

describe("GifFilmEncoder", () => {
  test("writes every frame, loops for ever, and each frame shows what was drawn", () => {
    const film = new GifFilmEncoder(W, H);
    const drawn = [frame(WHITE, { colour: NAVY, x: 2, y: 2 }), frame(WHITE, { colour: NAVY, x: 12, y: 2 }), frame(WHITE, { colour: NAVY, x: 12, y: 2 }), frame(WHITE, { colour: NAVY, x: 30, y: 20 })];
    drawn.forEach((rgba, i) => film.addFrame(rgba, i * 0.25, 0.25));
    const gif = readGif(film.finish());
    expect([gif.width, gif.height, gif.frameCount, gif.loopCount]).toEqual([W, H, 4, 0]);
    for (let i = 0; i < 4; i++) {
      const shown = gif.frameAt(i);
      for (const [x, y] of [[0, 0], [5, 5], [15, 5], [33, 23], [39, 29]])
        expect(near(pixel(shown, x, y), pixel(drawn[i], x, y)), `frame ${i} at ${x},${y}: ${pixel(shown, x, y)}`).toBe(true);
    }
  });

  test("pixels that show the same colour as the frame before are transparent over a kept frame", () => {
    const film = new GifFilmEncoder(W, H);
    film.addFrame(frame(WHITE, { colour: NAVY, x: 2, y: 2 }), 0, 0.5);
    film.addFrame(frame(WHITE, { colour: NAVY, x: 2, y: 2 }), 0.5, 0.5);
    film.addFrame(frame(WHITE, { colour: NAVY, x: 20, y: 2 }), 1, 0.5);
    // A shade off the one before, too slight for a palette colour of its own: still nothing to write.
    film.addFrame(frame([WHITE[0] + 1, WHITE[1], WHITE[2] - 1], { colour: NAVY, x: 20, y: 2 }), 1.5, 0.5);
    const bytes = film.finish();
    const gif = readGif(bytes);
    expect(gif.disposals).toEqual([1, 1, 1, 1]);
    expect(gif.transparentIndices).toEqual([null, 0, 0, 0]);
    /** Frame i decoded over nothing: what it writes is opaque, what it leaves is not. */
    const alone = (i: number) => {
      const rgba = new Uint8Array(W * H * 4);
      new GifReader(bytes).decodeAndBlitFrameRGBA(i, rgba);
      return (x: number, y: number) => rgba[(y * W + x) * 4 + 3] === 255;
    };
    const held = alone(1);
    expect([held(0, 0), held(4, 4), held(22, 4)]).toEqual([false, false, false]);
    const moved = alone(2);
    // Where the square left and where it came are written; the rest is left as it was.
    expect([moved(0, 0), moved(4, 4), moved(22, 4), moved(35, 25)]).toEqual([false, true, true, false]);
    const shaded = alone(3);
    expect([shaded(0, 0), shaded(4, 4), shaded(22, 4)]).toEqual([false, false, false]);
  });

  test("a colour first seen late gets its own palette entry instead of the nearest of the first frame's", () => {
    const film = new GifFilmEncoder(W, H);
    film.addFrame(frame(WHITE, { colour: NAVY, x: 2, y: 2 }), 0, 0.5);
    film.addFrame(frame(WHITE, { colour: RED, x: 20, y: 10 }), 0.5, 0.5);
    const gif = readGif(film.finish());
    expect(pixel(gif.frameAt(1), 22, 12)).toEqual([...RED]);
    expect(near(pixel(gif.frameAt(1), 4, 4), WHITE)).toBe(true);
  });

  test("delays are whole centiseconds whose sum follows the timestamps without drift", () => {
    const film = new GifFilmEncoder(W, H);
    for (let i = 0; i < 24; i++) film.addFrame(frame(i % 2 ? WHITE : NAVY), i / 12, 1 / 12);
    const gif = readGif(film.finish());
    expect(gif.delaysCs.slice(0, 6)).toEqual([8, 9, 8, 8, 9, 8]);
    expect(gif.durationSeconds).toBe(2);
  });

  test("a frame of the wrong size and a film of no frames are refused, saying why", () => {
    const film = new GifFilmEncoder(W, H);
    expect(() => film.addFrame(new Uint8Array(16), 0, 1)).toThrow(/4 pixels, not 40×30/);
    expect(() => film.finish()).toThrow(/no frame/);
  });
});
