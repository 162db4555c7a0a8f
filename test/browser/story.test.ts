/**
 * The story of a pair and of an actor in the explorer, as a person reads it: the pair's story
 * for Pakistan and the Afghan Taliban lists every relation between them in graph-data (read here
 * with a plain YAML parser, not the app's loader) in date order, each with its first quote; an
 * item and a mark of the lanes open the relation's evidence, and Back returns to the story; an
 * actor's "Story with…" opens a pair's story by keyboard and by mouse; axe-core passes in light
 * and dark. Screenshots go to test-results/story/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { parsePeriod } from "../../src/model/dates";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const OUT = "test-results/story";
mkdirSync(OUT, { recursive: true });

interface YamlRelation {
  id: string;
  source: string;
  target: string;
  periods: string[];
  evidence: { source: string; quote: string }[];
}
const relations: (YamlRelation & { type: string })[] = parse(readFileSync("graph-data/relations.yaml", "utf8")).relations;
const familyOf = new Map<string, string>(parse(readFileSync("graph-data/taxonomy.yaml", "utf8")).types.map((t: { id: string; family: string }) => [t.id, t.family]));
const PAIR = ["pakistan", "afghan-taliban"];
const between = relations.filter((r) => PAIR.includes(r.source) && PAIR.includes(r.target) && r.source !== r.target);
const byId = new Map(relations.map((r) => [r.id, r]));

const session = explorerSession();

const story = (page: Page) => page.locator("fl-details [data-testid=story-list] > li");
const selected = (page: Page) => page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect().state);
/** The element that has the keyboard focus, looked for through the shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? { tag: el.tagName.toLowerCase(), text: (el.textContent ?? "").replace(/\s+/g, " ").trim() } : null;
  });

describe("the story of a pair", () => {
  test("lists every relation between Pakistan and the Afghan Taliban in date order with its evidence; an item opens its evidence and Back returns", async () => {
    expect(between.length, "the bundled data has a story for the pair").toBeGreaterThan(10);
    const page = await session.open("at=2026-03-01&pair=pakistan,afghan-taliban");
    await expect.poll(() => story(page).count()).toBe(between.length);
    const listed = await story(page).evaluateAll((items) => items.map((li) => li.getAttribute("data-relation")!));
    expect([...listed].sort()).toEqual(between.map((r) => r.id).sort());

    // Oldest first: open starts ("../2022") first, then by the first day the start covers.
    const starts = listed.map((id) => parsePeriod(byId.get(id)!.periods[0]).start?.first ?? -Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts[0]).toBe(-Infinity);
    expect(await story(page).first().textContent()).toMatch(/start unknown/);

    // Each item quotes its first evidence and says how it stands on the date shown.
    for (const [i, id] of listed.entries()) {
      const item = story(page).nth(i);
      expect(await item.locator("blockquote").textContent()).toBe(byId.get(id)!.evidence[0].quote);
      expect(await item.locator(".now").textContent()).toMatch(/^(In the view: (certainly|only possibly) active|Not active|Hidden by the filters).* as of 1 Mar 2026\)?$/);
    }
    expect(await page.locator("fl-details [data-testid=story-summary]").textContent()).toMatch(new RegExp(`^\\d+ of ${between.length} in the view as of 1 Mar 2026`));
    await page.locator("fl-details fl-story-lanes svg").waitFor();
    await page.screenshot({ path: `${OUT}/pair-story.png` });

    // Clicking an item opens the relation with all its evidence, and Back returns to the story.
    const chosen = byId.get(listed[listed.length - 1])!;
    await story(page).last().locator("button.story-open").click();
    await expect.poll(async () => (await selected(page)).selectedRelation).toBe(chosen.id);
    const quotes = await page.locator("fl-details [part=evidence] blockquote").allTextContents();
    expect(quotes).toEqual(chosen.evidence.map((e) => e.quote));
    const back = page.locator("fl-details [part=back]");
    expect(await back.textContent()).toMatch(/Back to\s+Pakistan and Afghan Taliban/);
    await back.click();
    await expect.poll(() => story(page).count()).toBe(between.length);

    // By keyboard: Enter on an item opens it too.
    await story(page).nth(1).locator("button.story-open").focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await selected(page)).selectedRelation).toBe(listed[1]);
    await page.keyboard.press("Tab");
    await page.locator("fl-details [part=back]").click();
    await page.close();
  });

  test("each mark of the lanes opens its relation, by mouse and by Enter, and says what it is", async () => {
    const page = await session.open("at=2026-03-01&pair=pakistan,afghan-taliban");
    const marks = page.locator("fl-details fl-story-lanes a");
    await expect.poll(() => marks.count()).toBeGreaterThanOrEqual(between.length);
    const names = await marks.evaluateAll((as) => as.map((a) => a.getAttribute("aria-label") ?? ""));
    expect(names.every((n) => /, (from|between) .+: .*\d{4}/.test(n))).toBe(true);
    const figure = page.locator("fl-details fl-story-lanes figure");
    expect(await figure.getAttribute("aria-label")).toMatch(new RegExp(`^The story of Pakistan and Afghan Taliban on a time axis: ${between.length} relations in lanes by family \\(hostile, `));

    // The points are drawn last, over the bars: the last mark is never covered.
    await marks.last().click();
    const opened = (await selected(page)).selectedRelation;
    expect(between.map((r) => r.id)).toContain(opened);
    await page.locator("fl-details [part=back]").click();
    await marks.nth(2).waitFor();
    await marks.nth(2).focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await selected(page)).selectedRelation).not.toBeNull();
    expect(between.map((r) => r.id)).toContain((await selected(page)).selectedRelation);
    await page.close();
  });

  test("lists what the filters hide, at any date, marked so", async () => {
    const page = await session.open("at=2026-03-01&pair=pakistan,afghan-taliban&hide-families=cooperative");
    await expect.poll(() => story(page).count()).toBe(between.length);
    const marked = await story(page).evaluateAll((items) => items.map((li) => [li.getAttribute("data-relation")!, li.getAttribute("data-standing")!]));
    const cooperative = between.filter((r) => familyOf.get(r.type) === "cooperative").map((r) => r.id);
    expect(cooperative.length, "the pair has cooperative relations, some not active then").toBeGreaterThan(1);
    expect(marked.filter(([, standing]) => standing === "filtered").map(([id]) => id).sort()).toEqual([...cooperative].sort());
    expect(await story(page).filter({ hasText: "Hidden by the filters (not active as of 1 Mar 2026)" }).count()).toBeGreaterThan(0);
    expect(await page.locator("fl-details [data-testid=story-summary]").textContent()).toContain(`${cooperative.length} hidden by the filters`);
    await page.close();
  });

  test("passes axe-core in light and dark", async () => {
    for (const theme of ["light", "dark"]) {
      const page = await session.open(`at=2026-03-01&pair=pakistan,afghan-taliban&theme=${theme}`);
      await page.locator("fl-details fl-story-lanes svg").waitFor();
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.locator("fl-details [data-testid=story-list]").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/pair-story-${theme}.png` });
      await page.close();
    }
  });
});

describe("choosing two actors", () => {
  test("from searching Pakistan to its story with the Afghan Taliban by keyboard", async () => {
    const page = await session.open("at=2026-03-01");
    await page.keyboard.press("/");
    await page.keyboard.type("Pakistan");
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await selected(page)).selectedActor).toBe("pakistan");
    // Tab on to "Story with…" in the details panel.
    let tabs = 0;
    while (!(await focused(page))?.text.startsWith("Story with") && tabs < 300) (await page.keyboard.press("Tab"), tabs++);
    expect(await focused(page)).toMatchObject({ tag: "summary", text: "Story with…" });
    await page.keyboard.press("Enter");
    // Its list opens (built once opened), then Tab reaches its first actor.
    await page.locator("fl-details [data-testid=story-with] button").first().waitFor();
    await page.keyboard.press("Tab");
    // The counterpart with the most relations comes first.
    expect((await focused(page))?.text).toMatch(/^Afghan Taliban \(\d+ relations\)$/);
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await selected(page)).selectedPair).toEqual(PAIR);
    // The focus follows to the story's heading.
    await expect.poll(async () => (await focused(page))?.text).toBe("Pakistan and Afghan Taliban");
    await expect.poll(() => story(page).count()).toBe(between.length);
    // And back to Pakistan.
    await page.locator("fl-details [part=back]").click();
    await expect.poll(async () => (await selected(page)).selectedActor).toBe("pakistan");
    await page.close();
  });

  test("by mouse, and Pakistan's own story lists all its relations oldest first", async () => {
    const page = await session.open("at=2026-03-01");
    await page.locator("fl-search input").click();
    await page.keyboard.type("Pakistan");
    await page.getByRole("option", { name: /^Pakistan/ }).first().click();
    await expect.poll(async () => (await selected(page)).selectedActor).toBe("pakistan");
    const own = relations.filter((r) => r.source === "pakistan" || r.target === "pakistan");
    await page.locator("fl-details [data-testid=own-story] summary").click();
    await expect.poll(() => story(page).count()).toBe(own.length);
    const starts = (await story(page).evaluateAll((items) => items.map((li) => li.getAttribute("data-relation")!))).map((id) => parsePeriod(byId.get(id)!.periods[0]).start?.first ?? -Infinity);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await page.locator("fl-details fl-story-lanes svg").waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.locator("fl-details [data-testid=own-story] fl-story-lanes").screenshot({ path: `${OUT}/actor-story-lanes.png` });

    await page.locator("fl-details [data-testid=story-with] summary").click();
    await page.locator("fl-details [data-testid=story-with] button", { hasText: "Afghan Taliban" }).click();
    await expect.poll(async () => (await selected(page)).selectedPair).toEqual(PAIR);
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/pair=pakistan%2Cafghan-taliban/);
    await page.close();
  });
});
