/**
 * The timeline's change days in the app: those of the relations the view's filters leave, in
 * words, worked out again only when the data set or one of those filters changes (not when the
 * date moves, as it does on every drag step and playback frame).
 */
import { describe, expect, test } from "vitest";
import { prepare, type ShownDataSet } from "../../../src/app/session/shown-data-set";
import { TimelineChanges } from "../../../src/app/session/timeline-changes";
import { formatDay, parseDay } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import { getEmptyViewState } from "../../../src/state/view-state";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("bundled data does not load");
const made = prepare("bundled", loaded.dataSet);
if (!made.ok) throw new Error(made.problem);
const shown = { ...made.prepared, source: { kind: "bundled" }, id: "bundled", name: "bundled" } as unknown as ShownDataSet;
const THREAT = parseDay("2026-02-27");
// On screen, with its first frame drawn: the change days are worked out when asked.
shown.later.firstFrameDrawn(() => true, () => {});

describe("TimelineChanges", () => {
  test("for a data set just opened, offers none until its first frame is drawn, then works them out in a task of its own", async () => {
    const opened = prepare("bundled", loaded.dataSet);
    if (!opened.ok) throw new Error(opened.problem);
    const fresh = { ...opened.prepared, source: { kind: "bundled" }, id: "bundled", name: "bundled" } as unknown as ShownDataSet;
    const changes = new TimelineChanges();
    const state = getEmptyViewState(parseDay("2026-03-31"));
    expect(changes.of(fresh, state)).toEqual([]);
    expect(fresh.later.waiting("change days")).toBe(true);
    let updates = 0;
    fresh.later.firstFrameDrawn(() => true, () => updates++);
    // Drawn, but the work has not had its turn yet: still none, never a made-up list.
    expect(changes.of(fresh, state)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(updates).toBe(1);
    expect(fresh.later.waiting("change days")).toBe(false);
    const marks = changes.of(fresh, state);
    expect(marks.find((m) => m.day === THREAT)?.when).toBe("27 Feb 2026");
    expect(marks).toEqual(new TimelineChanges().of(shown, state));
  });

  const state = getEmptyViewState(parseDay("2026-03-31"));
  test("names the one-day threat of 27 Feb 2026 with its relation, and keeps its answer while only the date moves", () => {
    const changes = new TimelineChanges();
    const marks = changes.of(shown, state);
    const threat = marks.find((m) => m.day === THREAT);
    expect(threat).toMatchObject({ when: "27 Feb 2026", what: "Threat or declaration of war: Pakistan → Afghan Taliban starts" });
    expect(changes.of(shown, { ...state, at: parseDay("2025-01-01"), mode: "window" })).toBe(marks);
    expect(marks.map((m) => m.day)).toEqual([...marks.map((m) => m.day)].sort((a, b) => a - b));
  });

  test("follows the filters: hostile relations hidden, the threat is no change; possible relations hidden, fewer days", () => {
    const changes = new TimelineChanges();
    const all = changes.of(shown, state);
    const noHostile = changes.of(shown, { ...state, hiddenFamilies: ["hostile"] });
    expect(noHostile).not.toBe(all);
    expect(noHostile.some((m) => m.day === THREAT)).toBe(false);
    const certainOnly = changes.of(shown, { ...state, showPossible: false });
    expect(certainOnly.length).toBeLessThan(all.length);
    expect(certainOnly.find((m) => m.day === THREAT)?.when).toBe("27 Feb 2026");
    // Back to no filter: the same days as at first.
    expect(changes.of(shown, state).map((m) => formatDay(m.day))).toEqual(all.map((m) => formatDay(m.day)));
  });
});
