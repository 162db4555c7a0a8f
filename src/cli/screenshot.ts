/**
 * `faultlines screenshot [--view QUERY | --data PATH...] --width W --height H [--scale S]
 * [--format png|svg] [--background light|dark|transparent] [--title T] --out FILE`: renders the
 * explorer's image composition headless, with the explorer's own code, in the Chromium the tests
 * use, so a deck can be rebuilt from a script. The view is a link's query (what the address bar
 * shows after "?"); without it, the default view. `--data` takes what the Import… dialog takes
 * (a GEXF file, a relation list with its actors file, the Faultlines data files or a data
 * directory), read by the import's own code, and shows it at its opening view, as an import
 * opens. The image is W×S by H×S pixels.
 */
import { writeFileSync } from "node:fs";
import { basename } from "node:path";
import type { ImageSpec } from "../look/composition/types";
import { dataSetName } from "../app/import/data-set-name";
import { viewOption, withExplorerPage, type ImportedData } from "./explorer-page";
export type { ImportedData } from "./explorer-page";
import { importOrFail } from "./load-data";
import { loadOrFail } from "./load-or-fail";
import { CliError, DEFAULT_DATA_DIR, parseOptions, positiveOption, type Io } from "./options";

export interface ScreenshotOptions {
  readonly view: string;
  readonly width: number;
  readonly height: number;
  readonly scale: number;
  readonly format: "png" | "svg";
  readonly background: ImageSpec["background"];
  readonly title: string;
  /** A data set read from files, shown instead of the bundled one. */
  readonly data?: ImportedData;
}

/**
 * Reads `--data` files with the import's own code (importFiles, against the bundled taxonomy, as
 * the explorer imports them), or stops with each of the import's errors, its file and its fix.
 * Actors without positions are laid out by the page when it shows the data set, as an import is.
 */
export function importForScreenshot(paths: readonly string[], taxonomyDir = DEFAULT_DATA_DIR): ImportedData {
  const result = importOrFail(paths, loadOrFail(taxonomyDir).taxonomy);
  const names = result.files.map((name) => basename(name));
  return { name: dataSetName(names, basename(result.report.file)), dataSet: result.dataSet, positions: result.positions ?? {} };
}

export function screenshotOptions(args: string[]): ScreenshotOptions & { out: string; dataPaths?: string[] } {
  const { values, positionals } = parseOptions(args, {
    view: { type: "string" },
    width: { type: "string" },
    height: { type: "string" },
    scale: { type: "string" },
    format: { type: "string" },
    background: { type: "string" },
    title: { type: "string" },
    data: { type: "string", multiple: true },
    out: { type: "string" },
  });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
  if (!values.out) throw new CliError("--out FILE is needed: where to write the image");
  // A link's query names the bundled data's actors and dates; a file opens at its own opening view.
  if (values.data && values.view !== undefined) throw new CliError("--view and --data cannot be used together: --view is a view of the bundled data set, and --data shows the file at its opening view. Drop one of them");
  const width = Math.round(positiveOption("width", values.width, 1920, 8000));
  const height = Math.round(positiveOption("height", values.height, 1080, 8000));
  const scale = positiveOption("scale", values.scale, 1, 4);
  const format = values.format ?? (values.out.toLowerCase().endsWith(".svg") ? "svg" : "png");
  if (format !== "png" && format !== "svg") throw new CliError(`--format "${format}" should be png or svg`);
  // Without --background, the image takes the view's theme.
  const { query: view, background: viewBackground } = viewOption(values.view);
  const background = values.background ?? viewBackground;
  if (background !== "light" && background !== "dark" && background !== "transparent") throw new CliError(`--background "${background}" should be light, dark or transparent`);
  return { view, width, height, scale, format, background, title: values.title ?? "Faultlines", out: values.out, ...(values.data ? { dataPaths: values.data } : {}) };
}

/** Opens the view at the asked size and returns the composed image. */
export async function renderScreenshot(options: ScreenshotOptions): Promise<Buffer> {
  const spec: ImageSpec = {
    title: options.title,
    size: { kind: "fixed", width: Math.round(options.width * options.scale), height: Math.round(options.height * options.scale) },
    background: options.background,
    format: options.format,
  };
  const base64 = await withExplorerPage(options, (page) =>
    page.evaluate(async (spec) => {
      const automation = document.querySelector("faultlines-app")!.automation;
      return automation.base64(await automation.exportImage(spec));
    }, spec),
  );
  return Buffer.from(base64, "base64");
}

export async function screenshotCommand(args: string[], io: Io): Promise<number> {
  const { dataPaths, ...options } = screenshotOptions(args);
  const data = dataPaths ? importForScreenshot(dataPaths) : undefined;
  const image = await renderScreenshot({ ...options, ...(data ? { data } : {}) });
  writeFileSync(options.out, image);
  io.err(`wrote ${options.out} (${options.format.toUpperCase()}, ${Math.round(options.width * options.scale)}×${Math.round(options.height * options.scale)})\n`);
  return 0;
}
