/**
 * The look of a composed image: fonts, type sizes at scale 1, the ink of each background, how a
 * view's colours are re-inked for another background, the pixel size and scale of a requested
 * image, and a font-free text width estimate for the SVG (which has no canvas to measure with).
 */
import type { Change } from "../../model/compare";
import type { Theme } from "../../state/view-state";
import { campColour } from "../camp-palette";
import { changeColour } from "../change-palette";
import { CANVAS, kindColour, mixColour } from "../palette";
import { LINE_PATTERN_STEPS, relationColour, type Manner } from "../relation-look";
import type { Background, ImageSize, Measure } from "./types";

export const FONT = `system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", sans-serif`;

/** Pixel sizes at scale 1, i.e. as on screen. Multiplied by CompositionOptions.scale. */
export const TYPE = {
  title: 24,
  date: 16,
  /** A film's date line: what changes from frame to frame, so the eye finds it first (larger than the title). */
  largeDate: 40,
  legend: 13,
  source: 12,
  margin: 20,
  /** The actor label weight the view uses (render/graph-view.ts). */
  labelWeight: 600,
} as const;

/**
 * The dash pattern of a relation only possibly active, in line widths, and the thinnest width it
 * is measured in (CSS pixels, before scaling): the live view (render/patterned-programs.ts) and
 * both image composers draw the same dashes.
 */
export const DASH = LINE_PATTERN_STEPS.dashed;

/** The dash pattern for a line `width` wide, at `k` image pixels per view pixel: [dash, gap]. */
export function dashPattern(width: number, k: number): [number, number] {
  const unit = Math.max(width, DASH.minUnit * k);
  return [DASH.dash * unit, DASH.gap * unit];
}

/** The neutral ink of the legend's certain and possible line marks, per theme. */
export const certaintyInk = (theme: Theme): { certain: string; possible: string } => {
  const text = CANVAS[theme].label;
  return { certain: text, possible: mixColour(text, CANVAS[theme].background, 0.4) };
};

/** Text colours and fill of each background. Transparent images go on light slides. */
export interface Ink {
  readonly theme: Theme;
  readonly fill: string | null;
  readonly text: string;
  readonly muted: string;
  /** Behind actor labels, so they stay legible over relations; null when there is no background. */
  readonly halo: string | null;
}

export function inkOf(background: Background): Ink {
  const theme: Theme = background === "dark" ? "dark" : "light";
  const canvas = CANVAS[theme];
  // The muted greys are the UI's --fl-text-muted, which passes 4.5:1 on both canvases.
  const muted = theme === "dark" ? "#a5adb8" : "#57606a";
  const opaque = background !== "transparent";
  return { theme, fill: opaque ? canvas.background : null, text: canvas.label, muted, halo: opaque ? canvas.background : null };
}

const THEMES: readonly Theme[] = ["light", "dark"];
const MANNERS: readonly Manner[] = ["deed", "tie", "word"];

/**
 * A view's colour in the ink of another theme: the view draws with its own theme's palette, and
 * an image for a dark slide from a light view must use the dark palette (and vice versa).
 * Colours that are no palette colour (a user's own) are kept.
 */
export function reink(colour: string, item: { readonly kind?: string; readonly camp?: number; readonly family?: string; readonly manner?: Manner; readonly possible?: boolean; readonly change?: Change }, theme: Theme): string {
  const c = colour.toLowerCase();
  // A relation's colour is its family's at its manner's step (a word lighter than a deed); when
  // the manner is not said, any step of the family is recognised.
  const manners = item.manner ? [item.manner] : MANNERS;
  for (const from of THEMES) {
    if (item.camp !== undefined && c === campColour(item.camp, from).toLowerCase()) return campColour(item.camp, theme);
    if (item.kind !== undefined && c === kindColour(item.kind, from).toLowerCase()) return kindColour(item.kind, theme);
    if (item.change !== undefined && c === changeColour(item.change, from, !!item.possible)) return changeColour(item.change, theme, !!item.possible);
    if (item.family !== undefined)
      for (const manner of manners) if (c === relationColour(item.family, manner, from, !!item.possible).toLowerCase()) return relationColour(item.family, manner, theme, !!item.possible);
    if (c === CANVAS[from].faded) return CANVAS[theme].faded;
    if (c === CANVAS[from].fadedEdge) return CANVAS[theme].fadedEdge;
  }
  return colour;
}

/** A slide's text should be legible projected: fixed sizes get 1.25× the type of a 1280×720 screen. */
const SLIDE_TYPE = 1.25;

/** The image's pixel size and scale for a requested size and the view's CSS size. */
export function targetOf(size: ImageSize, view: { readonly width: number; readonly height: number }): { width: number; height: number; scale: number } {
  if (size.kind === "scale") return { width: Math.round(view.width * size.scale), height: Math.round(view.height * size.scale), scale: size.scale };
  return { width: size.width, height: size.height, scale: SLIDE_TYPE * Math.min(size.width / 1280, size.height / 720) };
}

// Advance widths in em of a wide sans-serif (DejaVu Sans, Verdana), so that in the common,
// narrower ones the estimate errs towards too wide: a gap rather than an overlap.
const NARROW = /[ijlI!|.,:;'`()[\]{}ftr\u200b-\u200f]/;
const WIDE = /[mwMW@%]/;
const UPPER = /[A-Z0-9&#$?]/;

/** Estimates a text's width without a font (for the SVG, composed where nothing can measure). */
export const estimateWidth: Measure = (text, px, bold) => {
  let em = 0;
  for (const ch of text) {
    if (ch === " ") em += 0.32;
    else if (NARROW.test(ch)) em += 0.36;
    else if (WIDE.test(ch)) em += 0.95;
    else if (UPPER.test(ch)) em += 0.72;
    else if (ch.charCodeAt(0) > 0x2e80) em += 1; // CJK and other full-width scripts
    else em += 0.62;
  }
  return em * px * (bold ? 1.1 : 1);
};
