/**
 * The camp colours stay apart from each other for readers with normal colour vision and with
 * the two common red–green dichromacies, far from every kind's tint (so colouring by camp never
 * reads as colouring by kind), far from the unaligned grey, and 3:1 against the canvas.
 * Thresholds as in palette.test.ts: discs are large marks.
 */
import { describe, expect, test } from "vitest";
import { campColour, campName, CAMP_COLOURS, unalignedColour } from "../../src/look/camp-palette";
import { CANVAS, kindColour, PALETTE_IDS } from "../../src/look/palette";
import { contrast, difference } from "../support/colour-vision";

const labels = Array.from({ length: CAMP_COLOURS }, (_, i) => i);
const pairs = labels.flatMap((a, i) => labels.slice(i + 1).map((b) => [a, b] as const));

describe.each(["light", "dark"] as const)("camp palette (%s)", (theme) => {
  test("camps are at least 25 apart, and 10 under deuteranopia and protanopia", () => {
    for (const [a, b] of pairs) {
      expect(difference(campColour(a, theme), campColour(b, theme)), `${a} vs ${b}`).toBeGreaterThanOrEqual(25);
      for (const vision of ["deuteranopia", "protanopia"] as const) expect(difference(campColour(a, theme), campColour(b, theme), vision), `${vision}: ${a} vs ${b}`).toBeGreaterThanOrEqual(10);
    }
  });

  test("camps are far from every kind's tint and from the unaligned grey; all have 3:1 against the canvas", () => {
    for (const c of labels) {
      for (const k of PALETTE_IDS.kinds) expect(difference(campColour(c, theme), kindColour(k, theme)), `${c} vs ${k}`).toBeGreaterThanOrEqual(15);
      expect(difference(campColour(c, theme), unalignedColour(theme))).toBeGreaterThanOrEqual(15);
      expect(contrast(campColour(c, theme), CANVAS[theme].background)).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(unalignedColour(theme), CANVAS[theme].background)).toBeGreaterThanOrEqual(3);
    expect(unalignedColour(theme)).not.toBe(CANVAS[theme].faded);
  });

  test("-1 is unaligned; labels past the palette take its colours again", () => {
    expect(campColour(-1, theme)).toBe(unalignedColour(theme));
    expect(campColour(CAMP_COLOURS + 1, theme)).toBe(campColour(1, theme));
  });
});

test("camps are named by letter", () => {
  expect([0, 1, 25, 26, -1].map(campName)).toEqual(["Camp A", "Camp B", "Camp Z", "Camp 27", "Unaligned"]);
});
