/**
 * The first line of defence of the GEXF import: what a file may cost before it is parsed, and
 * the parse itself. Hostile XML is refused before @xmldom/xmldom sees it: files over a size
 * limit, DOCTYPEs that declare entities ("billion laughs") or point outside the file (XXE),
 * and nesting or element counts no graph needs. Small slips that Gephi and others make (an
 * undeclared `viz:` prefix) are repaired and reported; other malformed XML is refused with the
 * parser's reason at its line.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import type { Diagnostic } from "../../model/diagnostics";

/**
 * 16 Mi characters, about 16 MB of GEXF: some 50,000 nodes and edges with a few attributes.
 * xmldom keeps the whole tree (about 45 bytes of memory per byte of file), so this keeps a
 * browser tab under a gigabyte; larger graphs belong in Gephi, filtered before export.
 */
export const MAX_FILE_CHARS = 16 * 1024 * 1024;
/** A GEXF file nests 6 deep (gexf/graph/nodes/node/attvalues/attvalue); hierarchies add 2 a level. */
export const MAX_DEPTH = 64;
/** Elements, counted before parsing; the size limit alone allows millions of `<a/>`. */
export const MAX_ELEMENTS = 400_000;

export type Parsed = { readonly ok: true; readonly root: Element; readonly warnings: Diagnostic[] } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
};

const megabytes = (chars: number) => `${(chars / 1024 / 1024).toFixed(1)} MB`;

export function parseGexfXml(file: string, raw: string): Parsed {
  const refuse = (message: string, fix: string, line?: number, value?: unknown): Parsed => ({
    ok: false,
    diagnostics: [{ severity: "error", file, ...(line ? { line } : {}), path: "(file)", ...(value === undefined ? {} : { value }), message, fix }],
  });
  if (raw.length > MAX_FILE_CHARS)
    return refuse(`the file is ${megabytes(raw.length)}, over the ${megabytes(MAX_FILE_CHARS)} this import reads`, "Filter the graph in Gephi (a time range, a component, the nodes you need) and export it again, or split it into several files");
  const text = raw.replace(/^\uFEFF/, "");
  const start = text.search(/\S/);
  if (start === -1) return refuse("the file is empty", "Choose the .gexf file itself; if it is the right file, export it again from the tool that made it");
  if (text[start] !== "<") return refuse(`this is not XML: it starts with ${JSON.stringify(text.slice(start, start + 20))}${guessFormat(text[start])}`, "Choose a GEXF file (.gexf), as Gephi's File > Export > Graph file writes it", lineAt(text, start));
  const problem = scanStructure(text);
  if (problem) return refuse(problem.message, problem.fix, lineAt(text, problem.offset), problem.value);
  const warnings: Diagnostic[] = [];
  const repaired = declareMissingPrefixes(text, (prefix, line) =>
    warnings.push({ severity: "warning", file, line, path: "gexf", value: prefix, message: `the prefix "${prefix}:" is used but never declared; read as if it were`, fix: `Add xmlns:${prefix}="…" to the <gexf> element (Gephi writes it)` }),
  );
  let failure: Diagnostic | undefined;
  try {
    const doc = new DOMParser({
      // XML 1.0 line ends only: xmldom's default also folds U+0085, U+2028 and U+2029 (XML 1.1).
      normalizeLineEndings: (source) => source.replace(/\r\n?/g, "\n"),
      onError: (level, message, context) => {
        const at = (context as { locator?: { lineNumber?: number; columnNumber?: number } } | undefined)?.locator;
        const place = { ...(at?.lineNumber ? { line: at.lineNumber } : {}), ...(at?.columnNumber ? { column: at.columnNumber } : {}) };
        const said = String(message).split("\n")[0].slice(0, 200);
        if (level === "warning") warnings.push({ severity: "warning", file, ...place, path: "(XML)", message: `the XML is slightly off (${said}); read anyway`, fix: "Correct the XML at this line, e.g. put attribute values in quotes" });
        else {
          failure = { severity: "error", file, ...place, path: "(XML)", message: xmlProblem(said), fix: xmlFix(said) };
          throw new Error(said);
        }
      },
    }).parseFromString(repaired, "text/xml");
    if (doc.documentElement) return { ok: true, root: doc.documentElement, warnings };
  } catch (e) {
    failure ??= { severity: "error", file, path: "(XML)", message: xmlProblem((e as Error).message), fix: xmlFix("") };
  }
  return { ok: false, diagnostics: [failure ?? { severity: "error", file, path: "(XML)", message: "there is no XML element in the file", fix: xmlFix("") }] };
}

function guessFormat(first: string): string {
  if (first === "{" || first === "[") return "; it looks like JSON";
  return "";
}

function xmlProblem(said: string): string {
  const entity = /entity not found:\s*(&[^;]*;?)/.exec(said);
  if (entity) return `the entity ${entity[1]} is not one XML defines`;
  if (/EntityRef/.test(said)) return `a "&" does not start an entity such as &amp; (${said})`;
  if (/missing root element/.test(said)) return "there is no XML element in the file";
  return `the XML is not well-formed: ${said}`;
}

function xmlFix(said: string): string {
  if (/entity not found|EntityRef/.test(said)) return 'Write a bare "&" as "&amp;", or put the character itself';
  return "The file is damaged or was cut short: export it again from the tool that made it, or correct the XML at this line";
}

interface StructureProblem {
  readonly offset: number;
  readonly message: string;
  readonly fix: string;
  readonly value?: string;
}

/**
 * One linear pass over the text, before any parser: refuses DOCTYPEs that can expand or fetch,
 * nesting deeper than MAX_DEPTH and more than MAX_ELEMENTS elements. Comments, CDATA and quoted
 * attribute values are skipped, so a `<` or `>` inside them is not mistaken for a tag.
 */
function scanStructure(text: string): StructureProblem | undefined {
  let depth = 0;
  let elements = 0;
  const skipTo = (from: number, end: string) => {
    const at = text.indexOf(end, from);
    return at === -1 ? text.length : at + end.length;
  };
  for (let i = text.indexOf("<"); i !== -1 && i < text.length; i = text.indexOf("<", i)) {
    if (text.startsWith("<!--", i)) i = skipTo(i + 4, "-->");
    else if (text.startsWith("<![CDATA[", i)) i = skipTo(i + 9, "]]>");
    else if (text.startsWith("<?", i)) i = skipTo(i + 2, "?>");
    else if (text.startsWith("<!", i)) {
      const declaration = doctypeProblem(text, i);
      if (declaration) return declaration;
      i = skipTo(i + 2, ">");
    } else if (text.startsWith("</", i)) {
      depth--;
      i = skipTo(i + 2, ">");
    } else {
      let j = i + 1;
      for (let quote = 0; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (quote) quote = c === quote ? 0 : quote;
        else if (c === 34 || c === 39) quote = c;
        else if (c === 62) break;
      }
      if (++elements > MAX_ELEMENTS)
        return { offset: i, message: `the file has more than ${MAX_ELEMENTS.toLocaleString("en")} XML elements, more than this import reads`, fix: "Filter the graph in Gephi and export it again, or split it into several files" };
      if (text.charCodeAt(j - 1) !== 47 && ++depth > MAX_DEPTH)
        return { offset: i, message: `the XML nests more than ${MAX_DEPTH} elements deep; no GEXF graph needs that`, fix: "This is not a graph file as Gephi writes it: export the graph again from the tool that made it" };
      i = j + 1;
    }
  }
  return undefined;
}

/**
 * The whole declaration is read, however long: a DOCTYPE padded with whitespace, comments or
 * processing instructions hides its SYSTEM id or <!ENTITY> past any fixed window. Texts
 * are sliced only up to each declaration's own `>`, so many small `<!…>` stay a linear pass.
 */
function doctypeProblem(text: string, at: number): StructureProblem | undefined {
  const close = text.indexOf(">", at);
  let declaration = text.slice(at, close === -1 ? text.length : close + 1);
  const subset = declaration.indexOf("[");
  if (subset !== -1) {
    const subsetEnd = /\]\s*>/g;
    subsetEnd.lastIndex = at + subset;
    const found = subsetEnd.exec(text);
    declaration = text.slice(at, found ? found.index + found[0].length : text.length);
  }
  const external = /\b(SYSTEM|PUBLIC)\b/.test(declaration);
  const entities = /<!ENTITY/i.test(declaration);
  if (!external && !entities && !declaration.includes("[")) return undefined;
  const fix = "Delete the <!DOCTYPE …> declaration and any &name; references to it: GEXF needs none, and Gephi never writes one";
  if (external)
    return { offset: at, message: "the file's DOCTYPE refers to something outside the file (an external entity or DTD), which could make the reader fetch other files or addresses (XXE); refused", fix };
  return {
    offset: at,
    message: `the file's DOCTYPE declares ${entities ? "entities" : "an internal subset"}, which can expand a few bytes into gigabytes ("billion laughs"); refused`,
    fix,
    value: declaration.slice(0, 60),
  };
}

/** Namespace URIs for prefixes files use without declaring them. */
const KNOWN_PREFIXES: Readonly<Record<string, string>> = { viz: "http://gexf.net/1.3/viz", xsi: "http://www.w3.org/2001/XMLSchema-instance" };

/**
 * xmldom refuses an element or attribute whose prefix is not declared; hand-made and some
 * exported files use `viz:` without `xmlns:viz`. Declares each such prefix on the root element,
 * which leaves every line number as it was.
 */
function declareMissingPrefixes(text: string, report: (prefix: string, line: number) => void): string {
  const root = /<([A-Za-z_][\w.-]*:)?[A-Za-z_][\w.-]*/g;
  let match: RegExpExecArray | null;
  while ((match = root.exec(text)) && (text[match.index + 1] === "?" || text[match.index + 1] === "!"));
  if (!match) return text;
  const rootEnd = text.indexOf(">", match.index);
  const rootTag = text.slice(match.index, rootEnd === -1 ? undefined : rootEnd);
  const declared = new Set([...rootTag.matchAll(/xmlns:([\w.-]+)\s*=/g)].map((m) => m[1]));
  const used = new Map<string, number>();
  for (const re of [/<\/?([A-Za-z_][\w.-]*):[A-Za-z_]/g, /\s([A-Za-z_][\w.-]*):[A-Za-z_][\w.-]*\s*=\s*["']/g])
    for (const m of text.matchAll(re)) {
      const prefix = m[1];
      if (prefix !== "xml" && prefix !== "xmlns" && !declared.has(prefix) && !used.has(prefix) && used.size < 20) used.set(prefix, m.index);
      if (used.size >= 20) break;
    }
  if (used.size === 0) return text;
  let declarations = "";
  for (const [prefix, offset] of used) {
    if (new RegExp(`xmlns:${prefix.replace(/\./g, "\\.")}\\s*=`).test(text)) continue; // declared further in: xmldom scopes it
    declarations += ` xmlns:${prefix}="${KNOWN_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`}"`;
    report(prefix, lineAt(text, offset));
  }
  const insertAt = match.index + match[0].length;
  return text.slice(0, insertAt) + declarations + text.slice(insertAt);
}
