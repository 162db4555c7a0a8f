/**
 * An image of actors coloured by camp says so: its legend lists the camps the picture draws, in
 * their colours and with how many actors each holds, under "Actors by camp" in place of the
 * actor kinds, whose colours the picture does not show then. Read from the scene, so the legend
 * lists exactly the actors drawn (faded context left out).
 */
import { campColour, campName } from "../camp-palette";
import { inkOf } from "./style";
import type { Background, CompositionLegend, SceneNode } from "./types";

export const CAMPS_HEADING = "Actors by camp";

export function campLegendOf(legend: CompositionLegend, nodes: readonly Pick<SceneNode, "camp" | "context">[], background: Background): CompositionLegend {
  const { theme } = inkOf(background);
  const counts = new Map<number, number>();
  for (const node of nodes) if (node.camp !== undefined && !node.context) counts.set(node.camp, (counts.get(node.camp) ?? 0) + 1);
  // Camps in label order, then the actors in none.
  const labels = [...counts.keys()].sort((a, b) => (a < 0 ? 1 : b < 0 ? -1 : a - b));
  const actorKinds = labels.map((label) => ({ label: campName(label), colour: campColour(label, theme), count: counts.get(label) }));
  return { ...legend, actorKinds, actorsHeading: CAMPS_HEADING };
}
