/**
 * The first layout of a large graph: parallel relations collapse into weighted pairs, the
 * iterations shrink as the graph grows, and the result is already readable (related actors near
 * each other, communities apart) and the same for the same graph.
 */
import { expect, test } from "vitest";
import { actorPairs, firstIterations, firstLayout, wantsFirstLayout } from "../../src/look/first-layout";
import { ITERATIONS } from "../../src/look/layout";
import { relatedDistanceRatio } from "../../src/look/layout-quality";
import { seededRandom } from "../../src/model/random";

/** `groups` communities of `each` actors, most relations inside one, a few between; some repeated. */
function communities(groups: number, each: number, relations: number, seed = 7) {
  const random = seededRandom(seed);
  const [sources, targets] = [[] as number[], [] as number[]];
  for (let r = 0; r < relations; r++) {
    const g = Math.floor(random() * groups);
    const a = g * each + Math.floor(random() * each);
    const other = random() < 0.05 ? Math.floor(random() * groups) : g;
    sources.push(a);
    targets.push(other * each + Math.floor(random() * each));
  }
  return actorPairs(groups * each, sources, targets);
}

test("parallel relations between two actors become one pair weighing as many; self-relations count only towards degree", () => {
  const graph = actorPairs(4, [0, 1, 0, 2, 3], [1, 0, 1, 2, 0]);
  expect(Array.from(graph.pairs)).toEqual([0, 1, 3, 0, 3, 1]);
  expect(Array.from(graph.degree)).toEqual([4, 3, 2, 1]);
});

test("small graphs keep the full layout's iterations; larger ones get fewer, never below a floor", () => {
  expect(firstIterations(100, 300)).toBe(ITERATIONS);
  expect(wantsFirstLayout(1_000, 8_000)).toBe(false);
  expect(wantsFirstLayout(20_000, 134_000)).toBe(true);
  const sizes = [10_000, 50_000, 150_000, 1_000_000, 10_000_000];
  const iterations = sizes.map((n) => firstIterations(n / 5, n));
  for (let i = 1; i < iterations.length; i++) expect(iterations[i]).toBeLessThanOrEqual(iterations[i - 1]);
  expect(iterations[2]).toBeLessThan(ITERATIONS / 10);
  expect(iterations.at(-1)).toBeGreaterThan(0);
});

test("related actors are drawn near each other and communities apart", () => {
  const graph = communities(6, 60, 3_000);
  const placed = firstLayout(graph);
  for (let i = 0; i < graph.order; i++) expect(Number.isFinite(placed.x[i]) && Number.isFinite(placed.y[i])).toBe(true);
  expect(relatedDistanceRatio(placed, graph.pairs)).toBeLessThan(0.5);
  // Each community's middle is farther from the others' than its actors are, on average, from it.
  const middles = Array.from({ length: 6 }, (_, g) => {
    let [x, y] = [0, 0];
    for (let i = g * 60; i < (g + 1) * 60; i++) [x, y] = [x + placed.x[i] / 60, y + placed.y[i] / 60];
    return { x, y };
  });
  for (let g = 0; g < 6; g++) {
    let spread = 0;
    for (let i = g * 60; i < (g + 1) * 60; i++) spread += Math.hypot(placed.x[i] - middles[g].x, placed.y[i] - middles[g].y) / 60;
    const nearest = Math.min(...middles.filter((_, h) => h !== g).map((m) => Math.hypot(m.x - middles[g].x, m.y - middles[g].y)));
    expect(nearest).toBeGreaterThan(spread);
  }
});

test("the same graph and seed give the same positions; sizes are the explorer's", () => {
  const graph = communities(3, 40, 600);
  const [a, b] = [firstLayout(graph), firstLayout(graph)];
  expect(Array.from(a.x)).toEqual(Array.from(b.x));
  expect(Array.from(a.y)).toEqual(Array.from(b.y));
  expect(a.size[0]).toBeCloseTo(4 + 2 * Math.sqrt(graph.degree[0]), 5);
  expect(Array.from(firstLayout(graph, 1).x)).not.toEqual(Array.from(a.x));
});
