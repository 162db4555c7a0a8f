/**
 * Reads File objects as UTF-8 text, a chunk at a time, so the reading can be shown byte by byte:
 * a byte-order mark is dropped, and bytes that are not UTF-8 become U+FFFD instead of stopping
 * the read (the importers then say what the file is). Nothing read is ever run.
 */
import type { SourceText } from "../../model/load";

/** `onBytes(done, total)`: after each chunk, over all the files together. */
export async function readFiles(files: readonly File[], onBytes: (done: number, total: number) => void): Promise<SourceText[]> {
  const total = files.reduce((n, f) => n + f.size, 0);
  let done = 0;
  const texts: SourceText[] = [];
  for (const file of files) {
    const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: false });
    const parts: string[] = [];
    const reader = file.stream().getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      done += chunk.value.byteLength;
      parts.push(decoder.decode(chunk.value, { stream: true }));
      onBytes(done, total);
    }
    parts.push(decoder.decode());
    texts.push({ name: file.name, text: parts.join("") });
  }
  onBytes(done, total);
  return texts;
}
