/**
 * The explorer opened headless for a command: served from this checkout by Vite, shown in the
 * Chromium the tests use at a given size, on a link's query or with a data set read from files,
 * and closed again whatever happens. The screenshot and animate commands make their files in
 * it with the explorer's own code, through its automation (src/app/automation.ts).
 */
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import type { DataSet } from "../model/types";
import type { ActorPositions } from "../look/layout-data-set";
import { launchBrowser } from "./chromium";
import { CliError } from "./options";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** A data set read from files (importForScreenshot), shown instead of the bundled one. */
export interface ImportedData {
  readonly name: string;
  readonly dataSet: DataSet;
  readonly positions: ActorPositions;
}

export interface ExplorerPageOptions {
  /** A link's query, without "?"; "" for the default view. */
  readonly view: string;
  readonly width: number;
  readonly height: number;
  readonly data?: ImportedData;
}

/**
 * What `--view` names: a link's query, given with or without the address before "?", and the
 * background its theme implies for a picture or film made of it when none is asked.
 */
export function viewOption(view: string | undefined): { readonly query: string; readonly background: "light" | "dark" } {
  const query = (view ?? "").replace(/^.*\?/, "");
  return { query, background: /(^|&)theme=dark(&|$)/.test(query) ? "dark" : "light" };
}

/**
 * Opens the view, runs `work` on the page and closes everything. A page error, or a view that
 * could not be fully restored (the explorer's notice), fails the command with what it said.
 */
export async function withExplorerPage<T>(options: ExplorerPageOptions, work: (page: Page) => Promise<T>): Promise<T> {
  const { createServer } = await import("vite");
  const server = await createServer({ root: REPO, configFile: `${REPO}/vite.config.ts`, server: { port: 0, host: "127.0.0.1" }, logLevel: "error" });
  await server.listen();
  const browser = await launchBrowser();
  try {
    const address = server.httpServer?.address();
    if (!address || typeof address === "string") throw new Error("the explorer's server has no address");
    const page = await browser.newPage({ viewport: { width: options.width, height: options.height } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${address.port}/?${options.view}`);
    await page.getByTestId("status").waitFor({ timeout: 60_000 });
    if (options.data)
      await page.evaluate(async ({ name, dataSet, positions }) => {
        await document.querySelector("faultlines-app")!.automation.showDataSet(name, dataSet, positions);
      }, options.data);
    const result = await work(page);
    if (errors.length) throw new Error(`the page failed: ${errors.join("; ")}`);
    const notice = page.getByTestId("notice");
    if (await notice.count()) throw new CliError(`the view could not be fully restored: ${(await notice.textContent())?.replace(/\s+/g, " ").replace("Dismiss", "").trim()}`);
    return result;
  } finally {
    await browser.close();
    await server.close();
  }
}
