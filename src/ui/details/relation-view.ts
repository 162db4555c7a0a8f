/**
 * The details panel's relation view: what kind of relation, between whom and in which
 * direction, whether it is certainly, only possibly or not active at the time shown, when (each
 * period in words that say how much is known), how sure, and the verbatim evidence with its
 * citation, so the analyst can judge whether to trust the line. A relation only possibly active
 * says so in words, first, not only by how it is drawn.
 */
import { html, nothing } from "lit";
import type { Evidence, Relation } from "../../model/types";
import { familyColour } from "../../look/palette";
import type { ViewContext } from "./details-actions";
import { actorLabel, citationParts, periodsInWords, standingAt, standingWords } from "./details-model";
import { deathsWords, evidenceDateWords, moreEvidence, relationDeathsWords } from "./evidence-model";

/** `backTo` names the view Back returns to (an actor, a pair), or null for no Back. */
export function relationView(ctx: ViewContext, relation: Relation, backTo: string | null) {
  const inSlice = ctx.inSlice(relation.id);
  const periods = periodsInWords(ctx.index, relation);
  const { index } = ctx;
  const type = index.types.get(relation.type);
  const family = type ? index.families.get(type.family) : undefined;
  const deaths = relationDeathsWords(relation.evidence);
  const shown = Math.min(ctx.evidenceShown, relation.evidence.length);
  const more = moreEvidence(shown, relation.evidence.length);
  return html`
    <div class="bar">
      ${backTo
        ? html`<button class="back" part="back" @click=${() => ctx.actions.selectRelation(null)}>
            <span aria-hidden="true">←</span> Back to <span dir="auto">${backTo}</span>
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
    ${standingLine(ctx, relation, inSlice)}
    ${ctx.changeNote ? html`<p class="change-note" data-testid="change-note">${ctx.changeNote}</p>` : nothing}
    <dl class="facts">
      <dt>When</dt>
      <dd>
        ${periods.length === 1
          ? html`<span class="period">${periods[0]}</span>`
          : html`<ul class="periods">
              ${periods.map((p) => html`<li class="period">${p}</li>`)}
            </ul>`}
        ${ctx.time === null && !inSlice ? html`<p class="notice">Not active ${ctx.timeLabel}.</p>` : nothing}
      </dd>
      <dt>Confidence</dt>
      <dd><span class="confidence-level" data-level=${relation.confidence}>${relation.confidence}</span></dd>
      ${deaths ? html`<dt>Deaths</dt><dd class="deaths" data-testid="relation-deaths">${deaths}</dd>` : nothing}
    </dl>
    ${relation.note
      ? html`<h3>Note</h3>
          <p class="note" dir="auto">${relation.note}</p>`
      : nothing}
    <h3>Evidence <span class="count">(${relation.evidence.length.toLocaleString("en-GB")})</span></h3>
    ${relation.evidence.slice(0, ctx.evidenceShown).map((e) => evidenceItem(ctx, e))}
    ${more
      ? html`<p class="more-evidence">
          <span class="muted">${shown.toLocaleString("en-GB")} of ${relation.evidence.length.toLocaleString("en-GB")} shown.</span>
          <button type="button" class="link show-more" @click=${() => ctx.actions.showEvidence(more.next)}>${more.label}</button>
        </p>`
      : nothing}
  `;
}

/**
 * How the relation stands at the time shown, as a sentence that leads with its verdict:
 * "Possibly active on 1 Mar 2026: its dates allow it, none says it." Marked by its standing,
 * so a possible relation is drawn apart (dashed) as well as said.
 */
function standingLine(ctx: ViewContext, relation: Relation, inSlice: boolean) {
  if (ctx.time === null) return nothing;
  const standing = standingAt(ctx.index, relation, ctx.time);
  const words = standingWords(standing, ctx.time, inSlice);
  return html`<p class="standing" data-standing=${standing}>
    <strong class="verdict">${words.headline}</strong>${words.rest}${words.hidden ? html` <span class="hidden-note">${words.hidden}</span>` : nothing}
  </p>`;
}

function actorButton(ctx: ViewContext, id: string) {
  return html`<button class="link" part="actor-link" data-actor=${id} @click=${() => ctx.actions.selectActor(id)}>
    <span dir="auto">${actorLabel(ctx.index, id, ctx.time)}</span>
  </button>`;
}

function evidenceItem(ctx: ViewContext, evidence: Evidence) {
  const source = ctx.index.sources.get(evidence.source);
  const c = citationParts(evidence, source);
  const title = source?.url && isWebAddress(source.url) ? html`<a href=${source.url} rel="noopener noreferrer" target="_blank"><cite dir="auto">${c.title}</cite></a>` : html`<cite dir="auto">${c.title}</cite>`;
  const fatalities = typeof evidence.fatalities === "number" && Number.isFinite(evidence.fatalities) ? evidence.fatalities : undefined;
  return html`<figure class="evidence" part="evidence">
    ${evidence.date || fatalities !== undefined
      ? html`<p class="evidence-when">
          ${evidence.date ? html`<span class="evidence-date">${evidenceDateWords(evidence.date)}</span>` : nothing}${evidence.date && fatalities !== undefined ? " · " : nothing}${fatalities !== undefined
            ? html`<span class="evidence-deaths">${deathsWords(fatalities)}</span>`
            : nothing}
        </p>`
      : nothing}
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
