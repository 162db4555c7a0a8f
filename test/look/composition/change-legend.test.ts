/**
 * An image of a comparison: its legend lists the changes drawn, in the colours of the image's
 * background, and a change's colour is re-inked for another background as the families' are.
 */
import { expect, test } from "vitest";
import { changeColour } from "../../../src/look/change-palette";
import { changeLegendOf } from "../../../src/look/composition/change-legend";
import { reink } from "../../../src/look/composition/style";
import type { CompositionLegend } from "../../../src/look/composition/types";

const legend: CompositionLegend = { relationTypes: [{ label: "Air strike", family: "Hostile", colour: "#ab2f00", count: 3 }], actorKinds: [{ label: "State", colour: "#434061", count: 2 }], possible: null };

test("the changes replace the relation types, under the moment compared with, in the background's ink; none at zero", () => {
  const out = changeLegendOf(legend, { added: 12, ended: 0, continuing: 39, turned: 5 }, "1 Sep 2021", "dark");
  expect(out.relationTypes).toEqual([
    { label: "Turned", family: "Changes since 1 Sep 2021", colour: changeColour("turned", "dark"), pattern: "solid", count: 5 },
    { label: "Added", family: "Changes since 1 Sep 2021", colour: changeColour("added", "dark"), pattern: "solid", count: 12 },
    { label: "Continuing", family: "Changes since 1 Sep 2021", colour: changeColour("continuing", "dark"), pattern: "solid", count: 39 },
  ]);
  expect(out.actorKinds).toBe(legend.actorKinds);
});

test("a change's colour, certain or possible, is re-inked for the other background", () => {
  for (const possible of [false, true]) {
    expect(reink(changeColour("added", "light", possible), { change: "added", possible }, "dark")).toBe(changeColour("added", "dark", possible));
    expect(reink(changeColour("turned", "dark", possible), { change: "turned", possible }, "light")).toBe(changeColour("turned", "light", possible));
  }
});
