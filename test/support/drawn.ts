/**
 * What the explorer's sigma renderer draws, read from the renderer itself: the relations and
 * actors it holds with display data that is not hidden, their colours, and where actors are on
 * screen; a relation drawn by a line that stands for several (a bundle) is read in that line's look. Tests compare this with what the data says (test/support/plain-slice.ts), never with
 * the app's own idea of the slice, so a slice the renderer never receives cannot pass.
 */
import type { Page } from "playwright-core";

export interface DrawnRelation {
  readonly id: string;
  readonly color: string;
  readonly size: number;
  /** The relations of the line drawing it: itself, or a bundle's. */
  readonly line: readonly string[];
}

export interface DrawnActor {
  readonly id: string;
  readonly color: string;
  readonly label: string;
  /** Centre on the page, in CSS pixels. */
  readonly x: number;
  readonly y: number;
  /** Radius on screen, in CSS pixels. */
  readonly radius: number;
}

export interface Drawn {
  readonly relations: DrawnRelation[];
  readonly actors: DrawnActor[];
}

/**
 * Everything sigma draws in the explorer on `page`, once its pending frame is drawn. The
 * renderer is reached through the root element's read-only `inspectRenderer()`: the page
 * offers no other view of sigma's display data, and nothing here changes it.
 */
export function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const app = document.querySelector("faultlines-app");
    const sigma = app?.automation.inspectRenderer();
    if (!app || !sigma) throw new Error("drawn: the explorer has no renderer on screen");
    const rect = app.renderRoot.querySelector("#graph")!.getBoundingClientRect();
    const graph = sigma.getGraph();
    const relations = graph
      .edges()
      .map((id) => ({ id, data: sigma.getEdgeDisplayData(id) }))
      .filter(({ data }) => data && !data.hidden)
      // A line standing for several relations (a bundle) draws each of them, in its look.
      .flatMap(({ id, data }) => {
        const line = app.automation.relationsDrawnAs(id);
        return line.map((relation) => ({ id: relation, color: data!.color, size: data!.size, line }));
      });
    const actors = graph
      .nodes()
      .map((id) => ({ id, data: sigma.getNodeDisplayData(id) }))
      .filter(({ data }) => data && !data.hidden)
      .map(({ id, data }) => {
        const centre = sigma.framedGraphToViewport(data!);
        return { id, color: data!.color, label: data!.label ?? "", x: rect.left + centre.x, y: rect.top + centre.y, radius: sigma.scaleSize(data!.size) };
      });
    return { relations, actors };
  });
}

/** Ids of the relations drawn in their family's colour, not faded for context. */
export const shownRelationIds = (d: Drawn, faded: string): string[] => d.relations.filter((r) => r.color !== faded).map((r) => r.id);
