/**
 * The event import's part of the report: the mapping table (each category of event, how many
 * there were, the relation type they became as a select of the taxonomy's types by family or
 * "Leave out", the direction, and why), the merging gap, and "Import again"; and, when the file
 * was added to a data set, the actors matched and created. Every string from the file goes in
 * through Lit's text bindings only.
 */
import { html, nothing } from "lit";
import type { EventReport } from "./import-status";
import type { ActorMatch } from "../../import/events/types";
import { actorMatchSummary, directionWords, GAP_RANGE, gapRule, LEAVE_OUT } from "./event-mapping-form";
import type { MappingTargets } from "./report-view";
import { typeChoices } from "./type-mapping-form";

export interface EventFormActions {
  chooseEventType(category: string, type: string): void;
  setGap(text: string): void;
  importAgain(e: Event): void;
}

/** `gapText`: the gap as typed; `gapProblem`: why it cannot be used, shown under it. */
export function eventMappingForm(events: EventReport, choices: ReadonlyMap<string, string>, gap: { text: string; problem: string | null }, taxonomy: MappingTargets, actions: EventFormActions) {
  const groups = typeChoices(taxonomy.families, taxonomy.types);
  const label = (id: string) => taxonomy.types.find((t) => t.id === id)?.label ?? id;
  return html`<form class="event-mapping" @submit=${actions.importAgain}>
    <fieldset>
      <legend>Events and the relations they became</legend>
      <p class="muted">
        <small>Change a category's relation type, or leave its events out, then import again. The data set names no direction between an event's two actors; a pair is taken as undirected unless the kind of event implies one.</small>
      </p>
      <div class="table-scroll">
      <table class="mapping-table">
        <thead>
          <tr><th scope="col">Category</th><th scope="col">Events</th><th scope="col">Relation type</th><th scope="col">Direction</th><th scope="col">Why</th></tr>
        </thead>
        <tbody>
          ${events.rows.map((row, i) => {
            const choice = choices.get(row.category) ?? row.type;
            return html`<tr>
              <th scope="row"><label for="event-type-${i}" dir="auto">${row.category}</label></th>
              <td class="number">${row.events.toLocaleString("en")}</td>
              <td>
                <select id="event-type-${i}" @change=${(e: Event) => actions.chooseEventType(row.category, (e.target as HTMLSelectElement).value)}>
                  <option value=${LEAVE_OUT} ?selected=${choice === LEAVE_OUT}>Leave out</option>
                  ${groups.map(
                    (g) => html`<optgroup label=${g.family.label}>
                      ${g.types.map((t) => html`<option value=${t.id} ?selected=${choice === t.id}>${t.label}</option>`)}
                    </optgroup>`,
                  )}
                  ${choice !== LEAVE_OUT && !taxonomy.types.some((t) => t.id === choice) ? html`<option value=${choice} selected>${label(choice)}</option>` : nothing}
                </select>
              </td>
              <td class="direction">${row.type === LEAVE_OUT ? "–" : directionWords(row.directed)}</td>
              <td class="why muted" dir="auto">${row.why}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      </div>
      <div class="gap-row">
        <label for="event-gap">Merging gap (days)</label>
        <input
          id="event-gap"
          type="number"
          inputmode="numeric"
          min=${GAP_RANGE.min}
          max=${GAP_RANGE.max}
          step="1"
          .value=${gap.text}
          aria-describedby="event-gap-rule"
          aria-invalid=${gap.problem ? "true" : "false"}
          @input=${(e: Event) => actions.setGap((e.target as HTMLInputElement).value)}
        />
        <small id="event-gap-rule">${gap.problem ?? gapRule(Number(gap.text))}</small>
      </div>
      <div class="mapping-actions"><button type="submit" ?disabled=${!!gap.problem}>Import again</button></div>
    </fieldset>
  </form>`;
}

/** Lines of the actor list put in the page: a file naming thousands of actors lists the busiest. */
const MATCHES_LISTED = 200;

/** The actors of the file matched to those of the data set it was added to, and those created; the list folded. */
export function actorMatchesView(into: string, matches: readonly ActorMatch[]) {
  const { headline, lines } = actorMatchSummary(matches);
  return html`<details class="actor-matches" data-testid="actor-matches">
    <summary>Actors added to <bdi>${into}</bdi>: ${headline}</summary>
    <ul class="match-lines">
      ${lines.slice(0, MATCHES_LISTED).map(
        (l) => html`<li>
          <span dir="auto">${l.name}</span> → <span dir="auto">${l.actor}</span>
          <span class="muted">(${l.how}; ${l.events.toLocaleString("en")} ${l.events === 1 ? "event" : "events"})</span>
        </li>`,
      )}
    </ul>
    ${lines.length > MATCHES_LISTED ? html`<p class="muted">…and ${(lines.length - MATCHES_LISTED).toLocaleString("en")} more not listed here.</p>` : nothing}
  </details>`;
}
