/**
 * Many relations between one pair drawn as few lines: the drawn relations of one pair, one
 * family and one certainty make one line (a "bundle"), as thick as the relations it stands for
 * and labelled with their count. Certain and only-possible relations never share a line (a
 * guess must never look like a fact), nor do relations shown and relations faded for context.
 * Pairs the reader is looking at are "spread": each relation keeps a line of its own.
 *
 * A bundle is drawn by one of its relations, the representative (the first in the order given,
 * so data order), the others hidden. It points one way only when all its relations are directed
 * the same way. One pass over the relations, keyed in Maps (an actor may be called "__proto__").
 */

/** How sure a drawn relation is: never mixed in one line. "faded" is context, shown faded. */
export type Certainty = "certain" | "possible" | "faded";

/** A relation to draw, with what decides the line it joins. */
export interface BundleMember {
  readonly relation: string;
  readonly source: string;
  readonly target: string;
  readonly family: string;
  readonly certainty: Certainty;
  readonly directed: boolean;
}

/** One line standing for several relations. */
export interface RelationBundle {
  /** The relation whose line draws the bundle. */
  readonly representative: string;
  /** Every relation it stands for, the representative first, in the order given. */
  readonly members: readonly string[];
  readonly family: string;
  readonly certainty: Certainty;
  /** All its relations are directed, from the representative's source to its target. */
  readonly directed: boolean;
}

export interface Bundling {
  /** Lines standing for two relations or more, by their representative. */
  readonly bundles: ReadonlyMap<string, RelationBundle>;
  /** Relations drawn by another's line (hidden themselves), with that line's representative. */
  readonly drawnBy: ReadonlyMap<string, string>;
}

export const NO_BUNDLES: Bundling = { bundles: new Map(), drawnBy: new Map() };

/** Whether the pair of `a` and `b` (in either order) is spread: one line per relation. */
export type SpreadPairs = (a: string, b: string) => boolean;

interface Open {
  representative: string;
  /** Every relation after the representative; null while it is alone, as most are. */
  others: string[] | null;
  source: string;
  family: string;
  certainty: Certainty;
  directed: boolean;
}

const CERTAINTIES: readonly Certainty[] = ["certain", "possible", "faded"];

/**
 * Groups the drawn relations into lines. Relations of spread pairs, and those alone in their
 * group, are drawn as themselves and appear in neither map.
 */
export function bundleRelations(relations: Iterable<BundleMember>, spread: SpreadPairs = () => false): Bundling {
  // low actor → high actor → family → the open group of each certainty. It runs over every
  // drawn relation on each redraw, so no key is built from strings, and a relation alone
  // (most of them) costs one small object.
  const index = new Map<string, Map<string, Map<string, (Open | undefined)[]>>>();
  const groups: Open[] = [];
  for (const r of relations) {
    const { source, target } = r;
    if (spread(source, target)) continue;
    const low = source < target ? source : target;
    const high = source < target ? target : source;
    let byHigh = index.get(low);
    if (!byHigh) index.set(low, (byHigh = new Map()));
    let byFamily = byHigh.get(high);
    if (!byFamily) byHigh.set(high, (byFamily = new Map()));
    let byCertainty = byFamily.get(r.family);
    if (!byCertainty) byFamily.set(r.family, (byCertainty = [undefined, undefined, undefined]));
    const c = CERTAINTIES.indexOf(r.certainty);
    const open = byCertainty[c];
    if (!open) {
      const group: Open = { representative: r.relation, others: null, source, family: r.family, certainty: r.certainty, directed: r.directed };
      byCertainty[c] = group;
      groups.push(group);
    } else {
      (open.others ??= []).push(r.relation);
      if (!r.directed || source !== open.source) open.directed = false;
    }
  }
  const bundles = new Map<string, RelationBundle>();
  const drawnBy = new Map<string, string>();
  for (const { representative, others, family, certainty, directed } of groups) {
    if (!others) continue;
    bundles.set(representative, { representative, members: [representative, ...others], family, certainty, directed });
    for (const other of others) drawnBy.set(other, representative);
  }
  return { bundles, drawnBy };
}

/** A line's width for `count` relations, as a multiple of one relation's: growing with the square root, capped. */
export const BUNDLE_WIDTH_MAX = 3;
export const bundleWidth = (count: number): number => Math.min(BUNDLE_WIDTH_MAX, Math.sqrt(Math.max(1, count)));

/**
 * The representatives whose line looks otherwise from one bundling to the next (a relation came
 * or went, or another relation now draws the bundle), and the relations that are hidden in one
 * and drawn in the other: what a patch must redraw beyond the relations that changed themselves.
 */
export function bundlingChanges(before: Bundling, after: Bundling): string[] {
  const changed = new Set<string>();
  const compare = (from: Bundling, to: Bundling) => {
    for (const [representative, bundle] of from.bundles) {
      const other = to.bundles.get(representative);
      if (!other || other.members.length !== bundle.members.length || other.directed !== bundle.directed) changed.add(representative);
    }
    for (const relation of from.drawnBy.keys()) if (!to.drawnBy.has(relation)) changed.add(relation);
  };
  compare(before, after);
  compare(after, before);
  return [...changed];
}
