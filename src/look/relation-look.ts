/**
 * How a relation type looks beside the others of its family: its manner (a deed, a word, or a
 * standing tie, read from its CAMEO codes), the line pattern that follows, and its colour.
 * CAMEO's root codes split events into verbal (01–05 cooperation, 09–13 conflict) and material
 * (06–08 cooperation, 14–20 conflict); a type with no code is a standing tie (an alliance, a
 * rivalry) or comes from a file that gives none. So an air strike (CAMEO 195) and an accusation
 * (112) of the same hostile family are drawn apart.
 */
import type { RelationType } from "../model/types";
import type { Theme } from "../state/view-state";
import { familyStepColour, possibleColour } from "./palette";

export type Manner = "deed" | "word" | "tie";

/** The pattern a line is drawn with: dashed is kept for relations only possibly active. */
export type LinePattern = "solid" | "dotted" | "dashed";

const VERBAL_ROOTS = new Set(["01", "02", "03", "04", "05", "09", "10", "11", "12", "13"]);

/** A type's manner: a word when every CAMEO code it names is verbal, a deed when any is material. */
export function mannerOf(type: Pick<RelationType, "cameo"> | undefined): Manner {
  const codes = type?.cameo ?? [];
  if (!codes.length) return "tie";
  return codes.every((code) => VERBAL_ROOTS.has(code.padStart(2, "0").slice(0, 2))) ? "word" : "deed";
}

/**
 * The steps of the broken patterns, in line widths (on, off), and the thinnest width they are
 * measured in (CSS pixels): dashes long, dots about as long as the line is wide, so the two are
 * told apart on a thin line. The live view (render/patterned-programs.ts) and images draw these.
 */
export const LINE_PATTERN_STEPS: Record<Exclude<LinePattern, "solid">, { readonly dash: number; readonly gap: number; readonly minUnit: number }> = {
  dashed: { dash: 3.5, gap: 2.5, minUnit: 1.4 },
  dotted: { dash: 1.2, gap: 1.6, minUnit: 1.4 },
};

/** Possible relations are dashed whatever their manner: that they may not hold is the first thing to say. */
export const patternOf = (manner: Manner, possible: boolean): LinePattern => (possible ? "dashed" : manner === "word" ? "dotted" : "solid");

/**
 * A relation's colour: its family's hue at its manner's step (deeds full strength, standing ties
 * deeper, words lighter; look/palette.ts). A possible relation is its family's colour moved
 * towards the canvas whatever its manner: dashed, it says first that it may not hold.
 */
export function relationColour(family: string, manner: Manner, theme: Theme, possible = false): string {
  return possible ? possibleColour(family, theme) : familyStepColour(family, manner, theme);
}
