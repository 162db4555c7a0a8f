/**
 * An image coloured by camp: its legend lists the camps drawn, in their colours and counts, in
 * place of the kinds, and its actors' camp colours are re-inked for the other background.
 */
import { describe, expect, test } from "vitest";
import { campColour } from "../../../src/look/camp-palette";
import { campLegendOf, CAMPS_HEADING } from "../../../src/look/composition/camp-legend";
import { reink } from "../../../src/look/composition/style";
import { kindColour } from "../../../src/look/palette";

const byKind = { relationTypes: [], actorKinds: [{ label: "State", colour: kindColour("state", "light"), count: 3 }] };

describe("campLegendOf", () => {
  test("lists the camps drawn in label order with their counts, the actors in none last, faded context left out", () => {
    const nodes = [{ camp: 1 }, { camp: -1 }, { camp: 0 }, { camp: 1 }, { camp: 2, context: true }, {}];
    const legend = campLegendOf(byKind, nodes, "light");
    expect(legend.actorsHeading).toBe(CAMPS_HEADING);
    expect(legend.actorKinds).toEqual([
      { label: "Camp A", colour: campColour(0, "light"), count: 1 },
      { label: "Camp B", colour: campColour(1, "light"), count: 2 },
      { label: "Unaligned", colour: campColour(-1, "light"), count: 1 },
    ]);
  });

  test("inks the camps for the image's background", () => {
    expect(campLegendOf(byKind, [{ camp: 0 }], "dark").actorKinds[0].colour).toBe(campColour(0, "dark"));
  });
});

test("a camp colour drawn on one theme is re-inked for the other", () => {
  for (const camp of [0, 1, 2, 3, -1]) {
    expect(reink(campColour(camp, "light"), { camp, kind: "state" }, "dark")).toBe(campColour(camp, "dark"));
    expect(reink(campColour(camp, "dark"), { camp }, "light")).toBe(campColour(camp, "light"));
  }
});
