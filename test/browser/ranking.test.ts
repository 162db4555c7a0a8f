/**
 * Who matters on 1 Mar 2026, as a person reads it in the details panel: the ranking by ties
 * (the top ten, then all), the possible relations it says it left out, the switch to bridges and
 * influence, and a click on a name opening that actor with its rank by ties per year. What the
 * page shows is held to the model computed here in Node on the same bundled data (the model's
 * own tests hold it to values worked by hand). axe-core passes in light and dark; screenshots
 * go to test-results/ranking/.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { rankSeries, sliceCentrality, type CentralityMeasure } from "../../src/model/centrality";
import { parseDay } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { timelineRange } from "../../src/model/horizon";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { ordinal, yearsOf } from "../../src/ui/ranking/ranking-model";
import { readBundledData } from "../support/data";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const OUT = "test-results/ranking";
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const { dataSet } = loaded;
const index = new RelationIndex(dataSet);
const DAY = parseDay("2026-03-01");
// The explorer's opening filters on a date: every relation possibly active, isolated actors hidden.
const expected = sliceCentrality(index, applyFilters(index, [{ type: "asOf", day: DAY }, { type: "hideIsolated", keep: [] }]));
const labelOf = (id: string) => dataSet.actors.find((a) => a.id === id)!.label;
const ranking = (m: CentralityMeasure) => expected.measures[m]!.ranking;

const session = explorerSession();

const rows = (page: Page) => page.locator("fl-ranking [data-testid=ranking] li");
const names = (page: Page) => page.locator("fl-ranking [data-testid=ranking] li [part=actor]").allTextContents();
const ranks = (page: Page) => page.locator("fl-ranking [data-testid=ranking] li .rank").allTextContents();
const measure = (page: Page, name: string) => page.locator("fl-ranking [part=measure]", { hasText: name });
/** The element that has the keyboard focus, looked for through the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), text: (el.textContent ?? "").replace(/\s+/g, " ").trim() } : null;
  });
const state = (page: Page) => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state);

describe("who matters on a date", () => {
  test("ranks the actors by ties, switches to bridges and influence, and a name opens the actor with its rank over the years", async () => {
    expect(ranking("degree").length, "the bundled data ranks more than ten actors on 1 Mar 2026").toBeGreaterThan(10);
    const page = await session.open("at=2026-03-01");
    await rows(page).first().waitFor();
    expect(await page.locator("fl-ranking h2").textContent()).toMatch(/^Who matters\s+as of 1 Mar 2026$/);
    expect(await measure(page, "Ties").getAttribute("aria-pressed")).toBe("true");
    expect(await measure(page, "Ties").getAttribute("title")).toMatch(/degree centrality/);

    // The top ten by ties, ranks shared where the counts are equal ("=4"), each with its count.
    expect(await names(page)).toEqual(ranking("degree").slice(0, 10).map((r) => labelOf(r.actor)));
    const shared = (m: CentralityMeasure, rank: number) => ranking(m).filter((r) => r.rank === rank).length > 1;
    expect(await ranks(page)).toEqual(ranking("degree").slice(0, 10).map((r) => `${shared("degree", r.rank) ? "=" : ""}${r.rank}`));
    const first = ranking("degree")[0].actor;
    expect(await rows(page).first().locator(".score").textContent()).toBe(`${expected.ties.get(first)} ties`);
    expect(expected.possibleLeftOut).toBeGreaterThan(0);
    expect(await page.getByTestId("ranking-left-out").textContent()).toBe(
      `${expected.possibleLeftOut} relations only possibly active as of 1 Mar 2026 are left out: a rank counts only what the dates say.`,
    );

    // "Show all" lists every ranked actor, and folds back.
    const showAll = page.locator("fl-ranking [part=show-all]");
    expect(await showAll.textContent()).toMatch(`Show all ${ranking("degree").length}`);
    await showAll.click();
    await expect.poll(() => rows(page).count()).toBe(ranking("degree").length);
    expect(await showAll.getAttribute("aria-expanded")).toBe("true");
    await showAll.click();
    await expect.poll(() => rows(page).count()).toBe(10);
    await page.screenshot({ path: `${OUT}/ties-light.png` });

    // Bridges: betweenness, in its own order; the explanation follows the choice.
    await measure(page, "Bridges").click();
    expect(await measure(page, "Bridges").getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByTestId("ranking-explanation").textContent()).toMatch(/shortest chain of ties.*\(betweenness centrality\)/);
    await expect.poll(() => names(page)).toEqual(ranking("betweenness").slice(0, 10).map((r) => labelOf(r.actor)));
    expect(await rows(page).first().locator(".score").textContent()).toMatch(/^\d+% of chains$/);

    // Influence: eigenvector, on the largest connected group, saying what it left out.
    await measure(page, "Influence").click();
    await expect.poll(() => names(page)).toEqual(ranking("eigenvector").slice(0, 10).map((r) => labelOf(r.actor)));
    const scope = expected.measures.eigenvector!.scope;
    if (scope.kind === "main-group") expect(await page.getByTestId("ranking-scope").textContent()).toMatch(`largest connected group (${scope.scored} actors)`);
    await page.screenshot({ path: `${OUT}/influence-light.png` });

    // A name opens its actor, whose view charts its rank by ties in each year of the timeline.
    const chosen = ranking("eigenvector")[1].actor;
    await page.locator("fl-ranking [part=actor]", { hasText: labelOf(chosen) }).click();
    await expect.poll(async () => (await state(page)).selectedActor).toBe(chosen);
    expect(await page.locator("fl-details h2#title").textContent()).toBe(labelOf(chosen));
    expect(await page.locator("fl-ranking").count()).toBe(0);
    const chart = page.locator("fl-details fl-rank-chart");
    await chart.locator("[data-testid=rank-chart] svg").waitFor();
    expect(await chart.locator("h3").textContent()).toBe("Rank among actors by ties, per year");
    const range = timelineRange(dataSet, 0);
    const years = yearsOf(range.first, range.last);
    const series = rankSeries(index, [], chosen, years, "degree");
    const listed = await chart.locator("ol li").allTextContents();
    expect(listed).toEqual(series.map((p, k) => `${years[k].year}: ${p.rank === null ? "no certain tie" : `${ordinal(p.rank)} of ${p.ranked}`}`));
    expect(await chart.getByTestId("rank-summary").textContent()).toMatch(new RegExp(`^${labelOf(chosen)}: best \\d+(st|nd|rd|th) by ties`));
    // One dot per ranked year, each titled with its rank.
    const ranked = series.filter((p) => p.rank !== null);
    expect(await chart.locator("svg circle title").count()).toBe(ranked.length);
    await chart.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${OUT}/rank-chart-light.png` });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  test.each(["light", "dark"])("opens an actor by keyboard and passes axe-core in %s, with the ranking and with the rank chart", async (theme) => {
    const page = await session.open(`at=2026-03-01&theme=${theme}`);
    await rows(page).first().waitFor();
    await measure(page, "Bridges").click();
    expect(await seriousAxeViolations(page), theme).toEqual([]);
    await page.screenshot({ path: `${OUT}/bridges-${theme}.png` });
    // By keyboard: Enter on a name opens the actor, and the focus follows to its heading.
    const top = ranking("betweenness")[0].actor;
    await page.locator("fl-ranking [part=actor]").first().focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await state(page)).selectedActor).toBe(top);
    await expect.poll(() => focused(page)).toEqual({ tag: "h2", text: labelOf(top) });
    await page.locator("fl-details fl-rank-chart [data-testid=rank-chart] svg").waitFor();
    await page.locator("fl-details fl-rank-chart").scrollIntoViewIfNeeded();
    expect(await seriousAxeViolations(page), theme).toEqual([]);
    await page.screenshot({ path: `${OUT}/rank-chart-${theme}.png` });
    await page.close();
  });
});
