/**
 * The balance series off the page's thread: a module web worker that runs analysis-run.ts on
 * the request it is sent, posts progress at most every 50 ms, then the series. One request per
 * worker; the page terminates it to cancel (a step cannot be interrupted, so no message would
 * be read before the end anyway).
 */
import type { AnalysisMessage, AnalysisRequest } from "./analysis-protocol";
import { runAnalysis } from "./analysis-run";

/** The worker's global scope, as far as it is used here (the project compiles against the DOM library). */
const scope = self as unknown as {
  postMessage(message: AnalysisMessage): void;
  addEventListener(type: "message", listener: (event: MessageEvent<AnalysisRequest>) => void, options?: AddEventListenerOptions): void;
};

const PROGRESS_EVERY_MS = 50;

scope.addEventListener(
  "message",
  ({ data }) => {
    try {
      const start = performance.now();
      let last = 0;
      const series = runAnalysis(data, (done, total) => {
        const now = performance.now();
        if (done < total && now - last < PROGRESS_EVERY_MS) return;
        last = now;
        scope.postMessage({ type: "progress", done, total });
      });
      scope.postMessage({ type: "finished", series, ms: performance.now() - start });
    } catch (e) {
      scope.postMessage({ type: "crashed", message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
    }
  },
  { once: true },
);
