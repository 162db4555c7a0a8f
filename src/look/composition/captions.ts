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
import { kindColour } from "../palette";
import { mannerOf, patternOf, relationColour } from "../relation-look";
import { certaintyInk, inkOf } from "./style";
import type { Background, CompositionLegend, SceneEdge } from "./types";

/**
 * Visible relation types grouped by family (taxonomy order), each in its family's colour and
 * its manner's pattern with the number of its visible relations, how possible relations are
 * drawn when some are visible, then the kinds of visible actors (each as it was in the time
 * shown) with their number. Only what the picture shows: nothing at zero.
 */
export function legendOf(dataSet: DataSet, slice: Pick<ViewSlice, "relations" | "visibleActors" | "kindOf" | "possibleOnlyCount">, background: Background): CompositionLegend {
  const { theme } = inkOf(background);
  const { families, types, kinds } = dataSet.taxonomy;
  const count = <T>(items: Iterable<T>): Map<T, number> => {
    const counts = new Map<T, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
  };
  const shownTypes = count(slice.relations.map((r) => r.type));
  const shownKinds = count([...slice.visibleActors].map((a) => slice.kindOf(a)));
  const familyLabel = new Map(families.map((f) => [f.id, f.label]));
  const familyOrder = new Map(families.map((f, i) => [f.id, i]));
  const relationTypes = types
    .filter((t) => shownTypes.has(t.id))
    .map((t, i) => ({ t, i }))
    .sort((a, b) => (familyOrder.get(a.t.family) ?? Infinity) - (familyOrder.get(b.t.family) ?? Infinity) || a.i - b.i)
    .map(({ t }) => {
      const manner = mannerOf(t);
      return { label: t.label, family: familyLabel.get(t.family) ?? t.family, colour: relationColour(t.family, manner, theme), pattern: patternOf(manner, false), count: shownTypes.get(t.id) };
    });
  const actorKinds = kinds.filter((k) => shownKinds.has(k.id)).map((k) => ({ label: k.label, colour: kindColour(k.id, theme), count: shownKinds.get(k.id) }));
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

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/**
 * What the picture summarises: when some lines stand for several relations of one family
 * between a pair (bundles), how many relations the lines drawn stand for. "" when none do.
 */
export function bundleCaptionOf(edges: readonly Pick<SceneEdge, "count">[]): string {
  if (!edges.some((e) => (e.count ?? 1) > 1)) return "";
  const relations = edges.reduce((sum, e) => sum + (e.count ?? 1), 0);
  return `Several relations of one family between a pair are drawn as one line, with their number: ${plural(relations, "relation", "relations")} as ${plural(edges.length, "line", "lines")}.`;
}

/**
 * A file name from an image's title: "Pakistan–Afghan Taliban, March 2026" →
 * "pakistan-afghan-taliban-march-2026.png". Letters and digits of any script are kept (accents
 * dropped), everything else becomes one hyphen, so the name is safe on every system; `fallback`
 * (the view's dated name) when nothing is left.
 */
export function fileNameOf(title: string, fallback: string, extension: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
  const cut = [...slug].slice(0, 80).join("").replace(/-+$/, "");
  return `${cut || fallback}.${extension}`;
}
