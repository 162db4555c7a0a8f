/**
 * A baseline page: the explorer's own timeline component over the same synthetic data, driving
 * one of the two peer approaches (bench/browser/rebuild-view.ts or scan-reducer-view.ts), so the
 * runner can drag the same slider the same way on every page. Only the graph differs: no legend
 * or details panel re-renders here, which favours the baselines.
 */
import { prepare } from "../../src/app/session/shown-data-set";
import "../../src/ui/timeline/timeline";
import { RebuildView } from "../browser/rebuild-view";
import { ScanReducerView } from "../browser/scan-reducer-view";
import { benchData } from "./bench-data";
import { installProbe } from "./probe";

const probe = installProbe();
const { dataSet, positions, generation } = benchData();
probe.figures.generation = generation;
// The data handed over: from here to the first frame is the open itself, as on the explorer page.
probe.figures.asked = performance.now();
const made = prepare("Synthetic", dataSet, positions);
if (!made.ok) throw new Error(made.problem);
const data = made.prepared;
// The baselines draw the data graph itself, not a view of it: their actors stand where the layout has them.
for (const [actor, p] of data.layout) data.graph.mergeNodeAttributes(actor, p);
const container = document.querySelector<HTMLElement>("#graph")!;
const which = new URLSearchParams(location.hash.slice(1)).get("view");
const view = which === "rebuild" ? new RebuildView(container, data.graph) : new ScanReducerView(container, data.graph);
const timeline = document.querySelector("fl-timeline")!;
Object.assign(timeline, { first: data.first, last: data.last, bins: data.histogram.get(), mode: "at", at: data.openingDay });
timeline.addEventListener("time-change", (e) => {
  if (e.change.at === undefined) return;
  timeline.at = e.change.at;
  view.show(e.change.at);
});
probe.watch(view.renderer);
view.show(data.openingDay);
await new Promise(requestAnimationFrame);
probe.figures.firstFrame = performance.now();
document.body.dataset.ready = "true";
