/**
 * The legend's actor kinds, and the parts every toggle row shares: its check box and colour
 * swatch, and its accessible name. Templates; the legend sends the change.
 */
import { html, nothing, type TemplateResult } from "lit";
import { styleMap } from "lit/directives/style-map.js";
import { kindColour } from "../../look/palette";
import type { ActorKind } from "../../model/types";
import type { Theme } from "../../state/view-state";
import type { FilterChange } from "../events";
import { onlyButton } from "./filter-shortcuts";
import { countOf, toggled } from "./legend-model";
import { kindAlone, onlyKind } from "./show-only";

/** The check box (state) and the colour swatch; both decorative, the button carries the state. */
export function rowMark(shape: "line" | "dotted" | "dot", colour: string): TemplateResult {
  return html`<span class="check" aria-hidden="true"></span
    ><span class="swatch ${shape === "dotted" ? "line dotted" : shape}" part="swatch" aria-hidden="true" style=${styleMap({ "--swatch": colour })}></span>`;
}

/**
 * A row's accessible name, "Air or drone strike, 3 active": it starts with the visible label (so
 * speech users can name it) and says the count. Set as aria-label because the row is a flex box,
 * whose items Chromium reads with a space between them ("strike , 3").
 */
export const rowName = (label: string, n: number, one: string, many: string, note = ""): string =>
  [label, note, `${n} ${n === 1 ? one : many}`].filter(Boolean).join(", ");

export interface KindsView {
  readonly kinds: readonly ActorKind[];
  /** Actors of each kind in the current slice. */
  readonly kindCounts: Readonly<Record<string, number>>;
  readonly hiddenKinds: readonly string[];
  readonly theme: Theme;
  /** Actors are coloured by camp: the kinds filter without their colours. */
  readonly camps?: unknown;
}

export function kindsSection({ kinds, kindCounts, hiddenKinds, theme, camps }: KindsView, emit: (change: FilterChange) => void): TemplateResult {
  return html`<section part="section" aria-labelledby="kinds-heading">
    <div class="section-head">
      <h2 id="kinds-heading">Actors</h2>
      <button class="link" aria-label="Show all actor kinds" ?disabled=${hiddenKinds.length === 0} @click=${() => emit({ hiddenKinds: [] })}>Show all</button>
    </div>
    <ul>
      ${kinds.map((kind) => {
        const count = countOf(kindCounts, kind.id);
        return html`<li class="entry">
          <button
            class="toggle ${count === 0 ? "zero" : ""}"
            part="row"
            data-kind=${kind.id}
            aria-pressed=${hiddenKinds.includes(kind.id) ? "false" : "true"}
            aria-label=${rowName(kind.label, count, "actor", "actors")}
            title=${kind.description ?? nothing}
            @click=${() => emit({ hiddenKinds: toggled(hiddenKinds, kind.id) })}
          >
            ${rowMark("dot", camps ? "transparent" : kindColour(kind.id, theme))}
            <span class="label" dir="auto">${kind.label}</span>
            <span class="count" part="count">${count}</span>
          </button>
          ${onlyButton({
            label: kind.label,
            group: "actor kinds",
            alone: kindAlone(kinds, hiddenKinds, kind.id),
            only: () => emit({ hiddenKinds: onlyKind(kinds, kind.id) }),
            all: () => emit({ hiddenKinds: [] }),
          })}
        </li>`;
      })}
    </ul>
  </section>`;
}
