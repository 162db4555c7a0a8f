/**
 * The explorer's keyboard shortcuts: "/" goes to the actor search, "?" lists the shortcuts,
 * Escape goes back one level of what is selected, and on the graph the arrow keys move between
 * the actors drawn and Enter goes to the details of what is selected. None acts while the user
 * types in a text field (where Escape and the arrows keep their own meaning), nor on a key a
 * component has already handled; Escape inside a dialog (import, image, export, shortcuts)
 * closes that dialog only. A Lit reactive controller: it listens on the document while the host
 * is connected.
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { nearestInDirection, nearestTo, directionOfKey, type Direction, type PlacedActor } from "../../look/nearest-in-direction";
import { labelOn } from "../../model/actor-time";
import { selectActor, selectPair, selectRelation, selectTriad, setEgo } from "../../state/producers";
import type { Store } from "../../state/store";
import type { ViewSlice } from "../../state/view-slice";
import type { Producer, ViewState } from "../../state/view-state";
import type { ShownDataSet } from "../session/shown-data-set";

export interface KeyboardHost {
  readonly store: Store<ViewState>;
  /** The data set on screen, for actors' names. */
  shown(): ShownDataSet | undefined;
  /** What of it the view state shows: only its actors are moved between. */
  slice(): ViewSlice | undefined;
  /** The focusable graph region the arrow keys act in. */
  graphRegion(): HTMLElement | null;
  /** Where an actor is drawn, in the graph region's pixels. */
  viewportPosition(actor: string): { x: number; y: number } | undefined;
  /** Moves the camera, if needed, to show an actor and its neighbours. */
  focusActor(actor: string): void;
  /** Says something politely to screen readers (a live region). */
  announce(text: string): void;
  focusSearch(): void;
  /** Moves focus to the heading of what the details panel shows. */
  focusDetails(): void;
  showShortcuts(): void;
}

/**
 * What Escape undoes: one level of the selection, never two. A relation goes back to what it
 * was opened from (its actor or pair, which stay selected under it); a pair to nothing; an ego
 * view to the full view, keeping its actor; an actor to nothing; then a highlighted triad to
 * none. Null when nothing is left.
 */
export function stepBack(state: ViewState): Producer<ViewState> | null {
  if (state.selectedRelation !== null) return selectRelation(null);
  if (state.selectedPair !== null) return selectPair(null);
  if (state.ego !== null) return setEgo(null);
  if (state.selectedActor !== null) return selectActor(null);
  if (state.selectedTriad !== null) return selectTriad(null);
  return null;
}

/** Fields whose keys are the user's own: text typed, a list's options. A slider, a checkbox or a button is not one. */
const NOT_TYPED = new Set(["button", "checkbox", "radio", "range", "color", "file", "submit", "reset", "image"]);

function isTextField(target: EventTarget): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !NOT_TYPED.has(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target.isContentEditable;
}

export class KeyboardController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly on: KeyboardHost,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener("keydown", this.onKey);
  }

  hostDisconnected(): void {
    document.removeEventListener("keydown", this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const path = e.composedPath();
    if (path.some(isTextField)) return;
    const inDialog = path.some((t) => t instanceof HTMLDialogElement);
    const graph = this.on.graphRegion();
    const onGraph = graph !== null && path[0] === graph;
    const direction = directionOfKey(e.key);
    if (e.key === "/" && !inDialog) {
      e.preventDefault();
      this.on.focusSearch();
    } else if (e.key === "?" && !inDialog) {
      e.preventDefault();
      this.on.showShortcuts();
    } else if (e.key === "Escape" && !inDialog) {
      const back = stepBack(this.on.store.state);
      if (!back) return;
      e.preventDefault();
      this.on.store.update(back);
    } else if (onGraph && direction && !e.shiftKey) {
      e.preventDefault();
      this.move(direction, graph);
    } else if (onGraph && e.key === "Enter") {
      const { selectedActor, selectedRelation, selectedPair } = this.on.store.state;
      if (selectedActor === null && selectedRelation === null && selectedPair === null) return;
      e.preventDefault();
      this.on.focusDetails();
    }
  };

  /**
   * Selects the actor nearest the selected one in `direction`, as a click on it does, and says
   * its name; with no actor of the slice selected, the one nearest the middle of the graph.
   */
  private move(direction: Direction, graph: HTMLElement): void {
    const slice = this.on.slice();
    const shown = this.on.shown();
    if (!slice || !shown) return;
    const placed: PlacedActor[] = [];
    for (const actor of slice.visibleActors) {
      const at = this.on.viewportPosition(actor);
      if (at) placed.push({ actor, x: at.x, y: at.y });
    }
    const state = this.on.store.state;
    const from = state.selectedActor !== null && slice.visibleActors.has(state.selectedActor) ? placed.find((p) => p.actor === state.selectedActor) : undefined;
    const box = graph.getBoundingClientRect();
    const next = from ? nearestInDirection(from, direction, placed) : nearestTo({ x: box.width / 2, y: box.height / 2 }, placed);
    if (next === null) {
      this.on.announce(placed.length === 0 ? "No actors are shown" : `No actor further ${direction}`);
      return;
    }
    this.on.store.update(selectActor(next));
    this.on.focusActor(next);
    const actor = shown.dataSet.actors.find((a) => a.id === next);
    this.on.announce(actor ? labelOn(actor, state.mode === "at" ? state.at : state.to) : next);
  }
}
