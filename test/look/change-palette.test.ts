/**
 * Compare mode's colours tell the four changes apart for every common colour vision and on
 * either canvas, as the family palette's checks do (see palette.test.ts for the thresholds'
 * sources). The lines are thin marks, so ≥ 18 ΔE00 for normal vision and ≥ 15 under simulated
 * deuteranopia and protanopia (four hues on two dimensions of colour), ≥ 15 from the actors'
 * tints as the families are, and every colour, certain or resting on a possibility, at 3:1
 * against the canvas.
 */
import { describe, expect, test } from "vitest";
import { CHANGES, type Change } from "../../src/model/compare";
import { CHANGE_ORDER, changeColour } from "../../src/look/change-palette";
import { CANVAS, familyColour, kindColour, PALETTE_IDS } from "../../src/look/palette";
import { contrast, difference } from "../support/colour-vision";

const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));

describe.each(["light", "dark"] as const)("change palette (%s)", (theme) => {
  test("the four changes stay apart, for normal vision and under deuteranopia and protanopia", () => {
    for (const [vision, least] of [["normal", 18], ["deuteranopia", 15], ["protanopia", 15]] as const)
      for (const [a, b] of pairs(CHANGES)) {
        const d = difference(changeColour(a, theme), changeColour(b, theme), vision);
        expect(d, `${vision}: ${a} ${changeColour(a, theme)} vs ${b} ${changeColour(b, theme)}`).toBeGreaterThanOrEqual(least);
      }
  });

  test("every change colour, certain or possible, has 3:1 contrast against the canvas", () => {
    for (const change of CHANGES)
      for (const possible of [false, true]) expect(contrast(changeColour(change, theme, possible), CANVAS[theme].background), `${change} possible=${possible}`).toBeGreaterThanOrEqual(3);
  });

  test("a change resting on a possibility is lighter, never another change's colour", () => {
    for (const change of CHANGES) {
      const [certain, possible] = [changeColour(change, theme), changeColour(change, theme, true)];
      expect(possible).not.toBe(certain);
      // Nearer the canvas than the certain colour.
      expect(contrast(possible, CANVAS[theme].background)).toBeLessThan(contrast(certain, CANVAS[theme].background));
      for (const other of CHANGES.filter((c: Change) => c !== change)) expect(difference(possible, changeColour(other, theme)), `${change} possible vs ${other}`).toBeGreaterThanOrEqual(10);
    }
  });

  // As the family palette keeps its lines: a continuing line never reads as a person's disc.
  test("every change is ≥ 15 from every actor kind's tint", () => {
    for (const change of CHANGES)
      for (const kind of PALETTE_IDS.kinds) expect(difference(changeColour(change, theme), kindColour(kind, theme)), `${change} vs ${kind}`).toBeGreaterThanOrEqual(15);
  });

  test("the legend's order lists every change once", () => {
    expect([...CHANGE_ORDER].sort()).toEqual([...CHANGES].sort());
    // The compare colours are not the family colours: a reader never takes "added" for a family.
    for (const change of CHANGES) for (const f of PALETTE_IDS.families) expect(changeColour(change, theme)).not.toBe(familyColour(f, theme));
  });
});
