/**
 * Where actor labels go so that no two cover each other and none is cut by the frame: the one
 * placement rule the canvas and the image composers share. Labels are offered in priority order
 * (the selected actor, then the most connected); each takes the first free place among right of
 * its actor, left, below, above and the four corners, or is left out. Pure and in pixels, so it runs in Node.
 *
 * A greedy pass, as sigma's own label grid is: placing labels optimally is NP-hard, and a
 * reader cares most that the important ones are there, which the priority order gives.
 */

/** A rectangle in pixels, top-left origin. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An actor drawn as a disc: what a label must not cover either, apart from its own actor's. */
export interface Disc {
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

/** A label to place: its actor's disc and the size of its text box. */
export interface LabelRequest extends Disc {
  readonly width: number;
  readonly height: number;
}

export type LabelSide = "right" | "left" | "below" | "above" | "above-right" | "below-right" | "above-left" | "below-left";

export interface PlacedLabel {
  readonly box: Box;
  readonly side: LabelSide;
}

/**
 * The sides tried, in order: right reads best (text starts by its actor), then left, below and
 * above, then the four corners (the cartographer's eight positions round a point), which free a
 * name at the rim of a graph whose sides are taken by its neighbours' names.
 */
export const LABEL_SIDES: readonly LabelSide[] = ["right", "left", "below", "above", "above-right", "below-right", "above-left", "below-left"];

export const boxesOverlap = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

export const boxInside = (box: Box, frame: Box): boolean => box.x >= frame.x && box.y >= frame.y && box.x + box.width <= frame.x + frame.width && box.y + box.height <= frame.y + frame.height;

function boxCoversDisc(box: Box, disc: Disc): boolean {
  const nx = Math.max(box.x, Math.min(disc.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(disc.y, box.y + box.height));
  return (nx - disc.x) ** 2 + (ny - disc.y) ** 2 < disc.radius ** 2;
}

/** The label's box on one side of its actor, `gap` pixels from the disc. */
export function labelBox(request: LabelRequest, side: LabelSide, gap: number): Box {
  const { x, y, radius, width, height } = request;
  switch (side) {
    case "right":
      return { x: x + radius + gap, y: y - height / 2, width, height };
    case "left":
      return { x: x - radius - gap - width, y: y - height / 2, width, height };
    case "below":
      return { x: x - width / 2, y: y + radius + gap, width, height };
    case "above":
      return { x: x - width / 2, y: y - radius - gap - height, width, height };
  }
  // A corner: the box's near corner a gap off the disc, on its diagonal.
  const d = (radius + gap) * Math.SQRT1_2;
  const left = side.endsWith("left");
  return { x: left ? x - d - width : x + d, y: side.startsWith("above") ? y - d - height : y + d, width, height };
}

/**
 * Places labels one by one inside `frame`. Boxes are kept in a uniform grid of buckets, so each
 * try looks only at its neighbours: a thousand labels place in a few milliseconds.
 */
export class LabelPlacer {
  private readonly placed: Box[] = [];
  private readonly buckets = new Map<number, number[]>();
  private readonly discs: Disc[] = [];
  private readonly discBuckets = new Map<number, number[]>();

  constructor(
    private readonly frame: Box,
    private readonly gap = 3,
    /** Bucket size in pixels: about a label's height times a few. */
    private readonly cell = 64,
  ) {}

  /** Actors labels must not cover (every drawn actor; a label may still touch its own). */
  avoidDiscs(discs: Iterable<Disc>): void {
    for (const disc of discs) {
      const i = this.discs.push(disc) - 1;
      this.addToBuckets(this.discBuckets, { x: disc.x - disc.radius, y: disc.y - disc.radius, width: 2 * disc.radius, height: 2 * disc.radius }, i);
    }
  }

  /**
   * The first free place for the label, now taken; null when there is none. `first` is the side
   * tried before the usual order: where the name stood in a film's frame before, so it stays put.
   */
  place(request: LabelRequest, first?: LabelSide): PlacedLabel | null {
    for (const side of first ? [first, ...LABEL_SIDES.filter((s) => s !== first)] : LABEL_SIDES) {
      const box = labelBox(request, side, this.gap);
      if (!boxInside(box, this.frame) || this.collides(box, request)) continue;
      this.addToBuckets(this.buckets, box, this.placed.push(box) - 1);
      return { box, side };
    }
    return null;
  }

  /** Every box placed so far. */
  boxes(): readonly Box[] {
    return this.placed;
  }

  private collides(box: Box, own: Disc): boolean {
    for (const i of this.near(this.buckets, box)) if (boxesOverlap(box, this.placed[i])) return true;
    for (const i of this.near(this.discBuckets, box)) {
      const disc = this.discs[i];
      if (disc.x === own.x && disc.y === own.y) continue;
      if (boxCoversDisc(box, disc)) return true;
    }
    return false;
  }

  private keys(box: Box): number[] {
    const keys: number[] = [];
    const [c0, c1] = [Math.floor(box.x / this.cell), Math.floor((box.x + box.width) / this.cell)];
    const [r0, r1] = [Math.floor(box.y / this.cell), Math.floor((box.y + box.height) / this.cell)];
    // Cells are keyed as one number: rows and columns stay well within ±2^20 for any image.
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) keys.push(r * 2_097_152 + c);
    return keys;
  }

  private addToBuckets(buckets: Map<number, number[]>, box: Box, index: number): void {
    for (const key of this.keys(box)) {
      const list = buckets.get(key);
      if (list) list.push(index);
      else buckets.set(key, [index]);
    }
  }

  private *near(buckets: Map<number, number[]>, box: Box): Iterable<number> {
    const seen = new Set<number>();
    for (const key of this.keys(box))
      for (const i of buckets.get(key) ?? [])
        if (!seen.has(i)) {
          seen.add(i);
          yield i;
        }
  }
}
