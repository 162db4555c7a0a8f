/**
 * Colours for camps (model/camps.ts), when actors are coloured by the camp they fall in on the
 * date rather than by their kind. Camps are few (at most four on a date) and have no meaning of
 * their own, so they take vivid hues far from the kinds' greyed tints: blue, orange, sky blue and
 * pink, after the blue–orange axis that readers with red–green colour blindness keep, with the
 * two blues told apart by lightness. Actors in no camp (no hostile or cooperative pair) are a
 * neutral grey, which no kind and no camp uses. Checked in test/look/camp-palette.test.ts
 * (CIEDE2000, normal and simulated deuteranopia and protanopia, 3:1 against the canvas).
 *
 * Lines keep their families' colours: a disc in a camp's blue and a mediating line in blue
 * share a hue, told apart by shape.
 */
import type { Theme } from "../state/view-state";

const CAMP: Record<Theme, readonly string[]> = {
  light: ["#3050d0", "#b86200", "#2098c8", "#d03c8c"],
  dark: ["#5a8cff", "#f5a623", "#8ce0ff", "#e06ab0"],
};

const UNALIGNED: Record<Theme, string> = { light: "#8c9196", dark: "#6b7178" };

/** How many camps have colours of their own; labels past them (a series can name more camps over time) take the same colours again. */
export const CAMP_COLOURS = CAMP.light.length;

/** A camp's colour by its label (0, 1, …), or the unaligned grey for -1. */
export function campColour(label: number, theme: Theme): string {
  if (label < 0 || !Number.isInteger(label)) return UNALIGNED[theme];
  return CAMP[theme][label % CAMP_COLOURS];
}

/** Actors in no camp on the date. */
export const unalignedColour = (theme: Theme): string => UNALIGNED[theme];

/** A camp's name in words: "Camp A", "Camp B", …; past Z, "Camp 27". */
export const campName = (label: number): string => (label < 0 ? "Unaligned" : label < 26 ? `Camp ${String.fromCharCode(65 + label)}` : `Camp ${label + 1}`);
