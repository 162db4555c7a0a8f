/**
 * What the progress bar of an import says: the phase and, when the importer knows the total,
 * how far it has got ("Reading file… 3.2 of 10.0 MB", "Laying out… 300 of 600"). An event file
 * is read and parsed in one pass, so its one phase counts bytes and says the rows read too
 * ("Reading events… 3.2 of 60.0 MB · 12,345 rows"). Pure.
 */
import type { ImportProgress } from "../../import/types";

/** A step of an import: with `events`, the rows of an event file read so far while its bytes stream in. */
export type ImportStep = ImportProgress & { readonly events?: number };

const PHASES: Readonly<Record<ImportProgress["phase"], string>> = {
  reading: "Reading file…",
  parsing: "Reading records…",
  layout: "Laying out…",
};

/** The phase alone: what the live region announces, since announcing every step would drown a screen reader. */
export const phaseLabel = (progress: ImportStep | null): string => (progress ? (progress.events !== undefined ? "Reading events…" : PHASES[progress.phase]) : "Starting…");

/** Bytes in megabytes with one decimal, as the importers' own size limits are written. */
const megabytes = (bytes: number): string => (bytes / 1_000_000).toFixed(1);
const number = (n: number): string => Math.round(n).toLocaleString("en");

export function progressLabel(progress: ImportStep | null): string {
  const phase = phaseLabel(progress);
  if (!progress) return phase;
  const { done, total } = progress;
  if (progress.phase === "reading") {
    const rows = progress.events !== undefined ? ` · ${number(progress.events)} ${progress.events === 1 ? "row" : "rows"}` : "";
    if (total > 0) return `${phase} ${megabytes(done)} of ${megabytes(total)} MB${rows}`;
    return done > 0 ? `${phase} ${megabytes(done)} MB${rows}` : phase;
  }
  if (total > 0) return `${phase} ${number(done)} of ${number(total)}`;
  return done > 0 ? `${phase} ${number(done)}` : phase;
}

/** The <progress> element's value and max: both absent when the total is unknown, so the bar is indeterminate. */
export function progressAmount(progress: ImportProgress | null): { value: number; max: number } | null {
  if (!progress || !(progress.total > 0)) return null;
  return { value: Math.min(Math.max(progress.done, 0), progress.total), max: progress.total };
}
