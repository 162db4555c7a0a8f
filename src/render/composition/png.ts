/**
 * The composed image as PNG: the graph layer drawn by @sigma/export-image from the live
 * renderer (same reducers, camera and programs) at the image's resolution, with sizes scaled so
 * it looks as on screen, then the title, date, legend and source line painted around it on a
 * canvas. Browser only. Also puts a PNG on the clipboard.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { fitScene, layoutComposition, placeLabel, swatchDash, type CompositionLayout, type Fit } from "../../look/composition/layout";
import { FONT, inkOf, reink, type Ink } from "../../look/composition/style";
import type { CompositionOptions, Measure, Scene } from "../../look/composition/types";

/** Measures text with a canvas, in the composition's font. */
export const canvasMeasure =
  (context: CanvasRenderingContext2D): Measure =>
  (text, px, bold) => {
    context.font = `${bold ? 700 : 400} ${px}px ${FONT}`;
    return context.measureText(text).width;
  };

/**
 * Actor labels for the image: every label (forced), with a halo of the image's background, and
 * drawn left of the actor when it would pass the graph area's right edge (`right`, in CSS px).
 */
function drawLabelFor(ink: Ink, right: number): NodeLabelDrawingFunction {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const width = context.measureText(data.label).width;
    const place = placeLabel(data.x, data.size, width, right, size * 0.25);
    const x = place.anchor === "start" ? place.x : place.x - width;
    const y = data.y + size / 3;
    if (ink.halo) {
      context.strokeStyle = ink.halo;
      context.lineWidth = size * 0.22;
      context.lineJoin = "round";
      context.strokeText(data.label, x, y);
    }
    context.fillStyle = ink.text;
    context.fillText(data.label, x, y);
  };
}

/**
 * The graph layer at k image pixels per view pixel. sigma sizes things in CSS pixels and draws
 * them at the device pixel ratio, so the temporary renderer gets the view's size × k / dpr and
 * every size (actors, relations, padding, labels) is scaled by the same factor: the picture is
 * the view's, only sharper.
 */
async function drawGraphLayer(sigma: Sigma, scene: Scene, layout: CompositionLayout, fit: Fit, ink: Ink): Promise<HTMLCanvasElement> {
  const dpr = window.devicePixelRatio || 1;
  const c = fit.k / dpr;
  const width = Math.max(1, Math.round(scene.width * c));
  const height = Math.max(1, Math.round(scene.height * c));
  const live = sigma.getSettings();
  const nodeReducer = live.nodeReducer;
  const edgeReducer = live.edgeReducer;
  const g = layout.graph;
  const sigmaSettings: Partial<Settings> = {
    nodeReducer: (node, attributes) => {
      const d = (nodeReducer ? nodeReducer(node, attributes) : attributes) as Partial<NodeDisplayData> & { kind?: string };
      const color = d.color && reink(d.color, { kind: d.kind }, ink.theme);
      return { ...d, color, size: (d.size ?? 1) * c, highlighted: false, forceLabel: !!d.label && !d.hidden };
    },
    edgeReducer: (edge, attributes) => {
      // Possible relations are drawn dashed by their own programs (render/dashed-programs.ts).
      const d = (edgeReducer ? edgeReducer(edge, attributes) : attributes) as Partial<EdgeDisplayData> & { family?: string; possible?: boolean };
      const color = d.color && reink(d.color, { family: d.family, possible: d.possible }, ink.theme);
      return { ...d, color, size: (d.size ?? 1) * c };
    },
    stagePadding: live.stagePadding * c,
    minEdgeThickness: live.minEdgeThickness * c,
    labelSize: layout.labelSize / dpr,
    defaultDrawNodeLabel: drawLabelFor(ink, Math.min(width, (g.x + g.width - fit.dx) / dpr)),
    enableEdgeEvents: false,
    renderEdgeLabels: false,
  };
  return drawOnCanvas(sigma, {
    width,
    height,
    backgroundColor: "transparent",
    cameraState: sigma.getCamera().getState(),
    sigmaSettings,
    // Not the hover layers: the image shows no hover box.
    layers: ["edges", "nodes", "labels"],
  });
}

export async function composePng(sigma: Sigma, scene: Scene, options: CompositionOptions): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = options.width;
  canvas.height = options.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error(`composePng: no 2D canvas context for a ${options.width}×${options.height} image`);
  const ink = inkOf(options.background);
  const layout = layoutComposition(options, scene.labelSize, canvasMeasure(context));
  const fit = fitScene(scene, layout.graph, layout.labelSize, options.scale);
  if (ink.fill) {
    context.fillStyle = ink.fill;
    context.fillRect(0, 0, options.width, options.height);
  }
  const layer = await drawGraphLayer(sigma, scene, layout, fit, ink);
  const g = layout.graph;
  context.save();
  context.beginPath();
  context.rect(g.x, g.y, g.width, g.height);
  context.clip();
  context.drawImage(layer, fit.dx, fit.dy, scene.width * fit.k, scene.height * fit.k);
  context.restore();
  for (const s of layout.swatches) {
    context.fillStyle = context.strokeStyle = s.colour;
    context.beginPath();
    if (s.shape === "line" || s.shape === "dashed") {
      context.lineWidth = s.thickness;
      context.lineCap = s.shape === "line" ? "round" : "butt";
      context.setLineDash(s.shape === "dashed" ? swatchDash(s.size) : []);
      context.moveTo(s.x, s.y);
      context.lineTo(s.x + s.size, s.y);
      context.stroke();
      context.setLineDash([]);
    } else {
      context.arc(s.x + s.size / 2, s.y, s.size / 2, 0, 2 * Math.PI);
      context.fill();
    }
  }
  context.textBaseline = "alphabetic";
  for (const t of layout.texts) {
    context.font = `${t.bold ? 700 : 400} ${t.px}px ${FONT}`;
    context.fillStyle = t.role === "muted" ? ink.muted : ink.text;
    context.fillText(t.text, t.x, t.y);
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(`composePng: the browser made no PNG of a ${options.width}×${options.height} canvas`))), "image/png"),
  );
}

/**
 * Puts a PNG on the clipboard. Call it from the click's own task, before awaiting anything:
 * browsers need the user's gesture, so the image goes in as a promise and is made afterwards.
 */
export function copyPng(png: Promise<Blob>): Promise<void> {
  return navigator.clipboard.write([new ClipboardItem({ "image/png": png })]);
}
