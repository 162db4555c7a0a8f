/**
 * Helpers for browser tests: open a page with its console errors collected per test, read the
 * events the page recorded, and run axe-core on it.
 */
import type { Browser, Page } from "playwright-core";
import { afterEach, beforeEach, expect } from "vitest";

/**
 * The console errors and uncaught exceptions of a page, one list per test: `watchProblems`
 * empties it before each test and fails the test that saw any, so one error fails the test
 * that caused it, not every later test that shares the page.
 */
export class ProblemLog {
  private seen: string[] = [];

  constructor(page?: Page) {
    if (page) this.watch(page);
  }

  /** Starts collecting from `page` too (a test may open more pages than one). */
  watch(page: Page): void {
    page.on("console", (m) => void (m.type() === "error" && this.seen.push(`${m.text()} (at ${m.location().url || "?"})`)));
    page.on("pageerror", (e) => void this.seen.push(e.message));
  }

  /** What was seen since the last call, emptying the list. */
  take(): string[] {
    const seen = this.seen;
    this.seen = [];
    return seen;
  }
}

/**
 * Registers the per-test check for a file's log: cleared before each test, required empty after
 * it. `expected` lets a test that provokes an error on purpose (a refused file's 404, say) say
 * which ones are its own.
 */
export function watchProblems(log: () => ProblemLog | undefined, expected: (problem: string) => boolean = () => false): void {
  beforeEach(() => void log()?.take());
  afterEach(() => {
    const problems = log()?.take() ?? [];
    expect(problems.filter((p) => !expected(p)), "console errors or uncaught exceptions during this test").toEqual([]);
  });
}

export interface OpenedPage {
  page: Page;
  problems: ProblemLog;
}

export async function openPage(browser: Browser, url: string, viewport = { width: 1280, height: 720 }): Promise<OpenedPage> {
  const page = await browser.newPage({ viewport });
  const problems = new ProblemLog(page);
  await page.goto(url);
  return { page, problems };
}

export const eventsOf = (page: Page): Promise<{ type: string; value: unknown }[]> => page.evaluate(() => window.__events);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown; failureSummary?: string }[];
}

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target) + " " + (n.failureSummary ?? "")).join("; ")}`);
}
