/**
 * What a composed image says about its view: the legend of the relation types and actor kinds
 * that are visible (in the colours of the image's background), the date or window shown, and the
 * source line naming the documents the visible relations cite.
 */
import { formatDate } from "../../model/dates";
import { timeInWords, timeOfView } from "../../model/time-words";
import type { DataSet, Relation, Source } from "../../model/types";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import { familyColour, kindColour } from "../palette";
import { certaintyInk, inkOf } from "./style";
import type { Background, CompositionLegend } from "./types";

/**
 * Visible relation types grouped by family (taxonomy order), how possible relations are drawn
 * when some are visible, then the kinds of visible actors (each as it was in the time shown).
 */
export function legendOf(dataSet: DataSet, slice: ViewSlice, background: Background): CompositionLegend {
  const { theme } = inkOf(background);
  const { families, types, kinds } = dataSet.taxonomy;
  const shownTypes = new Set(slice.relations.map((r) => r.type));
  const shownKinds = new Set([...slice.visibleActors].map((a) => slice.kindOf(a)));
  const familyLabel = new Map(families.map((f) => [f.id, f.label]));
  const familyOrder = new Map(families.map((f, i) => [f.id, i]));
  const relationTypes = types
    .filter((t) => shownTypes.has(t.id))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (familyOrder.get(a.t.family) ?? Infinity) - (familyOrder.get(b.t.family) ?? Infinity) || a.i - b.i)
    .map(({ t }) => ({ label: t.label, family: familyLabel.get(t.family) ?? t.family, colour: familyColour(t.family, theme) }));
  const actorKinds = kinds.filter((k) => shownKinds.has(k.id)).map((k) => ({ label: k.label, colour: kindColour(k.id, theme) }));
  const ink = certaintyInk(theme);
  const possible = slice.possibleOnlyCount > 0 ? { colour: ink.possible, certain: ink.certain } : null;
  return { relationTypes, actorKinds, possible };
}

/** "as of 27 Feb 2026", or "between 1 Jan 2025 and 31 Mar 2026" for a window. */
export const dateLabelOf = (state: Pick<ViewState, "mode" | "at" | "from" | "to">): string => timeInWords(timeOfView(state), "as of");

/** "Saint-Mézard, Ifri, 31 Mar 2026": the author's surname, the publisher's name, the date. */
export function citationOf(source: Source): string {
  const author = source.author?.trim().split(/\s+/).pop();
  const publisher = source.publisher?.split(",")[0].trim();
  const head = [author ?? source.title, publisher].filter(Boolean).join(", ");
  return `${head}, ${source.date ? formatDate(source.date) : "undated"}`;
}

/** "Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated", for the documents the relations cite. */
export function sourceLineOf(sources: readonly Source[], relations: readonly Relation[]): string {
  const cited = new Set(relations.flatMap((r) => r.evidence.map((e) => e.source)));
  const shown = sources.filter((s) => cited.has(s.id));
  if (!shown.length) return "";
  return `${shown.length === 1 ? "Source" : "Sources"}: ${shown.map(citationOf).join("; ")}`;
}
