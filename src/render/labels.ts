/**
 * Actor labels on the canvas. What sigma's defaults do not: a label near the right edge is
 * drawn to the left of its actor instead of running off the canvas, labels have a halo so they
 * stay legible over edges, and the hover box takes the theme's colours (the default white box
 * is unreadable in the dark theme).
 */
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
import type { Theme } from "../state/view-state";
import { CANVAS } from "../look/palette";

type LabelData = Parameters<NodeLabelDrawingFunction>[1];
type Settings = Parameters<NodeLabelDrawingFunction>[2];

const GAP = 3;

/** Where the label's text starts: right of the actor, or left of it when it would not fit. */
function labelX(context: CanvasRenderingContext2D, data: LabelData, width: number): number {
  const canvasWidth = context.canvas.width / (globalThis.devicePixelRatio || 1);
  const right = data.x + data.size + GAP;
  return right + width > canvasWidth - 4 ? data.x - data.size - GAP - width : right;
}

function setFont(context: CanvasRenderingContext2D, settings: Settings): number {
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  return size;
}

export function drawLabelFor(theme: Theme): NodeLabelDrawingFunction {
  return (context, data, settings) => {
    if (!data.label) return;
    const size = setFont(context, settings);
    const width = context.measureText(data.label).width;
    const x = labelX(context, data, width);
    // A halo in the background colour keeps a label legible where it crosses edges or another label.
    context.strokeStyle = CANVAS[theme].background;
    context.lineWidth = 3;
    context.lineJoin = "round";
    context.strokeText(data.label, x, data.y + size / 3);
    context.fillStyle = CANVAS[theme].label;
    context.fillText(data.label, x, data.y + size / 3);
  };
}

export function drawHoverFor(theme: Theme): NodeHoverDrawingFunction {
  return (context, data, settings) => {
    const size = setFont(context, settings);
    const label = data.label ?? "";
    const width = context.measureText(label).width;
    const x = labelX(context, data, width);
    const padding = 3;
    context.fillStyle = CANVAS[theme].background;
    context.strokeStyle = CANVAS[theme].label;
    context.lineWidth = 1;
    context.beginPath();
    context.arc(data.x, data.y, data.size + padding, 0, Math.PI * 2);
    context.fill();
    context.stroke();
    if (!label) return;
    context.fillRect(x - padding, data.y - size / 2 - padding, width + 2 * padding, size + 2 * padding);
    context.strokeRect(x - padding, data.y - size / 2 - padding, width + 2 * padding, size + 2 * padding);
    context.fillStyle = CANVAS[theme].label;
    context.fillText(label, x, data.y + size / 3);
  };
}
