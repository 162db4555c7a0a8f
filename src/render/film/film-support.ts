/**
 * What this browser can write, in words for the "Animate…" dialog: each format's codec, or why
 * it cannot be written here. The video codecs are asked of the browser's own encoders through
 * mediabunny's checks, at the film's size, so a format offered is one that will encode.
 */
import { canEncodeVideo, type VideoCodec } from "mediabunny";
import type { FilmFormat } from "../../look/film/types";

export interface FormatSupport {
  readonly ok: boolean;
  /** The codec the file will hold: "vp9", "vp8", "avc" (H.264) or "gif". */
  readonly codec?: string;
  /** One sentence for the person choosing: where it plays, or why it cannot be made. */
  readonly note: string;
}

/** In order of preference: VP9 is smaller than VP8; H.264 is the codec slide software plays. */
const VIDEO_CODECS: Record<"webm" | "mp4", readonly VideoCodec[]> = { webm: ["vp9", "vp8"], mp4: ["avc", "vp9"] };

const NO_VIDEO = "this browser cannot encode video; choose GIF or use a recent Chrome, Edge or Firefox";
/** Browsers offer WebCodecs only to secure pages: a page opened over plain http from another machine has none. */
const INSECURE = "video can be encoded only on a secure page (https, or this machine's own address); choose GIF or open the explorer over https";

const hasWebCodecs = (): boolean => typeof VideoEncoder !== "undefined";
const noVideoNote = (): string => (globalThis.isSecureContext === false ? INSECURE : NO_VIDEO);

/** The first codec of the format's list the browser encodes at this size, or null. */
export async function videoCodecFor(format: "webm" | "mp4", size: { width: number; height: number }): Promise<VideoCodec | null> {
  if (!hasWebCodecs()) return null;
  for (const codec of VIDEO_CODECS[format]) {
    // One codec at a time rather than getFirstEncodableVideoCodec: a failing probe of one (a
    // missing H.264 encoder throws in some builds) must not hide the next.
    if (await canEncodeVideo(codec, { width: size.width, height: size.height }).catch(() => false)) return codec;
  }
  return null;
}

const NOTES: Record<string, string> = {
  "webm:vp9": "WebM with VP9: small and sharp; plays in Chrome, Edge, Firefox and VLC, but slide software may want MP4",
  "webm:vp8": "WebM with VP8 (this browser has no VP9 encoder): plays in Chrome, Edge, Firefox and VLC, but slide software may want MP4",
  "mp4:avc": "MP4 with H.264: plays in PowerPoint, Keynote and every browser",
  "mp4:vp9": "MP4 with VP9, as this browser has no H.264 encoder: plays in browsers, but PowerPoint and Keynote may not play it; choose GIF for slides",
};

export async function filmSupport(size: { width: number; height: number } = { width: 1280, height: 720 }): Promise<Record<FilmFormat, FormatSupport>> {
  const video = async (format: "webm" | "mp4"): Promise<FormatSupport> => {
    if (!hasWebCodecs()) return { ok: false, note: noVideoNote() };
    const codec = await videoCodecFor(format, size);
    if (!codec)
      return { ok: false, note: `this browser cannot encode ${format === "mp4" ? "H.264 or VP9" : "VP9 or VP8"} video at ${size.width}×${size.height}; choose ${format === "mp4" ? "WebM or GIF" : "MP4 or GIF"}` };
    return { ok: true, codec, note: NOTES[`${format}:${codec}`] };
  };
  const gif: FormatSupport =
    typeof Worker !== "undefined"
      ? { ok: true, codec: "gif", note: "GIF: loops and plays everywhere, in slides and chats; 256 colours and larger files than video" }
      : { ok: false, note: "this browser cannot run the GIF encoder beside the page (no web workers); choose WebM or MP4" };
  const [webm, mp4] = await Promise.all([video("webm"), video("mp4")]);
  return { webm, mp4, gif };
}
