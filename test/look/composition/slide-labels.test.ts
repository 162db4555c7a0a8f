/**
 * Where a slide's labels go (look/composition/slide-labels.ts): no two over each other, none
 * over another actor, none outside the graph area; the same type size whatever the fit; the
 * selected actor first, then the most connected; relation labels (a bundle's count, a spread
 * relation's type, every line's type on request) at their line's middle, clear of the actors'
 * labels. Scenes are built here: a crowded cluster, a thousand actors, bundles.
 */
import { describe, expect, test } from "vitest";
import { fitScene, layoutComposition } from "../../../src/look/composition/layout";
import { avoided, CROWD, hubCount, midpointOf, placeSlideLabels, pointOn, planSlide, relationLabelOf, type SlideLabel } from "../../../src/look/composition/slide-labels";
import { estimateWidth } from "../../../src/look/composition/style";
import type { Rect, Scene, SceneEdge, SceneNode } from "../../../src/look/composition/types";
import { boxesOverlap, boxInside } from "../../../src/look/label-placement";
import { options, scene as smallScene } from "../../support/composition-scene";

/** A seeded generator, so a failing scene can be rebuilt. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Names of the lengths actors have: "TTP" to "Islamic State Khorasan Province". */
const NAMES = ["TTP", "Pakistan", "Afghan Taliban", "Haqqani network", "Islamic State Khorasan Province", "AQIS", "Noor Wali Mehsud", "Iran", "India", "Jaish-e-Mohammed"];
const node = (id: string, x: number, y: number, size: number, extra: Partial<SceneNode> = {}): SceneNode => ({ id, x, y, size, color: "#888888", label: `${NAMES[Number(id) % NAMES.length] ?? id} ${id}`, kind: "state", ...extra });

/** `count` actors in an ellipse of a 1200×700 view, sizes from 2 to 14, as degrees go: a few hubs, many small ones. */
function crowd(count: number, seed = 1): Scene {
  const next = random(seed);
  const nodes = Array.from({ length: count }, (_, i) => {
    const r = 330 * Math.sqrt(next());
    const a = 2 * Math.PI * next();
    return node(String(i), 600 + r * Math.cos(a) * 1.6, 350 + r * Math.sin(a) * 0.95, 2 + 12 * next() ** 4);
  });
  const edges: SceneEdge[] = nodes.slice(1).map((v, i) => {
    const u = nodes[Math.floor(next() * (i + 1))];
    return { id: `e${i}`, x1: u.x, y1: u.y, x2: v.x, y2: v.y, color: "#c00", size: 1.5, directed: false, curvature: 0, targetSize: v.size };
  });
  return { width: 1200, height: 700, labelSize: 14, nodes, edges };
}

/** No label over another, over an actor other than its own, or outside the frame. */
function expectLegible(labels: readonly SlideLabel[], frame: Rect, scene: Scene, fit: { k: number; dx: number; dy: number }, px = 0) {
  const crowded = scene.nodes.length > CROWD;
  const hubs = new Set(crowded ? scene.nodes.filter((v) => v.label).sort((a, b) => b.size - a.size || a.label.localeCompare(b.label)).slice(0, hubCount(scene.nodes.length)).map((v) => v.id) : []);
  for (const l of labels) expect(boxInside(l.box, frame), `${l.text} inside the graph area`).toBe(true);
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) expect(boxesOverlap(labels[i].box, labels[j].box), `${labels[i].text} over ${labels[j].text}`).toBe(false);
  for (const l of labels)
    for (const v of scene.nodes) {
      if (l.kind === "actor" && (l.id === v.id || scene.nodes.find((u) => u.id === l.id)?.selected)) continue;
      const [x, y, r] = [fit.dx + v.x * fit.k, fit.dy + v.y * fit.k, v.size * fit.k];
      if (!avoided(r, px, scene.nodes.length)) continue;
      // In a crowd, a hub's label keeps clear of the hubs' discs only.
      if (hubs.has(l.id) && !hubs.has(v.id)) continue;
      const nx = Math.max(l.box.x, Math.min(x, l.box.x + l.box.width));
      const ny = Math.max(l.box.y, Math.min(y, l.box.y + l.box.height));
      expect((nx - x) ** 2 + (ny - y) ** 2 >= r * r - 1e-6, `${l.text} over actor ${v.id}`).toBe(true);
    }
}

describe("slide labels", () => {
  test.each([
    [1920, 1080, 1.875],
    [3840, 2160, 3.75],
  ])("a crowded view at %i×%i: no label over another or over an actor, none outside the graph area", (width, height, scale) => {
    const scene = crowd(120);
    const plan = planSlide(scene, options({ width, height, scale }), estimateWidth);
    expect(plan.labels.length).toBeGreaterThan(20);
    expect(plan.labels.length).toBeLessThan(120);
    expectLegible(plan.labels, plan.layout.graph, scene, plan.fit);
  });

  test("a thousand actors: the most connected are labelled, the rest left out, in a few tens of milliseconds", () => {
    const scene = crowd(1200, 7);
    const start = performance.now();
    const plan = planSlide(scene, options(), estimateWidth);
    expect(performance.now() - start).toBeLessThan(500);
    expectLegible(plan.labels, plan.layout.graph, scene, plan.fit, plan.layout.labelSize);
    // Only dots under a third of the label size may be passed over, and only in a crowd.
    expect(avoided(plan.layout.labelSize / 5.5, plan.layout.labelSize, 1200)).toBe(true);
    expect(avoided(plan.layout.labelSize / 7, plan.layout.labelSize, 1200)).toBe(false);
    expect(avoided(plan.layout.labelSize / 7, plan.layout.labelSize, CROWD)).toBe(true);
    const labelled = new Set(plan.labels.map((l) => l.id));
    expect(labelled.size).toBeGreaterThan(15);
    // Only hubs are offered: ⌈√1200⌉ = 35.
    expect(labelled.size).toBeLessThanOrEqual(hubCount(1200));
    // Most of the ten largest actors have their label.
    const largest = scene.nodes.slice().sort((a, b) => b.size - a.size).slice(0, 10);
    expect(largest.filter((v) => labelled.has(v.id)).length).toBeGreaterThanOrEqual(6);
    const mean = (ids: Iterable<string>) => {
      const sizes = [...ids].map((id) => scene.nodes.find((v) => v.id === id)!.size);
      return sizes.reduce((a, b) => a + b, 0) / sizes.length;
    };
    expect(mean(labelled)).toBeGreaterThan(mean(scene.nodes.filter((v) => !labelled.has(v.id)).map((v) => v.id)));
  });

  test("the selected actor is labelled first, even when small among large ones", () => {
    const base = crowd(400, 3);
    const smallest = base.nodes.reduce((a, b) => (b.size < a.size ? b : a));
    const without = planSlide(base, options(), estimateWidth).labels.map((l) => l.id);
    const scene = { ...base, nodes: base.nodes.map((v) => (v.id === smallest.id ? { ...v, selected: true } : v)) };
    const labels = planSlide(scene, options(), estimateWidth).labels;
    expect(labels[0].id).toBe(smallest.id);
    expect(without.includes(smallest.id) && without[0] === smallest.id).toBe(false);
  });

  test("labels keep the image's type size whatever the fit: the same for a spread and a tight view, twice as large at 4K", () => {
    const spread = planSlide(smallScene, options(), estimateWidth);
    const tight = { ...smallScene, nodes: smallScene.nodes.map((v) => ({ ...v, x: 390 + (v.x - 400) / 20, y: 245 + (v.y - 250) / 20 })) };
    const close = planSlide(tight, options(), estimateWidth);
    expect(close.fit.k).toBeGreaterThan(spread.fit.k);
    const sizes = (labels: readonly SlideLabel[]) => new Set(labels.filter((l) => l.kind === "actor").map((l) => l.px));
    expect(sizes(spread.labels)).toEqual(new Set([14 * 1.875]));
    expect(sizes(close.labels)).toEqual(new Set([14 * 1.875]));
    expect(sizes(planSlide(smallScene, options({ width: 3840, height: 2160, scale: 3.75 }), estimateWidth).labels)).toEqual(new Set([14 * 3.75]));
  });

  test("a label near the frame's edge goes to the actor's other side rather than out of the frame", () => {
    const scene = { ...smallScene, nodes: smallScene.nodes.map((v) => (v.id === "af" ? { ...v, x: 800 } : v)) };
    const plan = planSlide(scene, options(), estimateWidth);
    const af = plan.labels.find((l) => l.id === "af")!;
    expect(af.side).not.toBe("right");
    expect(af.anchor).not.toBe("start");
    expectLegible(plan.labels, plan.layout.graph, scene, plan.fit);
  });
});

test("an actor at the rim, hemmed in on its other sides, is fitted further in so its name has room beside it", () => {
  const labelled = (id: string, x: number, y: number, label: string): SceneNode => ({ id, x, y, size: 6, color: "#888888", label, kind: "state" });
  const scene: Scene = {
    width: 800,
    height: 500,
    labelSize: 14,
    nodes: [
      labelled("iran", 100, 250, "Iran"),
      labelled("saudi", 700, 250, "Saudi Arabia"),
      labelled("qutb", 790, 250, "Qutb-e-Shahb"),
      { ...labelled("above", 790, 236, ""), size: 4 },
      { ...labelled("below", 790, 264, ""), size: 4 },
      // and at its left corners, so no corner frees it either.
      { ...labelled("above-left", 778, 240, ""), size: 4 },
      { ...labelled("below-left", 778, 260, ""), size: 4 },
    ],
    edges: [],
  };
  const o = options();
  const layout = layoutComposition(o, scene.labelSize, estimateWidth);
  const tight = placeSlideLabels({ scene, graph: layout.graph, fit: fitScene(scene, layout.graph, layout.labelSize, o.scale), labelSize: layout.labelSize, measure: estimateWidth });
  expect(tight.map((l) => l.id)).not.toContain("qutb");
  const plan = planSlide(scene, o, estimateWidth);
  expect(plan.labels.map((l) => l.id).sort()).toEqual(["iran", "qutb", "saudi"]);
  expectLegible(plan.labels, plan.layout.graph, scene, plan.fit);
});

describe("relation labels", () => {
  const bundle: SceneEdge = { id: "b", x1: 200, y1: 250, x2: 600, y2: 250, color: "#c00", size: 6, directed: false, curvature: 0, targetSize: 10, family: "hostile", count: 12 };
  const spread: SceneEdge = { id: "s", x1: 200, y1: 250, x2: 600, y2: 250, color: "#c00", size: 2, directed: false, curvature: 0.2, targetSize: 10, label: "Air or drone strike", typeLabel: "Air or drone strike" };
  const plain: SceneEdge = { id: "p", x1: 400, y1: 100, x2: 600, y2: 250, color: "#0a0", size: 2, directed: false, curvature: 0, targetSize: 10, typeLabel: "Material support" };

  test("a bundle says its count, a line its view label; every line its type only on request", () => {
    expect([relationLabelOf(bundle, false), relationLabelOf(spread, false), relationLabelOf(plain, false)]).toEqual(["12", "Air or drone strike", ""]);
    expect(relationLabelOf(plain, true)).toBe("Material support");
    expect(relationLabelOf({ ...bundle, typeLabel: "Air or drone strike" }, true)).toBe("12");
  });

  test("sit by their line's middle (a curve's too), clear of actor labels and inside the frame", () => {
    const scene: Scene = { ...smallScene, edges: [bundle, spread, plain] };
    const layout = layoutComposition(options(), scene.labelSize, estimateWidth);
    const fit = fitScene(scene, layout.graph, layout.labelSize, 1.875);
    const labels = placeSlideLabels({ scene, graph: layout.graph, fit, labelSize: layout.labelSize, measure: estimateWidth, labelRelations: true });
    const relation = labels.filter((l) => l.kind === "relation");
    expect(relation.map((l) => l.text).sort()).toEqual(["12", "Air or drone strike", "Material support"]);
    expectLegible(labels, layout.graph, scene, fit);
    for (const l of relation) {
      const e = scene.edges.find((x) => x.id === l.id)!;
      // Beside a point of its line's middle part (between 30% and 70% of its length).
      const cx = l.box.x + l.box.width / 2;
      const cy = l.box.y + l.box.height / 2;
      const near = Math.min(...[0.3, 0.4, 0.5, 0.6, 0.7].map((t) => pointOn(e, fit, t)).map((p) => Math.hypot(cx - p.x, cy - p.y)));
      expect(near, `${l.text} by its line's middle`).toBeLessThan(l.box.width / 2 + l.box.height + layout.labelSize);
      expect(l.px).toBeLessThan(layout.labelSize);
    }
    // The curve's middle is off the straight line between the ends.
    expect(midpointOf(spread, fit).y).not.toBeCloseTo(midpointOf(bundle, fit).y);
    // Without the request, only the bundle's count and the view's label.
    const quiet = placeSlideLabels({ scene, graph: layout.graph, fit, labelSize: layout.labelSize, measure: estimateWidth });
    expect(quiet.filter((l) => l.kind === "relation").map((l) => l.text).sort()).toEqual(["12", "Air or drone strike"]);
  });
});

describe("framing", () => {
  test("faded context is drawn but not framed: the fit is the one of the shown actors alone", () => {
    const shown = smallScene.nodes.filter((v) => v.id !== "faded");
    const far = node("far", 5000, 4000, 5, { label: "", context: true });
    const area = { x: 0, y: 0, width: 1400, height: 800 };
    const withContext = fitScene({ ...smallScene, width: 6000, height: 5000, nodes: [...shown, far] }, area, 20, 1);
    const alone = fitScene({ ...smallScene, width: 6000, height: 5000, nodes: shown }, area, 20, 1);
    expect(withContext).toEqual(alone);
    // Only context: it is what there is to frame.
    expect(fitScene({ ...smallScene, nodes: [{ ...far, x: 300, y: 200 }] }, area, 20, 1).k).toBeGreaterThan(0);
  });
});
