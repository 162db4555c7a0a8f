/**
 * Many relations between one pair drawn as few lines: at 1 March 2026 the dozen or so relations
 * between Pakistan and the Afghan Taliban are drawn as one line per family and certainty, each
 * labelled with its count; clicking such a line selects the pair, spreads it (one labelled line
 * per relation) and lists its relations oldest first in the details panel; hovering a line shows
 * what it is by the pointer, and the pointer becomes a hand. Lines are counted through sigma
 * (automation.inspectRenderer) and found on screen through sigma's own picking, so a line drawn
 * elsewhere or not at all fails. Screenshots go to test-results/bundles/.
 *
 * Bundled data relied on: on 2026-03-01 Pakistan and the Afghan Taliban share ten or more
 * relations in the slice, several of one family and certainty; checked before use.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import type { DataSet, Relation } from "../../src/model/types";
import { certaintyOf } from "../support/certainty";
import { dataSetOf } from "../support/random-data";
import { describe, expect, test } from "vitest";
import { dayToIso, parseDay, parsePeriod } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { readBundledData } from "../support/data";
import { explorerSession } from "../support/explorer-session";
import { plainSlice } from "../support/plain-slice";

const OUT = "test-results/bundles";
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
const DAY = "2026-03-01";
const PAIR = ["pakistan", "afghan-taliban"] as const;
const inPair = (source: string, target: string) => PAIR.includes(source as never) && PAIR.includes(target as never);
const byId = new Map(dataSet.relations.map((r) => [r.id, r]));
const typeLabel = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.label]));
/** The pair's relations shown on the day, by the test's own reading of the data. */
const pairRelations = plainSlice(dataSet, { at: parseDay(DAY) }).relations.filter((id) => inPair(byId.get(id)!.source, byId.get(id)!.target));

const session = explorerSession();

const open = (query: string): Promise<Page> => session.open(query);

interface Line {
  id: string;
  relations: string[];
  count?: number;
  label?: string;
  forceLabel?: boolean;
}

/** The lines sigma draws between the pair, with the relations each stands for, once the pending frame is drawn. */
const pairLines = (page: Page): Promise<Line[]> =>
  page.evaluate(async (pair: readonly string[]) => {
    await new Promise(requestAnimationFrame);
    const app = document.querySelector("faultlines-app")!;
    const sigma = app.automation.inspectRenderer()!;
    const graph = sigma.getGraph();
    return graph
      .edges()
      .filter((id) => pair.includes(graph.source(id)) && pair.includes(graph.target(id)))
      .map((id) => ({ id, data: sigma.getEdgeDisplayData(id) as { hidden?: boolean; count?: number; label?: string; forceLabel?: boolean } }))
      .filter(({ data }) => data && !data.hidden)
      .map(({ id, data }) => ({ id, relations: [...app.automation.relationsDrawnAs(id)], count: data.count, label: data.label ?? undefined, forceLabel: data.forceLabel }));
  }, [...PAIR]);

/** A point on the page over `line`, found by sigma's own picking between the pair's two actors. */
const pointOn = (page: Page, line: string): Promise<{ x: number; y: number } | null> =>
  page.evaluate(
    ([line, pair]) => {
      const app = document.querySelector("faultlines-app")!;
      const sigma = app.automation.inspectRenderer()!;
      const [a, b] = pair.map((actor) => app.automation.inspect().actorPosition(actor)!);
      const box = sigma.getContainer().getBoundingClientRect();
      const [dx, dy] = [b.x - a.x, b.y - a.y];
      const length = Math.hypot(dx, dy);
      const [nx, ny] = [-dy / length, dx / length];
      for (let t = 0.35; t <= 0.65; t += 0.05)
        for (let off = 0; off <= 60; off += 1)
          for (const sign of [1, -1]) {
            // Whole pixels of the page, as the mouse moves in.
            const [px, py] = [Math.round(box.left + a.x + dx * t + nx * off * sign), Math.round(box.top + a.y + dy * t + ny * off * sign)];
            // sigma's picking, as its own hover uses (private in its types, public in its code).
            const edgeAt = (sigma as unknown as { getEdgeAtPoint(x: number, y: number): string | null }).getEdgeAtPoint(px - box.left, py - box.top);
            if (edgeAt === line) return { x: px, y: py };
          }
      return null;
    },
    [line, [...PAIR]] as const,
  );

const cursor = (page: Page) => page.evaluate(() => document.querySelector("faultlines-app")!.shadowRoot!.querySelector<HTMLElement>("#graph")!.style.cursor);
const tip = (page: Page) => page.locator("fl-relation-tip");
/** The tooltip's text, in its shadow root. */
const tipText = (page: Page) => tip(page).evaluate((e) => e.shadowRoot!.textContent ?? "");

describe("relations between one pair", () => {
  test("are drawn as one line per family and certainty, labelled with their count; clicking one selects the pair and lists its relations", async () => {
    expect(pairRelations.length, "the bundled data has ten or more relations between the pair on the day").toBeGreaterThanOrEqual(10);
    const page = await open(`at=${DAY}`);
    const lines = await pairLines(page);
    // Every relation drawn, exactly once, by far fewer lines.
    expect(lines.flatMap((l) => l.relations).sort()).toEqual([...pairRelations].sort());
    expect(lines.length).toBeLessThanOrEqual(pairRelations.length / 2);
    const bundles = lines.filter((l) => l.relations.length > 1);
    expect(bundles.length).toBeGreaterThan(0);
    for (const l of bundles) expect([l.count, l.label]).toEqual([l.relations.length, String(l.relations.length)]);
    await page.screenshot({ path: `${OUT}/bundled.png` });

    // Hovering the largest bundle: what it stands for, by the pointer; the pointer a hand.
    const largest = bundles.reduce((a, b) => (b.relations.length > a.relations.length ? b : a));
    const point = await pointOn(page, largest.id);
    expect(point, "the bundle's line is on screen").not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(() => tip(page).isVisible()).toBe(true);
    const family = dataSet.taxonomy.families.find((f) => f.id === dataSet.taxonomy.types.find((t) => t.id === byId.get(largest.id)!.type)!.family)!;
    expect(await tip(page).locator("strong").textContent()).toBe(`${largest.relations.length} ${family.label.toLowerCase()} relations`);
    for (const id of largest.relations) expect(await tipText(page)).toContain(typeLabel.get(byId.get(id)!.type));
    expect(await cursor(page)).toBe("pointer");
    await page.screenshot({ path: `${OUT}/hover-bundle.png` });

    // Clicking it selects the pair, in the link too, and spreads it: one labelled line per relation.
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedPair)).toEqual(expect.arrayContaining([...PAIR]));
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/pair=/);
    const spread = await pairLines(page);
    expect(spread.map((l) => l.id).sort()).toEqual([...pairRelations].sort());
    for (const l of spread) expect([l.relations, l.label, l.forceLabel]).toEqual([[l.id], typeLabel.get(byId.get(l.id)!.type), true]);

    // The details panel lists the pair's relations, oldest first, each opening its evidence.
    const rows = page.locator("fl-details [data-testid=pair-relations] button.relation");
    await expect.poll(() => rows.count()).toBe(pairRelations.length);
    const listed = await rows.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-relation")!));
    expect([...listed].sort()).toEqual([...pairRelations].sort());
    const starts = listed.map((id) => byId.get(id)!.periods[0]?.first ?? -Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await page.screenshot({ path: `${OUT}/pair-selected.png` });
    await rows.first().click();
    await expect.poll(() => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state.selectedRelation)).toBe(listed[0]);
    await expect.poll(() => page.locator("fl-details [part=back]").textContent()).toMatch(/Back to\s+(Pakistan and Afghan Taliban|Afghan Taliban and Pakistan)/);
    await page.close();
  });

  test("hovering one relation's line says its type, ends and dates; leaving hides it and the pointer is an arrow again", async () => {
    const page = await open(`at=${DAY}&pair=${PAIR.join(",")}`);
    const lines = await pairLines(page);
    expect(lines.every((l) => l.relations.length === 1)).toBe(true);
    let found: { line: Line; point: { x: number; y: number } } | null = null;
    for (const line of lines) {
      const point = await pointOn(page, line.id);
      if (point) {
        found = { line, point };
        break;
      }
    }
    expect(found, "some line of the pair can be pointed at").not.toBeNull();
    const relation = byId.get(found!.line.id)!;
    await page.mouse.move(found!.point.x, found!.point.y);
    await expect.poll(() => tip(page).isVisible()).toBe(true);
    expect(await tip(page).locator("strong").textContent()).toBe(typeLabel.get(relation.type));
    const text = await tipText(page);
    const name = (id: string) => dataSet.actors.find((a) => a.id === id)!.label;
    expect(text).toContain(relation.directed ? `→` : "mutual");
    expect(text).toMatch(new RegExp(`(${name(relation.source)}|Islamic Emirate|Afghan Taliban).*(→|—)`));
    expect(text).toMatch(/\d{4}/);
    expect(await cursor(page)).toBe("pointer");
    await page.screenshot({ path: `${OUT}/hover-relation.png` });
    await page.mouse.move(5, 5);
    await expect.poll(() => tip(page).isVisible()).toBe(false);
    expect(await cursor(page)).toBe("");
    await page.close();
  });
});

/**
 * A large data set: 15,000 relations among 4,000 actors on 2,000 pairs (several relations a pair),
 * most open-ended so that over 10,000 are drawn on its last day (straight lines: the view then
 * patches its drawing from one date to the next instead of redrawing it all), some ending each
 * month and some dated only to a month (only possible on its days).
 */
function largeDataSet(): DataSet {
  const month = (m: number) => `${2015 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, "0")}`;
  const types = ["airstrike", "rivalry", "trade", "mediation"];
  const relations: Relation[] = [];
  for (let i = 0; i < 15_000; i++) {
    const pair = (i * 7919) % 2000;
    // Each actor in one pair: a step resizes few actors, so the view patches rather than redraws.
    const [source, target] = [`n${2 * pair}`, `n${2 * pair + 1}`];
    const start = (i * 7) % 72;
    const kind = i % 20;
    const period = kind < 15 ? `${month(start)}-01/..` : kind < 19 ? `${month(start)}-01/${month(start + 1 + (i % 84))}-28` : month(71 - (i % 4));
    relations.push({ id: `r${i}`, source, target, type: types[i % 4], directed: i % 3 !== 0, periods: [parsePeriod(period)], confidence: "high", evidence: [{ source: "doc", quote: "q" }] });
  }
  relations.push({ id: "last", source: "n0", target: "n1", type: "trade", directed: false, periods: [parsePeriod("2020-12-31")], confidence: "high", evidence: [{ source: "doc", quote: "q" }] });
  const base = dataSetOf(relations);
  return { ...base, actors: Array.from({ length: 4000 }, (_, i) => ({ id: `n${i}`, label: `N${i}`, kind: "state", aliases: [] })) };
}

test("on a large graph, stepping the date (a patched redraw) keeps each relation drawn once, by the one line of its pair, family and certainty", async () => {
  const data = largeDataSet();
  const certainty = certaintyOf(data);
  const familyOf = new Map(data.taxonomy.types.map((t) => [t.id, t.family]));
  const relation = new Map(data.relations.map((r) => [r.id, r]));
  const positions = Object.fromEntries(data.actors.map((a, i) => [a.id, [Math.cos(i) * (1 + (i % 97)), Math.sin(i) * (1 + (i % 89))]]));
  const page = await open("");
  await page.evaluate(([d, p]) => document.querySelector("faultlines-app")!.automation.showDataSet("Large", d, p as never), [data, positions] as const);
  const slider = page.getByRole("slider", { name: "As of date" });
  for (let step = 0; step < 4; step++) {
    const { day, visible, lines } = await page.evaluate(async () => {
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const { automation } = document.querySelector("faultlines-app")!;
      const sigma = automation.inspectRenderer()!;
      const inspected = automation.inspect();
      const lines = sigma
        .getGraph()
        .edges()
        .map((id) => ({ id, data: sigma.getEdgeDisplayData(id) as { hidden?: boolean; count?: number; possible?: boolean } }))
        .filter(({ data }) => !data.hidden)
        .map(({ id, data }) => ({ id, count: data.count ?? 1, possible: !!data.possible, members: [...automation.relationsDrawnAs(id)] }));
      return { day: inspected.state.at, visible: inspected.visibleRelations, lines };
    });
    expect(visible.length, "over 10,000 drawn: straight lines, patched").toBeGreaterThan(10_000);
    expect(lines.flatMap((l) => l.members).sort()).toEqual([...visible].sort());
    const keys = new Set<string>();
    for (const line of lines) {
      const key = (id: string) => {
        const r = relation.get(id)!;
        return [[r.source, r.target].sort().join(" "), familyOf.get(r.type), certainty.possibleOnly(id, day)].join("|");
      };
      expect(line.count, line.id).toBe(line.members.length);
      expect(line.possible, line.id).toBe(certainty.possibleOnly(line.id, day));
      for (const m of line.members) expect(key(m), `${m} drawn by ${line.id} on ${dayToIso(day)}`).toBe(key(line.id));
      expect(keys.has(key(line.id)), `one line for ${key(line.id)}`).toBe(false);
      keys.add(key(line.id));
    }
    const status = await page.getByTestId("status").textContent();
    await slider.focus();
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => page.getByTestId("status").textContent()).not.toBe(status);
  }
  await page.close();
}, 180_000);
