/**
 * What a list of filters leaves of a data set (filters.ts computes it): the visible relations
 * and actors, each actor's degree, and the legend's counts. It is kept in ordinals and typed
 * arrays; the sets, maps and lists of ids are built only when something asks for them, as the
 * renderer asks once per drawn actor and relation and a timeline drag makes a slice per step.
 */
import type { RelationIndex } from "./relation-index";
import type { Relation } from "./types";

export interface RelationSlice {
  /** Visible relations, in data order. */
  readonly relations: readonly Relation[];
  readonly visibleRelations: ReadonlySet<string>;
  readonly visibleActors: ReadonlySet<string>;
  /** Visible relations per actor. */
  readonly degree: ReadonlyMap<string, number>;
  readonly typeCounts: Readonly<Record<string, number>>;
  readonly familyCounts: Readonly<Record<string, number>>;
  readonly kindCounts: Readonly<Record<string, number>>;
  /** Relations active in the time slice before any filter, to tell "nothing then" from "all filtered". */
  readonly activeInTime: number;
  /** Visible relations only possibly active in the time slice: drawn as such, never as facts. */
  readonly possibleOnlyCount: number;
  readonly relationCount: number;
  readonly actorCount: number;
  /** Ids of the visible relations, in data order (one array per slice). */
  readonly relationIds: readonly string[];
  /** Cheap questions for the renderer, which asks them once per actor and relation drawn. */
  hasRelation(id: string): boolean;
  hasActor(id: string): boolean;
  /** Whether a visible relation is only possibly active in the time slice (its dates allow it, none says it). */
  isPossibleOnly(id: string): boolean;
  degreeOf(actor: string): number;
  /** An actor's kind in the time slice (it may change over time, as actor-time.ts reads it). */
  kindOf(actor: string): string | undefined;
  /** The same slice in ordinals, for telling what changed between two slices. */
  readonly ordinals: SliceOrdinals;
}

export interface SliceOrdinals {
  /** The index the ordinals are positions in: two slices compare only over the same one. */
  readonly vocabulary: RelationIndex;
  /** Ordinals of the visible relations, ascending. */
  readonly relations: Uint32Array;
  /** 1 for each visible relation, by ordinal. */
  readonly relationShown: Uint8Array;
  /** 1 for each visible relation only possibly active in the time slice, by ordinal. */
  readonly possibleOnly: Uint8Array;
  /** Per actor: an id into the index's `kindNames`, its kind in the time slice. */
  readonly actorKind: Uint16Array;
  /** 1 for each visible actor, by ordinal. */
  readonly actorShown: Uint8Array;
  /** Visible relations per actor, by ordinal. */
  readonly actorDegree: Uint32Array;
}

export type SliceCounts = Pick<RelationSlice, "typeCounts" | "familyCounts" | "kindCounts">;

/** A slice held in ordinals, answering in ids on demand. */
export class OrdinalSlice implements RelationSlice {
  readonly typeCounts: Readonly<Record<string, number>>;
  readonly familyCounts: Readonly<Record<string, number>>;
  readonly kindCounts: Readonly<Record<string, number>>;
  private built: { relations?: Relation[]; relationIds?: string[]; visibleRelations?: Set<string>; visibleActors?: Set<string>; degree?: Map<string, number> } = {};

  constructor(
    readonly ordinals: SliceOrdinals,
    readonly actorCount: number,
    readonly activeInTime: number,
    readonly possibleOnlyCount: number,
    counts: SliceCounts,
  ) {
    this.typeCounts = counts.typeCounts;
    this.familyCounts = counts.familyCounts;
    this.kindCounts = counts.kindCounts;
  }

  get relationCount(): number {
    return this.ordinals.relations.length;
  }

  get relations(): readonly Relation[] {
    const all = this.ordinals.vocabulary.relations;
    return (this.built.relations ??= Array.from(this.ordinals.relations, (i) => all[i]));
  }

  get relationIds(): readonly string[] {
    const ids = this.ordinals.vocabulary.relationIds;
    return (this.built.relationIds ??= Array.from(this.ordinals.relations, (i) => ids[i]));
  }

  get visibleRelations(): ReadonlySet<string> {
    return (this.built.visibleRelations ??= new Set(this.relationIds));
  }

  get visibleActors(): ReadonlySet<string> {
    const { actorShown, vocabulary } = this.ordinals;
    return (this.built.visibleActors ??= new Set(vocabulary.actorIds.filter((_, a) => actorShown[a] === 1)));
  }

  get degree(): ReadonlyMap<string, number> {
    if (this.built.degree) return this.built.degree;
    // Every end of a visible relation, as the slice has always counted them, listed or not.
    const all = this.ordinals.vocabulary.relations;
    const degree = new Map<string, number>();
    for (const i of this.ordinals.relations) {
      const r = all[i];
      degree.set(r.source, (degree.get(r.source) ?? 0) + 1);
      degree.set(r.target, (degree.get(r.target) ?? 0) + 1);
    }
    return (this.built.degree = degree);
  }

  hasRelation(id: string): boolean {
    const i = this.ordinals.vocabulary.relationOrdinal.get(id);
    return i !== undefined && this.ordinals.relationShown[i] === 1;
  }

  hasActor(id: string): boolean {
    const a = this.ordinals.vocabulary.actorOrdinal.get(id);
    return a !== undefined && this.ordinals.actorShown[a] === 1;
  }

  isPossibleOnly(id: string): boolean {
    const i = this.ordinals.vocabulary.relationOrdinal.get(id);
    return i !== undefined && this.ordinals.possibleOnly[i] === 1;
  }

  kindOf(actor: string): string | undefined {
    const a = this.ordinals.vocabulary.actorOrdinal.get(actor);
    return a === undefined ? undefined : this.ordinals.vocabulary.kindNames[this.ordinals.actorKind[a]];
  }

  degreeOf(actor: string): number {
    const a = this.ordinals.vocabulary.actorOrdinal.get(actor);
    return a === undefined ? 0 : this.ordinals.actorDegree[a];
  }
}
