/**
 * Dashed versions of the edge programs the graph view draws with, for relations only possibly
 * active on the date shown: straight (sigma's rectangle), straight with an arrowhead (sigma's
 * clamped line and arrowhead) and curved with or without one (@sigma/edge-curve). Each is the
 * library's own program with two additions to its shaders: the distance along the relation in
 * device pixels, and a fragment step that leaves the gaps of the dash pattern transparent.
 * Dashes scale with the line's width, so an image drawn at 4× has dashes 4× as long; picking
 * (clicks and hovers) ignores the gaps, so a dashed relation is as easy to hit as a solid one.
 *
 * The shaders are patched by text, checked against sigma 3.0.3 and @sigma/edge-curve 3.1.0: a
 * version whose shaders no longer hold the lines patched fails loudly, on the first draw, rather
 * than drawing possible relations solid, as if they were facts.
 */
import { createEdgeCurveProgram, DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS } from "@sigma/edge-curve";
import {
  createEdgeArrowHeadProgram,
  createEdgeClampedProgram,
  createEdgeCompoundProgram,
  DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS,
  EdgeRectangleProgram,
  type EdgeProgramType,
} from "sigma/rendering";
import type { RenderParams } from "sigma/types";
import { DASH } from "../look/composition/style";

/** Lines thinner than this many CSS pixels are dashed as if this thick, so the dashes stay visible. */
const DASH_MIN_UNIT = DASH.minUnit;

const float = (v: number) => (Number.isInteger(v) ? `${v}.0` : String(v));

/** GLSL: how transparent a fragment `along` pixels down a line is, in a pattern of `unit`-wide dashes. */
const GAP_FUNCTION = `
float flGap(float along, float unit) {
  float period = ${float(DASH.dash + DASH.gap)} * unit;
  float m = mod(along, period);
  float dash = ${float(DASH.dash)} * unit;
  // One device pixel of ramp at each end of a dash, as sigma feathers the line's sides.
  return clamp(m - dash + 0.5, 0.0, 1.0) * clamp(period - m + 0.5, 0.0, 1.0) + clamp(0.5 - m, 0.0, 1.0);
}
`;

/** Replaces `find` in a shader, or fails naming what it looked for. */
function patch(source: string, find: string, replace: string, what: string): string {
  if (!source.includes(find)) throw new Error(`dashed-programs: the ${what} shader no longer holds ${JSON.stringify(find.trim().slice(0, 60))}; check the patch against this sigma version`);
  return source.replace(find, replace);
}

const FRAGMENT_OUT = "gl_FragColor = mix(v_color, transparent, t);";

type Definition = { VERTEX_SHADER_SOURCE: string; FRAGMENT_SHADER_SOURCE: string; UNIFORMS: readonly string[] };
interface Patchable {
  getDefinition(): Definition;
  setUniforms(params: RenderParams, info: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> }): void;
}
type PatchableClass = new (...args: never[]) => Patchable;

/**
 * A straight program (sigma's rectangle or clamped line: both place a vertex at
 * a_positionStart or a_positionEnd by a_positionCoef) drawn dashed.
 */
function dashedStraight(Base: EdgeProgramType): EdgeProgramType {
  const B = Base as unknown as PatchableClass;
  class Dashed extends B {
    override getDefinition(): Definition {
      const def = super.getDefinition();
      let vertex = patch(def.VERTEX_SHADER_SOURCE, "varying vec4 v_color;", "varying vec4 v_color;\nvarying float v_flAlong;\nvarying float v_flUnit;\nuniform vec2 u_flDimensions;", "straight vertex");
      vertex = patch(
        vertex,
        "  #ifdef PICKING_MODE",
        `  vec2 flStart = (u_matrix * vec3(a_positionStart, 1)).xy;
  vec2 flEnd = (u_matrix * vec3(a_positionEnd, 1)).xy;
  v_flAlong = a_positionCoef * length((flEnd - flStart) * u_flDimensions / 2.0);
  v_flUnit = max(pixelsThickness / u_sizeRatio, ${float(DASH_MIN_UNIT)}) * u_pixelRatio;

  #ifdef PICKING_MODE`,
        "straight vertex",
      );
      let fragment = patch(def.FRAGMENT_SHADER_SOURCE, "varying vec4 v_color;", "varying vec4 v_color;\nvarying float v_flAlong;\nvarying float v_flUnit;\n" + GAP_FUNCTION, "straight fragment");
      fragment = patch(fragment, FRAGMENT_OUT, "gl_FragColor = mix(v_color, transparent, max(t, flGap(v_flAlong, v_flUnit)));", "straight fragment");
      return { ...def, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment, UNIFORMS: [...def.UNIFORMS, "u_flDimensions"] };
    }

    override setUniforms(params: RenderParams, info: { gl: WebGLRenderingContext; uniformLocations: Record<string, WebGLUniformLocation> }): void {
      super.setUniforms(params, info);
      info.gl.uniform2f(info.uniformLocations.u_flDimensions, params.width * params.pixelRatio, params.height * params.pixelRatio);
    }
  }
  return Dashed as unknown as EdgeProgramType;
}

/**
 * A curved program drawn dashed: its fragment shader already finds the curve parameter t of the
 * nearest point; the distance along is t times the curve's length (Gravesen's estimate from the
 * chord and the control polygon), which is even enough for the gentle bends of parallel relations.
 */
function dashedCurve(Base: EdgeProgramType): EdgeProgramType {
  const B = Base as unknown as PatchableClass;
  class Dashed extends B {
    override getDefinition(): Definition {
      const def = super.getDefinition();
      let fragment = patch(def.FRAGMENT_SHADER_SOURCE, "float det(vec2 a, vec2 b) {", `float flT;\n${GAP_FUNCTION}\nfloat det(vec2 a, vec2 b) {`, "curve fragment");
      fragment = patch(fragment, "float t = clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);", "float t = clamp((ap + bp) / (2.0 * a + b + d), 0.0, 1.0);\n  flT = t;", "curve fragment");
      fragment = patch(
        fragment,
        FRAGMENT_OUT,
        `float flLength = (2.0 * length(v_cpC - v_cpA) + length(v_cpB - v_cpA) + length(v_cpC - v_cpB)) / 3.0;
    float flUnit = max(v_thickness, ${float(DASH_MIN_UNIT)} * v_flPixelRatio);
    gl_FragColor = mix(v_color, transparent, max(t, flGap(flT * flLength, flUnit)));`,
        "curve fragment",
      );
      fragment = patch(fragment, "varying float v_thickness;", "varying float v_thickness;\nvarying float v_flPixelRatio;", "curve fragment");
      const vertex = patch(
        patch(def.VERTEX_SHADER_SOURCE, "varying float v_thickness;", "varying float v_thickness;\nvarying float v_flPixelRatio;", "curve vertex"),
        "v_thickness = curveThickness * u_pixelRatio;",
        "v_thickness = curveThickness * u_pixelRatio;\n  v_flPixelRatio = u_pixelRatio;",
        "curve vertex",
      );
      return { ...def, VERTEX_SHADER_SOURCE: vertex, FRAGMENT_SHADER_SOURCE: fragment };
    }
  }
  return Dashed as unknown as EdgeProgramType;
}

/** Straight, undirected. */
export const DashedLineProgram = dashedStraight(EdgeRectangleProgram as unknown as EdgeProgramType);
/** Straight with an arrowhead (the head stays solid, so the direction reads at a glance). */
export const DashedArrowProgram = createEdgeCompoundProgram([dashedStraight(createEdgeClampedProgram() as unknown as EdgeProgramType), createEdgeArrowHeadProgram()]);
/** Curved, undirected. */
export const DashedCurvedProgram = dashedCurve(createEdgeCurveProgram({ ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS, arrowHead: null }) as unknown as EdgeProgramType);
/** Curved with an arrowhead. */
export const DashedCurvedArrowProgram = dashedCurve(createEdgeCurveProgram({ ...DEFAULT_EDGE_CURVE_PROGRAM_OPTIONS, arrowHead: DEFAULT_EDGE_ARROW_HEAD_PROGRAM_OPTIONS }) as unknown as EdgeProgramType);
