/**
 * The details panel's relation view: what kind of relation, between whom and in which
 * direction, when, how sure, and the verbatim evidence with its citation, so the analyst can
 * judge whether to trust the line.
 */
import { html, nothing } from "lit";
import { formatPeriod } from "../../model/dates";
import type { Actor, Evidence, Relation } from "../../model/types";
import { familyColour } from "../../look/palette";
import type { ViewContext } from "./details-actions";
import { actorLabel, citationParts } from "./details-model";

export function relationView(ctx: ViewContext, relation: Relation, inSlice: boolean, backTo: Actor | null) {
  const { index } = ctx;
  const type = index.types.get(relation.type);
  const family = type ? index.families.get(type.family) : undefined;
  return html`
    <div class="bar">
      ${backTo
        ? html`<button class="back" part="back" @click=${() => ctx.actions.selectRelation(null)}>
            <span aria-hidden="true">←</span> Back to <span dir="auto">${backTo.label}</span>
          </button>`
        : html`<span class="eyebrow">Relation</span>`}
      <button class="close" part="close" @click=${ctx.actions.close}>Close</button>
    </div>
    <h2 id="title" tabindex="-1">${type?.label ?? relation.type}</h2>
    ${type
      ? html`<p class="kind">
          <span class="swatch" style="background:${familyColour(type.family, ctx.theme)}" aria-hidden="true"></span>${family?.label ?? type.family}
          <span class="muted">relation</span>
        </p>`
      : nothing}
    ${type?.description ? html`<p class="description muted">${type.description}</p>` : nothing}
    <p class="pair">
      ${actorButton(ctx, relation.source)}
      <span aria-hidden="true">${relation.directed ? "→" : "—"}</span>
      <span class="visually-hidden">${relation.directed ? "to" : "and"}</span>
      ${actorButton(ctx, relation.target)}
      <span class="muted">(${relation.directed ? "directed" : "mutual"})</span>
    </p>
    <dl class="facts">
      <dt>When</dt>
      <dd>
        ${relation.periods.length === 1
          ? formatPeriod(relation.periods[0])
          : html`<ul class="periods">
              ${relation.periods.map((p) => html`<li>${formatPeriod(p)}</li>`)}
            </ul>`}
        ${inSlice ? nothing : html`<p class="notice">Not active ${ctx.timeLabel}.</p>`}
      </dd>
      <dt>Confidence</dt>
      <dd><span class="confidence-level" data-level=${relation.confidence}>${relation.confidence}</span></dd>
    </dl>
    ${relation.note
      ? html`<h3>Note</h3>
          <p class="note" dir="auto">${relation.note}</p>`
      : nothing}
    <h3>Evidence <span class="count">(${relation.evidence.length})</span></h3>
    ${relation.evidence.map((e) => evidenceItem(ctx, e))}
  `;
}

function actorButton(ctx: ViewContext, id: string) {
  return html`<button class="link" part="actor-link" data-actor=${id} @click=${() => ctx.actions.selectActor(id)}>
    <span dir="auto">${actorLabel(ctx.index, id)}</span>
  </button>`;
}

function evidenceItem(ctx: ViewContext, evidence: Evidence) {
  const source = ctx.index.sources.get(evidence.source);
  const c = citationParts(evidence, source);
  const title = source?.url && isWebAddress(source.url) ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank"><cite dir="auto">${c.title}</cite></a>` : html`<cite dir="auto">${c.title}</cite>`;
  return html`<figure class="evidence" part="evidence">
    <blockquote dir="auto">${evidence.quote}</blockquote>
    <figcaption>
      ${c.author ? html`<span dir="auto">${c.author}</span>, ` : nothing}${title}${c.publisher
        ? html`, <span dir="auto">${c.publisher}</span>`
        : nothing}${c.date ? html`, ${c.date}` : nothing}${c.location ? html`, <span class="location" dir="auto">${c.location}</span>` : nothing}
    </figcaption>
  </figure>`;
}

/** Only web links: a "javascript:" or "data:" address from a data file must never become a link. */
const isWebAddress = (url: string): boolean => /^https?:\/\//i.test(url.trim());
