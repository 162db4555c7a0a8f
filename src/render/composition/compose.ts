/**
 * One call from a view to an image file: reads the scene from the renderer, builds the captions
 * (legend, date, sources) from the slice, sizes the image and composes it as PNG or SVG. What
 * the app calls when the user asks for an image.
 */
import type Sigma from "sigma";
import type { RelationGraph } from "../../model/graph";
import { dayToIso } from "../../model/dates";
import type { DataSet } from "../../model/types";
import { compareSpan, momentWords } from "../../model/moment-words";
import type { CompareView } from "../../state/compare-view";
import type { ViewSlice } from "../../state/view-slice";
import type { ViewState } from "../../state/view-state";
import { bundleCaptionOf, dateLabelOf, fileNameOf, legendOf, sourceLineOf } from "../../look/composition/captions";
import { campLegendOf } from "../../look/composition/camp-legend";
import { changeLegendOf } from "../../look/composition/change-legend";
import { deathsLegendOf } from "../../look/composition/deaths-legend";
import { composePng } from "./png";
import { sceneOf } from "./scene";
import { targetOf } from "../../look/composition/style";
import { composeSvg } from "./svg";
import type { CompositionOptions, ImageSpec, Scene } from "../../look/composition/types";

export interface ImageView {
  readonly sigma: Sigma;
  readonly graph: RelationGraph;
  readonly dataSet: DataSet;
  readonly slice: ViewSlice;
  readonly state: ViewState;
  /** Compare mode: the slice is the union drawn, and the picture says what changed from A to B. */
  readonly compare?: CompareView | null;
}

/** The options for an image of the view, as the user specified it. */
export function compositionOptionsOf(view: Omit<ImageView, "sigma" | "graph">, scene: Pick<Scene, "width" | "height" | "edges" | "nodes">, spec: ImageSpec): CompositionOptions {
  const { compare } = view;
  const byKind = legendOf(view.dataSet, view.slice, spec.background);
  const byActor = view.state.colourBy === "camp" ? campLegendOf(byKind, scene.nodes, spec.background) : byKind;
  const legend = view.state.widthBy === "deaths" ? { ...byActor, widths: deathsLegendOf(view.dataSet, spec.background) } : byActor;
  return {
    caption: bundleCaptionOf(scene.edges),
    labelRelations: !!spec.labelRelations,
    ...targetOf(spec.size, scene),
    title: spec.title,
    dateLabel: compare ? compareSpan(compare.a, compare.b) : dateLabelOf(view.state),
    legend: compare ? changeLegendOf(legend, changeTally(compare), momentWords(compare.a), spec.background) : legend,
    sourceLine: sourceLineOf(view.dataSet.sources, view.slice.relations),
    background: spec.background,
  };
}

const changeTally = ({ comparison: c }: CompareView) => ({ added: c.added.length, ended: c.ended.length, continuing: c.continuing.length, turned: c.turned.length });

/** The view as drawn, with what a slide needs besides: the selected actor, relation types' labels. */
export function sceneOfView(view: ImageView): Scene {
  const types = new Map(view.dataSet.taxonomy.types.map((t) => [t.id, t.label]));
  return sceneOf(view.sigma, view.graph, { selected: view.state.selectedActor, typeLabel: (type) => types.get(type) });
}

export async function composeImage(view: ImageView, spec: ImageSpec): Promise<Blob> {
  const scene = sceneOfView(view);
  const options = compositionOptionsOf(view, scene, spec);
  if (spec.format === "png") return composePng(view.sigma, scene, options);
  return new Blob([composeSvg(scene, options)], { type: "image/svg+xml" });
}

/**
 * Named from the title ("pakistan-afghan-taliban-march-2026.png"); with no title, by the view's
 * time: "faultlines-2026-02-27.png", "faultlines-2025-01-01_2026-03-31.svg".
 */
export function imageFileName(title: string, state: Pick<ViewState, "mode" | "at" | "from" | "to">, format: ImageSpec["format"]): string {
  const when = state.mode === "at" ? dayToIso(state.at) : `${dayToIso(state.from)}_${dayToIso(state.to)}`;
  return fileNameOf(title, `faultlines-${when}`, format);
}
