/**
 * The evidence behind a relation as GEXF carries it: the ids of the sources it cites, and a
 * human-readable citation of each piece of evidence (author, title, publisher, date, location
 * and the verbatim quote, with an event's date and deaths), for reading in Gephi's data
 * laboratory or a spreadsheet; and the deaths the evidence counts.
 */
import { formatDate, formatPeriod } from "../model/dates";
import type { Evidence, Relation, Source } from "../model/types";

/** Builds citations for many relations, formatting each source's reference once. */
export class Citations {
  private readonly sources: ReadonlyMap<string, Source>;
  private readonly references = new Map<string, string>();

  constructor(sources: readonly Source[]) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
  }

  /** The cited sources' ids, each once, in the order the evidence gives them. */
  sourceIds(relation: Relation): string[] {
    const { evidence } = relation;
    if (evidence.length === 1) return [evidence[0].source];
    return [...new Set(evidence.map((e) => e.source))];
  }

  /**
   * One line per piece of evidence:
   * `Isabelle Saint-Mézard, “Afghanistan-Pakistan: …”, Ifri, 31 Mar 2026, ¶12: “quote”`; an
   * event's date and deaths in brackets after the reference, before the location:
   * `ACLED, “Pakistan export” [9 Oct 2025, 3 deaths], at "PAK1234": “quote”`.
   * A source missing from the subset is named by its id, so nothing is silently dropped.
   */
  citation(relation: Relation): string {
    const { evidence } = relation;
    if (evidence.length === 1) return this.cite(evidence[0]);
    return evidence.map((e) => this.cite(e)).join("\n");
  }

  private cite(e: Evidence): string {
    const reference = this.reference(e.source) + eventNote(e);
    return `${e.location ? `${reference}, ${locationText(e.location)}` : reference}: “${e.quote}”`;
  }

  /** The source as a reference: author, “title”, publisher, date; its id when the subset lacks it. */
  reference(id: string): string {
    let text = this.references.get(id);
    if (text === undefined) {
      const s = this.sources.get(id);
      text = s ? [s.author, `“${s.title}”`, s.publisher, s.date && formatDate(s.date)].filter(Boolean).join(", ") : id;
      this.references.set(id, text);
    }
    return text;
  }
}

/**
 * A location as a citation line gives it. `¶N` and `p. N` are written bare, as a reader expects;
 * any other (`section 2`, `p. 4, n. 2`) could not be told from the reference's publisher or date,
 * so it is written `at "…"` as a JSON string, with “ and ” escaped so the line still splits
 * where the quote starts and ends. The GEXF import (faultlines-files.ts) reads both forms back.
 */
function locationText(location: string): string {
  if (/^(?:¶\s*[\w.–-]+|pp?\.\s*[\w.–-]+)$/.test(location)) return location;
  return `at ${JSON.stringify(location).replace(/[“”]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`)}`;
}

/**
 * ` [9 Oct 2025, 3 deaths]`: what happened when, at the date's own precision, and the deaths the
 * source counts; "" when the evidence says neither. Kept out of the reference, which names the
 * source alone, so the GEXF reader can still tell the lines of one source apart and strips it.
 */
export function eventNote(e: Evidence): string {
  const parts = [e.date && formatPeriod(e.date), e.fatalities !== undefined && `${e.fatalities} ${e.fatalities === 1 ? "death" : "deaths"}`].filter(Boolean);
  return parts.length ? ` [${parts.join(", ")}]` : "";
}

/** The deaths the evidence counts, summed; undefined when no piece of evidence counts any. */
export function fatalitiesOf(r: Relation): number | undefined {
  let sum: number | undefined;
  for (const e of r.evidence) if (e.fatalities !== undefined) sum = (sum ?? 0) + e.fatalities;
  return sum;
}
