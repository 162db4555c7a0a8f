/**
 * An SVG slide painted onto a canvas, as the browser draws an SVG image: how a film turns each
 * composed frame (render/composition/svg.ts) into pixels for its writer. Browser only.
 */

/** Paints `svg` over the whole canvas, replacing what was there. */
export async function paintSvg(canvas: HTMLCanvasElement, svg: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(canvas.width, canvas.height);
    image.src = url;
    // decode() waits off the main thread; a broken SVG rejects here with the browser's reason.
    await image.decode();
    const context = canvas.getContext("2d");
    if (!context) throw new Error(`paintSvg: no 2D canvas context for a ${canvas.width}×${canvas.height} frame`);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
  } finally {
    URL.revokeObjectURL(url);
  }
}
