/**
 * Where a slide's labels go: every actor label and relation label of the picture, placed once
 * by the shared LabelPlacer (the canvas uses it too) inside the image's graph area, so no two
 * cover each other, none covers another actor and none is cut by the frame. Both composers
 * (SVG and PNG) draw this one placement. Labels keep the image's type size whatever the fit
 * (`labelSize` is the view's label size × the composition's scale, never × the fit's k).
 *
 * Priority: the selected actor, then the larger (more connected) actors, then relation labels
 * (a bundle's count, the type of a spread relation); what finds no free place is left out, so
 * a large graph shows its most connected actors by name and the rest as discs.
 */
import { LabelPlacer, type Box, type LabelSide } from "../label-placement";
import { fitScene, layoutComposition, type CompositionLayout, type Fit } from "./layout";
import type { CompositionOptions, Measure, Rect, Scene, SceneEdge, SceneNode } from "./types";

export interface SlideLabel {
  readonly kind: "actor" | "relation";
  /** The actor's or the relation's id. */
  readonly id: string;
  readonly text: string;
  /** The box the label was given: its text lies within it. */
  readonly box: Box;
  readonly side: LabelSide;
  /** Where the text is drawn: its anchor point on the baseline. */
  readonly x: number;
  readonly y: number;
  readonly anchor: "start" | "middle" | "end";
  readonly px: number;
  readonly bold: boolean;
}

/**
 * A label box's height and baseline in font sizes: wide enough for the ascent and descent of
 * common sans-serifs (DejaVu Sans 1.16 em, Noto Sans 1.36 em), so the drawn text stays inside.
 */
export const LABEL_BOX = { height: 1.4, baseline: 1.07 } as const;
/** Relation labels are set smaller than actor labels: they annotate, actors are the subject. */
export const RELATION_LABEL_RATIO = 0.8;

/** The point at `t` (0 at the source, 1 at the target) along a line or its quadratic curve, in image pixels. */
export function pointOn(e: SceneEdge, fit: Fit, t: number): { x: number; y: number } {
  const [ax, ay, bx, by] = [fit.dx + e.x1 * fit.k, fit.dy + e.y1 * fit.k, fit.dx + e.x2 * fit.k, fit.dy + e.y2 * fit.k];
  const mx = (ax + bx) / 2;
  const my = (ay + by) / 2;
  const cx = mx + (e.curvature ?? 0) * (by - ay);
  const cy = my - (e.curvature ?? 0) * (bx - ax);
  const [u0, u1, u2] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
  return { x: u0 * ax + u1 * cx + u2 * bx, y: u0 * ay + u1 * cy + u2 * by };
}

/** A line's middle (a curve's at t = ½). */
export const midpointOf = (e: SceneEdge, fit: Fit): { x: number; y: number } => pointOn(e, fit, 0.5);

/** Where along its line a relation label is tried: the middle first, then further out while near it. */
const ALONG = [0.5, 0.4, 0.6, 0.3, 0.7];

/**
 * The label a drawn line carries on a slide: the one the view gives it (a spread relation's
 * type, a bundle's count), else a bundle's count; with `all`, every line's type (or count).
 */
export function relationLabelOf(e: SceneEdge, all: boolean): string {
  if (e.label) return e.label;
  if ((e.count ?? 1) > 1) return String(e.count);
  return all ? (e.typeLabel ?? "") : "";
}

function anchored(box: Box, side: LabelSide, px: number): Pick<SlideLabel, "x" | "y" | "anchor"> {
  const y = box.y + ((box.height - LABEL_BOX.height * px) / 2 + LABEL_BOX.baseline * px);
  // The text's width is estimated on the wide side: anchoring at the actor's end keeps it by its actor.
  if (side === "right" || side.endsWith("-right")) return { x: box.x, y, anchor: "start" };
  if (side === "left" || side.endsWith("-left")) return { x: box.x + box.width, y, anchor: "end" };
  return { x: box.x + box.width / 2, y, anchor: "middle" };
}

/**
 * Above this many actors, a graph is a crowd: only its hubs (the ⌈√n⌉ largest, as many as fill
 * a slide's margin of attention) and the selected actor are named; naming whatever leaf has room
 * at the rim would tell a reader nothing about the graph.
 */
export const CROWD = 150;

/** How many of a crowd's actors are named: ⌈√n⌉ (35 of 1,200). */
export const hubCount = (actors: number): number => Math.ceil(Math.sqrt(actors));

/**
 * Whether labels keep clear of an actor's disc: always in a graph of up to CROWD actors; in a
 * crowd, only of discs at least a third of the label size across (and the hubs' labels only of
 * the hubs'). Otherwise the dots of a thousand-actor graph leave no free place for any name but
 * a handful, and none by the hubs; a label's halo over small dots costs less than a picture
 * without names.
 */
export const avoided = (radius: number, labelSize: number, actors: number): boolean => actors <= CROWD || radius * 2 >= labelSize / 3;

export interface SlideLabelInput {
  readonly scene: Scene;
  readonly graph: Rect;
  readonly fit: Fit;
  /** Actor label size in image pixels. */
  readonly labelSize: number;
  readonly measure: Measure;
  /** Every drawn line labelled with its type or count ("Label relations"). */
  readonly labelRelations?: boolean;
  /** The side each actor's name had in a film's frame before, tried first (CompositionOptions.labelSides). */
  readonly sides?: ReadonlyMap<string, LabelSide>;
}

/**
 * In a film, an actor or relation fading in or out is named only while at least half inked: a
 * name at a quarter's ink reads as a smudge, and one blinking through a fade as flicker.
 */
export const LABEL_OPACITY = 0.5;
const inked = (item: { readonly opacity?: number }): boolean => (item.opacity ?? 1) >= LABEL_OPACITY;

/** The order labels are offered in: the selected actor, then by size (degree), then by name for a stable picture. */
function byPriority(scene: Scene): [SceneNode[], SceneNode[]] {
  const labelled = scene.nodes.filter((v) => v.label && inked(v)).sort((a, b) => b.size - a.size || a.label.localeCompare(b.label));
  return [labelled.filter((v) => v.selected), labelled.filter((v) => !v.selected)];
}

export function placeSlideLabels({ scene, graph, fit, labelSize: px, measure, labelRelations = false, sides }: SlideLabelInput): SlideLabel[] {
  const { k, dx, dy } = fit;
  const placer = new LabelPlacer(graph, px * 0.25, Math.max(16, px * 3));
  const labels: SlideLabel[] = [];
  const height = LABEL_BOX.height * px;
  const place = (v: SceneNode) => {
    const request = { x: dx + v.x * k, y: dy + v.y * k, radius: v.size * k, width: measure(v.label, px, true), height };
    const placed = placer.place(request, sides?.get(v.id));
    if (placed) labels.push({ kind: "actor", id: v.id, text: v.label, box: placed.box, side: placed.side, ...anchored(placed.box, placed.side, px), px, bold: true });
  };
  const [selected, others] = byPriority(scene);
  const disc = (v: SceneNode) => ({ x: dx + v.x * k, y: dy + v.y * k, radius: v.size * k });
  // The selected actor is the picture's subject: its label is placed before any actor is to be
  // avoided, so a crowd around it cannot leave it out (its halo keeps it legible over them).
  selected.forEach(place);
  const crowd = scene.nodes.length > CROWD;
  // In a crowd the hubs sit among dots: their labels keep clear of each other's discs only, or
  // the most connected actors would be the ones left unnamed.
  const hubs = crowd ? others.slice(0, hubCount(scene.nodes.length)) : [];
  const hubIds = new Set(hubs.map((v) => v.id));
  placer.avoidDiscs(scene.nodes.filter((v) => hubIds.has(v.id)).map(disc));
  hubs.forEach(place);
  // Relation labels and, in a graph that is no crowd, every actor label keep clear of the rest.
  placer.avoidDiscs(scene.nodes.filter((v) => !hubIds.has(v.id) && avoided(v.size * k, px, scene.nodes.length)).map(disc));
  if (!crowd) others.forEach(place);
  const rpx = px * RELATION_LABEL_RATIO;
  // Bundles of many relations first: their count says the most.
  const edges = scene.edges
    .map((e) => ({ e, text: relationLabelOf(e, labelRelations) }))
    .filter(({ e, text }) => text && inked(e))
    .sort((a, b) => (b.e.count ?? 1) - (a.e.count ?? 1));
  for (const { e, text } of edges) {
    const size = { radius: Math.max(1, (e.size * k) / 2), width: measure(text, rpx, false), height: LABEL_BOX.height * rpx };
    for (const t of ALONG) {
      const placed = placer.place({ ...pointOn(e, fit, t), ...size });
      if (!placed) continue;
      labels.push({ kind: "relation", id: e.id, text, box: placed.box, side: placed.side, ...anchored(placed.box, placed.side, rpx), px: rpx, bold: false });
      break;
    }
  }
  return labels;
}

/** A slide's plan: where the parts go, how the scene fits the graph area, and its labels, computed once for either composer. */
export interface SlidePlan {
  readonly layout: CompositionLayout;
  readonly fit: Fit;
  readonly labels: readonly SlideLabel[];
}

/**
 * How far in from the graph area's sides the actors may be fitted, tried in turn while labels
 * are left out: actors at the rim need room beside them for their names, which a fit to the
 * discs alone does not leave.
 */
const INSETS: readonly { left: number; right: number; vertical: number }[] = [
  { left: 0, right: 0, vertical: 0 },
  // Names go right of their actors first: room on the right frees the most.
  { left: 0, right: 0.1, vertical: 0 },
  { left: 0.05, right: 0.05, vertical: 0.025 },
  { left: 0, right: 0.2, vertical: 0 },
  { left: 0.1, right: 0.1, vertical: 0.05 },
  { left: 0, right: 0.3, vertical: 0 },
  { left: 0.15, right: 0.15, vertical: 0.075 },
  { left: 0.1, right: 0.3, vertical: 0.05 },
  { left: 0.2, right: 0.2, vertical: 0.1 },
];

/**
 * The fit that names the most actors: the scene fitted to the whole graph area, then further in
 * from its sides (INSETS) while labels are left out. `options` gives the scale and whether every
 * relation is labelled.
 */
export function fitForLabels(scene: Scene, layout: CompositionLayout, options: Pick<CompositionOptions, "scale" | "labelRelations">, measure: Measure): SlidePlan {
  const g = layout.graph;
  const wanted = scene.nodes.length > CROWD ? 0 : scene.nodes.filter((v) => v.label).length;
  let best: SlidePlan | undefined;
  for (const inset of wanted ? INSETS : INSETS.slice(0, 1)) {
    const [left, right, iy] = [g.width * inset.left, g.width * inset.right, g.height * inset.vertical];
    const fit = fitScene(scene, { x: g.x + left, y: g.y + iy, width: g.width - left - right, height: g.height - 2 * iy }, layout.labelSize, options.scale);
    const labels = placeSlideLabels({ scene, graph: g, fit, labelSize: layout.labelSize, measure, labelRelations: options.labelRelations });
    const named = (p: SlidePlan | undefined) => p?.labels.filter((l) => l.kind === "actor").length ?? -1;
    const plan = { layout, fit, labels };
    if (named(plan) > named(best)) best = plan;
    if (named(best) >= wanted) break;
  }
  return best!;
}

/** A slide's plan; in a film (options.frame) the frame's fit as it is, so the camera never moves between frames. */
export function planSlide(scene: Scene, options: CompositionOptions, measure: Measure): SlidePlan {
  const layout = layoutComposition(options, scene.labelSize, measure);
  if (!options.frame) return fitForLabels(scene, layout, options, measure);
  const { fit } = options.frame;
  return { layout, fit, labels: placeSlideLabels({ scene, graph: layout.graph, fit, labelSize: layout.labelSize, measure, labelRelations: options.labelRelations, sides: options.labelSides }) };
}
