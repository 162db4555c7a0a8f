/**
 * Baseline 1, the way Gephi Lite slices: every change of date filters the whole data graph into
 * a new graph (its filter pipeline copies the kept nodes and edges) and hands that to sigma,
 * which indexes and draws it from scratch. Drawn as the explorer draws (drawing.ts), parallel
 * relations of the copy curved apart.
 */
import { MultiGraph } from "graphology";
import Sigma from "sigma";
import type { RelationGraph } from "../../src/model/graph";
import { kindColour } from "../../src/look/palette";
import { SIGMA_SETTINGS } from "../../src/render/sigma-settings";
import { parallelPlacesIn } from "../../src/look/parallel-relations";
import { actorScale, actorSize } from "../../src/look/actor-size";
import { drawsCurves } from "../../src/render/reducers";
import { activeOn } from "./active";
import { relationLook } from "./drawing";

export class RebuildView {
  readonly renderer: Sigma;

  constructor(
    container: HTMLElement,
    private readonly data: RelationGraph,
  ) {
    this.renderer = new Sigma(new MultiGraph({ type: "mixed" }), container, { ...SIGMA_SETTINGS, stagePadding: 30 });
    // The whole graph's extent, so actors stay put as the filtered copy grows and shrinks.
    let [x0, x1, y0, y1] = [Infinity, -Infinity, Infinity, -Infinity];
    data.forEachNode((_, a) => {
      [x0, x1, y0, y1] = [Math.min(x0, a.x ?? 0), Math.max(x1, a.x ?? 0), Math.min(y0, a.y ?? 0), Math.max(y1, a.y ?? 0)];
    });
    this.renderer.setCustomBBox({ x: [x0, x1], y: [y0, y1] });
  }

  show(day: number): void {
    const filtered = new MultiGraph({ type: "mixed", allowSelfLoops: false });
    this.data.forEachEdge((edge, a, source, target, sa, ta) => {
      if (!activeOn(a.periods, day)) return;
      if (!filtered.hasNode(source)) filtered.addNode(source, { ...sa, color: kindColour(sa.kind, "light") });
      if (!filtered.hasNode(target)) filtered.addNode(target, { ...ta, color: kindColour(ta.kind, "light") });
      if (a.directed) filtered.addDirectedEdgeWithKey(edge, source, target, { ...a });
      else filtered.addUndirectedEdgeWithKey(edge, source, target, { ...a });
    });
    const scale = actorScale(this.data.order);
    filtered.forEachNode((node) => filtered.setNodeAttribute(node, "size", actorSize(filtered.degree(node)) * scale));
    const places = drawsCurves(filtered.size) ? parallelPlacesIn(filtered) : new Map<string, never>();
    filtered.updateEachEdgeAttributes((edge, a) => ({ ...a, ...relationLook(a as never, places.get(edge)) }));
    this.renderer.setGraph(filtered);
  }
}
