/**
 * Colours for compare mode, where every relation is coloured by how it changed between moment A
 * and moment B (model/compare.ts) rather than by its family: added blue, ended orange, turned
 * the colour furthest from the canvas (a deep wine on white, a pale rose on dark) and continuing
 * a quiet grey (a touch green, so it never reads as the greyed lavender of a person), so the
 * eye goes to what changed. Blue against orange is the pair Okabe & Ito keep apart for every
 * common colour vision; turned and continuing are apart in lightness as well as hue, which
 * survives any dichromacy and a greyscale print.
 *
 * Checked in test/look/change-palette.test.ts as palette.ts is: CIEDE2000 apart for normal
 * vision and simulated deuteranopia and protanopia, apart from the actors' tints, and 3:1
 * against the canvas (WCAG 2.1, 1.4.11), for the colours as drawn and for the same moved
 * towards the canvas when the change rests on a possibility (drawn dashed and thinner as well,
 * as possible relations always are). Ended relations recede by their width and drawing order
 * (render/compare-look.ts), not only their colour, so they stay readable.
 */
import type { Change } from "../model/compare";
import type { Theme } from "../state/view-state";
import { CANVAS, mixColour } from "./palette";

const CHANGE_COLOURS: Record<Theme, Readonly<Record<Change, string>>> = {
  light: { added: "#0072b2", ended: "#b35900", turned: "#6d1f4e", continuing: "#757a76" },
  dark: { added: "#3d9fe0", ended: "#e69f00", turned: "#ffcad4", continuing: "#7c8280" },
};

/** How far a change that rests on a possibility is moved towards the canvas (3:1 still holds). */
export const POSSIBLE_CHANGE_FADE = 0.2;

/** A relation's colour in compare mode: its change's, lighter (on dark, darker) when only possible. */
export function changeColour(change: Change, theme: Theme, possible = false): string {
  const colour = CHANGE_COLOURS[theme][change];
  return possible ? mixColour(colour, CANVAS[theme].background, POSSIBLE_CHANGE_FADE) : colour;
}

/** How the changes are named, in the order the legend and the panel list them. */
export const CHANGE_LABELS: Readonly<Record<Change, string>> = { turned: "Turned", added: "Added", ended: "Ended", continuing: "Continuing" };
export const CHANGE_ORDER: readonly Change[] = ["turned", "added", "ended", "continuing"];
