/**
 * Colours for relation families and actor kinds, in light and dark themes: two schemes that
 * never collide. Relations are vivid, one hue per family (vermilion, bluish green, blue, reddish
 * purple, after Okabe & Ito), in three steps of lightness by manner: a deed at full strength, a
 * standing tie deeper (further from the canvas), a word lighter (nearer it, and dotted). Actors
 * are quiet: greyed tints, far in chroma from every line colour, so a state never reads as a
 * mediating line nor an armed group as a hostile one. Checked in test/look/palette.test.ts
 * (CIEDE2000, normal and simulated deuteranopia and protanopia, greyscale, 3:1 against the
 * canvas). Unknown ids (a user's own taxonomy) get a stable colour from their name.
 */
import type { Theme } from "../state/view-state";
import type { Manner } from "./relation-look";

type Steps = Readonly<Record<Manner, string>>;

/** Lightness (CIELAB L*) per step, light: tie 25–34, deed 39–48, word 52–61; dark: word 50–59, deed 64–73, tie 79–88 (3:1 against the canvas bounds the range). */
const FAMILY_STEPS: Record<Theme, Record<string, Steps>> = {
  light: {
    hostile: { tie: "#711e00", deed: "#ab2f00", word: "#cb5a31" },
    cooperative: { tie: "#004b3b", deed: "#017059", word: "#2a9278" },
    mediating: { tie: "#00557e", deed: "#0379b1", word: "#5899cc" },
    structural: { tie: "#651e50", deed: "#953778", word: "#ae6294" },
  },
  dark: {
    hostile: { tie: "#ffb295", deed: "#ff6f3a", word: "#c5552c" },
    cooperative: { tie: "#7addbf", deed: "#24b694", word: "#228d73" },
    mediating: { tie: "#c2e0ff", deed: "#61bbfd", word: "#5294c6" },
    structural: { tie: "#fba9dd", deed: "#dc79ba", word: "#a85d8e" },
  },
};

/** Greyed tints (CIELAB chroma under 30, the lines 40–77): slate for states, umber for armed groups, sand for parties, olive for organisations, lavender for people; none neutral grey, which labels and faded context use. */
const KIND: Record<Theme, Record<string, string>> = {
  light: { state: "#434061", "armed-group": "#7d564e", "party-movement": "#a2856e", "international-organisation": "#717746", person: "#8f8aa4" },
  dark: { state: "#c7bfe4", "armed-group": "#a3847b", "party-movement": "#efd9c2", "international-organisation": "#768859", person: "#8084a4" },
};

const FALLBACK_FAMILY: Record<Theme, string[]> = {
  light: ["#4d6b8a", "#8a4d6b", "#6b8a4d", "#8a6b4d", "#4d8a86"],
  dark: ["#9bb7d4", "#d49bb7", "#b7d49b", "#d4b79b", "#9bd4cf"],
};

const FALLBACK_KIND: Record<Theme, string[]> = {
  light: ["#5f5a52", "#525a5f", "#5f525a", "#575f52"],
  dark: ["#b3aca2", "#a2abb3", "#b3a2ab", "#a8b3a2"],
};

function fallback(id: string, colours: readonly string[]): string {
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return colours[hash % colours.length];
}

/** Own keys only: a kind named "constructor" must get a colour, not Object's constructor. */
const known = <T>(colours: Record<string, T>, id: string): T | undefined => (Object.hasOwn(colours, id) ? colours[id] : undefined);

/** A family's colour at full strength: its deeds, its legend swatch. */
export const familyColour = (family: string, theme: Theme): string => familyStepColour(family, "deed", theme);

/**
 * A family's colour at a manner's step. An unknown family's steps are its colour moved towards
 * the canvas (words) or away from it (ties), as the known ones are.
 */
export function familyStepColour(family: string, manner: Manner, theme: Theme): string {
  const steps = known(FAMILY_STEPS[theme], family);
  if (steps) return steps[manner];
  const base = fallback(family, FALLBACK_FAMILY[theme]);
  if (manner === "deed") return base;
  return manner === "word" ? mixColour(base, CANVAS[theme].background, 0.25) : mixColour(base, CANVAS[theme].label, 0.4);
}

export const kindColour = (kind: string, theme: Theme): string => known(KIND[theme], kind) ?? fallback(kind, FALLBACK_KIND[theme]);

/** The known families and kinds, for the palette's checks. */
export const PALETTE_IDS = { families: Object.keys(FAMILY_STEPS.light), kinds: Object.keys(KIND.light) } as const;

/** Background, label and faded colours of the canvas per theme. */
export const CANVAS: Record<Theme, { background: string; label: string; faded: string; fadedEdge: string }> = {
  light: { background: "#ffffff", label: "#1b1f24", faded: "#e3e6ea", fadedEdge: "#eceef1" },
  dark: { background: "#14171c", label: "#e8ebef", faded: "#2c323b", fadedEdge: "#252a31" },
};

/** `colour` moved `share` of the way towards `to` (both "#rrggbb"). */
export function mixColour(colour: string, to: string, share: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  return `#${[0, 1, 2]
    .map((i) => Math.round(channel(colour, i) * (1 - share) + channel(to, i) * share))
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")}`;
}

/**
 * How far a relation only possibly active on the date is drawn towards the background: lighter
 * (on a dark canvas, darker) than its family's colour, and dashed and thinner besides, so it is
 * never read as a fact; still in its family's hue, far from the grey of faded context, and no
 * further than keeps 3:1 against the canvas (the light theme's blue sets the limit).
 */
export const POSSIBLE_FADE: Record<Theme, number> = { light: 0.25, dark: 0.28 };

/** A possible relation's colour: its family's, moved towards the canvas. */
export const possibleColour = (family: string, theme: Theme): string => mixColour(familyColour(family, theme), CANVAS[theme].background, POSSIBLE_FADE[theme]);
