/**
 * The composed image as PNG: the graph layer (relations and actors, no labels) drawn by
 * @sigma/export-image from the live renderer (same reducers, camera and programs) at the
 * image's resolution, with sizes scaled so it looks as on screen; then the labels where the
 * slide's plan put them (the SVG's placement: look/composition/slide-labels.ts), and the title,
 * date, legend, caption and source line around it, painted on a canvas. Browser only. Also
 * puts a PNG on the clipboard.
 */
import { drawOnCanvas } from "@sigma/export-image";
import type { Change } from "../../model/compare";
import type Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { swatchDash, swatchDots, type Fit } from "../../look/composition/layout";
import { planSlide, type SlideLabel } from "../../look/composition/slide-labels";
import { estimateWidth, FONT, inkOf, reink, TYPE, type Ink } from "../../look/composition/style";
import type { CompositionOptions, Scene } from "../../look/composition/types";
import type { Manner } from "../../look/relation-look";

/**
 * The graph layer at k image pixels per view pixel. sigma sizes things in CSS pixels and draws
 * them at the device pixel ratio, so the temporary renderer gets the view's size × k / dpr and
 * every size (actors, relations, padding, labels) is scaled by the same factor: the picture is
 * the view's, only sharper.
 */
async function drawGraphLayer(sigma: Sigma, scene: Scene, fit: Fit, ink: Ink): Promise<HTMLCanvasElement> {
  const dpr = window.devicePixelRatio || 1;
  const c = fit.k / dpr;
  const width = Math.max(1, Math.round(scene.width * c));
  const height = Math.max(1, Math.round(scene.height * c));
  const live = sigma.getSettings();
  const nodeReducer = live.nodeReducer;
  const edgeReducer = live.edgeReducer;
  const sigmaSettings: Partial<Settings> = {
    nodeReducer: (node, attributes) => {
      const d = (nodeReducer ? nodeReducer(node, attributes) : attributes) as Partial<NodeDisplayData> & { kind?: string; camp?: number };
      const color = d.color && reink(d.color, { kind: d.kind, camp: d.camp }, ink.theme);
      return { ...d, color, size: (d.size ?? 1) * c, highlighted: false, forceLabel: !!d.label && !d.hidden };
    },
    edgeReducer: (edge, attributes) => {
      // Possible relations are drawn dashed by their own programs (render/patterned-programs.ts).
      const d = (edgeReducer ? edgeReducer(edge, attributes) : attributes) as Partial<EdgeDisplayData> & { family?: string; manner?: Manner; possible?: boolean; change?: Change };
      const color = d.color && reink(d.color, { family: d.family, manner: d.manner, possible: d.possible, change: d.change }, ink.theme);
      return { ...d, color, size: (d.size ?? 1) * c };
    },
    stagePadding: live.stagePadding * c,
    minEdgeThickness: live.minEdgeThickness * c,
    enableEdgeEvents: false,
    renderEdgeLabels: false,
  };
  return drawOnCanvas(sigma, {
    width,
    height,
    backgroundColor: "transparent",
    cameraState: sigma.getCamera().getState(),
    sigmaSettings,
    // Labels are the plan's, drawn over this layer; no hover layers: the image shows no hover box.
    layers: ["edges", "nodes"],
  });
}

/** The plan's labels, each with a halo of the background so it stays legible over relations. */
function drawLabels(context: CanvasRenderingContext2D, labels: readonly SlideLabel[], ink: Ink): void {
  context.save();
  context.textBaseline = "alphabetic";
  context.lineJoin = "round";
  for (const l of labels) {
    context.font = `${l.bold ? TYPE.labelWeight : 400} ${l.px}px ${FONT}`;
    context.textAlign = l.anchor === "middle" ? "center" : l.anchor === "end" ? "right" : "left";
    if (ink.halo) {
      context.strokeStyle = ink.halo;
      context.lineWidth = l.px * 0.22;
      context.strokeText(l.text, l.x, l.y);
    }
    context.fillStyle = l.kind === "actor" ? ink.text : ink.muted;
    context.fillText(l.text, l.x, l.y);
  }
  context.restore();
}

export async function composePng(sigma: Sigma, scene: Scene, options: CompositionOptions): Promise<Blob> {
  const canvas = document.createElement("canvas");
  canvas.width = options.width;
  canvas.height = options.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error(`composePng: no 2D canvas context for a ${options.width}×${options.height} image`);
  const ink = inkOf(options.background);
  // The SVG's own plan, measured the same way (widths estimated on the wide side), so a PNG and
  // an SVG of one view put every label and legend entry in the same place.
  const { layout, fit, labels } = planSlide(scene, options, estimateWidth);
  if (ink.fill) {
    context.fillStyle = ink.fill;
    context.fillRect(0, 0, options.width, options.height);
  }
  const layer = await drawGraphLayer(sigma, scene, fit, ink);
  const g = layout.graph;
  context.save();
  context.beginPath();
  context.rect(g.x, g.y, g.width, g.height);
  context.clip();
  context.drawImage(layer, fit.dx, fit.dy, scene.width * fit.k, scene.height * fit.k);
  context.restore();
  drawLabels(context, labels, ink);
  for (const s of layout.swatches) {
    context.fillStyle = context.strokeStyle = s.colour;
    context.beginPath();
    if (s.shape !== "dot") {
      context.lineWidth = s.thickness;
      context.lineCap = s.shape === "dashed" ? "butt" : "round";
      context.setLineDash(s.shape === "dashed" ? swatchDash(s.size) : s.shape === "dotted" ? swatchDots(s.size, s.thickness) : []);
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
    if (t.count) {
      context.fillStyle = ink.muted;
      context.fillText(t.count, t.x + context.measureText(t.text).width + t.px * 0.35, t.y);
    }
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
