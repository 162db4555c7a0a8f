/**
 * Two moments compared, in words: each moment ("1 Sep 2021", or a window "1 Jan 2021 –
 * 31 Dec 2021"), the span between them ("1 Sep 2021 → 1 Mar 2026") for an image's date line,
 * and the compare panel's heading. Beside time-words.ts, so a picture and the panel say the same.
 */
import { formatDay } from "./dates";
import type { Time } from "./time-words";

/** A moment: its day, or its window's first and last days. */
export const momentWords = (time: Time): string => ("at" in time ? formatDay(time.at) : `${formatDay(time.from)} – ${formatDay(time.to)}`);

/** "1 Sep 2021 → 1 Mar 2026". */
export const compareSpan = (a: Time, b: Time): string => `${momentWords(a)} → ${momentWords(b)}`;

/** "What changed from 1 Sep 2021 to 1 Mar 2026". */
export const compareHeading = (a: Time, b: Time): string => `What changed from ${momentWords(a)} to ${momentWords(b)}`;
