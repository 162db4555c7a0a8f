/**
 * An image of a comparison says so: its legend lists the four changes in the colours the
 * picture draws relations in (look/change-palette.ts), each with how many relations it holds,
 * under "Changes since 1 Sep 2021", in place of the relation types (the family colours are not
 * drawn while comparing); the possible entry and the actor kinds stay as legendOf gives them.
 */
import type { Change } from "../../model/compare";
import { CHANGE_LABELS, CHANGE_ORDER, changeColour } from "../change-palette";
import { inkOf } from "./style";
import type { Background, CompositionLegend } from "./types";

export function changeLegendOf(legend: CompositionLegend, counts: Readonly<Record<Change, number>>, since: string, background: Background): CompositionLegend {
  const { theme } = inkOf(background);
  const family = `Changes since ${since}`;
  const relationTypes = CHANGE_ORDER.filter((c) => counts[c] > 0).map((c) => ({ label: CHANGE_LABELS[c], family, colour: changeColour(c, theme), pattern: "solid" as const, count: counts[c] }));
  return { ...legend, relationTypes };
}
