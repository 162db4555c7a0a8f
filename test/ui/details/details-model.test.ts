/**
 * The details panel's pure part: an actor's relations in a slice, grouped and sorted, and
 * citations; periods in words, how a relation stands at a time, an actor's kind and names over time.
 */
import { describe, expect, test } from "vitest";
import { parseDay, parsePartialDate, parsePeriod } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import { RelationIndex } from "../../../src/model/relation-index";
import type { DataSet } from "../../../src/model/types";
import {
  actorRelationGroups,
  citationParts,
  directionFrom,
  indexDataSet,
  kindHistory,
  kindsAt,
  labelAt,
  labelHistory,
  pairWords,
  periodsInWords,
  standingAt,
  standingWords,
} from "../../../src/ui/details/details-model";
import { readBundledData } from "../../support/data";
import { rel } from "../../support/relation";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const data = loaded.dataSet;
const index = indexDataSet(data);
const relationIndex = new RelationIndex(data);
const slice = new Set(Array.from(relationIndex.activeOn(parseDay("2026-02-27")), (i) => data.relations[i].id));


describe("actorRelationGroups", () => {
  test("lists exactly the actor's relations in the slice, families in taxonomy order", () => {
    const groups = actorRelationGroups(index, "pakistan", slice);
    const shown = groups.flatMap((g) => g.rows.map((r) => r.relation.id)).sort();
    const expected = data.relations.filter((r) => (r.source === "pakistan" || r.target === "pakistan") && slice.has(r.id)).map((r) => r.id).sort();
    expect(shown).toEqual(expected);
    const order = data.taxonomy.families.map((f) => f.id);
    expect(groups.map((g) => order.indexOf(g.family))).toEqual([...groups.map((g) => order.indexOf(g.family))].sort((a, b) => a - b));
    expect(actorRelationGroups(index, "turkey", slice)).toEqual([]);
  });

  test("sorts newest first within a family and names counterpart and direction", () => {
    const small: DataSet = {
      taxonomy: {
        families: [{ id: "hostile", label: "Hostile" }, { id: "mediating", label: "Mediating" }],
        types: [
          { id: "strike", label: "Strike", family: "hostile", sign: -1, directed: true, cameo: [], plover: null, mappingMilitants: null },
          { id: "talks", label: "Talks", family: "mediating", sign: 0, directed: false, cameo: [], plover: null, mappingMilitants: null },
        ],
        kinds: [{ id: "state", label: "State" }],
      },
      actors: ["a", "b", "c"].map((id) => ({ id, label: id.toUpperCase(), kind: "state", aliases: [] })),
      relations: [
        rel("old", "a", "b", "strike", ["2020"]),
        rel("talks", "c", "a", "talks", ["2024"], false),
        rel("new", "b", "a", "strike", ["2023-05"]),
        rel("open", "a", "c", "strike", ["../2024"]),
      ],
      sources: [],
    };
    const groups = actorRelationGroups(indexDataSet(small), "a", new Set(["old", "talks", "new", "open"]));
    expect(groups.map((g) => g.label)).toEqual(["Hostile", "Mediating"]);
    expect(groups[0].rows.map((r) => [r.relation.id, r.counterpart, r.direction, r.dates])).toEqual([
      ["new", "b", "incoming", "May 2023"],
      ["old", "b", "outgoing", "2020"],
      ["open", "c", "outgoing", "until 2024"],
    ]);
    expect(groups[1].rows[0].direction).toBe("mutual");
  });
});

describe("direction and citation", () => {
  test("says the direction seen from an actor, and in words", () => {
    const strike = data.relations.find((r) => r.id === "pakistan-airstrikes-ttp-2026-02")!;
    expect(directionFrom(strike, "ttp")).toBe("incoming");
    expect(pairWords(index, strike)).toBe("from Pakistan to TTP");
  });

  test("gives the source's author, title, publisher, date at its precision and the place", () => {
    const source = index.sources.get("ifri-2026");
    expect(citationParts({ source: "ifri-2026", quote: "q", location: "¶12" }, source)).toEqual({
      author: "Isabelle Saint-Mézard",
      title: "Afghanistan-Pakistan: The Overlooked War at the Margins of the Middle East Conflict",
      publisher: "Ifri, Letter from the Center for Asian Studies, No. 116",
      date: "31 Mar 2026",
      location: "¶12",
    });
    expect(citationParts({ source: "x", quote: "q" }, { id: "x", title: "T", date: parsePartialDate("2025-10") }).date).toBe("Oct 2025");
    expect(citationParts({ source: "missing", quote: "q" }, undefined).title).toBe("missing");
  });
});

describe("time: periods in words, how a relation stands, an actor's kind and names over time", () => {
  const small: DataSet = {
    taxonomy: {
      families: [{ id: "hostile", label: "Hostile" }],
      types: [
        { id: "strike", label: "Strike", family: "hostile", sign: -1, directed: true, cameo: [], plover: null, mappingMilitants: null, timing: "event" },
        { id: "rivalry", label: "Rivalry", family: "hostile", sign: -1, directed: false, cameo: [], plover: null, mappingMilitants: null },
      ],
      kinds: [
        { id: "state", label: "State" },
        { id: "armed-group", label: "Armed group" },
      ],
    },
    actors: [
      { id: "s", label: "Statia", kind: "state", aliases: [] },
      {
        id: "g",
        label: "Front",
        kind: "armed-group",
        aliases: [],
        lifetime: parsePeriod("2007/.."),
        changes: [
          { from: parsePartialDate("2021-08"), kind: "state", note: "took the capital" },
          { from: parsePartialDate("2022"), label: "Republic" },
        ],
      },
    ],
    relations: [
      rel("month", "s", "g", "strike", ["2026-03"]),
      rel("unknown-start", "g", "s", "rivalry", ["../2026-03"], false),
      rel("ongoing", "s", "g", "strike", ["2025-05/.."]),
      rel("days", "s", "g", "rivalry", ["2026-03-01/2026-03-10", "2026-04-02"], false),
    ],
    sources: [],
  };
  const idx = indexDataSet(small);
  const r = (id: string) => small.relations.find((x) => x.id === id)!;
  const on = (day: string) => ({ at: parseDay(day) });

  test("each period reads by its type's timing and is bounded by the actors' lifetimes", () => {
    expect(periodsInWords(idx, r("month"))).toEqual(["sometime in Mar 2026"]);
    expect(periodsInWords(idx, r("unknown-start"))).toEqual(["start unknown, not before 2007, no later than Mar 2026"]);
    // A strike is an event: an ongoing run of them reads "from …, ongoing", a state "since …".
    expect(periodsInWords(idx, r("ongoing"))).toEqual(["from May 2025, ongoing"]);
    expect(periodsInWords(idx, r("days"))).toEqual(["1–10 Mar 2026", "2 Apr 2026"]);
  });

  test("a relation is certainly, only possibly or not active on a day or in a window", () => {
    expect(standingAt(idx, r("month"), on("2026-03-01"))).toBe("possible");
    expect(standingAt(idx, r("month"), on("2026-04-01"))).toBe("inactive");
    expect(standingAt(idx, r("unknown-start"), on("2008-01-01"))).toBe("possible");
    // Before the Front existed, even a start unknown cannot reach.
    expect(standingAt(idx, r("unknown-start"), on("2006-12-31"))).toBe("inactive");
    // "2025-05/..": certain from 31 May 2025, only possible before.
    expect(standingAt(idx, r("ongoing"), on("2025-05-30"))).toBe("possible");
    expect(standingAt(idx, r("ongoing"), on("2025-05-31"))).toBe("certain");
    expect(standingAt(idx, r("days"), on("2026-03-15"))).toBe("inactive");
    // A window holding one of its certain days.
    expect(standingAt(idx, r("days"), { from: parseDay("2026-03-15"), to: parseDay("2026-04-02") })).toBe("certain");
    expect(standingAt(idx, r("month"), { from: parseDay("2026-02-01"), to: parseDay("2026-03-02") })).toBe("possible");
  });

  test("the standing in words leads with its verdict and says why", () => {
    const words = (id: string, time: { at: number } | { from: number; to: number }, shown = true) => {
      const w = standingWords(standingAt(idx, r(id), time), time, shown);
      return w.headline + w.rest + (w.hidden ? ` ${w.hidden}` : "");
    };
    expect(words("month", on("2026-03-01"))).toBe("Possibly active on 1 Mar 2026: its dates allow it, none says it.");
    expect(words("ongoing", on("2026-03-01"))).toBe("Certainly active on 1 Mar 2026.");
    expect(words("month", on("2026-04-01"))).toBe("Not active on 1 Apr 2026: its dates rule it out.");
    expect(words("days", { from: parseDay("2026-03-15"), to: parseDay("2026-04-02") })).toBe("Certainly active at some time between 15 Mar 2026 and 2 Apr 2026.");
    // Active then, but not in the view: the filters hid it, and it says so.
    expect(words("month", on("2026-03-01"), false)).toBe("Possibly active on 1 Mar 2026: its dates allow it, none says it. The current filters hide it.");
    expect(words("month", on("2026-04-01"), false)).toBe("Not active on 1 Apr 2026: its dates rule it out.");
  });

  test("an actor's rows mark the relations only possibly active at the time", () => {
    const all = new Set(small.relations.map((x) => x.id));
    const rows = actorRelationGroups(idx, "g", all, on("2026-03-05")).flatMap((g) => g.rows);
    expect(Object.fromEntries(rows.map((row) => [row.relation.id, row.possibleOnly]))).toEqual({ month: true, "unknown-start": true, ongoing: false, days: false });
    // Without a time, nothing is marked.
    expect(actorRelationGroups(idx, "g", all).flatMap((g) => g.rows).some((row) => row.possibleOnly)).toBe(false);
  });

  test("an actor's kind and name at a time, and its dated changes in words", () => {
    const front = small.actors[1];
    expect(kindsAt(front, on("2021-07-31"))).toEqual(["armed-group"]);
    // Within the change's month it may be either; once the month is over, what it became.
    expect(kindsAt(front, on("2021-08-01"))).toEqual(["armed-group", "state"]);
    expect(kindsAt(front, on("2021-08-31"))).toEqual(["state"]);
    // A window across the change: both kinds, the earlier first.
    expect(kindsAt(front, { from: parseDay("2021-01-01"), to: parseDay("2021-12-31") })).toEqual(["armed-group", "state"]);
    expect(labelAt(front, on("2021-12-31"))).toBe("Front");
    // A name dated to a year is the new one once that year is over.
    expect(labelAt(front, { from: parseDay("2021-01-01"), to: parseDay("2022-06-01") })).toBe("Front");
    expect(labelAt(front, { from: parseDay("2021-01-01"), to: parseDay("2023-01-01") })).toBe("Republic");
    expect(kindHistory(idx, front)).toEqual(["Armed group", "State from Aug 2021 — took the capital"]);
    expect(labelHistory(front)).toEqual(["Front", "Republic from 2022"]);
    // An actor that never changes has no history to show.
    expect(kindHistory(idx, small.actors[0])).toEqual([]);
    expect(labelHistory(small.actors[0])).toEqual([]);
  });
});
