/**
 * Names matched to the bundled actors (graph-data/actors.yaml, loaded with the model's loader):
 * by label, alias and id in any case, then by the naming rules event data sets use, each named;
 * and the names no rule may match, because a wrong match shown as fact is worse than a new actor.
 */
import { describe, expect, test } from "vitest";
import { ActorMatcher, MATCH_RULES } from "../../../src/import/kit/actor-matching";
import { parsePeriod } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import type { Actor } from "../../../src/model/types";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data does not load");
const matcher = new ActorMatcher(loaded.dataSet.actors);
const idOf = (name: string) => matcher.match(name)?.actor.id;

describe("ActorMatcher over the bundled actors", () => {
  test("matches by label, alias and id, in any case and Unicode form", () => {
    expect(matcher.match("Pakistan")).toMatchObject({ how: "label", actor: { id: "pakistan" } });
    expect(matcher.match("tehrik-i-taliban pakistan")).toMatchObject({ how: "alias", actor: { id: "ttp" } });
    expect(matcher.match("  ISIS-K ")).toMatchObject({ how: "alias", actor: { id: "iskp" } });
    expect(matcher.match("afghan-taliban")).toMatchObject({ how: "id", actor: { id: "afghan-taliban" } });
    // Full-width letters fold to ASCII under NFKC.
    expect(idOf("ＴＴＰ")).toBe("ttp");
  });

  test("an ACLED name written 'acronym: full name' is either part", () => {
    const found = matcher.match("TTP: Tehrik-i-Taliban Pakistan");
    expect(found).toMatchObject({ how: "rule", rule: MATCH_RULES.parts, actor: { id: "ttp" } });
    expect(idOf("ISKP: Islamic State Khorasan Province")).toBe("iskp");
    // One part known, the other not: the known part decides.
    expect(idOf("TTP: Some Faction Name")).toBe("ttp");
    // Two parts naming two actors say nothing certain.
    expect(idOf("TTP: Islamic State")).toBeUndefined();
  });

  test("state forces and governments dated by years are the state", () => {
    expect(matcher.match("Military Forces of Pakistan (2024-)")).toMatchObject({ how: "rule", rule: `${MATCH_RULES.years}; ${MATCH_RULES.forces}`, actor: { id: "pakistan" } });
    expect(idOf("Police Forces of Pakistan (2018-)")).toBe("pakistan");
    expect(idOf("Government of Iran (1989-)")).toBe("iran");
    expect(idOf("Military Forces of India")).toBe("india");
    // The Afghan Taliban, a state from 2021 with the alias "Afghanistan".
    expect(idOf("Military Forces of Afghanistan (2021-)")).toBe("afghan-taliban");
  });

  test("a year span that contradicts the actor's kind is no match", () => {
    // The Afghan republic's army was not the Taliban, a state only from 2021.
    expect(idOf("Military Forces of Afghanistan (2004-2021)")).toBeUndefined();
    expect(idOf("Military Forces of Afghanistan (1996-2001)")).toBeUndefined();
    // Without years the name could be either: UCDP's "Government of Afghanistan" fought the Taliban until 2021.
    expect(idOf("Government of Afghanistan")).toBeUndefined();
    expect(idOf("Government of Pakistan")).toBe("pakistan");
  });

  test("a trailing year span alone is dropped", () => {
    expect(matcher.match("Islamic State (2014-)")).toMatchObject({ how: "rule", rule: MATCH_RULES.years, actor: { id: "islamic-state" } });
  });

  test("a country in parentheses is never dropped", () => {
    expect(idOf("Islamic State (Pakistan)")).toBeUndefined();
    expect(idOf("Civilians (Pakistan)")).toBeUndefined();
    expect(idOf("Unidentified Armed Group (Pakistan)")).toBeUndefined();
    expect(idOf("Protesters (Pakistan)")).toBeUndefined();
    expect(idOf("Military Forces of Narnia (2001-)")).toBeUndefined();
    expect(idOf("Pakistan Muslim League")).toBeUndefined();
  });
});

describe("ActorMatcher on small sets", () => {
  const actor = (id: string, label: string, aliases: string[] = [], kind = "armed-group"): Actor => ({ id, label, kind, aliases });

  test("a name two actors share matches neither, and is remembered for the report", () => {
    const m = new ActorMatcher([actor("a", "Alpha", ["Kabul"]), actor("b", "Beta", ["Kabul"])]);
    expect(m.match("kabul")).toBeUndefined();
    expect(m.shared.get("kabul")).toEqual(["a", "b"]);
    expect(m.match("Government of Kabul")).toBeUndefined();
  });

  test("a label beats another actor's alias", () => {
    const m = new ActorMatcher([actor("a", "Alpha", ["Beta"]), actor("b", "Beta")]);
    expect(m.match("Beta")).toMatchObject({ how: "label", actor: { id: "b" } });
  });

  test("an actor whose kind the data does not give as a state is taken as the name says", () => {
    const m = new ActorMatcher([actor("x", "Xland", [], "country")]);
    expect(m.match("Military Forces of Xland (2004-2021)")?.actor.id).toBe("x");
  });

  test("years outside an actor's lifetime refute the match", () => {
    const lifetime = parsePeriod("1922-12/1991-12");
    const m = new ActorMatcher([{ ...actor("su", "Soviet Union", [], "state"), lifetime }]);
    expect(m.match("Military Forces of Soviet Union (1979-1989)")?.actor.id).toBe("su");
    expect(m.match("Military Forces of Soviet Union (2001-)")).toBeUndefined();
  });
});
