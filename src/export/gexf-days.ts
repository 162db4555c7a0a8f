/**
 * Days as the GEXF writes them: ISO dates, each worked out once (a large export repeats the
 * same few thousand days), as `start`/`end` attributes of a period or spell, and as the day
 * intervals of `possibleDays` and `certainDays`.
 */
import { isEmptySpan, type DaySpan } from "../model/certainty";
import { dayToIso, type Day } from "../model/dates";

export class DayText {
  private readonly known = new Map<number, string>();
  of(day: number): string {
    let text = this.known.get(day);
    if (text === undefined) this.known.set(day, (text = dayToIso(day)));
    return text;
  }
  /** ` start="…" end="…"` for a period, each left out when that end is open. */
  bounds(p: { readonly first: Day; readonly last: Day }): string {
    return (Number.isFinite(p.first) ? ` start="${this.of(p.first)}"` : "") + (Number.isFinite(p.last) ? ` end="${this.of(p.last)}"` : "");
  }
  /** "2025-10-31/2026-03-01", ".." for an open end, "none" when there is no day. */
  span(s: DaySpan): string {
    return isEmptySpan(s) ? "none" : `${Number.isFinite(s.first) ? this.of(s.first) : ".."}/${Number.isFinite(s.last) ? this.of(s.last) : ".."}`;
  }
}
