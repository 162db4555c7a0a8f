/**
 * The graph sigma draws: every actor, and only the relations drawn now (those in the slice, or
 * all of them when hidden ones are shown faded). Sigma re-indexes and re-buffers every relation
 * its graph holds on every frame, hidden ones included: holding all 200,000 relations of a large
 * data set cost ~0.65 s a date step in sigma alone, for the ~30,000 on screen. Holding only
 * those makes sigma's work follow what is drawn. The model graph stays whole and untouched; this
 * one is kept up to date from one drawn list to the next, in one quiet batch per step. Its
 * actors stand where the view's own positions say, which the model graph never holds.
 *
 * Its actors and relations carry only what the reducers read (relation-look's fields below), not
 * the model's whole records: sigma copies every item's attributes before each full redraw, and
 * copying 30,000 relations' periods, sources and notes cost more than the reducers themselves.
 */
import { MultiGraph } from "graphology";
import type { GraphEvents } from "graphology-types";
import type { ActorAttributes, RelationAttributes, RelationGraph } from "../model/graph";
import type { ViewSlice } from "../state/view-slice";

/** Where an actor is drawn, in graph coordinates. */
export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Positions by actor id. */
export type Positions = ReadonlyMap<string, Position>;

/** The relations to draw, as ascending ordinals into `ids` (a slice's vocabulary). */
export interface DrawnRelations {
  readonly ids: readonly string[];
  readonly ordinals: ArrayLike<number>;
}

/** What a sync changed, so the renderer can forget dropped relations and draw added ones. */
export interface DrawnChange {
  readonly added: string[];
  readonly dropped: string[];
  /** True when the relations were put back from scratch (in ordinal order) rather than patched. */
  readonly rebuilt: boolean;
}

/** What the reducers read of an actor: its name and kind before any dated change, and where it stands (and a size a look may set). */
export type DrawnActor = Pick<ActorAttributes, "label" | "kind" | "x" | "y" | "size">;

/** What the reducers (and an image's labels) read of a relation. */
export type DrawnRelation = Pick<RelationAttributes, "type" | "directed" | "confidence" | "family">;

type Events = GraphEvents<DrawnActor, DrawnRelation>;

/**
 * A graph that can hold its events during a batch. Sigma answers each dropped relation with a
 * full re-index of everything it holds, so thousands of drops in a step would cost thousands of
 * full passes; in a batch they cost nothing, and the caller tells sigma once what changed.
 */
export class DisplayGraph extends MultiGraph<DrawnActor, DrawnRelation> {
  private quiet = false;
  /** The ordinals drawn now, ascending. */
  private drawn: ArrayLike<number> = new Uint32Array(0);
  private drawnIds: readonly string[] | undefined;

  constructor(
    private readonly model: RelationGraph,
    /** The view's positions, read again by copyPositions() after a layout moves them. */
    private readonly positions: Positions,
  ) {
    super({ type: "mixed", allowSelfLoops: false });
    // Copies, so looks set here never reach the model.
    model.forEachNode((actor, { label, kind, x, y }) => this.addNode(actor, { label, kind, x, y, ...positions.get(actor) }));
  }

  override emit<Event extends keyof Events>(type: Event, ...payload: Parameters<Events[Event]>): boolean {
    return this.quiet ? false : super.emit(type, ...payload);
  }

  /** Runs `change` with no graph events; returns what it returns. */
  quietly<T>(change: () => T): T {
    this.quiet = true;
    try {
      return change();
    } finally {
      this.quiet = false;
    }
  }

  /** Takes the view's positions again (after a layout moved them), as one update. */
  copyPositions(): void {
    this.updateEachNodeAttributes(
      (actor, attributes) => {
        const { x, y } = this.positions.get(actor) ?? attributes;
        return { ...attributes, x, y };
      },
      { attributes: ["x", "y"] },
    );
  }

  /**
   * Makes the relations held those of `next`, quietly. Patched from the current list when
   * `patch` allows and both lists come from the same vocabulary; put back from scratch otherwise,
   * so drawing order within a level is exactly the data's order.
   */
  syncRelations(next: DrawnRelations, patch: boolean): DrawnChange {
    return this.quietly(() => {
      const added: string[] = [];
      const dropped: string[] = [];
      const before = this.drawn;
      const after = next.ordinals;
      if (!patch || this.drawnIds !== next.ids) {
        this.forEachEdge((edge) => dropped.push(edge));
        this.clearEdges();
        for (let k = 0; k < after.length; k++) added.push(this.addRelation(next.ids[after[k]]));
        this.remember(next);
        return { added, dropped, rebuilt: true };
      }
      // Both lists ascend: walk them together for what is in one only.
      let [i, j] = [0, 0];
      while (i < before.length || j < after.length) {
        if (j >= after.length || (i < before.length && before[i] < after[j])) {
          const id = next.ids[before[i++]];
          this.dropEdge(id);
          dropped.push(id);
        } else if (i >= before.length || after[j] < before[i]) added.push(this.addRelation(next.ids[after[j++]]));
        else i++, j++;
      }
      this.remember(next);
      return { added, dropped, rebuilt: false };
    });
  }

  private remember(next: DrawnRelations): void {
    this.drawn = next.ordinals;
    this.drawnIds = next.ids;
  }

  private addRelation(id: string): string {
    const [source, target] = this.model.extremities(id);
    // Looks come from the reducers, never written here.
    const { type, directed, confidence, family } = this.model.getEdgeAttributes(id);
    const attributes = { type, directed, confidence, family };
    if (this.model.isDirected(id)) this.addDirectedEdgeWithKey(id, source, target, attributes);
    else this.addUndirectedEdgeWithKey(id, source, target, attributes);
    return id;
  }
}

/** Every relation's ordinal, per vocabulary: what is drawn when hidden relations are shown faded. */
const everyOrdinal = new WeakMap<readonly string[], Uint32Array>();

/** The relations the display graph should hold: the slice's, or every relation when hidden ones are shown faded. */
export function drawnRelations(slice: Pick<ViewSlice, "ordinals">, fadeHidden: boolean): DrawnRelations {
  const { relationIds: ids } = slice.ordinals.vocabulary;
  if (!fadeHidden) return { ids, ordinals: slice.ordinals.relations };
  let all = everyOrdinal.get(ids);
  if (!all) everyOrdinal.set(ids, (all = Uint32Array.from(ids, (_, i) => i)));
  return { ids, ordinals: all };
}
