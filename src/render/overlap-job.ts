/**
 * Starts overlap removal in a web worker (overlap-worker.ts) and supervises it: the moved
 * matrix or a reason it failed comes back through one callback, exactly once, unless the job is
 * cancelled first, which ends the worker at once and calls nothing.
 */
import type { OverlapOptions } from "../look/overlap-removal";
import type { OverlapReply, OverlapRequest } from "./overlap-worker";

export type OverlapOutcome = { readonly ok: true; readonly nodes: Float32Array; readonly iterations: number; readonly ms: number } | { readonly ok: false; readonly problem: string };

export interface OverlapJob {
  cancel(): void;
}

/** `nodes` is handed over to the worker (transferred): the caller must not read it afterwards. */
export function startOverlapRemoval(nodes: Float32Array, options: OverlapOptions, onOutcome: (outcome: OverlapOutcome) => void): OverlapJob {
  const worker = new Worker(new URL("./overlap-worker.ts", import.meta.url), { type: "module", name: "faultlines-overlaps" });
  let ended = false;
  const end = (outcome?: OverlapOutcome) => {
    if (ended) return;
    ended = true;
    worker.terminate();
    if (outcome) onOutcome(outcome);
  };
  worker.addEventListener("message", ({ data }: MessageEvent<OverlapReply>) =>
    end(data.type === "done" ? { ok: true, nodes: data.nodes, iterations: data.iterations, ms: data.ms } : { ok: false, problem: data.message }),
  );
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    end({ ok: false, problem: event.message || "the overlap worker could not start" });
  });
  worker.addEventListener("messageerror", () => end({ ok: false, problem: "the overlap worker's answer could not be read" }));
  const request: OverlapRequest = { nodes, options };
  worker.postMessage(request, [nodes.buffer]);
  return { cancel: () => end() };
}
