/**
 * Compare mode in words, on the bundled data's turn of Pakistan and the Afghan Taliban and on
 * hand-made moments.
 */
import { describe, expect, test } from "vitest";
import { parseDay } from "../../../src/model/dates";
import { loadDataSet } from "../../../src/model/load";
import { RelationIndex } from "../../../src/model/relation-index";
import { computeCompareView } from "../../../src/state/compare-view";
import { setCompare } from "../../../src/state/producers";
import { getEmptyViewState } from "../../../src/state/view-state";
import { changeRowWords, compareHeading, compareSpan, compareStatus, momentWords, namesOf, relationChangeWords, turnWords } from "../../../src/ui/compare/compare-words";
import { readBundledData } from "../../support/data";

const loaded = loadDataSet(readBundledData());
if (!loaded.ok) throw new Error("the bundled data set does not load");
const index = new RelationIndex(loaded.dataSet);
const names = namesOf(loaded.dataSet);
const view = computeCompareView(index, setCompare({ at: parseDay("2021-09-01") })(getEmptyViewState(parseDay("2026-03-01"))))!;

describe("compare words", () => {
  test("moments, the heading and the span", () => {
    expect(momentWords({ at: parseDay("2021-09-01") })).toBe("1 Sep 2021");
    expect(momentWords({ from: parseDay("2021-01-01"), to: parseDay("2021-12-31") })).toBe("1 Jan 2021 – 31 Dec 2021");
    expect(compareHeading(view.a, view.b)).toBe("What changed from 1 Sep 2021 to 1 Mar 2026");
    expect(compareSpan(view.a, view.b)).toBe("1 Sep 2021 → 1 Mar 2026");
  });

  test("the turned pair of Pakistan and the Afghan Taliban reads as a possibility", () => {
    const turn = view.comparison.turns.find((t) => t.actors.includes("pakistan") && t.actors.includes("afghan-taliban"))!;
    expect(turnWords(turn, names)).toMatch(/^(Pakistan and Afghan Taliban|Afghan Taliban and Pakistan): possibly from cooperative to hostile$/);
  });

  test("a relation's row names its ends and type; the status line counts", () => {
    const strike = view.comparison.changeOf("pakistan-airstrikes-afghan-taliban-2026-02")!;
    expect(changeRowWords(strike, names)).toMatch(/^Pakistan (→|—) Afghan Taliban: .+/);
    const { added, ended, turns } = view.comparison;
    expect(compareStatus(view.comparison, view.a)).toBe(`${added.length} added, ${ended.length} ended, ${turns.length} pair${turns.length === 1 ? "" : "s"} turned since 1 Sep 2021`);
    expect(compareStatus(view.comparison, { from: parseDay("2021-01-01"), to: parseDay("2021-12-31") })).toMatch(/compared with 1 Jan 2021 – 31 Dec 2021$/);
  });

  test("a relation's details say what the comparison makes of it, a turn's relation naming the turn", () => {
    const note = (id: string) => relationChangeWords(view.comparison, id, view.a, view.b, names);
    expect(note("pakistan-airstrikes-afghan-taliban-2026-02")).toMatch(
      /^Part of a turn \((Pakistan and Afghan Taliban|Afghan Taliban and Pakistan): possibly from cooperative to hostile\): not shown at 1 Sep 2021, certainly active at 1 Mar 2026$/,
    );
    expect(note("pakistan-afghan-taliban-ramadan-truce-2026")).toBe("Added: not shown at 1 Sep 2021, only possibly active at 1 Mar 2026");
    const continuing = view.comparison.continuing[0];
    expect(note(continuing.relation.id)).toMatch(/^Continuing: (certainly|only possibly) active at 1 Sep 2021, (certainly|only possibly) active at 1 Mar 2026$/);
    expect(note("no-such-relation")).toBeNull();
  });
});
