/**
 * Compare mode's comparison for the data set on screen, worked out again only when the view's
 * slice (its time or filters) or moment A changes: a hover or a selection of a relation redraws
 * without comparing anew.
 */
import type { Time } from "../../model/time-words";
import { computeCompareView, type CompareView } from "../../state/compare-view";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import type { ShownDataSet } from "./shown-data-set";

export class Comparisons {
  private last: { readonly after: ViewSlice; readonly a: Time; readonly view: CompareView | null } | undefined;

  /** The comparison the state asks for, with `after` the view's own slice of `shown`; null when not comparing. */
  of(shown: ShownDataSet | undefined, state: ViewState, after: ViewSlice | undefined): CompareView | null {
    if (!shown || !after || !state.compare) return null;
    const last = this.last;
    if (last && last.after === after && sameTime(last.a, state.compare)) return last.view;
    const view = computeCompareView(shown.index, state, after);
    this.last = { after, a: state.compare, view };
    return view;
  }
}

const sameTime = (x: Time, y: Time): boolean => ("at" in x ? "at" in y && x.at === y.at : !("at" in y) && x.from === y.from && x.to === y.to);
