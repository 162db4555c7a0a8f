/**
 * What leaves the explorer as a file: an export request from the dialog becomes a download of
 * the subset asked for (what is on screen, or everything), written by the same exporters the
 * command line uses, with the explorer's colours, sizes and the positions the user sees; an
 * image request becomes a picture of the view, downloaded or copied. CSV is two files, the
 * relations and the actors, downloaded one after the other: each opens straight in a
 * spreadsheet, where a ZIP would need unpacking first (and a library to write it). A file's text
 * is the exporters' chunks, handed to the Blob as they are: never one string, which at half a
 * million relations would pass the longest string V8 holds.
 */
import type Sigma from "sigma";
import { exportGexfChunks, type GexfViz } from "../export/gexf";
import { exportJsonChunks } from "../export/json";
import { actorsFileName, CSV_BOM, exportCsvChunks } from "../export/csv";
import { exportGraphmlChunks } from "../export/graphml";
import { timeInWords, timeOfView } from "../model/time-words";
import { possibleOnlyOf, type Subset } from "../model/subset";
import type { DataSet } from "../model/types";
import { composeImage, imageFileName } from "../render/composition/compose";
import { copyPng } from "../render/composition/png";
import type { ImageSpec } from "../look/composition/types";
import type { Position } from "../render/display-graph";
import { familyColour, kindColour } from "../look/palette";
import { actorSize } from "../look/actor-size";
import { compareSpan } from "../model/moment-words";
import type { CompareView } from "../state/compare-view";
import type { ViewSlice } from "../state/view-slice";
import type { ViewState } from "../state/view-state";
import type { ExportRequest } from "../ui/events";
import type { ImageRequest } from "../ui/image-dialog/image-request-event";
import type { ShownDataSet } from "./session/shown-data-set";

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  /** The file's text in chunks of bounded size, in order. */
  readonly parts: readonly string[];
}

/**
 * What is on screen: the visible relations and actors, the sources they cite, and the view's
 * time with the relations only possibly active then, so the export marks them as the view does.
 */
export function viewSubset(dataSet: DataSet, slice: ViewSlice, state: Pick<ViewState, "mode" | "at" | "from" | "to">): Subset {
  const cited = new Set(slice.relations.flatMap((r) => r.evidence.map((e) => e.source)));
  // Both ends of every visible relation, whatever the actor filters say.
  const ends = new Set(slice.relations.flatMap((r) => [r.source, r.target]));
  const [from, to] = state.mode === "at" ? [state.at, state.at] : [state.from, state.to];
  return {
    actors: dataSet.actors.filter((a) => slice.visibleActors.has(a.id) || ends.has(a.id)),
    relations: slice.relations,
    sources: dataSet.sources.filter((s) => cited.has(s.id)),
    time: { from, to, possibleOnly: possibleOnlyOf(slice) },
  };
}

/** What an export or an image is made of: the data set on screen, its slice, the view state and where actors stand. */
export interface ExportedView {
  readonly shown: ShownDataSet;
  readonly slice: ViewSlice;
  readonly state: ViewState;
  readonly positionOf: (actor: string) => Position | undefined;
  /** Compare mode: what is on screen is the union of both moments, each relation with its change. */
  readonly compare?: CompareView | null;
}

/** The file an export request asks for, in one of the one-file formats (all but CSV), with its text whole for a small view. */
export function exportFile(request: ExportRequest, view: ExportedView): ExportFile & { readonly text: string } {
  const files = exportFiles(request, view);
  if (files.length !== 1) throw new Error(`exportFile: the ${request.format} export makes ${files.length} files; use exportFiles`);
  return { ...files[0], text: files[0].parts.join("") };
}

/** The files an export request asks for: one, or for CSV the relations and the actors. */
export function exportFiles(request: ExportRequest, view: ExportedView): ExportFile[] {
  const { shown, state } = view;
  const { dataSet, graph } = shown;
  // A comparison's view is the union drawn, and its relations carry their change.
  const compare = request.scope === "view" ? (view.compare ?? null) : null;
  const slice = compare?.union ?? view.slice;
  const subset = request.scope === "view" ? viewSubset(dataSet, slice, state) : { actors: dataSet.actors, relations: dataSet.relations, sources: dataSet.sources };
  const when = state.mode === "at" ? isoOf(state.at) : `${isoOf(state.from)}_${isoOf(state.to)}`;
  const base = request.scope === "view" ? `faultlines-${when}` : "faultlines-all";
  if (request.format === "json") return [{ name: `${base}.json`, type: "application/json", parts: [...exportJsonChunks(subset, dataSet.taxonomy)] }];
  if (request.format === "csv") {
    const { relations, actors } = exportCsvChunks(subset, dataSet.taxonomy);
    const type = "text/csv;charset=utf-8";
    return [
      { name: `${base}.csv`, type, parts: [CSV_BOM, ...relations] },
      { name: actorsFileName(`${base}.csv`), type, parts: [CSV_BOM, ...actors] },
    ];
  }
  const degree = request.scope === "view" ? slice.degree : new Map(graph.mapNodes((n) => [n, graph.degree(n)] as const));
  const viz: GexfViz = {
    // Gephi opens on a light canvas: export the light theme's colours.
    actorColour: (kind) => kindColour(kind, "light"),
    relationColour: (family) => familyColour(family, "light"),
    position: (actor) => {
      const p = view.positionOf(actor);
      return p && { x: p.x, y: p.y };
    },
    actorSize: (actor) => actorSize(degree.get(actor) ?? 0),
  };
  const description = compare
    ? `Faultlines comparison, ${compareSpan(compare.a, compare.b)}`
    : request.scope === "view" ? `Faultlines view ${timeInWords(timeOfView(state), "from to")}` : "Faultlines data set";
  const change = compare ? (relation: string) => compare.comparison.changeOf(relation)?.change : undefined;
  if (request.format === "graphml") return [{ name: `${base}.graphml`, type: "application/graphml+xml", parts: [...exportGraphmlChunks(subset, dataSet.taxonomy, { viz, description, ...(change ? { change } : {}) })] }];
  const parts = [...exportGexfChunks(subset, dataSet.taxonomy, { mode: request.time, viz, description, ...(change ? { change } : {}) })];
  return [{ name: `${base}${request.time === "dynamic" ? "-with-time" : ""}.gexf`, type: "application/gexf+xml", parts }];
}

const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** The view as a composed image: what the image dialog and the screenshot command use. */
export function exportImage(sigma: Sigma, view: Omit<ExportedView, "positionOf">, spec: ImageSpec): Promise<Blob> {
  return composeImage({ sigma, graph: view.shown.graph, dataSet: view.shown.dataSet, slice: view.compare?.union ?? view.slice, state: view.state, compare: view.compare ?? null }, spec);
}

/** Downloads or copies an image of the view; what fails is told through `notice`. */
export function deliverImage(request: ImageRequest, image: (spec: ImageSpec) => Promise<Blob>, state: ViewState, notice: (heading: string) => void): void {
  const { action, ...spec } = request;
  const made = image(spec);
  // The clipboard must be asked while the click's user activation lasts: hand it the promise now.
  if (action === "copy") void copyPng(made).catch((error: Error) => notice(`The image could not be copied: ${error.message}`));
  else
    void made
      .then((blob) => download({ name: imageFileName(spec.title, state, spec.format), blob }))
      .catch((error: Error) => notice(`The image could not be made: ${error.message}`));
}

/** Downloads the files an export request asks for, one after the other. */
export function deliverExport(request: ExportRequest, view: ExportedView): void {
  for (const file of exportFiles(request, view)) download({ name: file.name, blob: new Blob(file.parts as string[], { type: file.type }) });
}

/** Hands a file to the browser as a download. */
export function download(file: { readonly name: string; readonly blob: Blob }): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
