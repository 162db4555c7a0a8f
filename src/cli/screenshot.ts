/**
 * `faultlines screenshot [--view QUERY] --width W --height H [--scale S] [--format png|svg]
 * [--background light|dark|transparent] [--title T] --out FILE`: renders the explorer's image
 * composition headless, with the explorer's own code, in the Chromium the tests use, so a deck
 * can be rebuilt from a script. The view is a link's query (what the address bar shows after
 * "?"); without it, the default view. The image is W×S by H×S pixels.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ImageSpec } from "../look/composition/types";
import { launchBrowser } from "./chromium";
import { CliError, parseOptions, type Io } from "./options";

const REPO = fileURLToPath(new URL("../..", import.meta.url));

export interface ScreenshotOptions {
  readonly view: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly format: "png" | "svg";
  readonly background: ImageSpec["background"];
  readonly title: string;
}

export function screenshotOptions(args: string[]): ScreenshotOptions & { out: string } {
  const { values, positionals } = parseOptions(args, {
    view: { type: "string" },
    width: { type: "string" },
    height: { type: "string" },
    scale: { type: "string" },
    format: { type: "string" },
    background: { type: "string" },
    title: { type: "string" },
    out: { type: "string" },
  });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
  if (!values.out) throw new CliError("--out FILE is needed: where to write the image");
  const number = (name: string, text: string | undefined, fallback: number, max: number) => {
    const value = text === undefined ? fallback : Number(text);
    if (!Number.isFinite(value) || value <= 0 || value > max) throw new CliError(`--${name} "${text}" should be a number above 0 and at most ${max}`);
    return value;
  };
  const width = Math.round(number("width", values.width, 1920, 8000));
  const height = Math.round(number("height", values.height, 1080, 8000));
  const scale = number("scale", values.scale, 1, 4);
  const format = values.format ?? (values.out.toLowerCase().endsWith(".svg") ? "svg" : "png");
  if (format !== "png" && format !== "svg") throw new CliError(`--format "${format}" should be png or svg`);
  // Without --background, the image takes the view's theme.
  const background = values.background ?? (/(^|[?&])theme=dark(&|$)/.test(values.view ?? "") ? "dark" : "light");
  if (background !== "light" && background !== "dark" && background !== "transparent") throw new CliError(`--background "${background}" should be light, dark or transparent`);
  const view = (values.view ?? "").replace(/^.*\?/, "");
  return { view, width, height, scale, format, background, title: values.title ?? "Faultlines", out: values.out };
}

/** Serves the explorer, opens the view at the asked size and returns the composed image. */
export async function renderScreenshot(options: ScreenshotOptions): Promise<Buffer> {
  const { createServer } = await import("vite");
  const server = await createServer({ root: REPO, configFile: `${REPO}/vite.config.ts`, server: { port: 0, host: "127.0.0.1" }, logLevel: "error" });
  await server.listen();
  const browser = await launchBrowser();
  try {
    const address = server.httpServer?.address();
    if (!address || typeof address === "string") throw new Error("screenshot: the server has no address");
    const page = await browser.newPage({ viewport: { width: options.width, height: options.height } });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${address.port}/?${options.view}`);
    await page.getByTestId("status").waitFor({ timeout: 60_000 });
    const spec: ImageSpec = {
      title: options.title,
      size: { kind: "fixed", width: Math.round(options.width * options.scale), height: Math.round(options.height * options.scale) },
      background: options.background,
      format: options.format,
    };
    const base64 = await page.evaluate(async (spec) => {
      const blob = await document.querySelector("faultlines-app")!.automation.exportImage(spec);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = "";
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return btoa(binary);
    }, spec);
    if (errors.length) throw new Error(`screenshot: the page failed: ${errors.join("; ")}`);
    const notice = page.getByTestId("notice");
    if (await notice.count()) throw new CliError(`the view could not be fully restored: ${(await notice.textContent())?.replace(/\s+/g, " ").replace("Dismiss", "").trim()}`);
    return Buffer.from(base64, "base64");
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function screenshotCommand(args: string[], io: Io): Promise<number> {
  const options = screenshotOptions(args);
  const image = await renderScreenshot(options);
  writeFileSync(options.out, image);
  io.err(`wrote ${options.out} (${options.format.toUpperCase()}, ${Math.round(options.width * options.scale)}×${Math.round(options.height * options.scale)})\n`);
  return 0;
}
