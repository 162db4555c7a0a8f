/**
 * Small XML helpers for the GEXF writer: escaping text for attribute values and element content
 * in one regex pass, the list encoding of liststring attributes, viz colours and numbers.
 *
 * Text from the data can hold anything a YAML file can. XML 1.0 forbids the C0 control
 * characters other than tab, newline and carriage return, the non-characters U+FFFE and U+FFFF,
 * and unpaired surrogate halves, even as character references; each is replaced by U+FFFD (the
 * replacement character) so the file stays well-formed and the reader sees that something was
 * there. Tab, newline and carriage return are written as character references so that XML's
 * attribute-value normalisation does not turn them into spaces; so are U+0085, U+2028 and
 * U+2029, which XML 1.1 readers (and @xmldom/xmldom, even on XML 1.0) take for line ends.
 */

const SPECIAL = /[&<>"\t\n\r\u0085\u2028\u2029\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITY: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\t": "&#9;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\u0085": "&#133;",
  "\u2028": "&#8232;",
  "\u2029": "&#8233;",
};

const replace = (c: string): string => ENTITY[c] ?? "\uFFFD";

/** Text made safe for a double-quoted attribute value or element content. */
export const escapeXml = (text: string): string => text.replace(SPECIAL, replace);

/** Text with the characters XML 1.0 forbids replaced by U+FFFD, not otherwise escaped. */
export const withoutForbiddenChars = (text: string): string => text.replace(FORBIDDEN, "\uFFFD");

/**
 * A liststring value: a JSON array of strings, e.g. `["TTP", "Tehrik-i-Taliban"]`. Any string
 * survives it (separators, quotes and brackets inside an item are escaped), JSON readers take it
 * as is, and it is the bracketed, quoted form Gephi and graphology-gexf read for GEXF 1.3 lists.
 */
export const encodeList = (items: readonly string[]): string => `[${items.map((item) => JSON.stringify(withoutForbiddenChars(item))).join(", ")}]`;

export interface Rgb {
  readonly r: number;
  readonly g: number;
  readonly b: number;
}

/** "#rrggbb" or "#rgb" as channels; anything else is a programming error in the caller. */
export function parseHexColour(colour: string, what: string): Rgb {
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  const hex = long ? long.slice(1) : short ? short.slice(1).map((c) => c + c) : undefined;
  if (!hex) throw new Error(`exportGexf: ${what} returned ${JSON.stringify(colour)}, not a colour. Give it as "#rrggbb"`);
  const [r, g, b] = hex.map((h) => parseInt(h, 16));
  return { r, g, b };
}

/** A viz:color element for a colour (with its own indentation). */
export const vizColour = ({ r, g, b }: Rgb, indent: string): string => `${indent}<viz:color r="${r}" g="${g}" b="${b}"/>\n`;

/** A number as xsd:float/xsd:double text, or undefined when it has none (NaN, ±Infinity). */
export const xsdNumber = (n: number): string | undefined => (Number.isFinite(n) ? String(n) : undefined);
