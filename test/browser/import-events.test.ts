/**
 * Event data (ACLED) into the explorer, in a real Chromium, the way a person brings it in: the
 * Import… dialog's choice of adding the file to the data set on screen, the report's actor
 * matches and mapping table, a category left out and the file imported again, the data set
 * opened with its actors where they were, and an event's quote found with its date and deaths in
 * the details panel; a long relation's evidence put in the page a page at a time; and a large
 * export cancelled while it streams, leaving the data set on screen as it was.
 *
 * On the component page (test/pages/import-dialog.html) the event report is set as the app
 * would set it, to check the form itself: the gap's bounds and rule, and what "Import again"
 * sends. Screenshots go to test-results/import-events/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { exportJsonText } from "../../src/export/json";
import { importEvents } from "../../src/import/events/event-import";
import { parsePeriod } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { selectSubset } from "../../src/model/subset";
import type { ImportStatus } from "../../src/ui/import-dialog/import-status";
import { readBundledData } from "../support/data";
import { freshPages } from "../support/fresh-pages";
import type { ImportTestWindow } from "../pages/import-dialog";

const SHOTS = resolve("test-results/import-events");
mkdirSync(SHOTS, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const bundled = loaded.dataSet;

const ACLED = { name: "app-acled.csv", mimeType: "text/csv", buffer: readFileSync("test/fixtures/import/events/app-acled.csv") };

const pages = freshPages();
let page: Page;

const dialog = (): Locator => page.getByRole("dialog", { name: "Data sets" });
const button = (name: string | RegExp): Locator => dialog().getByRole("button", { name, exact: true });
const fileInput = (): Locator => dialog().getByLabel("Choose files to import");
const reportTitle = () => dialog().locator("#report-title").textContent();
const dialogText = (): Promise<string> => page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.querySelector("dialog")!.textContent!.replace(/\s+/g, " "));
const details = (): Locator => page.locator("fl-details");
const detailsText = (): Promise<string> => details().evaluate((el) => el.shadowRoot!.textContent!.replace(/\s+/g, " "));
const dataName = () => page.getByTestId("data-name").textContent();
const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });

interface Inspected {
  dataSet: { id: string; name: string; actors: number; relations: number } | null;
  position: Record<string, { x: number; y: number } | undefined>;
}
/** What the explorer shows, read through its read-only automation hooks: the data set and where some actors are. */
const inspect = (actors: readonly string[]): Promise<Inspected> =>
  page.evaluate((ids) => {
    const app = document.querySelector("faultlines-app") as unknown as { automation: { inspect(): { dataSet: Inspected["dataSet"]; actorPosition(id: string): { x: number; y: number } | undefined } } };
    const seen = app.automation.inspect();
    return { dataSet: seen.dataSet, position: Object.fromEntries(ids.map((id) => [id, seen.actorPosition(id)])) };
  }, actors);

async function openApp(query = ""): Promise<void> {
  page = await pages.open({ width: 1280, height: 860 });
  await page.goto(`${pages.url}${query}`);
  await page.getByTestId("status").waitFor({ timeout: 30_000 });
}

async function showDialog(): Promise<void> {
  await page.getByRole("button", { name: "Import…" }).click();
  await dialog().waitFor();
}

/** An ACLED export of `rows` events, about 600 bytes each as in ACLED's own (60 MB for 100,000), written to disk: streaming it takes long enough to cancel. */
function largeAcled(rows: number): string {
  const [header, ...lines] = ACLED.buffer.toString("utf8").trim().split("\n");
  const more = " Local sources gave further details of the incident, which could not be confirmed independently.".repeat(3);
  const out = [header];
  for (let i = 0; i < rows; i++) out.push(lines[i % lines.length].replace(/^PAK\d+/, `PAK${100_000 + i}`).replace(/\.",(\d+),,/, `.${more}",$1,,`));
  const path = join(tmpdir(), `faultlines-acled-${process.pid}.csv`);
  writeFileSync(path, out.join("\n"));
  return path;
}

describe("an ACLED export, in the app", () => {
  test("added to the bundled data set: actors matched, the mapping changed and read again, opened where its actors were, an event's quote dated", async () => {
    await openApp();
    const before = await inspect(["pakistan", "ttp"]);
    await showDialog();
    const into = dialog().getByRole("radio", { name: `Add to ${before.dataSet!.name}` });
    expect(await dialog().getByRole("radio", { name: "Open as a new data set" }).isChecked()).toBe(true);
    await into.check();
    await fileInput().setInputFiles([ACLED]);
    await expect.poll(reportTitle, { timeout: 60_000 }).toBe("Report on app-acled.csv");

    // The actors: the TTP and Pakistan are the data set's own, under ACLED's names for them.
    const matches = dialog().getByTestId("actor-matches");
    await matches.locator("summary").click();
    const matched = (await matches.locator("li").allTextContents()).map((t) => t.replace(/\s+/g, " ").trim());
    expect(matched.find((l) => l.startsWith("TTP: Tehrik-i-Taliban Pakistan → TTP "))).toMatch(/matched by/);
    expect(matched.find((l) => l.startsWith("Military Forces of Pakistan (2024-) → Pakistan "))).toMatch(/matched by/);
    expect(matched.find((l) => l.startsWith("Unidentified Armed Group (Pakistan) → "))).toMatch(/created/);

    // The mapping: each category of the file, with its count, its type, its direction and why.
    const table = dialog().locator("table.mapping-table");
    const rowOf = (category: string) => table.locator("tbody tr", { has: page.getByText(category, { exact: true }) });
    for (const [category, events] of [["Battles: Armed clash", "4"], ["Explosions/Remote violence: Air/drone strike", "2"], ["Violence against civilians: Attack", "2"]] as const) {
      await expect.poll(() => rowOf(category).locator("td.number").textContent()).toBe(events);
      expect(await rowOf(category).locator("td.direction").textContent()).toMatch(/^(A → B|A — B|–)$/);
    }
    expect(await dialogText()).toContain("Events of one kind between one pair at most 30 days apart become one period.");
    const clashType = await rowOf("Battles: Armed clash").locator("select option:checked").textContent();
    await shot("acled-report");

    // Leave the attacks on civilians out, and read the file again.
    await rowOf("Violence against civilians: Attack").locator("select").selectOption({ label: "Leave out" });
    await button("Import again").click();
    await expect.poll(async () => (await rowOf("Violence against civilians: Attack").locator("select option:checked").textContent())?.trim(), { timeout: 60_000 }).toBe("Leave out");
    expect(await rowOf("Violence against civilians: Attack").locator("td.why").textContent()).toMatch(/user/);
    await shot("acled-report-again");

    await button("Open data set").click();
    await dialog().waitFor({ state: "hidden" });
    await expect.poll(dataName, { timeout: 30_000 }).toBe(`${before.dataSet!.name} + app-acled`);
    const after = await inspect(["pakistan", "ttp"]);
    expect(after.position).toEqual(before.position);
    // What the event importer makes of the file in Node, with the same answer, is what is on screen.
    const expected = importEvents(ACLED.buffer.toString("utf8"), ACLED.name, bundled.taxonomy, { into: bundled, mapping: { "Violence against civilians: Attack": "" } });
    if (!expected.ok) throw new Error("the ACLED fixture does not import in Node");
    expect(after.dataSet!.actors).toBeGreaterThan(before.dataSet!.actors);

    // An event's words, with its day and deaths, on the relation it became: open TTP on 10 Mar 2025, as a link would.
    const url = new URL(page.url());
    url.searchParams.set("at", "2025-03-10");
    url.searchParams.set("actor", "ttp");
    await page.goto(url.toString());
    await page.getByTestId("status").waitFor({ timeout: 30_000 });
    await details().locator("button.relation", { hasText: clashType!.trim() }).filter({ hasText: "Pakistan" }).first().click();
    await expect.poll(detailsText).toContain("security forces clashed with TTP militants near Miran Shah");
    const text = await detailsText();
    expect(text).toContain("4 Mar 2025 · 3 deaths");
    expect(text).toContain("18 Mar 2025 · 2 deaths");
    expect(text).toMatch(/Deaths ?6 deaths, in all 3 pieces of evidence/);
    // Left out: the attacks on civilians gave no relation, and their actor was not made.
    expect(after.dataSet!.relations).toBe(expected.dataSet.relations.length);
    expect(after.dataSet!.actors).toBe(expected.dataSet.actors.length);
    expect(expected.dataSet.actors.some((a) => a.id === "civilians-pakistan")).toBe(false);
    await shot("acled-evidence");
  });

  test("a large export cancelled while it streams leaves the data set on screen as it was", async () => {
    const path = largeAcled(100_000);
    await openApp();
    const before = await inspect(["pakistan", "ttp"]);
    await showDialog();
    await dialog().getByRole("radio", { name: `Add to ${before.dataSet!.name}` }).check();
    await fileInput().setInputFiles(path);
    // Streaming: the one phase says the bytes and the rows read so far.
    await expect.poll(() => dialog().locator("#import-progress-label").textContent(), { timeout: 30_000 }).toMatch(/^Reading events… [\d.]+ of [\d.]+ MB · [\d,]+ rows?$/);
    await shot("acled-streaming");
    await button("Cancel import").click();
    await expect.poll(() => dialog().locator("#import-progress-label").count()).toBe(0);
    expect(await dialog().locator("#report-title").count()).toBe(0);
    await dialog().getByRole("button", { name: "Close", exact: true }).click();
    expect(await inspect(["pakistan", "ttp"])).toEqual(before);
    expect(await dataName()).toBe(before.dataSet!.name);
  });
});

describe("evidence with dates and deaths, in the app", () => {
  test("each piece says its date at its precision and its deaths, the relation its total, and a long list comes a page at a time", async () => {
    // The bundled data set with 150 dated events on one relation, as a JSON export: what an event import makes, read by another importer.
    const relation = bundled.relations.find((r) => r.id === "pakistan-airstrikes-ttp-2026-02")!;
    const dates = ["2025-03-04", "2025-03", "[2025-03-03..2025-03-09]"];
    const evidence = Array.from({ length: 150 }, (_, i) => ({ source: relation.evidence[0].source, quote: `Event ${i + 1} near the border.`, date: parsePeriod(dates[i % 3]), fatalities: i % 4 }));
    const dataSet = { ...bundled, relations: bundled.relations.map((r) => (r === relation ? { ...r, evidence } : r)) };
    const json = exportJsonText(selectSubset(new RelationIndex(dataSet), []), bundled.taxonomy);
    await openApp();
    await showDialog();
    await fileInput().setInputFiles([{ name: "dated.json", mimeType: "application/json", buffer: Buffer.from(json) }]);
    await button("Open data set").click({ timeout: 60_000 });
    await dialog().waitFor({ state: "hidden" });
    const url = new URL(page.url());
    url.searchParams.set("relation", relation.id);
    await page.goto(url.toString());
    await expect.poll(detailsText, { timeout: 30_000 }).toContain("Event 1 near the border.");

    const figures = details().locator("figure.evidence");
    expect(await figures.count()).toBe(20);
    expect((await figures.nth(0).locator(".evidence-when").textContent())?.replace(/\s+/g, " ").trim()).toBe("4 Mar 2025 · no deaths");
    expect((await figures.nth(1).locator(".evidence-when").textContent())?.replace(/\s+/g, " ").trim()).toBe("Mar 2025 · 1 death");
    expect((await figures.nth(2).locator(".evidence-when").textContent())?.replace(/\s+/g, " ").trim()).toBe("one day in 3–9 Mar 2025 · 2 deaths");
    const total = evidence.reduce((n, e) => n + e.fatalities, 0);
    expect(await details().getByTestId("relation-deaths").textContent()).toBe(`${total} deaths, in all 150 pieces of evidence`);
    expect(await detailsText()).toContain("20 of 150 shown.");
    await details().getByRole("button", { name: "Show 100 more" }).click();
    await expect.poll(() => figures.count()).toBe(120);
    await details().getByRole("button", { name: "Show the other 30" }).click();
    await expect.poll(() => figures.count()).toBe(150);
    expect(await details().getByRole("button", { name: /^Show / }).count()).toBe(0);
    await shot("evidence-paged");
  });
});

describe("the event report, on the component page", () => {
  const status: ImportStatus = {
    kind: "report",
    ok: true,
    format: "acled",
    unknownTypes: [],
    mapping: {},
    report: { file: "acled.csv", counts: { events: 612 }, diagnostics: [] },
    events: {
      gapDays: 30,
      answers: {},
      rows: [
        { category: "Battles: Armed clash", events: 412, type: bundled.taxonomy.types[0].id, directed: false, why: "CAMEO 190 (use conventional military force)", byUser: false },
        { category: "Violence against civilians: Attack", events: 200, type: "", directed: false, why: "no relation between two armed actors", byUser: false },
      ],
    },
  };

  test("the gap keeps to 0–3650 days and says its rule; Import again sends the changed answers and the gap", async () => {
    page = await pages.open({ width: 1280, height: 860 });
    await page.goto(`${pages.url}test/pages/import-dialog.html`);
    await page.getByRole("button", { name: "Import…" }).click();
    await page.evaluate((s) => {
      const el = document.querySelector("fl-import-dialog")!;
      el.addEventListener("event-mapping", (e) => ((window as unknown as { __sent: unknown[] }).__sent ??= []).push((e as unknown as { answers: unknown }).answers));
      (window as unknown as ImportTestWindow).__setStatus(s);
    }, status);
    const gap = dialog().getByLabel("Merging gap (days)");
    expect(await gap.inputValue()).toBe("30");
    await gap.fill("5000");
    await expect.poll(dialogText).toContain('The gap must be a whole number of days from 0 to 3650, not "5000".');
    expect(await button("Import again").isDisabled()).toBe(true);
    await gap.fill("45");
    await expect.poll(dialogText).toContain("Events of one kind between one pair at most 45 days apart become one period.");
    await dialog().getByLabel("Violence against civilians: Attack").selectOption({ label: bundled.taxonomy.types[1].label });
    await dialog().getByLabel("Battles: Armed clash").selectOption({ label: "Leave out" });
    await button("Import again").click();
    const sent = await page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent);
    expect(sent).toEqual([{ mapping: { "Battles: Armed clash": "", "Violence against civilians: Attack": bundled.taxonomy.types[1].id }, gapDays: 45 }]);
    await shot("event-report-form");
  });
});
