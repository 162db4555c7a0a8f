/**
 * composeSvg on a small hand-built scene: well-formed XML (xmldom, failing on any warning),
 * every labelled actor and every legend entry present as text, hostile text escaped, arrowheads
 * on directed relations only, curves for parallel relations, the background per option, the
 * requested size, and nothing drawn outside the image. Also the layout and captions it uses.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import { citationOf, sourceLineOf } from "../../../src/render/composition/captions";
import { fitScene, layoutComposition, wrap } from "../../../src/render/composition/layout";
import { estimateWidth, inkOf, reink, targetOf } from "../../../src/render/composition/style";
import { composeSvg, escapeXml } from "../../../src/render/composition/svg";
import type { CompositionLegend, CompositionOptions, Scene } from "../../../src/render/composition/types";
import { CANVAS, familyColour, kindColour } from "../../../src/render/palette";
import { parsePartialDate } from "../../../src/model/dates";
import type { Relation, Source } from "../../../src/model/types";
import type { Theme } from "../../../src/state/view-state";

const HOSTILE = `<img src=x onerror=alert(1)>`;
const QUOTED = `"Tehrik" & 'Taliban'`;

const scene: Scene = {
  width: 800,
  height: 500,
  labelSize: 14,
  nodes: [
    { id: "pk", x: 200, y: 250, size: 12, color: kindColour("state", "light"), label: "Pakistan", kind: "state" },
    { id: "af", x: 600, y: 250, size: 10, color: kindColour("armed-group", "light"), label: "Afghan Taliban (Islamic Emirate)", kind: "armed-group" },
    { id: "xss", x: 400, y: 100, size: 6, color: kindColour("armed-group", "light"), label: HOSTILE, kind: "armed-group" },
    { id: "q", x: 400, y: 420, size: 6, color: kindColour("person", "light"), label: QUOTED, kind: "person" },
    { id: "faded", x: 700, y: 450, size: 5, color: CANVAS.light.faded, label: "", kind: "state" },
  ],
  edges: [
    { id: "strike", x1: 200, y1: 250, x2: 600, y2: 250, color: familyColour("hostile", "light"), size: 3, directed: true, curvature: 0, targetSize: 10, family: "hostile" },
    { id: "talks", x1: 200, y1: 250, x2: 600, y2: 250, color: familyColour("mediating", "light"), size: 2.2, directed: false, curvature: 0.2, targetSize: 10, family: "mediating" },
    { id: "support", x1: 400, y1: 100, x2: 600, y2: 250, color: familyColour("cooperative", "light"), size: 1.5, directed: true, curvature: 0.15, targetSize: 10, family: "cooperative" },
    { id: "rivals", x1: 400, y1: 420, x2: 200, y2: 250, color: familyColour("hostile", "light"), size: 2, directed: false, curvature: 0, targetSize: 12, family: "hostile" },
  ],
};

/** The legend in a theme's colours, as legendOf gives it for a background. */
const legendFor = (theme: Theme): CompositionLegend => ({
  relationTypes: [
    { label: "Air or drone strike", family: "Hostile", colour: familyColour("hostile", theme) },
    { label: "Rivalry", family: "Hostile", colour: familyColour("hostile", theme) },
    { label: "Material support", family: "Cooperative", colour: familyColour("cooperative", theme) },
    { label: "Mediation & <talks>", family: "Mediating", colour: familyColour("mediating", theme) },
  ],
  actorKinds: [
    { label: "State", colour: kindColour("state", theme) },
    { label: "Armed group", colour: kindColour("armed-group", theme) },
    { label: "Person", colour: kindColour("person", theme) },
  ],
});

const options = (change: Partial<CompositionOptions> = {}): CompositionOptions => ({
  width: 1920,
  height: 1080,
  scale: 1.875,
  title: `Border war ${QUOTED} ${HOSTILE}`,
  dateLabel: "as of 27 Feb 2026",
  legend: legendFor(change.background === "dark" ? "dark" : "light"),
  sourceLine: "Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated",
  background: "light",
  ...change,
});

/** Parses strictly: any xmldom warning or error fails the test. */
function parse(svg: string) {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => void problems.push(`${level}: ${message}`) }).parseFromString(svg, "image/svg+xml");
  expect(problems).toEqual([]);
  return doc.documentElement!;
}

const all = (root: Element, name: string): Element[] => Array.from(root.getElementsByTagName(name));
const textsOf = (root: Element) => all(root, "text").map((t) => t.textContent ?? "");
const num = (el: Element, name: string) => Number(el.getAttribute(name));

describe("composeSvg", () => {
  test("is well-formed SVG of the requested size", () => {
    const root = parse(composeSvg(scene, options()));
    expect(root.localName).toBe("svg");
    expect(root.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect([root.getAttribute("width"), root.getAttribute("height"), root.getAttribute("viewBox")]).toEqual(["1920", "1080", "0 0 1920 1080"]);
    const small = parse(composeSvg(scene, options({ width: 640, height: 400, scale: 0.8 })));
    expect([small.getAttribute("width"), small.getAttribute("height")]).toEqual(["640", "400"]);
  });

  test("has every labelled actor, every legend entry, the title, date and sources as text", () => {
    const root = parse(composeSvg(scene, options()));
    const texts = textsOf(root);
    for (const n of scene.nodes.filter((n) => n.label)) expect(texts).toContain(n.label);
    const o = options();
    for (const t of o.legend.relationTypes) expect(texts).toContain(t.label);
    for (const family of ["Hostile", "Cooperative", "Mediating", "Actors"]) expect(texts).toContain(family);
    for (const k of o.legend.actorKinds) expect(texts).toContain(k.label);
    expect(texts).toContain(o.title);
    expect(texts).toContain(o.dateLabel);
    expect(texts).toContain(o.sourceLine);
    expect(root.getElementsByTagName("title")[0].textContent).toBe(o.title);
  });

  test("escapes markup and quotes in labels, titles and legend entries", () => {
    const svg = composeSvg(scene, options());
    expect(svg).not.toContain("<img");
    expect(svg).not.toContain("<talks>");
    expect(svg).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(svg).toContain("&quot;Tehrik&quot; &amp; &apos;Taliban&apos;");
    const root = parse(svg);
    expect(all(root, "img")).toEqual([]);
    expect(escapeXml("a\u0001b\uD800c")).toBe("abc");
  });

  test("draws arrowheads on directed relations only, curves for parallel ones", () => {
    const root = parse(composeSvg(scene, options()));
    const paths = all(root, "path").filter((p) => p.parentNode && (p.parentNode as Element).getAttribute("class") === "relations");
    expect(paths).toHaveLength(scene.edges.length);
    const arrowed = paths.filter((p) => p.hasAttribute("marker-end"));
    expect(arrowed).toHaveLength(scene.edges.filter((e) => e.directed).length);
    const markers = new Map(all(root, "marker").map((m) => [m.getAttribute("id"), m]));
    for (const p of arrowed) {
      const id = /^url\(#(.+)\)$/.exec(p.getAttribute("marker-end")!)![1];
      const marker = markers.get(id)!;
      expect(marker).toBeDefined();
      // The arrowhead has the colour of its relation.
      expect(marker.getElementsByTagName("path")[0].getAttribute("fill")).toBe(p.getAttribute("stroke"));
    }
    expect(paths.filter((p) => / Q/.test(p.getAttribute("d")!))).toHaveLength(scene.edges.filter((e) => e.curvature).length);
    expect(all(root, "circle").filter((c) => (c.parentNode as Element).getAttribute("class") === "actors")).toHaveLength(scene.nodes.length);
  });

  test("fills the background unless it is transparent, and inks for the background", () => {
    const background = (svg: string) => all(parse(svg), "rect").filter((r) => r.getAttribute("class") === "background");
    expect(background(composeSvg(scene, options()))[0].getAttribute("fill")).toBe(CANVAS.light.background);
    const dark = composeSvg(scene, options({ background: "dark" }));
    expect(background(dark)[0].getAttribute("fill")).toBe(CANVAS.dark.background);
    // A light view's colours become the dark palette's on a dark image.
    expect(dark).toContain(`fill="${kindColour("state", "dark")}"`);
    expect(dark).toContain(`stroke="${familyColour("hostile", "dark")}"`);
    expect(dark).not.toContain(`fill="${kindColour("state", "light")}"`);
    const transparent = composeSvg(scene, options({ background: "transparent" }));
    expect(background(transparent)).toEqual([]);
    expect(transparent).not.toContain("label-halos");
  });

  test("keeps the graph and its labels inside the image and apart from the legend", () => {
    for (const size of [options(), options({ width: 800, height: 500, scale: 1 }), options({ width: 600, height: 900, scale: 1 })]) {
      const root = parse(composeSvg(scene, size));
      for (const c of all(root, "circle")) {
        expect(num(c, "cx") - num(c, "r")).toBeGreaterThanOrEqual(0);
        expect(num(c, "cx") + num(c, "r")).toBeLessThanOrEqual(size.width);
        expect(num(c, "cy") + num(c, "r")).toBeLessThanOrEqual(size.height);
      }
      for (const t of all(root, "text")) {
        const x = num(t, "x");
        const px = Number(t.getAttribute("font-size") ?? (t.parentNode as Element).getAttribute("font-size"));
        const w = estimateWidth(t.textContent ?? "", px, true);
        const left = t.getAttribute("text-anchor") === "end" ? x - w : x;
        expect(left, t.textContent!).toBeGreaterThanOrEqual(-0.5);
        expect(left + w * 0.97, t.textContent!).toBeLessThanOrEqual(size.width);
        expect(num(t, "y")).toBeLessThanOrEqual(size.height);
      }
    }
  });
  test("an empty view, legend and source line still make a well-formed image", () => {
    const empty = { ...scene, nodes: [], edges: [] };
    const root = parse(composeSvg(empty, options({ legend: { relationTypes: [], actorKinds: [] }, sourceLine: "", title: "" })));
    expect(all(root, "circle")).toEqual([]);
    expect(all(root, "path").filter((p) => (p.parentNode as Element).getAttribute("class") === "relations")).toEqual([]);
    expect(textsOf(root)).toEqual(["as of 27 Feb 2026"]);
  });

  test("a legend too long for the image shrinks, then is cut short above the source line", () => {
    const relationTypes = Array.from({ length: 80 }, (_, i) => ({ label: `Relation type number ${i} with a long name`, family: `Family ${i % 6}`, colour: "#c8371f" }));
    const o = options({ width: 1000, height: 600, scale: 1, legend: { relationTypes, actorKinds: [] } });
    const layout = layoutComposition(o, 14);
    const legend = layout.texts.filter((t) => t.part === "legend");
    const source = layout.texts.find((t) => t.part === "source")!;
    expect(legend.length).toBeGreaterThan(10);
    expect(legend.length).toBeLessThan(80);
    for (const t of legend) expect(t.y).toBeLessThan(source.y - source.px);
    expect(Math.max(...legend.map((t) => t.px))).toBeLessThan(13);
    parse(composeSvg(scene, o));
  });
});

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
    expect(inkOf("transparent")).toMatchObject({ theme: "light", fill: null, halo: null });
  });
});
