/**
 * Writes a film's frames to a file: WebM or MP4 through mediabunny and the browser's WebCodecs
 * encoders (video-writer.ts), GIF through gifenc in a web worker (gif-writer.ts). One shape for
 * all three, so the film maker draws each frame on a canvas and hands it over without knowing
 * the format.
 *
 * Frames are added one at a time (await each `add` before the next). After `cancel`, `add` and
 * `finish` reject with a DOMException named "AbortError", so a loop that was waiting on one can
 * tell a cancellation from a failure.
 */
import type { FilmFormat } from "../../look/film/types";
import { openGifWriter } from "./gif-writer";
import { openVideoWriter } from "./video-writer";

export interface FilmWriter {
  /** Adds the canvas's picture now as the frame starting at `timestamp` seconds, lasting `duration`. */
  add(canvas: HTMLCanvasElement | OffscreenCanvas, timestamp: number, duration: number): Promise<void>;
  /** Ends the file; resolves with it (type video/webm, video/mp4 or image/gif). */
  finish(): Promise<Blob>;
  /** Stops, dropping what was written; frees encoders and workers. Safe to call twice or after finish. */
  cancel(): Promise<void>;
}

export interface FilmSize {
  /** Pixels; even numbers, as video encoders need them. */
  readonly width: number;
  readonly height: number;
  readonly fps: number;
}

export function openFilmWriter(format: FilmFormat, size: FilmSize): Promise<FilmWriter> {
  if (!(size.width > 0 && size.height > 0 && Number.isInteger(size.width) && Number.isInteger(size.height)))
    throw new Error(`film writer: the size ${size.width}×${size.height} is not a whole number of pixels each way`);
  if (!(size.fps > 0)) throw new Error(`film writer: ${size.fps} frames per second is not a frame rate; give a number above 0`);
  switch (format) {
    case "webm":
    case "mp4":
      return openVideoWriter(format, size);
    case "gif":
      return openGifWriter(size);
  }
}

/** What `add` and `finish` reject with once the writer was cancelled. */
export const filmCancelled = (): DOMException => new DOMException("the film was cancelled", "AbortError");

/** Throws when a frame's canvas is not the film's size: encoders would stretch or refuse it. */
export function checkFrameSize(canvas: HTMLCanvasElement | OffscreenCanvas, size: FilmSize): void {
  if (canvas.width !== size.width || canvas.height !== size.height)
    throw new Error(`film writer: a frame is ${canvas.width}×${canvas.height} pixels but the film is ${size.width}×${size.height}; draw every frame at the film's size`);
}
