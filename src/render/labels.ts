/**
 * Actor labels on the canvas: none over another, none over another actor's disc, none cut by
 * the canvas's edge, at the same pixel size at every zoom; a halo in the background colour keeps
 * them legible over relations, and the hover box takes the theme's colours.
 *
 * Sigma's label grid picks the candidates (the largest actors of each cell, more as the reader
 * zooms in, `labelGridFor`); it cannot keep labels apart: a cell is a fixed square, a label is
 * wider than one (Noor Wali Mehsud is ~120 px against 60 px cells), so labels of actors in
 * neighbouring cells, or of several actors in one cell, cover each other. Measured at 1440×900
 * with the grid alone, every label drawn right of its actor: with labelDensity 3 and 60-pixel
 * cells, 2 overlapping pairs of 21 labels at ?at=2026-03-01 and 1,350 pairs (12 labels cut by
 * the edge) of 245 in a 1,300-actor import; with sigma's defaults (density 1, 100-pixel cells),
 * still 1 pair at ?at=2026-03-01 (with 3 actors unlabelled) and 28 pairs (3 cut) of 39. So each
 * frame the candidates are collected, not drawn (`drawLabel`), and once sigma has offered them
 * all they are placed by the shared LabelPlacer in priority order (selected and hovered actors
 * first, then the largest) and drawn, or left out.
 */
import type Sigma from "sigma";
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { Theme } from "../state/view-state";
import { CANVAS } from "../look/palette";
import { labelBox, LabelPlacer, type Box, type Disc, type PlacedLabel } from "../look/label-placement";

type Settings = Parameters<NodeLabelDrawingFunction>[2];

/** Pixels between a disc and its label, and the label box's room for the text's halo. */
const GAP = 3;
const HALO = 2;
/** Up to this many actors on screen, labels keep off every actor's disc. */
const DISCS_AVOIDED_UP_TO = 400;

/**
 * Sigma's label grid by data set size: with a few hundred actors every label is a candidate
 * (the placer keeps those that fit); with thousands, the largest of each 100-pixel cell (sigma's
 * defaults), more as the reader zooms in (sigma allows density / ratio² a cell).
 */
export function labelGridFor(actors: number): { labelDensity: number; labelGridCellSize: number } {
  if (actors <= 400) return { labelDensity: 1000, labelGridCellSize: 60 };
  if (actors <= 1500) return { labelDensity: 2, labelGridCellSize: 80 };
  return { labelDensity: 1, labelGridCellSize: 100 };
}

/** A label drawn in the last frame, in the canvas's pixels. */
export interface DrawnLabel extends Box {
  readonly actor: string;
  readonly label: string;
}

interface Candidate extends Disc {
  readonly actor: string;
  readonly label: string;
  readonly width: number;
}

export class CanvasLabels {
  private candidates: Candidate[] = [];
  private placed = new Map<string, PlacedLabel>();
  private drawn: DrawnLabel[] = [];
  private done = true;
  private readonly widths = new Map<string, number>();
  /** The discs labels kept off in the last frame. */
  private discsDrawn: Disc[] = [];
  /** Told once the frame's actor labels are placed: relation labels are then placed around them. */
  onPlaced: ((obstacles: { boxes: readonly Box[]; discs: readonly Disc[] }) => void) | undefined;

  constructor(
    private readonly sigma: () => Sigma,
    /** Actors whose labels go first: the selected and hovered ones. */
    private readonly first: () => readonly (string | null)[],
    private theme: Theme,
  ) {}

  setTheme(theme: Theme): void {
    this.theme = theme;
  }

  /** A new frame begins (sigma's "beforeRender"). */
  reset(): void {
    this.candidates = [];
    this.done = false;
  }

  /** The labels drawn in the last frame. */
  boxes(): readonly DrawnLabel[] {
    return this.drawn;
  }

  /** The actor labels and discs of this frame, once placed; null while the frame is being drawn. */
  obstacles(): { boxes: readonly Box[]; discs: readonly Disc[] } | null {
    return this.done ? { boxes: this.drawn, discs: this.discsDrawn } : null;
  }

  /** Sigma's label drawing, which here only collects the label for placing. */
  readonly drawLabel: NodeLabelDrawingFunction = (context, data, settings) => {
    if (!data.label || this.done) return;
    this.candidates.push({ actor: data.key, label: data.label, x: data.x, y: data.y, radius: data.size, width: this.widthOf(context, data.label, settings) });
  };

  /** Sigma's hover drawing: the hovered actor's ring, and its label boxed where it was placed. */
  readonly drawHover: NodeHoverDrawingFunction = (context, data, settings) => {
    this.finish();
    const colours = CANVAS[this.theme];
    const size = setFont(context, settings);
    context.fillStyle = colours.background;
    context.strokeStyle = colours.label;
    context.lineWidth = 1;
    context.beginPath();
    context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
    context.fill();
    context.stroke();
    if (!data.label) return;
    const width = this.widthOf(context, data.label, settings);
    const request = { x: data.x, y: data.y, radius: data.size, width, height: size + 2 * HALO };
    const box = this.placed.get(data.key)?.box ?? labelBox(request, "right", GAP);
    context.fillStyle = colours.background;
    context.fillRect(box.x - 1, box.y, box.width + 2, box.height);
    context.strokeRect(box.x - 1, box.y, box.width + 2, box.height);
    context.fillStyle = colours.label;
    context.fillText(data.label, box.x + HALO, box.y + box.height / 2 + size / 3);
  };

  /** Places the frame's candidates and draws those that fit (sigma's "afterRender", or the first hover drawn). */
  finish(): void {
    if (this.done) return;
    this.done = true;
    const sigma = this.sigma();
    const settings = sigma.getSettings();
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!context) return;
    const size = setFont(context, settings);
    const { width, height } = sigma.getDimensions();
    const offered = new Set(this.candidates.map((c) => c.actor));
    // The selected and hovered actors are labelled even where sigma's grid did not offer them.
    const first = this.first().filter((a): a is string => !!a);
    for (const actor of first) if (!offered.has(actor)) this.addCandidate(sigma, actor, context, settings);
    const rank = new Map(first.map((a, i) => [a, i]));
    const ordered = [...this.candidates].sort((a, b) => (rank.get(a.actor) ?? Infinity) - (rank.get(b.actor) ?? Infinity) || b.radius - a.radius || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    const placer = new LabelPlacer({ x: 0, y: 0, width, height }, GAP, 64);
    // Labels keep off other actors' discs; in a cloud of more than a few hundred on screen no label
    // would find a free place (none did in a 1,300-actor import), so there they keep off the
    // labelled actors' discs only, and cross small dots with their halo.
    const discs = [...this.discs(sigma, width, height)];
    placer.avoidDiscs(discs.length <= DISCS_AVOIDED_UP_TO ? discs : ordered);
    this.discsDrawn = discs;
    this.placed = new Map();
    this.drawn = [];
    const colours = CANVAS[this.theme];
    context.lineJoin = "round";
    for (const c of ordered) {
      const place = placer.place({ x: c.x, y: c.y, radius: c.radius, width: c.width + 2 * HALO, height: size + 2 * HALO });
      if (!place) continue;
      this.placed.set(c.actor, place);
      this.drawn.push({ actor: c.actor, label: c.label, ...place.box });
      const [x, y] = [place.box.x + HALO, place.box.y + place.box.height / 2 + size / 3];
      context.strokeStyle = colours.background;
      context.lineWidth = 3;
      context.strokeText(c.label, x, y);
      context.fillStyle = colours.label;
      context.fillText(c.label, x, y);
    }
    this.onPlaced?.({ boxes: this.drawn, discs });
  }

  private addCandidate(sigma: Sigma, actor: string, context: CanvasRenderingContext2D, settings: Settings): void {
    const data = sigma.getNodeDisplayData(actor);
    if (!data || data.hidden || !data.label) return;
    const at = sigma.framedGraphToViewport(data);
    this.candidates.push({ actor, label: data.label, x: at.x, y: at.y, radius: sigma.scaleSize(data.size), width: this.widthOf(context, data.label, settings) });
  }

  /** Every actor drawn on the canvas, as a disc labels keep off. */
  private *discs(sigma: Sigma, width: number, height: number): Iterable<Disc> {
    for (const actor of sigma.getGraph().nodes()) {
      const data = sigma.getNodeDisplayData(actor);
      if (!data || data.hidden) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      const radius = sigma.scaleSize(data.size);
      if (x + radius < 0 || y + radius < 0 || x - radius > width || y - radius > height) continue;
      yield { x, y, radius };
    }
  }

  /** A label's width in pixels as drawn (0 before the canvas exists). */
  measure(label: string): number {
    const sigma = this.sigma();
    const context = sigma.getCanvases().labels?.getContext("2d");
    return context ? this.widthOf(context, label, sigma.getSettings()) + 2 * HALO : 0;
  }

  private widthOf(context: CanvasRenderingContext2D, label: string, settings: Settings): number {
    let width = this.widths.get(label);
    if (width === undefined) {
      setFont(context, settings);
      this.widths.set(label, (width = context.measureText(label).width));
    }
    return width;
  }
}

function setFont(context: CanvasRenderingContext2D, settings: Settings): number {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  return size;
}
