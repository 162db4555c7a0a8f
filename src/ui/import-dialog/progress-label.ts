/**
 * What the progress bar of an import says: the phase and, when the importer knows the total,
 * how far it has got ("Reading file… 3.2 of 10.0 MB", "Laying out… 300 of 600"). Pure.
 */
import type { ImportProgress } from "../../import/types";

const PHASES: Readonly<Record<ImportProgress["phase"], string>> = {
  reading: "Reading file…",
  parsing: "Reading records…",
  layout: "Laying out…",
};

/** The phase alone: what the live region announces, since announcing every step would drown a screen reader. */
export const phaseLabel = (progress: ImportProgress | null): string => (progress ? PHASES[progress.phase] : "Starting…");

/** Bytes in megabytes with one decimal, as the importers' own size limits are written. */
const megabytes = (bytes: number): string => (bytes / 1_000_000).toFixed(1);
const number = (n: number): string => Math.round(n).toLocaleString("en");

export function progressLabel(progress: ImportProgress | null): string {
  const phase = phaseLabel(progress);
  if (!progress) return phase;
  const { done, total } = progress;
  if (progress.phase === "reading") {
    if (total > 0) return `${phase} ${megabytes(done)} of ${megabytes(total)} MB`;
    return done > 0 ? `${phase} ${megabytes(done)} MB` : phase;
  }
  if (total > 0) return `${phase} ${number(done)} of ${number(total)}`;
  return done > 0 ? `${phase} ${number(done)}` : phase;
}

/** The <progress> element's value and max: both absent when the total is unknown, so the bar is indeterminate. */
export function progressAmount(progress: ImportProgress | null): { value: number; max: number } | null {
  if (!progress || !(progress.total > 0)) return null;
  return { value: Math.min(Math.max(progress.done, 0), progress.total), max: progress.total };
}
