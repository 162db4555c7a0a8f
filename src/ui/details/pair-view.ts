/**
 * The details panel's pair view, opened by clicking a line that stands for several relations or
 * by choosing "Story with…" in an actor's view: their story first, every relation between them
 * over all time, oldest first, as lanes on a time axis and as a chronology, each item opening
 * the relation and its evidence (how did their relation evolve?); then, as a recap, those in
 * the view at the time shown (where do they stand?).
 * Each actor's own view is a click away (the way back to where the story was chosen from).
 */
import { html } from "lit";
import type { ViewContext } from "./details-actions";
import { relationRow } from "./actor-view";
import { actorLabel, type RelationRow } from "./details-model";
import type { StoryItem } from "./story-model";
import { storySection } from "./story-view";

/** "Pakistan and Afghan Taliban", as a heading and on the relation view's Back button. */
export const pairLabel = (ctx: ViewContext, pair: readonly [string, string]): string => `${actorLabel(ctx.index, pair[0], ctx.time)} and ${actorLabel(ctx.index, pair[1], ctx.time)}`;

export function pairView(ctx: ViewContext, pair: readonly [string, string], rows: readonly RelationRow[], story: readonly StoryItem[]) {
  const [first, second] = pair.map((a) => actorLabel(ctx.index, a, ctx.time));
  return html`
    <div class="bar">
      <button class="back" part="back" data-actor=${pair[0]} @click=${() => ctx.actions.selectActor(pair[0])}>
        <span aria-hidden="true">←</span> Back to <span dir="auto">${first}</span>
      </button>
      <button class="close" part="close" @click=${ctx.actions.close}>Close</button>
    </div>
    <span class="eyebrow">Two actors</span>
    <h2 id="title" tabindex="-1" dir="auto">${pairLabel(ctx, pair)}</h2>
    <p class="pair-actors">
      <button class="link" part="actor-link" data-actor=${pair[1]} @click=${() => ctx.actions.selectActor(pair[1])}>
        Open <span dir="auto">${second}</span>
      </button>
    </p>
    <h3 id="story-heading">Their story, oldest first <span class="count">(${story.length})</span></h3>
    ${storySection(ctx, story, pairLabel(ctx, pair))}
    <h3>In the view ${ctx.timeLabel}, oldest first <span class="count">(${rows.length})</span></h3>
    ${rows.length === 0
      ? html`<p class="none">No relations between them ${ctx.timeLabel}.</p>`
      : html`<ul class="relations" data-testid="pair-relations">
          ${rows.map((row) => relationRow(ctx, row))}
        </ul>`}
  `;
}
