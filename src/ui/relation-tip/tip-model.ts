/**
 * What the tooltip over a line says, as plain lines of text: for one relation its type, its two
 * actors (with direction), its dates in words and, when only possibly active then, that it is;
 * for a line standing for several, the family, how many and the types it stands for.
 */
import type { Time } from "../../model/time-words";
import { timeInWords } from "../../model/time-words";
import { actorLabel, periodsInWords, standingAt, type DataIndex } from "../details/details-model";

export interface TipText {
  readonly heading: string;
  readonly lines: readonly string[];
}

export function tipText(index: DataIndex, relations: readonly string[], time: Time | null): TipText | null {
  const found = relations.flatMap((id) => index.relations.get(id) ?? []);
  if (!found.length) return null;
  const first = found[0];
  const label = (id: string) => actorLabel(index, id, time);
  const possibly = time !== null && found.every((r) => standingAt(index, r, time) === "possible");
  const possibleLine = possibly ? [`Only possibly active ${timeInWords(time, "on")}: its dates allow it, none says it`] : [];
  if (found.length === 1) {
    const type = index.types.get(first.type)?.label ?? first.type;
    const ends = first.directed ? `${label(first.source)} → ${label(first.target)}` : `${label(first.source)} — ${label(first.target)} (mutual)`;
    return { heading: type, lines: [ends, ...periodsInWords(index, first), ...possibleLine] };
  }
  const familyId = index.types.get(first.type)?.family ?? "";
  const family = (index.families.get(familyId)?.label ?? familyId).toLowerCase();
  const types = new Map<string, number>();
  for (const r of found) {
    const type = index.types.get(r.type)?.label ?? r.type;
    types.set(type, (types.get(type) ?? 0) + 1);
  }
  const typeWords = [...types].map(([type, n]) => (n > 1 ? `${type} (${n})` : type)).join(", ");
  return {
    heading: `${found.length} ${family} relations`,
    lines: [`between ${label(first.source)} and ${label(first.target)}`, typeWords, ...(possibly ? [`All only possibly active ${timeInWords(time, "on")}`] : []), "Click to list them"],
  };
}
