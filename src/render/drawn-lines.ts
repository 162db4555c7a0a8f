/**
 * The lines the graph view draws for the relations its display graph holds: which relations
 * share a line (look/relation-bundles.ts), where the lines between one pair curve apart
 * (look/parallel-relations.ts: the lines, not the relations), and which lines carry their type as
 * a label whatever room there is (the selection's). One pass over the relations held, plus the
 * selected actor's own, so it stays linear in what is drawn.
 */
import type Graph from "graphology";
import type { ViewSlice } from "../state/view-slice";
import { NO_BUNDLES, bundleRelations, type BundleMember, type Bundling } from "../look/relation-bundles";
import { parallelPlaces, type DrawnEnds, type ParallelPlace } from "../look/parallel-relations";

/** What the reader is looking at: its pairs are spread, one line per relation, and labelled. */
export interface LineFocus {
  readonly selectedActor: string | null;
  /** The selected pair, or the selected relation's two actors. */
  readonly pairs: readonly (readonly [string, string])[];
  /** One line per relation everywhere (the user's switch, or an ego view). */
  readonly spreadAll: boolean;
  /** The ego view: every line of it labelled, when there are few enough. */
  readonly labelAll: boolean;
}

export interface DrawnLines {
  readonly bundles: Bundling;
  readonly parallel: ReadonlyMap<string, ParallelPlace>;
  /** Relations drawn alone whose type label is always drawn. */
  readonly labelled: ReadonlySet<string>;
  /** Relations drawn alone are labelled with their type where sigma has room. */
  readonly typeLabelsWhereRoom: boolean;
}

/**
 * Past this many, the selection's lines carry no type label of their own (sigma would draw every
 * label of a selected actor's lines, room or not): a hub of a large graph does not bring
 * thousands of labels. With one line per relation, labels still show where there is room.
 */
export const FORCED_LABELS_MAX = 150;

export const NO_LINES: DrawnLines = { bundles: NO_BUNDLES, parallel: new Map(), labelled: new Set(), typeLabelsWhereRoom: false };

type Held = Pick<Graph, "forEachEdge">;

const inPair = (pair: readonly [string, string], a: string, b: string) => (pair[0] === a && pair[1] === b) || (pair[0] === b && pair[1] === a);

/** `apart`, when given, names what else keeps a relation off another's line (compare mode: its change). */
export function drawnLines(display: Held, slice: Pick<ViewSlice, "hasRelation" | "isPossibleOnly">, fadeHidden: boolean, focus: LineFocus, curves: boolean, apart?: (relation: string) => string): DrawnLines {
  const { selectedActor, pairs, spreadAll } = focus;
  const focused = (a: string, b: string) => a === selectedActor || b === selectedActor || pairs.some((p) => inPair(p, a, b));
  const members: BundleMember[] = [];
  display.forEachEdge((relation, attributes, source, target) => {
    const visible = slice.hasRelation(relation);
    if (!visible && !fadeHidden) return;
    const { family = "", directed = false } = attributes as { family?: string; directed?: boolean };
    members.push({ relation, source, target, family: apart ? `${family} ${apart(relation)}` : family, directed, certainty: !visible ? "faded" : slice.isPossibleOnly(relation) ? "possible" : "certain" });
  });
  const bundles = spreadAll ? NO_BUNDLES : bundleRelations(members, focused);
  const ends: DrawnEnds[] = [];
  const labelled = new Set<string>();
  for (const { relation, source, target, certainty } of members) {
    if (bundles.drawnBy.has(relation)) continue;
    if (curves) ends.push([relation, source, target]);
    if (certainty !== "faded" && !bundles.bundles.has(relation) && (focus.labelAll || focused(source, target))) labelled.add(relation);
  }
  const few = labelled.size <= FORCED_LABELS_MAX;
  return { bundles, parallel: curves ? parallelPlaces(ends) : new Map(), labelled: few ? labelled : new Set(), typeLabelsWhereRoom: spreadAll };
}

const samePairs = (a: LineFocus["pairs"], b: LineFocus["pairs"]) => a.length === b.length && a.every((p, i) => p[0] === b[i][0] && p[1] === b[i][1]);

/** Whether two focuses spread and label the same lines. */
export function sameFocus(a: LineFocus | undefined, b: LineFocus): boolean {
  return !!a && a.selectedActor === b.selectedActor && a.spreadAll === b.spreadAll && a.labelAll === b.labelAll && samePairs(a.pairs, b.pairs);
}
