/**
 * The timeline's arithmetic and its playback timer, without a browser: key steps by the chosen
 * size (month and year steps land on month ends, a window's start on month starts), windows that
 * never turn over or leave the range, playback frames and the stop at the end, frames held longer
 * where changes cluster, mode switches, axis ticks and the strip's summary.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { parseDay } from "../../../src/model/dates";
import type { HistogramBin } from "../../../src/model/timeline";
import { frameInterval, PlaybackController } from "../../../src/ui/timeline/playback";
import {
  applyStep,
  axisTicks,
  keyStep,
  modeChange,
  playbackStep,
  rewindForPlay,
  shiftWindow,
  stepBy,
  stripSummary,
  activityWords,
  type TimeRange,
} from "../../../src/ui/timeline/time-steps";

const d = parseDay;
const range = (over: Partial<TimeRange> = {}): TimeRange => ({
  first: d("2000-01-01"),
  last: d("2026-03-31"),
  mode: "at",
  at: d("2026-02-27"),
  from: d("2025-10-01"),
  to: d("2026-03-31"),
  ...over,
});

describe("keyboard steps", () => {
  const lo = d("2000-01-01");
  const hi = d("2026-03-31");
  test.each([
    ["ArrowRight", false, "month", "2026-03-31"],
    ["ArrowUp", false, "month", "2026-03-31"],
    ["ArrowLeft", false, "month", "2026-01-31"],
    ["ArrowLeft", false, "day", "2026-02-26"],
    ["ArrowRight", false, "day", "2026-02-28"],
    ["ArrowLeft", false, "year", "2025-02-28"],
    ["ArrowRight", true, "day", "2026-03-31"],
    ["ArrowLeft", true, "month", "2025-02-28"],
    ["PageUp", false, "day", "2026-03-31"],
    ["PageDown", false, "month", "2025-02-28"],
    ["Home", false, "month", "2000-01-01"],
    ["End", false, "day", "2026-03-31"],
  ] as const)("%s (shift %s), stepping by %s, from 27 Feb 2026 goes to %s, within the range", (key, shift, unit, expected) => {
    const step = keyStep(key, shift)!;
    expect(applyStep(d("2026-02-27"), step, unit, lo, hi)).toBe(d(expected));
  });

  test("other keys are left to the browser", () => {
    expect(keyStep("Tab", false)).toBeUndefined();
    expect(keyStep("a", true)).toBeUndefined();
  });

  test("month steps keep to month ends: 31 Mar, 29 Feb, 31 Jan; a window's start to month starts", () => {
    expect(applyStep(d("2024-03-31"), { count: -1 }, "month", lo, hi)).toBe(d("2024-02-29"));
    expect(applyStep(d("2024-02-29"), { count: -1 }, "month", lo, hi)).toBe(d("2024-01-31"));
    expect(applyStep(d("2024-02-15"), { count: 1 }, "month", lo, hi, "from")).toBe(d("2024-03-01"));
  });
});

describe("windows", () => {
  const [lo, hi] = [d("2000-01-01"), d("2026-12-31")];
  test("shift both ends, and stop at the range's ends without turning over", () => {
    expect(shiftWindow(d("2025-10-01"), d("2026-03-31"), "month", 1, lo, hi)).toEqual({ from: d("2025-11-01"), to: d("2026-04-30") });
    expect(shiftWindow(d("2026-11-15"), d("2026-12-20"), "month", 1, lo, hi)).toEqual({ from: d("2026-12-01"), to: d("2026-12-31") });
    expect(shiftWindow(d("2026-12-20"), d("2026-12-31"), "month", 1, lo, hi)).toEqual({ from: d("2026-12-31"), to: d("2026-12-31") });
    expect(shiftWindow(d("2000-01-01"), d("2000-01-20"), "month", -1, lo, hi)).toEqual({ from: d("2000-01-01"), to: d("2000-01-01") });
    expect(shiftWindow(d("2025-10-01"), d("2026-03-31"), "day", -1, lo, hi)).toEqual({ from: d("2025-09-30"), to: d("2026-03-30") });
  });

  test("the step buttons move the date, or the whole window, by the chosen size", () => {
    expect(stepBy(range(), "month", -1)).toEqual({ at: d("2026-01-31") });
    expect(stepBy(range(), "day", 1)).toEqual({ at: d("2026-02-28") });
    expect(stepBy(range(), "year", -1)).toEqual({ at: d("2025-02-28") });
    expect(stepBy(range({ mode: "window" }), "month", -1)).toEqual({ from: d("2025-09-01"), to: d("2026-02-28") });
  });
});

describe("playback", () => {
  test("steps a month to the month's end, reaches the last day, then stops", () => {
    expect(playbackStep(range())).toEqual({ at: d("2026-03-31") });
    expect(playbackStep(range({ at: d("2026-03-15") }))).toEqual({ at: d("2026-03-31") });
    expect(playbackStep(range({ at: d("2026-03-31") }))).toBe("stop");
    expect(playbackStep(range({ mode: "window", to: d("2026-03-31") }))).toBe("stop");
    expect(playbackStep(range({ at: d("2026-03-29") }), "day")).toEqual({ at: d("2026-03-30") });
  });

  test("play at the end starts again from the first day; elsewhere it plays on", () => {
    expect(rewindForPlay(range())).toBeUndefined();
    expect(rewindForPlay(range({ at: d("2026-03-31") }))).toEqual({ at: d("2000-01-01") });
    expect(rewindForPlay(range({ mode: "window", from: d("2026-03-01"), to: d("2026-03-31") }))).toEqual({ from: d("2000-01-01"), to: d("2000-01-31") });
  });

  afterEach(() => vi.useRealTimers());

  test("the controller ticks every 1000/speed ms while playing, follows the speed, and stops when the host leaves", () => {
    vi.useFakeTimers();
    const state = { playing: false, speed: 2 };
    let ticks = 0;
    const controller = new PlaybackController({ addController: () => {}, removeController: () => {}, requestUpdate: () => {}, updateComplete: Promise.resolve(true) }, {
      playing: () => state.playing,
      speed: () => state.speed,
      tick: () => ticks++,
    });
    controller.hostConnected();
    vi.advanceTimersByTime(2000);
    expect(ticks).toBe(0);
    state.playing = true;
    controller.hostUpdated();
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(2);
    state.speed = 12;
    controller.hostUpdated();
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(2 + 12);
    controller.hostDisconnected();
    expect(controller.running).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(14);
    expect(frameInterval(0)).toBe(1000);
    expect(frameInterval(Number.NaN)).toBe(1000);
  });
});

describe("mode switches", () => {
  test("an empty window becomes the six months up to the date; a date outside the window moves to its end", () => {
    expect(modeChange(range(), "window")).toEqual({ mode: "window" });
    expect(modeChange(range({ from: d("2026-02-27"), to: d("2026-02-27") }), "window")).toEqual({ mode: "window", from: d("2025-08-27"), to: d("2026-02-27") });
    expect(modeChange(range({ mode: "window", at: d("2026-02-27") }), "at")).toEqual({ mode: "at" });
    expect(modeChange(range({ mode: "window", at: d("2020-01-01") }), "at")).toEqual({ mode: "at", at: d("2026-03-31") });
  });
});

describe("axis and summary", () => {
  test("ticks every two years over 27 years, months over a short range", () => {
    const years = axisTicks(d("2000-01-01"), d("2026-12-31")).map((t) => t.label);
    expect(years).toEqual(["2000", "2002", "2004", "2006", "2008", "2010", "2012", "2014", "2016", "2018", "2020", "2022", "2024", "2026"]);
    const months = axisTicks(d("2025-05-01"), d("2026-03-31")).map((t) => t.label);
    expect(months).toEqual(["May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "2026", "Feb", "Mar"]);
  });

  test("the summary names where most are certainly and only possibly active, the busiest month and the coarse dates", () => {
    const bin = (label: string, first: string, last: string, counts: Partial<HistogramBin> = {}): HistogramBin => ({
      label,
      first: d(first),
      last: d(last),
      starts: 0,
      ends: 0,
      coarseStarts: 0,
      coarseEnds: 0,
      certain: 0,
      possibleOnly: 0,
      ...counts,
    });
    const bins = [
      bin("2025-01", "2025-01-01", "2025-01-31", { coarseStarts: 4, certain: 2, possibleOnly: 9 }),
      bin("2025-02", "2025-02-01", "2025-02-28", { starts: 12, ends: 1, certain: 7, possibleOnly: 3 }),
    ];
    expect(stripSummary(bins, d("2025-01-01"), d("2025-02-28"))).toBe(
      "Relations active per month (top row), Jan 2025 to Feb 2025: at most 7 certainly active (solid), in Feb 2025 and at most 9 only possibly active (hatched: their dates allow it, none says it), in Jan 2025; " +
        "relations starting (up) and ending (down) per month (bottom row); busiest: Feb 2025 (12 starts, 1 end); 4 dates known only to the year or less precisely, drawn hatched across their year",
    );
    // Nothing certain anywhere is said, not left out.
    expect(stripSummary([bin("2025-01", "2025-01-01", "2025-01-31", { possibleOnly: 5 })], d("2025-01-01"), d("2025-01-31"))).toContain("none certainly active and at most 5 only possibly active");
    expect(stripSummary([], 0, 10)).toContain("no dated relations");
  });

  test("a month's activity in words", () => {
    expect(activityWords(1, 0)).toBe("1 relation certainly active");
    expect(activityWords(0, 4)).toBe("0 relations certainly active, 4 only possibly active (their dates allow it, none says it)");
  });
});
