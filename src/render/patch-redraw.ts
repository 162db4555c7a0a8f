/**
 * Whether the graph view may redraw a change in part, and what it then redraws: when only the
 * slice moved (a drag, playback) on a large graph, sigma re-reads only the actors and relations
 * whose look changed rather than everything it holds.
 */
import { bundlingChanges } from "../look/relation-bundles";
import { deathsChanged } from "../look/relation-width";
import type { DrawnLines, LineFocus } from "./drawn-lines";
import { sameFocus } from "./drawn-lines";
import type { ReducerInput } from "./reducers";
import type { SliceChanges } from "./slice-changes";

/**
 * Graphs with fewer relations are always redrawn whole: it is cheap, and labels and drawing
 * order stay exact on every frame.
 */
export const PATCH_MIN_RELATIONS = 5_000;

/** Everything but the slice and the time is as last drawn, so a patch draws the same as a whole redraw. */
export function patchable(drawn: ReducerInput | undefined, input: ReducerInput, drawnFocus: LineFocus | undefined, focus: LineFocus): drawn is ReducerInput {
  return (
    !!drawn &&
    drawn.theme === input.theme &&
    drawn.fadeHidden === input.fadeHidden &&
    // With curves, a relation coming or going moves the others between its pair: redo all.
    !input.curves &&
    !drawn.hoveredActor &&
    !input.hoveredActor &&
    drawn.selectedActor === input.selectedActor &&
    drawn.selectedRelation === input.selectedRelation &&
    drawn.compare === input.compare &&
    drawn.alignment === input.alignment &&
    !drawn.deaths === !input.deaths &&
    drawn.deaths?.largest === input.deaths?.largest &&
    sameFocus(drawnFocus, focus)
  );
}

/**
 * The relations a patch redraws, of those the display graph holds. Relations newly drawn are
 * among those whose look changed (sliceChanges lists every relation shown or hidden). A relation
 * coming into or out of a bundle also redraws the bundle's line (its count, its width, its arrow)
 * and the relation that draws it when another now does. Sized by deaths, a relation shown before
 * and after may count other deaths now: its line, or the bundle's line standing for it, changes width.
 */
export function relationsToRedraw(changes: SliceChanges, drawn: ReducerInput, input: ReducerInput, before: DrawnLines, lines: DrawnLines, held: (relation: string) => boolean): string[] {
  const wider = drawn.deaths && input.deaths ? deathsChanged(drawn.deaths, input.deaths).map((r) => lines.bundles.drawnBy.get(r) ?? r) : [];
  return [...new Set([...changes.relations, ...bundlingChanges(before.bundles, lines.bundles), ...wider])].filter(held);
}
