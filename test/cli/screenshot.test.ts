/**
 * The screenshot command renders the explorer's composition headless at the size asked, as PNG
 * or SVG, for a view given as a link's query.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { expect, test } from "vitest";
import { runCli } from "../../src/cli/run";
import { screenshotOptions } from "../../src/cli/screenshot";

async function cli(...argv: string[]) {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test("a PNG of a view at the size asked, scaled", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "faultlines-shot-")), "slide.png");
  const { code, err } = await cli("screenshot", "--view", "at=2026-02-27&actor=ttp", "--width", "1280", "--height", "720", "--scale", "2", "--out", out);
  expect(err).toContain("wrote");
  expect(code).toBe(0);
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(pngSize(png)).toEqual({ width: 2560, height: 1440 });
});

test("an SVG with the actors' labels and the legend as text", async () => {
  const out = join(mkdtempSync(join(tmpdir(), "faultlines-shot-")), "slide.svg");
  const { code } = await cli("screenshot", "--view", "?at=2025-10-15&theme=dark", "--width", "1920", "--height", "1080", "--out", out);
  expect(code).toBe(0);
  const svg = readFileSync(out, "utf8");
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(svg, "image/svg+xml");
  expect(errors).toEqual([]);
  expect(doc.documentElement?.getAttribute("width")).toBe("1920");
  const texts = Array.from(doc.getElementsByTagName("text")).map((t) => t.textContent);
  expect(texts).toEqual(expect.arrayContaining(["Pakistan", "Afghan Taliban", "as of 15 Oct 2025", "Air or drone strike"]));
});

test("options are checked before anything starts", () => {
  expect(() => screenshotOptions(["--width", "1920"])).toThrow(/--out FILE is needed/);
  expect(() => screenshotOptions(["--out", "x.png", "--scale", "9"])).toThrow(/--scale "9" should be a number above 0 and at most 4/);
  expect(() => screenshotOptions(["--out", "x.gif", "--format", "gif"])).toThrow(/should be png or svg/);
  expect(screenshotOptions(["--out", "x.svg", "--view", "theme=dark"])).toMatchObject({ format: "svg", background: "dark", width: 1920, height: 1080, scale: 1 });
});
