/**
 * fl-legend: the legend of the graph that is also its filter. Named presets, relation types
 * grouped by family, how relations only possibly active are drawn (and a toggle to hide them),
 * actor kinds, the minimum confidence and two display options, each a toggle that asks the app
 * to change the filter; every family, type and kind also shows alone in one click ("only").
 * In compare mode the changes come first, in the colours the graph then draws relations in,
 * with their counts (changes-section.ts). The legend itself only shows what its properties say.
 */
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { filterPresets, filterShowing, presetOf } from "../../model/filter-presets";
import type { ActorKind, Confidence, RelationFamily, RelationType } from "../../model/types";
import { familyColour } from "../../look/palette";
import { mannerOf, patternOf, relationColour } from "../../look/relation-look";
import type { DeathsOfDataSet } from "../../model/deaths";
import type { Theme, WidthBy } from "../../state/view-state";
import { FilterChangeEvent, WidthByChangeEvent } from "../events";
import { controlStyles } from "../theme";
import { changesSection, changesStyles, type ChangeCounts } from "./changes-section";
import { displaySection } from "./display-section";
import { campsSection, campsSectionStyles, type CampLegend } from "./camps-section";
import { kindsSection, rowMark, rowName } from "./kinds-section";
import { onlyButton, presetPicker } from "./filter-shortcuts";
import { countOf, groupByFamily, listedTypes, toggled, unlistedCount, type FamilyGroup } from "./legend-model";
import { legendStyles } from "./legend.styles";
import { patternStyles } from "./pattern.styles";
import { patternKey, possibleEntry } from "./possible-entry";
import { shortcutStyles } from "./shortcuts.styles";
import { allFamilies, allTypes, familyAlone, onlyFamily, onlyType, typeAlone } from "./show-only";
import { widthSection, widthSectionStyles } from "./width-section";

/**
 * @summary Legend and filter of relation types (by family), actor kinds, minimum confidence and
 * display options, with how many of each are active in the current slice.
 *
 * Relation types with no active relation are left out of the list unless hidden by the analyst
 * or `showAllTypes` is on (a checkbox at the foot of the list turns it on and off).
 *
 * Presets (all, kinetic, diplomatic) set the hidden types and families at once; the one the filters
 * equal is pressed. Each row's "only" shows it alone in its group (families, relation types,
 * actor kinds: show-only.ts); on a row shown alone it says "all" and shows the group again.
 *
 * @fires filter-change - FilterChangeEvent with exactly one of: `hiddenFamilies`, `hiddenTypes`,
 *   `hiddenKinds` (the whole new list), `minConfidence`, `hideIsolated`, `fadeHidden`, `showPossible`;
 *   or both `hiddenFamilies` and `hiddenTypes` (from "Show all", a preset, or "only" on a family or type).
 * @fires width-by-change - WidthByChangeEvent: "Size relations by deaths" was switched (width-section.ts).
 *
 * @csspart section - Each of the sections (changes while comparing, relations, actors, display).
 * @csspart family - A family group: its header row and its type rows.
 * @csspart row - A toggle row (family, type or kind).
 * @csspart swatch - The colour mark of a row (decorative).
 * @csspart count - The count shown in a row.
 * @csspart possible - The entry of possible relations: their dashed swatch, count and toggle.
 */
export class FlLegend extends LitElement {
  static override styles = [controlStyles, legendStyles, patternStyles, shortcutStyles, changesStyles, campsSectionStyles, widthSectionStyles];

  static override properties = {
    families: { attribute: false },
    types: { attribute: false },
    kinds: { attribute: false },
    typeCounts: { attribute: false },
    familyCounts: { attribute: false },
    kindCounts: { attribute: false },
    hiddenTypes: { attribute: false },
    hiddenFamilies: { attribute: false },
    hiddenKinds: { attribute: false },
    minConfidence: { attribute: false },
    hideIsolated: { attribute: false },
    fadeHidden: { attribute: false },
    showPossible: { attribute: false },
    possibleCount: { attribute: false },
    theme: { attribute: false },
    changes: { attribute: false },
    showAllTypes: { attribute: false },
    camps: { attribute: false },
    widthBy: { attribute: false },
    deaths: { attribute: false },
    collapsed: { state: true },
  };

  declare families: readonly RelationFamily[];
  declare types: readonly RelationType[];
  declare kinds: readonly ActorKind[];
  /** Relations of each type active in the current slice. */
  declare typeCounts: Readonly<Record<string, number>>;
  /** Relations of each family active in the current slice. */
  declare familyCounts: Readonly<Record<string, number>>;
  /** Actors of each kind in the current slice. */
  declare kindCounts: Readonly<Record<string, number>>;
  declare hiddenTypes: readonly string[];
  declare hiddenFamilies: readonly string[];
  declare hiddenKinds: readonly string[];
  declare minConfidence: Confidence;
  declare hideIsolated: boolean;
  declare fadeHidden: boolean;
  /** Whether relations only possibly active in the time shown are drawn (dashed). */
  declare showPossible: boolean;
  /** How many of the visible relations are only possibly active (the slice's possibleOnlyCount). */
  declare possibleCount: number;
  declare theme: Theme;
  /** In compare mode, relations per change (shown above the types, changes-section.ts); null otherwise. */
  declare changes: ChangeCounts | null;
  /** List every type, including those with no active relation. The legend's own view option. */
  declare showAllTypes: boolean;
  /** The camps of the actors shown while actors are coloured by camp, else null (camps-section.ts). */
  declare camps: CampLegend | null;
  /** How relations are sized: by confidence or by the deaths counted in the time shown. */
  declare widthBy: WidthBy;
  /** What the data set counts of deaths: whether any, and the most one relation counts (the widest line). */
  declare deaths: DeathsOfDataSet;
  /** Ids of the families whose type list is folded away. */
  private declare collapsed: ReadonlySet<string>;

  constructor() {
    super();
    this.families = [];
    this.types = [];
    this.kinds = [];
    this.typeCounts = {};
    this.familyCounts = {};
    this.kindCounts = {};
    this.hiddenTypes = [];
    this.hiddenFamilies = [];
    this.hiddenKinds = [];
    this.minConfidence = "low";
    this.hideIsolated = true;
    this.fadeHidden = false;
    this.showPossible = true;
    this.possibleCount = 0;
    this.theme = "light";
    this.changes = null;
    this.showAllTypes = false;
    this.camps = null;
    this.widthBy = "confidence";
    this.deaths = { counted: false, largest: 0 };
    this.collapsed = new Set();
  }

  override render() {
    return html`${changesSection(this.changes, this.theme)} ${this.renderRelations()} ${widthSection(this.widthBy, this.deaths, (widthBy) => this.dispatchEvent(new WidthByChangeEvent(widthBy)))} ${this.camps ? campsSection(this.camps, this.theme) : ""} ${kindsSection(this, (change) => this.emit(change))} ${displaySection(this, (change) => this.emit(change))}`;
  }

  private renderRelations(): TemplateResult {
    const anyHidden = this.hiddenTypes.length > 0 || this.hiddenFamilies.length > 0;
    const unlisted = unlistedCount(this.types, this.typeCounts, this.hiddenTypes);
    return html`<section part="section" aria-labelledby="relations-heading">
      <div class="section-head">
        <h2 id="relations-heading">Relations</h2>
        <button class="link" aria-label="Show all relation types" ?disabled=${!anyHidden} @click=${this.showAllRelations}>Show all</button>
      </div>
      ${presetPicker(filterPresets(this), presetOf(this, this)?.name ?? null, (p) => this.emit(filterShowing(this, p.types)))}
      <ul>
        ${groupByFamily(this.families, this.types).map((group, i) => this.renderFamily(group, i))}
      </ul>
      ${unlisted > 0 || this.showAllTypes
        ? html`<label class="more">
            <input type="checkbox" .checked=${live(this.showAllTypes)} @change=${this.onShowAllTypes} />
            List types with none active${unlisted > 0 ? ` (${unlisted})` : nothing}
          </label>`
        : nothing}
      ${patternKey()} ${possibleEntry(this.showPossible, this.possibleCount, (shown) => this.emit({ showPossible: shown }))}
    </section>`;
  }

  private renderFamily({ family, types }: FamilyGroup, index: number): TemplateResult {
    const shown = !this.hiddenFamilies.includes(family.id);
    const open = !this.collapsed.has(family.id);
    const count = countOf(this.familyCounts, family.id);
    const off = types.filter((t) => this.hiddenTypes.includes(t.id)).length;
    const rows = listedTypes(types, this.typeCounts, this.hiddenTypes, this.showAllTypes);
    const colour = familyColour(family.id, this.theme);
    const listId = `family-types-${index}`;
    return html`<li class="family" part="family">
      <div class="family-head">
        <button
          class="disclosure"
          aria-expanded=${open ? "true" : "false"}
          aria-controls=${listId}
          aria-label=${`${family.label} types`}
          @click=${() => this.toggleCollapsed(family.id)}
        ></button>
        <button
          class="toggle ${count === 0 ? "zero" : ""}"
          part="row"
          aria-pressed=${shown ? "true" : "false"}
          aria-label=${rowName(family.label, count, "active", "active", off > 0 && shown ? `${off} off` : "")}
          title=${family.description ?? nothing}
          @click=${() => this.emit({ hiddenFamilies: toggled(this.hiddenFamilies, family.id) })}
        >
          ${rowMark("line", colour)}
          <span class="label" dir="auto">${family.label}</span>
          ${off > 0 && shown ? html`<span class="note">${off} off</span>` : nothing}
          <span class="count" part="count">${count}</span>
        </button>
        ${types.length
          ? onlyButton({
              label: family.label,
              group: "families",
              alone: familyAlone(this, this, family.id),
              only: () => this.emit(onlyFamily(this, this, family.id)),
              all: () => this.emit(allFamilies()),
            })
          : nothing}
      </div>
      <ul class="types" id=${listId} ?hidden=${!open}>
        ${rows.map((type) => this.renderType(type, shown))}
      </ul>
      ${open && rows.length === 0 ? html`<p class="empty">None active</p>` : nothing}
    </li>`;
  }

  /** A type's swatch is drawn as its relations are: its family's hue at its manner's step, dotted when a word. */
  private renderType(type: RelationType, familyShown: boolean): TemplateResult {
    const manner = mannerOf(type);
    const count = countOf(this.typeCounts, type.id);
    const pressed = familyShown && !this.hiddenTypes.includes(type.id);
    return html`<li class="entry">
      <button
        class="toggle ${count === 0 ? "zero" : ""}"
        part="row"
        data-type=${type.id}
        aria-pressed=${pressed ? "true" : "false"}
        aria-label=${rowName(type.label, count, "active", "active")}
        ?disabled=${!familyShown}
        title=${type.description ?? nothing}
        @click=${() => this.emit({ hiddenTypes: toggled(this.hiddenTypes, type.id) })}
      >
        ${rowMark(patternOf(manner, false) === "dotted" ? "dotted" : "line", relationColour(type.family, manner, this.theme))}
        <span class="label" dir="auto">${type.label}</span>
        <span class="count" part="count">${count}</span>
      </button>
      ${onlyButton({
        label: type.label,
        group: "relation types",
        alone: typeAlone(this, this, type.id),
        only: () => this.emit(onlyType(this, type.id)),
        all: () => this.emit(allTypes()),
      })}
    </li>`;
  }

  private emit(change: ConstructorParameters<typeof FilterChangeEvent>[0]): void {
    this.dispatchEvent(new FilterChangeEvent(change));
  }

  private showAllRelations(): void {
    this.emit({ hiddenFamilies: [], hiddenTypes: [] });
  }

  private onShowAllTypes(e: Event): void {
    this.showAllTypes = checked(e);
  }

  private toggleCollapsed(family: string): void {
    this.collapsed = new Set(toggled([...this.collapsed], family));
  }
}

const checked = (e: Event): boolean => (e.target as HTMLInputElement).checked;

customElements.define("fl-legend", FlLegend);

declare global {
  interface HTMLElementTagNameMap {
    "fl-legend": FlLegend;
  }
}
