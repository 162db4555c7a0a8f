/**
 * Actors that change over time (the Afghan Taliban: an armed group, then the government of
 * Afghanistan) and the loader's checks of time against lifetimes: kinds and labels on a date,
 * kind filters by the kind at the date shown, and the warnings a data author gets.
 */
import { describe, expect, test } from "vitest";
import { allKinds, kindOn, kindsDuring, labelOn } from "../../src/model/actor-time";
import { parseDay, parsePeriod } from "../../src/model/dates";
import { periodInWords } from "../../src/model/period-words";
import { applyFilters } from "../../src/model/filters";
import { loadDataSet } from "../../src/model/load";
import { RelationIndex } from "../../src/model/relation-index";
import { fixtureTexts, loadInline } from "../support/fixtures";

const ACTORS = `actors:
  - id: pakistan
    label: Pakistan
    kind: state
  - id: taliban
    label: Taliban movement
    kind: armed-group
    changes:
      - { from: "2021-08", kind: state, label: Islamic Emirate, note: back in power }
  - id: ttp
    label: TTP
    kind: armed-group
    lifetime: "2007/.."
`;

function loaded(actors = ACTORS, relations?: string) {
  const result = loadInline({ actors, ...(relations ? { relations } : {}) });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

const warnings = (result: ReturnType<typeof loadInline>) => result.diagnostics.filter((d) => d.severity === "warning").map((d) => d.message);

describe("an actor's kind and label on a date", () => {
  const taliban = loaded().dataSet.actors.find((a) => a.id === "taliban")!;

  test("until the change's month is over it is shown as it was; from its last day on, as it became", () => {
    expect(kindOn(taliban, parseDay("2021-07-31"))).toBe("armed-group");
    expect(kindOn(taliban, parseDay("2021-08-15"))).toBe("armed-group");
    expect(kindOn(taliban, parseDay("2021-08-31"))).toBe("state");
    expect(labelOn(taliban, parseDay("2020-01-01"))).toBe("Taliban movement");
    expect(labelOn(taliban, parseDay("2026-01-01"))).toBe("Islamic Emirate");
    expect(allKinds(taliban)).toEqual(["armed-group", "state"]);
  });

  test("in the month of the change it may be either", () => {
    expect(kindsDuring(taliban, parseDay("2021-08-15"), parseDay("2021-08-15")).sort()).toEqual(["armed-group", "state"]);
    expect(kindsDuring(taliban, parseDay("2021-09-01"), parseDay("2026-01-01"))).toEqual(["state"]);
    expect(kindsDuring(taliban, parseDay("2019-01-01"), parseDay("2020-01-01"))).toEqual(["armed-group"]);
  });
});

describe("kind filters use the kind on the date shown", () => {
  const index = new RelationIndex(loaded().dataSet);
  const statesOn = (day: string) =>
    applyFilters(index, [
      { type: "asOf", day: parseDay(day) },
      { type: "actorKinds", shown: "only", names: ["state"] },
    ]);

  test("strikes between two states in 2025 stay when only states are shown", () => {
    expect(statesOn("2025-10-15").relationIds).toEqual(["strikes"]);
    expect(statesOn("2025-10-15").kindOf("taliban")).toBe("state");
  });

  test("counts put the actor under its kind at the time", () => {
    const slice = applyFilters(index, [{ type: "asOf", day: parseDay("2025-10-15") }]);
    expect(slice.kindCounts).toEqual({ state: 2, "armed-group": 1 });
    const before = applyFilters(index, [{ type: "asOf", day: parseDay("2019-01-01") }]);
    expect(before.kindOf("taliban")).toBe("armed-group");
  });
});

describe("the loader", () => {
  test("reads changes, and refuses them out of order or of an unknown kind", () => {
    const bad = loadInline({
      actors: ACTORS.replace('      - { from: "2021-08", kind: state, label: Islamic Emirate, note: back in power }', '      - { from: "2021-08", kind: stat }\n      - { from: "2020", label: Earlier }'),
    });
    expect(bad.ok).toBe(false);
    const messages = bad.diagnostics.map((d) => d.message);
    expect(messages).toContain('unknown actor kind "stat"');
    expect(messages).toContain("the change of 2020 does not come after the one of Aug 2021");
  });

  test("warns of an ongoing period after an actor ceased to exist, not of an unknown start", () => {
    const actors = ACTORS.replace('lifetime: "2007/.."', 'lifetime: "2007/2018"');
    const result = loaded(actors, `relations:
  - { id: refuge, source: taliban, target: ttp, type: sanctuary, periods: ["2015/.."], confidence: high, evidence: [{ source: doc, quote: q }] }
  - { id: before, source: taliban, target: ttp, type: sanctuary, periods: ["2001/2010"], confidence: high, evidence: [{ source: doc, quote: q }] }
  - { id: unknown, source: taliban, target: ttp, type: sanctuary, periods: ["../2012"], confidence: high, evidence: [{ source: doc, quote: q }] }
`);
    expect(warnings(result)).toEqual([
      'the actor "pakistan" has no relation',
      'the period 2015/.. is ongoing, but "ttp" ceased to exist (2007–2018)',
      'the period 2001–2010 starts before "ttp" existed (2007–2018)',
    ]);
  });

  test("warns of an event with an open period", () => {
    const texts = fixtureTexts("valid").map((t) =>
      t.name === "taxonomy.yaml" ? { ...t, text: t.text.replace("mappingMilitants: rival }", "mappingMilitants: rival, timing: event }") } : t.name === "relations.yaml" ? { ...t, text: t.text.replace('periods: ["2025-10", "2026-02/2026-03"]', 'periods: ["2025-10/.."]') } : t,
    );
    const result = loadDataSet(texts);
    expect(result.ok).toBe(true);
    expect(warnings(result)).toEqual(['the type "Air strike" is an event, which happens on some day, but the period 2025-10/.. is open']);
  });
});

describe("a period in words says how much is known", () => {
  const { dataSet } = loaded(ACTORS.replace('lifetime: "2007/.."', 'lifetime: "2007/2018"'));
  const ttp = dataSet.actors.find((a) => a.id === "ttp");
  const words = (text: string, timing: "event" | "state" = "state", actors = [ttp]) => periodInWords(parsePeriod(text), timing, actors);

  test.each([
    ["2026-03", "event", "sometime in Mar 2026"],
    ["2025-10-09", "event", "9 Oct 2025"],
    ["[2021..2022]", "event", "sometime in 2021–2022"],
    ["../2026-03", "state", "start unknown, not before 2007, no later than Mar 2026"],
    ["2015/..", "state", "since 2015, until 2018 at the latest"],
    ["2025-10/2026-03", "state", "Oct 2025 – Mar 2026"],
  ] as const)("%s (%s): %s", (text, timing, expected) => {
    expect(words(text, timing)).toBe(expected);
  });

  test("without lifetimes, an open start has no floor and an ongoing state no ceiling", () => {
    expect(words("../2026-03", "state", [])).toBe("start unknown, no later than Mar 2026");
    expect(words("2025-05/..", "state", [])).toBe("since May 2025");
  });
});
