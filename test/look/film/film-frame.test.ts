/**
 * A film's fixed slide frame: the same graph area and fit for every step, however its legend,
 * sources and caption change, so every actor is drawn on the same pixel in every frame; and a
 * film's date line in large type, clear of the title.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import { layoutComposition } from "../../../src/look/composition/layout";
import { planSlide } from "../../../src/look/composition/slide-labels";
import { estimateWidth } from "../../../src/look/composition/style";
import type { CompositionOptions, Scene } from "../../../src/look/composition/types";
import { filmFrameOf } from "../../../src/look/film/film-frame";
import { composeSvg } from "../../../src/render/composition/svg";
import { legendFor, options, scene } from "../../support/composition-scene";

// Step one: Pakistan and the Afghan Taliban only, a short legend. Step two: everyone, a longer
// legend, a caption and a two-line source list, which would shrink the graph area of a still.
const early: Scene = { ...scene, nodes: scene.nodes.filter((v) => v.id === "pk" || v.id === "af"), edges: scene.edges.filter((e) => e.id === "strike") };
const earlyOptions = options({ width: 1280, height: 720, scale: 1.25, dateLabel: "Jan 2021", legend: { ...legendFor("light"), relationTypes: legendFor("light").relationTypes.slice(0, 1) }, dateStyle: "large" });
const lateOptions: CompositionOptions = {
  ...earlyOptions,
  dateLabel: "Mar 2026",
  // Thirty types: too many for the narrower legend column a still would take for step one.
  legend: { ...legendFor("light"), relationTypes: Array.from({ length: 30 }, (_, i) => ({ label: `Relation type number ${i}`, family: `Family ${i % 6}`, colour: "#777" })) },
  caption: "Since Feb 2026: began: Pakistan → TTP air strike; ended: talks",
  sourceLine: `Sources: ${Array.from({ length: 12 }, (_, i) => `Author ${i}, Publisher ${i}, 31 Mar 2026`).join("; ")}`,
};
const scenes = [early, scene];
const stepOptions = [earlyOptions, lateOptions];

const circles = (svg: string): Element[] => {
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement!;
  return Array.from(root.getElementsByTagName("circle")).filter((c) => (c.parentNode as Element).getAttribute("class") === "actors");
};

describe("filmFrameOf", () => {
  test("a still of each step would move the camera; the film's frame does not", () => {
    const stills = scenes.map((s, i) => planSlide(s, stepOptions[i], estimateWidth));
    expect(stills[0].fit).not.toEqual(stills[1].fit);
    const frame = filmFrameOf(scenes, stepOptions);
    const plans = scenes.map((s, i) => planSlide(s, { ...stepOptions[i], frame }, estimateWidth));
    expect(plans[0].fit).toEqual(frame.fit);
    expect(plans[1].fit).toEqual(frame.fit);
    expect(plans[0].layout.graph).toEqual(plans[1].layout.graph);
    // Each actor is drawn on the same pixel at both steps.
    const drawn = scenes.map((s, i) => circles(composeSvg(s, { ...stepOptions[i], frame })).map((c) => [c.getAttribute("cx"), c.getAttribute("cy")]));
    expect(drawn[1].slice(0, 2)).toEqual(drawn[0]);
  });

  test("the legend column is the widest any step picks, the graph area the smallest any leaves, and every actor of any step fits it", () => {
    const frame = filmFrameOf(scenes, stepOptions);
    for (const [i, o] of stepOptions.entries()) {
      const still = layoutComposition(o, scenes[i].labelSize);
      expect(frame.legendWidth).toBeGreaterThanOrEqual(still.legendWidth);
      const g = frame.graph!;
      expect(g.x).toBeGreaterThanOrEqual(still.graph.x);
      expect(g.y + g.height).toBeLessThanOrEqual(still.graph.y + still.graph.height + 1e-9);
      // The legend and the foot of each step stay outside the fixed graph area.
      for (const t of layoutComposition({ ...o, frame }, scenes[i].labelSize).texts.filter((t) => t.part === "legend" || t.part === "source" || t.part === "caption"))
        expect(t.x >= g.x + g.width || t.y - t.px >= g.y + g.height).toBe(true);
    }
    // The legend column starts at the same place at every step.
    const legendLeft = stepOptions.map((o, i) => Math.min(...layoutComposition({ ...o, frame }, scenes[i].labelSize).texts.filter((t) => t.part === "legend").map((t) => t.x)));
    expect(legendLeft[0]).toBe(legendLeft[1]);
    expect(stepOptions.map((o, i) => layoutComposition(o, scenes[i].labelSize).legendWidth)).toEqual([320, 396.8]);
    const { k, dx, dy } = frame.fit;
    for (const v of scene.nodes) {
      expect(dx + (v.x - v.size) * k).toBeGreaterThanOrEqual(frame.graph!.x - 1e-6);
      expect(dx + (v.x + v.size) * k).toBeLessThanOrEqual(frame.graph!.x + frame.graph!.width + 1e-6);
      expect(dy + (v.y - v.size) * k).toBeGreaterThanOrEqual(frame.graph!.y - 1e-6);
      expect(dy + (v.y + v.size) * k).toBeLessThanOrEqual(frame.graph!.y + frame.graph!.height + 1e-6);
    }
    expect(() => filmFrameOf([], [])).toThrow(/one of each per step/);
  });

  test("a square film keeps its graph area too, the legend under it", () => {
    const square = stepOptions.map((o) => ({ ...o, width: 1080, height: 1080 }));
    const frame = filmFrameOf(scenes, square);
    const layouts = scenes.map((s, i) => layoutComposition({ ...square[i], frame }, s.labelSize));
    expect(layouts[0].graph).toEqual(layouts[1].graph);
    for (const l of layouts) for (const t of l.texts.filter((t) => t.part === "legend")) expect(t.y - t.px).toBeGreaterThanOrEqual(l.graph.y + l.graph.height);
  });

  test("a film's date line is larger than the title and below it", () => {
    const layout = layoutComposition(earlyOptions, 14);
    const title = layout.texts.find((t) => t.part === "title")!;
    const date = layout.texts.find((t) => t.part === "date")!;
    expect(date.px).toBeGreaterThan(title.px);
    expect(date.bold).toBe(true);
    // The date's capitals (about 0.75 em above its baseline) start below the title's descenders.
    expect(date.y - date.px * 0.75).toBeGreaterThan(title.y + title.px * 0.25);
    expect(layout.graph.y).toBeGreaterThan(date.y);
    const still = layoutComposition({ ...earlyOptions, dateStyle: undefined }, 14).texts.find((t) => t.part === "date")!;
    expect(still.px).toBeLessThan(title.px);
  });
});
