/**
 * Every view has a link: opening it restores the view (date, filters, selection, ego, theme,
 * camera); changing the view updates the address; back and forward move between views; a bad
 * link opens what it can and says what it ignored.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { ViewState } from "../../src/state/view-state";
import { launchBrowser } from "../support/browser";
import { serveApp } from "../support/serve";

let browser: Browser;
let url: string;

beforeAll(async () => {
  browser = await launchBrowser();
  url = (await serveApp()).url;
});

afterAll(async () => {
  await browser?.close();
});

async function open(query: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(`${url}${query}`);
  await page.getByTestId("status").waitFor();
  return { page, problems };
}

const state = (page: Page) => page.evaluate(() => document.querySelector("faultlines-app")!.inspect().state) as Promise<ViewState>;
const search = (page: Page) => page.evaluate(() => location.search);

test("a link restores the whole view, and reading it back gives the same link", async () => {
  const query = "?at=2026-02-27&hide-families=mediating&confidence=medium&actor=ttp&ego=ttp%3A2&theme=dark&camera=0.5%2C0.45%2C0.8";
  const { page, problems } = await open(query);
  const s = await state(page);
  expect(s).toMatchObject({ at: 20511, hiddenFamilies: ["mediating"], minConfidence: "medium", selectedActor: "ttp", ego: { actor: "ttp", depth: 2 }, theme: "dark" });
  expect(await page.getByTestId("status").textContent()).toContain("as of 27 Feb 2026 · ego view of TTP, 2 hops");
  expect(await page.locator("faultlines-app").getAttribute("theme")).toBe("dark");
  // Nothing changed, so the address is left as it was.
  await page.waitForTimeout(600);
  expect(await search(page)).toBe(query);
  await page.screenshot({ path: "test-results/explorer/link-restored.png" });
  expect(problems).toEqual([]);
  await page.close();
});

test("changing the view updates the address; back and forward move between views", async () => {
  const { page } = await open("");
  expect(await search(page)).toBe("");
  await page.locator("fl-legend").getByRole("button", { name: /^Hostile, / }).click();
  await expect.poll(() => search(page)).toBe("?hide-families=hostile");
  await page.getByRole("slider", { name: "As of date" }).focus();
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => search(page)).toBe("?at=2026-02-28&hide-families=hostile");
  await page.goBack();
  await expect.poll(async () => (await state(page)).at).toBe(20543); // 31 Mar 2026, the opening day
  expect((await state(page)).hiddenFamilies).toEqual(["hostile"]);
  await page.goBack();
  await expect.poll(async () => (await state(page)).hiddenFamilies).toEqual([]);
  await page.goForward();
  await expect.poll(async () => (await state(page)).hiddenFamilies).toEqual(["hostile"]);
  await page.close();
});

test("a bad link opens what it can and lists what it ignored", async () => {
  const { page, problems } = await open("?hide-types=airstrike,airstirke&actor=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&theme=sepia");
  const notice = page.getByTestId("notice");
  await expect(notice.textContent()).resolves.toContain('unknown relation type "airstirke"');
  await expect(notice.textContent()).resolves.toContain('no actor "<img src=x onerror=window.__pwned=1>"');
  expect((await state(page)).hiddenTypes).toEqual(["airstrike"]);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice.count()).resolves.toBe(0);
  expect(problems).toEqual([]);
  await page.close();
});
