/**
 * What waits for a data set's first frame: a value made once, when its turn comes or when first
 * asked for; and the work queued until the first frame, run one piece a task in the order asked,
 * dropped when the data set has left the screen, and done at once after that.
 */
import { describe, expect, test } from "vitest";
import { Later, LaterWork } from "../../../src/app/session/later-work";

const aTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const tasks = async (n: number) => {
  for (let i = 0; i < n; i++) await aTask();
};

describe("Later", () => {
  test("is made once, when first asked for", () => {
    let made = 0;
    const later = new Later(() => ++made);
    expect(later.ready).toBeUndefined();
    expect(later.get()).toBe(1);
    expect(later.get()).toBe(1);
    expect(later.ready).toBe(1);
    expect(made).toBe(1);
  });
});

describe("LaterWork", () => {
  test("waits for the first frame, then runs each piece in a task of its own, in order, the page told after each", async () => {
    const work = new LaterWork();
    const log: string[] = [];
    work.after("histogram", () => {
      log.push("histogram");
      // Ends with this task, before the next piece if that has a task of its own.
      void Promise.resolve().then(() => log.push("end of task"));
    });
    work.after("change days", () => log.push("change days"));
    expect(work.waiting("histogram")).toBe(true);
    await tasks(3);
    expect(log).toEqual([]);
    work.firstFrameDrawn(() => true, () => log.push("update"));
    expect(work.drawn).toBe(true);
    expect(log).toEqual([]);
    await tasks(10);
    expect(log).toEqual(["histogram", "update", "end of task", "change days", "update"]);
    expect(work.waiting("change days")).toBe(false);
    // Drawn and nothing of the name waiting: at once.
    work.after("histogram", () => log.push("again"));
    expect(log.at(-1)).toBe("again");
  });

  test("work asked again under a waiting name replaces it; work left when the data set is gone is dropped", async () => {
    const work = new LaterWork();
    const log: string[] = [];
    work.after("series", () => log.push("old filters"));
    work.after("series", () => log.push("new filters"));
    work.after("histogram", () => log.push("histogram"));
    let onScreen = true;
    work.firstFrameDrawn(() => onScreen, () => (onScreen = false));
    await tasks(5);
    expect(log).toEqual(["new filters"]);
    expect(work.waiting("histogram")).toBe(false);
    // Shown again: done at once.
    work.after("histogram", () => log.push("histogram"));
    expect(log).toEqual(["new filters", "histogram"]);
  });
});
