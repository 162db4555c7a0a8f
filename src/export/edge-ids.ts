/**
 * The edges a relation is written as, for the graph formats (GEXF, GraphML): its own id, and for
 * a mutual relation also `<id>~reverse` the other way (see gexf.ts for why both directions). A
 * relation an exporter cannot write (a type the taxonomy lacks, an end outside the subset, an id
 * used twice) is a caller's bug, and fails loudly with the exporter's name and the bad value.
 */
import { reverseEdgeId } from "../import/gexf/format";
import type { Relation } from "../model/types";

export class EdgeIds {
  private readonly seen = new Set<string>();

  constructor(
    /** The exporter, named in errors: "exportGexf". */
    private readonly exporter: string,
    private readonly actors: ReadonlySet<string>,
  ) {}

  /**
   * The ids `relation` is written under, and its type as the exporter knows it, checked: the type
   * must be known (`type` found), its ends in the subset, its ids new.
   */
  of<T>(relation: Relation, type: T | undefined): { readonly type: T; readonly ids: readonly [string] | readonly [string, string] } {
    const { exporter } = this;
    if (type === undefined) throw new Error(`${exporter}: relation "${relation.id}" has the type "${relation.type}", which the taxonomy does not define`);
    for (const end of [relation.source, relation.target])
      if (!this.actors.has(end)) throw new Error(`${exporter}: relation "${relation.id}" ties "${end}", which is not among the subset's actors. Include both ends of every relation`);
    const ids = relation.directed ? ([relation.id] as const) : ([relation.id, reverseEdgeId(relation.id)] as const);
    for (const id of ids) {
      if (this.seen.has(id)) throw new Error(`${exporter}: two relations have the id "${id}"; relation ids must be unique`);
      this.seen.add(id);
    }
    return { type, ids };
  }
}
