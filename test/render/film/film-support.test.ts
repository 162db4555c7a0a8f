/**
 * What filmSupport tells the dialog, with the browser's encoders stood in for: the preferred
 * codec of each format when the encoder has it, the fallback with its warning when not, and
 * why video cannot be made at all without WebCodecs or on a page that is not secure.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { filmSupport } from "../../../src/render/film/film-support";

/** A VideoEncoder whose isConfigSupported says yes to the codecs whose strings start with one of `prefixes`. */
function encoderFor(...prefixes: string[]) {
  return class {
    static async isConfigSupported(config: { codec: string }) {
      return { supported: prefixes.some((p) => config.codec.startsWith(p)), config };
    }
  };
}

afterEach(() => vi.unstubAllGlobals());

// mediabunny remembers each answer by codec and size, so each stand-in encoder is asked at a size of its own.

describe("filmSupport", () => {
  test("VP9 in WebM and H.264 in MP4 where the encoder has them", async () => {
    vi.stubGlobal("VideoEncoder", encoderFor("vp09", "vp8", "avc1"));
    vi.stubGlobal("Worker", class {});
    const support = await filmSupport();
    expect([support.webm.codec, support.mp4.codec, support.gif.ok]).toEqual(["vp9", "avc", true]);
    expect(support.mp4.note).toMatch(/plays in PowerPoint, Keynote and every browser/);
  });

  test("without H.264, MP4 holds VP9 and says slide software may not play it; without VP9, WebM holds VP8", async () => {
    vi.stubGlobal("VideoEncoder", encoderFor("vp09"));
    expect((await filmSupport({ width: 1920, height: 1080 })).mp4).toEqual({ ok: true, codec: "vp9", note: expect.stringMatching(/no H\.264 encoder.*PowerPoint and Keynote may not play it/) });
    vi.stubGlobal("VideoEncoder", encoderFor("vp8"));
    const support = await filmSupport({ width: 1080, height: 1080 });
    expect(support.webm.codec).toBe("vp8");
    expect(support.mp4).toEqual({ ok: false, note: expect.stringMatching(/cannot encode H\.264 or VP9 video at 1080×1080; choose WebM or GIF/) });
  });

  test("without WebCodecs no video is offered, and the note says what to do instead", async () => {
    vi.stubGlobal("Worker", class {});
    const support = await filmSupport();
    expect([support.webm.ok, support.mp4.ok, support.gif.ok]).toEqual([false, false, true]);
    expect(support.webm.note).toBe("this browser cannot encode video; choose GIF or use a recent Chrome, Edge or Firefox");
    vi.stubGlobal("isSecureContext", false);
    expect((await filmSupport()).mp4.note).toMatch(/only on a secure page/);
  });
});
