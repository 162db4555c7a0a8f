import { describe, expect, test } from "vitest";
import { stepBack } from "../../src/app/controllers/keyboard-controller";
import { getEmptyViewState, type ViewState } from "../../src/state/view-state";

const empty = getEmptyViewState(0);
const with_ = (change: Partial<ViewState>): ViewState => ({ ...empty, ...change });
/** What Escape pressed until nothing is left goes through: the selection after each press. */
function escapes(state: ViewState): Pick<ViewState, "selectedActor" | "selectedRelation" | "selectedPair" | "ego">[] {
  const seen = [];
  for (let back = stepBack(state); back; back = stepBack(state)) {
    state = back(state);
    seen.push({ selectedActor: state.selectedActor, selectedRelation: state.selectedRelation, selectedPair: state.selectedPair, ego: state.ego });
  }
  return seen;
}

describe("stepBack: Escape goes back one level", () => {
  test("a relation opened from an actor in its ego view: to the actor, to the full view keeping the actor, to nothing", () => {
    const ego = { actor: "pakistan", depth: 1 };
    expect(escapes(with_({ selectedActor: "pakistan", ego, selectedRelation: "r1" }))).toEqual([
      { selectedActor: "pakistan", selectedRelation: null, selectedPair: null, ego },
      { selectedActor: "pakistan", selectedRelation: null, selectedPair: null, ego: null },
      { selectedActor: null, selectedRelation: null, selectedPair: null, ego: null },
    ]);
  });

  test("a relation opened from a pair: to the pair, then to nothing", () => {
    const pair = ["pakistan", "afghan-taliban"] as const;
    expect(escapes(with_({ selectedPair: pair, selectedRelation: "r1" }))).toEqual([
      { selectedActor: null, selectedRelation: null, selectedPair: pair, ego: null },
      { selectedActor: null, selectedRelation: null, selectedPair: null, ego: null },
    ]);
  });

  test("a relation clicked on the canvas with nothing else selected: to nothing", () => {
    expect(escapes(with_({ selectedRelation: "r1" }))).toEqual([{ selectedActor: null, selectedRelation: null, selectedPair: null, ego: null }]);
  });

  test("nothing selected: nothing to do", () => {
    expect(stepBack(empty)).toBeNull();
  });

  test("a highlighted triad ends last: an actor selected over it goes first, then the triad", () => {
    const triad = ["pakistan", "afghan-taliban", "china"] as const;
    let state = with_({ selectedActor: "pakistan", selectedTriad: triad });
    state = stepBack(state)!(state);
    expect([state.selectedActor, state.selectedTriad]).toEqual([null, triad]);
    state = stepBack(state)!(state);
    expect(state.selectedTriad).toBeNull();
    expect(stepBack(state)).toBeNull();
  });
});
