/**
 * The days where what the view shows changes, for the timeline's "previous / next change" and
 * for playback by change: the change days (model/change-days.ts) of the relations that pass the
 * view's filters other than time (types, families, kinds, confidence, possible relations shown
 * or not, the ego view), in words. Worked out again only when the data set or one of those
 * filters changes, never on a drag or a playback frame; for a data set just opened, after its
 * first frame is drawn (later-work.ts), none offered until then.
 */
import { changeDays, changeMarks, type ChangeMark } from "../../model/change-days";
import type { Relation } from "../../model/types";
import { relationsKeptByFilters } from "../../state/view-filters";
import type { ViewState } from "../../state/view-state";
import type { ShownDataSet } from "./shown-data-set";

/** The view state's fields the change days depend on. */
/** The name the work waits under for the first frame. */
const WORK = "change days";

const KEYS = ["hiddenTypes", "hiddenFamilies", "hiddenKinds", "minConfidence", "showPossible", "ego"] as const satisfies readonly (keyof ViewState)[];

export class TimelineChanges {
  private shown: ShownDataSet | undefined;
  private state: Pick<ViewState, (typeof KEYS)[number]> | undefined;
  private marks: readonly ChangeMark[] = [];

  /**
   * The change marks for `state`'s filters over `shown`, kept from the last call when those are
   * the same; none while they wait for the data set's first frame.
   */
  of(shown: ShownDataSet, state: ViewState): readonly ChangeMark[] {
    if (shown === this.shown && this.state && KEYS.every((k) => this.state![k] === state[k])) return this.marks;
    if (!shown.later.drawn || shown.later.waiting(WORK)) {
      // The latest filters replace any asked for before.
      shown.later.after(WORK, () => this.make(shown, state));
      return [];
    }
    return this.make(shown, state);
  }

  private make(shown: ShownDataSet, state: ViewState): readonly ChangeMark[] {
    this.shown = shown;
    this.state = Object.fromEntries(KEYS.map((k) => [k, state[k]])) as Pick<ViewState, (typeof KEYS)[number]>;
    const kept = relationsKeptByFilters(shown.index, state);
    const { index, dataSet } = shown;
    const labels = new Map(dataSet.actors.map((a) => [a.id, a.label]));
    const types = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.label]));
    const nameOf = (r: Relation) => `${types.get(r.type) ?? r.type}: ${labels.get(r.source) ?? r.source} ${r.directed ? "→" : "–"} ${labels.get(r.target) ?? r.target}`;
    this.marks = changeMarks(changeDays(dataSet.relations.filter((r) => kept.has(r.id)), index.bounds, !state.showPossible), nameOf);
    return this.marks;
  }
}
