/**
 * What a composed image holds apart from its drawing: the image's size and type scale, where
 * the legend and graph go, how the scene is fitted in, wrapped source lines, the source line's
 * citations, and colours re-inked between themes.
 */
import { describe, expect, test } from "vitest";
import { citationOf, legendOf, sourceLineOf } from "../../../src/look/composition/captions";
import { CERTAINTY_HEADING, fitScene, layoutComposition, POSSIBLE_LABEL, wrap } from "../../../src/look/composition/layout";
import { certaintyInk, dashPattern, estimateWidth, inkOf, reink, targetOf } from "../../../src/look/composition/style";
import { CANVAS, familyColour, kindColour, possibleColour } from "../../../src/look/palette";
import { parseDay, parsePartialDate, parsePeriod } from "../../../src/model/dates";
import { RelationIndex } from "../../../src/model/relation-index";
import type { Actor, Relation, Source } from "../../../src/model/types";
import { computeViewSlice } from "../../../src/state/view-slice";
import { getEmptyViewState } from "../../../src/state/view-state";
import { dataSetOf } from "../../support/random-data";
import { options, scene } from "../../support/composition-scene";

describe("layout and captions", () => {
  test("image sizes: a multiple of the view, or a fixed slide with larger type", () => {
    expect(targetOf({ kind: "scale", scale: 2 }, { width: 1000, height: 600 })).toEqual({ width: 2000, height: 1200, scale: 2 });
    expect(targetOf({ kind: "fixed", width: 1920, height: 1080 }, { width: 1000, height: 600 })).toEqual({ width: 1920, height: 1080, scale: 1.875 });
    expect(targetOf({ kind: "fixed", width: 3840, height: 2160 }, { width: 1000, height: 600 }).scale).toBe(3.75);
  });

  test("text scales with the image; the legend goes right of a wide image and under a tall one", () => {
    const hd = layoutComposition(options(), 14);
    const uhd = layoutComposition(options({ width: 3840, height: 2160, scale: 3.75 }), 14);
    const title = (l: typeof hd) => l.texts.find((t) => t.part === "title")!.px;
    expect(title(uhd)).toBeCloseTo(2 * title(hd));
    expect(uhd.labelSize).toBeCloseTo(2 * hd.labelSize);
    // Readable on a projected 1080p slide: labels of at least 24 px, source line at least 20 px.
    expect(hd.labelSize).toBeGreaterThanOrEqual(24);
    expect(Math.min(...hd.texts.map((t) => t.px))).toBeGreaterThanOrEqual(20);
    const legendX = Math.min(...hd.texts.filter((t) => t.part === "legend").map((t) => t.x));
    expect(hd.graph.x + hd.graph.width).toBeLessThan(legendX);
    const tall = layoutComposition(options({ width: 600, height: 900, scale: 1 }), 14);
    const legendY = Math.min(...tall.texts.filter((t) => t.part === "legend").map((t) => t.y));
    expect(tall.graph.y + tall.graph.height).toBeLessThan(legendY);
  });

  test("the scene is fitted into the graph area, keeping its proportions", () => {
    const area = { x: 100, y: 50, width: 1000, height: 600 };
    const fit = fitScene(scene, area, 20, 1);
    for (const n of scene.nodes) {
      expect(fit.dx + fit.k * (n.x - n.size)).toBeGreaterThanOrEqual(area.x);
      expect(fit.dx + fit.k * (n.x + n.size)).toBeLessThanOrEqual(area.x + area.width);
      expect(fit.dy + fit.k * (n.y - n.size)).toBeGreaterThanOrEqual(area.y);
      expect(fit.dy + fit.k * (n.y + n.size)).toBeLessThanOrEqual(area.y + area.height);
    }
    // A lone actor is not blown up to fill a slide.
    expect(fitScene({ ...scene, nodes: scene.nodes.slice(0, 1) }, area, 20, 1).k).toBeLessThanOrEqual(3);
  });

  test("wraps long source lines, cutting the last line with an ellipsis", () => {
    const lines = wrap("Sources: " + "Author, Publisher, 1 Jan 2020; ".repeat(20), 400, 12, estimateWidth, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1].endsWith("…")).toBe(true);
    for (const l of lines) expect(estimateWidth(l, 12, false)).toBeLessThanOrEqual(400);
  });

  test("source line: surname, publisher and date, or undated, for the cited documents only", () => {
    const sources: Source[] = [
      { id: "ifri", title: "Afghanistan-Pakistan", author: "Isabelle Saint-Mézard", publisher: "Ifri, Letter from the Center for Asian Studies, No. 116", date: parsePartialDate("2026-03-31") },
      { id: "yus", title: "From Kabul to Tehran", author: "Mushtaq Yusufzai" },
      { id: "unused", title: "Never cited" },
    ];
    const cites = (...ids: string[]) => ({ evidence: ids.map((source) => ({ source, quote: "q" })) }) as unknown as Relation;
    expect(sourceLineOf(sources, [cites("ifri"), cites("yus", "ifri")])).toBe("Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated");
    expect(sourceLineOf(sources, [cites("yus")])).toBe("Source: Yusufzai, undated");
    expect(sourceLineOf(sources, [])).toBe("");
    expect(citationOf({ id: "t", title: "A report" })).toBe("A report, undated");
  });

  test("re-inking maps palette colours between themes and keeps others", () => {
    expect(reink(kindColour("state", "light"), { kind: "state" }, "dark")).toBe(kindColour("state", "dark"));
    expect(reink(familyColour("hostile", "dark"), { family: "hostile" }, "light")).toBe(familyColour("hostile", "light"));
    expect(reink(CANVAS.light.faded, { kind: "state" }, "dark")).toBe(CANVAS.dark.faded);
    expect(reink("#123456", { kind: "state" }, "dark")).toBe("#123456");
    expect(reink(possibleColour("hostile", "light"), { family: "hostile", possible: true }, "dark")).toBe(possibleColour("hostile", "dark"));
    expect(inkOf("transparent")).toMatchObject({ theme: "light", fill: null, halo: null });
  });

  test("the legend says how possible relations are drawn when some are visible, and counts actors by their kind at the time", () => {
    // "sure" is known to be active in March 2026; "maybe" is dated only to the year, so only possible on a day of it.
    const relation = (id: string, source: string, target: string, period: string): Relation =>
      ({ id, source, target, type: "airstrike", directed: true, periods: [parsePeriod(period)], confidence: "high", evidence: [{ source: "doc", quote: "q" }] }) as Relation;
    const base = dataSetOf([relation("sure", "a", "c", "2026-01-01/2026-06-30"), relation("maybe", "b", "c", "2026")]);
    // c becomes a state in 2021.
    const actors = base.actors.map((a) => (a.id === "c" ? ({ ...a, changes: [{ from: parsePartialDate("2021-08-15"), kind: "state" }] } as Actor) : a));
    const dataSet = { ...base, actors };
    const index = new RelationIndex(dataSet);
    const day = parseDay("2026-03-01");
    const shown = computeViewSlice(index, getEmptyViewState(day));
    expect(shown.possibleOnlyCount).toBe(1);
    const legend = legendOf(dataSet, shown, "dark");
    expect(legend.possible).toEqual({ colour: certaintyInk("dark").possible, certain: certaintyInk("dark").certain });
    expect(legend.actorKinds.map((k) => k.label)).toEqual(["state"]);
    const hidden = computeViewSlice(index, { ...getEmptyViewState(day), showPossible: false });
    expect(legendOf(dataSet, hidden, "light").possible).toBeNull();

    // Laid out: a group of its own, a solid and a dashed mark, thinner, with their words.
    const layout = layoutComposition(options({ legend: { ...options().legend, possible: legend.possible } }));
    const texts = layout.texts.map((t) => t.text);
    expect(texts).toContain(CERTAINTY_HEADING);
    expect(texts).toContain(POSSIBLE_LABEL);
    const dashed = layout.swatches.filter((w) => w.shape === "dashed");
    expect(dashed).toHaveLength(1);
    expect(dashed[0].thickness).toBeLessThan(layout.swatches.find((w) => w.shape === "line")!.thickness);
    expect(layoutComposition(options()).swatches.some((w) => w.shape === "dashed")).toBe(false);
  });

  test("dashes scale with the line and the image, never thinner than the minimum unit", () => {
    expect(dashPattern(2, 1)).toEqual([7, 5]);
    expect(dashPattern(4, 2)).toEqual([14, 10]);
    expect(dashPattern(0.5, 1)).toEqual([3.5 * 1.4, 2.5 * 1.4]);
  });
});
