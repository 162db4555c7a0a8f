/**
 * One browser and one served explorer for a test file: launched before its tests, closed after
 * them, with each test's console errors checked (page.ts), and pages opened on a link's query.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { ProblemLog, watchProblems } from "./page";
import { serveApp } from "./serve";

export interface ExplorerSession {
  readonly browser: Browser;
  /** The served explorer's address, without a query. */
  readonly url: string;
  readonly log: ProblemLog;
  /** A new page on `?query`, watched for problems, once the status line is shown. */
  open(query: string, viewport?: { width: number; height: number }): Promise<Page>;
}

export function explorerSession(viewport = { width: 1440, height: 900 }): ExplorerSession {
  let browser: Browser | undefined;
  let url = "";
  const log = new ProblemLog();
  watchProblems(() => log);
  beforeAll(async () => {
    [browser, { url }] = await Promise.all([launchBrowser(), serveApp()]);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error("explorerSession: the browser is launched in beforeAll; use it inside a test");
      return browser;
    },
    get url() {
      return url;
    },
    log,
    async open(query, size = viewport) {
      const page = await this.browser.newPage({ viewport: size });
      log.watch(page);
      await page.goto(`${url}?${query}`);
      await page.getByTestId("status").waitFor({ timeout: 30_000 });
      return page;
    },
  };
}
