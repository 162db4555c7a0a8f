/**
 * The two colour schemes never collide, for readers with normal colour vision, with the two
 * common red–green dichromacies, and in print: measured in CIEDE2000 (ΔE00), the CIE's current
 * difference formula, which corrects CIELAB's ΔE*ab where it overstates differences of saturated
 * colours (a saturated red and orange are far apart in ΔE*ab yet look alike) — our lines are
 * saturated, so ΔE*ab would flatter them.
 *
 * Thresholds: a ΔE00 of 1–2.3 is just noticeable on large patches; Szafir (2018, "Modeling Color
 * Difference for Visualization Design", IEEE TVCG 24(1)) measured that thin lines and small
 * marks need several times that to be told apart reliably, and categorical palettes are built
 * with ΔE00 of 10–20 or more between categories (Gramazio, Laidlaw & Schloss 2017, Colorgorical).
 * So: families ≥ 20 apart at every step ("at a glance"), ≥ 12 apart under simulated dichromacy
 * at full strength (dichromats see two dimensions of colour; four hues cannot keep 20 there);
 * kinds ≥ 15 from every line colour and ≥ 15 from each other (discs are large marks); a family's
 * steps ≥ 10 apart in grey (about ten steps of L*, which a laser print keeps apart); and every
 * line ≥ 3:1 against the canvas (WCAG 2.1, 1.4.11 non-text contrast).
 */
import { describe, expect, test } from "vitest";
import { CANVAS, familyColour, familyStepColour, kindColour, PALETTE_IDS, possibleColour } from "../../src/look/palette";
import type { Manner } from "../../src/look/relation-look";
import { relationColour } from "../../src/look/relation-look";
import { contrast, difference, simulate, hexToRgb, rgbToHex, type Vision } from "../support/colour-vision";

const THEMES = ["light", "dark"] as const;
const MANNERS: readonly Manner[] = ["deed", "tie", "word"];
const { families, kinds } = PALETTE_IDS;

const pairs = <T>(xs: readonly T[]): [T, T][] => xs.flatMap((a, i) => xs.slice(i + 1).map((b) => [a, b] as [T, T]));
/** The smallest difference over the pairs, with the pair, so a failure names the colours. */
function closest<T>(ps: [T, T][], colour: (x: T) => string, vision: Vision = "normal") {
  return ps.map(([a, b]) => ({ a, b, d: difference(colour(a), colour(b), vision) })).sort((x, y) => x.d - y.d)[0];
}

describe.each(THEMES)("palette (%s)", (theme) => {
  test("every kind is far from every line colour, and from the other kinds", () => {
    const lines = families.flatMap((f) => MANNERS.map((m) => familyStepColour(f, m, theme)));
    for (const k of kinds) for (const line of lines) expect(difference(kindColour(k, theme), line), `${k} ${kindColour(k, theme)} vs ${line}`).toBeGreaterThanOrEqual(15);
    const near = closest(pairs(kinds), (k) => kindColour(k, theme));
    expect(near.d, JSON.stringify(near)).toBeGreaterThanOrEqual(15);
  });

  test("the families stay apart at every step, and at full strength under deuteranopia and protanopia", () => {
    for (const m of MANNERS) {
      const near = closest(pairs(families), (f) => familyStepColour(f, m, theme));
      expect(near.d, `${m}: ${JSON.stringify(near)}`).toBeGreaterThanOrEqual(20);
    }
    for (const vision of ["deuteranopia", "protanopia"] as const) {
      const near = closest(pairs(families), (f) => familyColour(f, theme), vision);
      expect(near.d, `${vision}: ${JSON.stringify(near)}`).toBeGreaterThanOrEqual(12);
    }
  });

  test("a family's manners stay apart in grey, so a print tells a strike from an accusation", () => {
    for (const f of families) {
      const near = closest(pairs(MANNERS), (m) => familyStepColour(f, m, theme), "greyscale");
      expect(near.d, `${f}: ${JSON.stringify(near)}`).toBeGreaterThanOrEqual(10);
    }
  });

  test("every line colour, certain or possible, has 3:1 contrast against the canvas; actors too", () => {
    const background = CANVAS[theme].background;
    for (const f of families) {
      for (const m of MANNERS) expect(contrast(relationColour(f, m, theme), background), `${f} ${m}`).toBeGreaterThanOrEqual(3);
      expect(contrast(possibleColour(f, theme), background), `${f} possible`).toBeGreaterThanOrEqual(3);
    }
    for (const k of kinds) expect(contrast(kindColour(k, theme), background), k).toBeGreaterThanOrEqual(3);
  });

  test("a relation's colour is its family's step; a possible one its family's, towards the canvas", () => {
    expect(relationColour("hostile", "deed", theme)).toBe(familyColour("hostile", theme));
    expect(relationColour("hostile", "word", theme)).not.toBe(relationColour("hostile", "tie", theme));
    expect(relationColour("hostile", "word", theme, true)).toBe(possibleColour("hostile", theme));
    // An unknown family still gets three steps apart.
    const own = MANNERS.map((m) => familyStepColour("sanctions-regime", m, theme));
    expect(new Set(own).size).toBe(3);
  });
});

test("the simulations give the published matrices' values: deuteranopia turns pure red olive, greyscale keeps luminance", () => {
  // Machado et al. 2009, severity 1.0: linear red (1,0,0) → (0.367, 0.280, 0) in linear RGB.
  // Machado et al. 2009, severity 1.0: linear red (1, 0, 0) → linear (0.367, 0.280, 0), sRGB #a39000;
  // under protanopia, linear (0.152, 0.115, 0) → #6d5f00, darker: protanopes see red as dim.
  expect(rgbToHex(simulate(hexToRgb("#ff0000"), "deuteranopia"))).toBe("#a39000");
  expect(rgbToHex(simulate(hexToRgb("#ff0000"), "protanopia"))).toBe("#6d5f00");
  expect(rgbToHex(simulate(hexToRgb("#777777"), "greyscale"))).toBe("#777777");
  expect(difference("#ffffff", "#ffffff")).toBe(0);
});
