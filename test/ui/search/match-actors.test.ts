/** The search box's matching and ranking, on the bundled actors and on small inline ones. */
import { describe, expect, test } from "vitest";
import { loadDataSet } from "../../../src/model/load";
import type { Actor } from "../../../src/model/types";
import { matchActors, MatchRank } from "../../../src/ui/search/match-actors";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const actors = loaded.dataSet.actors;
const ids = (query: string) => matchActors(actors, query).map((m) => m.actor.id);

const actor = (id: string, label: string, aliases: string[] = []): Actor => ({ id, label, kind: "state", aliases });

describe("matchActors", () => {
  test("finds by alias in any case, with or without diacritics or punctuation", () => {
    expect(ids("isis-k")[0]).toBe("iskp");
    expect(ids("ISIS K")[0]).toBe("iskp");
    expect(ids("turkiye")).toEqual(["turkey"]);
    expect(ids("TÜRKİYE")).toEqual(["turkey"]);
    expect(ids("pakistani taliban")[0]).toBe("ttp");
    expect(ids("kabul")).toEqual(["afghan-taliban"]);
    expect(ids("طالبان")[0]).toBe("afghan-taliban");
  });

  test("names the alias that matched unless the label already spells it out", () => {
    const [turkey] = matchActors(actors, "turkiye");
    expect(turkey.alias).toBe("Türkiye");
    expect(turkey.rank).toBe(MatchRank.Exact);
    const [ttp] = matchActors(actors, "ttp");
    expect(ttp.actor.id).toBe("ttp");
    expect(ttp.alias).toBeNull();
    expect(matchActors(actors, "pakistan")[0]).toMatchObject({ actor: { id: "pakistan" }, alias: null });
  });

  test("ranks exact, then prefix, then word start, then inside a word; the label before an alias", () => {
    const list = [actor("c", "Mid Bar"), actor("a", "Barley"), actor("b", "Bar"), actor("d", "Crowbar"), actor("e", "Zed", ["Barn"])];
    expect(matchActors(list, "bar").map((m) => m.actor.id)).toEqual(["b", "a", "e", "c", "d"]);
  });

  test("short queries match only at the start of a word", () => {
    expect(ids("ta")).toEqual(["afghan-taliban", "ttp"]);
    expect(ids("qa")).toContain("qatar");
    expect(ids("ta")).not.toContain("qatar");
  });

  test("an empty query lists every actor by label; nothing matching gives nothing", () => {
    expect(matchActors(actors, "  ")).toHaveLength(actors.length);
    expect(matchActors(actors, "").map((m) => m.actor.label)).toEqual([...actors.map((a) => a.label)].sort((a, b) => a.localeCompare(b)));
    expect(matchActors(actors, "xyz")).toEqual([]);
  });
});
