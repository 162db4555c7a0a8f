/**
 * composeSvg on a film's frame between two steps: what fades is drawn with its opacity (its
 * arrowhead with it, its name while at least half inked), and a settled frame has none.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, test } from "vitest";
import type { Scene } from "../../../src/look/composition/types";
import { tweenScene } from "../../../src/look/film/tween";
import { composeSvg } from "../../../src/render/composition/svg";
import { options, scene } from "../../support/composition-scene";

const all = (root: Element, name: string): Element[] => Array.from(root.getElementsByTagName(name));
const inGroup = (root: Element, name: string, group: string) => all(root, name).filter((e) => (e.parentNode as Element).getAttribute("class") === group);
const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml").documentElement!;

// Before: Pakistan and the Afghan Taliban, the strike between them. After: the whole scene.
const before: Scene = { ...scene, nodes: scene.nodes.filter((v) => v.id === "pk" || v.id === "af"), edges: scene.edges.filter((e) => e.id === "strike" || e.id === "talks") };
const after: Scene = { ...scene, edges: scene.edges.filter((e) => e.id !== "talks") };

describe("composeSvg of a fading frame", () => {
  test("what begins and ends is drawn at its opacity, what stays at full ink", () => {
    const root = parse(composeSvg(tweenScene(before, after, 0.3), options({ labelRelations: true })));
    const paths = inGroup(root, "path", "relations");
    // The ending talks first (under the rest), then the strike that stays, then the three beginning.
    expect(paths.map((p) => p.getAttribute("opacity"))).toEqual(["0.7", null, "0.3", "0.3", "0.3"]);
    // A fading directed relation keeps its arrowhead: the marker is painted with the path.
    expect(paths.filter((p) => p.getAttribute("opacity") === "0.3").some((p) => p.getAttribute("marker-end"))).toBe(true);
    const circles = inGroup(root, "circle", "actors");
    expect(circles.map((c) => c.getAttribute("opacity"))).toEqual([null, null, "0.3", "0.3", "0.3"]);
    // Names of what is under half ink are left out, those above it drawn at their actor's opacity.
    const actorNames = inGroup(root, "text", "labels").map((t) => t.textContent);
    expect(actorNames).toContain("Pakistan");
    expect(actorNames).not.toContain(`"Tehrik" & 'Taliban'`);
    const later = parse(composeSvg(tweenScene(before, after, 0.7), options()));
    const named = inGroup(later, "text", "labels");
    const quoted = named.find((t) => t.textContent === `"Tehrik" & 'Taliban'`);
    expect(quoted?.getAttribute("opacity")).toBe("0.7");
    expect(named.find((t) => t.textContent === "Pakistan")?.getAttribute("opacity")).toBeNull();
  });

  test("a settled frame, like any still image, says no opacity at all", () => {
    expect(composeSvg(tweenScene(before, after, 1), options())).not.toMatch(/opacity=/);
    expect(composeSvg(scene, options())).not.toMatch(/opacity=/);
  });
});
