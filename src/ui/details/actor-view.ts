/**
 * The details panel's actor view: who the actor is (its kind at the time shown, with its dated
 * changes of kind and name), the ego-network control, and its relations in the current slice,
 * grouped by family, each a button that opens the relation, those only possibly active then
 * marked so in words; and its story (actor-story.ts): "Story with…" a counterpart, and its own.
 */
import { html, nothing } from "lit";
import { formatPeriod } from "../../model/dates";
import type { Actor } from "../../model/types";
import { familyColour, kindColour } from "../../look/palette";
import type { Counterpart } from "../../model/story";
import { ownStory, storyWithControl } from "./actor-story";
import { EGO_DEPTHS, type ViewContext } from "./details-actions";
import { actorLabel, ARROW, kindHistory, kindLabel, kindsAt, labelAt, labelHistory, pairWords, type FamilyGroup, type RelationRow } from "./details-model";
import type { StoryItem } from "./story-model";

const DIRECTION_WORD = { outgoing: "to", incoming: "from", mutual: "with" } as const;

/** What the actor view shows of the actor's story: its counterparts over all time, and its own story once opened. */
export interface ActorStory {
  readonly counterparts: readonly Counterpart[];
  /** Whether "Story with…" is open. */
  readonly withOpen: boolean;
  readonly withToggled: (open: boolean) => void;
  readonly count: number;
  /** Null while its disclosure is closed. */
  readonly items: readonly StoryItem[] | null;
  readonly toggled: (open: boolean) => void;
}

export function actorView(ctx: ViewContext, actor: Actor, groups: readonly FamilyGroup[], egoDepth: number | null, story: ActorStory) {
  const count = groups.reduce((n, g) => n + g.rows.length, 0);
  // Its kinds and name at the time shown; without a time, as first recorded.
  const kinds = ctx.time ? kindsAt(actor, ctx.time) : [actor.kind];
  const label = ctx.time ? labelAt(actor, ctx.time) : actor.label;
  const kindsOverTime = kindHistory(ctx.index, actor);
  const namesOverTime = labelHistory(actor);
  return html`
    <div class="bar">
      <span class="eyebrow">Actor</span>
      <button class="close" part="close" @click=${ctx.actions.close}>Close</button>
    </div>
    <h2 id="title" tabindex="-1" dir="auto">${label}</h2>
    <p class="kind">
      ${kinds.map(
        (k, i) =>
          html`${i > 0 ? html`<span class="muted">${ctx.time && "at" in ctx.time ? "or" : "then"}</span>` : nothing}<span class="swatch" style="background:${kindColour(k, ctx.theme)}" aria-hidden="true"></span
            >${kindLabel(ctx.index, k)}`,
      )}
      ${kindsOverTime.length && ctx.time ? html`<span class="muted">${ctx.timeLabel}</span>` : nothing}
    </p>
    ${actor.description ? html`<p class="description" dir="auto">${actor.description}</p>` : nothing}
    <dl class="facts">
      ${kindsOverTime.length ? html`<dt class="wide">Kind over time</dt><dd class="wide">${historyList(kindsOverTime)}</dd>` : nothing}
      ${namesOverTime.length ? html`<dt class="wide">Names over time</dt><dd class="wide">${historyList(namesOverTime)}</dd>` : nothing}
      ${actor.aliases.length
        ? html`<dt class="wide">Also known as</dt>
            <dd class="wide">
              <ul class="aliases">
                ${actor.aliases.map((a) => html`<li><bdi dir="auto">${a}</bdi></li>`)}
              </ul>
            </dd>`
        : nothing}
      ${actor.lifetime ? html`<dt>Active</dt><dd>${formatPeriod(actor.lifetime)}</dd>` : nothing}
    </dl>
    ${egoControl(ctx, egoDepth)} ${storyWithControl(ctx, actor.id, story.counterparts, story.withOpen, story.withToggled)}
    <h3>Relations ${ctx.timeLabel} <span class="count">(${count})</span></h3>
    ${count === 0
      ? html`<p class="none">No relations active ${ctx.timeLabel}.</p>`
      : groups.map((g, i) => familyGroup(ctx, g, i))}
    <slot name="actor"></slot>
    ${ownStory(ctx, actor.id, story.count, story.items, story.toggled)}
  `;
}

/** A dated history, oldest first, one entry a line: "Armed group", "State from Aug 2021 — note". */
const historyList = (entries: readonly string[]) => html`<ol class="history">
  ${entries.map((e) => html`<li dir="auto">${e}</li>`)}
</ol>`;

function egoControl(ctx: ViewContext, egoDepth: number | null) {
  return html`<div class="ego" role="group" aria-labelledby="ego-label">
    <span id="ego-label">Show only its network</span>
    <span class="ego-buttons">
      ${EGO_DEPTHS.map(
        (d) =>
          html`<button aria-pressed=${egoDepth === d ? "true" : "false"} @click=${() => ctx.actions.changeEgo(d)}>
            ${d} ${d === 1 ? "hop" : "hops"}
          </button>`,
      )}
    </span>
    ${egoDepth !== null ? html`<button class="everything" @click=${() => ctx.actions.changeEgo(null)}>Show everything</button>` : nothing}
  </div>`;
}

function familyGroup(ctx: ViewContext, group: FamilyGroup, n: number) {
  return html`<section class="family" aria-labelledby="family-${n}">
    <h4 id="family-${n}">
      <span class="swatch" style="background:${familyColour(group.family, ctx.theme)}" aria-hidden="true"></span>${group.label}
      <span class="count">(${group.rows.length})</span>
    </h4>
    <ul class="relations">
      ${group.rows.map((row) => relationRow(ctx, row))}
    </ul>
  </section>`;
}

/** One relation as a button that opens it, with its dates and, seen from one actor, the other. */
export function relationRow(ctx: ViewContext, row: RelationRow) {
  const { relation, direction } = row;
  const counterpart = actorLabel(ctx.index, row.counterpart, ctx.time);
  const words = pairWords(ctx.index, relation, ctx.time);
  const confidence = relation.confidence === "high" ? nothing : html`<span class="visually-hidden">, </span><span class="confidence">${relation.confidence} confidence</span>`;
  const possibly = row.possibleOnly
    ? html`<span class="visually-hidden">, </span><span class="possibly" title="Its dates allow it to be active ${ctx.timeLabel}; none says it is">possibly active</span>`
    : nothing;
  return html`<li class="row">
    <button class="relation" part="relation" data-relation=${relation.id} @click=${() => ctx.actions.selectRelation(relation.id)}>
      <span class="type">${row.typeLabel}</span><span class="visually-hidden">, ${words}, </span>
      <span class="dates">${row.dates}</span>${row.possibleOnly || relation.confidence !== "high" ? html`<span class="meta">${possibly}${confidence}</span>` : nothing}
    </button>
    <span class="counterpart">
      <span class="arrow" aria-hidden="true">${ARROW[direction]}</span><span class="visually-hidden">${DIRECTION_WORD[direction]}</span>
      <button class="link" part="actor-link" data-actor=${row.counterpart} @click=${() => ctx.actions.selectActor(row.counterpart)}>
        <span dir="auto">${counterpart}</span>
      </button>
    </span>
  </li>`;
}
