/**
 * Baseline 2, the way sigma's maintainers suggest filtering: one graph of everything, and
 * reducers that test each relation's dates against the current day on every frame, followed by
 * `refresh({ skipIndexation: true })`. An actor is shown, and sized, by counting its relations
 * active on the day, as the explorer does. Drawn as the explorer draws (drawing.ts).
 */
import Sigma from "sigma";
import type { RelationAttributes, RelationGraph } from "../../src/model/graph";
import { kindColour } from "../../src/look/palette";
import { SIGMA_SETTINGS } from "../../src/render/sigma-settings";
import { parallelPlaces, type DrawnEnds, type ParallelPlace } from "../../src/look/parallel-relations";
import { actorScale, actorSize } from "../../src/look/actor-size";
import { drawsCurves } from "../../src/render/reducers";
import { activeOn } from "./active";
import { relationLook } from "./drawing";

export class ScanReducerView {
  readonly renderer: Sigma;
  private day = -Infinity;
  private places = new Map<string, ParallelPlace>();

  constructor(
    container: HTMLElement,
    private readonly graph: RelationGraph,
  ) {
    const scale = actorScale(graph.order);
    this.renderer = new Sigma(graph as never, container, {
      ...SIGMA_SETTINGS,
      stagePadding: 30,
      nodeReducer: (node, data) => {
        const degree = graph.reduceEdges(node, (n, _, a) => n + (activeOn(a.periods, this.day) ? 1 : 0), 0);
        return degree === 0 ? { ...data, hidden: true } : { ...data, size: actorSize(degree) * scale, color: kindColour(String(data.kind), "light") };
      },
      edgeReducer: (edge, data) => {
        const a = data as unknown as RelationAttributes;
        if (!activeOn(a.periods, this.day)) return { ...data, type: "line", hidden: true };
        return { ...data, ...relationLook(a, this.places.get(edge)) };
      },
    });
  }

  show(day: number): void {
    this.day = day;
    // Which relations to curve apart depends on those drawn: one more scan.
    const drawn: DrawnEnds[] = [];
    this.graph.forEachEdge((relation, a, source, target) => void (activeOn(a.periods, day) && drawn.push([relation, source, target])));
    this.places = drawsCurves(drawn.length) ? parallelPlaces(drawn) : new Map();
    this.renderer.refresh({ skipIndexation: true });
  }
}
