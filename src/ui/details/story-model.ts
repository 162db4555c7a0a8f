/**
 * The story in the details panel, as data: every relation of a pair (or of one actor) over all
 * time, oldest first (model/story.ts), each with what an analyst reads in a chronology: its type
 * and family, who acts on whom in words, each period in words at its own precision, how it stands
 * at the date shown (certainly, only possibly or not active, or active but hidden by the
 * filters), and its first quote with its source. No DOM, so it reads and tests on its own.
 */
import { actorStory, counterpartsOf, pairStory, storyStart, type Counterpart } from "../../model/story";
import type { Time } from "../../model/time-words";
import type { Relation } from "../../model/types";
import { citationParts, pairWords, periodsInWords, standingAt, type DataIndex, type Standing } from "./details-model";

/** How a story's relation stands in the view now. */
export type StoryStanding = Standing | "filtered";

export interface StoryItem {
  readonly relation: Relation;
  readonly typeLabel: string;
  readonly family: string;
  readonly familyLabel: string;
  /** "from Pakistan to Afghan Taliban", "between Pakistan and Afghan Taliban". */
  readonly direction: string;
  /** Each period in words at its own precision: "sometime in Oct 2025", "start unknown, no later than 2022". */
  readonly periods: readonly string[];
  /** Its start is open: it began some time before its end, no one says when. */
  readonly openStart: boolean;
  /** By its dates at the time shown; null when no time is known. */
  readonly standing: Standing | null;
  /** The current filters (types, families, kinds, confidence, "possible", ego) leave it out. */
  readonly hiddenByFilters: boolean;
  /** The first piece of evidence: its quote and source in words; undefined when it has none. */
  readonly firstEvidence?: { readonly quote: string; readonly source: string };
  readonly evidenceCount: number;
}

/** What the story needs to know of the view besides the data. */
export interface StoryView {
  readonly time: Time | null;
  /** Whether the view shows the relation now (its time and its filters). */
  readonly inSlice: (relation: string) => boolean;
  /** Whether the filters other than time keep it; null when not known (then only what is active now can be said hidden). */
  readonly passesFilters: ((relation: string) => boolean) | null;
}

export function storyItem(index: DataIndex, relation: Relation, view: StoryView): StoryItem {
  const type = index.types.get(relation.type);
  const family = type?.family ?? "";
  const standing = view.time ? standingAt(index, relation, view.time) : null;
  const activeButHidden = standing !== null && standing !== "inactive" && !view.inSlice(relation.id);
  const evidence = relation.evidence[0];
  return {
    relation,
    typeLabel: type?.label ?? relation.type,
    family,
    familyLabel: index.families.get(family)?.label ?? (family || "Other"),
    direction: pairWords(index, relation, view.time),
    periods: periodsInWords(index, relation),
    openStart: storyStart(relation).open,
    standing,
    hiddenByFilters: activeButHidden || (view.passesFilters !== null && !view.passesFilters(relation.id)),
    ...(evidence ? { firstEvidence: { quote: evidence.quote, source: sourceWords(index, evidence) } } : {}),
    evidenceCount: relation.evidence.length,
  };
}

/**
 * The source in short, "Ifri, 31 Mar 2026, ¶12": who published it (else its author, else its
 * title), when and where in it. A chronology lists many; the relation view gives the full citation.
 */
function sourceWords(index: DataIndex, evidence: Relation["evidence"][number]): string {
  const c = citationParts(evidence, index.sources.get(evidence.source));
  return [c.publisher ?? c.author ?? c.title, c.date, c.location].filter((p) => !!p).join(", ");
}

const relationsOf = (index: DataIndex, actor: string): readonly Relation[] => index.relationsOf.get(actor) ?? [];

/** The story of two actors: every relation between them over all time, oldest first. */
export const pairStoryItems = (index: DataIndex, pair: readonly [string, string], view: StoryView): StoryItem[] =>
  pairStory(relationsOf(index, pair[0]), pair[0], pair[1]).map((r) => storyItem(index, r, view));

/** The story of one actor and its neighbours: every relation it has over all time, oldest first. */
export const actorStoryItems = (index: DataIndex, actor: string, view: StoryView): StoryItem[] =>
  actorStory(relationsOf(index, actor), actor).map((r) => storyItem(index, r, view));

/** Its counterparts over all time with how many relations each, the most first. */
export const counterparts = (index: DataIndex, actor: string): Counterpart[] => counterpartsOf(relationsOf(index, actor), actor);

/** How an item stands now, in the words the list shows: its verdict first. */
export function standingNow(item: StoryItem, timeLabel: string): { readonly key: StoryStanding; readonly words: string } {
  if (item.hiddenByFilters) {
    const active = item.standing === "certain" ? "certainly active" : item.standing === "possible" ? "only possibly active" : "not active";
    return { key: "filtered", words: `Hidden by the filters (${active} ${timeLabel})` };
  }
  switch (item.standing) {
    case "certain":
      return { key: "certain", words: `In the view: certainly active ${timeLabel}` };
    case "possible":
      return { key: "possible", words: `In the view: only possibly active ${timeLabel}` };
    case "inactive":
      return { key: "inactive", words: `Not active ${timeLabel}` };
    default:
      return { key: "inactive", words: "" };
  }
}

/** "3 of 15 in the view as of 1 Mar 2026, 1 hidden by the filters": the story against the view. */
export function storySummary(items: readonly StoryItem[], timeLabel: string): string {
  const shown = items.filter((i) => !i.hiddenByFilters && i.standing !== null && i.standing !== "inactive").length;
  const hidden = items.filter((i) => i.hiddenByFilters).length;
  const open = items.filter((i) => i.openStart).length;
  const parts = [`${shown} of ${items.length} in the view ${timeLabel}`];
  if (hidden) parts.push(`${hidden} hidden by the filters`);
  if (open) parts.push(`${open === 1 ? "the first begins" : `the first ${open} begin`} at an unknown date`);
  return parts.join("; ") + ".";
}
