/**
 * Reads CSV and TSV as spreadsheets write them (RFC 4180): quoted fields, doubled quotes inside
 * them, CRLF, LF or CR line ends, line breaks inside quotes, and a leading byte-order mark. Each
 * row keeps the line it starts on so the import report can point at it. The project has no CSV
 * library and the format is small, so this is written here and property-tested against a writer.
 */

export type Delimiter = "," | "\t" | ";";

export interface CsvRow {
  /** 1-based line the row starts on. */
  readonly line: number;
  readonly fields: readonly string[];
  /** Set when a quote in the row is never closed: the row swallowed the rest of the file. */
  readonly unclosedQuote?: true;
}

export interface CsvProblem {
  readonly severity: "error" | "warning";
  readonly line: number;
  readonly message: string;
  readonly fix: string;
  readonly value?: string;
}

export interface CsvTable {
  readonly delimiter: Delimiter;
  readonly rows: readonly CsvRow[];
  readonly problems: readonly CsvProblem[];
}

const QUOTE = 34; // "
const LF = 10;
const CR = 13;

export const delimiterName = (d: Delimiter): string => (d === "," ? "comma" : d === "\t" ? "tab" : "semicolon");

/**
 * The delimiter of the header line: whichever of comma, tab and semicolon it holds most often
 * outside quotes. Ties go to tab for a .tsv file and to comma otherwise.
 */
export function detectDelimiter(text: string, fileName: string): Delimiter {
  const counts = new Map<string, number>([[",", 0], ["\t", 0], [";", 0]]);
  let quoted = false;
  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  const order: Delimiter[] = /\.tsv$/i.test(fileName) ? ["\t", ",", ";"] : [",", "\t", ";"];
  return order.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), order[0]);
}

/** Line breaks in text[from, to): CRLF counts once. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

export function parseCsv(text: string, delimiter: Delimiter): CsvTable {
  const rows: CsvRow[] = [];
  const problems: CsvProblem[] = [];
  const stop = delimiter.charCodeAt(0);
  const n = text.length;
  /** The first delimiter or line end at or after i. */
  const fieldEnd = (i: number): number => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === stop || c === LF || c === CR) return i;
      i++;
    }
    return n;
  };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let rowLine = 1;
  let fields: string[] = [];
  let unclosed = false;
  let quotedInRow = false;
  const endRow = () => {
    // A blank line is no row: spreadsheets and editors leave them, often at the end. ("" is a row.)
    if (fields.length > 1 || fields[0] !== "" || quotedInRow) rows.push(unclosed ? { line: rowLine, fields, unclosedQuote: true } : { line: rowLine, fields });
    fields = [];
    quotedInRow = false;
  };
  for (;;) {
    let value: string;
    if (text.charCodeAt(i) === QUOTE) {
      quotedInRow = true;
      const openedOn = line;
      value = "";
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          value += text.slice(from);
          line += lineBreaks(text, from, n);
          unclosed = true;
          const lastLine = line - (/[\r\n]$/.test(text) ? 1 : 0);
          problems.push({
            severity: "error",
            line: openedOn,
            message: `a quote (") opened on this line is never closed, so the rest of the file${lastLine > openedOn ? ` (to line ${lastLine})` : ""} reads as one value`,
            fix: 'Close the quote, or write a quote inside a quoted value twice ("")',
          });
          i = n;
          break;
        }
        value += text.slice(from, close);
        line += lineBreaks(text, from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
          continue;
        }
        i = close + 1;
        break;
      }
      const end = fieldEnd(i);
      if (end > i) {
        problems.push({
          severity: "warning",
          line,
          message: "text follows the closing quote of a value; it was kept as part of the value",
          fix: 'Put the whole value in quotes, and write a quote inside it twice ("")',
          value: value + text.slice(i, end),
        });
        value += text.slice(i, end);
        i = end;
      }
    } else {
      const end = fieldEnd(i);
      value = text.slice(i, end);
      i = end;
    }
    fields.push(value);
    if (i >= n) {
      endRow();
      break;
    }
    if (text.charCodeAt(i) === stop) {
      i++;
      continue;
    }
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    endRow();
    rowLine = line;
    if (i >= n) break;
  }
  return { delimiter, rows, problems };
}
