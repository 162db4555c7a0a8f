/**
 * The report of a finished import: a summary that says what was read or that nothing changed,
 * the actors matched when the files were added to a data set, an event file's mapping and gap,
 * the form for relation types the taxonomy lacks, and the diagnostics, errors then warnings.
 * Every string here comes from the user's file, so it goes into the page through Lit's text
 * bindings only: markup in a file shows as the characters it is made of.
 */
import { html, nothing } from "lit";
import type { RelationFamily, RelationType } from "../../model/types";
import type { ImportStatus } from "./import-status";
import { diagnosticGroups, OPEN_UP_TO, reportSummary, type DiagnosticGroup, type ReportLine } from "./report-model";
import { actorMatchesView, eventMappingForm, type EventFormActions } from "./event-report-view";
import { KEEP, typeChoices } from "./type-mapping-form";

export type Report = Extract<ImportStatus, { kind: "report" }>;

export interface ReportActions extends EventFormActions {
  choose(name: string, choice: string): void;
  applyMapping(e: Event): void;
}

/** The event form's state: each category's select, and the gap as typed with what is wrong with it. */
export interface EventFormState {
  readonly choices: ReadonlyMap<string, string>;
  readonly gap: { readonly text: string; readonly problem: string | null };
}

/** The types an unknown name can be mapped to. */
export interface MappingTargets {
  readonly types: readonly RelationType[];
  readonly families: readonly RelationFamily[];
}

export function reportView(status: Report, choices: ReadonlyMap<string, string>, eventForm: EventFormState, taxonomy: MappingTargets, actions: ReportActions) {
  const { ok, report } = status;
  const groups = diagnosticGroups(report.diagnostics);
  return html`<section aria-labelledby="report-title">
    <h3 id="report-title" tabindex="-1">${ok ? "Report on" : "Not imported:"} <bdi class="file-name">${report.file}</bdi></h3>
    <div class="summary ${ok ? "ok" : "failed"}" data-testid="summary">
      <p>${reportSummary(ok, report)}</p>
      <p class="muted">
        ${ok ? "Nothing is shown until you open it; until then the data on screen stays as it is." : "Correct the file and import it again, or choose another."}
      </p>
    </div>
    ${status.into ? actorMatchesView(status.into.name, status.into.matches) : nothing}
    ${status.events ? eventMappingForm(status.events, eventForm.choices, eventForm.gap, taxonomy, actions) : nothing}
    ${status.unknownTypes.length ? mappingForm(status.unknownTypes, choices, taxonomy, actions) : nothing}
    ${groups.map((g) => groupView(g))}
  </section>`;
}

function mappingForm(unknownTypes: readonly string[], choices: ReadonlyMap<string, string>, taxonomy: MappingTargets, actions: ReportActions) {
  const groups = typeChoices(taxonomy.families, taxonomy.types);
  return html`<form class="mapping" @submit=${actions.applyMapping}>
    <fieldset>
      <legend>Relation types not in the taxonomy</legend>
      <p class="muted"><small>Say which type each one is, or keep it as a type of its own; the files are then read again.</small></p>
      ${unknownTypes.map((name, i) => {
        const choice = choices.get(name) ?? KEEP;
        return html`<div class="mapping-row">
          <label for="map-${i}" dir="auto">${name}</label>
          <select id="map-${i}" @change=${(e: Event) => actions.choose(name, (e.target as HTMLSelectElement).value)}>
            <option value=${KEEP} ?selected=${choice === KEEP}>Keep as its own type</option>
            ${groups.map(
              (g) => html`<optgroup label=${g.family.label}>
                ${g.types.map((t) => html`<option value=${t.id} ?selected=${choice === t.id}>${t.label}</option>`)}
              </optgroup>`,
            )}
          </select>
        </div>`;
      })}
      <div class="mapping-actions"><button type="submit">Apply mapping</button></div>
    </fieldset>
  </form>`;
}

function groupView(group: DiagnosticGroup) {
  return html`<details ?open=${group.total <= OPEN_UP_TO} data-severity=${group.severity}>
    <summary class=${group.severity}>${group.title}</summary>
    <ul class="lines ${group.severity}">
      ${group.lines.map(lineView)}
    </ul>
    ${group.hidden ? html`<p class="muted">…and ${group.hidden.toLocaleString("en")} more not listed here. Correct these and import again to see the rest.</p>` : nothing}
  </details>`;
}

function lineView(line: ReportLine) {
  return html`<li>
    <span class="where"><bdi>${line.where}</bdi>${line.place ? html` · <bdi>${line.place}</bdi>` : nothing}</span>
    <span class="line-text" dir="auto">${line.message}${line.value ? html` <span class="value">(value: <code>${line.value}</code>)</span>` : nothing}</span>
    <span class="fix"><b>Fix:</b> <span dir="auto">${line.fix}</span></span>
  </li>`;
}
