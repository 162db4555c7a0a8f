/**
 * The story parts of the details panel's actor view: "Story with…", the actors it has had
 * relations with over all time (the most first, with their counts), each opening the story of
 * the pair; and its own story, every relation it has had with anyone, oldest first, as lanes
 * (one per family, as in the pair's story and in the colours of the graph's lines; a lane per
 * counterpart would run to a dozen rows at the panel's width) and as a chronology. Both are
 * disclosures whose contents are built only once the person opens them, so an actor's view
 * stays quick and its buttons are not found while hidden.
 */
import { html, nothing } from "lit";
import type { Counterpart } from "../../model/story";
import type { ViewContext } from "./details-actions";
import { actorLabel } from "./details-model";
import type { StoryItem } from "./story-model";
import { storySection } from "./story-view";

/** `open` says whether its list shows: the buttons are built only once the person opens it. */
export function storyWithControl(ctx: ViewContext, actor: string, counterparts: readonly Counterpart[], open: boolean, toggled: (open: boolean) => void) {
  if (counterparts.length === 0) return nothing;
  const label = actorLabel(ctx.index, actor, ctx.time);
  return html`<details class="story-with" data-testid="story-with" ?open=${open} @toggle=${(e: Event) => toggled((e.target as HTMLDetailsElement).open)}>
    <summary>Story with…</summary>
    ${open
      ? html`<p class="muted">Every relation of <span dir="auto">${label}</span> with one actor, over all time:</p>
          <ul class="counterparts">
            ${counterparts.map(
              (c) =>
                html`<li>
                  <button class="link" data-actor=${c.actor} @click=${() => ctx.actions.selectPair([actor, c.actor])}>
                    <span dir="auto">${actorLabel(ctx.index, c.actor, ctx.time)}</span>
                    <span class="count">(${c.count}<span class="visually-hidden"> relation${c.count === 1 ? "" : "s"}</span>)</span>
                  </button>
                </li>`,
            )}
          </ul>`
      : nothing}
  </details>`;
}

/** `story` is null while closed: nothing is built until it is opened. */
export function ownStory(ctx: ViewContext, actor: string, count: number, story: readonly StoryItem[] | null, toggled: (open: boolean) => void) {
  if (count === 0) return nothing;
  const label = actorLabel(ctx.index, actor, ctx.time);
  return html`<details class="own-story" data-testid="own-story" ?open=${story !== null} @toggle=${(e: Event) => toggled((e.target as HTMLDetailsElement).open)}>
    <summary>Its story: all ${count} relation${count === 1 ? "" : "s"}, oldest first</summary>
    ${story ? storySection(ctx, story, label) : nothing}
  </details>`;
}
