/**
 * Where the camera goes so that a set of actors is on screen: framing what is shown (the first
 * view of a data set, an import, an ego view, "Fit to screen") and keeping a selected actor's
 * neighbourhood in view with as small a move as will do. Pure maths, in the renderer's own
 * terms so the graph view can hand the result to its camera unchanged:
 *
 * - positions are in sigma's "framed" space (the graph's extent normalised into [0, 1]);
 * - a camera {x, y, ratio} with no rotation draws a framed point at
 *   `width / 2 + (p.x - x) * scale / ratio`, `height / 2 - (p.y - y) * scale / ratio` pixels
 *   (framed y grows upwards), `scale` being the pixels a framed unit takes at ratio 1, which the
 *   view measures from sigma (it folds in the stage padding and sigma's correction ratio);
 * - an actor's disc is `size * sizeAt(ratio)` pixels (sigma divides sizes by √ratio), and its
 *   label, a fixed number of pixels at every zoom, is reserved on its right, where labels go first.
 */

export interface FramedActor {
  /** Framed position. */
  readonly x: number;
  readonly y: number;
  /** Display size (the disc's radius at ratio 1). */
  readonly size: number;
  /** The label's width in pixels, to keep room for on its right; 0 for none. */
  readonly label: number;
}

export interface CameraPlace {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export interface Framing {
  readonly width: number;
  readonly height: number;
  /** Pixels per framed unit at ratio 1. */
  readonly scale: number;
  /** Pixels kept free at each edge of the canvas... */
  readonly margin: number;
  /** ...and more at the top, where something is drawn over the canvas (the status line). */
  readonly marginTop?: number;
  /** A label's height in pixels: actors at the top and bottom edges keep half of it. */
  readonly labelHeight: number;
  /** Pixels between a disc and its label. */
  readonly labelGap: number;
  /** How far framing may zoom in and out. */
  readonly minRatio: number;
  readonly maxRatio: number;
  /** A disc's pixel radius per unit of size at a ratio; sigma's default is 1/√ratio. */
  readonly sizeAt?: (ratio: number) => number;
}

const defaultSizeAt = (ratio: number): number => 1 / Math.sqrt(ratio);

/** The pixel box the actors take, relative to the camera's centre at `ratio` (y downwards). */
function extent(actors: readonly FramedActor[], f: Framing, ratio: number, labels: boolean) {
  const k = f.scale / ratio;
  const grow = (f.sizeAt ?? defaultSizeAt)(ratio);
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const a of actors) {
    const radius = a.size * grow;
    const [u, v] = [a.x * k, -a.y * k];
    const half = Math.max(radius, labels && a.label ? f.labelHeight / 2 : 0);
    left = Math.min(left, u - radius);
    right = Math.max(right, u + radius + (labels && a.label ? f.labelGap + a.label : 0));
    top = Math.min(top, v - half);
    bottom = Math.max(bottom, v + half);
  }
  return { left, right, top, bottom };
}

function fits(actors: readonly FramedActor[], f: Framing, ratio: number, labels: boolean): boolean {
  const e = extent(actors, f, ratio, labels);
  return e.right - e.left <= f.width - 2 * f.margin && e.bottom - e.top <= f.height - f.margin - (f.marginTop ?? f.margin);
}

/**
 * The smallest ratio in [from, f.maxRatio] at which the actors fit (with their labels when
 * they can), found by bisection: the box they take only shrinks as the camera zooms out.
 */
function fittingRatio(actors: readonly FramedActor[], f: Framing, from: number): { ratio: number; labels: boolean } {
  for (const labels of [true, false]) {
    if (fits(actors, f, from, labels)) return { ratio: from, labels };
    if (!fits(actors, f, f.maxRatio, labels)) continue;
    let [lo, hi] = [Math.log(from), Math.log(f.maxRatio)];
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      if (fits(actors, f, Math.exp(mid), labels)) hi = mid;
      else lo = mid;
    }
    return { ratio: Math.exp(hi), labels };
  }
  return { ratio: f.maxRatio, labels: false };
}

/** The camera that shows every actor as large as fits, centred, labels included where they can be. */
export function frameActors(actors: readonly FramedActor[], f: Framing): CameraPlace | null {
  if (!actors.length) return null;
  const { ratio, labels } = fittingRatio(actors, f, f.minRatio);
  const e = extent(actors, f, ratio, labels);
  const k = f.scale / ratio;
  // Centred between the margins: half the difference between the top margin and the others down.
  const down = ((f.marginTop ?? f.margin) - f.margin) / 2;
  return { x: (e.left + e.right) / 2 / k, y: -((e.top + e.bottom) / 2 - down) / k, ratio };
}

/**
 * The camera nearest `camera` that shows every actor: the same when they are all in view;
 * otherwise moved only as far as needed, and zoomed out only when they cannot fit at its ratio.
 * It never zooms in.
 */
export function keepInView(camera: CameraPlace, actors: readonly FramedActor[], f: Framing): CameraPlace {
  if (!actors.length) return camera;
  const { ratio, labels } = fittingRatio(actors, f, Math.min(Math.max(camera.ratio, f.minRatio), f.maxRatio));
  const k = f.scale / ratio;
  const e = extent(actors, f, ratio, labels);
  // The box's edges on screen with the camera's centre kept; then the shift that brings it inside.
  const [cx, cy] = [camera.x * k, -camera.y * k];
  const shift = (low: number, high: number, centre: number, size: number, first = f.margin) => {
    const [from, to] = [size / 2 + low - centre, size / 2 + high - centre];
    if (from < first) return first - from;
    if (to > size - f.margin) return size - f.margin - to;
    return 0;
  };
  const dx = shift(e.left, e.right, cx, f.width);
  const dy = shift(e.top, e.bottom, cy, f.height, f.marginTop);
  return { x: camera.x - dx / k, y: camera.y + dy / k, ratio };
}

/** Where a framed point is drawn with a camera, in pixels: the mapping the module assumes. */
export function pointOnScreen(p: { x: number; y: number }, camera: CameraPlace, f: Pick<Framing, "width" | "height" | "scale">): { x: number; y: number } {
  const k = f.scale / camera.ratio;
  return { x: f.width / 2 + (p.x - camera.x) * k, y: f.height / 2 - (p.y - camera.y) * k };
}

/** Two camera places that draw within a hundredth of a pixel of each other on a canvas of `size` pixels. */
export function sameCameraPlace(a: CameraPlace, b: CameraPlace, scale = 1000): boolean {
  const eps = 0.01 / scale;
  return Math.abs(a.x - b.x) < eps * a.ratio && Math.abs(a.y - b.y) < eps * a.ratio && Math.abs(a.ratio / b.ratio - 1) < 1e-5;
}
