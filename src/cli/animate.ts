/**
 * `faultlines animate --from A --to B [--step week|month|quarter|year] [--fps F]
 * [--seconds-per-step S] [--width W --height H] [--background light|dark] [--title T]
 * [--no-captions] [--view QUERY | --data PATH...] --out FILE.webm|.mp4|.gif`: a film of the
 * timeline, made headless by the explorer's own code in the Chromium the tests use, as the
 * Animate… dialog makes it, so a briefing's films can be rebuilt from a script. A and B are
 * typed as in the explorer ("2021-01", "Jan 2021", "2021", "2025-03-03") and keep their
 * precision: `--from 2021-01 --to 2026-03` runs from the first of January 2021 to the end of
 * March 2026.
 */
import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import { parseDateEntry, DATE_ENTRY_HELP } from "../model/date-entry";
import { filmSpanOf, filmSpecProblems } from "../look/film/film-spec";
import type { FilmFormat, FilmSpec, FilmStepUnit } from "../look/film/types";
import { viewOption, withExplorerPage } from "./explorer-page";
import { CliError, parseOptions, positiveOption, type Io } from "./options";
import { importForScreenshot } from "./screenshot";

const STEPS: readonly FilmStepUnit[] = ["week", "month", "quarter", "year"];
const FORMATS: readonly FilmFormat[] = ["webm", "mp4", "gif"];

export interface AnimateOptions {
  readonly spec: FilmSpec;
  readonly view: string;
  readonly out: string;
  readonly dataPaths?: string[];
}

function dateOption(name: string, text: string | undefined) {
  if (text === undefined) throw new CliError(`--${name} DATE is needed: where the film ${name === "from" ? "starts" : "ends"} (${DATE_ENTRY_HELP}), e.g. --from 2021-01 --to 2026-03`);
  const entry = parseDateEntry(text);
  if (!entry.ok) throw new CliError(`--${name} "${text}": ${entry.message}`);
  return entry.date;
}

export function animateOptions(args: string[]): AnimateOptions {
  const { values, positionals } = parseOptions(args, {
    from: { type: "string" },
    to: { type: "string" },
    step: { type: "string" },
    fps: { type: "string" },
    "seconds-per-step": { type: "string" },
    width: { type: "string" },
    height: { type: "string" },
    background: { type: "string" },
    title: { type: "string" },
    format: { type: "string" },
    "no-captions": { type: "boolean" },
    view: { type: "string" },
    data: { type: "string", multiple: true },
    out: { type: "string" },
  });
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"`);
  if (!values.out) throw new CliError("--out FILE is needed: where to write the film (.webm, .mp4 or .gif)");
  if (values.data && values.view !== undefined) throw new CliError("--view and --data cannot be used together: --view is a view of the bundled data set, and --data films the file from its opening view. Drop one of them");
  const format = (values.format ?? extname(values.out).slice(1).toLowerCase()) as FilmFormat;
  if (!FORMATS.includes(format)) throw new CliError(`--format "${format}" should be webm, mp4 or gif (or name the --out file so: film.webm, film.mp4, film.gif)`);
  const step = (values.step ?? "month") as FilmStepUnit;
  if (!STEPS.includes(step)) throw new CliError(`--step "${step}" should be week, month, quarter or year`);
  const view = viewOption(values.view);
  const background = values.background ?? view.background;
  if (background !== "light" && background !== "dark") throw new CliError(`--background "${background}" should be light or dark: a film has no transparent background`);
  const span = filmSpanOf(dateOption("from", values.from), dateOption("to", values.to));
  const spec: FilmSpec = {
    ...span,
    step,
    fps: positiveOption("fps", values.fps, 4, 60),
    secondsPerStep: positiveOption("seconds-per-step", values["seconds-per-step"], 1, 30),
    width: Math.round(positiveOption("width", values.width, 1280, 3840)),
    height: Math.round(positiveOption("height", values.height, 720, 3840)),
    background,
    title: values.title ?? "Faultlines",
    format,
    captions: !values["no-captions"],
  };
  const problems = filmSpecProblems(spec);
  if (problems.length) throw new CliError(problems.join("; "));
  return { spec, view: view.query, out: values.out, ...(values.data ? { dataPaths: values.data } : {}) };
}

/** Makes the film in the headless explorer, telling `io` how far it has got every tenth of the way. */
export async function renderFilm(options: AnimateOptions, io: Io): Promise<Buffer> {
  const data = options.dataPaths ? importForScreenshot(options.dataPaths) : undefined;
  const { spec } = options;
  const base64 = await withExplorerPage({ view: options.view, width: spec.width, height: spec.height, ...(data ? { data } : {}) }, async (page) => {
    let told = -1;
    await page.exposeFunction("faultlinesFilmProgress", (done: number, total: number) => {
      const tenth = Math.floor((10 * done) / Math.max(1, total));
      if (tenth === told) return;
      told = tenth;
      io.err(`frame ${done} of ${total}\n`);
    });
    return page.evaluate(async (spec) => {
      const automation = document.querySelector("faultlines-app")!.automation;
      const heard = (window as unknown as { faultlinesFilmProgress: (done: number, total: number) => void }).faultlinesFilmProgress;
      return automation.base64(await automation.exportFilm(spec, (p) => void heard(p.done, p.total)));
    }, spec);
  });
  return Buffer.from(base64, "base64");
}

export async function animateCommand(args: string[], io: Io): Promise<number> {
  const options = animateOptions(args);
  const film = await renderFilm(options, io);
  writeFileSync(options.out, film);
  const { spec } = options;
  io.err(`wrote ${options.out} (${spec.format.toUpperCase()}, ${spec.width}×${spec.height}, ${(film.length / 1e6).toFixed(1)} MB)\n`);
  return 0;
}
