/**
 * Bringing one's own data into the explorer, in a real Chromium, the way a person does it: the
 * Import… dialog's file picker, a drop onto the page, and a `?data=` link. A file that cannot be
 * read leaves the graph on screen exactly as it was; labels and quotes written as HTML are shown
 * as text and run nothing; an imported data set survives a reload, and the user can switch back
 * and delete it; unknown relation types are mapped as the user says; a long import can be
 * cancelled. Screenshots go to test-results/import/.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchBrowser } from "../support/browser";
import { seriousAxeViolations } from "../support/page";
import { serveApp } from "../support/serve";

const SHOTS = resolve("test-results/import");
mkdirSync(SHOTS, { recursive: true });

const HOSTILE_LABEL = `<img src=x onerror="window.__pwned=1">`;
const HOSTILE_QUOTE = `<script>window.__pwned=2</script> and <b onmouseover="window.__pwned=3">bold</b>`;
const hostileCsv = [
  "source,target,type,start,end,quote",
  `"${HOSTILE_LABEL.replaceAll('"', '""')}",Pakistan,airstrike,2025-10,,"${HOSTILE_QUOTE.replaceAll('"', '""')}"`,
  "Pakistan,TTP,truce,2024-05,2024-09,They agreed to stop.",
].join("\n");
/** All three active on the opening day (the latest start, March 2025). */
const unknownTypesCsv = ["source,target,type,start,end", "A,B,shelling,2025-01,2025-12", "B,C,shelling,2025-02,2025-12", "A,C,peace talks,2025-03,2025-12"].join("\n");

let browser: Browser;
let page: Page;
let base: string;
const problems: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  base = (await serveApp()).url;
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(base);
  await page.getByTestId("status").waitFor();
});

afterAll(async () => {
  await browser?.close();
});

interface Inspection {
  visibleRelations: string[];
  dataSet: { id: string; name: string; actors: number; relations: number } | null;
  state: { selectedActor: string | null };
}
const inspect = () => page.evaluate(() => document.querySelector("faultlines-app")!.inspect()) as Promise<Inspection>;
const status = () => page.getByTestId("status").textContent();
const dialog = () => page.locator("fl-import-dialog dialog");
const shot = (name: string) => page.screenshot({ path: `${SHOTS}/${name}.png` });
const file = (name: string, text: string, mimeType = "text/plain") => ({ name, mimeType, buffer: Buffer.from(text) });

async function openDialog() {
  await page.locator("fl-import-dialog").getByRole("button", { name: "Import…" }).click();
  await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
}

/** Chooses files with the dialog's file picker, going back from an earlier report first, as a user must. */
async function choose(...files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const back = dialog().getByRole("button", { name: "Back to data sets" });
  if (await back.count()) await back.click();
  await page.locator("fl-import-dialog input[type=file]").setInputFiles(files);
}

async function closeDialog() {
  await page.keyboard.press("Escape");
  await expect.poll(() => dialog().evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
}

/** Every element of the page, through every shadow root. */
const countDeep = (selector: string) =>
  page.evaluate((sel) => {
    let n = 0;
    const walk = (root: Document | ShadowRoot) => {
      n += root.querySelectorAll(sel).length;
      for (const el of root.querySelectorAll("*")) if (el.shadowRoot) walk(el.shadowRoot);
    };
    walk(document);
    return n;
  }, selector);

describe.sequential("bringing one's own data", () => {
  test("a file that cannot be read is reported, and the graph on screen stays exactly as it was", async () => {
    const before = { inspect: await inspect(), status: await status(), graph: await page.locator("faultlines-app #graph").screenshot() };
    expect(before.inspect.dataSet?.id).toBe("bundled");
    await openDialog();
    await choose(file("truncated.gexf", readFileSync("test/fixtures/import/gexf/truncated.gexf", "utf8")));
    await expect.poll(() => dialog().textContent(), { timeout: 20_000 }).toMatch(/Nothing was imported from truncated\.gexf/);
    expect(await dialog().textContent()).toMatch(/the XML is not well-formed/i);
    expect(await dialog().textContent()).toMatch(/damaged or was cut short/);
    expect(await dialog().getByRole("button", { name: "Open data set" }).count()).toBe(0);
    await shot("1-failed-import-report");
    await closeDialog();
    const after = { inspect: await inspect(), status: await status(), graph: await page.locator("faultlines-app #graph").screenshot() };
    expect(after.status).toBe(before.status);
    expect(after.inspect).toEqual(before.inspect);
    expect(after.graph.equals(before.graph), "the canvas changed after a failed import").toBe(true);
    expect(problems).toEqual([]);
  });

  test("labels and quotes written as HTML are shown as text and run nothing", async () => {
    await openDialog();
    await choose(file("hostile.csv", hostileCsv, "text/csv"));
    await dialog().getByRole("button", { name: "Open data set" }).click({ timeout: 20_000 });
    await expect.poll(async () => (await inspect()).dataSet?.name).toBe("hostile");
    expect(await page.getByTestId("data-name").textContent()).toBe("hostile");
    // Find the actor by typing part of its label, as a user would, and open it.
    await page.keyboard.press("/");
    await page.keyboard.type("img src");
    await expect.poll(() => page.locator("fl-search").getByRole("option").first().textContent()).toContain(HOSTILE_LABEL);
    await page.keyboard.press("Enter");
    const details = page.locator("fl-details");
    await expect.poll(() => details.getByRole("heading", { level: 2 }).textContent()).toBe(HOSTILE_LABEL);
    // Its relation, with the quote as evidence.
    await details.getByRole("button", { name: /^Air or drone strike/ }).first().click();
    await expect.poll(() => details.locator("blockquote").first().textContent()).toContain(HOSTILE_QUOTE);
    await shot("2-hostile-label-as-text");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // Nothing of the file became an element: no image, no handler attribute, no script of its own.
    expect(await countDeep("img, [onerror], [onmouseover]")).toBe(0);
    expect(await page.evaluate(() => [...document.scripts].filter((s) => s.textContent?.includes("__pwned")).length)).toBe(0);
    expect(problems).toEqual([]);
  });

  test("the imported data set survives a reload; the user can switch back, go back and delete it", async () => {
    const imported = (await inspect()).dataSet!;
    await expect.poll(() => page.url()).toMatch(/[?&]set=/);
    await page.reload();
    await page.getByTestId("status").waitFor();
    expect((await inspect()).dataSet).toEqual(imported);

    await openDialog();
    await dialog().getByRole("button", { name: /^Open Afghanistan–Pakistan/ }).click();
    await expect.poll(async () => (await inspect()).dataSet?.id).toBe("bundled");
    expect(new URL(page.url()).searchParams.has("set")).toBe(false);
    await page.goBack();
    await expect.poll(async () => (await inspect()).dataSet?.id).toBe(imported.id);
    await page.goForward();
    await expect.poll(async () => (await inspect()).dataSet?.id).toBe("bundled");

    await openDialog();
    await dialog().getByRole("button", { name: "Delete hostile" }).click();
    await dialog().getByRole("button", { name: /^(Delete|Yes, delete)/ }).last().click();
    await expect.poll(() => dialog().getByRole("button", { name: "Open hostile" }).count()).toBe(0);
    await closeDialog();
    await page.reload();
    await page.getByTestId("status").waitFor();
    await openDialog();
    expect(await dialog().getByText("hostile", { exact: true }).count()).toBe(0);
    await closeDialog();
  });

  test("unknown relation types are mapped as the user says, or kept as types of their own", async () => {
    await openDialog();
    await choose(file("events.csv", unknownTypesCsv, "text/csv"));
    await expect.poll(() => dialog().getByRole("combobox", { name: /shelling/ }).count(), { timeout: 20_000 }).toBe(1);
    await dialog().getByRole("combobox", { name: /shelling/ }).selectOption("armed-clash");
    await dialog().getByRole("button", { name: "Apply mapping" }).click();
    await dialog().getByRole("button", { name: "Open data set" }).click({ timeout: 20_000 });
    await expect.poll(async () => (await inspect()).dataSet?.name).toBe("events");
    const legend = page.locator("fl-legend");
    expect(await legend.getByRole("button", { name: /^peace talks, 1/i }).count()).toBe(1);
    expect(await legend.getByRole("button", { name: /^shelling/i }).count()).toBe(0);
    expect(await legend.getByRole("button", { name: /^armed clash, 2/i }).count()).toBe(1);
    await shot("3-mapped-types");
  });

  test("a file dropped on the page is imported", async () => {
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
      const target = document.querySelector("faultlines-app")!;
      for (const type of ["dragenter", "dragover"]) target.dispatchEvent(new DragEvent(type, { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    }, hostileCsv);
    await expect.poll(() => page.getByTestId("drop-overlay").count()).toBe(1);
    await shot("4-drop-overlay");
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.csv", { type: "text/csv" }));
      document.querySelector("faultlines-app")!.dispatchEvent(new DragEvent("drop", { bubbles: true, composed: true, cancelable: true, dataTransfer: data }));
    }, hostileCsv);
    expect(await page.getByTestId("drop-overlay").count()).toBe(0);
    await dialog().getByRole("button", { name: "Open data set" }).click({ timeout: 20_000 });
    await expect.poll(async () => (await inspect()).dataSet?.name).toBe("dropped");
  });

  test("ids such as __proto__ and constructor are plain names: the data set opens and draws them", async () => {
    await openDialog();
    await choose(file("proto-keys.json", readFileSync("test/fixtures/import/faultlines/proto-keys.json", "utf8"), "application/json"));
    await dialog().getByRole("button", { name: "Open data set" }).click({ timeout: 20_000 });
    await expect.poll(async () => (await inspect()).dataSet?.name).toBe("proto-keys");
    const shown = await page.evaluate(() => {
      const app = document.querySelector("faultlines-app")!;
      const seen = app.inspect();
      return { actors: seen.visibleActors, relations: seen.visibleRelations, at: ["__proto__", "constructor"].map((a) => seen.actorPosition(a)) };
    });
    expect(shown.actors.sort()).toEqual(["__proto__", "constructor"]);
    expect(shown.relations).toEqual(["hasOwnProperty"]);
    for (const p of shown.at) expect(Number.isFinite(p?.x) && Number.isFinite(p?.y), JSON.stringify(shown.at)).toBe(true);
    await page.locator("fl-search").click();
    await page.keyboard.type("script");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("fl-details").getByRole("heading", { level: 2 }).textContent()).toBe("<script>alert(1)</script>");
    await shot("5-proto-keys");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await page.evaluate(() => ({}) as Record<string, unknown>).then((o) => o.polluted)).toBeUndefined();
    expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  test("a long import can be cancelled, leaving the graph as it was", async () => {
    const before = await inspect();
    await openDialog();
    const rows = ["source,target,type,start"];
    for (let i = 0; i < 300_000; i++) rows.push(`Actor ${i % 5000},Actor ${(i * 7 + 1) % 5000},airstrike,${2000 + (i % 25)}-${String(1 + (i % 12)).padStart(2, "0")}`);
    await choose(file("large.csv", rows.join("\n"), "text/csv"));
    await dialog().getByRole("progressbar").first().waitFor();
    await shot("6-import-progress");
    await dialog().getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog().getByRole("progressbar").count()).toBe(0);
    await closeDialog();
    expect(await inspect()).toEqual(before);
  });

  test("axe-core finds nothing serious in the dialog with a report on it", async () => {
    await openDialog();
    await choose(file("events.csv", unknownTypesCsv, "text/csv"));
    await dialog().getByRole("button", { name: "Open data set" }).waitFor({ timeout: 20_000 });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await closeDialog();
  });
});

describe.sequential("a link to a file", () => {
  test("?data= opens a file of the app's own site, with what was off listed", async () => {
    await page.goto(`${base}?data=/test/fixtures/import/gexf/off-schema.gexf`);
    await page.getByTestId("status").waitFor({ timeout: 30_000 });
    const shown = (await inspect()).dataSet!;
    expect(shown.id).toBe("linked:/test/fixtures/import/gexf/off-schema.gexf");
    expect(shown.actors).toBe(2);
    expect(await page.getByTestId("notice").textContent()).toMatch(/no namespace; read as GEXF anyway/);
    expect(new URL(page.url()).searchParams.get("data")).toBe("/test/fixtures/import/gexf/off-schema.gexf");
  });

  test("?data= of another site is refused, and the bundled data set is shown with the reason", async () => {
    await page.goto(`${base}?data=${encodeURIComponent("https://example.org/network.gexf")}`);
    await page.getByTestId("status").waitFor();
    expect((await inspect()).dataSet?.id).toBe("bundled");
    expect(await page.getByTestId("notice").textContent()).toMatch(/on another site \(https:\/\/example\.org\)/);
  });

  test("a link to a file that is not there says so, and shows the bundled data", async () => {
    await page.goto(`${base}?data=/no/such/file.gexf`);
    await page.getByTestId("status").waitFor();
    expect((await inspect()).dataSet?.id).toBe("bundled");
    expect(await page.getByTestId("notice").textContent()).toMatch(/file\.gexf named in this link is not on this site/);
  });

  test("a link to a data set this browser does not keep says so", async () => {
    await page.goto(`${base}?set=not-kept-here&at=2025-10-15`);
    await page.getByTestId("status").waitFor();
    expect((await inspect()).dataSet?.id).toBe("bundled");
    expect(await page.getByTestId("notice").textContent()).toMatch(/not kept in this browser/);
    expect(problems).toEqual([]);
  });
});
