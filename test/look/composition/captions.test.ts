/**
 * What a slide says beside its picture: the legend lists only the types and kinds shown, each
 * with its count and (for types) its manner's line pattern in its family's colour; the caption
 * says how many relations bundled lines stand for; the file is named from the title.
 */
import { describe, expect, test } from "vitest";
import { bundleCaptionOf, fileNameOf, legendOf } from "../../../src/look/composition/captions";
import { layoutComposition } from "../../../src/look/composition/layout";
import { relationColour } from "../../../src/look/relation-look";
import type { DataSet } from "../../../src/model/types";
import { options } from "../../support/composition-scene";

/** Three types of one family: a deed (CAMEO 195), a word (112) and a standing tie (no code); a fourth not shown. */
const dataSet = {
  taxonomy: {
    families: [{ id: "hostile", label: "Hostile" }],
    types: [
      { id: "airstrike", label: "Air or drone strike", family: "hostile", cameo: ["195"] },
      { id: "accuses", label: "Accuses", family: "hostile", cameo: ["112"] },
      { id: "rivalry", label: "Rivalry", family: "hostile", cameo: [] },
      { id: "siege", label: "Siege", family: "hostile", cameo: ["191"] },
    ],
    kinds: [
      { id: "state", label: "State" },
      { id: "armed-group", label: "Armed group" },
      { id: "person", label: "Person" },
    ],
  },
} as unknown as DataSet;

const kinds: Record<string, string> = { pk: "state", af: "state", ttp: "armed-group", aq: "armed-group", tk: "armed-group" };
const slice = {
  relations: [{ type: "airstrike" }, { type: "airstrike" }, { type: "airstrike" }, { type: "accuses" }, { type: "rivalry" }, { type: "rivalry" }],
  visibleActors: new Set(Object.keys(kinds)),
  kindOf: (actor: string) => kinds[actor],
  possibleOnlyCount: 0,
} as unknown as Parameters<typeof legendOf>[1];

describe("the slide's legend and caption", () => {
  test("lists the types and kinds shown, each with its count, in its family's colour and its manner's pattern", () => {
    const legend = legendOf(dataSet, slice, "light");
    expect(legend.relationTypes.map((t) => [t.label, t.count, t.pattern])).toEqual([
      ["Air or drone strike", 3, "solid"],
      ["Accuses", 1, "dotted"],
      ["Rivalry", 2, "solid"],
    ]);
    expect(legend.relationTypes[1].colour).toBe(relationColour("hostile", "word", "light"));
    expect(legend.actorKinds.map((k) => [k.label, k.count])).toEqual([
      ["State", 2],
      ["Armed group", 3],
    ]);
    expect(legend.possible).toBeNull();
  });

  test("laid out: a dotted mark for words, each entry with its count", () => {
    const legend = legendOf(dataSet, slice, "light");
    const layout = layoutComposition(options({ legend }));
    expect(layout.swatches.map((s) => s.shape)).toEqual(["line", "dotted", "line", "dot", "dot"]);
    const entries = layout.texts.filter((t) => t.part === "legend" && t.count);
    expect(entries.map((t) => [t.text, t.count])).toEqual([
      ["Air or drone strike", "3"],
      ["Accuses", "1"],
      ["Rivalry", "2"],
      ["State", "2"],
      ["Armed group", "3"],
    ]);
  });

  test("the caption says how many relations the lines stand for, only when some lines are bundles", () => {
    expect(bundleCaptionOf([{}, {}, {}])).toBe("");
    expect(bundleCaptionOf([{ count: 12 }, {}, { count: 3 }])).toBe(
      "Several relations of one family between a pair are drawn as one line, with their number: 16 relations as 3 lines.",
    );
    const layout = layoutComposition(options({ caption: bundleCaptionOf([{ count: 2 }]) }));
    const caption = layout.texts.filter((t) => t.part === "caption");
    expect(caption.map((t) => t.text).join(" ")).toContain("2 relations as 1 line");
    // Between the graph and the source line.
    const source = layout.texts.find((t) => t.part === "source")!;
    expect(caption[0].y).toBeGreaterThan(layout.graph.y + layout.graph.height);
    expect(caption[0].y).toBeLessThan(source.y);
  });

  test("the file is named from the title in safe characters, or by the view's date without one", () => {
    expect(fileNameOf("Pakistan–Afghan Taliban, March 2026", "faultlines-2026-03-01", "png")).toBe("pakistan-afghan-taliban-march-2026.png");
    expect(fileNameOf("  ", "faultlines-2026-03-01", "svg")).toBe("faultlines-2026-03-01.svg");
    expect(fileNameOf('../../etc/passwd <b>"x"</b>', "f", "png")).toBe("etc-passwd-b-x-b.png");
    expect(fileNameOf("Saint-Mézard: Ifri", "f", "png")).toBe("saint-mezard-ifri.png");
    expect(fileNameOf("پاکستان و طالبان", "f", "png")).toBe("پاکستان-و-طالبان.png");
    expect(fileNameOf("?*:|", "faultlines-2025-01-01_2026-03-31", "png")).toBe("faultlines-2025-01-01_2026-03-31.png");
    expect(fileNameOf("a".repeat(300), "f", "png")).toBe(`${"a".repeat(80)}.png`);
  });
});
