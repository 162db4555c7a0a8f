/**
 * Change to change, typed dates and slowed playback, without a browser: a step lands on the
 * next day where what the view shows changes (a single day's event is never stepped over), a
 * window moves with its end, playback by change ends at the last day; frames that pass many
 * changes are held longer, capped; a typed month is the window over it; bad entries change nothing.
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import type { ChangeMark } from "../../../src/model/change-days";
import { parseDay } from "../../../src/model/dates";
import { changeFrom, crossedBy, frameDuration, moveTo, playbackByChange, sliderStep } from "../../../src/ui/timeline/change-steps";
import { entryChange } from "../../../src/ui/timeline/date-field";
import { PlaybackController } from "../../../src/ui/timeline/playback";
import type { TimeRange } from "../../../src/ui/timeline/time-steps";

const d = parseDay;
const mark = (iso: string, count = 1): ChangeMark => ({ day: d(iso), when: iso, what: `${count} change`, count });
const MARKS = [mark("2025-10-01", 12), mark("2025-10-31", 3), mark("2026-02-27"), mark("2026-02-28"), mark("2026-03-15", 6), mark("2026-04-01")];
const range = (over: Partial<TimeRange> = {}): TimeRange => ({
  first: d("2025-01-01"),
  last: d("2026-03-31"),
  mode: "at",
  at: d("2025-12-31"),
  from: d("2025-10-01"),
  to: d("2025-12-31"),
  ...over,
});

describe("change steps", () => {
  test("the next and previous change from the date; none past the range's last day", () => {
    expect(changeFrom(range(), MARKS, 1)?.day).toBe(d("2026-02-27"));
    expect(changeFrom(range(), MARKS, -1)?.day).toBe(d("2025-10-31"));
    expect(changeFrom(range({ at: d("2026-03-15") }), MARKS, 1)).toBeUndefined();
    expect(changeFrom(range({ at: d("2025-10-01") }), MARKS, -1)).toBeUndefined();
  });

  test("a window moves with its end, keeping its length, never before the first day", () => {
    expect(moveTo(range({ mode: "window" }), d("2026-02-27"))).toEqual({ from: d("2025-11-28"), to: d("2026-02-27") });
    expect(moveTo(range({ mode: "window", from: d("2025-01-01") }), d("2025-10-31"))).toEqual({ from: d("2025-01-01"), to: d("2025-10-31") });
  });

  test("playback by change visits every change day, the 27 Feb 2026 one included, then the last day, then stops", () => {
    const visited: number[] = [];
    let t = range({ at: d("2025-09-01") });
    for (let i = 0; i < 10; i++) {
      const next = playbackByChange(t, MARKS);
      if (next === "stop") break;
      visited.push(next.at!);
      t = { ...t, ...next };
    }
    expect(visited).toEqual(["2025-10-01", "2025-10-31", "2026-02-27", "2026-02-28", "2026-03-15", "2026-03-31"].map(d));
    expect(playbackByChange(t, MARKS)).toBe("stop");
  });

  test("a slider key steps to a change when that is the step size; Shift still steps a year", () => {
    const bounds: [number, number] = [d("2025-01-01"), d("2026-03-31")];
    expect(sliderStep(d("2026-02-27"), { count: 1 }, "change", bounds, "at", MARKS)).toBe(d("2026-02-28"));
    expect(sliderStep(d("2026-02-27"), { count: -1 }, "change", bounds, "at", MARKS)).toBe(d("2025-10-31"));
    expect(sliderStep(d("2026-03-15"), { count: 1 }, "change", bounds, "at", MARKS)).toBe(d("2026-03-15"));
    expect(sliderStep(d("2026-02-27"), { count: -1, unit: "year" }, "change", bounds, "at", MARKS)).toBe(d("2025-02-28"));
  });
});

describe("frames held where changes cluster", () => {
  test("a frame lasts 1 + changes/4 base intervals, at most 4", () => {
    expect(frameDuration(250, 0)).toBe(250);
    expect(frameDuration(250, 4)).toBe(500);
    expect(frameDuration(250, 12)).toBe(1000);
    expect(frameDuration(250, 400)).toBe(1000);
  });

  test("a frame counts the relation changes it passed, by the date or the window's end", () => {
    expect(crossedBy(MARKS, range({ at: d("2025-09-30") }), { at: d("2025-10-31") })).toBe(15);
    expect(crossedBy(MARKS, range({ at: d("2025-10-31") }), { at: d("2025-11-30") })).toBe(0);
    expect(crossedBy(MARKS, range({ mode: "window", to: d("2026-02-26") }), { from: d("2025-11-01"), to: d("2026-03-31") })).toBe(8);
  });

  afterEach(() => vi.useRealTimers());

  test("the controller waits 1000/speed ms for the first frame, then as long as the host says each frame should be held", () => {
    vi.useFakeTimers();
    const state = { playing: true, speed: 2, hold: 500 };
    const ticks: number[] = [];
    const controller = new PlaybackController({ addController: () => {}, removeController: () => {}, requestUpdate: () => {}, updateComplete: Promise.resolve(true) }, {
      playing: () => state.playing,
      speed: () => state.speed,
      tick: () => ticks.push(Date.now()),
      hold: () => state.hold,
    });
    const start = Date.now();
    controller.hostConnected();
    vi.advanceTimersByTime(499);
    expect(ticks).toEqual([]);
    state.hold = 2000; // the first frame passed many changes
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(1999);
    expect(ticks.map((t) => t - start)).toEqual([500]);
    state.hold = 500;
    vi.advanceTimersByTime(1);
    vi.advanceTimersByTime(500);
    expect(ticks.map((t) => t - start)).toEqual([500, 2500, 3000]);
    state.playing = false;
    controller.hostUpdated();
    expect(controller.running).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(ticks).toHaveLength(3);
  });
});

describe("typed dates", () => {
  const t = range({ first: d("2001-01-01") });
  test("a day sets the date; a month or a year typed as the date is the window over all of it, and says so", () => {
    expect(entryChange("27 Feb 2026", "at", t)).toEqual({ change: { at: d("2026-02-27") }, note: "" });
    expect(entryChange("Oct 2025", "at", t)).toEqual({ change: { mode: "window", from: d("2025-10-01"), to: d("2025-10-31"), at: d("2025-10-31") }, note: "Oct 2025: the whole month" });
    expect(entryChange("2021", "at", t)).toEqual({ change: { mode: "window", from: d("2021-01-01"), to: d("2021-12-31"), at: d("2021-12-31") }, note: "2021: the whole year" });
  });

  test("a year running past the evidence is cut to it, and the note says where the timeline runs", () => {
    expect(entryChange("2026", "at", t)).toEqual({
      change: { mode: "window", from: d("2026-01-01"), to: d("2026-03-31"), at: d("2026-03-31") },
      note: "2026: the whole year (the timeline runs 1 Jan 2001 – 31 Mar 2026)",
    });
  });

  test("as a window's start a month is its first day, as its end its last", () => {
    const w = { ...t, mode: "window" as const };
    expect(entryChange("2025-11", "from", w)).toEqual({ change: { from: d("2025-11-01") }, note: "Nov 2025: from its first day" });
    expect(entryChange("February 2026", "to", w)).toEqual({ change: { to: d("2026-02-28") }, note: "Feb 2026: to its last day" });
  });

  test("bad entries, dates outside the timeline and windows turned over change nothing and say why", () => {
    expect(entryChange("Febuary 2026", "at", t)).toEqual({ message: '"Febuary 2026" is not a date: type 2026-02-27, 27 Feb 2026, 2026-02 or 2026' });
    expect(entryChange("2027-05-01", "at", t)).toEqual({ message: "1 May 2027 is outside the timeline (1 Jan 2001 – 31 Mar 2026); nothing changed" });
    expect(entryChange("2026-01", "from", { ...t, mode: "window" })).toEqual({ message: "The window would start after it ends (31 Dec 2025); nothing changed" });
    expect(entryChange("2025-09-30", "to", { ...t, mode: "window" })).toEqual({ message: "The window would end before it starts (1 Oct 2025); nothing changed" });
  });
});
