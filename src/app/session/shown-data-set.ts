/**
 * A data set ready to show: the one shape a data set has on its way to the screen, whether it
 * is the bundled one, one kept in the browser, a file named in a link or one made by a script.
 * It holds where it came from, the id the data set list knows it by, its name, the data set,
 * and what the explorer derives from it once: the relation graph and index, where its actors
 * start, the timeline's range and histogram, and the date to open on. The histogram is made
 * after the first frame is drawn (later-work.ts), or when first asked for.
 *
 * The graph is the model's and holds no positions: where actors are drawn is the view's own
 * (render/graph-view.ts), which starts from `layout` and returns to it on "Reset layout".
 */
import type { Day } from "../../model/dates";
import { buildGraph, type RelationGraph } from "../../model/graph";
import { RelationIndex } from "../../model/relation-index";
import { openEnds, timelineRange, type Horizon, type OpenEnds } from "../../model/horizon";
import { histogram, type HistogramBin } from "../../model/timeline";
import type { DataSet } from "../../model/types";
import type { Positions } from "../../render/display-graph";
import { layoutDataSet, storedPositionsUsable, type ActorPositions } from "../../look/layout-data-set";
import type { DataSource } from "./data-source";
import { Later, LaterWork } from "./later-work";

/** Where a data set comes from and what it is called. */
export interface DataSetLabel {
  readonly source: DataSource;
  /** The id the data set list knows it by. */
  readonly id: string;
  readonly name: string;
}

export interface ShownDataSet extends DataSetLabel {
  readonly dataSet: DataSet;
  readonly graph: RelationGraph;
  readonly index: RelationIndex;
  /** Where each actor is when the data set opens: the positions it came with, or a layout made for it. */
  readonly layout: Positions;
  /** The range the timeline offers. */
  readonly first: Day;
  readonly last: Day;
  /** The timeline's histogram by month: made after the first frame, or when first asked for. */
  readonly histogram: Later<readonly HistogramBin[]>;
  /** What waits for the first frame to be drawn: the histogram, the change days, the balance series. */
  readonly later: LaterWork;
  /** What set `last`: the latest dated evidence (model/horizon.ts), when there is any. */
  readonly horizon: Horizon | undefined;
  /** The relations that may run on beyond `last`, drawn as running on past the timeline's end. */
  readonly openEnds: OpenEnds;
  /** The date to open on: the last day of the latest dated start, the data's "now". */
  readonly openingDay: Day;
  /** `layout` is a large import's first layout (look/first-layout.ts): the view refines it once shown. */
  readonly refine?: boolean;
}

/** What the explorer derives from a data set, before it has a source and an id (an import is kept only once it can be shown). */
export type Prepared = Omit<ShownDataSet, keyof DataSetLabel>;

export type Preparation = { readonly ok: true; readonly prepared: Prepared } | { readonly ok: false; readonly problem: string };

/**
 * Derives what the explorer shows of a data set named `name`. Stored positions are used when
 * every actor has one; otherwise the data set is laid out. A data set the graph cannot hold is
 * refused with words for the user, not half shown.
 */
export function prepare(name: string, dataSet: DataSet, stored?: ActorPositions): Preparation {
  try {
    return { ok: true, prepared: derive(dataSet, stored) };
  } catch (e) {
    return { ok: false, problem: `${name} could not be shown: ${(e as Error).message}. The data on screen is unchanged.` };
  }
}

function derive(dataSet: DataSet, stored: ActorPositions | undefined): Prepared {
  const graph = buildGraph(dataSet);
  const complete = storedPositionsUsable(dataSet, stored);
  const positions = complete ? stored : layoutDataSet(dataSet);
  const layout = new Map(dataSet.actors.map((a) => [a.id, { x: positions[a.id][0], y: positions[a.id][1] }] as const));
  const { first, last, openingDay, horizon } = timelineRange(dataSet, Math.floor(Date.now() / 86_400_000));
  const index = new RelationIndex(dataSet);
  const bins = new Later(() => histogram(dataSet.relations, "month", { first, last }, index.bounds));
  return { dataSet, graph, index, layout, first, last, histogram: bins, later: new LaterWork(), horizon, openEnds: openEnds(dataSet.relations, last), openingDay };
}
