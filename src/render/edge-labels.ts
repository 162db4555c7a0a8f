/**
 * Relation labels on the canvas (a bundle's count, a relation's type) with a halo in the
 * background colour, as the actor labels have (labels.ts), so they stay legible over lines on
 * either theme, and never over one another: where a selected actor's dozen relations fan out
 * between two actors, a label that would cover one already drawn is left out (the tooltip and
 * the details panel still name every relation).
 *
 * Sigma draws them with the edge program's own label function (@sigma/edge-curve's for curves,
 * which draws letter by letter along the curve) or its default one for straight lines; both only
 * fill text. So each is wrapped: its fills are recorded with the transform they were made in,
 * held until the actor labels are placed, checked against them, the actors and the relation
 * labels placed since sigma last cleared the layer, then drawn over a halo.
 */
import type Sigma from "sigma";
import { drawStraightEdgeLabel, type EdgeLabelDrawingFunction, type EdgeProgramType } from "sigma/rendering";

type Round = { x: number; y: number; r: number };

interface Layer {
  halo: string;
  /** Centres of the discs covered by labels placed since the layer was last cleared, by grid cell. */
  placed: Map<string, Round[]>;
  /** Labels sigma asked for in this pass, waiting for the actor labels to be placed. */
  pending: { fills: Fill[]; discs: Round[] }[];
}

/**
 * What relation labels keep off, in CSS pixels: the actor labels placed in this frame and the
 * actors' discs. Actor labels go first (labels.ts): a relation label that would cover one is
 * left out, as is one that would cover an actor.
 */
export interface LabelObstacles {
  readonly boxes: readonly { x: number; y: number; width: number; height: number }[];
  readonly discs: readonly { x: number; y: number; radius: number }[];
}

/** Each canvas the graph view draws relation labels on: its halo (its theme's background) and what is placed. */
const layers = new WeakMap<HTMLCanvasElement | OffscreenCanvas, Layer>();

/** The grid cell size, in the canvas's pixels: larger than any disc's diameter. */
const CELL = 32;

export function setEdgeLabelHalo(canvas: HTMLCanvasElement, colour: string): void {
  const layer = layers.get(canvas);
  if (layer) layer.halo = colour;
  else layers.set(canvas, { halo: colour, placed: new Map(), pending: [] });
}

/**
 * Makes `sigma` forget the labels placed each time it redraws its relation labels (it clears
 * their layer first), and draw them once the actor labels of the frame are placed: at once when
 * `obstacles` has them (a hover redraws relation labels alone), else when the actor labels call
 * `drawEdgeLabelsApart`. Sigma's renderEdgeLabels is private in its types, public in its code
 * (checked against sigma 3.0.3); a sigma without it fails here, loudly.
 */
export function placeEdgeLabelsApart(sigma: Sigma, obstacles: () => LabelObstacles | null): void {
  const target = sigma as unknown as { renderEdgeLabels?: () => unknown };
  const render = target.renderEdgeLabels;
  if (typeof render !== "function") throw new Error("edge-labels: this sigma has no renderEdgeLabels (checked against sigma 3.0.3)");
  const canvas = sigma.getCanvases().edgeLabels;
  target.renderEdgeLabels = function (this: unknown) {
    const layer = layers.get(canvas);
    layer?.placed.clear();
    if (layer) layer.pending = [];
    const result = render.call(this);
    const known = obstacles();
    if (known) drawEdgeLabelsApart(canvas, known);
    return result;
  };
}

const hitsObstacle = (d: Round, { boxes, discs }: LabelObstacles): boolean =>
  boxes.some((b) => d.x + d.r > b.x && d.x - d.r < b.x + b.width && d.y + d.r > b.y && d.y - d.r < b.y + b.height) ||
  discs.some((o) => Math.hypot(o.x - d.x, o.y - d.y) < o.radius + d.r * 0.9);

/** Draws the relation labels waiting on `canvas` that keep off the obstacles and each other. */
export function drawEdgeLabelsApart(canvas: HTMLCanvasElement, obstacles: LabelObstacles): void {
  const layer = layers.get(canvas);
  const context = canvas.getContext("2d");
  if (!layer || !context) return;
  const pending = layer.pending;
  layer.pending = [];
  // Discs are in the canvas's device pixels; obstacles in CSS pixels.
  const ratio = globalThis.devicePixelRatio || 1;
  for (const { fills, discs } of pending) {
    if (collides(layer, discs) || discs.some((d) => hitsObstacle({ x: d.x / ratio, y: d.y / ratio, r: d.r / ratio }, obstacles))) continue;
    for (const d of discs) {
      const key = cellKey(d.x, d.y);
      const cell = layer.placed.get(key);
      if (cell) cell.push(d);
      else layer.placed.set(key, [d]);
    }
    context.save();
    context.lineWidth = 3;
    context.lineJoin = "round";
    context.strokeStyle = layer.halo;
    for (const f of fills) {
      context.setTransform(f.transform);
      context.font = f.font;
      context.strokeText(f.text, f.x, f.y, f.maxWidth);
      context.fillStyle = f.style;
      context.fillText(f.text, f.x, f.y, f.maxWidth);
    }
    context.restore();
  }
}

interface Fill {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly maxWidth: number | undefined;
  readonly transform: DOMMatrix;
  readonly font: string;
  readonly style: CanvasRenderingContext2D["fillStyle"];
  readonly width: number;
}

/** Discs (in canvas pixels) along a fill's text: a line of them, as wide apart as half the text's height. */
function discsOf(fill: Fill): Round[] {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(fill.font)?.[1] ?? 12);
  const r = size / 2;
  const discs = [];
  const steps = Math.max(1, Math.ceil(fill.width / r));
  for (let i = 0; i <= steps; i++) {
    const p = fill.transform.transformPoint({ x: fill.x + (fill.width * i) / steps, y: fill.y - size / 3 });
    discs.push({ x: p.x, y: p.y, r: r * Math.hypot(fill.transform.a, fill.transform.b) });
  }
  return discs;
}

const cellKey = (x: number, y: number) => `${Math.floor(x / CELL)} ${Math.floor(y / CELL)}`;

function collides(layer: Layer, discs: readonly Round[]): boolean {
  for (const d of discs) {
    const [cx, cy] = [Math.floor(d.x / CELL), Math.floor(d.y / CELL)];
    for (let i = cx - 1; i <= cx + 1; i++)
      for (let j = cy - 1; j <= cy + 1; j++)
        for (const o of layer.placed.get(`${i} ${j}`) ?? []) if (Math.hypot(o.x - d.x, o.y - d.y) < (o.r + d.r) * 0.9) return true;
  }
  return false;
}

/** A label function recording `draw`'s text, to be drawn over a halo where it covers nothing (drawEdgeLabelsApart). */
export function haloed(draw: EdgeLabelDrawingFunction): EdgeLabelDrawingFunction {
  return (context, ...rest) => {
    const layer = layers.get(context.canvas);
    if (!layer) return draw(context, ...rest);
    const fills: Fill[] = [];
    context.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      fills.push({ text, x, y, maxWidth, transform: this.getTransform(), font: this.font, style: this.fillStyle, width: this.measureText(text).width });
    };
    try {
      draw(context, ...rest);
    } finally {
      // The context's own method again (the patch was an own property).
      delete (context as { fillText?: unknown }).fillText;
    }
    const discs = fills.flatMap(discsOf);
    // Drawn by drawEdgeLabelsApart, once the actor labels they must keep off are placed.
    if (discs.length) layer.pending.push({ fills, discs });
  };
}

export const drawEdgeLabel = haloed(drawStraightEdgeLabel);

/** The same programs, each with its own label function (if any) drawing over a halo, apart. */
export function withHaloedLabels<T extends Record<string, EdgeProgramType>>(programs: T): T {
  const entries = Object.entries(programs).map(([name, Program]) => {
    const Haloed = class extends Program {
      constructor(...args: ConstructorParameters<typeof Program>) {
        super(...args);
        if (this.drawLabel) this.drawLabel = haloed(this.drawLabel);
      }
    };
    return [name, Haloed];
  });
  return Object.fromEntries(entries) as T;
}
