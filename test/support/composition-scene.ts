/**
 * A small hand-built scene and the options of an image of it, for the tests of the image
 * composition (test/render/composition/, test/look/composition/): actors of several kinds, one
 * with markup for a label and one with quotes, parallel and directed relations, one relation
 * only possibly active on the date.
 */
import type { CompositionLegend, CompositionOptions, Scene } from "../../src/look/composition/types";
import { CANVAS, familyColour, kindColour, possibleColour } from "../../src/look/palette";
import type { Theme } from "../../src/state/view-state";

export const HOSTILE = `<img src=x onerror=alert(1)>`;
export const QUOTED = `"Tehrik" & 'Taliban'`;

export const scene: Scene = {
  width: 800,
  height: 500,
  labelSize: 14,
  nodes: [
    { id: "pk", x: 200, y: 250, size: 12, color: kindColour("state", "light"), label: "Pakistan", kind: "state" },
    { id: "af", x: 600, y: 250, size: 10, color: kindColour("armed-group", "light"), label: "Afghan Taliban (Islamic Emirate)", kind: "armed-group" },
    { id: "xss", x: 400, y: 100, size: 6, color: kindColour("armed-group", "light"), label: HOSTILE, kind: "armed-group" },
    { id: "q", x: 400, y: 420, size: 6, color: kindColour("person", "light"), label: QUOTED, kind: "person" },
    { id: "faded", x: 700, y: 450, size: 5, color: CANVAS.light.faded, label: "", kind: "state" },
  ],
  edges: [
    { id: "strike", x1: 200, y1: 250, x2: 600, y2: 250, color: familyColour("hostile", "light"), size: 3, directed: true, curvature: 0, targetSize: 10, family: "hostile" },
    { id: "talks", x1: 200, y1: 250, x2: 600, y2: 250, color: familyColour("mediating", "light"), size: 2.2, directed: false, curvature: 0.2, targetSize: 10, family: "mediating" },
    { id: "support", x1: 400, y1: 100, x2: 600, y2: 250, color: familyColour("cooperative", "light"), size: 1.5, directed: true, curvature: 0.15, targetSize: 10, family: "cooperative" },
    { id: "rivals", x1: 400, y1: 420, x2: 200, y2: 250, color: familyColour("hostile", "light"), size: 2, directed: false, curvature: 0, targetSize: 12, family: "hostile" },
    // Only possibly active on the date: drawn dashed, in the lighter colour, thinner.
    { id: "maybe", x1: 400, y1: 100, x2: 200, y2: 250, color: possibleColour("mediating", "light"), size: 1.5, directed: true, curvature: 0, targetSize: 12, family: "mediating", possible: true },
  ],
};

/** The legend in a theme's colours, as legendOf gives it for a background. */
export const legendFor = (theme: Theme): CompositionLegend => ({
  relationTypes: [
    { label: "Air or drone strike", family: "Hostile", colour: familyColour("hostile", theme) },
    { label: "Rivalry", family: "Hostile", colour: familyColour("hostile", theme) },
    { label: "Material support", family: "Cooperative", colour: familyColour("cooperative", theme) },
    { label: "Mediation & <talks>", family: "Mediating", colour: familyColour("mediating", theme) },
  ],
  actorKinds: [
    { label: "State", colour: kindColour("state", theme) },
    { label: "Armed group", colour: kindColour("armed-group", theme) },
    { label: "Person", colour: kindColour("person", theme) },
  ],
});

export const options = (change: Partial<CompositionOptions> = {}): CompositionOptions => ({
  width: 1920,
  height: 1080,
  scale: 1.875,
  title: `Border war ${QUOTED} ${HOSTILE}`,
  dateLabel: "as of 27 Feb 2026",
  legend: legendFor(change.background === "dark" ? "dark" : "light"),
  sourceLine: "Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated",
  background: "light",
  ...change,
});
