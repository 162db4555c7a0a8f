/**
 * Allies and enemies in the explorer, as a person meets them: the balance line under the
 * timeline says the balance on the date and where it started, and a click on it moves the date
 * to a month's end; the Alignments panel reads the balance and its triads as the signed model
 * counts them on the bundled data; an unbalanced triad (in a small CSV file with two camps and a
 * broker between them) highlights on the graph and ends with Escape or Clear; colouring by camp
 * draws actors of two camps in two camp colours, from the panel's switch and from a link.
 * Expectations come from the model run in Node on the same files, not from the page. Screenshots
 * go to test-results/alignment/.
 */
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { campColour, CAMP_COLOURS } from "../../src/look/camp-palette";
import { CANVAS, kindColour } from "../../src/look/palette";
import { structuralBalance } from "../../src/model/balance";
import { camps } from "../../src/model/camps";
import { parseDay } from "../../src/model/dates";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { signedPairs } from "../../src/model/signed-pairs";
import { readBundledData } from "../support/data";
import { drawn, type Drawn } from "../support/drawn";
import { explorerSession } from "../support/explorer-session";
import { seriousAxeViolations } from "../support/page";

const OUT = "test-results/alignment";
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data does not load");
const index = new RelationIndex(loaded.dataSet);
const ON = parseDay("2026-03-01");
const graph = signedPairs(index, applyFilters(index, [{ type: "asOf", day: ON }, { type: "hideIsolated", keep: [] }]));
const balance = structuralBalance(graph);
const split = camps(graph);
const campOf = (id: string) => split.campOf[index.actorIds.indexOf(id)];

const session = explorerSession();
const panel = (page: Page) => page.locator("fl-alignment");
const line = (page: Page) => page.locator("fl-balance-line").getByTestId("balance-line");
const actor = (d: Drawn, id: string) => d.actors.find((a) => a.id === id)!;
const CAMP_SET = (theme: "light" | "dark") => new Set(Array.from({ length: CAMP_COLOURS }, (_, i) => campColour(i, theme)));
const query = (page: Page, key: string) => new URL(page.url()).searchParams.get(key);
/** Waits for what the page shows: the series is made in a worker and the charts load Plot first. */
const poll = <T>(read: () => Promise<T> | T, message?: string) => expect.poll(read, { timeout: 20_000, ...(message ? { message } : {}) });

describe("on the bundled data, 1 Mar 2026", () => {
  test("the balance line appears under the timeline, named by the balance on the date and where the series starts", async () => {
    expect([balance.ratio, balance.balanced, balance.unbalanced], "the model's balance on the date").toEqual([1, 1, 0]);
    const page = await session.open("at=2026-03-01");
    await line(page).waitFor({ timeout: 30_000 });
    expect(await line(page).getAttribute("aria-label")).toMatch(/^Balance 1\.00 on 1 Mar 2026, from 1\.00 in [A-Z][a-z]{2} \d{4}.*\(monthly steps\)$/);
    expect(await page.locator("fl-balance-line").getByRole("img", { name: /^Balance 1\.00 on 1 Mar 2026/ }).count(), "its accessible name").toBe(1);
    await poll(() => line(page).locator("svg path").count(), "the line is drawn").toBeGreaterThan(0);
    await page.screenshot({ path: `${OUT}/1-balance-line.png` });

    // A click on the line moves the date to the end of the month under the pointer.
    const box = (await line(page).boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await poll(() => query(page, "at")).not.toBe("2026-03-01");
    const at = parseDay(query(page, "at")!);
    expect(new Date((at + 1) * 86_400_000).getUTCDate(), "a month's last day").toBe(1);
    expect(at).toBeLessThan(ON);
  });

  test("the Alignments panel reads the balance, the triads, the pairs left out, and the camps", async () => {
    const page = await session.open("at=2026-03-01");
    await panel(page).getByRole("heading", { name: "Alignments" }).waitFor();
    expect(await panel(page).getByTestId("balance-ratio").textContent()).toMatch(/Balance\s+1\.00\s+on 1 Mar 2026/);
    const text = (await panel(page).locator("section").first().textContent())!.replace(/\s+/g, " ");
    expect(text).toContain("1 triad balanced, 0 triads unbalanced (of 1).");
    expect(text).toContain(`${graph.possibleOnlyPairs} pairs related only by relations possibly active then left out`);
    expect(text).toContain("Unbalanced triads (0)");
    // Every camp the model finds is listed, with its members as buttons.
    expect(await panel(page).locator(".camps li").count()).toBe(split.labels.length);
    await panel(page).getByRole("button", { name: "Pakistan", exact: true }).waitFor();
    await poll(() => panel(page).getByTestId("camp-chart").locator("svg").count()).toBe(1);
    expect((await seriousAxeViolations(page)).join("\n")).toBe("");
  });

  test("Colour actors by camp draws actors of two camps in two camp colours, and the legend shows camps", async () => {
    expect(campOf("pakistan"), "the model puts Pakistan and the Afghan Taliban in two camps").not.toBe(campOf("afghan-taliban"));
    expect(Math.min(campOf("pakistan"), campOf("afghan-taliban"))).toBeGreaterThanOrEqual(0);
    const page = await session.open("at=2026-03-01");
    const before = await drawn(page);
    expect(actor(before, "pakistan").color).toBe(kindColour("state", "light"));
    await panel(page).getByLabel("Colour actors by camp").check();
    await poll(() => query(page, "colour")).toBe("camps");
    await poll(async () => CAMP_SET("light").has(actor(await drawn(page), "pakistan").color)).toBe(true);
    const after = await drawn(page);
    expect(CAMP_SET("light").has(actor(after, "afghan-taliban").color)).toBe(true);
    expect(actor(after, "pakistan").color).not.toBe(actor(after, "afghan-taliban").color);
    expect(await page.locator("fl-legend").getByTestId("camp-legend").getByRole("heading", { name: "Camps" }).count()).toBe(1);
    await page.screenshot({ path: `${OUT}/2-camps.png` });
    await panel(page).getByLabel("Colour actors by camp").uncheck();
    await poll(async () => actor(await drawn(page), "pakistan").color).toBe(kindColour("state", "light"));
  });

  test("a link with colour=camps opens with actors coloured by camp, in the dark theme too", async () => {
    const page = await session.open("at=2026-03-01&colour=camps&theme=dark");
    await poll(async () => CAMP_SET("dark").has(actor(await drawn(page), "pakistan").color)).toBe(true);
    const d = await drawn(page);
    expect(actor(d, "pakistan").color).not.toBe(actor(d, "afghan-taliban").color);
    expect(await panel(page).getByLabel("Colour actors by camp").isChecked()).toBe(true);
    await page.screenshot({ path: `${OUT}/3-camps-dark.png` });
    expect((await seriousAxeViolations(page)).join("\n")).toBe("");
  });
});

describe("an unbalanced triad, in a file with two camps and a broker", () => {
  // Red and Rose against Blue and Navy; from 2022 Broker backs both Red and Blue.
  const FILE = "data=/test/fixtures/alignment/two-camps.csv&at=2024-06-01";
  const TRIAD = ["Red", "Blue", "Broker"];
  const idOf = (d: Drawn, label: string) => d.actors.find((a) => a.label === label)!.id;

  test("is listed in words; its button highlights it on the graph; Escape and Clear end the highlight", async () => {
    const page = await session.open(FILE);
    const button = panel(page).getByRole("button", { name: "Red and Blue hostile, both friendly with Broker" });
    await button.waitFor({ timeout: 30_000 });
    expect(await panel(page).getByTestId("balance-ratio").textContent()).toMatch(/Balance\s+0\.80\s+on 1 Jun 2024/);
    const plain = await drawn(page);
    const ids = TRIAD.map((label) => idOf(plain, label));
    const [rose, navy] = [idOf(plain, "Rose"), idOf(plain, "Navy")];

    await button.click();
    expect(await button.getAttribute("aria-pressed")).toBe("true");
    await poll(async () => actor(await drawn(page), rose).color).toBe(CANVAS.light.faded);
    const lit = await drawn(page);
    expect(actor(lit, navy).color).toBe(CANVAS.light.faded);
    for (const id of ids) {
      expect(actor(lit, id).color, id).toBe(actor(plain, id).color);
      expect(actor(lit, id).radius, id).toBeGreaterThan(actor(plain, id).radius);
    }
    // Relations among the three stand out, thicker; the rest fade.
    const inTriad = (d: Drawn) => d.relations.filter((r) => r.color !== CANVAS.light.fadedEdge);
    // Red–Blue, Broker–Red and Broker–Blue: one relation each in the file.
    expect(inTriad(lit)).toHaveLength(3);
    for (const r of inTriad(lit)) expect(r.size).toBeGreaterThan(plain.relations.find((p) => p.id === r.id)!.size);
    await poll(() => query(page, "triad")?.split(",").sort()).toEqual([...ids].sort());
    await page.screenshot({ path: `${OUT}/4-triad.png` });
    expect((await seriousAxeViolations(page)).join("\n")).toBe("");

    // Escape, with the focus on the button, ends it.
    await button.focus();
    await page.keyboard.press("Escape");
    await poll(async () => actor(await drawn(page), rose).color).toBe(actor(plain, rose).color);
    await poll(() => query(page, "triad")).toBeNull();

    await button.click();
    await poll(async () => actor(await drawn(page), rose).color).toBe(CANVAS.light.faded);
    await panel(page).getByRole("button", { name: "Clear" }).click();
    await poll(async () => actor(await drawn(page), rose).color).toBe(actor(plain, rose).color);
  });
});
