/**
 * The explorer benchmark page: the real app, handed a synthetic data set through its automation
 * method as an opened import would be. Records when the first frame with the data is drawn.
 */
import "../../src/app/faultlines-app";
import { benchData } from "./bench-data";
import { installProbe } from "./probe";

const probe = installProbe();
const app = document.querySelector("faultlines-app")!;
await app.updateComplete;
const { dataSet, positions, generation } = benchData();
probe.figures.generation = generation;
await app.automation.showDataSet("Synthetic", dataSet, positions);
await new Promise(requestAnimationFrame);
// From navigation start (time 0) to the first animation frame after the data's first render.
probe.figures.firstFrame = performance.now();
probe.figures.prepare = performance.getEntriesByName("faultlines:prepare").at(-1)?.duration ?? NaN;
probe.watch(app.automation.inspectRenderer()!);
document.body.dataset.ready = "true";
