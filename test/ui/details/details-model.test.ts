/** The details panel's pure part: an actor's relations in a slice, grouped and sorted, and citations. */
import { describe, expect, test } from "vitest";
import { parseDay, parsePartialDate, parsePeriod } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import { RelationIndex } from "../../../src/model/relation-index";
import type { DataSet, Relation } from "../../../src/model/types";
import { actorRelationGroups, citationParts, directionFrom, indexDataSet, pairWords } from "../../../src/ui/details/details-model";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const data = loaded.dataSet;
const index = indexDataSet(data);
const relationIndex = new RelationIndex(data);
const slice = new Set(Array.from(relationIndex.activeOn(parseDay("2026-02-27")), (i) => data.relations[i].id));

const rel = (id: string, source: string, target: string, type: string, periods: string[], directed = true): Relation => ({
  id,
  source,
  target,
  type,
  directed,
  periods: periods.map(parsePeriod),
  confidence: "high",
  evidence: [{ source: "s", quote: "q" }],
});

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
