/**
 * Reading pictures by their pixels: what share of an image (a screenshot of the graph area, a
 * downloaded PNG) is near a given colour, and how two pictures differ. Tests use it to see that
 * something is drawn, in the colour it should be, and not merely that bytes changed.
 */
import { PNG } from "pngjs";

export interface Picture {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

export interface Region {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const decodePng = (png: Buffer): Picture => PNG.sync.read(png);

/** "#rrggbb" as [r, g, b]. */
export function rgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`rgb: expected a colour as #rrggbb, got ${JSON.stringify(hex)}`);
  return [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)];
}

const within = (picture: Picture, region?: Region): Region => region ?? { x: 0, y: 0, width: picture.width, height: picture.height };

/** Pixels of `region` (all of it by default) within `tolerance` of `colour` on every channel, opaque ones only. */
export function pixelsNear(picture: Picture, colour: string, tolerance = 24, region?: Region): number {
  const [r, g, b] = rgb(colour);
  const area = within(picture, region);
  let count = 0;
  for (let y = area.y; y < area.y + area.height; y++)
    for (let x = area.x; x < area.x + area.width; x++) {
      const i = (y * picture.width + x) * 4;
      const d = picture.data;
      if (d[i + 3] > 200 && Math.abs(d[i] - r) <= tolerance && Math.abs(d[i + 1] - g) <= tolerance && Math.abs(d[i + 2] - b) <= tolerance) count++;
    }
  return count;
}

/** Pixels of `region` that differ from `background` by more than `tolerance` on some channel: what is drawn on it. */
export function pixelsNotNear(picture: Picture, background: string, tolerance = 12, region?: Region): number {
  const area = within(picture, region);
  return area.width * area.height - pixelsNear(picture, background, tolerance, area);
}

/** Pixels that differ between two pictures of one size by more than `tolerance` on some channel. */
export function pixelsChanged(a: Picture, b: Picture, tolerance = 12, region?: Region): number {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`pixelsChanged: ${a.width}×${a.height} against ${b.width}×${b.height}`);
  const area = within(a, region);
  let count = 0;
  for (let y = area.y; y < area.y + area.height; y++)
    for (let x = area.x; x < area.x + area.width; x++) {
      const i = (y * a.width + x) * 4;
      for (let c = 0; c < 4; c++)
        if (Math.abs(a.data[i + c] - b.data[i + c]) > tolerance) {
          count++;
          break;
        }
    }
  return count;
}
