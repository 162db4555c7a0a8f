/**
 * Allies and enemies on the canvas, over what the reducers (reducers.ts) draw: actors coloured
 * by the camp they fall in on the date instead of by kind (look/camp-palette.ts; actors in no
 * camp grey), and an unbalanced triad picked from the Alignments panel standing out: its three
 * actors larger and labelled, the relations between them thicker, everything else faded as
 * hovering fades it. Wrappers around the reducers' output, so either look is off by passing
 * NO_ALIGNMENT and the reducers stay as they are. Pure, so tested in Node.
 */
import { campColour } from "../look/camp-palette";
import { CANVAS } from "../look/palette";
import type { ViewSlice } from "../state/view-slice";
import type { Theme } from "../state/view-state";
import type { ActorDisplay, RelationDisplay, RelationLook } from "./reducers";
import type { NodeDisplayData } from "sigma/types";

export interface AlignmentLook {
  /** Each actor's camp label on the date (-1 or absent: in none) when actors are coloured by camp; null colours them by kind. */
  readonly campOf: ReadonlyMap<string, number> | null;
  /** The three actors of a highlighted triad, or null. */
  readonly triad: ReadonlySet<string> | null;
}

export const NO_ALIGNMENT: AlignmentLook = { campOf: null, triad: null };

/** How much larger a highlighted triad's actors are drawn, and how much thicker its relations. */
export const TRIAD_ACTOR_SCALE = 1.35;
export const TRIAD_RELATION_SCALE = 1.8;

/** `camp`: the camp label an actor is coloured by, so an image can re-ink it and list the camps. */
type ActorLook = Partial<NodeDisplayData> & { kind?: string; camp?: number };

export function alignActors(reduce: (node: string, data: ActorDisplay) => ActorLook, look: AlignmentLook, theme: Theme): (node: string, data: ActorDisplay) => ActorLook {
  if (look === NO_ALIGNMENT || (!look.campOf && !look.triad)) return reduce;
  const { campOf, triad } = look;
  const faded = CANVAS[theme].faded;
  return (node, data) => {
    const out = reduce(node, data);
    // Hidden actors stay hidden; faded ones (context, or away from a hovered actor) stay faded.
    if (out.hidden || out.color === faded) return out;
    const camp = campOf ? (campOf.get(node) ?? -1) : undefined;
    const color = camp !== undefined ? campColour(camp, theme) : out.color;
    if (!triad) return { ...out, color, camp };
    if (triad.has(node)) return { ...out, color, camp, size: (out.size ?? 1) * TRIAD_ACTOR_SCALE, highlighted: true, forceLabel: true, zIndex: 3 };
    return { ...out, color: faded, label: "", highlighted: false, zIndex: 0 };
  };
}

type RelationReducer = (edge: string, data: RelationDisplay & { type?: string }, ends?: readonly [string, string]) => RelationLook;

export function alignRelations(reduce: RelationReducer, look: AlignmentLook, slice: ViewSlice, theme: Theme): RelationReducer {
  const { triad } = look;
  if (!triad) return reduce;
  const fadedEdge = CANVAS[theme].fadedEdge;
  const { relationOrdinal, sourceOf, targetOf, actorIds } = slice.ordinals.vocabulary;
  // A line standing for several relations (a bundle) joins the same two actors as each of them.
  const inTriad = (edge: string) => {
    const i = relationOrdinal.get(edge);
    if (i === undefined) return false;
    const [s, t] = [sourceOf[i], targetOf[i]];
    return s >= 0 && t >= 0 && triad.has(actorIds[s]) && triad.has(actorIds[t]);
  };
  return (edge, data, ends) => {
    const out = reduce(edge, data, ends);
    if (out.hidden) return out;
    if (inTriad(edge)) return { ...out, size: (out.size ?? 1) * TRIAD_RELATION_SCALE, zIndex: 3 };
    const { label: _label, forceLabel: _force, ...rest } = out;
    return { ...rest, color: fadedEdge, zIndex: 0 };
  };
}
