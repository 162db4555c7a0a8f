/**
 * What the graph view tells its owner about the lines under the pointer: a click on a line that
 * stands for several relations picks their pair, a click on any other line its relation; the
 * pointer over a line reports what the line stands for (for a tooltip) and leaving it, leaving
 * the canvas or moving the camera takes that back; the pointer is a hand over lines and actors.
 */
import type Sigma from "sigma";

/** A line under the pointer: the relations it stands for and where the pointer is, in the container's pixels. */
export interface HoveredLine {
  readonly relations: readonly string[];
  readonly point: { readonly x: number; readonly y: number };
}

export interface LineEvents {
  clickRelation(relation: string): void;
  /** A line standing for several relations between two actors was clicked. */
  clickPair?(pair: readonly [string, string]): void;
  /** The pointer is over a line, or left it, or the view moved under it (null). */
  hoverLine?(line: HoveredLine | null): void;
}

/** What the view knows of the lines it draws. */
export interface DrawnLineLookup {
  isBundle(edge: string): boolean;
  pairOf(edge: string): [string, string];
  relationsDrawnAs(edge: string): readonly string[];
}

export function listenToLines(sigma: Sigma, container: HTMLElement, events: LineEvents, lines: DrawnLineLookup): void {
  const pointer = (over: boolean) => (container.style.cursor = over ? "pointer" : "");
  const leave = () => {
    pointer(false);
    events.hoverLine?.(null);
  };
  sigma.on("clickEdge", ({ edge }) => {
    // The line clicked is drawn otherwise now (a bundle spreads): its tooltip goes.
    events.hoverLine?.(null);
    if (lines.isBundle(edge) && events.clickPair) events.clickPair(lines.pairOf(edge));
    else events.clickRelation(edge);
  });
  sigma.on("enterEdge", ({ edge, event }) => {
    pointer(true);
    events.hoverLine?.({ relations: lines.relationsDrawnAs(edge), point: { x: event.x, y: event.y } });
  });
  sigma.on("leaveEdge", leave);
  sigma.on("enterNode", () => pointer(true));
  sigma.on("leaveNode", () => pointer(false));
  sigma.getMouseCaptor().on("mouseleave", leave);
  // A tooltip stays by its line only while the view holds still.
  sigma.getCamera().on("updated", () => events.hoverLine?.(null));
}
