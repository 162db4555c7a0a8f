/**
 * The film figures of the browser benchmark, on the bundled data set in the real explorer at
 * 1280×720: how fast a film of 2021–2026 by month is made (frames per second, from asking to
 * the file), against the way to a film without one, taking as many composed PNG images of the
 * view one by one through the image export (what the screenshot command makes; timed over
 * PNG_SAMPLE of them, at about a second each, and counted per second); and how large the film
 * is as WebM and GIF, against the caps of 10 MB and 20 MB.
 */
import type { Browser } from "playwright-core";
import type { FilmFormat, FilmSpec } from "../../src/look/film/types";
import { parseDay } from "../../src/model/dates";
import { ratioText } from "../measure";
import type { BenchRow } from "../rows";

const SIZE = { width: 1280, height: 720 };
/** PNG images timed for the baseline's rate: all 252 would take four minutes for the same figure. */
const PNG_SAMPLE = 30;
const SPEC = (format: FilmFormat): FilmSpec => ({
  from: parseDay("2021-01-01"),
  to: parseDay("2026-03-31"),
  step: "month",
  fps: 4,
  secondsPerStep: 1,
  ...SIZE,
  background: "light",
  title: "Pakistan and its militant neighbours, 2021–2026",
  format,
  captions: true,
});

export async function filmRows(browser: Browser, origin: string): Promise<BenchRow[]> {
  const page = await browser.newPage({ viewport: SIZE });
  try {
    page.on("pageerror", (e) => console.error(`film bench: ${e.message}`));
    await page.goto(`${origin}/?at=2026-03-01`);
    await page.getByTestId("status").waitFor({ timeout: 60_000 });
    const film = (format: FilmFormat) =>
      page.evaluate(async (spec) => {
        const automation = document.querySelector("faultlines-app")!.automation;
        let frames = 0;
        const start = performance.now();
        const blob = await automation.exportFilm(spec, (p) => (frames = p.total));
        return { seconds: (performance.now() - start) / 1000, frames, bytes: blob.size };
      }, SPEC(format));
    const pngs = (count: number) =>
      page.evaluate(
        async ({ count, size }) => {
          const automation = document.querySelector("faultlines-app")!.automation;
          const start = performance.now();
          for (let i = 0; i < count; i++) await automation.exportImage({ title: "Faultlines", size: { kind: "fixed", ...size }, background: "light", format: "png" });
          return (performance.now() - start) / 1000;
        },
        { count, size: SIZE },
      );
    // A first film warms the page (code, fonts, encoders) before anything is timed.
    await film("webm");
    const webm = await film("webm");
    const gif = await film("gif");
    // The baseline's time for as many images as the film has frames, at the rate of the sample.
    const pngSeconds = ((await pngs(PNG_SAMPLE)) / PNG_SAMPLE) * webm.frames;
    const row = (figure: string, value: string, more: Partial<BenchRow> = {}): BenchRow => ({ where: "Chromium", size: "bundled", figure, value, ...more });
    const rate = (frames: number, seconds: number) => frames / seconds;
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
    return [
      row(`film 2021-01 to 2026-03 by month, ${webm.frames} frames 1280×720, WebM`, `${rate(webm.frames, webm.seconds).toFixed(1)} frames/s`, {
        baseline: `PNG images one by one ${rate(webm.frames, pngSeconds).toFixed(2)}/s (${PNG_SAMPLE} timed)`,
        ratio: ratioText(pngSeconds, webm.seconds),
      }),
      row(`the same film as GIF`, `${rate(gif.frames, gif.seconds).toFixed(1)} frames/s`, { baseline: `PNG images ${rate(webm.frames, pngSeconds).toFixed(2)}/s`, ratio: ratioText(pngSeconds * (gif.frames / webm.frames), gif.seconds) }),
      row("film size, WebM", mb(webm.bytes), { target: `< 10 MB: ${webm.bytes < 10e6 ? "met" : "missed"}` }),
      row("film size, GIF", mb(gif.bytes), { target: `< 20 MB: ${gif.bytes < 20e6 ? "met" : "missed"}` }),
    ];
  } finally {
    await page.close();
  }
}
