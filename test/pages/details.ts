/**
 * Test page for fl-details: the bundled data sliced on 27 Feb 2026 by the app's engine
 * (computeViewSlice on the opening view state at that day, as the app feeds the panel), the
 * panel in a 380 px sidebar. The page applies the panel's own events back (choosing a
 * counterpart shows it, Back and Close clear, the ego control sets the ego view) and records
 * them in window.__events. ?actor=ID and ?relation=ID choose the first view;
 * window.__select({ actor, relation }) later, as a click in the graph would.
 */
import { html, render } from "lit";
import { parseDay } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { computeViewSlice } from "../../src/state/view-slice";
import { getEmptyViewState, type EgoView } from "../../src/state/view-state";
import "../../src/ui/details/details";
import type { ActorSelectEvent, EgoChangeEvent, RelationSelectEvent } from "../../src/ui/events";
import { pageDataSet, params, record, themeBox } from "./search-details-fixture";

declare global {
  interface Window {
    __select: (selection: { actor?: string | null; relation?: string | null }) => void;
  }
}

const data = pageDataSet();
const index = new RelationIndex(data);
const sliceRelations = computeViewSlice(index, getEmptyViewState(parseDay("2026-02-27"))).relationIds;
const box = themeBox();
const theme = params.get("theme") === "dark" ? "dark" : "light";

let actor: string | null = params.get("actor");
let relation: string | null = params.get("relation");
let ego: EgoView | null = null;

function onActor(e: ActorSelectEvent): void {
  record("actor-select", e.actor);
  actor = e.actor;
  relation = null;
  draw();
}
function onRelation(e: RelationSelectEvent): void {
  record("relation-select", e.relation);
  relation = e.relation;
  draw();
}
function onEgo(e: EgoChangeEvent): void {
  record("ego-change", e.ego);
  ego = e.ego;
  draw();
}

window.__select = (selection) => {
  if (selection.actor !== undefined) actor = selection.actor;
  if (selection.relation !== undefined) relation = selection.relation;
  draw();
};

function draw(): void {
  render(
    html`<div style="display: grid; grid-template-columns: 1fr 380px; grid-template-rows: minmax(0, 1fr); height: 100vh">
      <main style="padding: 1rem 1.5rem">
        <h1 style="font-size: 1.2rem; margin: 0">Details test page</h1>
        <p data-testid="state">actor: ${actor ?? "none"}; relation: ${relation ?? "none"}; ego: ${ego ? `${ego.actor} ${ego.depth}` : "none"}</p>
      </main>
      <aside aria-label="Details" style="border-left: 1px solid var(--fl-border); min-height: 0">
        <fl-details
          .dataSet=${data}
          .actor=${actor}
          .relation=${relation}
          .sliceRelations=${sliceRelations}
          .timeLabel=${"as of 27 Feb 2026"}
          .egoDepth=${ego && ego.actor === actor ? ego.depth : null}
          .theme=${theme}
          @actor-select=${onActor}
          @relation-select=${onRelation}
          @ego-change=${onEgo}
        ></fl-details>
      </aside>
    </div>`,
    box,
  );
}
draw();
