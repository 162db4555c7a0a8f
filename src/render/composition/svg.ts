/**
 * The composed image as SVG, for slides that must scale: the same plan as the PNG (layout, fit
 * and label placement: look/composition/slide-labels.ts), with relations as lines and quadratic
 * curves (arrowheads as markers; dotted, dashed or solid as the view draws them), actors as
 * circles, and every text (labels, title, date, legend, caption, sources) as real text. A pure
 * function of a Scene and the options, so it runs and is tested in Node.
 */
import { swatchDash, swatchDots, type Swatch, type TextItem } from "../../look/composition/layout";
import { planSlide, RELATION_LABEL_RATIO, type SlideLabel } from "../../look/composition/slide-labels";
import { dashPattern, estimateWidth, FONT, inkOf, reink, TYPE } from "../../look/composition/style";
import type { CompositionOptions, Measure, Scene, SceneEdge } from "../../look/composition/types";

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates): dropped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes a text for an XML text node or a quoted attribute. */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

const n = (v: number): string => String(Math.round(v * 100) / 100);

/** Arrowhead proportions of sigma's arrow programs, in line widths. */
const ARROW_LENGTH = 2.5;
const ARROW_WIDTH = 2;
/**
 * sigma's antialiasing fades a line's outer pixel on each side (antiAliasingFeather, 1 device
 * pixel), so a line of width w looks w − 1 wide: crisp SVG strokes are that much thinner.
 */
const FEATHER = 1;

interface Point {
  x: number;
  y: number;
}

/** A relation's path in image space; a directed one stops where its arrowhead begins. */
function edgePath(e: SceneEdge, map: (x: number, y: number) => Point, k: number): string {
  const a = map(e.x1, e.y1);
  let b = map(e.x2, e.y2);
  // The control point as @sigma/edge-curve places it (see SceneEdge.curvature).
  const c = e.curvature ? { x: (a.x + b.x) / 2 + e.curvature * (b.y - a.y), y: (a.y + b.y) / 2 - e.curvature * (b.x - a.x) } : null;
  if (e.directed) {
    const from = c ?? a;
    const length = Math.hypot(b.x - from.x, b.y - from.y) || 1;
    const back = Math.min(e.targetSize * k + ARROW_LENGTH * e.size * k, length * 0.9);
    b = { x: b.x - ((b.x - from.x) / length) * back, y: b.y - ((b.y - from.y) / length) * back };
  }
  return c ? `M${n(a.x)},${n(a.y)} Q${n(c.x)},${n(c.y)} ${n(b.x)},${n(b.y)}` : `M${n(a.x)},${n(a.y)} L${n(b.x)},${n(b.y)}`;
}

/** A line's pattern: as the view gives it, else dashed when only possible, else solid. */
export const patternOfEdge = (e: SceneEdge): "solid" | "dotted" | "dashed" => e.pattern ?? (e.possible ? "dashed" : "solid");

/** A film's fade: ` opacity="…"` below full ink, nothing at full ink (every still image). */
const opacityOf = (opacity: number | undefined): string => (opacity !== undefined && opacity < 1 ? ` opacity="${n(Math.max(0, opacity))}"` : "");

function labelElement(l: SlideLabel, opacity: number | undefined): string {
  const anchor = l.anchor === "start" ? "" : ` text-anchor="${l.anchor}"`;
  return `<text x="${n(l.x)}" y="${n(l.y)}"${anchor}${opacityOf(opacity)}>${escapeXml(l.text)}</text>`;
}

function swatchElement(s: Swatch): string {
  const line = `x1="${n(s.x)}" y1="${n(s.y)}" x2="${n(s.x + s.size)}" y2="${n(s.y)}" stroke="${escapeXml(s.colour)}" stroke-width="${n(s.thickness)}"`;
  if (s.shape === "dashed") return `<line ${line} stroke-dasharray="${swatchDash(s.size).map(n).join(" ")}"/>`;
  if (s.shape === "dotted") return `<line ${line} stroke-dasharray="${swatchDots(s.size, s.thickness).map(n).join(" ")}" stroke-linecap="round" class="dotted"/>`;
  if (s.shape === "line") return `<line ${line} stroke-linecap="round"/>`;
  return `<circle cx="${n(s.x + s.size / 2)}" cy="${n(s.y)}" r="${n(s.size / 2)}" fill="${escapeXml(s.colour)}"/>`;
}

function textElement(t: TextItem, fill: string, muted: string): string {
  const weight = t.bold ? ` font-weight="700"` : "";
  // The count follows the text where the font puts its end: the layout's widths are estimates.
  const count = t.count ? `<tspan class="count" dx="${n(t.px * 0.35)}" fill="${escapeXml(muted)}" font-weight="400">${escapeXml(t.count)}</tspan>` : "";
  return `<text x="${n(t.x)}" y="${n(t.y)}" font-size="${n(t.px)}"${weight} fill="${escapeXml(fill)}">${escapeXml(t.text)}${count}</text>`;
}

export function composeSvg(scene: Scene, options: CompositionOptions, measure: Measure = estimateWidth): string {
  const { width: W, height: H } = options;
  const ink = inkOf(options.background);
  const plan = planSlide(scene, options, measure);
  const { layout } = plan;
  const { k, dx, dy } = plan.fit;
  const map = (x: number, y: number): Point => ({ x: dx + x * k, y: dy + y * k });
  const g = layout.graph;

  // One marker per colour and stroke-to-arrow ratio: sigma sizes arrowheads by the full width.
  const markers = new Map<string, { id: string; colour: string; ratio: number }>();
  const markerOf = (colour: string, ratio: number) => {
    const key = `${colour} ${ratio}`;
    if (!markers.has(key)) markers.set(key, { id: `fl-arrow-${markers.size + 1}`, colour, ratio });
    return markers.get(key)!.id;
  };
  const edges = scene.edges.map((e) => {
    const colour = reink(e.color, e, ink.theme);
    const width = Math.max(e.size * k - FEATHER, 0.5);
    const end = e.directed ? ` marker-end="url(#${markerOf(colour, Math.round((e.size * k * 10) / width) / 10)})"` : "";
    // Dashed (only possibly active) or dotted (words) as the view draws it; the arrowhead, a marker, stays solid.
    const pattern = patternOfEdge(e);
    const dash =
      pattern === "dashed"
        ? ` stroke-dasharray="${dashPattern(e.size * k, k).map(n).join(" ")}"${e.possible ? ` class="possible"` : ""}`
        : pattern === "dotted"
          ? ` stroke-dasharray="0.01 ${n(Math.max(width * 2, 2 * k))}" stroke-linecap="round" class="dotted"`
          : "";
    // Opacity on the path fades its arrowhead with it: a marker is painted as part of its path.
    return `<path d="${edgePath(e, map, k)}" fill="none" stroke="${escapeXml(colour)}" stroke-width="${n(width)}"${dash}${end}${opacityOf(e.opacity)}/>`;
  });
  const nodes = scene.nodes.map((v) => {
    const p = map(v.x, v.y);
    return `<circle cx="${n(p.x)}" cy="${n(p.y)}" r="${n(v.size * k)}" fill="${escapeXml(reink(v.color, v, ink.theme))}"${opacityOf(v.opacity)}/>`;
  });
  const actorOpacity = new Map(scene.nodes.map((v) => [v.id, v.opacity]));
  const relationOpacity = new Map(scene.edges.map((e) => [e.id, e.opacity]));
  const label = (l: SlideLabel) => labelElement(l, (l.kind === "actor" ? actorOpacity : relationOpacity).get(l.id));
  const px = layout.labelSize;
  const labels = plan.labels.filter((l) => l.kind === "actor").map(label);
  const relationLabels = plan.labels.filter((l) => l.kind === "relation").map(label);
  const labelFont = `font-size="${n(px)}" font-weight="${TYPE.labelWeight}"`;
  const relationFont = `font-size="${n(px * RELATION_LABEL_RATIO)}"`;
  // The halo is a copy of the labels under them rather than paint-order, which slide software ignores.
  const haloOf = (items: string[], font: string, size: number) =>
    ink.halo && items.length
      ? `<g class="label-halos" aria-hidden="true" ${font} fill="${ink.halo}" stroke="${ink.halo}" stroke-width="${n(size * 0.22)}" stroke-linejoin="round">${items.join("")}</g>`
      : "";
  const swatches = layout.swatches.map(swatchElement);
  const texts = (part: TextItem["part"]) =>
    layout.texts
      .filter((t) => t.part === part)
      .map((t) => textElement(t, t.role === "muted" ? ink.muted : ink.text, ink.muted))
      .join("");
  const defs = [
    `<clipPath id="fl-graph-area"><rect x="${n(g.x)}" y="${n(g.y)}" width="${n(g.width)}" height="${n(g.height)}"/></clipPath>`,
    ...[...markers.values()].map(
      ({ id, colour, ratio }) =>
        `<marker id="${id}" viewBox="0 0 ${ARROW_LENGTH * 2} ${ARROW_WIDTH * 2}" refX="0" refY="${ARROW_WIDTH}" markerWidth="${n(ARROW_LENGTH * ratio)}" markerHeight="${n(ARROW_WIDTH * ratio)}" markerUnits="strokeWidth" orient="auto"><path d="M0,0 L${ARROW_LENGTH * 2},${ARROW_WIDTH} L0,${ARROW_WIDTH * 2} z" fill="${escapeXml(colour)}"/></marker>`,
    ),
  ];
  const description = [options.dateLabel, options.sourceLine].filter(Boolean).join(". ");
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${escapeXml(FONT)}" role="img" aria-labelledby="fl-title fl-desc">`,
    `<title id="fl-title">${escapeXml(options.title)}</title>`,
    `<desc id="fl-desc">${escapeXml(description)}</desc>`,
    `<defs>${defs.join("")}</defs>`,
    ink.fill ? `<rect class="background" width="${W}" height="${H}" fill="${ink.fill}"/>` : "",
    `<g class="graph" clip-path="url(#fl-graph-area)">`,
    `<g class="relations">${edges.join("")}</g>`,
    `<g class="actors">${nodes.join("")}</g>`,
    haloOf(relationLabels, relationFont, px * RELATION_LABEL_RATIO),
    relationLabels.length ? `<g class="relation-labels" ${relationFont} fill="${ink.muted}">${relationLabels.join("")}</g>` : "",
    haloOf(labels, labelFont, px),
    `<g class="labels" ${labelFont} fill="${ink.text}">${labels.join("")}</g>`,
    `</g>`,
    `<g class="title">${texts("title")}${texts("date")}</g>`,
    `<g class="legend">${swatches.join("")}${texts("legend")}</g>`,
    options.caption ? `<g class="caption">${texts("caption")}</g>` : "",
    `<g class="sources">${texts("source")}</g>`,
    `</svg>`,
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}
