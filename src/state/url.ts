/**
 * A view as a link: the view state (date or window, filters, selection, ego view, theme) and
 * the camera written as readable query parameters, and read back. Reading checks every value
 * against the data set and says what it had to ignore, so a stale or mistyped link still opens
 * on the best view it can describe.
 *
 *   ?at=2026-02-27&hide-families=mediating&confidence=medium&possible=hidden&actor=ttp&ego=ttp:2&theme=dark&camera=0.56,0.5,1.15
 *   ?at=2026-03-01&pair=pakistan,afghan-taliban&lines=each
 *   ?at=2026-03-01&filter=kinetic
 *   ?at=2026-03-01&span=2y
 *   ?at=2026-03-01&compare=2021-09-01            (compare mode: A = 1 Sep 2021, B = 1 Mar 2026)
 *   ?from=2025-01-01&to=2026-03-31&compare=2021-01-01..2021-12-31&colour=camps&triad=pakistan,afghan-taliban,china
 *   ?from=2024-01-01&to=2024-12-31&width=deaths   (relations as wide as the deaths counted in 2024)
 *
 * Hidden types and families that equal a named preset (model/filter-presets.ts) are written as
 * its name, short and readable; read back, the name sets the preset's filter state.
 */
import { dayToIso, DateError, parseDay } from "../model/dates";
import { filterPresets, filterShowing, PRESET_NAMES, presetOf } from "../model/filter-presets";
import { CONFIDENCE_LEVELS, type Confidence, type DataSet, type Taxonomy } from "../model/types";
import type { Time } from "../model/time-words";
import { SPANS, WIDTH_BY, type Span, type Triad, type ViewState, type WidthBy } from "./view-state";

export interface CameraView {
  readonly x: number;
  readonly y: number;
  readonly ratio: number;
}

export interface LinkedView {
  readonly state: ViewState;
  readonly camera: CameraView | null;
  /** What the link held that could not be used, in words for the user. */
  readonly problems: readonly string[];
}

const round = (v: number) => Number(v.toFixed(6));

/** The hops an ego view can show, as the details panel offers them. */
export const EGO_DEPTH = { min: 1, max: 3 } as const;
/**
 * How far a link may zoom (sigma's camera ratio) and pan (in the graph's framed space, where the
 * graph spans about 0 to 1): far beyond any view the mouse can reach, yet well inside what the
 * renderer's matrices compute without overflowing or dividing by a denormal to Infinity.
 */
export const CAMERA_RATIO = { min: 1e-6, max: 1e6 } as const;
export const CAMERA_REACH = 1e6;

/**
 * The query string for a view; defaults are left out so links stay short. Given the taxonomy,
 * filters that equal a preset other than "all" are written as its name.
 */
export function viewToQuery(state: ViewState, camera: CameraView | null, defaults: ViewState, taxonomy?: Pick<Taxonomy, "families" | "types">): string {
  const q = new URLSearchParams();
  if (state.mode === "window") {
    q.set("from", dayToIso(state.from));
    q.set("to", dayToIso(state.to));
  } else if (state.at !== defaults.at) q.set("at", dayToIso(state.at));
  if (state.span !== defaults.span) q.set("span", state.span);
  const list = (key: string, ids: readonly string[]) => ids.length && q.set(key, [...ids].join(","));
  const preset = taxonomy ? presetOf(taxonomy, state) : null;
  if (preset && preset.name !== "all") q.set("filter", preset.name);
  else {
    list("hide-types", state.hiddenTypes);
    list("hide-families", state.hiddenFamilies);
  }
  list("hide-kinds", state.hiddenKinds);
  if (state.minConfidence !== defaults.minConfidence) q.set("confidence", state.minConfidence);
  if (state.hideIsolated !== defaults.hideIsolated) q.set("isolated", state.hideIsolated ? "hidden" : "shown");
  if (state.fadeHidden !== defaults.fadeHidden) q.set("fade", state.fadeHidden ? "on" : "off");
  if (state.showPossible !== defaults.showPossible) q.set("possible", state.showPossible ? "shown" : "hidden");
  if (state.selectedActor) q.set("actor", state.selectedActor);
  if (state.selectedRelation) q.set("relation", state.selectedRelation);
  if (state.selectedPair) q.set("pair", state.selectedPair.join(","));
  if (state.linePerRelation !== defaults.linePerRelation) q.set("lines", state.linePerRelation ? "each" : "bundled");
  if (state.ego) q.set("ego", `${state.ego.actor}:${state.ego.depth}`);
  if (state.theme !== defaults.theme) q.set("theme", state.theme);
  if (state.compare) q.set("compare", "at" in state.compare ? dayToIso(state.compare.at) : `${dayToIso(state.compare.from)}..${dayToIso(state.compare.to)}`);
  if (state.colourBy !== defaults.colourBy) q.set("colour", state.colourBy === "camp" ? "camps" : "kinds");
  if (state.widthBy !== defaults.widthBy) q.set("width", state.widthBy);
  if (state.selectedTriad) q.set("triad", state.selectedTriad.join(","));
  if (camera) q.set("camera", [camera.x, camera.y, camera.ratio].map(round).join(","));
  return q.toString();
}

/** Reads a view from a query string over the defaults, keeping what is valid for this data set. */
export function viewFromQuery(query: string, defaults: ViewState, dataSet: DataSet): LinkedView {
  const q = new URLSearchParams(query);
  const problems: string[] = [];
  let state: ViewState = { ...defaults };
  const set = (change: Partial<ViewState>) => (state = { ...state, ...change });

  const day = (key: string) => {
    const text = q.get(key);
    if (text === null) return undefined;
    try {
      return parseDay(text);
    } catch (e) {
      if (!(e instanceof DateError)) throw e;
      problems.push(`"${key}=${text}" is not a day (write YYYY-MM-DD); ignored`);
      return undefined;
    }
  };
  const at = day("at");
  const from = day("from");
  const to = day("to");
  if (from !== undefined && to !== undefined) {
    if (from <= to) set({ mode: "window", from, to, at: at ?? to });
    else problems.push(`the window ends (${dayToIso(to)}) before it starts (${dayToIso(from)}); ignored`);
  } else if (from !== undefined || to !== undefined) problems.push('a window needs both "from" and "to"; ignored');
  if (at !== undefined && state.mode === "at") set({ at, from: at, to: at });
  const span = q.get("span");
  if (span !== null) {
    if ((SPANS as readonly string[]).includes(span)) set({ span: span as Span });
    else problems.push(`"span=${span}" should be ${SPANS.slice(0, -1).join(", ")} or ${SPANS[SPANS.length - 1]} (all years, or the last 5 years, 2 years or 12 months); ignored`);
  }

  const ids = (key: string, known: readonly string[], what: string) => {
    const text = q.get(key);
    if (!text) return [];
    const wanted = text.split(",").filter(Boolean);
    const unknown = wanted.filter((id) => !known.includes(id));
    if (unknown.length) problems.push(`unknown ${what} ${unknown.map((u) => `"${u}"`).join(", ")} in "${key}"; ignored`);
    return wanted.filter((id) => known.includes(id));
  };
  const { taxonomy, actors, relations } = dataSet;
  set({
    hiddenTypes: ids("hide-types", taxonomy.types.map((t) => t.id), "relation type"),
    hiddenFamilies: ids("hide-families", taxonomy.families.map((f) => f.id), "family"),
    hiddenKinds: ids("hide-kinds", taxonomy.kinds.map((k) => k.id), "actor kind"),
  });
  const presetName = q.get("filter");
  if (presetName !== null) {
    const preset = filterPresets(taxonomy).find((p) => p.name === presetName);
    if (!preset) problems.push(`"filter=${presetName}" is not a filter preset (${PRESET_NAMES.join(", ")}); ignored`);
    else if (preset.unavailable) problems.push(`"filter=${presetName}" shows nothing in this data set: ${preset.unavailable}; ignored`);
    else {
      set(filterShowing(taxonomy, preset.types));
      if (q.has("hide-types") || q.has("hide-families")) problems.push(`"hide-types" and "hide-families" are ignored beside "filter=${presetName}", which says what is shown`);
    }
  }

  const confidence = q.get("confidence");
  if (confidence !== null) {
    if ((CONFIDENCE_LEVELS as readonly string[]).includes(confidence)) set({ minConfidence: confidence as Confidence });
    else problems.push(`"confidence=${confidence}" is not low, medium or high; ignored`);
  }
  const flag = (key: string, on: string, off: string) => {
    const text = q.get(key);
    if (text === null) return undefined;
    if (text === on) return true;
    if (text === off) return false;
    problems.push(`"${key}=${text}" should be ${on} or ${off}; ignored`);
    return undefined;
  };
  const isolated = flag("isolated", "hidden", "shown");
  if (isolated !== undefined) set({ hideIsolated: isolated });
  const fade = flag("fade", "on", "off");
  if (fade !== undefined) set({ fadeHidden: fade });
  // Links from before the toggle have no "possible": they show possible relations, as then.
  const possible = flag("possible", "shown", "hidden");
  if (possible !== undefined) set({ showPossible: possible });

  const actorIds = new Set(actors.map((a) => a.id));
  const actor = q.get("actor");
  if (actor !== null) {
    if (actorIds.has(actor)) set({ selectedActor: actor });
    else problems.push(`no actor "${actor}" in this data set; not selected`);
  }
  const relation = q.get("relation");
  if (relation !== null) {
    if (relations.some((r) => r.id === relation)) set({ selectedRelation: relation });
    else problems.push(`no relation "${relation}" in this data set; not selected`);
  }
  const pair = q.get("pair");
  if (pair !== null) {
    const found = pairFrom(pair, actorIds);
    if (found) set({ selectedPair: found });
    else problems.push(`"pair=${pair}" should be two actor ids of this data set, e.g. "pakistan,ttp"; not selected`);
  }
  const lines = flag("lines", "each", "bundled");
  if (lines !== undefined) set({ linePerRelation: lines });
  const ego = q.get("ego");
  if (ego !== null) {
    const m = /^(.+):(\d)$/.exec(ego);
    const depth = Number(m?.[2]);
    if (m && actorIds.has(m[1]) && (depth < EGO_DEPTH.min || depth > EGO_DEPTH.max))
      problems.push(`"ego=${ego}" asks for ${depth} hops; an ego view shows ${EGO_DEPTH.min} to ${EGO_DEPTH.max} hops, e.g. "${m[1]}:2"; ignored`);
    else if (m && actorIds.has(m[1])) set({ ego: { actor: m[1], depth } });
    else problems.push(`"ego=${ego}" should be an actor id and a number of hops, e.g. "ttp:2"; ignored`);
  }
  const theme = q.get("theme");
  if (theme !== null) {
    if (theme === "light" || theme === "dark") set({ theme });
    else problems.push(`"theme=${theme}" should be light or dark; ignored`);
  }
  const compare = q.get("compare");
  if (compare !== null) {
    const moment = momentFrom(compare);
    if (moment) set({ compare: moment });
    else problems.push(`"compare=${compare}" should be a day, e.g. 2021-09-01, or a window, e.g. 2021-09-01..2021-12-31, its start first; not comparing`);
  }
  const colour = q.get("colour");
  if (colour !== null) {
    if (colour === "camps" || colour === "kinds") set({ colourBy: colour === "camps" ? "camp" : "kind" });
    else problems.push(`"colour=${colour}" should be kinds or camps; ignored`);
  }
  const width = q.get("width");
  if (width !== null) {
    if ((WIDTH_BY as readonly string[]).includes(width)) set({ widthBy: width as WidthBy });
    else problems.push(`"width=${width}" should be ${WIDTH_BY.join(" or ")}; ignored`);
  }
  const triad = q.get("triad");
  if (triad !== null) {
    const found = triadFrom(triad, actorIds);
    if (found) set({ selectedTriad: found });
    else problems.push(`"triad=${triad}" should be three different actor ids of this data set, e.g. "pakistan,afghan-taliban,china"; not highlighted`);
  }
  let camera: CameraView | null = null;
  const cameraText = q.get("camera");
  if (cameraText !== null) {
    const parts = cameraText.split(",").map(Number);
    const [x, y, ratio] = parts;
    if (parts.length !== 3 || !parts.every(Number.isFinite) || !(ratio > 0)) problems.push(`"camera=${cameraText}" should be three numbers x,y,ratio; ignored`);
    else if (ratio < CAMERA_RATIO.min || ratio > CAMERA_RATIO.max || Math.abs(x) > CAMERA_REACH || Math.abs(y) > CAMERA_REACH)
      problems.push(`"camera=${cameraText}" is out of range: x and y should be within ±${CAMERA_REACH}, the ratio from ${CAMERA_RATIO.min} to ${CAMERA_RATIO.max} (1 shows the whole graph); ignored`);
    else camera = { x, y, ratio };
  }
  return { state, camera, problems };
}

/** Two known actors written "a,b"; ids may hold commas, so each comma is tried as the split. */
function pairFrom(text: string, known: ReadonlySet<string>): [string, string] | null {
  for (let i = text.indexOf(","); i >= 0; i = text.indexOf(",", i + 1)) {
    const [a, b] = [text.slice(0, i), text.slice(i + 1)];
    if (a !== b && known.has(a) && known.has(b)) return [a, b];
  }
  return null;
}

/** A day "YYYY-MM-DD" or a window "YYYY-MM-DD..YYYY-MM-DD" (start first), or null. */
function momentFrom(text: string): Time | null {
  try {
    const ends = text.split("..");
    if (ends.length === 1) return { at: parseDay(text) };
    if (ends.length !== 2) return null;
    const [from, to] = ends.map(parseDay);
    return from <= to ? { from, to } : null;
  } catch (e) {
    if (e instanceof DateError) return null;
    throw e;
  }
}

/** Three different known actors written "a,b,c"; ids holding commas cannot be written so. */
function triadFrom(text: string, known: ReadonlySet<string>): Triad | null {
  const ids = text.split(",");
  return ids.length === 3 && new Set(ids).size === 3 && ids.every((id) => known.has(id)) ? (ids as unknown as Triad) : null;
}
