/**
 * Evidence against its documents: where a quote sits in a document, and which paragraphs the
 * relations cite, so a reader can see what the data set has not yet drawn on.
 *
 * Paragraphs are the blocks of a text separated by blank lines, numbered from 1 ("¶1"). Quotes
 * are matched after normalising whitespace only: line breaks and runs of spaces count as one
 * space, and nothing else is forgiven (not quotes, dashes or apostrophes).
 */
import type { Relation } from "./types";

export const normaliseWhitespace = (text: string): string => text.replace(/\s+/g, " ").trim();

export interface Paragraph {
  readonly number: number;
  readonly text: string;
  /** Offsets of the paragraph in the document's normalised text. */
  readonly start: number;
  readonly end: number;
}

export interface IndexedDocument {
  readonly paragraphs: readonly Paragraph[];
  /** The whole document, whitespace-normalised: paragraphs joined by single spaces. */
  readonly text: string;
}

export function indexDocument(raw: string): IndexedDocument {
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const block of raw.split(/\n\s*\n/)) {
    const text = normaliseWhitespace(block);
    if (!text) continue;
    paragraphs.push({ number: paragraphs.length + 1, text, start: offset, end: offset + text.length });
    offset += text.length + 1;
  }
  return { paragraphs, text: paragraphs.map((p) => p.text).join(" ") };
}

/** The paragraphs a quote spans, or [] when the document does not contain it verbatim. */
export function locateQuote(doc: IndexedDocument, quote: string): Paragraph[] {
  const wanted = normaliseWhitespace(quote);
  const at = wanted ? doc.text.indexOf(wanted) : -1;
  if (at < 0) return [];
  const end = at + wanted.length;
  return doc.paragraphs.filter((p) => p.start < end && at < p.end);
}

export interface ParagraphCoverage {
  readonly paragraph: Paragraph;
  /** Ids of the relations with evidence in this paragraph. */
  readonly relations: readonly string[];
}

export interface DocumentCoverage {
  readonly sourceId: string;
  readonly paragraphs: readonly ParagraphCoverage[];
  /** Evidence from this document that is not found in it verbatim. */
  readonly missing: readonly { relation: string; quote: string }[];
  /** Evidence whose "¶N" location is not the paragraph where its quote starts. */
  readonly misplaced: readonly { relation: string; location: string; actual: number }[];
}

export function documentCoverage(sourceId: string, raw: string, relations: readonly Relation[]): DocumentCoverage {
  const doc = indexDocument(raw);
  const citing = doc.paragraphs.map(() => new Set<string>());
  const missing: { relation: string; quote: string }[] = [];
  const misplaced: { relation: string; location: string; actual: number }[] = [];
  for (const r of relations)
    for (const e of r.evidence) {
      if (e.source !== sourceId) continue;
      const spanned = locateQuote(doc, e.quote);
      if (!spanned.length) {
        missing.push({ relation: r.id, quote: e.quote });
        continue;
      }
      for (const p of spanned) citing[p.number - 1].add(r.id);
      const stated = /^¶(\d+)$/.exec(e.location ?? "");
      if (stated && Number(stated[1]) !== spanned[0].number) misplaced.push({ relation: r.id, location: e.location!, actual: spanned[0].number });
    }
  return { sourceId, paragraphs: doc.paragraphs.map((paragraph, i) => ({ paragraph, relations: [...citing[i]] })), missing, misplaced };
}
