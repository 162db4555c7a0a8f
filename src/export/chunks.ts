/**
 * Text in chunks of a bounded size, so an export of any size is written piece by piece (to a
 * file, a Blob, stdout) and never held whole: at 500,000 relations a GEXF is over 500 million
 * characters, near V8's longest string, and several times that in memory while it is built.
 *
 * A writer pushes small pieces into a ChunkBuffer and, after each actor or relation, yields
 * what `take` hands back once the buffer holds a chunk's worth. Every chunk is at most
 * CHUNK_CHARS long, however long one piece is (a relation citing thousands of events), and
 * never ends between the two halves of a surrogate pair, so each chunk encodes to UTF-8 on its
 * own exactly as it would inside the whole text.
 */

/** 64 Ki characters: large enough that a chunk's overhead is nothing, small enough to hold many. */
export const CHUNK_CHARS = 1 << 16;

export class ChunkBuffer {
  private pieces: string[] = [];
  private length = 0;

  constructor(private readonly limit: number = CHUNK_CHARS) {
    if (!(Number.isInteger(limit) && limit >= 2)) throw new Error(`ChunkBuffer: a chunk of ${limit} characters cannot hold a surrogate pair; give at least 2`);
  }

  push(...pieces: string[]): void {
    for (const piece of pieces) {
      this.pieces.push(piece);
      this.length += piece.length;
    }
  }

  /** Whether `take` has a chunk to hand back: writers check it after each item. */
  get full(): boolean {
    return this.length >= this.limit;
  }

  /** The full chunks the buffer holds, each `limit` characters or one less; the rest stays for later. */
  take(): string[] {
    if (this.length < this.limit) return [];
    const text = this.pieces.join("");
    const chunks: string[] = [];
    let at = 0;
    while (text.length - at >= this.limit) {
      const end = cutAt(text, at + this.limit);
      chunks.push(text.slice(at, end));
      at = end;
    }
    // Copied out, so the joined text is not kept alive by a slice of its tail.
    const rest = at < text.length ? flat(text.slice(at)) : "";
    this.pieces = rest ? [rest] : [];
    this.length = rest.length;
    return chunks;
  }

  /** Everything left, in chunks of at most `limit` characters. */
  finish(): string[] {
    const chunks = this.take();
    if (this.length) chunks.push(this.pieces.join(""));
    this.pieces = [];
    this.length = 0;
    return chunks;
  }
}

/** `end`, or one before it when `end` would part a surrogate pair. */
function cutAt(text: string, end: number): number {
  const before = text.charCodeAt(end - 1);
  return before >= 0xd800 && before <= 0xdbff && end < text.length ? end - 1 : end;
}

/** A string that owns its characters rather than pointing into a larger one. */
const flat = (text: string): string => (text.length > 0 ? (" " + text).slice(1) : text);

/** The chunks joined: the whole text, for small exports and the tests. */
export const joinChunks = (chunks: Iterable<string>): string => {
  const all: string[] = [];
  for (const chunk of chunks) all.push(chunk);
  return all.join("");
};
