/**
 * The drawn state of a view, read from sigma after its reducers: the visible actors and
 * relations with their colours, sizes, curvatures and positions in viewport pixels. What the
 * SVG composer draws and what both image composers fit into their picture.
 */
import type Sigma from "sigma";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Change } from "../../model/compare";
import type { RelationGraph } from "../../model/graph";
import type { Scene, SceneEdge, SceneNode } from "../../look/composition/types";
import type { LinePattern, Manner } from "../../look/relation-look";

/** Display data carries the graph attributes the reducers kept, besides sigma's own. */
type NodeData = NodeDisplayData & { kind?: string; camp?: number };
type EdgeData = EdgeDisplayData & {
  family?: string;
  directed?: boolean;
  curvature?: number;
  possible?: boolean;
  pattern?: LinePattern;
  manner?: Manner;
  /** Compare mode's change (render/compare-look.ts). */
  change?: Change;
  /** A bundle's number of relations (render/reducers.ts RelationDisplay). */
  count?: number;
};

/** Programs that draw an arrowhead (graph-view.ts). */
const ARROWED = new Set(["arrow", "curvedArrow", "dashedArrow", "dashedCurvedArrow"]);
/** Programs that draw a curve. */
const isCurved = (program: string): boolean => /curved/i.test(program);
const isArrowed = (program: string): boolean => ARROWED.has(program) || /Arrow$/.test(program);

export interface SceneContext {
  /** The selected actor, whose label a slide places first. */
  readonly selected?: string | null;
  /** A relation type's label, for slides that label every line. */
  readonly typeLabel?: (type: string) => string | undefined;
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export function sceneOf(sigma: Sigma, graph: RelationGraph, context: SceneContext = {}): Scene {
  const { width, height } = sigma.getDimensions();
  // Display data is in the normalised ("framed") graph space; sizes are at zoom 1.
  const at = (d: { x: number; y: number }) => sigma.framedGraphToViewport(d);
  const minEdge = sigma.getSetting("minEdgeThickness") ?? 0;
  const nodes: (SceneNode & { z: number })[] = [];
  for (const id of graph.nodes()) {
    const d = sigma.getNodeDisplayData(id) as NodeData | undefined;
    if (!d || d.hidden) continue;
    const p = at(d);
    const z = d.zIndex ?? 0;
    // The reducers put faded context (and actors away from a hovered one) at zIndex 0, unlabelled.
    const extra = { ...(id === context.selected ? { selected: true } : {}), ...(z === 0 && !d.label ? { context: true } : {}) };
    nodes.push({ id, x: p.x, y: p.y, size: sigma.scaleSize(d.size), color: d.color, label: d.label ?? "", kind: d.kind, camp: d.camp, ...extra, z });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: (SceneEdge & { z: number })[] = [];
  for (const id of graph.edges()) {
    const d = sigma.getEdgeDisplayData(id) as EdgeData | undefined;
    if (!d || d.hidden) continue;
    const source = byId.get(graph.source(id));
    const target = byId.get(graph.target(id));
    if (!source || !target) continue; // sigma draws no relation to a hidden actor
    edges.push({
      id,
      x1: source.x,
      y1: source.y,
      x2: target.x,
      y2: target.y,
      color: d.color,
      size: Math.max(minEdge, sigma.scaleSize(d.size)),
      directed: isArrowed(d.type),
      curvature: isCurved(d.type) ? (d.curvature ?? 0) : 0,
      targetSize: target.size,
      family: d.family,
      ...(d.possible ? { possible: true } : {}),
      ...(d.pattern ? { pattern: d.pattern } : {}),
      ...(d.manner ? { manner: d.manner } : {}),
      ...(d.change ? { change: d.change } : {}),
      ...(d.count && d.count > 1 ? { count: d.count } : {}),
      ...(d.label ? { label: d.label } : {}),
      ...optional("typeLabel", context.typeLabel?.(graph.getEdgeAttribute(id, "type"))),
      z: d.zIndex ?? 0,
    });
  }
  // sigma draws lower zIndex first; a stable sort keeps graph order within a level.
  const strip = <T extends { z: number }>(items: T[]): Omit<T, "z">[] => items.sort((a, b) => a.z - b.z).map(({ z: _z, ...rest }) => rest);
  return { width, height, nodes: strip(nodes), edges: strip(edges), labelSize: sigma.getSetting("labelSize") ?? 14 };
}
