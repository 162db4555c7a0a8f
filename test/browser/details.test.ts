/**
 * fl-details in a real Chromium, on the bundled data sliced on 27 Feb 2026 by the app's engine:
 * the actor view (kind, aliases, exactly its relations in the slice as a plain reading of the
 * data finds them, counted per family), the relation view (direction, dates, confidence,
 * verbatim quotes with their sources, whether it is certainly, only possibly or not active then,
 * each period in words), an actor's kind and names over time, navigation by counterpart,
 * Back and Close, the ego control, markup in data shown as text, and axe-core in light and dark
 * themes.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import type { DataSet } from "../../src/model/types";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { eventsOf, ProblemLog, seriousAxeViolations, watchProblems } from "../support/page";
import { plainSlice } from "../support/plain-slice";
import { serveApp } from "../support/serve";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
/** Console errors of the pages a test opens, checked after each test. */
const problems = new ProblemLog();
watchProblems(() => problems);
const pages: Page[] = [];

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const data: DataSet = loaded.dataSet;
/** The relations active on the page's day, read plainly from the data. */
const inSlice = new Set(plainSlice(data, { at: parseDay("2026-02-27") }).relations);

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

afterEach(async () => {
  for (const page of pages.splice(0)) await page.close();
});

async function detailsPage(query = "", viewport = { width: 1280, height: 720 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  pages.push(page);
  problems.watch(page);
  await page.goto(`${app.url}test/pages/details.html${query}`);
  await page.locator("fl-details").waitFor();
  await page.waitForFunction(() => document.querySelector("fl-details")?.shadowRoot?.childElementCount);
  return page;
}

/**
 * Sets the selection the way the panel's parent does: in the app a click in the graph or a
 * search chooses what the panel shows, and this page stands in for both.
 */
const selectFromParent = (page: Page, selection: { actor?: string | null; relation?: string | null }) =>
  page.evaluate((s) => window.__select(s), selection);

const panel = (page: Page) => page.locator("fl-details");
/** The text the panel shows (its shadow root's), spacing collapsed. */
const panelText = (page: Page) => page.evaluate(() => document.querySelector("fl-details")!.shadowRoot!.textContent!.replace(/\s+/g, " "));
/** What a sighted reader sees of an element of the panel: its text without the screen-reader-only parts. */
const visibleText = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const copy = document.querySelector("fl-details")!.shadowRoot!.querySelector(sel)!.cloneNode(true) as Element;
    for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
    return copy.textContent!.replace(/\s+/g, " ").trim();
  }, selector);
const heading = (page: Page) => panel(page).getByRole("heading", { level: 2 });
const relationIdsShown = (page: Page) => panel(page).locator("button.relation").evaluateAll((els) => els.map((e) => e.getAttribute("data-relation")));
const focusedText = (page: Page) => page.evaluate(() => document.querySelector("fl-details")!.shadowRoot!.activeElement?.textContent?.trim() ?? null);

/** Each dated history the actor view lists (kind, then names), one entry a line. */
const histories = (page: Page) => panel(page).locator("ol.history").evaluateAll((lists) => lists.map((ol) => [...ol.querySelectorAll("li")].map((li) => li.textContent!.trim())));

const relationOf = (id: string) => {
  const r = data.relations.find((x) => x.id === id);
  if (!r) throw new Error(`no relation ${id} in the bundled data`);
  return r;
};

/** An actor's relations on the page's day, from the plain reading of the data. */
const relationsInSliceOf = (actor: string) => data.relations.filter((r) => (r.source === actor || r.target === actor) && inSlice.has(r.id));

/** Checks that the actor view lists exactly the actor's relations in the slice, with the counts it prints. */
async function expectActorRelations(page: Page, actor: string): Promise<void> {
  const expected = relationsInSliceOf(actor);
  await expect.poll(() => relationIdsShown(page).then((ids) => ids.sort())).toEqual(expected.map((r) => r.id).sort());
  expect(await panel(page).getByRole("heading", { level: 3 }).first().textContent()).toMatch(new RegExp(`^Relations as of 27 Feb 2026 \\(${expected.length}\\)$`));
  // One group per family, in taxonomy order, each saying how many rows it holds.
  const familyOf = new Map(data.taxonomy.types.map((t) => [t.id, t.family]));
  const perFamily = data.taxonomy.families
    .map((f) => ({ label: f.label, n: expected.filter((r) => familyOf.get(r.type) === f.id).length }))
    .filter((f) => f.n > 0)
    .map((f) => `${f.label} (${f.n})`);
  const groups = await panel(page).getByRole("heading", { level: 4 }).allTextContents();
  expect(groups.map((g) => g.replace(/\s+/g, " ").trim())).toEqual(perFamily);
}

describe("fl-details", () => {
  test("with nothing selected it says how to start", async () => {
    const page = await detailsPage();
    await expect.poll(() => panelText(page)).toContain("Click an actor or a relation, or search, to read its evidence.");
  });

  test("the actor view shows the kind, aliases, lifetime and exactly its relations in the slice, grouped by family", async () => {
    const page = await detailsPage("?actor=ttp");
    expect(await heading(page).textContent()).toBe("TTP");
    const text = await panelText(page);
    expect(text).toContain("Armed group");
    for (const alias of ["Pakistani Taliban", "Tehreek-e-Taliban Pakistan", "تحریک طالبان پاکستان"]) expect(text).toContain(alias);
    expect(text).toContain("since 2007");

    // Twelve of the TTP's 24 relations are active on 27 Feb 2026.
    expect(relationsInSliceOf("ttp").length).toBe(12);
    await expectActorRelations(page, "ttp");
    // Known facts of that day: the February 2026 air strikes are on, the 2022 talks are over.
    expect(await relationIdsShown(page)).toContain("pakistan-airstrikes-ttp-2026-02");
    expect(await relationIdsShown(page)).not.toContain("pakistan-ttp-negotiations-2022");

    // Direction in words, and the dates at their precision.
    const strike = panel(page).locator('button.relation[data-relation="pakistan-airstrikes-ttp-2026-02"]');
    expect(await strike.textContent()).toMatch(/Air or drone strike.*from Pakistan to TTP.*Feb–Mar 2026/s);
    const attacks = panel(page).locator('button.relation[data-relation="ttp-terrorist-attacks-pakistan"]');
    expect(await attacks.textContent()).toContain("2008–2011, 2014, c. 2021 – 31 Mar 2026");

    // Other actors, chosen as the graph would choose them, list their own relations of that day.
    for (const actor of ["iskp", "pakistan", "iran"]) {
      await selectFromParent(page, { actor });
      await expect.poll(() => heading(page).textContent()).toBe(data.actors.find((a) => a.id === actor)!.label);
      await expectActorRelations(page, actor);
    }
    // ISKP's split from the TTP (2014/2015) is not among its relations of that day.
    expect(relationsInSliceOf("iskp").map((r) => r.id)).not.toContain("iskp-split-from-ttp");
  });

  test("an actor with nothing in the slice says so", async () => {
    const page = await detailsPage("?actor=turkey");
    expect(await heading(page).textContent()).toBe("Turkey");
    // Turkey's two mediations ran in autumn 2025 and in March 2026, not in February.
    expect(relationsInSliceOf("turkey")).toEqual([]);
    expect(await panelText(page)).toContain("No relations active as of 27 Feb 2026.");
    expect(await panel(page).locator("button.relation").count()).toBe(0);
  });

  test("clicking a relation shows its verbatim quote and source; Back returns to the actor", async () => {
    const page = await detailsPage("?actor=ttp");
    const relation = relationOf("pakistan-airstrikes-ttp-2026-02");
    await panel(page).locator(`button.relation[data-relation="${relation.id}"]`).click();
    expect(await eventsOf(page)).toEqual([{ type: "relation-select", value: relation.id }]);
    expect(await heading(page).textContent()).toBe("Air or drone strike");
    expect(await focusedText(page)).toBe("Air or drone strike");
    const text = await panelText(page);
    expect(text).toContain("Hostile relation");
    expect(await visibleText(page, ".pair")).toBe("Pakistan → TTP (directed)");
    // Screen readers hear the direction in words, not the arrow.
    expect(text).toContain("Pakistan → to TTP");
    expect(text).toContain("Feb–Mar 2026");
    // Active on the day shown, so no "not active" note.
    expect(text).not.toContain("Not active");
    expect(await panel(page).locator(".confidence-level").textContent()).toBe("high");
    const quote = panel(page).locator("blockquote");
    expect(await quote.count()).toBe(relation.evidence.length);
    expect(await quote.first().textContent()).toBe("with the Pakistani Air Force striking TTP training camps as well as Taliban army units beginning in February 2026.");
    expect(await quote.first().getAttribute("dir")).toBe("auto");
    const caption = (await panel(page).locator("figcaption").first().textContent())!.replace(/\s+/g, " ");
    expect(caption).toContain("Afghanistan-Pakistan: The Overlooked War at the Margins of the Middle East Conflict");
    expect(caption).toContain("Isabelle Saint-Mézard");
    expect(caption).toContain("31 Mar 2026");
    expect(caption).toContain("¶22");

    await panel(page).getByRole("button", { name: "Back to TTP" }).click();
    expect((await eventsOf(page)).at(-1)).toEqual({ type: "relation-select", value: null });
    expect(await heading(page).textContent()).toBe("TTP");
    expect(await focusedText(page)).toBe("TTP");
    await expectActorRelations(page, "ttp");
  });

  test("a relation with several quotes, periods and an undated source shows them all", async () => {
    const page = await detailsPage("?relation=pakistan-afghan-taliban-historical-ties");
    const relation = relationOf("pakistan-afghan-taliban-historical-ties");
    const quotes = await panel(page).locator("blockquote").allTextContents();
    expect(quotes).toEqual(relation.evidence.map((e) => e.quote));
    const captions = await panel(page).locator("figcaption").allTextContents();
    expect(captions[1]).toContain("¶20");
    const text = await panelText(page);
    // An open start in words: it is not known when it began.
    expect(text).toContain("start unknown, no later than 2022");
    // Ended before the slice: the panel says so rather than hiding it.
    expect(inSlice.has(relation.id)).toBe(false);
    expect(text).toContain("Not active on 27 Feb 2026: its dates rule it out.");
    // Close ties are mutual: no arrow, and said in words.
    expect(await visibleText(page, ".pair")).toBe("Pakistan — Afghan Taliban (mutual)");
    // No actor behind it: no Back button.
    expect(await panel(page).getByRole("button", { name: /^Back to/ }).count()).toBe(0);

    // Relations chosen as a click on an edge of the graph would choose them.
    // A quote from the undated source.
    await selectFromParent(page, { relation: "afghan-taliban-iran-rapprochement" });
    await expect.poll(() => panel(page).locator("figcaption").allTextContents()).toContainEqual(expect.stringContaining("From Kabul to Tehran"));
    expect((await panel(page).locator("figcaption").allTextContents()).some((c) => c.includes("From Kabul to Tehran") && c.includes("¶5"))).toBe(true);
    await selectFromParent(page, { relation: "iskp-split-from-ttp" });
    await expect.poll(() => heading(page).textContent()).toBe("Split from");
    expect(await panelText(page)).toContain("sometime in 2014–2015");
    await selectFromParent(page, { relation: "ttp-terrorist-attacks-pakistan" });
    await expect.poll(() => panel(page).locator(".periods li").allTextContents()).toEqual(["2008–2011", "sometime in 2014", "c. 2021 – 31 Mar 2026"]);
    expect(inSlice.has("ttp-terrorist-attacks-pakistan")).toBe(true);
    expect(await panelText(page)).not.toContain("Not active");
  });

  test("a relation only possible on the day says so in words, first; a certain one and one not active then say so too", async () => {
    // An armed group that became a state in Aug 2021 and took a new name (test/pages/details.ts).
    const page = await detailsPage("?extra=time&actor=northern-front");
    // Its name and kind on the day shown, then its history.
    expect(await heading(page).textContent()).toBe("Northern Republic");
    expect(await visibleText(page, ".kind")).toBe("State as of 27 Feb 2026");
    expect(await panel(page).locator("dt").allTextContents()).toEqual(["Kind over time", "Names over time", "Active"]);
    expect(await histories(page)).toEqual([
      ["Armed group", "State from Aug 2021 — took the capital"],
      ["Northern Front", "Northern Republic from Aug 2021 — took the capital"],
    ]);
    expect(await panel(page).locator("dd").last().textContent()).toBe("since 1994");

    // Its rows: the strike of "2026-02" and the clashes of unknown start are only possibly active
    // on 27 Feb 2026, and their rows say so; the rivalry since 2015 is certain; the 2019 talks are over.
    expect((await relationIdsShown(page)).sort()).toEqual(["front-border-clashes", "front-pakistan-rivalry", "front-strikes-2026-02"]);
    const row = (id: string) => panel(page).locator(`button.relation[data-relation="${id}"]`);
    for (const id of ["front-strikes-2026-02", "front-border-clashes"]) {
      expect(await row(id).locator(".possibly").textContent()).toBe("possibly active");
      expect(await row(id).locator(".possibly").isVisible()).toBe(true);
    }
    expect(await row("front-pakistan-rivalry").textContent()).not.toContain("possibly");
    // The accessible name a screen reader says for the row carries it too.
    expect(await panel(page).getByRole("button", { name: /^Air or drone strike\s*, from Northern Republic to Pakistan,\s*Feb 2026\s*,\s*possibly active\s*,\s*medium confidence$/ }).count()).toBe(1);

    // Click it, as a person would: the verdict comes before the dates, in words.
    await row("front-strikes-2026-02").click();
    await expect.poll(() => heading(page).textContent()).toBe("Air or drone strike");
    const standing = panel(page).locator(".standing");
    expect(await visibleText(page, ".standing")).toBe("Possibly active on 27 Feb 2026: its dates allow it, none says it.");
    expect(await standing.locator(".verdict").textContent()).toBe("Possibly active");
    expect(await standing.getAttribute("data-standing")).toBe("possible");
    // Drawn apart as well as said: a dashed frame, where a certain relation's is solid.
    expect(await standing.evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe("dashed");
    expect(await panel(page).locator(".period").allTextContents()).toEqual(["sometime in Feb 2026"]);
    // It comes before the dates and the evidence in reading order.
    const order = await page.evaluate(() => {
      const root = document.querySelector("fl-details")!.shadowRoot!;
      const [standingEl, facts] = [root.querySelector(".standing")!, root.querySelector(".facts")!];
      return standingEl.compareDocumentPosition(facts) & Node.DOCUMENT_POSITION_FOLLOWING;
    });
    expect(order).toBeTruthy();
    await page.screenshot({ path: "test-results/details/details-relation-possible.png" });

    await panel(page).getByRole("button", { name: "Back to Northern Republic" }).click();
    await row("front-border-clashes").click();
    await expect.poll(() => heading(page).textContent()).toBe("Armed clash");
    // Its start is not known, but the Front did not exist before 1994.
    expect(await panel(page).locator(".period").allTextContents()).toEqual(["start unknown, not before 1994, no later than Mar 2026"]);
    expect(await visibleText(page, ".standing")).toBe("Possibly active on 27 Feb 2026: its dates allow it, none says it.");

    await panel(page).getByRole("button", { name: "Back to Northern Republic" }).click();
    await row("front-pakistan-rivalry").click();
    await expect.poll(() => heading(page).textContent()).toBe("Rivalry");
    expect(await visibleText(page, ".standing")).toBe("Certainly active on 27 Feb 2026.");
    expect(await panel(page).locator(".standing").evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe("solid");
    expect(await panel(page).locator(".period").allTextContents()).toEqual(["since 2015"]);

    // One that ended long before, chosen as a click in the graph would choose it.
    await selectFromParent(page, { actor: null, relation: "front-talks-2019" });
    await expect.poll(() => heading(page).textContent()).toBe("Negotiation");
    expect(await visibleText(page, ".standing")).toBe("Not active on 27 Feb 2026: its dates rule it out.");
    expect(await panel(page).locator(".period").allTextContents()).toEqual(["May–Aug 2019"]);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("before the change, the actor shows its first kind and name; the changes stay listed", async () => {
    const page = await detailsPage("?extra=time&actor=northern-front&at=2019-06-15");
    expect(await heading(page).textContent()).toBe("Northern Front");
    expect(await visibleText(page, ".kind")).toBe("Armed group as of 15 Jun 2019");
    expect((await histories(page))[0]).toEqual(["Armed group", "State from Aug 2021 — took the capital"]);
    // In June 2019 the talks were on, certainly: "2019-05/2019-08" holds every day from 31 May to 1 Aug.
    await panel(page).locator('button.relation[data-relation="front-talks-2019"]').click();
    await expect.poll(() => visibleText(page, ".standing")).toBe("Certainly active on 15 Jun 2019.");
    await panel(page).getByRole("button", { name: "Back to Northern Front" }).click();
    await page.screenshot({ path: "test-results/details/details-actor-changes.png" });
  });

  test("clicking a counterpart or a party switches the actor", async () => {
    const page = await detailsPage("?actor=iskp");
    await panel(page).locator("button.link", { hasText: "Islamic State" }).filter({ hasNotText: "Khorasan" }).click();
    expect(await eventsOf(page)).toEqual([{ type: "actor-select", value: "islamic-state" }]);
    expect(await heading(page).textContent()).toBe("Islamic State");
    expect(await focusedText(page)).toBe("Islamic State");
    await expectActorRelations(page, "islamic-state");

    // A relation not in the slice cannot be reached from an actor's list; the graph's parent can show it.
    await selectFromParent(page, { actor: null, relation: "iskp-split-from-ttp" });
    await panel(page).getByRole("button", { name: "TTP" }).click();
    expect((await eventsOf(page)).at(-1)).toEqual({ type: "actor-select", value: "ttp" });
    expect(await heading(page).textContent()).toBe("TTP");
  });

  test("works from the keyboard: Tab reaches the rows, Enter opens one, focus follows to its heading", async () => {
    const page = await detailsPage("?actor=iskp");
    await panel(page).getByRole("button", { name: "Close" }).focus();
    // Close, the three depths, "Story with…", then the first relation row.
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => document.querySelector("fl-details")!.shadowRoot!.activeElement?.getAttribute("data-relation"));
    expect(focused).toBe("afghan-taliban-iskp-fighting");
    await page.keyboard.press("Enter");
    expect(await eventsOf(page)).toEqual([{ type: "relation-select", value: "afghan-taliban-iskp-fighting" }]);
    expect(await heading(page).textContent()).toBe("Armed clash");
    expect(await focusedText(page)).toBe("Armed clash");
  });

  test("the relation wins when both are set; Close clears both", async () => {
    const page = await detailsPage("?actor=pakistan&relation=india-pakistan-rivalry");
    expect(await heading(page).textContent()).toBe("Hostility");
    expect(await panelText(page)).toContain("(mutual)");
    await panel(page).getByRole("button", { name: "Close" }).click();
    expect(await eventsOf(page)).toEqual([
      { type: "relation-select", value: null },
      { type: "actor-select", value: null },
    ]);
    expect(await panelText(page)).toContain("Click an actor or a relation");
    expect(await page.getByTestId("state").textContent()).toBe("actor: none; relation: none; ego: none");
  });

  test("the ego control asks for the actor's network and for everything again", async () => {
    const page = await detailsPage("?actor=iran");
    const group = panel(page).getByRole("group", { name: "Show only its network" });
    expect(await group.getByRole("button", { name: "Show everything" }).count()).toBe(0);
    await group.getByRole("button", { name: "2 hops" }).click();
    expect(await eventsOf(page)).toEqual([{ type: "ego-change", value: { actor: "iran", depth: 2 } }]);
    expect(await group.getByRole("button", { name: "2 hops" }).getAttribute("aria-pressed")).toBe("true");
    expect(await group.getByRole("button", { name: "1 hop", exact: true }).getAttribute("aria-pressed")).toBe("false");
    expect(await page.getByTestId("state").textContent()).toBe("actor: iran; relation: none; ego: iran 2");
    await group.getByRole("button", { name: "Show everything" }).click();
    expect((await eventsOf(page)).at(-1)).toEqual({ type: "ego-change", value: null });
    expect(await group.getByRole("button", { name: "Show everything" }).count()).toBe(0);
    expect(await group.getByRole("button", { name: "2 hops" }).getAttribute("aria-pressed")).toBe("false");
  });

  test("markup in a label, description, quote or note is shown as text and runs nothing", async () => {
    const page = await detailsPage("?xss=1&actor=xss-actor");
    const markup = "<img src=x onerror=window.__pwned=1>";
    expect(await heading(page).textContent()).toBe(`Evil ${markup}`);
    expect(await panelText(page)).toContain(`Described as ${markup}`);
    expect(await panelText(page)).toContain(`alias ${markup}`);
    await panel(page).locator('button.relation[data-relation="xss-relation"]').click();
    expect(await panel(page).locator("blockquote").textContent()).toBe(`Quoted ${markup}`);
    expect(await panelText(page)).toContain(`Noted ${markup}`);
    expect(await panel(page).locator("figcaption").textContent()).toContain(`¶${markup}`);
    expect(await page.evaluate(() => document.querySelector("fl-details")!.shadowRoot!.querySelectorAll("img").length)).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test("the panel scrolls inside its sidebar, not the page", async () => {
    const page = await detailsPage("?actor=pakistan");
    const sizes = await page.evaluate(() => {
      const el = document.querySelector("fl-details")!;
      return { scroll: el.scrollHeight, client: el.clientHeight, page: document.documentElement.scrollHeight, viewport: innerHeight };
    });
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(sizes.page).toBeLessThanOrEqual(sizes.viewport);
  });

  for (const theme of ["light", "dark"] as const)
    test(`axe-core finds no serious problem in either view, ${theme} theme; screenshots`, async () => {
      const page = await detailsPage(`?theme=${theme}&actor=pakistan`);
      await page.screenshot({ path: `test-results/details/details-actor-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await panel(page).getByRole("button", { name: "1 hop" }).click();
      await panel(page).locator('button.relation[data-relation="pakistan-afghan-taliban-war"]').click();
      await expect.poll(() => heading(page).textContent()).not.toBe("Pakistan");
      await page.screenshot({ path: `test-results/details/details-relation-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await panel(page).getByRole("button", { name: "Close" }).click();
      await expect.poll(() => panelText(page)).toContain("Click an actor or a relation");
      await page.screenshot({ path: `test-results/details/details-empty-${theme}.png` });
      expect(await seriousAxeViolations(page)).toEqual([]);
    });

  test("at 1920×1080 the actor view with the ego view on reads well", async () => {
    const page = await detailsPage("?actor=afghan-taliban", { width: 1920, height: 1080 });
    await panel(page).getByRole("button", { name: "3 hops" }).click();
    await page.screenshot({ path: "test-results/details/details-actor-1920.png" });
    expect(await panel(page).getByRole("button", { name: "Show everything" }).isVisible()).toBe(true);
    expect(await panel(page).getByRole("button", { name: "3 hops" }).getAttribute("aria-pressed")).toBe("true");
  });
});
