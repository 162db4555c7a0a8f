/**
 * What the explorer should show, read literally from the data: filter the relation objects,
 * count with sets of names. Written apart from the app's slicing engine (typed arrays, activity
 * masks, ordinals) so tests can hold that engine, and what the page draws, to an expectation it
 * did not compute itself. A period is possibly active on a day when the day falls between its
 * first and last day, so a month-precision date covers the whole month, and both actors existed
 * then (their lifetimes, read the same way). An actor whose kind changes is hidden by a kind
 * filter only when every kind it may have had in the time shown is hidden, and counted under its
 * kind at the end of that time.
 */
import { confidenceRank, type Actor, type DataSet, type Relation } from "../../src/model/types";
import type { Day } from "../../src/model/dates";

export interface PlainView {
  /** One day ("as of"), or a window of days; with both given, `mode` says which counts. */
  readonly mode?: "at" | "window";
  readonly at?: Day;
  readonly from?: Day;
  readonly to?: Day;
  readonly hiddenTypes?: readonly string[];
  readonly hiddenFamilies?: readonly string[];
  readonly hiddenKinds?: readonly string[];
  readonly minConfidence?: "low" | "medium" | "high";
  /** Hide actors with no visible relation; the explorer opens with it on. */
  readonly hideIsolated?: boolean;
  readonly ego?: { readonly actor: string; readonly depth: number } | null;
  readonly selectedActor?: string | null;
}

export interface PlainSlice {
  /** Visible relation ids, in data order. */
  readonly relations: string[];
  readonly visibleActors: string[];
  readonly degree: Record<string, number>;
  /** Per type, family and kind: what the legend shows beside each toggle. */
  readonly typeCounts: Record<string, number>;
  readonly familyCounts: Record<string, number>;
  readonly kindCounts: Record<string, number>;
  /** Relations active in time before any filter. */
  readonly activeInTime: number;
}

/** The kind of the last change wholly over by `day`. */
function kindAt(actor: Actor, day: Day): string {
  let kind = actor.kind;
  for (const c of actor.changes ?? []) if (c.kind && c.from.last <= day) kind = c.kind;
  return kind;
}

/** Every kind the actor may have had on some day of [from, to]: each change's kind holds from its first possible day to the next change's last. */
function kindsBetween(actor: Actor, from: Day, to: Day): string[] {
  const spans: { kind: string; first: Day; last: Day }[] = [];
  let kind = actor.kind;
  let first = -Infinity;
  for (const c of (actor.changes ?? []).filter((c) => c.kind)) {
    spans.push({ kind, first, last: c.from.last });
    [kind, first] = [c.kind!, c.from.first];
  }
  spans.push({ kind, first, last: Infinity });
  return [...new Set(spans.filter((s) => s.first <= to && s.last >= from).map((s) => s.kind))];
}

/** Actors within `depth` hops of `actor` over `relations`, ignoring direction. */
function plainNeighbourhood(relations: readonly Relation[], actor: string, depth: number): Set<string> {
  let reached = new Set([actor]);
  for (let hop = 0; hop < depth; hop++) {
    const next = new Set(reached);
    for (const r of relations) {
      if (reached.has(r.source)) next.add(r.target);
      if (reached.has(r.target)) next.add(r.source);
    }
    reached = next;
  }
  return reached;
}

export function plainSlice(dataSet: DataSet, view: PlainView): PlainSlice {
  const hiddenTypes = view.hiddenTypes ?? [];
  const hiddenFamilies = view.hiddenFamilies ?? [];
  const hiddenKinds = view.hiddenKinds ?? [];
  const hideIsolated = view.hideIsolated ?? true;
  const familyOf = new Map(dataSet.taxonomy.types.map((t) => [t.id, t.family]));
  const byDay = view.mode === "at" || (view.mode === undefined && view.at !== undefined);
  const [from, to] = byDay ? [view.at, view.at] : [view.from, view.to];
  if (from === undefined || to === undefined) throw new Error("plainSlice: give a day (at) or a window (from, to)");
  const actorById = new Map(dataSet.actors.map((a) => [a.id, a]));
  const kindOf = new Map(dataSet.actors.map((a) => [a.id, kindAt(a, to)]));
  const kindsOf = new Map(dataSet.actors.map((a) => [a.id, kindsBetween(a, from, to)]));
  const lifeOf = (id: string) => actorById.get(id)?.lifetime ?? { first: -Infinity, last: Infinity };
  const inTime = dataSet.relations.filter((r) =>
    r.periods.some((p) => {
      const [s, t] = [lifeOf(r.source), lifeOf(r.target)];
      const first = Math.max(p.first, s.first, t.first);
      const last = Math.min(p.last, s.last, t.last);
      return first <= last && first <= to && last >= from;
    }),
  );
  const confident = inTime.filter((r) => confidenceRank(r.confidence) >= confidenceRank(view.minConfidence ?? "low"));
  const typeShown = (r: Relation) => !hiddenTypes.includes(r.type) && !hiddenFamilies.includes(familyOf.get(r.type) ?? "");
  const actorKindShown = (a: string) => (kindsOf.get(a) ?? [""]).some((k) => !hiddenKinds.includes(k));
  const kindShown = (r: Relation) => actorKindShown(r.source) && actorKindShown(r.target);
  // No prototype: ids such as "constructor" and "__proto__" are data.
  const typeCounts: Record<string, number> = Object.create(null);
  const familyCounts: Record<string, number> = Object.create(null);
  const kindActors = new Map<string, Set<string>>();
  for (const r of confident) {
    if (kindShown(r)) {
      typeCounts[r.type] = (typeCounts[r.type] ?? 0) + 1;
      const family = familyOf.get(r.type) ?? "";
      familyCounts[family] = (familyCounts[family] ?? 0) + 1;
    }
    if (typeShown(r))
      for (const a of [r.source, r.target]) {
        const kind = kindOf.get(a) ?? "";
        if (!kindActors.has(kind)) kindActors.set(kind, new Set());
        kindActors.get(kind)!.add(a);
      }
  }
  let relations = confident.filter((r) => typeShown(r) && kindShown(r));
  let egoActors: Set<string> | undefined;
  if (view.ego) {
    egoActors = plainNeighbourhood(relations, view.ego.actor, view.ego.depth);
    relations = relations.filter((r) => egoActors!.has(r.source) && egoActors!.has(r.target));
  }
  const degree = new Map<string, number>();
  for (const r of relations) for (const a of [r.source, r.target]) degree.set(a, (degree.get(a) ?? 0) + 1);
  const visibleActors = dataSet.actors
    .filter((a) => actorKindShown(a.id) && (!egoActors || egoActors.has(a.id)))
    .filter((a) => !hideIsolated || degree.has(a.id) || a.id === view.ego?.actor || a.id === view.selectedActor)
    .map((a) => a.id);
  const kindCounts: Record<string, number> = Object.create(null);
  for (const [kind, actors] of kindActors) kindCounts[kind] = actors.size;
  const degreeRecord: Record<string, number> = Object.create(null);
  for (const [actor, n] of degree) degreeRecord[actor] = n;
  return { relations: relations.map((r) => r.id), visibleActors, degree: degreeRecord, typeCounts, familyCounts, kindCounts, activeInTime: inTime.length };
}
