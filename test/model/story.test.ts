import { describe, expect, it } from "vitest";
import { actorStory, chronology, counterpartsOf, pairStory, storyStart } from "../../src/model/story";
import { rel } from "../support/relation";

const ids = (rs: readonly { id: string }[]) => rs.map((r) => r.id);

describe("the chronology of a story", () => {
  it("puts open starts first, the earlier end first, then dated starts by their first day", () => {
    const story = chronology([
      rel("war", "a", "b", "war", ["2025-10/.."]),
      rel("ties-to-2022", "a", "b", "alignment", ["../2022"]),
      rel("talks", "a", "b", "talks", ["2021-06"]),
      rel("ties-to-2019", "a", "b", "alignment", ["../2019"]),
      rel("strike", "a", "b", "strike", ["2026-02-27"]),
    ]);
    expect(ids(story)).toEqual(["ties-to-2019", "ties-to-2022", "talks", "war", "strike"]);
  });

  it("on the same first day puts the coarser start first: a year, then a month, then a day", () => {
    const story = chronology([
      rel("day", "a", "b", "x", ["2021-01-01"]),
      rel("year", "a", "b", "x", ["2021"]),
      rel("month", "a", "b", "x", ["2021-01"]),
    ]);
    expect(ids(story)).toEqual(["year", "month", "day"]);
  });

  it("a month later in the year comes after the year even though the year may have begun later", () => {
    expect(ids(chronology([rel("mar", "a", "b", "x", ["2021-03"]), rel("year", "a", "b", "x", ["2021"])]))).toEqual(["year", "mar"]);
  });

  it("breaks ties of start by the end (ongoing last), then by type, then by id, whatever the data's order", () => {
    const tied = [
      rel("z-ongoing", "a", "b", "a-type", ["2021/.."]),
      rel("y-to-2023", "a", "b", "b-type", ["2021/2023"]),
      rel("x-to-2022", "a", "b", "c-type", ["2021/2022"]),
      rel("b-same", "a", "b", "d-type", ["2021/2022"]),
      rel("a-same", "a", "b", "d-type", ["2021/2022"]),
    ];
    const expected = ["x-to-2022", "a-same", "b-same", "y-to-2023", "z-ongoing"];
    expect(ids(chronology(tied))).toEqual(expected);
    expect(ids(chronology([...tied].reverse()))).toEqual(expected);
  });

  it("places a relation of several periods by its first", () => {
    expect(ids(chronology([rel("later", "a", "b", "x", ["2020"]), rel("twice", "a", "b", "x", ["2024", "2019"])]))).toEqual(["later", "twice"]);
    expect(storyStart(rel("twice", "a", "b", "x", ["2019", "2024"]))).toMatchObject({ open: false, precision: "year" });
  });

  it("takes every relation of a pair in either direction, and nothing else", () => {
    const data = [
      rel("ab", "a", "b", "x", ["2022"]),
      rel("ba", "b", "a", "x", ["2021"]),
      rel("ac", "a", "c", "x", ["2020"]),
      rel("bc", "b", "c", "x", ["2020"]),
    ];
    expect(ids(pairStory(data, "a", "b"))).toEqual(["ba", "ab"]);
    expect(ids(pairStory(data, "b", "a"))).toEqual(["ba", "ab"]);
    expect(ids(actorStory(data, "a"))).toEqual(["ac", "ba", "ab"]);
  });

  it("counts an actor's counterparts over all time, the most relations first", () => {
    const data = [rel("1", "a", "c", "x", ["2020"]), rel("2", "b", "a", "x", ["2021"]), rel("3", "a", "b", "x", ["2022"]), rel("4", "b", "c", "x", ["2022"])];
    expect(counterpartsOf(data, "a")).toEqual([
      { actor: "b", count: 2 },
      { actor: "c", count: 1 },
    ]);
  });
});
