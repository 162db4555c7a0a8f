/**
 * The MP4 reader the film tests use, on small MP4 files built here box by box: it picks the
 * video track by its handler, reads the sample entry, sample count, key frames and duration
 * (both mdhd versions), and refuses a truncated, fragmented or foreign file saying why.
 */
import { describe, expect, test } from "vitest";
import { readMp4 } from "./mp4-reader";

const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
const u16 = (v: number) => [(v >>> 8) & 0xff, v & 0xff];
const u64 = (v: number) => [...u32(Math.floor(v / 2 ** 32)), ...u32(v >>> 0)];
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const box = (type: string, ...payload: number[][]): number[] => {
  const data = payload.flat();
  return [...u32(8 + data.length), ...ascii(type), ...data];
};

function track(handler: string, entry: string, mdhd: number[], samples: number, sync?: number[]): number[] {
  const sampleEntry = box(entry, Array(6).fill(0), u16(1), Array(16).fill(0), u16(1280), u16(720), Array(50).fill(0));
  const stbl = box(
    "stbl",
    box("stsd", u32(0), u32(1), sampleEntry),
    box("stts", u32(0), u32(1), u32(samples), u32(512)),
    box("stsz", u32(0), u32(0), u32(samples), Array(samples).fill(u32(100)).flat()),
    ...(sync ? [box("stss", u32(0), u32(sync.length), sync.flatMap(u32))] : []),
  );
  return box("trak", box("tkhd", Array(84).fill(0)), box("mdia", box("mdhd", mdhd), box("hdlr", u32(0), u32(0), ascii(handler), Array(13).fill(0)), box("minf", stbl)));
}

/** mdhd version 0: 12 800 ticks a second, 38 400 ticks long (3 s). */
const MDHD_V0 = [...u32(0), ...u32(0), ...u32(0), ...u32(12_800), ...u32(38_400), ...u32(0)];
/** mdhd version 1: 90 000 ticks a second, 225 000 ticks long (2.5 s). */
const MDHD_V1 = [...u32(0x01000000), ...u64(0), ...u64(0), ...u32(90_000), ...u64(225_000), ...u32(0)];

function film(mdhd = MDHD_V0, more: number[][] = []): Uint8Array {
  const ftyp = box("ftyp", ascii("isom"), u32(512), ascii("isomavc1"));
  const moov = box("moov", box("mvhd", Array(100).fill(0)), track("soun", "mp4a", MDHD_V0, 5), track("vide", "avc1", mdhd, 12, [1, 7]));
  return Uint8Array.from([...ftyp, ...moov, ...box("mdat", Array(32).fill(7)), ...more.flat()]);
}

describe("readMp4", () => {
  test("reads the video track's codec, size, samples, key frames and duration", () => {
    expect(readMp4(film())).toEqual({ codec: "avc1", width: 1280, height: 720, sampleCount: 12, keyFrameCount: 2, durationSeconds: 3 });
    expect(readMp4(film(MDHD_V1)).durationSeconds).toBe(2.5);
  });

  test("refuses a truncated file, saying which box runs past its end", () => {
    const whole = film();
    expect(() => readMp4(whole.subarray(0, whole.length - 5))).toThrow(/^mp4: the "mdat" box at byte \d+ claims 40 bytes but only 35 are left in its parent \(truncated\?\)$/);
    expect(() => readMp4(whole.subarray(0, 40))).toThrow(/^mp4: the "moov" box at byte 24 claims \d+ bytes but only 16 are left in its parent \(truncated\?\)$/);
    expect(() => readMp4(whole.subarray(0, 27))).toThrow(/^mp4: 3 stray bytes at byte 24, too few for a box header \(truncated\?\)$/);
  });

  test("refuses a fragmented file and one that is not MP4", () => {
    expect(() => readMp4(film(MDHD_V0, [box("moof", Array(8).fill(0))]))).toThrow(/fragmented/);
    expect(() => readMp4(new TextEncoder().encode("GIF89a and more bytes"))).toThrow(/not an MP4 file/);
  });
});
