/**
 * The details panel's pair view, opened by clicking a line that stands for several relations:
 * every relation between the two actors at the time shown, oldest first, each a row (the actor
 * view's own) that opens the relation and its evidence.
 */
import { html } from "lit";
import type { ViewContext } from "./details-actions";
import { relationRow } from "./actor-view";
import { actorLabel, type RelationRow } from "./details-model";

/** "Pakistan and Afghan Taliban", as a heading and on the relation view's Back button. */
export const pairLabel = (ctx: ViewContext, pair: readonly [string, string]): string => `${actorLabel(ctx.index, pair[0], ctx.time)} and ${actorLabel(ctx.index, pair[1], ctx.time)}`;

export function pairView(ctx: ViewContext, pair: readonly [string, string], rows: readonly RelationRow[]) {
  return html`
    <div class="bar">
      <span class="eyebrow">Two actors</span>
      <button class="close" part="close" @click=${ctx.actions.close}>Close</button>
    </div>
    <h2 id="title" tabindex="-1" dir="auto">${pairLabel(ctx, pair)}</h2>
    <h3>Relations ${ctx.timeLabel}, oldest first <span class="count">(${rows.length})</span></h3>
    ${rows.length === 0
      ? html`<p class="none">No relations between them ${ctx.timeLabel}.</p>`
      : html`<ul class="relations" data-testid="pair-relations">
          ${rows.map((row) => relationRow(ctx, row))}
        </ul>`}
  `;
}
