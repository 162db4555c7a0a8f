/**
 * Relation labels on the canvas (a bundle's count, a relation's type) with a halo in the
 * background colour, as the actor labels have (labels.ts), so they stay legible over lines on
 * either theme. Sigma draws them with the edge program's own label function (@sigma/edge-curve's
 * for curves, which draws letter by letter along the curve) or its default one for straight
 * lines; both only fill their text, so each is wrapped to stroke a halo under every text it fills.
 */
import { drawStraightEdgeLabel, type EdgeLabelDrawingFunction, type EdgeProgramType } from "sigma/rendering";

/** The halo colour of each canvas the graph view draws relation labels on (its theme's background). */
const halos = new WeakMap<HTMLCanvasElement | OffscreenCanvas, string>();

export function setEdgeLabelHalo(canvas: HTMLCanvasElement, colour: string): void {
  halos.set(canvas, colour);
}

/** A label function drawing `draw`'s text over a halo; canvases without a halo get none. */
export function haloed(draw: EdgeLabelDrawingFunction): EdgeLabelDrawingFunction {
  return (context, ...rest) => {
    const halo = halos.get(context.canvas);
    if (!halo) return draw(context, ...rest);
    const fillText = context.fillText;
    context.fillText = function (text: string, x: number, y: number, maxWidth?: number) {
      const fill = this.fillStyle;
      this.strokeStyle = halo;
      this.lineWidth = 3;
      this.lineJoin = "round";
      this.strokeText(text, x, y, maxWidth);
      this.fillStyle = fill;
      fillText.call(this, text, x, y, maxWidth);
    };
    try {
      draw(context, ...rest);
    } finally {
      // The context's own method again (the patch was an own property).
      delete (context as { fillText?: unknown }).fillText;
    }
  };
}

export const drawEdgeLabel = haloed(drawStraightEdgeLabel);

/** The same programs, each with its own label function (if any) drawing over a halo. */
export function withHaloedLabels<T extends Record<string, EdgeProgramType>>(programs: T): T {
  const entries = Object.entries(programs).map(([name, Program]) => {
    const Haloed = class extends Program {
      constructor(...args: ConstructorParameters<typeof Program>) {
        super(...args);
        if (this.drawLabel) this.drawLabel = haloed(this.drawLabel);
      }
    };
    return [name, Haloed];
  });
  return Object.fromEntries(entries) as T;
}
