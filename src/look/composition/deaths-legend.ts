/**
 * An image of relations sized by deaths says so: its legend's key to widths, the same as the
 * legend on screen (look/relation-width.ts), drawn in the background's neutral ink. The scale's
 * top is the data set's, so every image and every frame of a film of one data set share it.
 */
import { deathsOfDataSet, type Relations } from "../../model/deaths";
import { deathsKey } from "../relation-width";
import { certaintyInk, inkOf } from "./style";
import type { Background, CompositionLegend } from "./types";

export function deathsLegendOf(dataSet: Relations, background: Background): NonNullable<CompositionLegend["widths"]> {
  const key = deathsKey(deathsOfDataSet(dataSet).largest);
  return { heading: key.heading, colour: certaintyInk(inkOf(background).theme).certain, entries: key.entries };
}
