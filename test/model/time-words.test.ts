/**
 * A date or a window in words, in each phrasing the explorer uses, and the time a view shows.
 */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../src/model/dates";
import { timeInWords, timeOfView } from "../../src/model/time-words";

const at = { at: parseDay("2026-02-27") };
const window = { from: parseDay("2025-10-01"), to: parseDay("2026-03-31") };

describe("timeInWords", () => {
  test("a date, in each phrasing", () => {
    expect(timeInWords(at, "as of")).toBe("as of 27 Feb 2026");
    expect(timeInWords(at, "on")).toBe("on 27 Feb 2026");
    expect(timeInWords(at, "from to")).toBe("as of 27 Feb 2026");
    expect(timeInWords(at, "label")).toBe("As of 27 Feb 2026");
  });

  test("a window, in each phrasing", () => {
    expect(timeInWords(window, "as of")).toBe("between 1 Oct 2025 and 31 Mar 2026");
    expect(timeInWords(window, "on")).toBe("between 1 Oct 2025 and 31 Mar 2026");
    expect(timeInWords(window, "from to")).toBe("from 1 Oct 2025 to 31 Mar 2026");
    expect(timeInWords(window, "label")).toBe("1 Oct 2025 – 31 Mar 2026");
  });
});

test("a view shows its date in 'at' mode and its window otherwise", () => {
  const view = { at: at.at, ...window };
  expect(timeOfView({ ...view, mode: "at" })).toEqual(at);
  expect(timeOfView({ ...view, mode: "window" })).toEqual(window);
});
