/**
 * A headless Chromium for the screenshot command and the browser tests: the system one when
 * CHROME_PATH is set, otherwise the one the @sparticuz/chromium package ships, so neither
 * needs a system install.
 */
import { chromium as playwright, type Browser } from "playwright-core";

/** Flags every launch needs here: root needs --no-sandbox; the network is closed. */
const COMMON_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

/** Flags of the packaged Chromium that break multi-context use: one context closing kills the browser. */
const DROPPED_ARGS = new Set(["--single-process", "--disable-web-security"]);

export async function launchBrowser(): Promise<Browser> {
  const systemPath = process.env.CHROME_PATH;
  if (systemPath) return playwright.launch({ executablePath: systemPath, args: COMMON_ARGS, headless: true });
  const { default: packaged } = await import("@sparticuz/chromium");
  const args = [...packaged.args.filter((a) => !DROPPED_ARGS.has(a)), ...COMMON_ARGS];
  return playwright.launch({ executablePath: await packaged.executablePath(), args, headless: true });
}
