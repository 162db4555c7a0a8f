/**
 * Runs ForceAtlas2 in a web worker on the actors now visible, copying positions into the view's
 * own each frame so the page never blocks (the model graph gives only the relations); after a
 * few seconds it stops by itself and removes overlaps, in a second worker, still reporting
 * itself running until their result is copied in.
 * Only starts, stops and kills: the iterations themselves are the libraries' pure code.
 */
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { RelationGraph } from "../model/graph";
import { assignOverlapMatrix, forceAtlas2Settings, overlapMatrix, removeOverlaps } from "../look/layout";
import { startOverlapRemoval, type OverlapJob } from "./overlap-job";
import { OVERLAP_OPTIONS } from "../look/overlap-removal";

/** Long enough to settle a few hundred actors; the user can stop sooner. */
const AUTO_STOP_MS = 4000;
/**
 * A refinement of a first layout (look/first-layout.ts) runs this long: about as many
 * iterations as the full layout's 600 at 20,000 actors on a laptop. The user can stop sooner.
 */
const REFINE_MS = 60_000;
/** A copy of positions taking longer than this (a large graph) is followed by a pause... */
const COPY_BUDGET_MS = 16;
/** ...of this many times its own length. */
const COPY_SPACING = 4;
/**
 * Up to this many actors, overlaps are removed on the spot, as they always were: at most a few
 * tens of milliseconds even for a tight crowd, less than starting a worker. Above, it runs in a
 * worker (about a second at 11,000 actors, which on the page's thread was a minute's freeze
 * before look/overlap-removal.ts). stop() skips it: it serves "Reset layout" and leaving the data
 * set, which want nothing more to happen; the user's "Stop layout" is finish(), which keeps it.
 */
const ON_THE_SPOT_LIMIT = 200;

export class LayoutRunner {
  private layout: FA2Layout | undefined;
  private working: Graph | undefined;
  private overlaps: OverlapJob | undefined;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  /** The run under way refines the data set's first layout: its settled positions are to be kept. */
  private refining = false;

  constructor(
    /** The relations between actors; its nodes hold no positions. */
    private readonly graph: RelationGraph,
    /** The view's positions, moved here; onPositions() follows each move. */
    private readonly positions: Map<string, { x: number; y: number }>,
    private readonly onChange: (running: boolean) => void,
    private readonly onPositions: () => void,
    /** A refinement has settled (overlaps removed): the positions now in the view are the layout to keep. */
    private readonly onSettled: () => void = () => {},
  ) {}

  /** True from start() or removeOverlaps() until their positions are in, or stop(). */
  get running(): boolean {
    return !!this.layout || !!this.overlaps;
  }

  /** Lays out the given actors and the relations among them; the others stay where they are. */
  start(actors: ReadonlySet<string>, relations: ReadonlySet<string>): void {
    this.stop();
    const working = this.workingGraph(actors, relations, false);
    if (working.order < 2) return;
    this.run(working, AUTO_STOP_MS);
  }

  /**
   * Refines a first layout of every actor in the background, the view following; once it settles
   * (by itself after REFINE_MS, or the user's "Stop layout"), onSettled() says the positions are
   * the ones to keep. Parallel relations are one edge weighing as many: the same forces, fewer edges.
   */
  refine(): void {
    this.stop();
    const working = this.workingGraph(new Set(this.graph.nodes()), new Set(this.graph.edges()), true);
    if (working.order < 2) return;
    this.refining = true;
    this.run(working, REFINE_MS);
  }

  /** The actors under neutral keys, with the relations among them, each pair one weighted edge when `pairs`. */
  private workingGraph(actors: ReadonlySet<string>, relations: ReadonlySet<string>, pairs: boolean): Graph {
    // Keyed n0, n1, ...: ForceAtlas2 indexes nodes in plain objects, where an actor named
    // "__proto__" would break its neighbours' positions (see look/layout-data-set.ts).
    const working = new Graph({ type: "mixed", multi: !pairs });
    const keyOf = new Map<string, string>();
    for (const actor of actors) {
      const { x = 0, y = 0 } = this.positions.get(actor) ?? {};
      const { size = 6 } = this.graph.getNodeAttributes(actor);
      const key = `n${keyOf.size}`;
      keyOf.set(actor, key);
      working.addNode(key, { x, y, size, actor });
    }
    for (const relation of relations) {
      const [source, target] = this.graph.extremities(relation);
      const [s, t] = [keyOf.get(source), keyOf.get(target)];
      if (s === undefined || t === undefined) continue;
      if (!pairs) working.addEdge(s, t);
      else if (s !== t) working.updateUndirectedEdge(s, t, (a) => ({ weight: ((a.weight as number | undefined) ?? 0) + 1 }));
    }
    return working;
  }

  private run(working: Graph, forMs: number): void {
    this.working = working;
    this.layout = new FA2Layout(working, { settings: forceAtlas2Settings(working) });
    this.layout.start();
    this.onChange(true);
    // Copying positions redraws everything drawn, which takes hundreds of milliseconds at
    // 200,000 relations: wait several times as long as the last copy took before the next, so
    // the page stays free for input most of the time while the layout moves.
    const copy = () => {
      const start = performance.now();
      this.copyBack();
      const took = performance.now() - start;
      if (!this.layout) return;
      if (took < COPY_BUDGET_MS) this.frame = requestAnimationFrame(copy);
      else this.timer = setTimeout(() => (this.frame = requestAnimationFrame(copy)), took * COPY_SPACING);
    };
    this.frame = requestAnimationFrame(copy);
    this.stopTimer = setTimeout(() => this.settle(), forMs);
  }

  /**
   * Ends at once whatever runs, the overlap worker included; positions stay where they have
   * got to, with overlaps removed on small graphs.
   */
  stop(): void {
    const wasRunning = this.running;
    const laying = !!this.layout;
    this.endLayout();
    this.overlaps?.cancel();
    this.overlaps = undefined;
    if (laying && this.working && this.working.order <= ON_THE_SPOT_LIMIT) removeOverlaps(this.working);
    // While overlaps are being removed the shown graph already has every position the working
    // copy holds: copying again would only redraw it (a second or more at 200,000 relations).
    if (laying) this.copyBack();
    this.working = undefined;
    this.refining = false;
    if (wasRunning) this.onChange(false);
  }

  /**
   * The user's "Stop layout": ForceAtlas2 ends now, as its own timer would end it, so overlaps
   * are still removed (in a worker on large graphs, which a second stop() cancels). When only
   * overlap removal runs, it ends it.
   */
  finish(): void {
    if (this.layout && this.working) this.settle();
    else this.stop();
  }

  /** Moves apart actors sitting on each other, without a full re-layout; in a worker on large graphs. */
  removeOverlaps(): void {
    this.stop();
    // The whole graph under neutral keys (see start()); noverlap reads only x, y and size.
    const working = new Graph();
    this.graph.forEachNode((actor, a) => {
      const { x = 0, y = 0 } = this.positions.get(actor) ?? {};
      working.addNode(`n${working.order}`, { x, y, size: a.size, actor });
    });
    this.working = working;
    if (working.order <= ON_THE_SPOT_LIMIT) {
      removeOverlaps(working);
      this.copyBack();
      this.working = undefined;
      return;
    }
    this.removeOverlapsInWorker(working);
    this.onChange(true);
  }

  /** ForceAtlas2 has had its time: its last positions in, then overlaps removed. */
  private settle(): void {
    const working = this.working!;
    if (working.order <= ON_THE_SPOT_LIMIT) {
      const settled = this.refining;
      this.stop();
      if (settled) this.onSettled();
      return;
    }
    this.endLayout();
    this.copyBack();
    this.removeOverlapsInWorker(working);
  }

  /** Off the page's thread; running until the moved positions are copied in (or stop()). */
  private removeOverlapsInWorker(working: Graph): void {
    const job = startOverlapRemoval(overlapMatrix(working), OVERLAP_OPTIONS, (outcome) => {
      if (this.overlaps !== job) return;
      if (outcome.ok) {
        // The worker's own time, as a user-timing measure for benchmarks.
        performance.measure("faultlines:overlaps", { start: performance.now() - outcome.ms, duration: outcome.ms, detail: { actors: working.order, iterations: outcome.iterations } });
        assignOverlapMatrix(working, outcome.nodes);
        this.copyBack();
      } else {
        // Not fatal: the actors keep the layout's positions, overlaps and all.
        console.error(`Overlap removal failed, positions kept as laid out: ${outcome.problem}`);
      }
      const settled = this.refining;
      this.stop();
      if (settled) this.onSettled();
    });
    this.overlaps = job;
  }

  private endLayout(): void {
    clearTimeout(this.timer);
    clearTimeout(this.stopTimer);
    cancelAnimationFrame(this.frame);
    this.layout?.kill();
    this.layout = undefined;
  }

  private copyBack(): void {
    const working = this.working;
    if (!working) return;
    working.forEachNode((_, a) => this.positions.set(a.actor as string, { x: a.x as number, y: a.y as number }));
    // Told once, so the view updates every actor in one event rather than one per actor.
    this.onPositions();
  }
}
