/**
 * Overlap removal off the page's thread: a module web worker that runs look/overlap-removal.ts on
 * the matrix it is sent and sends it back moved. One request per worker; the page terminates
 * it to cancel. overlap-job.ts is its other half.
 */
import { removeOverlapsIn, type OverlapOptions } from "../look/overlap-removal";

export interface OverlapRequest {
  readonly nodes: Float32Array;
  readonly options: OverlapOptions;
}

export type OverlapReply = { readonly type: "done"; readonly nodes: Float32Array; readonly iterations: number; readonly ms: number } | { readonly type: "failed"; readonly message: string };

/** The worker's global scope, as far as it is used here (the project compiles against the DOM library). */
const scope = self as unknown as {
  postMessage(message: OverlapReply, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<OverlapRequest>) => void, options?: AddEventListenerOptions): void;
};

scope.addEventListener(
  "message",
  ({ data: { nodes, options } }) => {
    try {
      const start = performance.now();
      const iterations = removeOverlapsIn(nodes, options);
      scope.postMessage({ type: "done", nodes, iterations, ms: performance.now() - start }, [nodes.buffer]);
    } catch (e) {
      scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) });
    }
  },
  { once: true },
);
