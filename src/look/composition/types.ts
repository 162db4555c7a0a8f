/**
 * The shapes the image composition works on: the drawn state of a view (Scene), what the
 * picture around it says (CompositionOptions), and the size asked for (ImageSize). Plain data,
 * so the SVG composer and the layout run in Node.
 */
import type { Change } from "../../model/compare";
import type { LabelSide } from "../label-placement";
import type { LinePattern, Manner } from "../relation-look";

/** An actor as drawn: viewport pixels of the view it was read from. */
export interface SceneNode {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  /** Radius in viewport pixels, as rendered at the camera's zoom. */
  readonly size: number;
  readonly color: string;
  /** "" when the actor is drawn without a label (faded context). */
  readonly label: string;
  /** The actor kind, so the colour can be re-inked for another background. */
  readonly kind?: string;
  /** Coloured by camp: the camp's label (-1: in none), to re-ink it and list the camps in the legend. */
  readonly camp?: number;
  /** The selected actor: its label is placed first. */
  readonly selected?: boolean;
  /** Faded context (not in the view's filters, or away from a hovered actor): drawn, but not framed. */
  readonly context?: boolean;
  /** Between 0 and 1 while a film fades the actor in or out; absent = 1. */
  readonly opacity?: number;
}

/** A relation as drawn, from the centre of its source actor to the centre of its target. */
export interface SceneEdge {
  readonly id: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
  readonly color: string;
  /** Line width in viewport pixels. */
  readonly size: number;
  /** Drawn with an arrowhead at the target. */
  readonly directed: boolean;
  /**
   * Bend of a parallel relation, as @sigma/edge-curve draws it: a quadratic Bézier whose control
   * point is the midpoint moved by curvature × (y2 − y1, x1 − x2). 0 is straight.
   */
  readonly curvature: number;
  /** Radius of the target actor, where an arrowhead's tip stops. */
  readonly targetSize: number;
  /** The relation family, so the colour can be re-inked for another background. */
  readonly family?: string;
  /** Only possibly active on the date shown: drawn dashed (style.ts, DASH). */
  readonly possible?: boolean;
  /** The line's pattern as the view draws it; absent: dashed when possible, else solid. */
  readonly pattern?: LinePattern;
  readonly manner?: Manner;
  /** In an image of a comparison, the relation's change, so its colour can be re-inked too. */
  readonly change?: Change;
  /** How many relations of one family between the pair the line stands for (a bundle); absent = 1. */
  readonly count?: number;
  /** The label the view gives the line (a spread relation's type, a bundle's count). */
  readonly label?: string;
  /** The relation type's label, for slides that label every line. */
  readonly typeLabel?: string;
  /** Between 0 and 1 while a film fades the relation in or out; absent = 1. */
  readonly opacity?: number;
}

/** What a view shows, read from the renderer after its reducers; bottom-most items first. */
export interface Scene {
  /** The view's size in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly SceneNode[];
  readonly edges: readonly SceneEdge[];
  /** The view's actor label size in CSS pixels. */
  readonly labelSize: number;
}

export type Background = "light" | "dark" | "transparent";

export interface LegendEntry {
  readonly label: string;
  readonly colour: string;
  /** How many of it the picture shows (relations of a type, actors of a kind). */
  readonly count?: number;
  /** A relation type's line pattern (solid, dotted for words, dashed when possible). */
  readonly pattern?: LinePattern;
}

/** A relation type in the legend; entries are grouped under their family's label, in order. */
export interface RelationTypeEntry extends LegendEntry {
  readonly family: string;
}

export interface CompositionLegend {
  readonly relationTypes: readonly RelationTypeEntry[];
  readonly actorKinds: readonly LegendEntry[];
  /** The heading over `actorKinds`: "Actors" (their kinds) unless said, e.g. "Actors by camp". */
  readonly actorsHeading?: string;
  /**
   * Whether some visible relations are only possibly active: the legend then says how those
   * are drawn (dashed, `colour`) apart from the certain ones (solid, `certain`).
   */
  readonly possible?: { readonly colour: string; readonly certain: string } | null;
  /**
   * What a line's width means when it is not confidence (deaths, look/relation-width.ts): its
   * heading and a few lines at their widths (view pixels) with their numbers, in `colour`.
   */
  readonly widths?: { readonly heading: string; readonly colour: string; readonly entries: readonly { readonly label: string; readonly width: number }[] } | null;
}

export interface CompositionOptions {
  /** The image's size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Text, stroke and margin scale: 1 is the size things have on screen. See targetOf. */
  readonly scale: number;
  readonly title: string;
  /** "as of 27 Feb 2026", "between 1 Jan 2025 and 31 Mar 2026". */
  readonly dateLabel: string;
  /** Colours must be those of the background's ink (legendOf does this). */
  readonly legend: CompositionLegend;
  /** "Sources: Saint-Mézard, Ifri, 31 Mar 2026; Yusufzai, undated". */
  readonly sourceLine: string;
  /** Transparent images are inked as for a light slide. */
  readonly background: Background;
  /** Says which relations the picture summarises (bundles), above the source line; "" or absent: none. */
  readonly caption?: string;
  /** Every drawn line labelled with its type (or its count, for a bundle). */
  readonly labelRelations?: boolean;
  /** A film's fixed frame: the legend column at this width and the fit as given, never searched for. */
  readonly frame?: SlideFrame;
  /** "large": the date line in large type, above the rest; in a film it is what changes from frame to frame. */
  readonly dateStyle?: "large";
  /**
   * In a film, the side each actor's name stood on in the step before, tried first (with a
   * fixed frame), so names stay by their actors on the same side instead of hopping about.
   */
  readonly labelSides?: ReadonlyMap<string, LabelSide>;
}

/** How the view's drawing maps into the graph area: image point = (dx + k·x, dy + k·y). */
export interface Fit {
  readonly k: number;
  readonly dx: number;
  readonly dy: number;
}

/**
 * One frame for every slide of a film (look/film/film-frame.ts), so the camera and the graph
 * area never move between frames: the legend column's width, the fit of the view's drawing,
 * and the graph area (the smallest any step leaves; absent: as the slide's own layout gives it).
 */
export interface SlideFrame {
  readonly legendWidth: number;
  readonly fit: Fit;
  readonly graph?: Rect;
}

/** The size asked for: a multiple of the view, or a fixed slide size. */
export type ImageSize = { readonly kind: "scale"; readonly scale: number } | { readonly kind: "fixed"; readonly width: number; readonly height: number };

/** A rectangle in image pixels. */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Measures a text's advance width in pixels at a font size, regular or bold. */
export type Measure = (text: string, px: number, bold: boolean) => number;

export type ImageFormat = "png" | "svg";

/** What the user asked for; the rest of CompositionOptions comes from the view. */
export interface ImageSpec {
  readonly title: string;
  readonly size: ImageSize;
  readonly background: Background;
  readonly format: ImageFormat;
  /** Every drawn line labelled with its type (or count). */
  readonly labelRelations?: boolean;
}
