/**
 * The explorer page loads the bundled data set in a real Chromium, without console errors.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { loadDataSet } from "../../src/model/load";
import { launchBrowser } from "../support/browser";
import { serveApp } from "../support/serve";
import { readBundledData } from "../support/data";

let browser: Browser;
let app: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  [browser, app] = await Promise.all([launchBrowser(), serveApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test("the page shows the bundled data set's summary and logs no errors", async () => {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(app.url);
  const summary = page.getByTestId("summary");
  await summary.waitFor();
  const expected = loadDataSet(readBundledData());
  if (!expected.ok) throw new Error("bundled data set does not load");
  const text = await summary.textContent();
  expect(text).toContain(`${expected.dataSet.actors.length} actors, ${expected.dataSet.relations.length} relations`);
  await page.screenshot({ path: "test-results/app-loads.png" });
  expect(problems).toEqual([]);
  await page.close();
});
