/**
 * The relation index: a data set's relations and actors as small integers in typed arrays, built
 * once per data set, and the activity masks that answer "which relations are active on a day or
 * within a window". Every slice (the explorer's view, the command line's exports) is computed
 * from it by the filter engine (filters.ts), so a slice of 200,000 relations is filtered and
 * counted without hashing a string.
 *
 * Types, families and actor kinds get their ids by name, in order of first sight in the data, not
 * from the taxonomy: a relation whose type the taxonomy lacks keeps its own name, and a filter
 * naming another type never selects it. An actor a relation names but the data set does not list
 * has the kind "" (`unknownKind`).
 */
import type { Day } from "./dates";
import { ActivityMasks, maskOrdinals, type ActivityMask } from "./activity-mask";
import { cutToLife, DAYS_PER_PERIOD, lifeDays, TimeBounds } from "./certainty";
import { CoveredSpans } from "./covered-spans";
import { CONFIDENCE_LEVELS, confidenceRank, type DataSet, type Relation } from "./types";

/** Ids for names, in order of first sight; a Map, so "__proto__" is a name like any other. */
class Names {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) this.ids.set(name, (id = this.names.push(name) - 1));
    return id;
  }
}

export class RelationIndex {
  readonly relations: readonly Relation[];
  readonly actorIds: readonly string[];
  readonly actorOrdinal: ReadonlyMap<string, number>;
  /** Per relation: ids into `typeNames` and `familyNames`, confidence rank, actors' ordinals (-1 when unlisted). */
  readonly typeOf: Uint16Array;
  readonly familyOf: Uint16Array;
  readonly confidenceOf: Uint8Array;
  readonly sourceOf: Int32Array;
  readonly targetOf: Int32Array;
  /** Per actor: an id into `kindNames`, of its kind before any dated change. */
  readonly kindOf: Uint16Array;
  readonly typeNames: readonly string[];
  readonly familyNames: readonly string[];
  readonly kindNames: readonly string[];
  /** Ordinals of the actors whose kind changes over time (actor-time.ts); `kindOf` holds their first kind. */
  readonly changingActors: number[];
  /** The kind id of actors the data set does not list (""), as the counts name them. */
  readonly unknownKind: number;
  /** Built on first use, so loading a data set never pays for what only some callers ask. */
  private built: {
    bounds?: TimeBounds;
    masks?: ActivityMasks;
    certainMasks?: ActivityMasks;
    certainWithin?: CoveredSpans;
    periodDays?: { days: Float64Array; owner: Uint32Array };
    scratch?: ActivityMask;
    relationIds?: string[];
    relationOrdinal?: Map<string, number>;
    touching?: { start: Uint32Array; relations: Uint32Array };
    confidentFrom?: Uint32Array[];
  } = {};

  constructor(readonly dataSet: DataSet) {
    const { actors, relations, taxonomy } = dataSet;
    this.relations = relations;
    const types = new Names();
    const families = new Names();
    const kinds = new Names();
    const familyOfType = new Map(taxonomy.types.map((t) => [t.id, t.family]));
    const actorOrdinal = new Map(actors.map((a, i) => [a.id, i]));
    this.actorOrdinal = actorOrdinal;
    this.actorIds = actors.map((a) => a.id);
    this.kindOf = Uint16Array.from(actors, (a) => kinds.id(a.kind));
    this.unknownKind = kinds.id("");
    this.changingActors = [];
    actors.forEach((a, i) => {
      if (!a.changes?.some((c) => c.kind)) return;
      for (const c of a.changes) if (c.kind) kinds.id(c.kind);
      this.changingActors.push(i);
    });
    const n = relations.length;
    const typeOf = (this.typeOf = new Uint16Array(n));
    const familyOf = (this.familyOf = new Uint16Array(n));
    const confidenceOf = (this.confidenceOf = new Uint8Array(n));
    const sourceOf = (this.sourceOf = new Int32Array(n));
    const targetOf = (this.targetOf = new Int32Array(n));
    for (let i = 0; i < n; i++) {
      const r = relations[i];
      typeOf[i] = types.id(r.type);
      familyOf[i] = families.id(familyOfType.get(r.type) ?? "");
      confidenceOf[i] = confidenceRank(r.confidence);
      sourceOf[i] = actorOrdinal.get(r.source) ?? -1;
      targetOf[i] = actorOrdinal.get(r.target) ?? -1;
    }
    this.typeNames = types.names;
    this.familyNames = families.names;
    this.kindNames = kinds.names;
  }

  /** Relation ids by ordinal (position in `relations`). */
  get relationIds(): readonly string[] {
    return (this.built.relationIds ??= this.relations.map((r) => r.id));
  }

  get relationOrdinal(): ReadonlyMap<string, number> {
    return (this.built.relationOrdinal ??= new Map(this.relationIds.map((id, i) => [id, i])));
  }

  /**
   * The relations touching each actor, as ordinals: those of actor a are
   * `touching.relations[touching.start[a] .. touching.start[a + 1]]`. Compressed rows, counted
   * first so nothing grows.
   */
  get touching(): { readonly start: Uint32Array; readonly relations: Uint32Array } {
    if (this.built.touching) return this.built.touching;
    const { sourceOf, targetOf } = this;
    const actorCount = this.actorIds.length;
    const start = new Uint32Array(actorCount + 1);
    for (const ends of [sourceOf, targetOf]) for (const a of ends) if (a >= 0) start[a + 1]++;
    for (let a = 0; a < actorCount; a++) start[a + 1] += start[a];
    const next = start.slice(0, actorCount);
    const relations = new Uint32Array(start[actorCount]);
    for (let i = 0; i < sourceOf.length; i++) {
      if (sourceOf[i] >= 0) relations[next[sourceOf[i]]++] = i;
      if (targetOf[i] >= 0) relations[next[targetOf[i]]++] = i;
    }
    return (this.built.touching = { start, relations });
  }

  /** Per confidence rank: the relations of that rank or above, as a bitset (see activity-mask.ts). */
  get confidentFrom(): readonly Uint32Array[] {
    const { confidenceOf } = this;
    return (this.built.confidentFrom ??= CONFIDENCE_LEVELS.map((_, rank) => {
      const bits = new Uint32Array(Math.ceil(confidenceOf.length / 32));
      for (let i = 0; i < confidenceOf.length; i++) if (confidenceOf[i] >= rank) bits[i >>> 5] |= 1 << (i & 31);
      return bits;
    }));
  }

  /*
   * Lists of ordinals come from the masks at every size. At 200,000 relations listing a mask's
   * bits takes about a sixth of the time an interval tree takes to collect and order its hits
   * (0.22 against 1.4 ms on a day, 0.28 against 1.5 ms over 90 days), and the masks build in
   * 25 to 75 ms against the tree's 400. Below a few hundred relations the tree builds 0.1 to
   * 0.3 ms faster and the masks answer 2 to 3 µs faster: a wash either way, not worth a second
   * way of answering.
   */

  /** Ordinals (positions in `relations`) of relations active on `day`, ascending. */
  activeOn(day: Day): Uint32Array {
    return maskOrdinals(this.activeMaskOn(day, this.scratchMask()));
  }

  /**
   * Ordinals of relations active on at least one day of [from, to], ascending, each once. A
   * window that ends before it starts has no day, and selects nothing.
   */
  activeIn(from: Day, to: Day): Uint32Array {
    return maskOrdinals(this.activeMaskIn(from, to, this.scratchMask()));
  }

  private scratchMask(): ActivityMask {
    return (this.built.scratch ??= new Uint32Array(this.activityMasks.words));
  }

  /**
   * Relations active on `day` as a bitset over ordinals (see activity-mask.ts): the same
   * relations as `activeOn(day)`, at the cost of one copy of n/32 words plus a few toggles.
   * Pass `out` (of `activityMasks.words` words) to reuse one mask across queries.
   */
  activeMaskOn(day: Day, out?: ActivityMask): ActivityMask {
    return this.activityMasks.maskOn(day, out);
  }

  /** Relations active on at least one day of [from, to] as a bitset: the same relations as `activeIn`. */
  activeMaskIn(from: Day, to: Day, out?: ActivityMask): ActivityMask {
    return this.activityMasks.maskIn(from, to, out);
  }

  /** Each relation's periods as known and possible spans (certainty.ts), cut to its actors' lifetimes. */
  get bounds(): TimeBounds {
    return (this.built.bounds ??= new TimeBounds(this.dataSet.actors));
  }

  /** Relations certainly active on `day`, as a bitset: a subset of `activeMaskOn(day)`. */
  certainMaskOn(day: Day, out?: ActivityMask): ActivityMask {
    return this.certainMasks.maskOn(day, out);
  }

  /**
   * Relations certainly active on at least one day of [from, to], as a bitset: those whose
   * certain days meet the window, and those with no certain day that certainly have one within
   * a span the window covers (an event dated to a month, in a window holding all of it).
   */
  certainMaskIn(from: Day, to: Day, out?: ActivityMask): ActivityMask {
    const mask = this.certainMasks.maskIn(from, to, out);
    if (to >= from) this.certainWithin.markWithin(from, to, mask);
    return mask;
  }

  /**
   * The checkpointed masks behind every time query, over the days each relation is possibly
   * active, built once on first use: 25 to 75 ms and some 7 MB at 200,000 relations
   * (checkpoints about 7.5 bytes a relation, toggles 13 bytes each).
   */
  get activityMasks(): ActivityMasks {
    return (this.built.masks ??= this.masksOf(0));
  }

  /** The same over the days each relation is certainly active; built on first use. */
  get certainMasks(): ActivityMasks {
    return (this.built.certainMasks ??= this.masksOf(2));
  }

  /** The spans relations with no certain day certainly have a day in (certainty.ts), sorted for "which lie within a window". */
  get certainWithin(): CoveredSpans {
    if (this.built.certainWithin) return this.built.certainWithin;
    const { days, owner } = this.periodDays;
    // Reversed (begun by a later day than it ended from) on a period possible on some day.
    const reversed = (p: number) => days[DAYS_PER_PERIOD * p + 2] > days[DAYS_PER_PERIOD * p + 3] && days[DAYS_PER_PERIOD * p] <= days[DAYS_PER_PERIOD * p + 1];
    let count = 0;
    for (let p = 0; p < owner.length; p++) if (reversed(p)) count++;
    const first = new Float64Array(count);
    const last = new Float64Array(count);
    const who = new Uint32Array(count);
    let k = 0;
    for (let p = 0; p < owner.length; p++)
      if (reversed(p)) ((first[k] = days[DAYS_PER_PERIOD * p + 3]), (last[k] = days[DAYS_PER_PERIOD * p + 2]), (who[k++] = owner[p]));
    return (this.built.certainWithin = CoveredSpans.build(first, last, who));
  }

  /**
   * Every period's days, DAYS_PER_PERIOD numbers a period (certainty.ts): possible, certain or
   * the span it certainly has a day in, and its widest reading; worked out once for every
   * query without an object per period.
   */
  private get periodDays(): { days: Float64Array; owner: Uint32Array } {
    if (this.built.periodDays) return this.built.periodDays;
    const { relations, sourceOf, targetOf, bounds } = this;
    let periods = 0;
    for (const r of relations) periods += r.periods.length;
    const days = new Float64Array(DAYS_PER_PERIOD * periods);
    const owner = new Uint32Array(periods);
    // Lifetimes by actor ordinal, and every pair's once: few actors have one.
    const lifeOf = this.actorIds.map((id) => bounds.lifetimeOf(id));
    const ageless = bounds.lifetimeOf("");
    const always = lifeDays(ageless, ageless);
    const hasLife = Uint8Array.from(this.dataSet.actors, (a) => (a.lifetime ? 1 : 0));
    let k = 0;
    for (let i = 0; i < relations.length; i++) {
      const s = sourceOf[i];
      const t = targetOf[i];
      // Actors the data set does not list have no lifetime.
      const life = (s < 0 || !hasLife[s]) && (t < 0 || !hasLife[t]) ? always : lifeDays(s < 0 ? ageless : lifeOf[s], t < 0 ? ageless : lifeOf[t]);
      for (const p of relations[i].periods) ((owner[k] = i), cutToLife(p, days, DAYS_PER_PERIOD * k++, life));
    }
    return (this.built.periodDays = { days, owner });
  }

  /** Masks over the possible (`at` 0) or certain (`at` 2) days of every period. */
  private masksOf(at: 0 | 2): ActivityMasks {
    const { days, owner } = this.periodDays;
    const first = new Float64Array(owner.length);
    const last = new Float64Array(owner.length);
    const who = new Uint32Array(owner.length);
    let k = 0;
    for (let p = 0; p < owner.length; p++) {
      const [f, l] = [days[DAYS_PER_PERIOD * p + at], days[DAYS_PER_PERIOD * p + at + 1]];
      // An empty span (no certain day, or a period wholly outside a lifetime) toggles nothing.
      if (l >= f && days[DAYS_PER_PERIOD * p] <= days[DAYS_PER_PERIOD * p + 1]) ((first[k] = f), (last[k] = l), (who[k++] = owner[p]));
    }
    return ActivityMasks.build(first.subarray(0, k), last.subarray(0, k), who.subarray(0, k), this.relations.length);
  }
}

/**
 * The plain scan the index is measured and tested against: every relation, every period, as
 * possibly active (or, with `certain`, certainly active) on some day of [from, to].
 */
export function scanActive(relations: readonly Relation[], from: Day, to: Day, bounds = new TimeBounds([]), certain = false): Relation[] {
  return relations.filter((r) => bounds.activeIn(r, from, to, certain));
}
