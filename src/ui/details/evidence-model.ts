/**
 * What the details panel says of a relation's evidence beyond its quote: the date of what the
 * quote tells, at the precision the source gives it ("4 Mar 2025", "Mar 2025", "one day in 3–9
 * Mar 2025"), the deaths the source counts, the relation's total, and how much of a long list to
 * put in the page at once. Pure, so it is tested in Node.
 */
import { formatDate, formatPeriod, type Period } from "../../model/dates";
import type { Evidence } from "../../model/types";

/** Pieces of evidence shown at first, and added by each "Show more": a relation of 12,000 events puts 20 in the page, not 12,000. */
export const EVIDENCE_PAGE = 20;
export const EVIDENCE_MORE = 100;

/** An evidence date in words: never more precise than the source. */
export function evidenceDateWords(date: Period): string {
  const { start, end } = date;
  if (date.uncertainPoint && start && end) return `one day in ${formatPeriod({ ...date, uncertainPoint: undefined })}`;
  if (start && end && (start === end || start.edtf === end.edtf)) return formatDate(start);
  return formatPeriod(date);
}

const count = (n: number) => n.toLocaleString("en-GB");

/** "1 death", "3 deaths", "no deaths" (the source counted none). */
export const deathsWords = (n: number): string => (n === 0 ? "no deaths" : `${count(n)} ${n === 1 ? "death" : "deaths"}`);

/**
 * The deaths the relation's evidence counts, in words, or null when none of it counts any:
 * "312 deaths, counted in 40 of 52 pieces of evidence".
 */
export function relationDeathsWords(evidence: readonly Evidence[]): string | null {
  const counted = evidence.filter((e) => typeof e.fatalities === "number" && Number.isFinite(e.fatalities));
  if (!counted.length) return null;
  const total = counted.reduce((sum, e) => sum + (e.fatalities as number), 0);
  const of = counted.length === evidence.length ? (evidence.length === 1 ? "as its source counts them" : `in all ${count(evidence.length)} pieces of evidence`) : `counted in ${count(counted.length)} of ${count(evidence.length)} pieces of evidence`;
  return `${deathsWords(total)}, ${of}`;
}

/** How many pieces to show after one more "Show more", and what the button says. */
export function moreEvidence(shown: number, total: number): { readonly next: number; readonly label: string } | null {
  if (shown >= total) return null;
  const more = Math.min(EVIDENCE_MORE, total - shown);
  return { next: shown + more, label: more === total - shown ? `Show the other ${count(more)}` : `Show ${count(more)} more` };
}
