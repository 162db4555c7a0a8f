/**
 * The few DOM reads the GEXF import needs, over @xmldom/xmldom's elements (no browser DOM):
 * child elements by local name, whatever their namespace (files with a wrong or missing GEXF
 * namespace are read anyway), attributes as plain strings, and an element's line.
 */
import type { Element } from "@xmldom/xmldom";

export function children(parent: Element, name: string): Element[] {
  const found: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) found.push(n as Element);
  return found;
}

export const child = (parent: Element, name: string): Element | undefined => {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  return undefined;
};

/** An attribute's value, undefined when absent (xmldom's getAttribute gives "" or null). */
export const attr = (el: Element, name: string): string | undefined => (el.hasAttribute(name) ? (el.getAttribute(name) ?? undefined) : undefined);

/** The element's 1-based line in the file, when the parser recorded it. */
export const lineOf = (el: Element): number | undefined => (el.lineNumber !== undefined && el.lineNumber > 0 ? el.lineNumber : undefined);
