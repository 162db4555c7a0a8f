/**
 * Keeps the layers honest: imports flow down
 * model → import → export → state → look → render → ui → app → cli and never up, and the layers
 * that must run in both Node and the browser (model, import, export, state, look) import neither
 * the DOM-bound libraries nor Node's built-ins.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, expect, test } from "vitest";

const LAYERS = ["model", "import", "export", "state", "look", "render", "ui", "app", "cli"] as const;
type Layer = (typeof LAYERS)[number];

/** Packages each layer may not import, beyond the layer order itself. */
const FORBIDDEN: Partial<Record<Layer, RegExp>> = {
  model: /^(sigma|@sigma\/|lit|node:|graphology-layout)/,
  import: /^(sigma|@sigma\/|lit|node:|graphology-layout)/,
  export: /^(sigma|@sigma\/|lit|node:|graphology-layout)/,
  state: /^(sigma|@sigma\/|lit|node:|graphology-layout)/,
  // As state, but the actor layout (look/layout.ts) is ForceAtlas2's own pure code, run
  // synchronously by the command line and the import worker: its main module and the iteration
  // step, helpers and defaults it steps through. Its web-worker supervisor stays in render/.
  look: /^(sigma|@sigma\/|lit|node:|graphology-layout(?!-forceatlas2(\/(iterate|helpers|defaults)\.js)?$))/,
  ui: /^(sigma|@sigma\/|node:)/,
  cli: /^(sigma|@sigma\/|lit)/,
};

const layerOf = (file: string): Layer | undefined => LAYERS.find((l) => normalize(file).startsWith(join("src", l) + "/"));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|(?:^|\n)\s*import\s+["']([^"']+)["']/g;

export function importsOf(text: string): string[] {
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** The problems with one import in one file, or [] when it is allowed. */
export function checkImport(file: string, specifier: string): string[] {
  const from = layerOf(file);
  if (!from) return [];
  if (specifier.startsWith(".")) {
    const target = relative(".", join(dirname(file), specifier));
    const to = layerOf(target);
    if (to && LAYERS.indexOf(to) > LAYERS.indexOf(from)) return [`${file} (${from}) imports ${specifier} (${to}), a higher layer`];
    if (!to && !target.startsWith("graph-data/")) return [`${file} imports ${specifier}, outside src/ and graph-data/`];
    return [];
  }
  const forbidden = FORBIDDEN[from];
  return forbidden?.test(specifier) ? [`${file} (${from}) imports ${specifier}, which that layer may not use`] : [];
}

describe("the rule itself", () => {
  test("catches an upward import and a forbidden package", () => {
    expect(checkImport("src/model/load.ts", "../ui/panel")).toHaveLength(1);
    expect(checkImport("src/export/gexf.ts", "../render/colours")).toHaveLength(1);
    expect(checkImport("src/model/load.ts", "sigma")).toHaveLength(1);
    expect(checkImport("src/state/store.ts", "node:fs")).toHaveLength(1);
    expect(checkImport("src/cli/run.ts", "../model/load")).toEqual([]);
    expect(checkImport("src/model/schema-check.ts", "../../graph-data/schema/actors.schema.json")).toEqual([]);
  });

  test("finds static, re-export, side-effect and dynamic imports", () => {
    expect(importsOf(`import a from "x";\nimport { b,\n c } from 'y';\nexport { d } from "z";\nimport "w";\nconst e = await import("v");`)).toEqual(["x", "y", "z", "w", "v"]);
  });
});

test("no file in src/ imports against the layer order", () => {
  const imports = sourceFiles("src").flatMap((file) => importsOf(readFileSync(file, "utf8")).map((s) => [file, s] as const));
  expect(imports.length, "the scan found no imports: the pattern is broken").toBeGreaterThan(30);
  expect(imports.flatMap(([file, s]) => checkImport(file, s))).toEqual([]);
});
