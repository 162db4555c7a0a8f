/**
 * The event import's form as data: what each category's select starts on, the answers sent to
 * import again, the gap read from what was typed, the merging rule in words, and the actors
 * matched, counted and listed.
 */
import { expect, test } from "vitest";
import type { ActorMatch, MappingRow } from "../../../src/import/events/types";
import { actorMatchSummary, directionWords, eventAnswersOf, gapRule, initialEventChoices, LEAVE_OUT, readGap } from "../../../src/ui/import-dialog/event-mapping-form";

const rows: MappingRow[] = [
  { category: "Battles: Armed clash", events: 40, type: "armed-clash", directed: false, why: "CAMEO 190 (use conventional military force)", byUser: false },
  { category: "Explosions/Remote violence: Air/drone strike", events: 12, type: "airstrike", directed: true, why: "CAMEO 195", byUser: false },
  { category: "Protests: Peaceful protest", events: 5, type: LEAVE_OUT, directed: false, why: "the user's choice", byUser: true },
];

test("each select starts on the type the category's events became, or Leave out", () => {
  expect([...initialEventChoices(rows)]).toEqual([
    ["Battles: Armed clash", "armed-clash"],
    ["Explosions/Remote violence: Air/drone strike", "airstrike"],
    ["Protests: Peaceful protest", LEAVE_OUT],
  ]);
});

test("sends the answers given before and every change, but not a default left as it was", () => {
  const choices = new Map(initialEventChoices(rows)).set("Battles: Armed clash", LEAVE_OUT);
  expect(eventAnswersOf({ "Protests: Peaceful protest": LEAVE_OUT }, rows, choices)).toEqual({ "Battles: Armed clash": LEAVE_OUT, "Protests: Peaceful protest": LEAVE_OUT });
  expect(eventAnswersOf({}, rows, initialEventChoices(rows))).toEqual({ "Protests: Peaceful protest": LEAVE_OUT });
  // A category whose answer is put back to what it was by default keeps the user's answer: it was asked for.
  const back = new Map(initialEventChoices(rows)).set("Protests: Peaceful protest", "protest");
  expect(eventAnswersOf({ "Protests: Peaceful protest": LEAVE_OUT }, rows, back)).toEqual({ "Protests: Peaceful protest": "protest" });
});

test("a category named like an Object property is an answer like any other", () => {
  const odd: MappingRow[] = [{ category: "__proto__", events: 1, type: "armed-clash", directed: false, why: "", byUser: false }];
  const answers = eventAnswersOf({}, odd, new Map([["__proto__", LEAVE_OUT]]));
  expect(Object.hasOwn(answers, "__proto__")).toBe(true);
  expect(answers["__proto__"]).toBe(LEAVE_OUT);
});

test("the gap is a whole number of days from 0 to 3650, else says why", () => {
  expect(readGap("30")).toEqual({ days: 30 });
  expect(readGap(" 0 ")).toEqual({ days: 0 });
  expect(readGap("3650")).toEqual({ days: 3650 });
  for (const bad of ["", "-1", "3651", "2.5", "ten"]) expect(readGap(bad)).toEqual({ problem: `The gap must be a whole number of days from 0 to 3650, not "${bad}".` });
});

test("says the merging rule and the direction in words", () => {
  expect(gapRule(30)).toBe("Events of one kind between one pair at most 30 days apart become one period.");
  expect(gapRule(1)).toBe("Events of one kind between one pair at most 1 day apart become one period.");
  expect([directionWords(true), directionWords(false)]).toEqual(["A → B", "A — B"]);
});

test("counts the actors matched by how, and lists the matched before the created, busiest first", () => {
  const matches: ActorMatch[] = [
    { name: "Civilians (Pakistan)", actor: "civilians-pakistan", how: "created", events: 3 },
    { name: "Tehrik-i-Taliban Pakistan", actor: "ttp", how: "alias", events: 9 },
    { name: "Military Forces of Pakistan (2024-)", actor: "pakistan", how: "rule", rule: "the state's military forces are the state", events: 12 },
    { name: "Pakistan", actor: "pakistan", how: "label", events: 1 },
  ];
  const { headline, lines } = actorMatchSummary(matches);
  expect(headline).toBe("3 matched (1 by name, 1 by alias, 1 by a naming rule), 1 created");
  expect(lines.map((l) => [l.name, l.how])).toEqual([
    ["Military Forces of Pakistan (2024-)", "matched by a naming rule: the state's military forces are the state"],
    ["Tehrik-i-Taliban Pakistan", "matched by alias"],
    ["Pakistan", "matched by name"],
    ["Civilians (Pakistan)", "created"],
  ]);
  expect(actorMatchSummary([]).headline).toBe("0 matched, 0 created");
});

test("names the actor by its label when the match carries one, else by its id", () => {
  const { lines } = actorMatchSummary([
    { name: "TTP: Tehrik-i-Taliban Pakistan", actor: "ttp", label: "TTP", how: "rule", events: 2 },
    { name: "Civilians (Pakistan)", actor: "civilians-pakistan", how: "created", events: 1 },
  ]);
  expect(lines.map((l) => l.actor)).toEqual(["TTP", "civilians-pakistan"]);
});
