/**
 * fl-import-dialog in a real Chromium, on test/pages/import-dialog.html: the list of data sets
 * (open, delete with its confirmation), files chosen through the real file input or dropped on
 * the zone, progress with a known and an unknown total, cancelling, reports made by the real
 * CSV importer (errors before warnings, line numbers, fixes, the unknown-type mapping), a
 * hostile report shown as text, keyboard use, axe-core in both themes, and screenshots in
 * test-results/import-dialog/ to be looked at.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostics";
import { importCsv } from "../../src/model/import/csv";
import { loadDataSet } from "../../src/model/load";
import type { ImportStatus } from "../../src/ui/import-dialog/import-status";
import { launchBrowser } from "../support/browser";
import { readBundledData } from "../support/data";
import { openPage, seriousAxeViolations } from "../support/page";
import { serveApp } from "../support/serve";
import type { ImportTestWindow, RecordedEvent } from "../pages/import-dialog";

const OUT = resolve("test-results/import-dialog");
mkdirSync(OUT, { recursive: true });

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data set does not load");
const taxonomy = loaded.dataSet.taxonomy;

/** Two good rows, two skipped (no target, a date that is not one), a guessed confidence, two unknown types. */
const MIXED_CSV = [
  "source,target,type,start,confidence",
  "Pakistan,TTP,Raid,2025-10,high",
  "Pakistan,,airstrike,2025-11,high",
  "Pakistan,TTP,Drone strike,someday,high",
  "Afghanistan,TTP,Drone strike,2025-12,sure",
].join("\n");

function reportOf(text: string, file: string, mapping = {}): Extract<ImportStatus, { kind: "report" }> {
  const result = importCsv(text, file, taxonomy, { typeMapping: mapping });
  return { kind: "report", ok: result.ok, format: "csv", report: result.report, unknownTypes: result.unknownTypes ?? [], mapping };
}

/** With an answer for Raid given before, which the form must start from. */
const MIXED = { ...reportOf(MIXED_CSV, "ttp-network.csv"), mapping: { Raid: "armed-clash" } };
const FAILED = reportOf(readFileSync("test/fixtures/import/csv/all-rows-bad.csv", "utf8"), "all-rows-bad.csv");

const IMG = `<img src=x onerror="window.__pwned=1">`;
const SCRIPT = `<script>window.__pwned=2</script>`;
/** A count's name is a file's content too (a GEXF's attribute names, one day). */
const EM = "<em>odd</em>";
const hostile = (severity: Diagnostic["severity"], line: number): Diagnostic => ({
  severity,
  file: `${IMG}.csv`,
  line,
  path: `${SCRIPT}`,
  recordId: IMG,
  value: `${IMG}${SCRIPT}`,
  message: `the type ${IMG} is odd ${SCRIPT}`,
  fix: `remove ${SCRIPT}`,
});
const HOSTILE: ImportStatus = {
  kind: "report",
  ok: true,
  format: "csv",
  report: { file: `${IMG}${SCRIPT}.csv`, diagnostics: [hostile("error", 2), hostile("warning", 3)], counts: { actors: 1, relations: 1, [EM]: 2 } },
  unknownTypes: [IMG, SCRIPT],
  mapping: {},
};

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;
let page: Page;
let problems: string[];

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(query = ""): Promise<void> {
  ({ page, problems } = await openPage(browser, `${app.url}test/pages/import-dialog.html${query}`));
  await page.getByRole("button", { name: "Import…" }).waitFor();
}

beforeEach(() => open());

afterEach(async () => {
  expect(problems).toEqual([]);
  await page.close();
});

const events = (): Promise<RecordedEvent[]> => page.evaluate(() => (window as unknown as ImportTestWindow).__events);
const setStatus = (status: ImportStatus) => page.evaluate((s) => (window as unknown as ImportTestWindow).__setStatus(s), status);
const dialog = (): Locator => page.getByRole("dialog", { name: "Data sets" });
const button = (name: string | RegExp): Locator => dialog().getByRole("button", { name, exact: true });
const fileInput = (): Locator => dialog().getByLabel("Choose files to import");
/** The dialog's own text, read from its shadow tree. */
const dialogText = (): Promise<string> => page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.querySelector("dialog")!.textContent!.replace(/\s+/g, " "));

async function showDialog(): Promise<void> {
  await page.getByRole("button", { name: "Import…" }).click();
  await dialog().waitFor();
}

describe("the list of data sets", () => {
  test("marks the one on screen, which has no Open button, and opens another", async () => {
    await showDialog();
    const current = dialog().locator('li[aria-current="true"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.textContent()).resolves.toContain("ttp-network");
    await expect(current.textContent()).resolves.toContain("On screen");
    await expect(button("Open ttp-network").count()).resolves.toBe(0);
    // The bundled one cannot be deleted; both others can.
    await expect(button("Delete Afghanistan–Pakistan").count()).resolves.toBe(0);
    await expect(button("Delete ttp-network").count()).resolves.toBe(1);
    await expect(dialog().getByRole("button", { name: /^Delete a-data-set-whose-name/ }).count()).resolves.toBe(1);

    await button("Open Afghanistan–Pakistan").click();
    expect(await events()).toEqual([{ type: "data-set-open", value: "bundled" }]);
    await expect(dialog().isVisible()).resolves.toBe(false);
    // The page made it current, as the app would: now it has no Open button, and ttp-network has.
    await showDialog();
    await expect(button("Open Afghanistan–Pakistan").count()).resolves.toBe(0);
    await expect(button("Open ttp-network").count()).resolves.toBe(1);
  });

  test("deletes only once confirmed, with the focus on Keep first", async () => {
    await showDialog();
    await button("Delete ttp-network").click();
    expect(await events()).toEqual([]);
    await expect(dialog().getByRole("group", { name: /^Delete ttp-network from this browser\?/ }).isVisible()).resolves.toBe(true);
    await expect(button("Keep ttp-network").evaluate((el) => el.matches(":focus"))).resolves.toBe(true);
    await button("Keep ttp-network").click();
    expect(await events()).toEqual([]);
    await expect(button("Delete ttp-network").evaluate((el) => el.matches(":focus"))).resolves.toBe(true);

    await button("Delete ttp-network").click();
    await button("Yes, delete ttp-network").click();
    expect(await events()).toEqual([{ type: "data-set-delete", value: "ttp-network" }]);
    await expect(dialog().locator("li[data-id]").count()).resolves.toBe(2);
    await expect(dialog().isVisible()).resolves.toBe(true);
  });
});

describe("choosing files", () => {
  test("through the file input, which takes several files of the formats read", async () => {
    await showDialog();
    const input = fileInput();
    await expect(input.getAttribute("accept")).resolves.toBe(".gexf,.xml,.csv,.tsv,.txt,.json,.yaml,.yml");
    await expect(input.getAttribute("multiple")).resolves.toBe("");
    await input.setInputFiles([
      { name: "ttp-network.csv", mimeType: "text/csv", buffer: Buffer.from("source,target,type,start\n") },
      { name: "ttp-network.actors.csv", mimeType: "text/csv", buffer: Buffer.from("id,label\n") },
    ]);
    expect(await events()).toEqual([{ type: "import-files", value: ["ttp-network.csv", "ttp-network.actors.csv"] }]);
    // Cleared, so choosing the same file again is a change too.
    await expect(input.inputValue()).resolves.toBe("");
    await expect(dialogText()).resolves.toContain("Files stay in this browser");
  });

  test("by dropping them on the zone, which shows the drag; not while an import runs", async () => {
    await showDialog();
    const files = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(["<gexf/>"], "network.gexf", { type: "application/xml" }));
      transfer.items.add(new File(["{}"], "export.json"));
      return transfer;
    });
    const zone = dialog().locator(".drop-zone");
    await zone.dispatchEvent("dragenter", { dataTransfer: files });
    await zone.dispatchEvent("dragover", { dataTransfer: files });
    await expect(zone.getAttribute("class")).resolves.toContain("dragging");
    await zone.dispatchEvent("drop", { dataTransfer: files });
    expect(await events()).toEqual([{ type: "import-files", value: ["network.gexf", "export.json"] }]);
    await expect(zone.getAttribute("class")).resolves.not.toContain("dragging");

    await setStatus({ kind: "working", files: ["network.gexf"], progress: null });
    await zone.dispatchEvent("dragover", { dataTransfer: files });
    await expect(zone.getAttribute("class")).resolves.not.toContain("dragging");
    await zone.dispatchEvent("drop", { dataTransfer: files });
    expect((await events()).length).toBe(1);
  });
});

describe("an import under way", () => {
  test("shows the files, the phase and how far, and can be cancelled", async () => {
    await showDialog();
    await fileInput().focus();
    await setStatus({ kind: "working", files: ["ttp-network.csv", "ttp-network.actors.csv"], progress: { phase: "reading", done: 3_200_000, total: 10_000_000 } });
    const bar = dialog().getByRole("progressbar", { name: "Reading file… 3.2 of 10.0 MB" });
    await expect(bar.getAttribute("value")).resolves.toBe("3200000");
    await expect(bar.getAttribute("max")).resolves.toBe("10000000");
    await expect(dialogText()).resolves.toContain("Importing ttp-network.csv and ttp-network.actors.csv");
    await expect(dialog().getByRole("status").textContent()).resolves.toBe("Importing ttp-network.csv and ttp-network.actors.csv: Reading file…");
    // The import controls wait; the focus went from the disabled input to Cancel.
    await expect(fileInput().isDisabled()).resolves.toBe(true);
    await expect(button("Open Afghanistan–Pakistan").isDisabled()).resolves.toBe(true);
    await expect(button("Cancel import").evaluate((el) => el.matches(":focus"))).resolves.toBe(true);
    await page.screenshot({ path: `${OUT}/working.png` });

    // A total of 0 is not known: the bar is indeterminate and says only the phase.
    await setStatus({ kind: "working", files: ["ttp-network.csv"], progress: { phase: "parsing", done: 0, total: 0 } });
    const records = dialog().getByRole("progressbar", { name: "Reading records…" });
    await expect(records.getAttribute("value")).resolves.toBeNull();
    await expect(records.evaluate((el) => (el as HTMLProgressElement).position)).resolves.toBe(-1);
    await expect(dialog().getByRole("status").textContent()).resolves.toBe("Importing ttp-network.csv: Reading records…");
    await setStatus({ kind: "working", files: ["ttp-network.csv"], progress: { phase: "layout", done: 300, total: 600 } });
    await expect(dialog().getByRole("progressbar", { name: "Laying out… 300 of 600" }).evaluate((el) => (el as HTMLProgressElement).position)).resolves.toBe(0.5);

    await button("Cancel import").click();
    expect(await events()).toEqual([{ type: "import-cancel", value: null }]);
    await setStatus({ kind: "idle" });
    await expect(fileInput().isEnabled()).resolves.toBe(true);
    await expect(fileInput().evaluate((el) => el.matches(":focus"))).resolves.toBe(true);
  });
});

describe("the report", () => {
  test("says what was read, lists errors before warnings with their lines and fixes, and opens the data set", async () => {
    expect(MIXED.ok).toBe(true);
    await showDialog();
    await setStatus(MIXED);
    await expect(dialog().getByTestId("summary").textContent()).resolves.toContain("Read 3 actors and 2 relations from 4 rows; 2 rows skipped; 2 relation types and 1 actor kind added to the taxonomy.");
    await expect(dialog().getByRole("status").textContent()).resolves.toMatch(/^Read 3 actors and 2 relations/);
    await expect(page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.activeElement?.id)).resolves.toBe("report-title");

    const groups = dialog().locator("details");
    await expect(groups.evaluateAll((els) => els.map((el) => [el.getAttribute("data-severity"), (el as HTMLDetailsElement).open]))).resolves.toEqual([
      ["error", true],
      ["warning", true],
    ]);
    await expect(groups.locator("summary").allTextContents()).resolves.toEqual(["2 errors: what was skipped or refused", expect.stringMatching(/^\d+ warnings: what was guessed or added$/)]);
    const errors = groups.nth(0).locator("li");
    await expect(errors.nth(0).textContent()).resolves.toMatch(/ttp-network\.csv:3 · target.*The row has no target actor.*Fix: Write the actor/s);
    await expect(errors.nth(1).textContent()).resolves.toMatch(/ttp-network\.csv:4 · start.*The start date cannot be read.*\(value: "someday"\).*Fix: Write the date as/s);
    await expect(groups.nth(1).textContent()).resolves.toMatch(/ttp-network\.csv:5 · confidence.*"sure".*Fix: Write "low"/s);
    await page.screenshot({ path: `${OUT}/report-ok.png` });
    await dialog().locator(".body").evaluate((el) => (el.scrollTop = el.scrollHeight));
    await page.screenshot({ path: `${OUT}/report-ok-end.png` });

    await button("Open data set").click();
    expect(await events()).toEqual([{ type: "import-accept", value: null }]);
  });

  test("maps unknown types: one to a type of the taxonomy, the other kept", async () => {
    await showDialog();
    await setStatus(MIXED);
    expect(MIXED.unknownTypes).toEqual(["Raid", "Drone strike"]);
    const raid = dialog().getByRole("combobox", { name: "Raid" });
    const drone = dialog().getByRole("combobox", { name: "Drone strike" });
    // Raid starts from the earlier answer; Drone strike from "keep".
    await expect(raid.inputValue()).resolves.toBe("armed-clash");
    await expect(drone.inputValue()).resolves.toBe("");
    // The choices are the taxonomy's types under their families.
    const groupLabels = await drone.locator("optgroup").evaluateAll((els) => els.map((el) => el.getAttribute("label")));
    expect(groupLabels).toEqual(taxonomy.families.filter((f) => taxonomy.types.some((t) => t.family === f.id)).map((f) => f.label));
    await expect(drone.locator("option").count()).resolves.toBe(taxonomy.types.length + 1);

    await drone.selectOption("airstrike");
    await raid.selectOption({ label: "Keep as its own type" });
    await button("Apply mapping").click();
    expect(await events()).toEqual([{ type: "type-mapping", value: { Raid: null, "Drone strike": "airstrike" } }]);
  });

  test("a failed import says nothing changed on screen, offers no Open, and goes back to the list", async () => {
    expect(FAILED.ok).toBe(false);
    await showDialog();
    await setStatus(FAILED);
    await expect(dialog().getByTestId("summary").textContent()).resolves.toContain(
      "Nothing was imported from all-rows-bad.csv: 4 problems, listed below. The data on screen is unchanged.",
    );
    await expect(dialog().locator("details").count()).resolves.toBe(1);
    await expect(dialog().locator("details li").allTextContents()).resolves.toEqual([
      expect.stringContaining("all-rows-bad.csv:2"),
      expect.stringContaining("all-rows-bad.csv:3"),
      expect.stringContaining("all-rows-bad.csv:3"),
      expect.stringMatching(/all-rows-bad\.csv\s+None of the 2 rows could be read/),
    ]);
    await expect(button("Open data set").count()).resolves.toBe(0);
    await page.screenshot({ path: `${OUT}/report-failed.png` });

    await button("Back to data sets").click();
    await expect(fileInput().isEnabled()).resolves.toBe(true);
    await expect(fileInput().evaluate((el) => el.matches(":focus"))).resolves.toBe(true);
    // The report put aside stays aside when the dialog opens again; a new one shows.
    await button("Close").click();
    await showDialog();
    await expect(fileInput().isVisible()).resolves.toBe(true);
    await setStatus({ ...FAILED });
    await expect(button("Back to data sets").isVisible()).resolves.toBe(true);
  });

  test("folds a long list and puts only its first 200 lines in the page", async () => {
    const many = Array.from({ length: 450 }, (_, i): Diagnostic => ({ severity: "error", file: "big.csv", line: i + 2, path: "start", message: `row ${i + 2} is bad`, fix: "fix it" }));
    await showDialog();
    await setStatus({ kind: "report", ok: false, format: "csv", report: { file: "big.csv", diagnostics: many, counts: {} }, unknownTypes: [], mapping: {} });
    const group = dialog().locator("details");
    await expect(group.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(group.locator("li").count()).resolves.toBe(200);
    await expect(group.textContent()).resolves.toContain("…and 250 more not listed here.");
    await group.locator("summary").click();
    await expect(group.locator("li").last().textContent()).resolves.toContain("big.csv:201");
  });

  test("shows markup from a file as text, and runs none of it", async () => {
    await showDialog();
    await setStatus({ kind: "working", files: [`${IMG}.csv`, `${SCRIPT}.csv`], progress: null });
    await expect(dialogText()).resolves.toContain(`Importing ${IMG}.csv and ${SCRIPT}.csv`);
    await setStatus(HOSTILE);
    const text = await dialogText();
    expect(text).toContain(`Report on ${IMG}${SCRIPT}.csv`);
    await page.screenshot({ path: `${OUT}/hostile.png` });
    expect(text).toContain(`${IMG}.csv:2 · ${SCRIPT} (${IMG})`);
    expect(text).toContain(`The type ${IMG} is odd ${SCRIPT}`);
    expect(text).toContain(`(value: "${IMG}${SCRIPT}")`);
    expect(text).toContain(`Fix: Remove ${SCRIPT}`);
    expect(text).toContain(`Read 1 actor, 1 relation and 2 ${EM}.`);
    await expect(dialog().getByRole("combobox", { name: IMG }).count()).resolves.toBe(1);
    await expect(dialog().getByRole("combobox", { name: SCRIPT }).count()).resolves.toBe(1);
    await page.evaluate((names) => {
      const box = document.querySelector("fl-import-dialog")!;
      box.dataSets = [{ id: "x", name: names[0], detail: names[1], current: false, removable: true }];
    }, [IMG, SCRIPT]);
    await button("Back to data sets").click();
    await expect(button(`Open ${IMG}`).count()).resolves.toBe(1);

    const found = await page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.querySelectorAll("img, script, em").length);
    expect(found).toBe(0);
    expect(await page.evaluate(() => (window as unknown as ImportTestWindow).__pwned)).toBeUndefined();
  });
});

test("long names and messages wrap inside the dialog, on a wide screen and on a phone", async () => {
  const overflow = () =>
    page.locator("fl-import-dialog").evaluate((el) => {
      const root = el.shadowRoot!;
      const body = root.querySelector(".body")!;
      return { body: body.scrollWidth - body.clientWidth, dialog: root.querySelector("dialog")!.getBoundingClientRect().right - window.innerWidth };
    });
  await showDialog();
  expect(await overflow()).toEqual({ body: 0, dialog: expect.toSatisfy((n: number) => n <= 0) });
  await setStatus(HOSTILE);
  expect((await overflow()).body).toBe(0);
  await page.setViewportSize({ width: 360, height: 720 });
  expect(await overflow()).toEqual({ body: 0, dialog: expect.toSatisfy((n: number) => n <= 0) });
  await page.screenshot({ path: `${OUT}/phone-report.png` });
  await button("Back to data sets").click();
  expect(await overflow()).toEqual({ body: 0, dialog: expect.toSatisfy((n: number) => n <= 0) });
  await page.screenshot({ path: `${OUT}/phone-list.png` });
});

test("works by keyboard: Enter opens, Tab reaches the controls, Escape closes", async () => {
  await page.getByRole("button", { name: "Import…" }).focus();
  await page.keyboard.press("Enter");
  await dialog().waitFor();
  const focused = () => page.locator("fl-import-dialog").evaluate((el) => {
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    return active ? (active.id || active.textContent!.replace(/\s+/g, " ").trim()) : null;
  });
  // The first control of the dialog has the focus; Tab goes on through the list to the input and Close.
  const seen = [await focused()];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focused());
  }
  expect(seen).toEqual([
    "Open Afghanistan–Pakistan",
    "Delete ttp-network",
    expect.stringMatching(/^Open a-data-set-whose-name/),
    expect.stringMatching(/^Delete a-data-set-whose-name/),
    "import-files",
    "Close",
  ]);
  await expect(button("Close").evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe("solid");
  // Space on Delete asks, Enter on Keep keeps: no event.
  await button("Delete ttp-network").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  expect(await events()).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(dialog().isVisible()).resolves.toBe(false);
});

for (const theme of ["light", "dark"] as const)
  test(`passes axe-core in the ${theme} theme: list, import under way, reports`, async () => {
    await page.evaluate((t) => (window as unknown as ImportTestWindow).__setTheme(t), theme);
    await showDialog();
    const states: [string, ImportStatus][] = [
      ["list", { kind: "idle" }],
      ["working", { kind: "working", files: ["ttp-network.gexf"], progress: { phase: "layout", done: 300, total: 600 } }],
      ["report-ok", MIXED],
      ["report-failed", FAILED],
    ];
    for (const [name, status] of states) {
      await setStatus(status);
      if (theme === "dark") await page.screenshot({ path: `${OUT}/dark-${name}.png` });
      expect(await seriousAxeViolations(page), name).toEqual([]);
    }
  });
