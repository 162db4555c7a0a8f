/** A film step's caption: what began, ended and turned since the step before, cut to a slide line. */
import { describe, expect, test } from "vitest";
import { stepCaption } from "../../../src/look/film/step-caption";
import { periodOf } from "../../../src/model/calendar-periods";
import { namesOf, type Names } from "../../../src/model/change-words";
import { compareSlices, type Comparison, type PairTurn, type RelationChange } from "../../../src/model/compare";
import { parseDay, parsePeriod } from "../../../src/model/dates";
import { applyFilters } from "../../../src/model/filters";
import { loadDataSet } from "../../../src/model/load";
import { RelationIndex } from "../../../src/model/relation-index";
import type { Relation } from "../../../src/model/types";
import { readBundledData } from "../../support/data";

const ACTORS: Record<string, string> = { pk: "Pakistan", ttp: "TTP", af: "Afghan Taliban", qa: "Qatar" };
const TYPES: Record<string, string> = { strike: "Air or drone strike", talks: "Mediation", ties: "Close ties or alignment", attack: "TTP attack" };
const names: Names = { actor: (id) => ACTORS[id] ?? id, type: (id) => TYPES[id] ?? id };

let n = 0;
const change = (source: string, target: string, type: string, kind: RelationChange["change"], extra: Partial<RelationChange> = {}, directed = true): RelationChange => {
  const relation: Relation = { id: `r${n++}`, source, target, type, directed, periods: [parsePeriod("2025")], confidence: "high", evidence: [] };
  return { relation, ordinal: n, change: kind, atA: kind === "added" ? "absent" : "certain", atB: kind === "ended" ? "absent" : "certain", possible: false, ...extra };
};

/** A comparison as compareSlices gives it, from its changes and turns. */
function comparison(changes: RelationChange[], turns: PairTurn[] = []): Comparison {
  const of = (c: RelationChange["change"]) => changes.filter((x) => x.change === c);
  return { changes, added: of("added"), ended: of("ended"), continuing: of("continuing"), turned: of("turned"), turns, changeOf: (id) => changes.find((c) => c.relation.id === id) };
}

describe("stepCaption", () => {
  test("says what began and ended, a pair's turn, possibilities as such; nothing when nothing changed", () => {
    const turnRelations = [change("pk", "af", "ties", "turned", { atB: "absent" }), change("pk", "af", "strike", "turned", { atA: "absent" })];
    const c = comparison(
      [change("ttp", "pk", "attack", "added", { possible: true }), change("pk", "ttp", "strike", "added"), change("pk", "ttp", "strike", "added"), change("qa", "af", "talks", "ended", {}, false), change("pk", "qa", "talks", "continuing"), ...turnRelations],
      [{ actors: ["pk", "af"], before: 1, after: -1, possible: false, relations: turnRelations }],
    );
    expect(stepCaption(c, "Feb 2025", names, 300)).toBe(
      "Since Feb 2025: began: Pakistan → TTP air or drone strike ×2, TTP → Pakistan TTP attack (possibly); ended: Qatar — Afghan Taliban mediation; Pakistan and Afghan Taliban turned hostile",
    );
    // At a slide line's length, the last two are counted instead.
    expect(stepCaption(c, "Feb 2025", names)).toBe("Since Feb 2025: began: Pakistan → TTP air or drone strike ×2; Pakistan and Afghan Taliban turned hostile; and 2 more");
    expect(stepCaption(comparison([change("pk", "qa", "talks", "continuing")]), "Feb 2025", names)).toBe("");
  });

  test("cut to fit with how many more, keeping turns first", () => {
    const many = Array.from({ length: 8 }, (_, i) => change("pk", `actor-${i}`, "strike", "added"));
    const turn: PairTurn = { actors: ["pk", "af"], before: 1, after: -1, possible: true, relations: [] };
    const caption = stepCaption(comparison(many, [turn]), "Q1 2025", names);
    expect([...caption].length).toBeLessThanOrEqual(140);
    expect(caption).toMatch(/^Since Q1 2025: began: Pakistan → actor-0 air or drone strike(, [^;]+)?; Pakistan and Afghan Taliban possibly turned hostile; and \d more$/);
    const shown = (caption.match(/actor-\d/g) ?? []).length;
    expect(caption).toContain(`and ${8 - shown} more`);
    expect(stepCaption(comparison(many, [turn]), "Q1 2025", names, 30)).toBe("Since Q1 2025: 8 changes");
  });

  test("on the bundled data, from Jan to Feb 2026 by month, in the data's own names", () => {
    const loaded = loadDataSet(readBundledData());
    if (!loaded.ok) throw new Error("the bundled data set does not load");
    const index = new RelationIndex(loaded.dataSet);
    const step = (day: string) => {
      const p = periodOf(parseDay(day), "month");
      return applyFilters(index, [{ type: "window", from: p.from, to: p.to }]);
    };
    const caption = stepCaption(compareSlices(step("2026-01-15"), step("2026-02-15")), "Jan 2026", namesOf(loaded.dataSet));
    expect(caption).toMatch(/^Since Jan 2026: began: .*Pakistan → Afghan Taliban air or drone strike/);
    expect([...caption].length).toBeLessThanOrEqual(140);
  });
});
