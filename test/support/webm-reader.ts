/**
 * Reads a WebM film back for tests by walking its EBML elements: the video track's codec and
 * size, its frames (every SimpleBlock or BlockGroup of that track, with its time and whether it
 * is a key frame), and the duration the file states. Only what a film check needs; a file that
 * ends inside an element, or is not WebM, is refused with where and why.
 */

export interface WebmFilm {
  /** The Matroska codec id, "V_VP9", "V_VP8"… */
  readonly codecId: string;
  readonly width: number;
  readonly height: number;
  readonly frameCount: number;
  /** Each frame's time in seconds, in file order. */
  readonly frameTimes: readonly number[];
  readonly keyFrameTimes: readonly number[];
  /** The Segment Info's Duration, in seconds. */
  readonly durationSeconds: number;
}

const ID = {
  EBML: 0x1a45dfa3,
  Segment: 0x18538067,
  Info: 0x1549a966,
  TimecodeScale: 0x2ad7b1,
  Duration: 0x4489,
  Tracks: 0x1654ae6b,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackType: 0x83,
  CodecID: 0x86,
  Video: 0xe0,
  PixelWidth: 0xb0,
  PixelHeight: 0xba,
  Cluster: 0x1f43b675,
  Timestamp: 0xe7,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
  ReferenceBlock: 0xfb,
} as const;

/** Elements whose children are read; every other element is skipped whole. */
const MASTERS = new Set<number>([ID.Segment, ID.Info, ID.Tracks, ID.TrackEntry, ID.Video, ID.Cluster]);

interface Element {
  readonly id: number;
  readonly at: number;
  /** Where its data starts and ends. */
  readonly start: number;
  readonly end: number;
}

const hex = (id: number) => id.toString(16).toUpperCase();

export function readWebm(bytes: Uint8Array): WebmFilm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || view.getUint32(0) !== ID.EBML) throw new Error(`webm: not a WebM file: it does not begin with the EBML header 1A 45 DF A3`);

  /** A variable-length number at `at`: its value (marker removed, or the id as written) and length. */
  const vint = (at: number, keepMarker: boolean, what: string): { value: number; length: number; unknown: boolean } => {
    if (at >= bytes.length) throw new Error(`webm: the file ends at byte ${bytes.length}, where the ${what} should be`);
    const first = bytes[at];
    const length = first === 0 ? 9 : Math.clz32(first) - 23;
    if (length > 8) throw new Error(`webm: byte ${at} (0x${first.toString(16)}) does not begin a valid ${what}`);
    if (at + length > bytes.length) throw new Error(`webm: the file ends inside the ${what} at byte ${at}`);
    let value = keepMarker ? first : first & (0xff >> length);
    let allOnes = value === 0xff >> length;
    for (let i = 1; i < length; i++) {
      value = value * 256 + bytes[at + i];
      allOnes &&= bytes[at + i] === 0xff;
    }
    return { value, length, unknown: !keepMarker && allOnes };
  };

  /** The elements from `from` to `to`, in order. */
  function* children(from: number, to: number): Generator<Element> {
    let at = from;
    while (at < to) {
      const id = vint(at, true, "element id");
      const size = vint(at + id.length, false, `size of element ${hex(id.value)}`);
      const start = at + id.length + size.length;
      // An unknown size (a live-written Segment or Cluster) runs to the end of its parent.
      const end = size.unknown ? to : start + size.value;
      if (end > bytes.length)
        throw new Error(`webm: element ${hex(id.value)} at byte ${at} claims ${size.value} bytes of data but the file ends ${bytes.length - start} bytes after its start (truncated?)`);
      yield { id: id.value, at, start, end };
      at = end;
    }
  }

  const uint = (e: Element) => {
    let value = 0;
    for (let i = e.start; i < e.end; i++) value = value * 256 + bytes[i];
    return value;
  };
  const float = (e: Element) => (e.end - e.start === 4 ? view.getFloat32(e.start) : view.getFloat64(e.start));
  const text = (e: Element) => new TextDecoder().decode(bytes.subarray(e.start, e.end)).replace(/\0+$/, "");

  let timecodeScale = 1_000_000;
  let duration: number | undefined;
  const tracks: { number: number; type: number; codecId: string; width: number; height: number }[] = [];
  const blocks: { track: number; time: number; key: boolean }[] = [];
  let clusterTime = 0;

  /** A SimpleBlock says in its flags whether it is a key frame; a BlockGroup, by naming no reference. */
  const block = (e: Element, key?: boolean) => {
    const track = vint(e.start, false, "block's track number");
    const at = e.start + track.length;
    if (at + 3 > e.end) throw new Error(`webm: the block at byte ${e.at} is too short for its header`);
    blocks.push({ track: track.value, time: clusterTime + view.getInt16(at), key: key ?? (bytes[at + 2] & 0x80) !== 0 });
  };
  const blockGroup = (e: Element) => {
    const inside = [...children(e.start, e.end)];
    const only = inside.find((c) => c.id === ID.Block);
    if (!only) throw new Error(`webm: the BlockGroup at byte ${e.at} holds no Block`);
    block(only, !inside.some((c) => c.id === ID.ReferenceBlock));
  };

  const walk = (from: number, to: number, track?: (typeof tracks)[number]) => {
    for (const e of children(from, to)) {
      switch (e.id) {
        case ID.TimecodeScale: timecodeScale = uint(e); break;
        case ID.Duration: duration = float(e); break;
        case ID.TrackEntry: {
          const entry = { number: 0, type: 0, codecId: "", width: 0, height: 0 };
          walk(e.start, e.end, entry);
          tracks.push(entry);
          break;
        }
        case ID.TrackNumber: if (track) track.number = uint(e); break;
        case ID.TrackType: if (track) track.type = uint(e); break;
        case ID.CodecID: if (track) track.codecId = text(e); break;
        case ID.PixelWidth: if (track) track.width = uint(e); break;
        case ID.PixelHeight: if (track) track.height = uint(e); break;
        case ID.Timestamp: clusterTime = uint(e); break;
        case ID.SimpleBlock: block(e); break;
        case ID.BlockGroup: blockGroup(e); break;
        default: if (MASTERS.has(e.id)) walk(e.start, e.end, track);
      }
    }
  };
  walk(0, bytes.length);

  const video = tracks.find((t) => t.type === 1);
  if (!video) throw new Error(`webm: the file has no video track (tracks: ${tracks.map((t) => `${t.number} of type ${t.type}`).join(", ") || "none"})`);
  if (duration === undefined) throw new Error("webm: the Segment Info states no Duration");
  const seconds = (ticks: number) => (ticks * timecodeScale) / 1e9;
  const frames = blocks.filter((b) => b.track === video.number);
  return {
    codecId: video.codecId,
    width: video.width,
    height: video.height,
    frameCount: frames.length,
    frameTimes: frames.map((b) => seconds(b.time)),
    keyFrameTimes: frames.filter((b) => b.key).map((b) => seconds(b.time)),
    durationSeconds: seconds(duration),
  };
}
