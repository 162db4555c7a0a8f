/**
 * Opens a data source as a data set ready to show: a data set kept in the browser, or a file
 * named in a link (fetched from this app's own site and imported off the main thread, like a
 * file the user picks). Never throws: what goes wrong comes back as words for the user, so the
 * caller can keep what is on screen. An abort signal stops the opening at any step (the fetch,
 * or the import by killing its worker), which then comes back as cancelled.
 */
import { formatDiagnostic } from "../../model/diagnostics";
import type { ImportProgress } from "../../import/types";
import type { DataSet, Taxonomy } from "../../model/types";
import type { ActorPositions } from "../../look/layout-data-set";
import type { DataSetsController } from "../controllers/data-sets-controller";
import { startImport } from "../import/import-client";
import { fileNameOf, idOf, linkedAddress, type DataSource } from "./data-source";
import { prepare, type ShownDataSet } from "./shown-data-set";

export interface Opened {
  readonly ok: true;
  readonly shown: ShownDataSet;
  /** What the import said of a linked file, for a notice. */
  readonly remarks: readonly string[];
}
export type OpenOutcome = Opened | { readonly ok: false; readonly problem: string; readonly details: readonly string[] };

/** How many lines of an import report a notice lists. */
const NOTICE_LINES = 8;

export async function openSource(
  source: Exclude<DataSource, { kind: "bundled" }>,
  deps: { readonly dataSets: DataSetsController; readonly taxonomy: Taxonomy; readonly onProgress: (p: ImportProgress) => void; readonly signal?: AbortSignal },
): Promise<OpenOutcome> {
  if (source.kind === "stored") {
    const kept = await deps.dataSets.get(source.id).catch(() => undefined);
    if (!kept)
      return {
        ok: false,
        problem: `The data set "${source.id}" named in this link is not kept in this browser: it was imported in another browser, in a private window, or deleted. Import its file again with Import…`,
        details: [],
      };
    if (deps.signal?.aborted) return { ok: false, problem: `Opening ${kept.name} was cancelled.`, details: [] };
    return opened(source, kept.name, kept.dataSet, kept.positions, [], kept.refine === true);
  }
  const name = fileNameOf(source.url);
  const cancelled: OpenOutcome = { ok: false, problem: `Opening ${name} was cancelled.`, details: [] };
  const { signal } = deps;
  const address = linkedAddress(source.url, location.href);
  if (!address)
    return { ok: false, problem: `The file ${name} named in this link is not an address on this site (${source.url}); links may only open files shipped with this app. Import the file with Import… instead`, details: [] };
  let file: File;
  try {
    const response = await fetch(address.href, { signal });
    if (response.status === 404) return { ok: false, problem: `The file ${name} named in this link is not on this site (404). Check the address, or import the file with Import…`, details: [] };
    if (!response.ok) return { ok: false, problem: `The file ${name} named in this link could not be fetched (${response.status} ${response.statusText}). Check the address, or import the file with Import…`, details: [] };
    // A server that answers every unknown path with the app's own page (as single-page hosts
    // do) has not found the file either.
    if (/text\/html/i.test(response.headers.get("content-type") ?? "") && !/\.html?$/i.test(name))
      return { ok: false, problem: `The file ${name} named in this link is not on this site (the address gave a web page instead). Check the address, or import the file with Import…`, details: [] };
    file = new File([await response.blob()], name);
  } catch (e) {
    if (signal?.aborted) return cancelled;
    return { ok: false, problem: `The file ${name} named in this link could not be fetched (${(e as Error).message}). Check the address, or import the file with Import…`, details: [] };
  }
  if (signal?.aborted) return cancelled;
  const job = startImport([file], deps.taxonomy, {}, deps.onProgress);
  signal?.addEventListener("abort", () => job.cancel(), { once: true });
  const outcome = await job.outcome;
  if (outcome.kind === "cancelled") return cancelled;
  if (outcome.kind === "failed") return { ok: false, problem: `Nothing could be shown from ${name}:`, details: outcome.report.diagnostics.slice(0, NOTICE_LINES).map(formatDiagnostic) };
  const { data } = outcome;
  const lines = data.report.diagnostics.map(formatDiagnostic);
  const remarks = lines.length ? [`${name} was read with ${lines.length} remark${lines.length === 1 ? "" : "s"}:`, ...lines.slice(0, NOTICE_LINES)] : [];
  return opened(source, data.name, data.dataSet, data.positions, remarks);
}

/** A data set read from a source, prepared; refused with the reason when it cannot be shown. */
function opened(source: DataSource, name: string, dataSet: DataSet, positions: ActorPositions, remarks: readonly string[], refine = false): OpenOutcome {
  const made = prepare(name, dataSet, positions);
  // A first layout kept before it settled (the page closed meanwhile) is refined again.
  return made.ok ? { ok: true, shown: { source, id: idOf(source), name, ...made.prepared, ...(refine ? { refine: true } : {}) }, remarks } : { ok: false, problem: made.problem, details: [] };
}
