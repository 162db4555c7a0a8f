/**
 * Test page for the film writers (src/render/film/): draws synthetic frames on a canvas and
 * writes them as WebM, MP4 or GIF, as the film maker will, and decodes video frames back with a
 * <video> element, as a person's player would. The browser test (test/browser/film-writer.test.ts)
 * drives it through `window.filmTest` and reads the files it returns with the container readers.
 */
import type { FilmFormat } from "../../src/look/film/types";
import { filmSupport } from "../../src/render/film/film-support";
import { openFilmWriter, type FilmWriter } from "../../src/render/film/film-writer";

export interface FilmRequest {
  readonly format: FilmFormat;
  readonly frames: number;
  readonly width: number;
  readonly height: number;
  readonly fps: number;
  /** "solid": each frame one colour with its number; "slide": a still slide whose date changes every 4 frames. */
  readonly kind: "solid" | "slide";
  /** Cancels while this frame is being added (as a Cancel button pressed mid-film would), instead of finishing. */
  readonly cancelAt?: number;
}

export interface FilmResult {
  /** The file as base64, or null when cancelled. */
  readonly base64: string | null;
  readonly type: string | null;
  readonly bytes: number;
  /** The colour drawn at (40, 40) of each frame. */
  readonly drawn: readonly (readonly number[])[];
  /** After a cancel: how the add under way ended ("added" or its error's name), and what finish said then. */
  readonly cancelled?: { readonly add: string; readonly finish: string };
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const status = document.getElementById("status")!;
let lastFilm: Blob | null = null;

/** Frame i of n: a hue running from red to blue, its number large in the middle. */
function drawSolid(context: CanvasRenderingContext2D, i: number, n: number): void {
  const { width, height } = context.canvas;
  context.fillStyle = `hsl(${Math.round((240 * i) / Math.max(1, n - 1))} 80% 50%)`;
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#fff";
  context.font = `bold ${Math.round(height / 3)}px sans-serif`;
  context.textAlign = "center";
  context.textBaseline = "middle";
  context.fillText(String(i + 1), width / 2, height / 2);
}

/** A slide: title, actors and lines that hold still, a date that changes every 4 frames and one actor that grows then. */
function drawSlide(context: CanvasRenderingContext2D, i: number): void {
  const { width, height } = context.canvas;
  const step = Math.floor(i / 4);
  const t = (i % 4) / 3;
  context.fillStyle = "#fafaf7";
  context.fillRect(0, 0, width, height);
  context.fillStyle = "#222";
  context.font = "bold 28px sans-serif";
  context.fillText("Pakistan, the Taliban and the TTP", 40, 56);
  context.font = "bold 64px sans-serif";
  const month = `${MONTHS[step % 12]} ${2021 + Math.floor(step / 12)}`;
  context.fillText(month, 40, height - 48);
  const colours = ["#c0392b", "#2e86c1", "#7d3c98", "#229954", "#b9770e"];
  for (let k = 0; k < 24; k++) {
    const x = 320 + ((k * 197) % (width - 420));
    const y = 120 + ((k * 131) % (height - 260));
    const x2 = 320 + (((k + 5) * 197) % (width - 420));
    const y2 = 120 + (((k + 5) * 131) % (height - 260));
    context.strokeStyle = colours[k % 5];
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x2, y2);
    context.stroke();
    context.fillStyle = colours[(k + 2) % 5];
    context.beginPath();
    context.arc(x, y, k === step % 24 ? 10 + 8 * t : 10, 0, 2 * Math.PI);
    context.fill();
  }
}

const errorName = (e: unknown): string => (e instanceof Error || e instanceof DOMException ? e.name : String(e));

const toBase64 = (blob: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

async function write(request: FilmRequest): Promise<FilmResult> {
  const canvas = document.createElement("canvas");
  canvas.width = request.width;
  canvas.height = request.height;
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  const writer: FilmWriter = await openFilmWriter(request.format, request);
  const drawn: number[][] = [];
  for (let i = 0; i < request.frames; i++) {
    if (request.kind === "solid") drawSolid(context, i, request.frames);
    else drawSlide(context, i);
    drawn.push([...context.getImageData(40, 40, 1, 1).data.subarray(0, 3)]);
    if (request.cancelAt === i) {
      const adding = writer.add(canvas, i / request.fps, 1 / request.fps);
      await writer.cancel();
      const add = await adding.then(() => "added", errorName);
      const finish = await writer.finish().then(() => "finished", errorName);
      await writer.cancel(); // harmless twice
      status.textContent = `cancelled at frame ${i}`;
      return { base64: null, type: null, bytes: 0, drawn, cancelled: { add, finish } };
    }
    await writer.add(canvas, i / request.fps, 1 / request.fps);
  }
  const film = await writer.finish();
  await writer.cancel(); // harmless after finish
  lastFilm = film;
  status.textContent = `wrote ${request.frames} frames, ${film.size} bytes of ${film.type}`;
  return { base64: await toBase64(film), type: film.type, bytes: film.size, drawn };
}

/** The last video film at each time, as a <video> element shows it: the colour at (40, 40) and the picture as a PNG data URL. */
async function videoFrames(times: readonly number[]): Promise<{ colour: number[]; png: string }[]> {
  if (!lastFilm) throw new Error("film writer page: no film written yet");
  const video = document.createElement("video");
  video.muted = true;
  video.src = URL.createObjectURL(lastFilm);
  await new Promise<void>((resolve, reject) => {
    video.onloadeddata = () => resolve();
    video.onerror = () => reject(new Error(`film writer page: the <video> cannot play the film (${video.error?.message ?? "no reason given"})`));
  });
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  const frames: { colour: number[]; png: string }[] = [];
  for (const time of times) {
    // 'seeked' can come before the sought frame is presented (seen once drawing the frame
    // before); a video frame callback says it is. A seek that lands on the frame already shown
    // presents none, hence the bound.
    const presented = new Promise<void>((resolve) => {
      video.requestVideoFrameCallback(() => resolve());
      setTimeout(resolve, 2000);
    });
    await new Promise<void>((resolve) => {
      video.onseeked = () => resolve();
      video.currentTime = time;
    });
    await presented;
    context.drawImage(video, 0, 0);
    frames.push({ colour: [...context.getImageData(40, 40, 1, 1).data.subarray(0, 3)], png: canvas.toDataURL("image/png") });
  }
  URL.revokeObjectURL(video.src);
  return frames;
}

(window as unknown as { filmTest: object }).filmTest = { support: filmSupport, write, videoFrames };
