/**
 * Where everything goes in a composed image of a given size: the title and the date line at the
 * top, the source line at the bottom, the legend on the right (or below, for tall images), the
 * graph area in between, and how the view's drawing is fitted into that area. Pure: the PNG and
 * SVG composers both draw this layout, each measuring text its own way.
 */
import { estimateWidth, TYPE } from "./style";
import type { CompositionLegend, CompositionOptions, Fit, Measure, Rect, Scene } from "./types";

export type { Fit } from "./types";

export interface TextItem {
  readonly text: string;
  /** Baseline position. */
  readonly x: number;
  readonly y: number;
  readonly px: number;
  readonly bold: boolean;
  readonly role: "text" | "muted";
  /** The part of the layout it belongs to, for the SVG's groups. */
  readonly part: "title" | "date" | "legend" | "caption" | "source";
  /** A legend entry's number, drawn muted right after its text (room for it is kept). */
  readonly count?: string;
}

/**
 * A legend mark: a short line (relation type, or a certain relation), a dashed one (a possible
 * relation: four dashes, see swatchDash), a dotted one (a type of words: five dots, see
 * swatchDots) or a dot (actor kind), centred vertically on y.
 */
export interface Swatch {
  readonly shape: "line" | "dashed" | "dotted" | "dot";
  readonly x: number;
  readonly y: number;
  /** Line length, or dot diameter. */
  readonly size: number;
  readonly thickness: number;
  readonly colour: string;
}

export interface CompositionLayout {
  readonly graph: Rect;
  readonly texts: readonly TextItem[];
  readonly swatches: readonly Swatch[];
  /** Actor label size in image pixels. */
  readonly labelSize: number;
  /** The legend's width: its column's beside the graph, the image's inner width under it; 0 with no legend. */
  readonly legendWidth: number;
}

/** Cuts a text to fit a width, ending it with an ellipsis. */
export function ellipsize(text: string, width: number, px: number, bold: boolean, measure: Measure): string {
  if (measure(text, px, bold) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join("").trimEnd() + "…", px, bold) <= width) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join("").trimEnd() + "…";
}

/** Wraps a text at spaces into at most `maxLines` lines of `width`, the last ellipsized. */
export function wrap(text: string, width: number, px: number, measure: Measure, maxLines: number): string[] {
  const lines: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i];
    if (!line || measure(next, px, false) <= width) line = next;
    else if (lines.length === maxLines - 1) return [...lines, ellipsize(words.slice(i).reduce((a, w) => `${a} ${w}`, line), width, px, false, measure)];
    else {
      lines.push(line);
      line = words[i];
    }
  }
  if (line) lines.push(ellipsize(line, width, px, false, measure));
  return lines;
}

/** The dashes of a dashed legend mark `size` long: four dashes and their gaps, whatever the size. */
export const swatchDash = (size: number): [number, number] => [size / 4 - size / 12, size / 12];

/** The dots of a dotted legend mark `size` long drawn `thickness` wide with round caps: five dots, whatever the size. */
export const swatchDots = (size: number, thickness: number): [number, number] => [0.001, Math.max(thickness * 1.6, (size - thickness) / 4)];

/** The legend's group on how sure the relations drawn are, when some are only possible. */
export const CERTAINTY_HEADING = "Relations";
/** What a solid relation means, next to a dashed one, in the legend of an image. */
export const CERTAIN_LABEL = "certain: dates say so";
/** What a dashed relation means, in the legend of an image. */
export const POSSIBLE_LABEL = "possible: dates allow, none says";

interface Flowed {
  texts: TextItem[];
  swatches: Swatch[];
  height: number;
  complete: boolean;
  width?: number;
}

/** Lays the legend out in a column: a heading per family then its types, wrapped as a paragraph of marked items. */
function flowLegend(legend: CompositionLegend, x: number, top: number, width: number, px: number, maxHeight: number, measure: Measure): Flowed {
  const groups = new Map<string, { shape: Swatch["shape"]; label: string; colour: string; thin?: boolean; count?: number; width?: number }[]>();
  for (const t of legend.relationTypes) {
    if (!groups.has(t.family)) groups.set(t.family, []);
    groups.get(t.family)!.push({ shape: t.pattern === "dotted" ? "dotted" : t.pattern === "dashed" ? "dashed" : "line", label: t.label, colour: t.colour, count: t.count });
  }
  if (legend.possible)
    groups.set(CERTAINTY_HEADING, [
      { shape: "line", label: CERTAIN_LABEL, colour: legend.possible.certain },
      { shape: "dashed", label: POSSIBLE_LABEL, colour: legend.possible.colour, thin: true },
    ]);
  // Widths by deaths: each mark as wide as the view draws that count, at the image's scale.
  if (legend.widths?.entries.length) groups.set(legend.widths.heading, legend.widths.entries.map((e) => ({ shape: "line" as const, label: e.label, colour: legend.widths!.colour, width: e.width })));
  if (legend.actorKinds.length) groups.set(legend.actorsHeading ?? "Actors", legend.actorKinds.map((k) => ({ shape: "dot" as const, ...k })));
  const line = px * 1.45;
  const mark = { line: px * 1.5, dashed: px * 1.5, dotted: px * 1.5, dot: px * 0.75 };
  const gap = px * 0.4;
  const texts: TextItem[] = [];
  const swatches: Swatch[] = [];
  let y = top; // top of the current line
  let complete = true;
  const fits = () => y + line <= top + maxHeight;
  for (const [heading, items] of groups) {
    if (y > top) y += px * 0.45;
    if (!fits()) return { texts, swatches, height: y - top, complete: false };
    texts.push({ text: ellipsize(heading, width, px, true, measure), x, y: y + px * 1.05, px, bold: true, role: "text", part: "legend" });
    y += line;
    let cx = x;
    for (const item of items) {
      const markWidth = mark[item.shape];
      const count = item.count !== undefined ? String(item.count) : "";
      const countWidth = count ? px * 0.35 + measure(count, px, false) : 0;
      const room = width - markWidth - gap - countWidth;
      const label = ellipsize(item.label, room, px, false, measure);
      const w = markWidth + gap + measure(label, px, false) + countWidth;
      if (cx > x && cx + w > x + width) {
        cx = x;
        y += line;
      }
      if (!fits()) {
        complete = false;
        break;
      }
      const mid = y + px * 0.7;
      const thickness = item.width !== undefined ? (item.width * px) / TYPE.legend : px * (item.thin ? 0.2 : 0.3);
      // Lines end in round caps: a thick one is kept to its room, caps included, clear of its text.
      const inset = item.width !== undefined ? thickness / 2 : 0;
      swatches.push({ shape: item.shape, x: cx + inset, y: mid, size: markWidth - 2 * inset, thickness, colour: item.colour });
      texts.push({ text: label, x: cx + markWidth + gap, y: y + px * 1.05, px, bold: false, role: "text", part: "legend", ...(count ? { count } : {}) });
      cx += w + px * 0.9;
    }
    if (!complete) return { texts, swatches, height: y - top, complete };
    y += line;
  }
  return { texts, swatches, height: y - top, complete };
}

/** Tries the legend at full size, then smaller and wider, and cuts it short only as a last resort. */
function fitLegend(legend: CompositionLegend, x: (width: number) => number, top: number, widths: number[], px: number, maxHeight: number, measure: Measure) {
  let last: (Flowed & { width: number }) | undefined;
  for (const width of widths)
    for (const factor of [1, 0.9, 0.8, 0.7]) {
      last = { ...flowLegend(legend, x(width), top, width, px * factor, maxHeight, measure), width };
      if (last.complete) return last;
    }
  return last!;
}

export function layoutComposition(options: CompositionOptions, labelSize = 14, measure: Measure = estimateWidth): CompositionLayout {
  const { width: W, height: H, scale: s } = options;
  const m = TYPE.margin * s;
  const texts: TextItem[] = [];
  let y = m;
  if (options.title.trim()) {
    // A long title shrinks a little before it is cut.
    const full = TYPE.title * s;
    const px = Math.max(full * 0.75, Math.min(full, (full * (W - 2 * m)) / Math.max(1, measure(options.title, full, true))));
    texts.push({ text: ellipsize(options.title.trim(), W - 2 * m, px, true, measure), x: m, y: y + px * 0.92, px, bold: true, role: "text", part: "title" });
    y += px * 1.25;
  }
  if (options.dateLabel) {
    // Large, the date sits on its own line under the title, so the two never meet however long either is.
    const large = options.dateStyle === "large";
    const px = (large ? TYPE.largeDate : TYPE.date) * s;
    texts.push({ text: ellipsize(options.dateLabel, W - 2 * m, px, large, measure), x: m, y: y + px * 0.95, px, bold: large, role: "text", part: "date" });
    y += px * (large ? 1.2 : 1.3);
  }
  const bodyTop = y + m * 0.6;

  let bottom = H - m;
  // The foot, from the bottom up: the sources line, then the caption over it, each up to two lines.
  const foot = (text: string, part: "source" | "caption", after: number) => {
    const px = TYPE.source * s;
    const lines = wrap(text, W - 2 * m, px, measure, 2);
    bottom -= lines.length * px * 1.35;
    lines.forEach((line, i) => texts.push({ text: line, x: m, y: bottom + px * (1.35 * i + 1), px, bold: false, role: "muted", part }));
    bottom -= m * after;
  };
  if (options.sourceLine) foot(options.sourceLine, "source", 0.5);
  if (options.caption) foot(options.caption, "caption", 0.3);
  const bodyHeight = Math.max(0, bottom - bodyTop);
  const legendPx = TYPE.legend * s;
  const hasLegend = options.legend.relationTypes.length + options.legend.actorKinds.length > 0;
  let graph: Rect = { x: m, y: bodyTop, width: W - 2 * m, height: bodyHeight };
  let legend: Flowed | undefined;
  const frame = options.frame;
  if (hasLegend && W / H >= 1.15) {
    const widths = frame ? [frame.legendWidth] : [0.25 * W, 0.31 * W];
    const flowed = fitLegend(options.legend, (w) => W - m - w, bodyTop, widths, legendPx, bodyHeight, measure);
    legend = flowed;
    graph = { ...graph, width: W - 2 * m - flowed.width - m };
  } else if (hasLegend) {
    const flowed = fitLegend(options.legend, () => m, bodyTop, [W - 2 * m], legendPx, bodyHeight * 0.4, measure);
    // The legend sits under the graph, at the foot of the body.
    const shift = bodyHeight - flowed.height;
    legend = {
      ...flowed,
      texts: flowed.texts.map((t) => ({ ...t, y: t.y + shift })),
      swatches: flowed.swatches.map((w) => ({ ...w, y: w.y + shift })),
    };
    graph = { ...graph, height: Math.max(0, bodyHeight - flowed.height - m * 0.5) };
  }
  if (frame?.graph) graph = frame.graph;
  return { graph, texts: [...texts, ...(legend?.texts ?? [])], swatches: legend?.swatches ?? [], labelSize: labelSize * s, legendWidth: legend?.width ?? 0 };
}

/** The largest side and area the graph layer may be drawn at (WebGL and canvas limits). */
const MAX_SIDE = 8192;
const MAX_AREA = 50e6;

/**
 * Fits what the view shows (its actors, within the view's bounds) into the area, leaving room
 * for labels, so the image is about the graph rather than the view's empty margins. Faded
 * context is drawn where it falls but not framed, unless nothing else is shown. Sizes scale
 * with k; a small graph is not blown up beyond 3× the image's scale.
 */
export function fitScene(scene: Scene, area: Rect, labelSize: number, scale: number): Fit {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  const shown = scene.nodes.filter((v) => !v.context);
  for (const n of shown.length ? shown : scene.nodes) {
    x0 = Math.min(x0, n.x - n.size);
    y0 = Math.min(y0, n.y - n.size);
    x1 = Math.max(x1, n.x + n.size);
    y1 = Math.max(y1, n.y + n.size);
  }
  [x0, y0, x1, y1] = [Math.max(x0, 0), Math.max(y0, 0), Math.min(x1, scene.width), Math.min(y1, scene.height)];
  if (!(x1 > x0 && y1 > y0)) [x0, y0, x1, y1] = [0, 0, scene.width, scene.height];
  const padX = labelSize * 0.5;
  const padY = labelSize * 0.8;
  const bw = Math.max(x1 - x0, 1);
  const bh = Math.max(y1 - y0, 1);
  const k = Math.max(
    0.01,
    Math.min((area.width - 2 * padX) / bw, (area.height - 2 * padY) / bh, 3 * scale, MAX_SIDE / Math.max(scene.width, scene.height), Math.sqrt(MAX_AREA / (scene.width * scene.height))),
  );
  return { k, dx: area.x + (area.width - bw * k) / 2 - x0 * k, dy: area.y + (area.height - bh * k) / 2 - y0 * k };
}
