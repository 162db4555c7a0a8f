// gifenc ships no types; this covers the part the GIF encoder uses (node_modules/gifenc/README.md).
declare module "gifenc" {
  /** Colours as [r, g, b] bytes. */
  export type GifPalette = number[][];
  export interface GifFrameOptions {
    palette?: GifPalette;
    first?: boolean;
    transparent?: boolean;
    transparentIndex?: number;
    /** Milliseconds; written rounded to centiseconds. */
    delay?: number;
    repeat?: number;
    dispose?: number;
  }
  export interface GifStream {
    writeFrame(index: Uint8Array, width: number, height: number, options?: GifFrameOptions): void;
    finish(): void;
    bytes(): Uint8Array;
    bytesView(): Uint8Array;
  }
  export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): GifStream;
  export function quantize(rgba: Uint8Array | Uint8ClampedArray, maxColors: number, options?: { format?: "rgb565" | "rgb444" | "rgba4444" }): GifPalette;
  export function nearestColorIndexWithDistance(palette: GifPalette, pixel: number[]): [number, number];
}
