/**
 * Runs the balance series in a web worker (analysis-worker.ts) and supervises it: passes on its
 * progress, kills it to cancel, and turns every way it can end into one outcome, so the promise
 * never stays pending: the series, "cancelled", or a problem in words when the worker fails (an
 * error, an answer that cannot be read). One worker per series, ended when the series ends.
 */
import type { AnalysisMessage, AnalysisOutcome, AnalysisRequest } from "./analysis-protocol";

export type { AnalysisOutcome, AnalysisRequest } from "./analysis-protocol";

export interface AnalysisJob {
  readonly outcome: Promise<AnalysisOutcome>;
  /** Stops the worker at once; the outcome is "cancelled" unless it had already ended. */
  cancel(): void;
}

/** What of a Worker the supervisor uses: a test hands it one that runs in Node. */
export type AnalysisWorker = Pick<Worker, "postMessage" | "terminate" | "addEventListener">;

export function startAnalysis(request: AnalysisRequest, onProgress: (done: number, total: number) => void): AnalysisJob {
  const worker = new Worker(new URL("./analysis-worker.ts", import.meta.url), { type: "module", name: "faultlines-alignment" });
  return superviseAnalysis(worker, request, onProgress);
}

export function superviseAnalysis(worker: AnalysisWorker, request: AnalysisRequest, onProgress: (done: number, total: number) => void): AnalysisJob {
  let settled = false;
  let resolve!: (outcome: AnalysisOutcome) => void;
  const outcome = new Promise<AnalysisOutcome>((r) => (resolve = r));
  const settle = (result: AnalysisOutcome) => {
    if (settled) return;
    settled = true;
    worker.terminate();
    resolve(result);
  };
  worker.addEventListener("message", (event: MessageEvent<AnalysisMessage>) => {
    if (settled) return;
    const message = event.data;
    if (message.type === "progress") onProgress(message.done, message.total);
    else if (message.type === "finished") settle({ kind: "ok", series: message.series, ms: message.ms });
    else settle({ kind: "failed", problem: message.message });
  });
  worker.addEventListener("error", (event) => {
    (event as ErrorEvent).preventDefault?.();
    settle({ kind: "failed", problem: (event as ErrorEvent).message || "the alignment worker could not start" });
  });
  worker.addEventListener("messageerror", () => settle({ kind: "failed", problem: "the alignment worker's answer could not be read" }));
  try {
    worker.postMessage(request);
  } catch (e) {
    settle({ kind: "failed", problem: `the data set could not be handed to the worker: ${(e as Error).message}` });
  }
  return { outcome, cancel: () => settle({ kind: "cancelled" }) };
}
