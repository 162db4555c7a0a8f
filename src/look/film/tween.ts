/**
 * A frame between two keyframes of a film: what the view showed at the step before (`before`)
 * turning into what it shows at this step (`after`), `t` of the way (0: before, 1: after).
 * Actors and relations are matched by id. One in both takes after's look, its size and line
 * moved in between; one that appears fades in (an actor also grows from nothing); one that
 * goes fades out (an actor shrinks to nothing). Positions come from one fixed camera, so the
 * eye follows change, not motion. At t = 1 the frame is `after` itself.
 */
import { LABEL_OPACITY } from "../composition/slide-labels";
import type { Scene, SceneEdge, SceneNode } from "../composition/types";

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const clamp01 = (t: number): number => Math.min(1, Math.max(0, t));

/** A node or edge with an opacity, left out when fully inked so a settled frame is plain data. */
function withOpacity<T extends { readonly opacity?: number }>(item: T, opacity: number): T {
  const { opacity: _, ...rest } = item;
  return (opacity < 1 ? { ...rest, opacity } : rest) as T;
}

/** An actor fading keeps its name only while at least half inked (LABEL_OPACITY), as slides name them. */
function fadedNode(node: SceneNode, ink: number): SceneNode {
  const opacity = (node.opacity ?? 1) * ink;
  return withOpacity({ ...node, size: node.size * ink, label: opacity >= LABEL_OPACITY ? node.label : "" }, opacity);
}

function movedNode(from: SceneNode, to: SceneNode, t: number): SceneNode {
  return { ...to, x: lerp(from.x, to.x, t), y: lerp(from.y, to.y, t), size: lerp(from.size, to.size, t) };
}

function movedEdge(from: SceneEdge, to: SceneEdge, t: number): SceneEdge {
  return {
    ...to,
    x1: lerp(from.x1, to.x1, t),
    y1: lerp(from.y1, to.y1, t),
    x2: lerp(from.x2, to.x2, t),
    y2: lerp(from.y2, to.y2, t),
    size: lerp(from.size, to.size, t),
    curvature: lerp(from.curvature, to.curvature, t),
    targetSize: lerp(from.targetSize, to.targetSize, t),
  };
}

const fadedEdge = (edge: SceneEdge, ink: number): SceneEdge => withOpacity(edge, (edge.opacity ?? 1) * ink);

/**
 * The frame `t` of the way from `before` to `after` (null before: the film's first step, all
 * of it fading in). Relations only in `before` are drawn first, under the rest, so an ending
 * relation never covers one that stays or begins; actors likewise.
 */
export function tweenScene(before: Scene | null, after: Scene, t: number): Scene {
  if (t >= 1) return after;
  const u = clamp01(t);
  const oldNodes = new Map((before?.nodes ?? []).map((v) => [v.id, v]));
  const oldEdges = new Map((before?.edges ?? []).map((e) => [e.id, e]));
  const newNodes = new Set(after.nodes.map((v) => v.id));
  const newEdges = new Set(after.edges.map((e) => e.id));
  const nodes = [
    ...(before?.nodes ?? []).filter((v) => !newNodes.has(v.id)).map((v) => fadedNode(v, 1 - u)),
    ...after.nodes.map((v) => {
      const old = oldNodes.get(v.id);
      return old ? movedNode(old, v, u) : fadedNode(v, u);
    }),
  ];
  const edges = [
    ...(before?.edges ?? []).filter((e) => !newEdges.has(e.id)).map((e) => fadedEdge(e, 1 - u)),
    ...after.edges.map((e) => {
      const old = oldEdges.get(e.id);
      return old ? movedEdge(old, e, u) : fadedEdge(e, u);
    }),
  ];
  // An arrowhead stops at its target's rim (SceneEdge.targetSize), which grows or shrinks with
  // the actor: found by position, as a relation's end is its target actor's centre.
  const sizeAt = new Map(nodes.map((v) => [`${v.x},${v.y}`, v.size]));
  const reaching = edges.map((e) => {
    const size = sizeAt.get(`${e.x2},${e.y2}`);
    return size === undefined || size === e.targetSize ? e : { ...e, targetSize: size };
  });
  return { ...after, nodes, edges: reaching };
}
