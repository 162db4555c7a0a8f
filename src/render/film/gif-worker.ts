/**
 * GIF encoding off the page's thread: a module web worker holding one GifFilmEncoder. The page
 * sends `start`, then each frame's RGBA (transferred), then `finish`; each frame is acknowledged
 * so the page can keep a few in flight and no more. The page terminates it to cancel.
 * gif-writer.ts is its other half.
 */
import { GifFilmEncoder } from "./gif-encoding";

export type GifRequest =
  | { readonly type: "start"; readonly width: number; readonly height: number }
  | { readonly type: "frame"; readonly pixels: ArrayBuffer; readonly timestamp: number; readonly duration: number }
  | { readonly type: "finish" };

export type GifReply = { readonly type: "added" } | { readonly type: "done"; readonly file: ArrayBuffer } | { readonly type: "failed"; readonly message: string };

/** The worker's global scope, as far as it is used here (the project compiles against the DOM library). */
const scope = self as unknown as {
  postMessage(message: GifReply, transfer?: Transferable[]): void;
  addEventListener(type: "message", listener: (event: MessageEvent<GifRequest>) => void): void;
};

let encoder: GifFilmEncoder | null = null;

scope.addEventListener("message", ({ data }) => {
  try {
    switch (data.type) {
      case "start":
        encoder = new GifFilmEncoder(data.width, data.height);
        return;
      case "frame":
        if (!encoder) throw new Error("GIF worker: a frame came before start");
        encoder.addFrame(new Uint8Array(data.pixels), data.timestamp, data.duration);
        scope.postMessage({ type: "added" });
        return;
      case "finish": {
        if (!encoder) throw new Error("GIF worker: finish came before start");
        const file = encoder.finish();
        const buffer = file.buffer.byteLength === file.length ? file.buffer : file.slice().buffer;
        encoder = null;
        scope.postMessage({ type: "done", file: buffer as ArrayBuffer }, [buffer as ArrayBuffer]);
        return;
      }
    }
  } catch (e) {
    scope.postMessage({ type: "failed", message: e instanceof Error ? e.message : String(e) });
  }
});
