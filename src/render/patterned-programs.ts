/**
 * The edge programs relations are drawn with, as sigma's own with a few lines added to their
 * shaders: straight (sigma's rectangle), straight with an arrowhead (sigma's clamped line and
 * arrowhead) and curved with or without one (@sigma/edge-curve), each solid, dashed (relations
 * only possibly active on the date) or dotted (words: accusations, demands, talks).
 *
 * A pattern adds the distance along the relation in device pixels and a fragment step that
 * leaves the pattern's gaps transparent. Dashes and dots scale with the line's width, so an
 * image drawn at 4× has them 4× as long; picking ignores the gaps, so a dotted relation is as
 * easy to hit as a solid one. Every program, solid ones too, is drawn at least PICK_WIDTH wide in
 * the picking pass only: sigma picks on a buffer of half the canvas's resolution with the line's
 * own width, where a 1.5-pixel line is under one pixel and all but impossible to click.
 *
 * The shaders are patched by text, checked against sigma 3.0.3 and @sigma/edge-curve 3.1.0: a
 * version whose shaders no longer hold the lines patched fails loudly, on the first draw, rather
 * than drawing possible relations solid, as if they were facts.
 */
import { createEdgeCurveProgram, DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS } from "@sigma/edge-curve";
import { createEdgeArrowHeadProgram, createEdgeClampedProgram, createEdgeCompoundProgram, DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS, EdgeRectangleProgram, type EdgeProgramType } from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { LINE_PATTERN_STEPS, type LinePattern } from "../look/relation-look";

/**
 * The narrowest a relation is in the picking pass, in the units of its size (CSS pixels): about
 * four picking pixels, so a click up to ~4 px beside a hairline still finds it.
 */
export const PICK_WIDTH = 8;

const float = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** GLSL: how transparent a fragment `along` pixels down a line is, in `pattern`, for a line `unit` wide. */
function gapFunction(pattern: Exclude<LinePattern, "solid">): string {
  const { dash, gap } = LINE_PATTERN_STEPS[pattern];
  return `
float flGap(float along, float unit) {
  float period = ${float(dash + gap)} * unit;
  float m = mod(along, period);
  float dash = ${float(dash)} * unit;
  // One device pixel of ramp at each end of a dash, as sigma feathers the line's sides.
  return clamp(m - dash + 0.5, 0.0, 1.0) * clamp(period - m + 0.5, 0.0, 1.0) + clamp(0.5 - m, 0.0, 1.0);
}
`;
}

/** Replaces `find` in a shader, or fails naming what it looked for. */
function patch(source: string, find: string, replace: string, what: string): string {
  if (!source.includes(find)) throw new Error(`patterned-programs: the ${what} shader no longer holds ${JSON.stringify(find.trim().slice(0, 60))}; check the patch against this sigma version`);
  return source.replace(find, replace);
}

const FRAGMENT_OUT = "gl_FragColor = mix(v_color, transparent, t);";
/** Where sigma's straight programs settle a line's thickness, in size units times the size ratio. */
const STRAIGHT_THICKNESS = "float pixelsThickness = max(normalLength, minThickness * u_sizeRatio);";
/** Where @sigma/edge-curve settles a curve's thickness, in size units. */
const CURVE_THICKNESS = "float curveThickness = max(minThickness, a_thickness / u_sizeRatio);";

type Definition = { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string; UNIFORMS: readonly string[] };
type UniformInfo = { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> };
interface Patchable {
  getDefinition(): Definition;
  setUniforms(params: RenderParams, info: UniformInfo): void;
}
type PatchableClass = new (...args: never[]) => Patchable;

/**
 * A straight program (sigma's rectangle or clamped line: both place a vertex at
 * a_positionStart or a_positionEnd by a_positionCoef) in `pattern`, wide enough to pick.
 */
function straight(Base: EdgeProgramType, pattern: LinePattern): EdgeProgramType {
  const B = Base as unknown as PatchableClass;
  class Patterned extends B {
    override getDefinition(): Definition {
      const def = super.getDefinition();
      let vertex = patch(def.VERTEX_SHADER_SOURCE, STRAIGHT_THICKNESS, `${STRAIGHT_THICKNESS}\n  #ifdef PICKING_MODE\n  pixelsThickness = max(pixelsThickness, ${float(PICK_WIDTH)} * u_sizeRatio);\n  #endif`, "straight vertex");
      if (pattern === "solid") return { ...def, VERTEX_SHADER_SOURCE: vertex };
      const { minUnit } = LINE_PATTERN_STEPS[pattern];
      vertex = patch(vertex, "varying vec4 v_color;", "varying vec4 v_color;\nvarying float v_flAlong;\nvarying float v_flUnit;\nuniform vec2 u_flDimensions;", "straight vertex");
      vertex = patch(
        vertex,
        "  #ifdef PICKING_MODE\n  // For picking mode, we use the ID as the color:",
        `  vec2 flStart = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 flEnd = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_flAlong = a_positionCoef * length((flEnd - flStart) * u_flDimensions / 2.0);
  v_flUnit = max(pixelsThickness / u_sizeRatio, ${float(minUnit)}) * u_pixelRatio;

  #ifdef PICKING_MODE
  // For picking mode, we use the ID as the color:`,
        "straight vertex",
      );
      let fragment = patch(def.FRAGMENT_SHADER_SOURCE, "varying vec4 v_color;", "varying vec4 v_color;\nvarying float v_flAlong;\nvarying float v_flUnit;\n" + gapFunction(pattern), "straight fragment");
      fragment = patch(fragment, FRAGMENT_OUT, "gl_FragColor = mix(v_color, transparent, max(t, flGap(v_flAlong, v_flUnit)));", "straight fragment");
      return { ...def, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment, UNIFORMS: [...def.UNIFORMS, "u_flDimensions"] };
    }

    override setUniforms(params: RenderParams, info: UniformInfo): void {
      super.setUniforms(params, info);
      if (pattern !== "solid") info.gl.uniform2f(info.uniformLocations.u_flDimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }
  }
  return Patterned as unknown as EdgeProgramType;
}

/**
 * A curved program in `pattern`, wide enough to pick: its fragment shader already finds the curve
 * parameter t of the nearest point; the distance along is t times the curve's length (Gravesen's
 * estimate from the chord and the control polygon), even enough for the gentle bends of parallel relations.
 */
function curve(Base: EdgeProgramType, pattern: LinePattern): EdgeProgramType {
  const B = Base as unknown as PatchableClass;
  class Patterned extends B {
    override getDefinition(): Definition {
      const def = super.getDefinition();
      let vertex = patch(def.VERTEX_SHADER_SOURCE, CURVE_THICKNESS, `${CURVE_THICKNESS}\n  #ifdef PICKING_MODE\n  curveThickness = max(curveThickness, ${float(PICK_WIDTH)});\n  #endif`, "curve vertex");
      if (pattern === "solid") return { ...def, VERTEX_SHADER_SOURCE: vertex };
      const { minUnit } = LINE_PATTERN_STEPS[pattern];
      let fragment = patch(def.FRAGMENT_SHADER_SOURCE, "float det(vec2 a, vec2 b) {", `float flT;\n${gapFunction(pattern)}\nfloat det(vec2 a, vec2 b) {`, "curve fragment");
      fragment = patch(fragment, "float t = clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);", "float t = clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);\n  flT = t;", "curve fragment");
      fragment = patch(
        fragment,
        FRAGMENT_OUT,
        `float flLength = (2.0 * length(v_cpC - v_cpA) + length(v_cpB - v_cpA) + length(v_cpC - v_cpB)) / 3.0;
    float flUnit = max(v_thickness, ${float(minUnit)} * v_flPixelRatio);
    gl_FragColor = mix(v_color, transparent, max(t, flGap(flT * flLength, flUnit)));`,
        "curve fragment",
      );
      fragment = patch(fragment, "varying float v_thickness;", "varying float v_thickness;\nvarying float v_flPixelRatio;", "curve fragment");
      vertex = patch(
        patch(vertex, "varying float v_thickness;", "varying float v_thickness;\nvarying float v_flPixelRatio;", "curve vertex"),
        "v_thickness = curveThickness * u_pixelRatio;",
        "v_thickness = curveThickness * u_pixelRatio;\n  v_flPixelRatio = u_pixelRatio;",
        "curve vertex",
      );
      return { ...def, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment };
    }
  }
  return Patterned as unknown as EdgeProgramType;
}

const arrowless = { ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS, arrowHead: null };
const arrowed = { ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS, arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS };

/** The four shapes of a relation in one pattern, by the program names reducers.ts (programOf) gives. */
export function patternedPrograms(pattern: LinePattern): Record<"line" | "arrow" | "curved" | "curvedArrow", EdgeProgramType> {
  return {
    line: straight(EdgeRectangleProgram as unknown as EdgeProgramType, pattern),
    // The head stays solid, so the direction reads at a glance.
    arrow: createEdgeCompoundProgram([straight(createEdgeClampedProgram() as unknown as EdgeProgramType, pattern), createEdgeArrowHeadProgram()]),
    curved: curve(createEdgeCurveProgram(arrowless) as unknown as EdgeProgramType, pattern),
    curvedArrow: curve(createEdgeCurveProgram(arrowed) as unknown as EdgeProgramType, pattern),
  };
}
