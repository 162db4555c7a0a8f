/**
 * The import dialog in a real Chromium, used as a person uses it. In the app itself: the list of
 * data sets (the one on screen marked, open another, delete once confirmed), files chosen with
 * the picker or dropped on the zone (and refused while an import runs), an import under way and
 * cancelled, reports the real importers make from files written here (errors before warnings,
 * line numbers, fixes, the unknown-type mapping, a failed file, a long list folded, markup shown
 * as text), long names on a phone, keyboard use, and axe-core in both themes.
 *
 * On the component's own page (test/pages/import-dialog.html) only what a person cannot hold
 * still in the app: an import at a given point of its progress, and reports written here with
 * fields no importer yet fills from a file. Screenshots go to test-results/import-dialog/.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import type { Diagnostic } from "../../src/model/diagnostics";
import { loadDataSet } from "../../src/model/load";
import { possibleColour } from "../../src/look/palette";
import type { ImportStatus } from "../../src/ui/import-dialog/import-status";
import { readBundledData } from "../support/data";
import { drawn } from "../support/drawn";
import { freshPages } from "../support/fresh-pages";
import { seriousAxeViolations } from "../support/page";
import type { ImportTestWindow } from "../pages/import-dialog";

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

const LONG_NAME = "a-data-set-whose-name-was-taken-from-a-very-long-file-name-without-any-spaces-at-all-exported-by-some-tool";
const IMG = `<img src=x onerror="window.__pwned=1">`;
const SCRIPT = `<script>window.__pwned=2</script>`;
/** A relation list whose file name, actor names and types are markup. */
const HOSTILE_CSV = ["source,target,type,start", `"${IMG.replaceAll('"', '""')}",Pakistan,${SCRIPT},2025-10`, `Pakistan,TTP,"${IMG.replaceAll('"', '""')}",2025-11`, `Pakistan,,airstrike,2025-12`].join("\n");

const csv = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text) });
const quote = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const pages = freshPages();
let page: Page;

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<void> {
  page = await pages.open(viewport);
  await page.goto(`${pages.url}${path}`);
  await page.getByRole("button", { name: "Import…" }).waitFor({ timeout: 30_000 });
}
/** The explorer, in a fresh browser profile: no data set kept yet. */
const openApp = (viewport?: { width: number; height: number }) => open("", viewport);

const dialog = (): Locator => page.getByRole("dialog", { name: "Data sets" });
const button = (name: string | RegExp): Locator => dialog().getByRole("button", { name, exact: true });
const fileInput = (): Locator => dialog().getByLabel("Choose files to import");
const summary = (): Locator => dialog().getByTestId("summary").locator("p").first();
/** The dialog's own text, read from its shadow tree, spaces folded. */
const dialogText = (): Promise<string> => page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.querySelector("dialog")!.textContent!.replace(/\s+/g, " "));
const hasFocus = (locator: Locator) => locator.evaluate((el) => el.matches(":focus"));
const dataName = () => page.getByTestId("data-name").textContent();

async function showDialog(): Promise<void> {
  await page.getByRole("button", { name: "Import…" }).click();
  await dialog().waitFor();
}

/** Chooses files with the picker (back from a report first, as a user must) and waits for the report on the first. */
async function importFiles(files: Parameters<Locator["setInputFiles"]>[0], reportOn: string): Promise<void> {
  if (!(await dialog().isVisible())) await showDialog();
  if (await button("Back to data sets").isVisible()) await button("Back to data sets").click();
  await fileInput().setInputFiles(files);
  await expect.poll(() => dialog().locator("#report-title").textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^(Report on|Not imported:) ${quote(reportOn)}$`));
}

async function importAndOpen(file: { name: string; mimeType: string; buffer: Buffer }, name: string): Promise<void> {
  await importFiles([file], file.name);
  await button("Open data set").click();
  await dialog().waitFor({ state: "hidden" });
  await expect.poll(dataName).toBe(name);
}

/** A relation list of some megabytes, written to disk: its records and layout take seconds, so the import can be seen under way. */
function largeCsv(): string {
  const rows = ["source,target,type,start"];
  for (let i = 0; i < 200_000; i++) rows.push(`Actor ${i % 500},Actor ${(i * 7 + 1) % 500},airstrike,${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}`);
  const path = join(tmpdir(), `faultlines-under-way-${process.pid}.csv`);
  writeFileSync(path, rows.join("\n"));
  return path;
}

describe("the list of data sets, in the app", () => {
  test("marks the one on screen, which has no Open button, offers Delete for imported ones only, and opens another", async () => {
    await openApp();
    await importAndOpen(csv(`${LONG_NAME}.csv`, MIXED_CSV), LONG_NAME);
    await showDialog();
    const current = dialog().locator('li[aria-current="true"]');
    await expect(current.count()).resolves.toBe(1);
    await expect(current.textContent()).resolves.toMatch(new RegExp(`${quote(LONG_NAME)}\\s*On screen`));
    await expect(button(`Open ${LONG_NAME}`).count()).resolves.toBe(0);
    await expect(button("Delete Afghanistan–Pakistan (bundled)").count()).resolves.toBe(0);
    await expect(button(`Delete ${LONG_NAME}`).count()).resolves.toBe(1);

    await button("Open Afghanistan–Pakistan (bundled)").click();
    await dialog().waitFor({ state: "hidden" });
    await expect.poll(dataName).toBe("Afghanistan–Pakistan (bundled)");
    // Now the bundled one is on screen: it has no Open button, and the imported one has.
    await showDialog();
    await expect(button("Open Afghanistan–Pakistan (bundled)").count()).resolves.toBe(0);
    await expect(button(`Open ${LONG_NAME}`).count()).resolves.toBe(1);
  });

  test("deletes only once confirmed, with the focus on Keep first", async () => {
    await openApp();
    await importAndOpen(csv("ttp-network.csv", MIXED_CSV), "ttp-network");
    await showDialog();
    await button("Delete ttp-network").click();
    await expect(dialog().getByRole("group", { name: /^Delete ttp-network from this browser\?/ }).isVisible()).resolves.toBe(true);
    await expect(hasFocus(button("Keep ttp-network"))).resolves.toBe(true);
    await button("Keep ttp-network").click();
    await expect(hasFocus(button("Delete ttp-network"))).resolves.toBe(true);
    await expect(dialog().locator("li[data-id]").count()).resolves.toBe(2);

    await button("Delete ttp-network").click();
    await button("Yes, delete ttp-network").click();
    await expect.poll(() => dialog().locator("li[data-id]").count()).toBe(1);
    await expect(dialog().isVisible()).resolves.toBe(true);
    await expect.poll(dataName).toBe("Afghanistan–Pakistan (bundled)");
  });
});

describe("choosing files, in the app", () => {
  test("through the file input, which takes several files of the formats read, and is cleared after", async () => {
    await openApp();
    await showDialog();
    const input = fileInput();
    await expect(input.getAttribute("accept")).resolves.toBe(".gexf,.xml,.csv,.tsv,.txt,.json,.yaml,.yml");
    await expect(input.getAttribute("multiple")).resolves.toBe("");
    await expect(dialogText()).resolves.toContain("Files stay in this browser");
    await importFiles(
      [csv("ttp-network.csv", "source,target,type,start\nPakistan,ttp,airstrike,2025-10\n"), csv("ttp-network.actors.csv", "id,label,kind\npakistan,Pakistan,state\nttp,TTP,armed-group\n")],
      "ttp-network.csv",
    );
    // Both were read: the actors file named the actors, so no kind was made up for them.
    await expect(summary().textContent()).resolves.toBe("Read 2 actors and 1 relation from 1 row.");
    // Back at the picker, it is cleared, so choosing the same file again is a change too.
    await button("Back to data sets").click();
    await expect(input.inputValue()).resolves.toBe("");
  });

  test("by dropping them on the zone, which shows the drag; not while an import runs", async () => {
    await openApp();
    await showDialog();
    const transfer = (files: { name: string; text: string }[]) =>
      page.evaluateHandle((list) => {
        const data = new DataTransfer();
        for (const f of list) data.items.add(new File([f.text], f.name, { type: "text/plain" }));
        return data;
      }, files);
    const files = await transfer([
      { name: "dropped.csv", text: "source,target,type,start\nPakistan,ttp,airstrike,2025-10\n" },
      { name: "dropped.actors.csv", text: "id,label,kind\npakistan,Pakistan,state\nttp,TTP,armed-group\n" },
    ]);
    const zone = dialog().locator(".drop-zone");
    await zone.dispatchEvent("dragenter", { dataTransfer: files });
    await zone.dispatchEvent("dragover", { dataTransfer: files });
    await expect(zone.getAttribute("class")).resolves.toContain("dragging");
    await page.screenshot({ path: `${OUT}/drag-over-zone.png` });
    await zone.dispatchEvent("drop", { dataTransfer: files });
    await expect.poll(() => dialog().locator("#report-title").textContent(), { timeout: 60_000 }).toBe("Report on dropped.csv");
    // Both files were read: the actors file named the actors, so no kind was made up for them.
    await expect(summary().textContent()).resolves.toBe("Read 2 actors and 1 relation from 1 row.");
    await button("Back to data sets").click();
    await expect(zone.getAttribute("class")).resolves.not.toContain("dragging");

    await fileInput().setInputFiles(largeCsv());
    await dialog().getByRole("progressbar").waitFor();
    const other = await transfer([{ name: "other.csv", text: MIXED_CSV }]);
    await zone.dispatchEvent("dragover", { dataTransfer: other });
    await expect(zone.getAttribute("class")).resolves.not.toContain("dragging");
    await zone.dispatchEvent("drop", { dataTransfer: other });
    await expect(dialogText()).resolves.toMatch(/Importing faultlines-under-way-\d+\.csv/);
    await expect(dialogText()).resolves.not.toContain("other.csv");
    await button("Cancel import").click();
    await dialog().getByRole("progressbar").waitFor({ state: "detached" });
  });
});

describe("an import under way", () => {
  test("in the app: names the file, shows its progress, waits the other controls, and can be cancelled", async () => {
    await openApp();
    await importAndOpen(csv("ttp-network.csv", MIXED_CSV), "ttp-network");
    await showDialog();
    await fileInput().setInputFiles(largeCsv());
    const bar = dialog().getByRole("progressbar");
    await bar.waitFor();
    await expect(dialogText()).resolves.toMatch(/Importing faultlines-under-way-\d+\.csv/);
    await expect(dialog().getByRole("status").textContent()).resolves.toMatch(/^Importing faultlines-under-way-\d+\.csv: (Starting|Reading file|Reading records|Laying out)…$/);
    // The import controls wait; the focus went from the disabled input to Cancel.
    await expect(fileInput().isDisabled()).resolves.toBe(true);
    await expect(button("Open Afghanistan–Pakistan (bundled)").isDisabled()).resolves.toBe(true);
    await expect(button("Delete ttp-network").isDisabled()).resolves.toBe(true);
    await expect(hasFocus(button("Cancel import"))).resolves.toBe(true);
    await page.screenshot({ path: `${OUT}/working-in-app.png` });
    await button("Cancel import").click();
    await bar.waitFor({ state: "detached" });
    await expect(fileInput().isEnabled()).resolves.toBe(true);
    await expect(hasFocus(fileInput())).resolves.toBe(true);
    await expect(dataName()).resolves.toBe("ttp-network");
  });

  test("on the component page: the phase and how far, in bytes, records or steps, or with no total known", async () => {
    // The progress moves on by itself in the app; only the component page holds it at given
    // amounts, set as the app root sets them while a file is read.
    await open("test/pages/import-dialog.html");
    const setStatus = (status: ImportStatus) => page.evaluate((s) => (window as unknown as ImportTestWindow).__setStatus(s), status);
    await showDialog();
    await fileInput().focus();
    await setStatus({ kind: "working", files: ["ttp-network.csv", "ttp-network.actors.csv"], progress: { phase: "reading", done: 3_200_000, total: 10_000_000 } });
    const bar = dialog().getByRole("progressbar", { name: "Reading file… 3.2 of 10.0 MB" });
    await expect(bar.getAttribute("value")).resolves.toBe("3200000");
    await expect(bar.getAttribute("max")).resolves.toBe("10000000");
    await expect(dialogText()).resolves.toContain("Importing ttp-network.csv and ttp-network.actors.csv");
    await expect(dialog().getByRole("status").textContent()).resolves.toBe("Importing ttp-network.csv and ttp-network.actors.csv: Reading file…");
    await expect(hasFocus(button("Cancel import"))).resolves.toBe(true);
    await page.screenshot({ path: `${OUT}/working.png` });

    // A total of 0 is not known: the bar is indeterminate and says only the phase.
    await setStatus({ kind: "working", files: ["ttp-network.csv"], progress: { phase: "parsing", done: 0, total: 0 } });
    const records = dialog().getByRole("progressbar", { name: "Reading records…" });
    await expect(records.getAttribute("value")).resolves.toBeNull();
    await expect(records.evaluate((el) => (el as HTMLProgressElement).position)).resolves.toBe(-1);
    await expect(dialog().getByRole("status").textContent()).resolves.toBe("Importing ttp-network.csv: Reading records…");
    await setStatus({ kind: "working", files: ["ttp-network.csv"], progress: { phase: "layout", done: 300, total: 600 } });
    await expect(dialog().getByRole("progressbar", { name: "Laying out… 300 of 600" }).evaluate((el) => (el as HTMLProgressElement).position)).resolves.toBe(0.5);
    // The page goes back to idle on Cancel, as the app does.
    await button("Cancel import").click();
    await expect(fileInput().isEnabled()).resolves.toBe(true);
    await expect(hasFocus(fileInput())).resolves.toBe(true);
  });
});

describe("the report, in the app", () => {
  test("says what was read, lists errors before warnings with their lines and fixes, and opens the data set", async () => {
    await openApp();
    await importFiles([csv("ttp-network.csv", MIXED_CSV)], "ttp-network.csv");
    await expect(summary().textContent()).resolves.toBe("Read 3 actors and 2 relations from 4 rows; 2 rows skipped; 2 relation types and 1 actor kind added to the taxonomy.");
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
    await expect.poll(dataName).toBe("ttp-network");
    // Opened on its latest start, December 2025: the drone strike of that month, between two actors.
    await expect(page.getByTestId("status").textContent()).resolves.toBe("1 relation among 2 actors as of 31 Dec 2025");
  });

  test("maps unknown types as the user says: one to a type of the taxonomy, the other kept", async () => {
    await openApp();
    await importFiles([csv("ttp-network.csv", MIXED_CSV)], "ttp-network.csv");
    const raid = dialog().getByRole("combobox", { name: "Raid" });
    const drone = dialog().getByRole("combobox", { name: "Drone strike" });
    // Both start from "keep"; the choices are the taxonomy's types under their families.
    await expect(raid.inputValue()).resolves.toBe("");
    await expect(drone.inputValue()).resolves.toBe("");
    const groupLabels = await drone.locator("optgroup").evaluateAll((els) => els.map((el) => el.getAttribute("label")));
    expect(groupLabels).toEqual(taxonomy.families.filter((f) => taxonomy.types.some((t) => t.family === f.id)).map((f) => f.label));
    await expect(drone.locator("option").count()).resolves.toBe(taxonomy.types.length + 1);

    await drone.selectOption({ label: "Air or drone strike" });
    await raid.selectOption({ label: "Keep as its own type" });
    await button("Apply mapping").click();
    await expect
      .poll(() => dialog().locator("details li").allTextContents(), { timeout: 60_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('The relation type "Drone strike" is read as "Air or drone strike"'), expect.stringContaining('The relation type "Raid" is kept as a type of its own ("raid"), as mapped')]));
    await button("Open data set").click();
    await expect.poll(dataName).toBe("ttp-network");
    // The December drone strike is on screen as an air or drone strike, in the hostile family's colour:
    // its lighter ink, as it is dated only to the month and so only possible on the opening day, 31 Dec.
    await expect(page.locator("fl-legend").getByRole("button", { name: "Air or drone strike, 1 active" }).count()).resolves.toBe(1);
    const family = taxonomy.types.find((t) => t.id === "airstrike")!.family;
    expect((await drawn(page)).relations.map((r) => r.color)).toEqual([possibleColour(family, "light")]);
  });

  test("a failed import says nothing changed on screen, offers no Open, and goes back to the list", async () => {
    await openApp();
    const bad = { name: "all-rows-bad.csv", mimeType: "text/csv", buffer: readFileSync("test/fixtures/import/csv/all-rows-bad.csv") };
    await importFiles([bad], "all-rows-bad.csv");
    await expect(summary().textContent()).resolves.toBe("Nothing was imported from all-rows-bad.csv: 4 problems, listed below. The data on screen is unchanged.");
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
    await expect(hasFocus(fileInput())).resolves.toBe(true);
    // The report put aside stays aside when the dialog opens again; the same file chosen again reports again.
    await button("Close").click();
    await showDialog();
    await expect(fileInput().isVisible()).resolves.toBe(true);
    await fileInput().setInputFiles([bad]);
    await button("Back to data sets").waitFor({ timeout: 60_000 });
    await expect(summary().textContent()).resolves.toMatch(/^Nothing was imported from all-rows-bad\.csv/);
  });

  test("folds a long list and puts only its first 200 lines in the page", async () => {
    await openApp();
    const rows = ["source,target,type,start", "Pakistan,TTP,airstrike,2025-10", ...Array.from({ length: 450 }, () => "Pakistan,,airstrike,2025-10")];
    await importFiles([csv("big.csv", rows.join("\n"))], "big.csv");
    const group = dialog().locator('details[data-severity="error"]');
    await expect(group.locator("summary").textContent()).resolves.toBe("450 errors: what was skipped or refused");
    await expect(group.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(group.locator("li").count()).resolves.toBe(200);
    await expect(group.textContent()).resolves.toContain("…and 250 more not listed here.");
    await group.locator("summary").click();
    await expect(group.locator("li").last().isVisible()).resolves.toBe(true);
    await expect(group.locator("li").last().textContent()).resolves.toContain("big.csv:202");
  });

  test("shows markup from a file as text, and runs none of it", async () => {
    await openApp();
    await importFiles([csv(`${IMG}.csv`, HOSTILE_CSV)], `${IMG}.csv`);
    const text = await dialogText();
    expect(text).toContain(`Report on ${IMG}.csv`);
    expect(text).toContain(`${IMG}.csv:4 · target`);
    expect(text).toContain(`The relation type "${SCRIPT}" is not in the taxonomy`);
    expect(text).toContain(`(value: "${IMG}")`);
    await expect(dialog().getByRole("combobox", { name: IMG }).count()).resolves.toBe(1);
    await expect(dialog().getByRole("combobox", { name: SCRIPT }).count()).resolves.toBe(1);
    await page.screenshot({ path: `${OUT}/hostile.png` });
    await button("Open data set").click();
    await expect.poll(dataName).toBe(IMG);
    await showDialog();
    await button("Open Afghanistan–Pakistan (bundled)").click();
    await showDialog();
    await expect(button(`Open ${IMG}`).count()).resolves.toBe(1);

    await expect(page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.querySelectorAll("img, script").length)).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as ImportTestWindow).__pwned)).toBeUndefined();
  });

  test("long names and messages wrap inside the dialog, on a wide screen and on a phone", async () => {
    await openApp();
    const overflow = () =>
      page.locator("fl-import-dialog").evaluate((el) => {
        const root = el.shadowRoot!;
        const body = root.querySelector(".body")!;
        return { body: body.scrollWidth - body.clientWidth, dialog: root.querySelector("dialog")!.getBoundingClientRect().right - window.innerWidth };
      });
    const fits = { body: 0, dialog: expect.toSatisfy((n: number) => n <= 0) };
    const longRows = ["source,target,type,start", `${LONG_NAME},Pakistan,${LONG_NAME},2025-10`, `Pakistan,,airstrike,${LONG_NAME}`].join("\n");
    await importFiles([csv(`${LONG_NAME}.csv`, longRows)], `${LONG_NAME}.csv`);
    expect(await overflow()).toEqual(fits);
    await button("Open data set").click();
    await showDialog();
    expect(await overflow()).toEqual(fits);
    await page.setViewportSize({ width: 360, height: 720 });
    expect(await overflow()).toEqual(fits);
    await page.screenshot({ path: `${OUT}/phone-list.png` });
    await importFiles([csv(`${LONG_NAME}.csv`, longRows)], `${LONG_NAME}.csv`);
    expect(await overflow()).toEqual(fits);
    await page.screenshot({ path: `${OUT}/phone-report.png` });
  });
});

describe("the report on the component page", () => {
  // Reports written here, set as the app root would set them, for what no file reaches in the app.
  const setStatus = (status: ImportStatus) => page.evaluate((s) => (window as unknown as ImportTestWindow).__setStatus(s), status);

  test("starts the mapping form from the answers given before", async () => {
    // The app's importer stops listing a name once it has an answer, so no report in the app
    // shows an answered name again; the form must still start from the answer if one does.
    await open("test/pages/import-dialog.html");
    await showDialog();
    await setStatus({
      kind: "report",
      ok: true,
      format: "csv",
      report: { file: "ttp-network.csv", diagnostics: [], counts: { actors: 3, relations: 2 } },
      unknownTypes: ["Raid", "Drone strike"],
      mapping: { Raid: "armed-clash" },
    });
    await expect(dialog().getByRole("combobox", { name: "Raid" }).inputValue()).resolves.toBe("armed-clash");
    await expect(dialog().getByRole("combobox", { name: "Drone strike" }).inputValue()).resolves.toBe("");
  });

  test("shows markup as text in the fields no importer yet fills from a file: the place, the record and the counts", async () => {
    // A record id, a path or a count's name (a GEXF's attribute names, one day) is a file's
    // content too; no importer puts markup there today, so only a report written here can.
    await open("test/pages/import-dialog.html");
    await showDialog();
    const EM = "<em>odd</em>";
    const line = (severity: Diagnostic["severity"], at: number): Diagnostic => ({ severity, file: `${IMG}.csv`, line: at, path: SCRIPT, recordId: IMG, value: `${IMG}${SCRIPT}`, message: `the type ${IMG} is odd ${SCRIPT}`, fix: `remove ${SCRIPT}` });
    await setStatus({ kind: "report", ok: true, format: "csv", report: { file: `${IMG}${SCRIPT}.csv`, diagnostics: [line("error", 2), line("warning", 3)], counts: { actors: 1, relations: 1, [EM]: 2 } }, unknownTypes: [], mapping: {} });
    const text = await dialogText();
    expect(text).toContain(`Report on ${IMG}${SCRIPT}.csv`);
    expect(text).toContain(`${IMG}.csv:2 · ${SCRIPT} (${IMG})`);
    expect(text).toContain(`Read 1 actor, 1 relation and 2 ${EM}.`);
    await expect(page.locator("fl-import-dialog").evaluate((el) => el.shadowRoot!.querySelectorAll("img, script, em").length)).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as ImportTestWindow).__pwned)).toBeUndefined();
  });
});

test("works by keyboard: Enter opens, Tab reaches the controls, Escape closes", async () => {
  await openApp();
  await importAndOpen(csv("ttp-network.csv", MIXED_CSV), "ttp-network");
  await page.getByRole("button", { name: "Import…" }).focus();
  await page.keyboard.press("Enter");
  await dialog().waitFor();
  const focused = () =>
    page.locator("fl-import-dialog").evaluate((el) => {
      const active = el.shadowRoot!.activeElement as HTMLElement | null;
      return active ? active.id || active.textContent!.replace(/\s+/g, " ").trim() : null;
    });
  // The first control of the dialog has the focus; Tab goes on through the list, the choice of where the files go (one stop for the group), the input and Close.
  const seen = [await focused()];
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    seen.push(await focused());
  }
  expect(seen).toEqual(["Open Afghanistan–Pakistan (bundled)", "Delete ttp-network", "destination-new", "import-files", "Close"]);
  await expect(button("Close").evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe("solid");
  // Space on Delete asks, Enter on Keep keeps.
  await button("Delete ttp-network").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Enter");
  await expect(button("Delete ttp-network").count()).resolves.toBe(1);
  await page.keyboard.press("Escape");
  await expect(dialog().isVisible()).resolves.toBe(false);
  await expect(dataName()).resolves.toBe("ttp-network");
});

for (const theme of ["light", "dark"] as const)
  test(`passes axe-core in the ${theme} theme, in the app: list, import under way, reports`, async () => {
    await openApp();
    if (theme === "dark") await page.getByRole("button", { name: "Dark theme" }).click();
    await showDialog();
    const check = async (name: string) => {
      if (theme === "dark") await page.screenshot({ path: `${OUT}/dark-${name}.png` });
      expect(await seriousAxeViolations(page), name).toEqual([]);
    };
    await check("list");
    await fileInput().setInputFiles(largeCsv());
    await dialog().getByRole("progressbar").waitFor();
    await check("working");
    // Still under way when axe-core had finished: it looked at the import, not at its report.
    await expect(dialog().getByRole("progressbar").count()).resolves.toBe(1);
    await button("Cancel import").click();
    await importFiles([csv("ttp-network.csv", MIXED_CSV)], "ttp-network.csv");
    await check("report-ok");
    await importFiles([{ name: "all-rows-bad.csv", mimeType: "text/csv", buffer: readFileSync("test/fixtures/import/csv/all-rows-bad.csv") }], "all-rows-bad.csv");
    await check("report-failed");
  });
