/**
 * The bundled data set (graph-data/), read as text at build time so the browser runs it
 * through the same loader and checks as the command line.
 */
import type { SourceText } from "../model/load";

const files = import.meta.glob("/graph-data/*.{yaml,yml,json}", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export const bundledData: SourceText[] = Object.entries(files).map(([path, text]) => ({ name: path.replace(/^\//, ""), text }));
