/**
 * Runs ForceAtlas2 in a web worker on the actors now visible, copying positions into the shown
 * graph each frame so the page never blocks; stop() ends it and removes overlaps. Only starts,
 * stops and kills: the iteration itself is the library's pure code.
 */
import Graph from "graphology";
import FA2Layout from "graphology-layout-forceatlas2/worker";
import type { RelationGraph } from "../model/graph";
import { forceAtlas2Settings, removeOverlaps } from "./layout";

/** Long enough to settle a few hundred actors; the user can stop sooner. */
const AUTO_STOP_MS = 4000;
/** A copy of positions taking longer than this (a large graph) is followed by a pause... */
const COPY_BUDGET_MS = 16;
/** ...of this many times its own length. */
const COPY_SPACING = 4;

export class LayoutRunner {
  private layout: FA2Layout | undefined;
  private working: Graph | undefined;
  private frame = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly graph: RelationGraph,
    private readonly onChange: (running: boolean) => void,
    private readonly onPositions: () => void,
  ) {}

  get running(): boolean {
    return !!this.layout?.isRunning();
  }

  /** Lays out the given actors and the relations among them; the others stay where they are. */
  start(actors: ReadonlySet<string>, relations: ReadonlySet<string>): void {
    this.stop();
    // Keyed n0, n1, ...: ForceAtlas2 indexes nodes in plain objects, where an actor named
    // "__proto__" would break its neighbours' positions (see layout-data-set.ts).
    const working = new Graph({ type: "mixed", multi: true });
    const keyOf = new Map<string, string>();
    for (const actor of actors) {
      const { x = 0, y = 0, size = 6 } = this.graph.getNodeAttributes(actor);
      const key = `n${keyOf.size}`;
      keyOf.set(actor, key);
      working.addNode(key, { x, y, size, actor });
    }
    for (const relation of relations) {
      const [source, target] = this.graph.extremities(relation);
      const [s, t] = [keyOf.get(source), keyOf.get(target)];
      if (s !== undefined && t !== undefined) working.addEdge(s, t);
    }
    if (working.order < 2) return;
    this.working = working;
    this.layout = new FA2Layout(working, { settings: forceAtlas2Settings(working) });
    this.layout.start();
    this.onChange(true);
    // Copying positions redraws the whole graph, which takes hundreds of milliseconds at
    // 200,000 relations: wait several times as long as the last copy took before the next, so
    // the page stays free for input most of the time while the layout moves.
    const copy = () => {
      const start = performance.now();
      this.copyBack();
      const took = performance.now() - start;
      if (!this.running) return;
      if (took < COPY_BUDGET_MS) this.frame = requestAnimationFrame(copy);
      else this.timer = setTimeout(() => (this.frame = requestAnimationFrame(copy)), took * COPY_SPACING);
    };
    this.frame = requestAnimationFrame(copy);
    this.stopTimer = setTimeout(() => this.stop(), AUTO_STOP_MS);
  }

  stop(): void {
    clearTimeout(this.timer);
    clearTimeout(this.stopTimer);
    cancelAnimationFrame(this.frame);
    if (!this.layout || !this.working) return;
    this.layout.kill();
    this.layout = undefined;
    removeOverlaps(this.working);
    this.copyBack();
    this.working = undefined;
    this.onChange(false);
  }

  /** Moves apart actors sitting on each other, in place, without a full re-layout. */
  removeOverlaps(): void {
    this.stop();
    removeOverlaps(this.graph);
    this.onPositions();
  }

  private copyBack(): void {
    const working = this.working;
    if (!working) return;
    const moved = new Map<string, { x: number; y: number }>();
    working.forEachNode((_, a) => moved.set(a.actor as string, { x: a.x as number, y: a.y as number }));
    // One update of every node, so the renderer hears one event rather than one per actor.
    this.graph.updateEachNodeAttributes(
      (actor, a) => {
        const p = moved.get(actor);
        return p ? { ...a, x: p.x, y: p.y } : a;
      },
      { attributes: ["x", "y"] },
    );
    this.onPositions();
  }
}
