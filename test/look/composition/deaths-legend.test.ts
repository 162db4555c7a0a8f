/** An image of relations sized by deaths has the same key to widths as the screen: the thinnest "no deaths counted", then the references, wider and wider. */
import { expect, test } from "vitest";
import { deathsLegendOf } from "../../../src/look/composition/deaths-legend";
import { layoutComposition } from "../../../src/look/composition/layout";
import { certaintyInk } from "../../../src/look/composition/style";
import { DEATHS_HEADING, deathsWidth, NO_DEATHS_COUNTED } from "../../../src/look/relation-width";
import { parsePeriod } from "../../../src/model/dates";
import { options } from "../../support/composition-scene";

const dataSet = {
  relations: [
    { evidence: [{ source: "s", quote: "q", date: parsePeriod("2025-10-09"), fatalities: 250 }] },
    { evidence: [{ source: "s", quote: "q", date: parsePeriod("2025-10-10"), fatalities: 3 }] },
  ],
};

test("the key to widths by deaths: its heading, the thinnest named as no count, the references with their numbers", () => {
  const widths = deathsLegendOf(dataSet, "dark");
  expect(widths.heading).toBe(DEATHS_HEADING);
  expect(widths.colour).toBe(certaintyInk("dark").certain);
  expect(widths.entries.map((e) => e.label)).toEqual([NO_DEATHS_COUNTED, "10 deaths", "100 deaths", "200 deaths"]);
  expect(widths.entries[3].width).toBeCloseTo(deathsWidth(200, 250));
});

test("laid out, the key's marks are drawn at their widths scaled with the image, under their heading", () => {
  const base = options();
  const widths = deathsLegendOf(dataSet, "light");
  const layout = layoutComposition({ ...base, legend: { ...base.legend, widths } }, 14);
  const legendTexts = layout.texts.filter((t) => t.part === "legend").map((t) => t.text);
  expect(legendTexts).toContain(DEATHS_HEADING);
  expect(legendTexts).toContain(NO_DEATHS_COUNTED);
  const marks = layout.swatches.filter((s) => s.colour === widths.colour);
  expect(marks).toHaveLength(4);
  const thickness = marks.map((m) => m.thickness);
  expect(thickness).toEqual([...thickness].sort((a, b) => a - b));
  // At the image's scale: the widest mark is as many times the thinnest as the lines they stand for.
  expect(thickness[3] / thickness[0]).toBeCloseTo(widths.entries[3].width / widths.entries[0].width);
  expect(thickness[0]).toBeCloseTo(widths.entries[0].width * base.scale, 0);
  // Round caps and all, each mark ends before its label begins.
  const column = layout.texts.find((t) => t.text === DEATHS_HEADING)!.x;
  for (const mark of marks) {
    expect(mark.x - mark.thickness / 2).toBeGreaterThanOrEqual(column);
    const label = layout.texts.filter((t) => t.part === "legend" && Math.abs(t.y - (mark.y + 0.35 * t.px)) < t.px && t.x > mark.x).sort((a, b) => a.x - b.x)[0];
    expect(mark.x + mark.size + mark.thickness / 2).toBeLessThan(label.x);
  }
  // Without the key, no such group.
  expect(layoutComposition(base, 14).texts.map((t) => t.text)).not.toContain(DEATHS_HEADING);
});
