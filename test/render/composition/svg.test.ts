/**
 * composeSvg on a small hand-built scene: well-formed XML (xmldom, failing on any warning),
 * every labelled actor and every legend entry present as text, hostile text escaped, arrowheads
 * on directed relations only, curves for parallel relations, the background per option, the
 * requested size, and nothing drawn outside the image. The layout and captions it uses are
 * tested in test/look/composition/.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import { layoutComposition, POSSIBLE_LABEL } from "../../../src/look/composition/layout";
import { estimateWidth } from "../../../src/look/composition/style";
import { CANVAS, familyColour, kindColour, possibleColour } from "../../../src/look/palette";
import { planSlide } from "../../../src/look/composition/slide-labels";
import { composeSvg, escapeXml } from "../../../src/render/composition/svg";
import { options, scene } from "../../support/composition-scene";

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

  test("draws possible relations dashed, in their own ink, and says so in the legend", () => {
    const withPossible = options({ background: "dark", legend: { ...options({ background: "dark" }).legend, possible: { colour: "#777777", certain: "#eeeeee" } } });
    const root = parse(composeSvg(scene, withPossible));
    const paths = all(root, "path").filter((p) => (p.parentNode as Element).getAttribute("class") === "relations");
    const dashed = paths.filter((p) => p.hasAttribute("stroke-dasharray"));
    expect(dashed).toHaveLength(scene.edges.filter((e) => e.possible).length);
    expect(dashed[0].getAttribute("class")).toBe("possible");
    const [dash, gap] = dashed[0].getAttribute("stroke-dasharray")!.split(" ").map(Number);
    expect(dash).toBeGreaterThan(gap);
    expect(gap).toBeGreaterThan(0);
    // Re-inked for the dark background: the dark theme's possible colour, not the light one's.
    expect(dashed[0].getAttribute("stroke")).toBe(possibleColour("mediating", "dark"));
    const legendLines = all(root, "line").filter((l) => (l.parentNode as Element).getAttribute("class") === "legend");
    expect(legendLines.filter((l) => l.hasAttribute("stroke-dasharray"))).toHaveLength(1);
    expect(textsOf(root)).toContain(POSSIBLE_LABEL);
    // No possible relation visible, no such legend line.
    const plain = parse(composeSvg({ ...scene, edges: scene.edges.filter((e) => !e.possible) }, options()));
    expect(all(plain, "line").some((l) => l.hasAttribute("stroke-dasharray"))).toBe(false);
    expect(all(plain, "path").some((l) => l.hasAttribute("stroke-dasharray"))).toBe(false);
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
        const anchor = t.getAttribute("text-anchor");
        const left = anchor === "end" ? x - w : anchor === "middle" ? x - w / 2 : x;
        expect(left, t.textContent!).toBeGreaterThanOrEqual(-0.5);
        expect(left + w * 0.97, t.textContent!).toBeLessThanOrEqual(size.width);
        expect(num(t, "y")).toBeLessThanOrEqual(size.height);
      }
    }
  });
  test("draws its labels where the slide's plan puts them: the PNG's placement, computed once", () => {
    const plan = planSlide(scene, options(), estimateWidth);
    const root = parse(composeSvg(scene, options()));
    const drawn = all(root, "text")
      .filter((t) => (t.parentNode as Element).getAttribute("class") === "labels")
      .map((t) => [t.textContent, num(t, "x"), num(t, "y"), t.getAttribute("text-anchor") ?? "start"]);
    const planned = plan.labels.filter((l) => l.kind === "actor").map((l) => [l.text, Math.round(l.x * 100) / 100, Math.round(l.y * 100) / 100, l.anchor]);
    expect(drawn).toEqual(planned);
    expect(drawn.length).toBe(scene.nodes.filter((v) => v.label).length);
  });

  test("draws words dotted, says bundles' counts on their lines and, on request, every line's type; the caption says what is summarised", () => {
    const edges = scene.edges.map((e) =>
      e.id === "strike" ? { ...e, count: 12, size: 6 } : e.id === "support" ? { ...e, pattern: "dotted" as const, typeLabel: "Accuses" } : { ...e, typeLabel: `${e.id} type` },
    );
    const bundled = { ...scene, edges };
    const o = options({ caption: "Several relations of one family between a pair are drawn as one line, with their number: 16 relations as 5 lines." });
    const root = parse(composeSvg(bundled, o));
    const paths = all(root, "path").filter((p) => (p.parentNode as Element).getAttribute("class") === "relations");
    const dotted = paths.filter((p) => p.getAttribute("class") === "dotted");
    expect(dotted).toHaveLength(1);
    expect(dotted[0].getAttribute("stroke-linecap")).toBe("round");
    const relationLabels = (r: Element) => all(r, "text").filter((t) => (t.parentNode as Element).getAttribute("class") === "relation-labels").map((t) => t.textContent);
    expect(relationLabels(root)).toEqual(["12"]);
    expect(all(root, "text").filter((t) => (t.parentNode as Element).getAttribute("class") === "caption").map((t) => t.textContent).join(" ")).toContain("16 relations as 5 lines");
    const labelled = parse(composeSvg(bundled, { ...o, labelRelations: true }));
    expect(relationLabels(labelled).sort()).toEqual(["12", "Accuses", "maybe type", "rivals type", "talks type"].sort());
    // A legend entry for words gets a dotted mark.
    const words = options({ legend: { ...o.legend, relationTypes: [{ label: "Accuses", family: "Hostile", colour: "#c8371f", pattern: "dotted", count: 1 }] } });
    const withWords = parse(composeSvg(scene, words));
    expect(all(withWords, "line").filter((l) => l.getAttribute("class") === "dotted")).toHaveLength(1);
    // Its count follows its label, muted.
    expect(all(withWords, "tspan").map((t) => [(t.parentNode as Element).firstChild!.nodeValue, t.textContent])).toEqual([["Accuses", "1"]]);
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
