/**
 * What a picture of a view must show, by colour: the families of the relations and the kinds of
 * the actors the data shows in the view (read plainly, test/support/plain-slice.ts) present in
 * the graph region, and the others absent. Shared by the Image dialog's test and the screenshot
 * command's test, which make the same pictures by two routes.
 */
import { expect } from "vitest";
import { kindColour, CANVAS } from "../../src/look/palette";
import { relationColour, type Manner } from "../../src/look/relation-look";
import type { DataSet } from "../../src/model/types";
import { ABSENT, census, PRESENT, type Picture, type Region } from "./pixels";
import { plainSlice, type PlainView } from "./plain-slice";

export interface ShownInView {
  readonly types: Set<string>;
  readonly families: Set<string>;
  readonly kinds: Set<string>;
  readonly labels: string[];
}

/** What the data shows in a view: the types and families of its relations, its actors' kinds and labels. */
export function shownIn(dataSet: DataSet, view: PlainView): ShownInView {
  const slice = plainSlice(dataSet, view);
  const relationById = new Map(dataSet.relations.map((r) => [r.id, r]));
  const actorById = new Map(dataSet.actors.map((a) => [a.id, a]));
  const familyOf = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.family]));
  const types = new Set(slice.relations.map((id) => relationById.get(id)!.type));
  return {
    types,
    families: new Set([...types].map((t) => familyOf.get(t)!)),
    kinds: new Set(slice.visibleActors.map((id) => actorById.get(id)!.kind)),
    labels: slice.visibleActors.map((id) => actorById.get(id)!.label),
  };
}

const area = (r: Region) => r.width * r.height;

/**
 * The graph region holds the colours (in the palette of `theme`) of what the data shows in the
 * view, and none of what it leaves out. Returns the pixels counted per family and kind.
 */
export function expectColoursOf(picture: Picture, region: Region, theme: "light" | "dark", dataSet: DataSet, view: PlainView): Record<string, number> {
  // A family is drawn in its manners' steps (deeds, standing ties, words): any of them counts for it.
  const manners: Manner[] = ["deed", "tie", "word"];
  const colours = {
    ...Object.fromEntries(dataSet.taxonomy.families.flatMap((f) => manners.map((m) => [`${f.id}\u0000${m}`, relationColour(f.id, m, theme)]))),
    ...Object.fromEntries(dataSet.taxonomy.kinds.map((k) => [k.id, kindColour(k.id, theme)])),
  };
  const steps = census(picture, region, CANVAS[theme].background, colours);
  const seen: Record<string, number> = {};
  for (const [key, n] of Object.entries(steps)) {
    const id = key.split("\u0000")[0];
    seen[id] = (seen[id] ?? 0) + n;
  }
  const shown = shownIn(dataSet, view);
  const report = JSON.stringify({ region, seen });
  const check = (what: string, expected: boolean) =>
    expected ? expect(seen[what], `${what} should be drawn: ${report}`).toBeGreaterThan(area(region) * PRESENT) : expect(seen[what], `${what} should not be drawn: ${report}`).toBeLessThan(area(region) * ABSENT);
  for (const f of dataSet.taxonomy.families) check(f.id, shown.families.has(f.id));
  for (const k of dataSet.taxonomy.kinds) check(k.id, shown.kinds.has(k.id));
  return seen;
}
