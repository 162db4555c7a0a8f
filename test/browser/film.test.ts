/**
 * Films from the explorer, made as a person makes them: the Animate… dialog, a span typed, Make
 * film. The WebM downloaded is read back from its container (size, frames, duration) and decoded
 * by the browser's own video player: its first frame shows the first month in the film's large
 * date type and its last frame the last month (each date area is compared with the two months'
 * names drawn in that type). A longer film cancelled half-way leaves no file, no stage behind
 * and the view as it was, and the page answered while it was being made. Films and frames are
 * written to test-results/film/ to be looked at.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { layoutComposition } from "../../src/look/composition/layout";
import { FONT, inkOf, targetOf } from "../../src/look/composition/style";
import type { TextItem } from "../../src/look/composition/layout";
import { readWebm } from "../support/webm-reader";
import { explorerSession } from "../support/explorer-session";

const OUT = resolve("test-results/film");
mkdirSync(OUT, { recursive: true });

const session = explorerSession();
const SIZE = { width: 1280, height: 720 };

/** Where a slide of this size writes its large date, and in what type (the layout's own placement). */
function dateText(label: string): TextItem {
  const { scale } = targetOf({ kind: "fixed", ...SIZE }, SIZE);
  const layout = layoutComposition({ ...SIZE, scale, title: "Faultlines", dateLabel: label, dateStyle: "large", legend: { relationTypes: [], actorKinds: [] }, sourceLine: "", background: "light" });
  return layout.texts.find((t) => t.part === "date")!;
}

async function openDialog(page: Page) {
  await page.getByRole("button", { name: "Animate…" }).click();
  const dialog = page.getByRole("dialog", { name: "Film of the timeline" });
  await dialog.waitFor();
  return dialog;
}

/**
 * Decodes the frames of a video at `times` in the page's own player and returns, for each, the
 * mean difference per channel between its `box` and each of `labels` drawn alone in the large
 * date type at the date's place on the slide's background.
 */
async function dateLikeness(page: Page, video: Buffer, times: number[], labels: string[]): Promise<number[][]> {
  const date = dateText(labels[0]);
  const ink = inkOf("light");
  const box = { x: Math.floor(date.x - 4), y: Math.floor(date.y - date.px), width: Math.ceil(date.px * 6), height: Math.ceil(date.px * 1.3) };
  return page.evaluate(
    async ({ base64, times, labels, box, date, font, fill, text }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const player = document.createElement("video");
      player.muted = true;
      player.src = URL.createObjectURL(new Blob([bytes], { type: "video/webm" }));
      await new Promise<void>((resolve, reject) => {
        player.onloadeddata = () => resolve();
        player.onerror = () => reject(new Error(`the page's player cannot play the film: ${player.error?.message}`));
      });
      const canvas = document.createElement("canvas");
      [canvas.width, canvas.height] = [player.videoWidth, player.videoHeight];
      const context = canvas.getContext("2d", { willReadFrequently: true })!;
      const crop = () => context.getImageData(box.x, box.y, box.width, box.height).data;
      const references = labels.map((label) => {
        context.fillStyle = fill;
        context.fillRect(0, 0, canvas.width, canvas.height);
        context.font = `700 ${date.px}px ${font}`;
        context.fillStyle = text;
        context.textBaseline = "alphabetic";
        context.fillText(label, date.x, date.y);
        return crop();
      });
      const results: number[][] = [];
      for (const time of times) {
        // 'seeked' may come before the frame sought is shown; a video frame callback says it is.
        const shown = new Promise<void>((resolve) => {
          player.requestVideoFrameCallback(() => resolve());
          setTimeout(resolve, 2000);
        });
        await new Promise<void>((resolve) => {
          player.onseeked = () => resolve();
          player.currentTime = time;
        });
        await shown;
        context.drawImage(player, 0, 0);
        const frame = crop();
        results.push(
          references.map((reference) => {
            let sum = 0;
            for (let i = 0; i < frame.length; i += 4) sum += Math.abs(frame[i] - reference[i]) + Math.abs(frame[i + 1] - reference[i + 1]) + Math.abs(frame[i + 2] - reference[i + 2]);
            return sum / ((frame.length / 4) * 3);
          }),
        );
      }
      URL.revokeObjectURL(player.src);
      return results;
    },
    { base64: video.toString("base64"), times, labels, box, date: { x: date.x, y: date.y, px: date.px }, font: FONT, fill: ink.fill ?? "#ffffff", text: ink.text },
  );
}

describe.sequential("films from the Animate… dialog", () => {
  test("six months as WebM: the size, frames and duration asked, the first month first and the last month last", async () => {
    const page = await session.open("at=2026-03-01", { width: 1440, height: 900 });
    const dialog = await openDialog(page);
    await dialog.getByLabel("From", { exact: true }).fill("2025-10");
    await dialog.getByLabel("To", { exact: true }).fill("2026-03");
    await dialog.getByRole("radio", { name: "Month" }).check();
    await dialog.getByLabel("Frames per second", { exact: true }).selectOption("4");
    await dialog.getByRole("radio", { name: /^WebM/ }).check();
    await dialog.getByRole("radio", { name: /1280/ }).check();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), dialog.getByRole("button", { name: "Make film" }).click()]);
    const bytes = readFileSync((await download.path())!);
    writeFileSync(`${OUT}/${download.suggestedFilename()}`, bytes);
    expect(download.suggestedFilename()).toMatch(/^faultlines-2025-10_2026-03\.webm$/);
    await dialog.getByText(/^Saved faultlines-2025-10_2026-03\.webm \(\d/).waitFor();

    const film = readWebm(new Uint8Array(bytes));
    expect([film.width, film.height]).toEqual([1280, 720]);
    // Six months, four frames a second for a second each.
    expect(film.frameCount).toBe(24);
    expect(film.durationSeconds).toBeCloseTo(6, 2);

    const [first, last] = await dateLikeness(page, bytes, [0.05, 5.9], ["Oct 2025", "Mar 2026"]);
    // Each frame's date area is far closer to its own month's name than to the other's.
    expect(first[0], `first frame vs "Oct 2025" and "Mar 2026": ${first}`).toBeLessThan(first[1] * 0.5);
    expect(last[1], `last frame vs "Oct 2025" and "Mar 2026": ${last}`).toBeLessThan(last[0] * 0.5);
    await page.close();
  });

  test("a film cancelled half-way leaves no file, no stage and the view as it was; the page answered meanwhile", async () => {
    const page = await session.open("at=2026-03-01&actor=ttp", { width: 1440, height: 900 });
    const before = await page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect());
    const downloads: string[] = [];
    page.on("download", (d) => downloads.push(d.suggestedFilename()));
    const dialog = await openDialog(page);
    await dialog.getByLabel("From", { exact: true }).fill("2021-01");
    await dialog.getByLabel("To", { exact: true }).fill("2026-03");
    await dialog.getByLabel("Frames per second", { exact: true }).selectOption("12");
    await dialog.getByRole("button", { name: "Make film" }).click();
    // The count moves on while the film is made: the page keeps drawing and answering.
    const label = dialog.locator("#film-progress-label");
    await label.waitFor();
    const seen = new Set<string>();
    while (seen.size < 3) seen.add((await label.textContent()) ?? "");
    const done = Number((await label.textContent())!.match(/Frame (\d+)/)![1]);
    expect(done).toBeLessThan(756);
    await page.screenshot({ path: `${OUT}/making.png` });
    await dialog.getByRole("button", { name: "Cancel", exact: true }).click();
    await dialog.getByText("Film cancelled.").waitFor();
    expect(await page.getByRole("progressbar").count()).toBe(0);
    expect(await dialog.getByRole("alert").textContent()).toBe("");
    // Nothing comes later either, and the film's stage is gone from the page.
    await page.waitForTimeout(1500);
    expect(downloads).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll("body > div[aria-hidden=true]").length)).toBe(0);
    const after = await page.evaluate(() => document.querySelector("faultlines-app")!.automation.inspect());
    expect([after.state, after.visibleRelations]).toEqual([before.state, before.visibleRelations]);
    // Another film after it is made whole.
    await dialog.getByLabel("From", { exact: true }).fill("2026-01");
    await dialog.getByRole("radio", { name: /^GIF/ }).check();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), dialog.getByRole("button", { name: "Make film" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.gif$/);
    await page.close();
  });
});
