/**
 * The pure parts of making a film in the explorer: the view at each step (a window over the
 * step, the user's filters and selection kept, the moment's own looks left out), the stage's
 * size (the slides' graph area at their type scale, whatever the window), and the span the
 * Animate… dialog offers (months, never a day picked).
 */
import { describe, expect, test } from "vitest";
import { defaultFilmSpan, stageSize, stepState } from "../../../src/app/film/film-view";
import { parseDay } from "../../../src/model/dates";
import { getEmptyViewState } from "../../../src/state/view-state";

describe("a step's view", () => {
  test("is a window over the step, with the user's filters and selection, without hover, comparison or camps", () => {
    const state = { ...getEmptyViewState(parseDay("2026-03-01")), hiddenFamilies: ["structural"], selectedActor: "ttp", hoveredActor: "iran", compare: { at: parseDay("2021-09-01") }, colourBy: "camp" as const, playing: true };
    const step = stepState(state, { from: parseDay("2025-10-01"), to: parseDay("2025-10-31") });
    expect(step).toMatchObject({ mode: "window", from: parseDay("2025-10-01"), to: parseDay("2025-10-31"), hiddenFamilies: ["structural"], selectedActor: "ttp", hoveredActor: null, compare: null, colourBy: "kind", playing: false });
  });
});

describe("the stage", () => {
  test("is a slide's graph area at its type scale, so films of one size look alike from any window", () => {
    const hd = stageSize({ width: 1280, height: 720 });
    const fullHd = stageSize({ width: 1920, height: 1080 });
    // Full HD has the same type scale per pixel as HD, one and a half times larger: the same stage.
    expect(fullHd).toEqual(hd);
    expect(hd.width / hd.height).toBeGreaterThan(1.5);
    // A square slide keeps its legend below: a wide, short stage.
    const square = stageSize({ width: 1080, height: 1080 });
    expect(square.width).toBeGreaterThan(square.height);
  });
});

describe("the span offered", () => {
  test("is the window on screen by month, or five years up to the date shown, never before the data's first day", () => {
    const at = { mode: "at" as const, at: parseDay("2026-03-01"), from: 0, to: 0 };
    expect(defaultFilmSpan(at, parseDay("2001-01-01"))).toEqual({ from: "2021-03", to: "2026-03" });
    expect(defaultFilmSpan(at, parseDay("2024-06-15"))).toEqual({ from: "2024-06", to: "2026-03" });
    expect(defaultFilmSpan({ mode: "window", at: 0, from: parseDay("2025-01-01"), to: parseDay("2026-03-31") }, 0)).toEqual({ from: "2025-01", to: "2026-03" });
  });
});
