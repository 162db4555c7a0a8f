/**
 * WebM and MP4 films through mediabunny and the browser's WebCodecs encoder: VP9 (else VP8) in
 * WebM, H.264 (else VP9) in MP4, as film-support.ts finds them. Each frame is handed to the
 * encoder as a VideoSample of the canvas it was drawn on, at the timestamp and duration given.
 */
import { BufferTarget, Mp4OutputFormat, Output, Quality, VideoSample, VideoSampleSource, WebMOutputFormat } from "mediabunny";
import { videoCodecFor } from "./film-support";
import { checkFrameSize, filmCancelled, type FilmSize, type FilmWriter } from "./film-writer";

/**
 * A slide film is mostly still: a ceiling of about 1 Mbit/s at 1280×720 (scaled with the area)
 * keeps a 63-step monthly film (about a minute) under 8 MB even if every second used all of it,
 * and a variable rate spends far less on held frames.
 */
const BITS_PER_SECOND_AT_720P = 1_000_000;
/** Seconds between key frames: a player seeking anywhere waits at most this long to show it. */
const KEY_FRAME_INTERVAL = 2;

export async function openVideoWriter(format: "webm" | "mp4", size: FilmSize): Promise<FilmWriter> {
  const codec = await videoCodecFor(format, size);
  if (!codec)
    throw new Error(
      typeof VideoEncoder === "undefined"
        ? "film writer: this browser cannot encode video (no WebCodecs); choose GIF or use a recent Chrome, Edge or Firefox"
        : `film writer: this browser has no ${format === "mp4" ? "H.264 or VP9" : "VP9 or VP8"} encoder for ${size.width}×${size.height}; choose another format or size`,
    );
  const target = new BufferTarget();
  // In-memory fast start puts the MP4's index first, as slide software and web players prefer.
  const output = new Output({ format: format === "webm" ? new WebMOutputFormat() : new Mp4OutputFormat({ fastStart: "in-memory" }), target });
  const bitrate = Math.round((BITS_PER_SECOND_AT_720P * size.width * size.height) / (1280 * 720));
  const source = new VideoSampleSource({ codec, quality: new Quality({ bitrate, bitrateMode: "variable" }), keyFrameInterval: KEY_FRAME_INTERVAL, latencyMode: "quality" });
  // The frame rate snaps every timestamp to the frame grid, so the file's frames and duration
  // are exactly those added.
  output.addVideoTrack(source, { frameRate: size.fps });
  await output.start();

  let cancelled = false;
  return {
    async add(canvas, timestamp, duration) {
      if (cancelled) throw filmCancelled();
      checkFrameSize(canvas, size);
      const sample = new VideoSample(canvas, { timestamp, duration });
      try {
        await source.add(sample);
      } catch (e) {
        throw cancelled ? filmCancelled() : e;
      } finally {
        sample.close();
      }
    },
    async finish() {
      if (cancelled) throw filmCancelled();
      await output.finalize();
      if (!target.buffer) throw new Error("film writer: the encoder finished without a file");
      return new Blob([target.buffer], { type: format === "webm" ? "video/webm" : "video/mp4" });
    },
    async cancel() {
      cancelled = true;
      if (output.state === "pending" || output.state === "started") await output.cancel();
    },
  };
}
