/**
 * Exports written a chunk at a time: a file on disk holds what stdout gets, byte for byte, for
 * every format; a writer that fails half-way leaves no half file and no temporary one, and a
 * file already there stands untouched; several files appear together or not at all.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeChunkFiles } from "../../src/cli/chunk-files";
import { cli } from "../support/cli";

const outDir = () => mkdtempSync(join(tmpdir(), "faultlines-chunks-"));

function* failingAfter(chunks: number): Generator<string> {
  for (let i = 0; i < chunks; i++) yield `chunk ${i} `.repeat(10_000);
  throw new Error("the writer found a bad relation");
}

describe("writing chunks to files", () => {
  test("each format's file is what stdout gets", async () => {
    for (const args of [["--format", "json"], ["--format", "gexf", "--dynamic"], ["--format", "gexf"], ["--format", "graphml"]]) {
      const file = join(outDir(), "all");
      const printed = await cli("export", ...args);
      const written = await cli("export", ...args, "--out", file);
      expect([printed.code, written.code]).toEqual([0, 0]);
      expect(readFileSync(file, "utf8")).toBe(printed.out);
    }
  });

  test("a failure half-way leaves no half file, no temporary file, and the file before it as it was", async () => {
    const dir = outDir();
    const path = join(dir, "view.gexf");
    writeFileSync(path, "the export before");
    await expect(writeChunkFiles([{ path, chunks: failingAfter(40) }])).rejects.toThrow("the writer found a bad relation");
    expect(readdirSync(dir)).toEqual(["view.gexf"]);
    expect(readFileSync(path, "utf8")).toBe("the export before");
  });

  test("two files are renamed into place together: the second failing, neither appears", async () => {
    const dir = outDir();
    const [relations, actors] = [join(dir, "view.csv"), join(dir, "view.actors.csv")];
    await expect(writeChunkFiles([{ path: relations, chunks: ["id\r\n", "a\r\n"] }, { path: actors, chunks: failingAfter(3) }])).rejects.toThrow();
    expect(readdirSync(dir)).toEqual([]);
    await writeChunkFiles([{ path: relations, chunks: ["id\r\n", "a\r\n"] }, { path: actors, chunks: ["\uFEFF", "id\r\n"] }]);
    expect([readFileSync(relations, "utf8"), readFileSync(actors, "utf8")]).toEqual(["id\r\na\r\n", "\uFEFFid\r\n"]);
  });

  test("a directory that is not there fails before anything is written", async () => {
    const path = join(outDir(), "missing", "view.json");
    await expect(writeChunkFiles([{ path, chunks: ["{}"] }])).rejects.toThrow(/ENOENT/);
    expect(existsSync(path)).toBe(false);
  });
});
