/**
 * A GIF film, frame by frame, without the DOM (the GIF worker runs it; Node tests it): gifenc
 * compresses each frame, and this decides what each frame holds.
 *
 * - One global palette for the whole film, so a colour never flickers between frames. It is
 *   built up: the first frame's colours fill most of it, and a colour that appears later and is
 *   far from every colour so far (a relation family not yet shown) gets one of the slots kept
 *   free. Entries are only ever added, so earlier frames keep their meaning, and the palette is
 *   written into the header when the film ends.
 * - Pixels that show the same palette colour as the frame before are written transparent, over
 *   a frame that is kept (disposal 1), so a still slide costs bytes only where something moved.
 * - Delays are whole centiseconds, each rounded from the frame's end time, so the rounding
 *   carries and the film's length never drifts from the timestamps.
 */
import { GIFEncoder, nearestColorIndexWithDistance, quantize, type GifPalette } from "gifenc";

/** Palette index 0 stands for "unchanged" (transparent); colours take 1–255. */
const TRANSPARENT = 0;
/** Marks a looked-up index whose colour is far from it (see FAR). */
const FAR_FLAG = 0x100;
const MAX_COLOURS = 255;
/** Slots the first frame leaves free for colours that appear later. */
const KEPT_FREE = 40;
/** A colour this far (squared RGB distance) from every palette colour asks for a slot of its own. */
const FAR = 12 * 12 * 3;
/** …when at least this many pixels of one frame are that far: a few stray pixels are not worth a slot. */
const FAR_PIXELS_WORTH_A_SLOT = 24;
/** Colours added from one frame at most. */
const ADDED_PER_FRAME = 8;
/** Browsers play a delay under 2 cs as 10 cs; never write one. */
const MIN_DELAY_CS = 2;
/** Disposal method 1: leave the frame in place; the next one draws over it. */
const KEEP = 1;

export class GifFilmEncoder {
  private readonly colours: GifPalette = [];
  private readonly frames = GIFEncoder({ auto: false, initialCapacity: 1 << 20 });
  /** The palette index each pixel shows now, and the RGBA it came from. */
  private readonly shown: Uint8Array;
  private previous: Uint32Array | null = null;
  /** lookUp's answer + 1 by RGB565, 0 when not yet looked up: most pixels share few colours. */
  private nearest = new Uint16Array(1 << 16);
  private shownCs = 0;
  private frameCount = 0;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.shown = new Uint8Array(width * height);
  }

  get frameTotal(): number {
    return this.frameCount;
  }

  /** Adds a frame of RGBA pixels (alpha ignored) shown from `timestamp` for `duration` seconds. */
  addFrame(rgba: Uint8Array | Uint8ClampedArray, timestamp: number, duration: number): void {
    const n = this.width * this.height;
    if (rgba.length !== n * 4) throw new Error(`GIF film: a frame has ${rgba.length / 4} pixels, not ${this.width}×${this.height} = ${n}`);
    const pixels = new Uint32Array(rgba.buffer, rgba.byteOffset, n);
    if (this.frameCount === 0) this.addColours(quantize(rgba, MAX_COLOURS - KEPT_FREE));
    const index = new Uint8Array(n);
    const far: number[] = [];
    const first = this.previous === null;
    for (let i = 0; i < n; i++) {
      if (!first && pixels[i] === this.previous![i]) continue; // index[i] is already TRANSPARENT
      const found = this.lookUp(rgba, i);
      // A far pixel is placed once the palette had its chance to grow.
      if (found & FAR_FLAG) far.push(i);
      else this.place(index, i, found, first);
    }
    if (far.length >= FAR_PIXELS_WORTH_A_SLOT && this.colours.length < MAX_COLOURS)
      this.addColours(quantize(gather(rgba, far), Math.min(ADDED_PER_FRAME, MAX_COLOURS - this.colours.length)));
    for (const i of far) this.place(index, i, this.lookUp(rgba, i) & ~FAR_FLAG, first);
    this.previous = first ? new Uint32Array(pixels) : (this.previous!.set(pixels), this.previous);
    const endCs = Math.round((timestamp + duration) * 100);
    const delayCs = Math.max(MIN_DELAY_CS, endCs - this.shownCs);
    this.shownCs += delayCs;
    this.frames.writeFrame(index, this.width, this.height, { transparent: !first, transparentIndex: TRANSPARENT, delay: delayCs * 10, dispose: KEEP });
    this.frameCount++;
  }

  /** The whole file: header, the palette as it ended, looping for ever, the frames. */
  finish(): Uint8Array {
    if (this.frameCount === 0) throw new Error("GIF film: no frame was added");
    this.frames.finish();
    const body = this.frames.bytesView();
    const header = gifHeader(this.width, this.height, [[0, 0, 0], ...this.colours]);
    const file = new Uint8Array(header.length + body.length);
    file.set(header);
    file.set(body, header.length);
    return file;
  }

  /** Writes palette index `k` at pixel i, or leaves it transparent when it shows `k` already. */
  private place(index: Uint8Array, i: number, k: number, first: boolean): void {
    if (!first && this.shown[i] === k) index[i] = TRANSPARENT;
    else index[i] = this.shown[i] = k;
  }

  /** The palette index nearest pixel i, with FAR_FLAG set when it is far from all of them. */
  private lookUp(rgba: Uint8Array | Uint8ClampedArray, i: number): number {
    const r = rgba[i * 4],
      g = rgba[i * 4 + 1],
      b = rgba[i * 4 + 2];
    const key = ((r >> 3) << 11) | ((g >> 2) << 5) | (b >> 3);
    const cached = this.nearest[key];
    if (cached) return cached - 1;
    const [k, distance] = nearestColorIndexWithDistance(this.colours, [r, g, b]);
    // Far is remembered only while a slot could still be given; the cache is emptied when one is.
    const found = (k + 1) | (distance > FAR && this.colours.length < MAX_COLOURS ? FAR_FLAG : 0);
    this.nearest[key] = found + 1;
    return found;
  }

  private addColours(colours: GifPalette): void {
    for (const c of colours) if (this.colours.length < MAX_COLOURS) this.colours.push([c[0], c[1], c[2]]);
    this.nearest = new Uint16Array(1 << 16);
  }
}

function gather(rgba: Uint8Array | Uint8ClampedArray, at: readonly number[]): Uint8Array {
  const out = new Uint8Array(at.length * 4);
  at.forEach((i, j) => out.set(rgba.subarray(i * 4, i * 4 + 4), j * 4));
  return out;
}

/** "GIF89a", the screen (global palette of 256), the palette, and NETSCAPE2.0's loop for ever. */
function gifHeader(width: number, height: number, palette: GifPalette): Uint8Array {
  const bytes: number[] = [..."GIF89a"].map((c) => c.charCodeAt(0));
  bytes.push(width & 0xff, width >> 8, height & 0xff, height >> 8, 0xf7, 0, 0);
  for (let i = 0; i < 256; i++) bytes.push(...(palette[i] ?? [0, 0, 0]).slice(0, 3));
  bytes.push(0x21, 0xff, 11, ...[..."NETSCAPE2.0"].map((c) => c.charCodeAt(0)), 3, 1, 0, 0, 0);
  return Uint8Array.from(bytes);
}
