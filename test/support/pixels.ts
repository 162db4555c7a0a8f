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

/** Pixels of a region whose alpha is not 0. */
export function painted(picture: Picture, region: Region): number {
  let count = 0;
  for (let y = region.y; y < region.y + region.height; y++) for (let x = region.x; x < region.x + region.width; x++) if (picture.data[(y * picture.width + x) * 4 + 3] !== 0) count++;
  return count;
}

/**
 * How many pixels of a region show each of `colours`, over `background`: a pixel counts for the
 * colour whose blend with the background (an anti-aliased edge, a thin relation) it lies on,
 * at least half way to the colour and within a few levels, and for the nearest such colour only,
 * so an armed group's rim is not taken for a hostile relation. Transparent images are inked as
 * for a light slide, and only their opaque pixels count.
 */
export function census(picture: Picture, region: Region, background: string, colours: Record<string, string>): Record<string, number> {
  const bg = rgb(background);
  const lines = Object.entries(colours).map(([name, hex]) => {
    const c = rgb(hex);
    const d = [c[0] - bg[0], c[1] - bg[1], c[2] - bg[2]];
    return { name, d, dd: d[0] * d[0] + d[1] * d[1] + d[2] * d[2] };
  });
  const counts: Record<string, number> = Object.fromEntries(lines.map((l) => [l.name, 0]));
  const px = picture.data;
  for (let y = region.y; y < region.y + region.height; y++)
    for (let x = region.x; x < region.x + region.width; x++) {
      const i = (y * picture.width + x) * 4;
      if (px[i + 3] < 200) continue;
      const v = [px[i] - bg[0], px[i + 1] - bg[1], px[i + 2] - bg[2]];
      let best: string | undefined;
      let bestResidual = BLEND_TOLERANCE;
      for (const l of lines) {
        const t = (v[0] * l.d[0] + v[1] * l.d[1] + v[2] * l.d[2]) / l.dd;
        if (t < 0.5 || t > 1.1) continue;
        const residual = Math.max(Math.abs(v[0] - t * l.d[0]), Math.abs(v[1] - t * l.d[1]), Math.abs(v[2] - t * l.d[2]));
        if (residual <= bestResidual) [best, bestResidual] = [l.name, residual];
      }
      if (best) counts[best]++;
    }
  return counts;
}

/** How far off a colour's blend with the background a pixel may be, per channel. */
export const BLEND_TOLERANCE = 6;
/**
 * Of a colour the view draws, more than this share of the graph area: its least drawn colours, a
 * single thin relation or a single small actor, cover twice as much or more.
 */
export const PRESENT = 1 / 10_000;
/** Of a colour the view does not draw, less than this: where relations of two colours cross, a few pixels may blend into a third. */
export const ABSENT = 1 / 30_000;
