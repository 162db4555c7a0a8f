/**
 * A date or a window of days in words, in the few phrasings the explorer writes them: the
 * timeline's label, the status line and an image's caption, the message when nothing is shown,
 * and a file's description. One place, so a view reads the same wherever it is named.
 */
import { formatDay, type Day } from "./dates";

/** One day, or a window of days (both ends included). */
export type Time = { readonly at: Day } | { readonly from: Day; readonly to: Day };

/**
 * How the time is put, by what it ends:
 * - "as of": "as of 27 Feb 2026", "between 1 Oct 2025 and 31 Mar 2026" (what a view shows)
 * - "on": "on 27 Feb 2026", "between 1 Oct 2025 and 31 Mar 2026" (when nothing is active)
 * - "from to": "as of 27 Feb 2026", "from 1 Oct 2025 to 31 Mar 2026" (a file's description)
 * - "label": "As of 27 Feb 2026", "1 Oct 2025 – 31 Mar 2026" (the timeline's own label)
 */
export type TimePhrasing = "as of" | "on" | "from to" | "label";

/** The time a view shows: its date in "at" mode, its window otherwise. */
export const timeOfView = (view: { readonly mode: "at" | "window"; readonly at: Day; readonly from: Day; readonly to: Day }): Time =>
  view.mode === "at" ? { at: view.at } : { from: view.from, to: view.to };

export function timeInWords(time: Time, phrasing: TimePhrasing): string {
  if ("at" in time) {
    const day = formatDay(time.at);
    return phrasing === "label" ? `As of ${day}` : phrasing === "on" ? `on ${day}` : `as of ${day}`;
  }
  const [from, to] = [formatDay(time.from), formatDay(time.to)];
  return phrasing === "label" ? `${from} – ${to}` : phrasing === "from to" ? `from ${from} to ${to}` : `between ${from} and ${to}`;
}
