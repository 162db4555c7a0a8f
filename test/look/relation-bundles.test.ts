/**
 * Bundling: one line per pair, family and certainty; spread pairs and lone relations drawn as
 * themselves; an arrow only when every relation goes the same way; and, for any input, every
 * relation drawn exactly once (by itself or by its bundle's line).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { bundleRelations, bundleWidth, bundlingChanges, BUNDLE_WIDTH_MAX, type BundleMember, type Certainty } from "../../src/look/relation-bundles";

const m = (relation: string, source: string, target: string, family = "hostile", certainty: Certainty = "certain", directed = true): BundleMember => ({ relation, source, target, family, certainty, directed });

describe("bundleRelations", () => {
  test("relations of one pair and family make one line drawn by the first, whichever way they go", () => {
    const { bundles, drawnBy } = bundleRelations([m("r1", "pk", "tb"), m("r2", "tb", "pk"), m("r3", "pk", "tb"), m("c1", "pk", "tb", "cooperative")]);
    expect([...bundles.keys()]).toEqual(["r1"]);
    expect(bundles.get("r1")).toMatchObject({ members: ["r1", "r2", "r3"], family: "hostile", directed: false });
    expect(Object.fromEntries(drawnBy)).toEqual({ r2: "r1", r3: "r1" });
  });

  test("an arrow only when every relation is directed the same way", () => {
    expect(bundleRelations([m("a", "x", "y"), m("b", "x", "y")]).bundles.get("a")?.directed).toBe(true);
    expect(bundleRelations([m("a", "x", "y"), m("b", "x", "y", "hostile", "certain", false)]).bundles.get("a")?.directed).toBe(false);
    expect(bundleRelations([m("a", "x", "y", "hostile", "certain", false), m("b", "x", "y")]).bundles.get("a")?.directed).toBe(false);
  });

  test("certain, only possible and faded relations never share a line", () => {
    const { bundles } = bundleRelations([m("c1", "x", "y"), m("p1", "x", "y", "hostile", "possible"), m("c2", "x", "y"), m("p2", "y", "x", "hostile", "possible"), m("f1", "x", "y", "hostile", "faded")]);
    expect(bundles.get("c1")?.members).toEqual(["c1", "c2"]);
    expect(bundles.get("p1")?.members).toEqual(["p1", "p2"]);
    expect(bundles.has("f1")).toBe(false);
  });

  test("spread pairs keep one line per relation", () => {
    const spread = (a: string, b: string) => a === "x" || b === "x";
    const { bundles, drawnBy } = bundleRelations([m("a", "x", "y"), m("b", "y", "x"), m("c", "y", "z"), m("d", "z", "y")], spread);
    expect([...bundles.keys()]).toEqual(["c"]);
    expect([...drawnBy.keys()]).toEqual(["d"]);
  });

  test("actors named like Object's own keys are actors", () => {
    const { bundles } = bundleRelations([m("a", "__proto__", "constructor"), m("b", "constructor", "__proto__")]);
    expect(bundles.get("a")?.members).toEqual(["a", "b"]);
  });

  const actor = fc.constantFrom("a", "b", "c", "__proto__");
  const member = fc.record({
    source: actor,
    target: actor,
    family: fc.constantFrom("hostile", "cooperative"),
    certainty: fc.constantFrom<Certainty>("certain", "possible", "faded"),
    directed: fc.boolean(),
  });

  test("every relation is drawn exactly once, and a line never mixes pairs, families or certainties", () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 40 }), fc.boolean(), (parts, spreadA) => {
        const relations = parts.filter((p) => p.source !== p.target).map((p, i) => ({ ...p, relation: `r${i}` }));
        const byId = new Map(relations.map((r) => [r.relation, r]));
        const spread = (x: string, y: string) => spreadA && (x === "a" || y === "a");
        const { bundles, drawnBy } = bundleRelations(relations, spread);
        const drawnAs = new Map<string, string>();
        for (const r of relations) drawnAs.set(r.relation, drawnBy.get(r.relation) ?? r.relation);
        for (const [representative, bundle] of bundles) {
          expect(bundle.members.length).toBeGreaterThan(1);
          expect(bundle.members[0]).toBe(representative);
          expect(drawnBy.has(representative)).toBe(false);
          const first = byId.get(representative)!;
          for (const id of bundle.members) {
            const r = byId.get(id)!;
            expect(drawnAs.get(id)).toBe(representative);
            expect([r.family, r.certainty, [r.source, r.target].sort().join()]).toEqual([first.family, first.certainty, [first.source, first.target].sort().join()]);
            expect(spread(r.source, r.target)).toBe(false);
            if (bundle.directed) expect([r.directed, r.source]).toEqual([true, first.source]);
          }
        }
        // Each relation hidden in a bundle is one of its members.
        for (const [id, representative] of drawnBy) expect(bundles.get(representative)?.members).toContain(id);
        const counted = [...bundles.values()].reduce((n, b) => n + b.members.length, 0);
        const alone = relations.filter((r) => !bundles.has(r.relation) && !drawnBy.has(r.relation)).length;
        expect(counted + alone).toBe(relations.length);
      }),
    );
  });
});

describe("bundleWidth", () => {
  test("one relation is one width; more grow with the square root, up to a cap", () => {
    expect(bundleWidth(1)).toBe(1);
    expect(bundleWidth(4)).toBe(2);
    expect(bundleWidth(400)).toBe(BUNDLE_WIDTH_MAX);
  });
});

describe("bundlingChanges", () => {
  test("lists lines whose count or arrow changed and relations that came out of or went into a bundle", () => {
    const before = bundleRelations([m("a", "x", "y"), m("b", "x", "y"), m("c", "x", "z"), m("d", "x", "z")]);
    const after = bundleRelations([m("b", "x", "y"), m("c", "x", "z"), m("d", "x", "z"), m("e", "z", "x")]);
    // a's bundle dissolved (b drawn alone again); c's bundle grew (e hidden in it).
    expect(bundlingChanges(before, after).sort()).toEqual(["a", "b", "c", "e"]);
    expect(bundlingChanges(after, after)).toEqual([]);
  });
});
