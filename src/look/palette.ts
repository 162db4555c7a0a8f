/**
 * Colours for relation families and actor kinds, in light and dark themes. Chosen to stay
 * apart for the common kinds of colour blindness (Okabe–Ito based) and to pass 3:1 against
 * the background; unknown ids (a user's own taxonomy) get a stable colour from their name.
 */
import type { Theme } from "../state/view-state";

const FAMILY: Record<Theme, Record<string, string>> = {
  light: { hostile: "#c8371f", cooperative: "#1f7a4d", mediating: "#0b6fb3", structural: "#7a5195" },
  dark: { hostile: "#ff7a5c", cooperative: "#4cc38a", mediating: "#5ab4f0", structural: "#c39be0" },
};

const KIND: Record<Theme, Record<string, string>> = {
  light: { state: "#0b5cad", "armed-group": "#b5470b", "party-movement": "#8a6d00", "international-organisation": "#00796b", person: "#6a4c93" },
  dark: { state: "#6fb1ff", "armed-group": "#ff9a5a", "party-movement": "#e5c54a", "international-organisation": "#4fd1c0", person: "#c4a3f0" },
};

const FALLBACK: Record<Theme, string[]> = {
  light: ["#4d6b8a", "#8a4d6b", "#6b8a4d", "#8a6b4d", "#4d8a86"],
  dark: ["#9bb7d4", "#d49bb7", "#b7d49b", "#d4b79b", "#9bd4cf"],
};

function fallback(id: string, theme: Theme): string {
  let hash = 0;
  for (const c of id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  return FALLBACK[theme][hash % FALLBACK[theme].length];
}

/** Own keys only: a kind named "constructor" must get a colour, not Object's constructor. */
const known = (colours: Record<string, string>, id: string): string | undefined => (Object.hasOwn(colours, id) ? colours[id] : undefined);

export const familyColour = (family: string, theme: Theme): string => known(FAMILY[theme], family) ?? fallback(family, theme);
export const kindColour = (kind: string, theme: Theme): string => known(KIND[theme], kind) ?? fallback(kind, theme);

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
 * (on a dark canvas, darker, a little less so: thin lines fade faster on dark) than its family's colour, and dashed and thinner besides, so it is
 * never read as a fact; still in its family's hue, and far from the grey of faded context.
 */
export const POSSIBLE_FADE: Record<Theme, number> = { light: 0.35, dark: 0.28 };

/** A possible relation's colour: its family's, moved towards the canvas. */
export const possibleColour = (family: string, theme: Theme): string => mixColour(familyColour(family, theme), CANVAS[theme].background, POSSIBLE_FADE[theme]);
