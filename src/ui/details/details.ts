/**
 * fl-details: the side panel where the analyst reads why an actor or a relation is on the map
 * and decides whether to trust it. Views: a relation, an actor, or a hint when nothing is chosen.
 */
import { html, LitElement, type PropertyValues } from "lit";
import type { Time } from "../../model/time-words";
import type { DataSet } from "../../model/types";
import type { Theme } from "../../state/view-state";
import { ActorSelectEvent, EgoChangeEvent, PairSelectEvent, RelationSelectEvent } from "../events";
import { controlStyles } from "../theme";
import { actorView } from "./actor-view";
import type { DetailsActions, ViewContext } from "./details-actions";
import { actorLabel, actorRelationGroups, indexDataSet, pairRelationRows, type DataIndex } from "./details-model";
import { detailsStyles } from "./details.styles";
import { relationDetailsStyles } from "./relation-details.styles";
import { storyStyles } from "./story.styles";
import { pairLabel, pairView } from "./pair-view";
import { EVIDENCE_PAGE } from "./evidence-model";
import { relationView } from "./relation-view";
import { actorStoryItems, counterparts, pairStoryItems, type StoryView } from "./story-model";

const EMPTY_DATA: DataSet = { taxonomy: { families: [], types: [], kinds: [] }, actors: [], relations: [], sources: [] };

/**
 * @summary Details of the selected relation (its type, direction, each period in words that say
 * how much is known, whether it is certainly, only possibly or not active at the time shown,
 * confidence, note and verbatim evidence with citations) or actor (kind at the time shown and
 * its dated changes, names over time, description, aliases, lifetime, ego control and its
 * relations in the current slice, the only possibly active marked so, "Story with…" a
 * counterpart and its own story), or a pair of actors (the relations between them in the
 * current slice, then their story: every relation between them over all time, oldest first, as
 * lanes on a time axis and as a chronology, each saying whether the view shows it now). The
 * relation wins over the pair, the pair over the actor.
 *
 * Moving from view to view from inside the panel puts the focus on the new view's heading.
 * The element scrolls internally: give it a height (e.g. fill a sidebar).
 *
 * @fires actor-select - ActorSelectEvent: a counterpart or party was chosen, or null on Close.
 * @fires relation-select - RelationSelectEvent: a relation row was chosen, or null on Back / Close.
 * @fires ego-change - EgoChangeEvent: show only this actor's network to a depth, or null for everything.
 * @fires pair-select - PairSelectEvent: "Story with…" chose two actors.
 *
 * @slot overview - Shown under the hint while nothing is selected (the ranking of who matters).
 * @slot actor - Shown in the actor view under its relations (its rank over time).
 *
 * @csspart close - The Close button.
 * @csspart back - The "Back to <actor>" button of the relation and pair views.
 * @csspart relation - A relation row's button in the actor view.
 * @csspart actor-link - A button naming an actor (counterpart, source, target).
 * @csspart evidence - One piece of evidence: the quote and its citation.
 */
export class FlDetails extends LitElement {
  static override styles = [controlStyles, detailsStyles, relationDetailsStyles, storyStyles];
  static override properties = {
    dataSet: { attribute: false },
    actor: { attribute: false },
    relation: { attribute: false },
    pair: { attribute: false },
    sliceRelations: { attribute: false },
    keptByFilters: { attribute: false },
    timeLabel: { attribute: false },
    time: { attribute: false, hasChanged: (a: Time | null, b: Time | null) => !sameTime(a, b) },
    egoDepth: { attribute: false },
    returnTo: { attribute: false },
    changeNote: { attribute: false },
    theme: { reflect: true },
  };

  declare dataSet: DataSet;
  /** The selected actor's id, or null. */
  declare actor: string | null;
  /** The selected relation's id, or null; shown instead of the actor when both are set. */
  declare relation: string | null;
  /** The selected pair of actors, or null; shown instead of the actor when both are set. */
  declare pair: readonly [string, string] | null;
  /** Ids of the relations in the current slice (time and filters). */
  declare sliceRelations: readonly string[];
  /**
   * The relations the filters other than time keep, for a story to mark those they hide at any
   * date; null when not given (then only those active now can be said hidden).
   */
  declare keptByFilters: ReadonlySet<string> | null;
  /** How the slice's time reads after "Relations", e.g. "as of 27 Feb 2026". */
  declare timeLabel: string;
  /** The date or window shown; null says nothing of how a relation stands then. */
  declare time: Time | null;
  /** The ego view's depth when the ego actor is this actor, else null. */
  declare egoDepth: number | null;
  /** For the family and kind swatches. */
  declare theme: Theme;
  /** What a relation's Back returns to when no actor or pair is open (compare mode's "What changed"), or null for none. */
  declare returnTo: string | null;
  /** In compare mode, what the comparison says of the selected relation, in words; otherwise null. */
  declare changeNote: string | null;

  private index: DataIndex = indexDataSet(EMPTY_DATA);
  private slice: ReadonlySet<string> = new Set();
  /** Whether focus was inside the panel when the view changed, so it should follow. */
  private focusFollows = false;
  /** An actor was chosen from what a slot holds (the ranking), which is gone by the time the view changes. */
  private chosenInSlot = false;
  /** The actor whose own story (and whose "Story with…") is open, so it stays open on the way back from one of its relations. */
  private storyOpenFor: string | null = null;
  private storyWithOpenFor: string | null = null;
  /** How much of the open relation's evidence is in the page; back to the first page for each relation. */
  private evidenceShown = EVIDENCE_PAGE;

  private readonly actions: DetailsActions = {
    selectActor: (actor) => this.dispatchEvent(new ActorSelectEvent(actor)),
    selectRelation: (relation) => this.dispatchEvent(new RelationSelectEvent(relation)),
    selectPair: (pair) => this.dispatchEvent(new PairSelectEvent(pair)),
    changeEgo: (depth) => {
      if (this.actor !== null) this.dispatchEvent(new EgoChangeEvent(depth === null ? null : { actor: this.actor, depth }));
    },
    close: () => {
      if (this.relation !== null) this.dispatchEvent(new RelationSelectEvent(null));
      // Clearing the actor clears the pair too.
      if (this.actor !== null || this.pair !== null) this.dispatchEvent(new ActorSelectEvent(null));
    },
    showEvidence: (count) => {
      this.evidenceShown = count;
      this.requestUpdate();
    },
  };

  constructor() {
    super();
    this.dataSet = EMPTY_DATA;
    this.actor = null;
    this.relation = null;
    this.pair = null;
    this.sliceRelations = [];
    this.keptByFilters = null;
    this.timeLabel = "";
    this.time = null;
    this.egoDepth = null;
    this.returnTo = null;
    this.changeNote = null;
    this.theme = "light";
    this.addEventListener(ActorSelectEvent.type, () => {
      const active = (this.getRootNode() as Document | ShadowRoot).activeElement;
      this.chosenInSlot ||= active !== this && this.contains(active);
    });
  }

  /** Which view shows: "relation:<id>", "actor:<id>" or "" for the hint. */
  private get viewKey(): string {
    if (this.relation !== null && this.index.relations.has(this.relation)) return `relation:${this.relation}`;
    if (this.pair !== null && this.pair.every((a) => this.index.actors.has(a))) return `pair:${this.pair.join(" ")}`;
    if (this.actor !== null && this.index.actors.has(this.actor)) return `actor:${this.actor}`;
    return "";
  }

  private lastViewKey = "";

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("dataSet")) this.index = indexDataSet(this.dataSet);
    if (changed.has("sliceRelations")) this.slice = new Set(this.sliceRelations);
    if (changed.has("relation") || changed.has("dataSet")) this.evidenceShown = EVIDENCE_PAGE;
    if (changed.has("actor") || changed.has("relation") || changed.has("pair") || changed.has("dataSet"))
      this.focusFollows = this.shadowRoot?.activeElement != null || this.chosenInSlot;
    this.chosenInSlot = false;
  }

  protected override updated(): void {
    const key = this.viewKey;
    if (key === this.lastViewKey) return;
    this.lastViewKey = key;
    this.scrollTop = 0;
    if (this.focusFollows) (this.renderRoot.querySelector("#title") as HTMLElement | null)?.focus();
    this.focusFollows = false;
  }

  override render() {
    const ctx: ViewContext = { index: this.index, theme: this.theme, timeLabel: this.timeLabel, time: this.time, inSlice: (id) => this.slice.has(id), actions: this.actions, changeNote: this.changeNote, evidenceShown: this.evidenceShown };
    const actor = this.actor !== null ? this.index.actors.get(this.actor) : undefined;
    const relation = this.relation !== null ? this.index.relations.get(this.relation) : undefined;
    const pair = this.pair !== null && this.pair.every((a) => this.index.actors.has(a)) ? this.pair : null;
    if (relation) return relationView(ctx, relation, pair ? pairLabel(ctx, pair) : actor ? actorLabel(ctx.index, actor.id, ctx.time) : this.returnTo);
    const kept = this.keptByFilters;
    const view: StoryView = { time: this.time, inSlice: ctx.inSlice, passesFilters: kept ? (id) => kept.has(id) : null };
    if (pair) return pairView(ctx, pair, pairRelationRows(this.index, pair, this.slice, this.time), pairStoryItems(this.index, pair, view));
    if (actor) {
      const open = this.storyOpenFor === actor.id;
      return actorView(ctx, actor, actorRelationGroups(this.index, actor.id, this.slice, this.time), this.egoDepth, {
        counterparts: counterparts(this.index, actor.id),
        withOpen: this.storyWithOpenFor === actor.id,
        withToggled: (opened) => {
          if (opened === (this.storyWithOpenFor === actor.id)) return;
          this.storyWithOpenFor = opened ? actor.id : null;
          this.requestUpdate();
        },
        count: this.index.relationsOf.get(actor.id)?.length ?? 0,
        items: open ? actorStoryItems(this.index, actor.id, view) : null,
        toggled: (opened) => {
          if (opened === open) return;
          this.storyOpenFor = opened ? actor.id : null;
          this.requestUpdate();
        },
      });
    }
    return html`<p class="hint" id="title" tabindex="-1">Click an actor or a relation, or search, to read its evidence.</p><slot name="overview"></slot>`;
  }
}

/** A new object for the same day or window is no change: the app builds one per render. */
function sameTime(a: Time | null, b: Time | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  if ("at" in a || "at" in b) return "at" in a && "at" in b && a.at === b.at;
  return a.from === b.from && a.to === b.to;
}

customElements.define("fl-details", FlDetails);

declare global {
  interface HTMLElementTagNameMap {
    "fl-details": FlDetails;
  }
}
