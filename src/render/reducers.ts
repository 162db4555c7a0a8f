/**
 * Sigma reducers: how each actor and relation looks for the current view, computed from the
 * graph's own attributes plus the view slice and a little view state. Looks never change the
 * model; slicing by date or type is a reducer concern, not a rebuild of the graph.
 * Pure functions of their inputs, so they are tested in Node.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { labelOn } from "../model/actor-time";
import type { Change } from "../model/compare";
import type { Day } from "../model/dates";
import type { ViewSlice } from "../state/view-slice";
import type { Theme } from "../state/view-state";
import { actorSize } from "../look/actor-size";
import { CANVAS, kindColour } from "../look/palette";
import { mannerOf, patternOf, relationColour, type LinePattern, type Manner } from "../look/relation-look";
import type { ParallelPlace } from "../look/parallel-relations";
import { bundleWidth, NO_BUNDLES, type Bundling } from "../look/relation-bundles";
import { CONFIDENCE_WIDTH, deathsOfLine, deathsWidth, type DeathWidths } from "../look/relation-width";
import { changeLook, type CompareInput } from "./compare-look";
import type { AlignmentLook } from "./alignment-look";

export interface ReducerInput {
  readonly slice: ViewSlice;
  /** The day actors are named and coloured as of: the date shown, or the window's last day. */
  readonly day: Day;
  /** What actor sizes are multiplied by (actorScale in look/actor-size.ts: smaller in data sets of many actors). */
  readonly sizeScale: number;
  /** Whether parallel relations are curved apart (see drawsCurves)... */
  readonly curves: boolean;
  /** ...and the places of the drawn ones that share a pair (look/parallel-relations.ts). */
  readonly parallel: ReadonlyMap<string, ParallelPlace>;
  /** Relations drawn as one line per pair, family and certainty (look/relation-bundles.ts)... */
  readonly bundles: Bundling;
  /** ...and the relations drawn alone whose type label is always shown (the selection's). */
  readonly labelled: ReadonlySet<string>;
  /** Relations drawn alone show their type where sigma has room (both actors labelled): one line per relation, or an ego view. */
  readonly typeLabelsWhereRoom: boolean;
  readonly theme: Theme;
  readonly fadeHidden: boolean;
  readonly hoveredActor: string | null;
  /** Neighbours of the hovered actor through visible relations. */
  readonly hoverNeighbours: ReadonlySet<string>;
  readonly selectedActor: string | null;
  readonly selectedRelation: string | null;
  /** Compare mode: relations coloured by their change (compare-look.ts); absent or null otherwise. */
  readonly compare?: CompareInput | null;
  /** Relations sized by the deaths counted in the time shown (look/relation-width.ts); absent or null: by confidence. */
  readonly deaths?: DeathWidths | null;
  /** Camp colours and a highlighted triad, drawn over these reducers' looks (alignment-look.ts). */
  readonly alignment?: AlignmentLook;
}

export interface ActorDisplay extends Partial<NodeDisplayData> {
  readonly kind?: string;
}

export interface RelationDisplay extends Partial<EdgeDisplayData> {
  readonly family?: string;
  /** Only possibly active on the date shown: drawn dashed, lighter and thinner. */
  readonly possible?: boolean;
  /** The relation type's manner (look/relation-look.ts): its colour's step and, with `possible`, its pattern. */
  readonly manner?: Manner;
  readonly pattern?: LinePattern;
  readonly confidence?: string;
  readonly directed?: boolean;
  readonly curvature?: number;
  /** On a line standing for several relations (a bundle), how many; absent = 1. */
  readonly count?: number;
}

/** The actors joined to `hovered` by a relation of the slice, which stay lit while it is pointed at. */
export function hoverNeighboursOf(slice: ViewSlice, hovered: string | null): ReadonlySet<string> {
  const neighbours = new Set<string>();
  if (!hovered) return neighbours;
  const { vocabulary, relations } = slice.ordinals;
  const actor = vocabulary.actorOrdinal.get(hovered);
  if (actor === undefined) return neighbours;
  for (const i of relations) {
    const [source, target] = [vocabulary.sourceOf[i], vocabulary.targetOf[i]];
    if (source === actor && target >= 0) neighbours.add(vocabulary.actorIds[target]);
    if (target === actor && source >= 0) neighbours.add(vocabulary.actorIds[source]);
  }
  return neighbours;
}

/**
 * Display data carries only what sigma and the image export read, not the actor's or relation's
 * own fields: sigma copies what a reducer returns for every item it holds on each full redraw,
 * so at tens of thousands of items a smaller object is a shorter frame.
 */
export function nodeReducerFor(input: ReducerInput) {
  const { slice, day, theme, fadeHidden, hoveredActor, hoverNeighbours, selectedActor, sizeScale } = input;
  const canvas = CANVAS[theme];
  const { actorOrdinal, dataSet } = slice.ordinals.vocabulary;
  return (node: string, data: ActorDisplay): Partial<NodeDisplayData> & { kind?: string } => {
    const { x, y } = data;
    // An actor that changes over time (the Afghan Taliban, a group and then a government) is
    // named and coloured as it was on the day.
    const a = actorOrdinal.get(node);
    const actor = a === undefined ? undefined : dataSet.actors[a];
    const label = actor?.changes ? labelOn(actor, day) : data.label;
    const visible = slice.hasActor(node);
    // At the level of the shown actors, so sigma need not sort thousands it will not draw.
    if (!visible && !fadeHidden) return { x, y, label, hidden: true, zIndex: 1 };
    const kind = slice.kindOf(node) ?? data.kind ?? "";
    const size = actorSize(slice.degreeOf(node)) * sizeScale;
    // Each look is one object literal of one shape: spreading a shared base into each was most
    // of this reducer's time at 20,000 actors.
    if (!visible) return { x, y, label: "", kind, size, color: canvas.faded, zIndex: 0 };
    const highlighted = node === selectedActor || node === hoveredActor;
    if (hoveredActor && !highlighted && !hoverNeighbours.has(node)) return { x, y, label: "", kind, size, color: canvas.faded, zIndex: 0 };
    return { x, y, label, kind, size, color: kindColour(kind, theme), highlighted, zIndex: highlighted ? 2 : 1 };
  };
}

/**
 * Past this many relations drawn, parallel relations are drawn straight. At that density curves
 * between one pair cannot be told apart anyway, and each curve fills its whole bounding
 * triangle: in software WebGL, 30,000 curved relations took seconds a frame to fill, twenty
 * times what the same relations drawn straight took.
 */
export const CURVES_MAX_DRAWN = 10_000;

export const drawsCurves = (drawnRelations: number): boolean => drawnRelations <= CURVES_MAX_DRAWN;

/** Relations drawn alone between their pair, or straight lines: nothing to curve. */
export const NO_PARALLEL: ReadonlyMap<string, ParallelPlace> = new Map();

/** Curvature for the i-th of several relations between one pair, spreading them apart. */
export function curvatureFor(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return 0;
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * 0.25;
  return (maxCurvature * index) / maxIndex;
}

/** A possible relation's width, as a share of a certain one's of the same confidence. */
export const POSSIBLE_WIDTH = 0.7;

/** The program drawing a relation: straight or curved, arrowed when directed, in its pattern (render/edge-programs.ts). */
export function programOf(curved: boolean, directed: boolean, pattern: LinePattern): string {
  const shape = curved ? (directed ? "curvedArrow" : "curved") : directed ? "arrow" : "line";
  return pattern === "solid" ? shape : `${pattern}${shape[0].toUpperCase()}${shape.slice(1)}`;
}

/** Each relation type's manner, read once per reducer: the reducer runs for every relation on every frame. */
export function mannersOf(slice: ViewSlice): ReadonlyMap<string, Manner> {
  return new Map(slice.ordinals.vocabulary.dataSet.taxonomy.types.map((t) => [t.id, mannerOf(t)]));
}

/** What the edge reducer gives sigma and the image export: RelationDisplay's fields with sigma's. */
export type RelationLook = Partial<EdgeDisplayData> & { family?: string; curvature?: number; possible?: boolean; count?: number; manner?: Manner; pattern?: LinePattern; change?: Change };

export function edgeReducerFor(input: ReducerInput) {
  const { slice, theme, fadeHidden, hoveredActor, selectedRelation, curves, parallel, bundles, labelled, typeLabelsWhereRoom, compare, deaths } = input;
  const canvas = CANVAS[theme];
  const manners = mannersOf(slice);
  const { relationOrdinal, relations } = slice.ordinals.vocabulary;
  /** A bundle looks like its strongest member: a deed before a standing tie, a tie before a word. */
  const bundleManner = (members: readonly string[]): Manner => {
    let best: Manner = "word";
    for (const id of members) {
      const i = relationOrdinal.get(id);
      const manner = i === undefined ? "tie" : (manners.get(relations[i].type) ?? "tie");
      if (manner === "deed") return manner;
      if (manner === "tie") best = manner;
    }
    return best;
  };
  const typeLabels = new Map(slice.ordinals.vocabulary.dataSet.taxonomy?.types.map((t) => [t.id, t.label]));
  // A relation's colour follows its family and manner, or its family alone when possible: worked
  // out once for each (a possible relation's mixes two colours, parsed and written out again).
  const colours = new Map<string, Partial<Record<Manner | "possible", string>>>();
  const colourOf = (family: string, manner: Manner, possible: boolean): string => {
    let ofFamily = colours.get(family);
    if (!ofFamily) colours.set(family, (ofFamily = {}));
    return (ofFamily[possible ? "possible" : manner] ??= relationColour(family, manner, theme, possible));
  };
  /** `ends` is read only while an actor is hovered. */
  return (edge: string, data: RelationDisplay & { type?: string }, ends?: readonly [string, string]): RelationLook => {
    const visible = slice.hasRelation(edge);
    // The relation's own "type" attribute is its relation type; sigma reads "type" as the
    // program to draw with, so every branch sets it. Hidden ones go to the cheapest program,
    // as do relations another relation's line stands for (a bundle's), at the level of the drawn
    // ones: sigma sorts every relation by level on each frame unless all share one.
    if ((!visible && !fadeHidden) || bundles.drawnBy.has(edge)) return { type: "line", hidden: true, zIndex: 1 };
    const bundle = bundles.bundles.get(edge);
    const count = bundle ? bundle.members.length : 1;
    // A bundle points one way only when all its relations do.
    const directed = bundle ? bundle.directed : !!data.directed;
    const place = curves ? parallel.get(edge) : undefined;
    const curved = place !== undefined;
    // Faded context (not visible) is never possible: only visible relations are marked so.
    const possible = visible && slice.isPossibleOnly(edge);
    // The relation's type as the data gives it, before sigma's program name replaces it below.
    const manner = bundle ? bundleManner(bundle.members) : (manners.get(String(data.type ?? "")) ?? "tie");
    const pattern = patternOf(manner, possible);
    const type = programOf(curved, directed, pattern);
    // By confidence: thinner when less sure, thicker when standing for several. By deaths: as
    // wide as the deaths the line's relations count, whether possible or standing for several
    // (dashes and a count say those), so a width always reads as one number.
    const size = deaths
      ? deathsWidth(deathsOfLine(deaths, bundle ? bundle.members : [edge]), deaths.largest)
      : (data.confidence === "high" || data.confidence === "medium" ? CONFIDENCE_WIDTH[data.confidence] : CONFIDENCE_WIDTH.low) * (possible ? POSSIBLE_WIDTH : 1) * bundleWidth(count);
    const family = data.family ?? "";
    const curvature = place ? curvatureFor(place.index, place.maxIndex) : undefined;
    // A bundle's label is its count; a relation alone is labelled with its type when selected
    // (forced) or when every relation has a line (where sigma finds room).
    const typeLabel = visible && (labelled.has(edge) || typeLabelsWhereRoom) ? (typeLabels.get(data.type ?? "") ?? data.type) : undefined;
    const label = count > 1 ? String(count) : typeLabel;
    // Built up in one object, in the order the keys have always had: spreading a look made of
    // optional parts into each answer was most of this reducer's time at 30,000 relations.
    const look: Mutable<RelationLook> = { type, family, manner, pattern };
    if (curved) look.curvature = curvature;
    if (possible) look.possible = possible;
    if (count > 1) look.count = count;
    if (label) (look.label = label), (look.forceLabel = count === 1 && labelled.has(edge));
    if (!visible) return Object.assign(look, { color: canvas.fadedEdge, size: 1, zIndex: 0 });
    if (hoveredActor && !(ends && (ends[0] === hoveredActor || ends[1] === hoveredActor))) return Object.assign(look, { size, color: canvas.fadedEdge, zIndex: 0 });
    const selected = edge === selectedRelation;
    const changed = compare ? changeLook(compare, edge, theme, possible) : undefined;
    if (changed) return Object.assign(look, { change: changed.change, color: changed.color, size: size * changed.width * (selected ? 2.2 : 1), zIndex: selected ? 2 : changed.zIndex });
    look.color = colourOf(family, manner, possible);
    look.size = selected ? size * 2.2 : size;
    look.zIndex = selected ? 2 : 1;
    return look;
  };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
