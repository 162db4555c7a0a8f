/**
 * One slide frame for a whole film, so nothing but what the data says moves between frames:
 * the legend column as wide as the widest any step picks, the graph area the smallest any step
 * leaves (the source line and caption change from step to step), and one fit of the view's
 * drawing over every actor any keyframe shows, placed for their names as a still slide is.
 * Positions come from one fixed camera, so an actor sits on the same pixel in every frame.
 */
import { layoutComposition } from "../composition/layout";
import { fitForLabels } from "../composition/slide-labels";
import { estimateWidth } from "../composition/style";
import type { CompositionOptions, Measure, Rect, Scene, SceneNode, SlideFrame } from "../composition/types";

/** Every actor of any keyframe once, at its largest and named when any keyframe names it. */
function unionOf(scenes: readonly Scene[]): Scene {
  const actors = new Map<string, SceneNode>();
  for (const scene of scenes)
    for (const v of scene.nodes) {
      const known = actors.get(v.id);
      actors.set(v.id, known ? { ...known, size: Math.max(known.size, v.size), label: known.label || v.label, context: known.context && v.context } : v);
    }
  return { ...scenes[0], nodes: [...actors.values()], edges: [] };
}

/** The part of the image every rectangle covers. */
function intersection(rects: readonly Rect[]): Rect {
  const x = Math.max(...rects.map((r) => r.x));
  const y = Math.max(...rects.map((r) => r.y));
  const right = Math.min(...rects.map((r) => r.x + r.width));
  const bottom = Math.min(...rects.map((r) => r.y + r.height));
  return { x, y, width: Math.max(0, right - x), height: Math.max(0, bottom - y) };
}

/**
 * The frame for a film whose steps have these keyframes and slide options (one each, in step
 * order; the options differ only in what the step says: date, legend, sources, caption).
 */
export function filmFrameOf(scenes: readonly Scene[], options: readonly CompositionOptions[], measure: Measure = estimateWidth): SlideFrame {
  if (!scenes.length || scenes.length !== options.length)
    throw new Error(`filmFrameOf: ${scenes.length} keyframes and ${options.length} slide options; give one of each per step, at least one`);
  const free = options.map((o) => ({ ...o, frame: undefined }));
  const legendWidth = Math.max(0, ...free.map((o, i) => layoutComposition(o, scenes[i].labelSize, measure).legendWidth));
  const placeholder = { k: 1, dx: 0, dy: 0 };
  const layouts = free.map((o, i) => layoutComposition({ ...o, frame: { legendWidth, fit: placeholder } }, scenes[i].labelSize, measure));
  const graph = intersection(layouts.map((l) => l.graph));
  const union = unionOf(scenes);
  const { fit } = fitForLabels(union, { ...layouts[0], graph }, options[0], measure);
  return { legendWidth, fit, graph };
}
