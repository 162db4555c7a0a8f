/**
 * Test page for the image composition: a real GraphView on the bundled data (stored layout) in
 * a 1000×600 container, and fl-image-dialog above it. testWindow.__compose runs composePng or
 * composeSvg on the view at a date and reports what the browser decodes of the result;
 * __renderSvg rasterises an SVG so the test can look at it; __scene gives the scene at a date. The dialog's requests are recorded
 * in __events. `?theme=dark` shows the view in the dark theme.
 */
import { css, html, LitElement, render } from "lit";
import { bundledData } from "../../src/app/bundled-data";
import { prepareExplorer } from "../../src/app/explorer-data";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { compositionOptionsOf } from "../../src/render/composition/compose";
import { layoutComposition } from "../../src/render/composition/layout";
import { canvasMeasure, composePng } from "../../src/render/composition/png";
import { sceneOf } from "../../src/render/composition/scene";
import { composeSvg } from "../../src/render/composition/svg";
import type { ImageSpec, Rect, Scene } from "../../src/render/composition/types";
import { GraphView } from "../../src/render/graph-view";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type Theme, type ViewState } from "../../src/state/view-state";
import "../../src/ui/image-dialog/image-dialog";
import type { ImageRequest } from "../../src/ui/image-dialog/image-request-event";
import { themeTokens } from "../../src/ui/theme";
import storedLayout from "../../graph-data/layout.json";

export interface ComposeArgs extends ImageSpec {
  /** YYYY-MM-DD */
  readonly date: string;
  readonly change?: Partial<ViewState>;
}

export interface Decoded {
  readonly width: number;
  readonly height: number;
  /** Distinct RGBA values inside the graph area. */
  readonly graphColours: number;
  readonly cornerAlpha: number;
  readonly graph: Rect;
}

export interface Composed {
  readonly type: string;
  /** The PNG, base64; or the SVG text. */
  readonly data: string;
  readonly decoded?: Decoded;
}

class CompositionTestTheme extends LitElement {
  static override styles = [themeTokens, css`:host { display: block; min-height: 100vh; background: var(--fl-bg); color: var(--fl-text); }`];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("composition-test-theme", CompositionTestTheme);

const testWindow = window as unknown as {
  __compose: (args: ComposeArgs) => Promise<Composed>;
  __pixelDifference: (a: string, b: string) => Promise<number>;
  __renderSvg: (svg: string) => Promise<string>;
  __scene: (date: string) => Scene;
  __events: ImageRequest[];
  __ready: boolean;
};

const loaded = loadDataSet(bundledData);
if (!loaded.ok) throw new Error("composition test page: the bundled data set does not load");
const data = prepareExplorer(loaded.dataSet, storedLayout as never);
const theme: Theme = new URLSearchParams(location.search).get("theme") === "dark" ? "dark" : "light";

const box = document.createElement("composition-test-theme");
box.setAttribute("theme", theme);
document.body.append(box);
render(
  html`<main style="padding: 1rem">
    <fl-image-dialog></fl-image-dialog>
    <div style="width: fit-content; border: 1px solid var(--fl-border); margin-top: 0.5rem">
      <!-- No border on the container itself: sigma's size is its offsetWidth, border included. -->
      <div id="graph" style="width: 1000px; height: 600px; background: var(--fl-bg)"></div>
    </div>
  </main>`,
  box,
);

const view = new GraphView(box.querySelector<HTMLElement>("#graph")!, data.graph, { clickActor() {}, clickRelation() {}, clickStage() {}, hoverActor() {} });
/** The renderer with the latest view drawn: the view draws at the next frame, and reading it here draws now. */
const drawn = () => view.renderer;

function show(date: string, change: Partial<ViewState> = {}) {
  const state = { ...getEmptyViewState(parseDay(date)), theme, ...change };
  const slice = computeViewSlice(data.index, state);
  view.update(slice, state);
  return { state, slice };
}

async function pixelsOf(blob: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(blob);
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext("2d", { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

const base64Of = async (blob: Blob) => {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let text = "";
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
};
const blobOf = (base64: string) => new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], { type: "image/png" });

testWindow.__compose = async ({ date, change, ...spec }) => {
  const { state, slice } = show(date, change);
  const scene = sceneOf(drawn(), data.graph);
  const options = compositionOptionsOf({ dataSet: data.dataSet, slice, state }, scene, spec);
  if (spec.format === "svg") return { type: "image/svg+xml", data: composeSvg(scene, options) };
  const blob = await composePng(drawn(), scene, options);
  const pixels = await pixelsOf(blob);
  const graph = layoutComposition(options, scene.labelSize, canvasMeasure(document.createElement("canvas").getContext("2d")!)).graph;
  const colours = new Set<number>();
  const rgba = new Uint32Array(pixels.data.buffer);
  for (let y = Math.ceil(graph.y); y < graph.y + graph.height; y++) for (let x = Math.ceil(graph.x); x < graph.x + graph.width; x++) colours.add(rgba[y * pixels.width + x]);
  const decoded = { width: pixels.width, height: pixels.height, graphColours: colours.size, cornerAlpha: pixels.data[3], graph };
  return { type: blob.type, data: await base64Of(blob), decoded };
};

/** How many pixels differ between two PNGs of the same size. */
testWindow.__pixelDifference = async (a, b) => {
  const [pa, pb] = await Promise.all([pixelsOf(blobOf(a)), pixelsOf(blobOf(b))]);
  if (pa.width !== pb.width || pa.height !== pb.height) return Infinity;
  const [ua, ub] = [new Uint32Array(pa.data.buffer), new Uint32Array(pb.data.buffer)];
  let different = 0;
  for (let i = 0; i < ua.length; i++) if (ua[i] !== ub[i]) different++;
  return different;
};

/** Rasterises an SVG as a browser renders it, to PNG base64. */
testWindow.__renderSvg = async (svg) => {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  canvas.getContext("2d")!.drawImage(image, 0, 0);
  URL.revokeObjectURL(url);
  return base64Of(await new Promise<Blob>((resolve) => canvas.toBlob((b) => resolve(b!), "image/png")));
};

/** The scene of the view at a date, as the composers see it. */
testWindow.__scene = (date) => {
  show(date);
  return sceneOf(drawn(), data.graph);
};

testWindow.__events = [];
const dialog = box.querySelector("fl-image-dialog")!;
dialog.defaultTitle = "Afghanistan–Pakistan: who does what to whom";
dialog.viewSize = { width: 1000, height: 600 };
dialog.addEventListener("image-request", (e) => testWindow.__events.push(e.request));

show("2026-02-27");
testWindow.__ready = true;
