/**
 * GIF films: each frame's pixels are read from its canvas here and handed (transferred) to the
 * GIF worker (gif-worker.ts), which quantizes and compresses them off the page's thread. A few
 * frames may wait in the worker at once, so drawing the next frame overlaps encoding this one.
 */
import { checkFrameSize, filmCancelled, type FilmSize, type FilmWriter } from "./film-writer";
import type { GifReply, GifRequest } from "./gif-worker";

/** Frames handed over and not yet encoded before `add` waits: each is width × height × 4 bytes. */
const IN_FLIGHT = 3;

export async function openGifWriter(size: FilmSize): Promise<FilmWriter> {
  const worker = new Worker(new URL("./gif-worker.ts", import.meta.url), { type: "module", name: "faultlines-gif" });
  const scratch = new OffscreenCanvas(size.width, size.height);
  const context = scratch.getContext("2d", { willReadFrequently: true });
  if (!context) throw new Error("film writer: this browser gives no 2D canvas to read a GIF frame's pixels from");
  const send = (request: GifRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);

  let inFlight = 0;
  let failure: Error | null = null;
  let ended = false;
  let cancelled = false;
  /** Called whenever a frame is encoded, the file comes back, or the worker fails or ends. */
  let wake: () => void = () => {};
  let file: ArrayBuffer | null = null;

  const fail = (message: string) => {
    failure ??= new Error(`film writer: the GIF encoder failed: ${message}`);
    wake();
  };
  worker.addEventListener("message", ({ data }: MessageEvent<GifReply>) => {
    if (data.type === "added") inFlight--;
    else if (data.type === "done") file = data.file;
    else fail(data.message);
    wake();
  });
  worker.addEventListener("error", (event) => {
    event.preventDefault();
    fail(event.message || "the GIF worker could not start");
  });
  worker.addEventListener("messageerror", () => fail("its answer could not be read"));

  /** Waits until `ready()` holds, the worker failed, or the writer was cancelled. */
  const until = async (ready: () => boolean): Promise<void> => {
    while (!ready() && !failure && !cancelled) await new Promise<void>((resolve) => (wake = resolve));
    if (cancelled) throw filmCancelled();
    if (failure) throw failure;
  };
  const end = () => {
    if (ended) return;
    ended = true;
    worker.terminate();
  };

  send({ type: "start", width: size.width, height: size.height });
  return {
    async add(canvas, timestamp, duration) {
      if (cancelled) throw filmCancelled();
      if (failure) throw failure;
      checkFrameSize(canvas, size);
      context.clearRect(0, 0, size.width, size.height);
      context.drawImage(canvas, 0, 0);
      const pixels = context.getImageData(0, 0, size.width, size.height).data.buffer;
      inFlight++;
      send({ type: "frame", pixels, timestamp, duration }, [pixels]);
      await until(() => inFlight < IN_FLIGHT);
    },
    async finish() {
      if (cancelled) throw filmCancelled();
      send({ type: "finish" });
      try {
        await until(() => file !== null);
      } finally {
        end();
      }
      return new Blob([file!], { type: "image/gif" });
    },
    async cancel() {
      cancelled = true;
      end();
      wake();
    },
  };
}
