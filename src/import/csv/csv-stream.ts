/**
 * Reads CSV as it arrives, chunk by chunk, with the rows and problems parseCsv gives on the whole
 * text: a 60 MB event export is never held whole as text, nor as one array of rows. Each chunk is
 * scanned with parseCsv's own reading of quotes (a quote opens a quoted value only at the start of
 * a value; "" inside one is a quote), and the text up to the last line end outside quotes is
 * handed to parseCsv; the rest waits for more. A CR at the end of what has arrived may be half of
 * a CRLF, and a quote there may be half of "", so both wait too. Line numbers count on across
 * chunks. The delimiter is detected from the header line as soon as it is whole.
 */
import { detectDelimiter, parseCsv, type CsvProblem, type CsvRow, type Delimiter } from "./parse";

const QUOTE = 34;
const LF = 10;
const CR = 13;
const BOM = "\uFEFF";

/**
 * Where the scanner is in the CSV grammar, as parseCsv reads it: at the start of a value (a quote
 * here opens a quoted value), inside an unquoted value (or the text after a quoted value's closing
 * quote), inside a quoted value, or just after a quote inside one (it closes the value, unless
 * another follows: "" is a quote).
 */
const At = { ValueStart: 0, Unquoted: 1, Quoted: 2, QuoteInQuoted: 3 } as const;
type At = (typeof At)[keyof typeof At];

/** Line breaks in `text`, CRLF counting once (as parseCsv counts them): every LF, and each CR not followed by one. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) n++;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) if (text.charCodeAt(i + 1) !== LF) n++;
  return n;
}

export class CsvStream {
  private buffer = "";
  /** How far the buffer has been scanned, and in what state. */
  private scanned = 0;
  private at: At = At.ValueStart;
  /** Lines handed to parseCsv so far: the first line of the buffer is this plus one. */
  private linesBefore = 0;
  private started = false;
  private delimiterFound: Delimiter | undefined;
  private readonly allProblems: CsvProblem[] = [];
  /** How far the header line has been looked for, so a long first line is scanned once. */
  private headerScanned = 0;
  private headerQuoted = false;

  /** `fileName` breaks a tie between separators (tab for .tsv); `delimiter`, when given, is not detected. */
  constructor(
    private readonly fileName: string,
    delimiter?: Delimiter,
  ) {
    this.delimiterFound = delimiter;
  }

  /** The separator, once the header line has arrived whole (or the text has ended). */
  get delimiter(): Delimiter | undefined {
    return this.delimiterFound;
  }

  /** Every problem found so far, in the order parseCsv would give them. */
  get problems(): readonly CsvProblem[] {
    return this.allProblems;
  }

  /** The rows completed by this chunk. */
  push(chunk: string): CsvRow[] {
    this.buffer += chunk;
    if (!this.delimiterFound) {
      if (!this.headerComplete()) return [];
      this.delimiterFound = detectDelimiter(this.buffer, this.fileName);
    }
    const cut = this.scan();
    if (cut <= 0) return [];
    const piece = this.buffer.slice(0, cut);
    this.buffer = this.buffer.slice(cut);
    this.scanned -= cut;
    return this.parse(piece);
  }

  /** The rows left when the text has ended: the last line, with or without its line end. */
  end(): CsvRow[] {
    this.delimiterFound ??= detectDelimiter(this.buffer, this.fileName);
    const piece = this.buffer;
    this.buffer = "";
    this.scanned = 0;
    // An empty rest is no row, as parseCsv reads a text that ends with a line end; the first piece still is one.
    return piece || !this.started ? this.parse(piece) : [];
  }

  /** Whether the header line has ended, as detectDelimiter finds its end: quotes toggle, nothing else. */
  private headerComplete(): boolean {
    for (; this.headerScanned < this.buffer.length; this.headerScanned++) {
      const c = this.buffer.charCodeAt(this.headerScanned);
      if (c === QUOTE) this.headerQuoted = !this.headerQuoted;
      else if (!this.headerQuoted && (c === LF || c === CR)) return true;
    }
    return false;
  }

  /** Scans on from where it stopped; returns the end of the last whole line outside quotes (0 if none). */
  private scan(): number {
    const text = this.buffer;
    const stop = this.delimiterFound!.charCodeAt(0);
    let cut = 0;
    let i = this.scanned;
    if (!this.started && i === 0 && text.startsWith(BOM)) i = 1;
    let at = this.at;
    for (; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (at === At.Quoted) {
        // Most of a quoted value is words: jump to its next quote.
        const close = text.indexOf('"', i);
        if (close < 0) {
          i = text.length;
          break;
        }
        i = close;
        at = At.QuoteInQuoted;
        continue;
      }
      if (at === At.QuoteInQuoted) {
        if (c === QUOTE) {
          at = At.Quoted;
          continue;
        }
        at = At.Unquoted; // closed: what follows, up to a separator or line end, is read unquoted
      } else if (at === At.ValueStart && c === QUOTE) {
        at = At.Quoted;
        continue;
      }
      if (c === stop) at = At.ValueStart;
      else if (c === LF) {
        at = At.ValueStart;
        cut = i + 1;
      } else if (c === CR) {
        // Half of a CRLF, perhaps: wait for the next chunk to tell.
        if (i + 1 >= text.length) break;
        at = At.ValueStart;
        if (text.charCodeAt(i + 1) === LF) i++;
        cut = i + 1;
      } else at = At.Unquoted;
    }
    // A quote at the very end may be the first of "": the state carries it to the next chunk.
    this.scanned = i;
    this.at = at;
    return cut;
  }

  /** parseCsv on a run of whole lines, its line numbers counted on from the lines before it. */
  private parse(piece: string): CsvRow[] {
    const first = !this.started;
    this.started = true;
    // parseCsv drops a byte-order mark at the start of its text: only the file's own first one is
    // one. A piece that starts with the character gets a mark to drop, so it keeps its own; only
    // then, since a mark makes the whole piece a two-byte string, twice the memory of Latin text.
    const table = parseCsv(!first && piece.startsWith(BOM) ? BOM + piece : piece, this.delimiterFound!);
    const offset = this.linesBefore;
    this.linesBefore += lineBreaks(piece);
    for (const p of table.problems)
      this.allProblems.push({
        ...p,
        line: p.line + offset,
        // The unclosed quote's message names the last line it swallowed.
        message: offset ? p.message.replace(/\(to line (\d+)\)/, (_, n: string) => `(to line ${Number(n) + offset})`) : p.message,
      });
    return offset ? table.rows.map((r) => ({ ...r, line: r.line + offset })) : [...table.rows];
  }
}
