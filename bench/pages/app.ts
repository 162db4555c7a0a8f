/**
 * The explorer benchmark page: the real app, handed a synthetic data set through its automation
 * method as an opened import would be. Records when the first frame with the data is drawn, what
 * the main thread did before it (the preparation, then the panels, the display graph and sigma's
 * first render), and when the work left for after it (the histogram, the change days, the
 * balance series' start) is done and the timeline shows its histogram.
 */
import "../../src/app/faultlines-app";
import { LATER_MEASURE } from "../../src/app/session/later-work";
import { benchData } from "./bench-data";
import { installProbe } from "./probe";

const probe = installProbe();
// Its modules loaded and run: the app's code, the bundled data set read and checked.
probe.figures.scriptStart = performance.now();
const app = document.querySelector("faultlines-app")!;
await app.updateComplete;
// The bundled data set on screen, as at any page load that names no other.
probe.figures.bundledShown = performance.now();
const { dataSet, positions, generation } = benchData();
probe.figures.generation = generation;
const asked = performance.now();
probe.figures.asked = asked;
const drawn = app.automation.showDataSet("Synthetic", dataSet, positions);
// Prepared and put in the store; the page's render, the display graph and sigma come next.
probe.figures.handedOver = performance.now();
await drawn;
// Sigma has rendered the view (its first render); the frame that shows it comes next.
probe.figures.rendered = performance.now();
await new Promise(requestAnimationFrame);
// From navigation start (time 0) to the first animation frame after the data's first render.
probe.figures.firstFrame = performance.now();
probe.figures.prepare = performance.getEntriesByName("faultlines:prepare").at(-1)?.duration ?? NaN;
// The panels' first render, the display graph and sigma's first frame: the rest before the frame.
probe.figures.firstDraw = probe.figures.firstFrame - asked - probe.figures.prepare;
const timeline = () => app.shadowRoot?.querySelector("fl-timeline");
while (!timeline()?.bins) await new Promise((resolve) => setTimeout(resolve, 20));
await new Promise(requestAnimationFrame);
probe.figures.histogramShown = performance.now();
// The work after the first frame, each piece one task (the histogram, the change days, the
// balance series' start): their own time, and the longest piece.
const laterSince = () => performance.getEntriesByName(LATER_MEASURE).filter((m) => m.startTime >= asked);
for (const end = performance.now() + 30_000; laterSince().length < 3 && performance.now() < end; ) await new Promise((resolve) => setTimeout(resolve, 20));
const later = laterSince();
probe.figures.laterWork = later.reduce((sum, m) => sum + m.duration, 0);
probe.figures.laterLongest = Math.max(0, ...later.map((m) => m.duration));
probe.watch(app.automation.inspectRenderer()!);
document.body.dataset.ready = "true";
