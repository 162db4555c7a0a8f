/**
 * Which relations are only possibly active on a day, read from their period bounds
 * (model/certainty.ts: dates allow it, none says it), not from the app's slicing engine; and so
 * the colour the explorer should draw a relation in on that day: its family's at its type's
 * manner's step, or the lighter one of a possible relation (look/relation-look.ts).
 */
import { TimeBounds } from "../../src/model/certainty";
import type { Day } from "../../src/model/dates";
import type { DataSet } from "../../src/model/types";
import { mannerOf, relationColour } from "../../src/look/relation-look";

export interface Certainty {
  /** Whether the relation's dates allow it on `day` and none says it was active then. */
  possibleOnly(relation: string, day: Day): boolean;
  /**
   * The colour the relation is drawn in on `day`, in `theme`; when it is drawn by a line standing
   * for several (`line`, a bundle's relations), the line looks like its strongest relation: a
   * deed before a standing tie, a tie before a word.
   */
  colourOn(relation: string, day: Day, theme: "light" | "dark", line?: readonly string[]): string;
}

export function certaintyOf(dataSet: DataSet): Certainty {
  const bounds = new TimeBounds(dataSet.actors);
  const byId = new Map(dataSet.relations.map((r) => [r.id, r]));
  const typeById = new Map(dataSet.taxonomy.types.map((t) => [t.id, t]));
  const within = (day: Day, span: { first: Day; last: Day }) => span.first <= day && day <= span.last;
  const possibleOnly = (id: string, day: Day) => {
    const b = bounds.of(byId.get(id)!);
    return b.some((p) => within(day, p.possible)) && !b.some((p) => within(day, p.certain));
  };
  return {
    possibleOnly,
    colourOn(id, day, theme, line = [id]) {
      const type = typeById.get(byId.get(id)!.type)!;
      const manners = line.map((member) => mannerOf(typeById.get(byId.get(member)!.type)));
      const manner = manners.includes("deed") ? "deed" : manners.includes("tie") ? "tie" : "word";
      return relationColour(type.family, manner, theme, possibleOnly(id, day));
    },
  };
}
