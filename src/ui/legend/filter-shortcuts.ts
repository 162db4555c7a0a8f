/**
 * The legend's shortcuts to a filter: the "only" control of an entry (shows it alone in its
 * group; on an entry shown alone it says "all" and shows the group again) and the named
 * presets (model/filter-presets.ts), the one the filters now equal marked pressed. Templates
 * only: the legend decides what each click changes.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { FilterPreset, PresetName } from "../../model/filter-presets";

export interface OnlyControl {
  /** The entry's label: "Mediating". */
  readonly label: string;
  /** The group, for "Show all …": "families", "relation types", "actor kinds". */
  readonly group: string;
  readonly alone: boolean;
  readonly only: () => void;
  readonly all: () => void;
}

/**
 * Shown while the row is pointed at or holds focus, and always on the entry shown alone (the way
 * back); always reachable by Tab. Its name starts with its visible word, for speech users.
 */
export function onlyButton({ label, group, alone, only, all }: OnlyControl): TemplateResult {
  const name = alone ? `Show all ${group}, not only ${label}` : `Show only ${label}`;
  return html`<button class="only ${alone ? "alone" : ""}" aria-label=${name} title=${name} @click=${alone ? all : only}>
    ${alone ? "all" : "only"}
  </button>`;
}

/**
 * The presets as a row of pressed-or-not buttons. One that picks nothing in this data set stays
 * focusable (aria-disabled) and is described by the line saying why, shown under the row.
 */
export function presetPicker(presets: readonly FilterPreset[], current: PresetName | null, pick: (preset: FilterPreset) => void): TemplateResult {
  const unavailable = presets.filter((p) => p.unavailable);
  return html`<div class="presets" role="group" aria-label="Filter presets">
      ${presets.map(
        (p) => html`<button
          data-preset=${p.name}
          aria-pressed=${current === p.name ? "true" : "false"}
          aria-disabled=${p.unavailable ? "true" : nothing}
          aria-describedby=${p.unavailable ? `preset-why-${p.name}` : nothing}
          title=${p.unavailable ? `${p.label}: ${p.unavailable}` : p.description}
          @click=${() => p.unavailable || pick(p)}
        >
          ${p.label}
        </button>`,
      )}
    </div>
    ${unavailable.map((p) => html`<p class="hint preset-why" id=${`preset-why-${p.name}`}>${p.label}: ${p.unavailable}.</p>`)}`;
}
