/**
 * Reads a GIF film back for tests, with omggif (an independent decoder): its size, loop count,
 * each frame's delay, and any frame as it is seen, the frames before it composed under it as
 * their disposal methods say.
 */
import { GifReader } from "omggif";

export interface GifFilm {
  readonly width: number;
  readonly height: number;
  readonly frameCount: number;
  /** 0 loops for ever. */
  readonly loopCount: number;
  readonly delaysCs: readonly number[];
  readonly durationSeconds: number;
  readonly disposals: readonly number[];
  readonly transparentIndices: readonly (number | null)[];
  /** The picture shown while frame `index` is on screen, as RGBA. */
  frameAt(index: number): Uint8Array;
}

export function readGif(bytes: Uint8Array): GifFilm {
  if (bytes.length < 6 || String.fromCharCode(...bytes.subarray(0, 6)) !== "GIF89a")
    throw new Error(`gif: not a GIF89a file (it begins ${JSON.stringify(String.fromCharCode(...bytes.subarray(0, 6)))})`);
  const reader = new GifReader(bytes);
  const frameCount = reader.numFrames();
  const infos = Array.from({ length: frameCount }, (_, i) => reader.frameInfo(i));
  const delaysCs = infos.map((f) => f.delay);
  return {
    width: reader.width,
    height: reader.height,
    frameCount,
    loopCount: reader.loopCount(),
    delaysCs,
    durationSeconds: delaysCs.reduce((a, b) => a + b, 0) / 100,
    disposals: infos.map((f) => f.disposal),
    transparentIndices: infos.map((f) => f.transparent_index),
    frameAt(index) {
      if (index < 0 || index >= frameCount) throw new Error(`gif: no frame ${index}; the file has ${frameCount}`);
      const canvas = new Uint8Array(reader.width * reader.height * 4);
      for (let i = 0; i <= index; i++) {
        const before = infos[i].disposal === 3 ? canvas.slice() : null;
        reader.decodeAndBlitFrameRGBA(i, canvas);
        if (i === index) break;
        if (infos[i].disposal === 2) clearRect(canvas, reader.width, infos[i]);
        else if (before) canvas.set(before);
      }
      return canvas;
    },
  };
}

function clearRect(canvas: Uint8Array, width: number, f: { x: number; y: number; width: number; height: number }): void {
  for (let y = f.y; y < f.y + f.height; y++) canvas.fill(0, (y * width + f.x) * 4, (y * width + f.x + f.width) * 4);
}
