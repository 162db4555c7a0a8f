/**
 * One browser and one served app for a test file whose tests each start from a fresh browser
 * profile (nothing kept from the test before): `open` gives a new page in a new context, which
 * is closed after the test, and the test's console errors are checked (page.ts).
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll } from "vitest";
import { launchBrowser } from "./browser";
import { ProblemLog, watchProblems } from "./page";
import { serveApp } from "./serve";

export interface FreshPages {
  /** The served app's address, ending in "/": component pages are under test/pages/. */
  readonly url: string;
  /** A page in a fresh profile at this size, watched for problems; call it inside a test or its hooks. */
  open(viewport: { width: number; height: number }): Promise<Page>;
}

export function freshPages(): FreshPages {
  let browser: Browser | undefined;
  let url = "";
  let context: BrowserContext | undefined;
  let problems: ProblemLog | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    url = (await serveApp()).url;
  });
  afterAll(async () => {
    await browser?.close();
  });
  watchProblems(() => problems);
  afterEach(async () => {
    await context?.close();
    context = undefined;
  });
  return {
    get url() {
      return url;
    },
    async open(viewport) {
      if (!browser) throw new Error("freshPages: the browser is launched in beforeAll; open pages inside a test");
      context = await browser.newContext({ viewport });
      const page = await context.newPage();
      problems = new ProblemLog(page);
      return page;
    },
  };
}
