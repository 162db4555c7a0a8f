/**
 * Test page for fl-details: the bundled data sliced on 27 Feb 2026 by the app's engine
 * (computeViewSlice on the opening view state at that day, as the app feeds the panel), the
 * panel in a 380 px sidebar. The page applies the panel's own events back (choosing a
 * counterpart shows it, Back and Close clear, the ego control sets the ego view) and records
 * them in window.__events. ?actor=ID and ?relation=ID choose the first view;
 * window.__select({ actor, relation }) later, as a click in the graph would. ?at=YYYY-MM-DD
 * slices on another day. ?extra=time adds an actor that changed kind and name, with relations
 * certainly, only possibly and not active on the day (data that does not move when the
 * bundled data set is revised).
 */
import { html, render } from "lit";
import { parseDay, parsePartialDate, parsePeriod } from "../../src/model/dates";
import { RelationIndex } from "../../src/model/relation-index";
import { timeInWords } from "../../src/model/time-words";
import type { Actor, DataSet, Relation } from "../../src/model/types";
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

/** An armed group that became a state and changed its name, and three of its relations. */
function withTimeExtras(base: DataSet): DataSet {
  const front: Actor = {
    id: "northern-front",
    label: "Northern Front",
    kind: "armed-group",
    aliases: [],
    lifetime: parsePeriod("1994/.."),
    changes: [{ from: parsePartialDate("2021-08"), kind: "state", label: "Northern Republic", note: "took the capital" }],
  };
  const relation = (id: string, type: string, period: string, note?: string): Relation => ({
    id,
    source: "northern-front",
    target: "pakistan",
    type,
    directed: type !== "rivalry",
    periods: [parsePeriod(period)],
    confidence: "medium",
    evidence: [{ source: base.sources[0].id, quote: `Quoted for ${id}` }],
    ...(note ? { note } : {}),
  });
  return {
    ...base,
    // Strikes are events: an ongoing one reads "from …, ongoing".
    taxonomy: { ...base.taxonomy, types: base.taxonomy.types.map((t) => (t.id === "airstrike" ? { ...t, timing: "event" as const } : t)) },
    actors: [...base.actors, front],
    relations: [
      ...base.relations,
      relation("front-strikes-2026-02", "airstrike", "2026-02"),
      relation("front-border-clashes", "armed-clash", "../2026-03"),
      relation("front-pakistan-rivalry", "rivalry", "2015/.."),
      relation("front-talks-2019", "negotiation", "2019-05/2019-08"),
    ],
  };
}

const data = params.get("extra") === "time" ? withTimeExtras(pageDataSet()) : pageDataSet();
const index = new RelationIndex(data);
const day = parseDay(params.get("at") ?? "2026-02-27");
const sliceRelations = computeViewSlice(index, getEmptyViewState(day)).relationIds;
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
          .timeLabel=${timeInWords({ at: day }, "as of")}
          .time=${{ at: day }}
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
