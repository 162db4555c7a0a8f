/**
 * Writing exported text to files a chunk at a time: each chunk goes to the file as it comes,
 * waiting for the stream to drain when its buffer is full, so memory holds a few chunks however
 * large the file. Each file is written under a temporary name beside it and renamed into place
 * once every file is complete: an export that fails half-way (a bad relation, a full disk)
 * leaves no half file, and an earlier file of that name stands until the new one is whole.
 */
import { once } from "node:events";
import { createWriteStream, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { finished } from "node:stream/promises";

export interface ChunkFile {
  readonly path: string;
  /** The file's text, in order; a byte-order mark or other preamble is its first chunk. */
  readonly chunks: Iterable<string>;
}

/** Writes every file, then renames them all into place; on any failure removes what it wrote and throws. */
export async function writeChunkFiles(files: readonly ChunkFile[]): Promise<void> {
  const temporary = files.map((f) => join(dirname(f.path), `.${basename(f.path)}.${process.pid}.part`));
  try {
    for (const [i, file] of files.entries()) await writeChunks(temporary[i], file.chunks);
    files.forEach((file, i) => renameSync(temporary[i], file.path));
  } catch (error) {
    for (const path of temporary) rmSync(path, { force: true });
    throw error;
  }
}

async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const stream = createWriteStream(path, { encoding: "utf8" });
  let failed: Error | undefined;
  stream.on("error", (error) => (failed ??= error));
  try {
    for (const chunk of chunks) {
      if (failed) throw failed;
      if (!stream.write(chunk)) await once(stream, "drain");
    }
    stream.end();
    await finished(stream);
    if (failed) throw failed;
  } catch (error) {
    stream.destroy();
    // A stream torn down mid-open may still create the file: wait for it to close before the caller removes it.
    if (!stream.closed) await once(stream, "close").catch(() => undefined);
    throw error;
  }
}
