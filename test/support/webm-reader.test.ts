/**
 * The WebM reader the film tests use, on small WebM files built here byte by byte: it finds the
 * video track among others, counts its frames in SimpleBlocks and BlockGroups, reads times by
 * the file's timecode scale, and refuses a truncated or foreign file saying where and why.
 */
import { describe, expect, test } from "vitest";
import { readWebm } from "./webm-reader";

const idBytes = (id: number): number[] => {
  const out: number[] = [];
  for (let v = id; v > 0; v = Math.floor(v / 256)) out.unshift(v & 0xff);
  return out;
};
/** An element with its size as an 8-byte number, as live writers leave room for it. */
const el = (id: number, ...payload: number[][]): number[] => {
  const data = payload.flat();
  const size = [0x01, 0, 0, 0, (data.length >>> 24) & 0xff, (data.length >>> 16) & 0xff, (data.length >>> 8) & 0xff, data.length & 0xff];
  return [...idBytes(id), ...size, ...data];
};
const uint = (id: number, value: number, length = 2) => el(id, Array.from({ length }, (_, i) => (value >>> (8 * (length - 1 - i))) & 0xff));
const f64 = (id: number, value: number) => {
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, value);
  return el(id, [...new Uint8Array(b.buffer)]);
};
const str = (id: number, s: string) => el(id, [...s].map((c) => c.charCodeAt(0)));
/** Times are in ticks of 2 ms (the TimecodeScale below). A block of track 1 or 2 at `time` ticks from its cluster, key when flagged. */
const blockBody = (track: number, time: number, key: boolean) => [0x80 | track, (time >> 8) & 0xff, time & 0xff, key ? 0x80 : 0, 0xde, 0xad];

/** The film, its Segment of unknown size when `live` (as a writer that cannot seek back leaves it). */
function film(live = false): Uint8Array {
  const header = el(0x1a45dfa3, str(0x4282, "webm"));
  const info = el(0x1549a966, uint(0x2ad7b1, 2_000_000, 3), f64(0x4489, 375));
  const tracks = el(
    0x1654ae6b,
    el(0xae, uint(0xd7, 2, 1), uint(0x83, 2, 1), str(0x86, "A_OPUS")),
    el(0xae, uint(0xd7, 1, 1), uint(0x83, 1, 1), str(0x86, "V_VP9"), el(0xe0, uint(0xb0, 1280), uint(0xba, 720))),
  );
  const cluster = el(
    0x1f43b675,
    uint(0xe7, 0, 1),
    el(0xa3, blockBody(1, 0, true)),
    el(0xa3, blockBody(2, 0, true)),
    el(0xa3, blockBody(1, 125, false)),
    el(0xa0, el(0xa1, blockBody(1, 250, false)), uint(0xfb, 125, 2)),
  );
  const cluster2 = el(0x1f43b675, uint(0xe7, 375, 2), el(0xa0, el(0xa1, blockBody(1, 0, false))));
  const body = [...info, ...tracks, ...cluster, ...cluster2];
  const segment = live ? [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, ...body] : el(0x18538067, body);
  return Uint8Array.from([...header, ...segment]);
}

describe("readWebm", () => {
  test("reads the video track's codec, size, frames, key frames and duration", () => {
    const webm = readWebm(film());
    expect(webm).toEqual({ codecId: "V_VP9", width: 1280, height: 720, frameCount: 4, frameTimes: [0, 0.25, 0.5, 0.75], keyFrameTimes: [0, 0.75], durationSeconds: 0.75 });
  });

  test("reads a Segment of unknown size to the end of the file", () => {
    expect(readWebm(film(true))).toEqual(readWebm(film()));
  });

  test("refuses a truncated file, saying which element runs past its end", () => {
    const whole = film();
    expect(() => readWebm(whole.subarray(0, whole.length - 3))).toThrow(/^webm: element 18538067 at byte 26 claims \d+ bytes of data but the file ends \d+ bytes after its start \(truncated\?\)$/);
    const live = film(true);
    expect(() => readWebm(live.subarray(0, live.length - 3))).toThrow(/^webm: element 1F43B675 at byte \d+ claims \d+ bytes .*truncated/);
    expect(() => readWebm(live.subarray(0, 30))).toThrow(/^webm: the file ends at byte 30, where the size of element 18538067 should be$/);
    expect(() => readWebm(live.subarray(0, 33))).toThrow(/^webm: the file ends inside the size of element 18538067 at byte 30$/);
  });

  test("refuses a file that is not WebM", () => {
    expect(() => readWebm(new TextEncoder().encode("GIF89a and more"))).toThrow(/not a WebM file/);
  });
});
