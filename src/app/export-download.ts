/**
 * Turns an export request from the dialog into a file download: the subset asked for (what is
 * on screen, or everything), written by the same exporters the command line uses, with the
 * explorer's colours, sizes and positions.
 */
import { exportGexf, type GexfViz } from "../export/gexf";
import { exportJsonText } from "../export/json";
import { formatDay } from "../model/dates";
import type { RelationGraph } from "../model/graph";
import type { Subset } from "../model/subset";
import type { DataSet } from "../model/types";
import { familyColour, kindColour } from "../look/palette";
import { actorSize } from "../look/actor-size";
import type { ViewSlice } from "../state/view-slice";
import type { ViewState } from "../state/view-state";
import type { ExportRequest } from "../ui/events";

export interface ExportFile {
  readonly name: string;
  readonly type: string;
  readonly text: string;
}

/** What is on screen: the visible relations and actors, and the sources they cite. */
export function viewSubset(dataSet: DataSet, slice: ViewSlice): Subset {
  const cited = new Set(slice.relations.flatMap((r) => r.evidence.map((e) => e.source)));
  // Both ends of every visible relation, whatever the actor filters say.
  const ends = new Set(slice.relations.flatMap((r) => [r.source, r.target]));
  return {
    actors: dataSet.actors.filter((a) => slice.visibleActors.has(a.id) || ends.has(a.id)),
    relations: slice.relations,
    sources: dataSet.sources.filter((s) => cited.has(s.id)),
  };
}

export function exportFile(request: ExportRequest, dataSet: DataSet, graph: RelationGraph, slice: ViewSlice, state: ViewState): ExportFile {
  const subset = request.scope === "view" ? viewSubset(dataSet, slice) : { actors: dataSet.actors, relations: dataSet.relations, sources: dataSet.sources };
  const when = state.mode === "at" ? isoOf(state.at) : `${isoOf(state.from)}_${isoOf(state.to)}`;
  const base = request.scope === "view" ? `faultlines-${when}` : "faultlines-all";
  if (request.format === "json") return { name: `${base}.json`, type: "application/json", text: exportJsonText(subset, dataSet.taxonomy) };
  const degree = request.scope === "view" ? slice.degree : new Map(graph.mapNodes((n) => [n, graph.degree(n)] as const));
  const viz: GexfViz = {
    // Gephi opens on a light canvas: export the light theme's colours.
    actorColour: (kind) => kindColour(kind, "light"),
    relationColour: (family) => familyColour(family, "light"),
    position: (actor) => {
      const { x, y } = graph.getNodeAttributes(actor);
      return x === undefined || y === undefined ? undefined : { x, y };
    },
    actorSize: (actor) => actorSize(degree.get(actor) ?? 0),
  };
  const description =
    request.scope === "view" ? `Faultlines view ${state.mode === "at" ? `as of ${formatDay(state.at)}` : `from ${formatDay(state.from)} to ${formatDay(state.to)}`}` : "Faultlines data set";
  const text = exportGexf(subset, dataSet.taxonomy, { mode: request.time, viz, description });
  return { name: `${base}${request.time === "dynamic" ? "-with-time" : ""}.gexf`, type: "application/gexf+xml", text };
}

const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Hands a file to the browser as a download. */
export function download(file: { readonly name: string; readonly blob: Blob }): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = file.name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
