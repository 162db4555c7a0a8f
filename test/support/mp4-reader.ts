/**
 * Reads an MP4 film back for tests by walking its boxes: the video track's (handler "vide")
 * sample entry (its codec fourcc, "avc1", "vp09"…, and size), its sample count (stsz), key frames
 * (stss; none means every sample is one) and duration (mdhd's duration over its timescale).
 * A file that ends inside a box, or holds no video track, is refused with where and why.
 */

export interface Mp4Film {
  readonly codec: string;
  readonly width: number;
  readonly height: number;
  readonly sampleCount: number;
  readonly keyFrameCount: number;
  readonly durationSeconds: number;
}

interface Box {
  readonly type: string;
  readonly at: number;
  readonly start: number;
  readonly end: number;
}

/** Boxes whose children are read on the way to a track's sample table. */
const CONTAINERS = new Set(["moov", "trak", "mdia", "minf", "stbl"]);

export function readMp4(bytes: Uint8Array): Mp4Film {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fourcc = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

  const boxes = (from: number, to: number): Box[] => {
    const found: Box[] = [];
    for (let at = from; at < to; ) {
      if (at + 8 > to) throw new Error(`mp4: ${to - at} stray bytes at byte ${at}, too few for a box header (truncated?)`);
      let size = view.getUint32(at);
      const type = fourcc(at + 4);
      let start = at + 8;
      if (size === 1) {
        if (at + 16 > to) throw new Error(`mp4: the "${type}" box at byte ${at} ends inside its 64-bit size`);
        size = Number(view.getBigUint64(at + 8));
        start = at + 16;
      } else if (size === 0) size = to - at;
      const end = at + size;
      if (size < start - at || end > to)
        throw new Error(`mp4: the "${type}" box at byte ${at} claims ${size} bytes but only ${to - at} are left in its parent (truncated?)`);
      found.push({ type, at, start, end });
      at = end;
    }
    return found;
  };
  const child = (parent: Box, type: string): Box => {
    const box = boxes(parent.start, parent.end).find((b) => b.type === type);
    if (!box) throw new Error(`mp4: the "${parent.type}" box at byte ${parent.at} has no "${type}" box`);
    return box;
  };
  const need = (box: Box, length: number) => {
    if (box.end - box.start < length) throw new Error(`mp4: the "${box.type}" box at byte ${box.at} is ${box.end - box.start} bytes, too short for its fields`);
  };

  if (bytes.length < 8 || fourcc(4) !== "ftyp") throw new Error(`mp4: not an MP4 file: it does not begin with an "ftyp" box`);
  const top = boxes(0, bytes.length);
  if (top.some((b) => b.type === "moof")) throw new Error("mp4: a fragmented MP4 (moof boxes); these tests read whole files only");
  const moov = top.find((b) => b.type === "moov");
  if (!moov) throw new Error(`mp4: the file has no "moov" box (boxes: ${top.map((b) => b.type).join(", ")})`);

  const tracks = boxes(moov.start, moov.end).filter((b) => b.type === "trak");
  const video = tracks.find((trak) => {
    const hdlr = child(child(trak, "mdia"), "hdlr");
    need(hdlr, 12);
    return fourcc(hdlr.start + 8) === "vide";
  });
  if (!video) throw new Error(`mp4: none of the file's ${tracks.length} tracks is a video track`);
  const mdia = child(video, "mdia");
  const stbl = child(child(mdia, "minf"), "stbl");

  const mdhd = child(mdia, "mdhd");
  const version = bytes[mdhd.start];
  need(mdhd, version === 1 ? 32 : 20);
  const timescale = view.getUint32(mdhd.start + (version === 1 ? 20 : 12));
  const duration = version === 1 ? Number(view.getBigUint64(mdhd.start + 24)) : view.getUint32(mdhd.start + 16);

  const stsd = child(stbl, "stsd");
  need(stsd, 8);
  // The first sample entry: size, fourcc, 6 reserved, data reference index, 16 reserved, width, height.
  const [entry] = boxes(stsd.start + 8, stsd.end);
  if (!entry) throw new Error(`mp4: the "stsd" box at byte ${stsd.at} has no sample entry`);
  need(entry, 28);

  const stsz = child(stbl, "stsz");
  need(stsz, 12);
  const stss = boxes(stbl.start, stbl.end).find((b) => b.type === "stss");
  const sampleCount = view.getUint32(stsz.start + 8);
  if (stss) need(stss, 8);

  return {
    codec: entry.type,
    width: view.getUint16(entry.start + 24),
    height: view.getUint16(entry.start + 26),
    sampleCount,
    keyFrameCount: stss ? view.getUint32(stss.start + 4) : sampleCount,
    durationSeconds: duration / timescale,
  };
}
