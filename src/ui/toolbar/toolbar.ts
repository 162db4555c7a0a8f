/**
 * The explorer's toolbar: theme, how relations are drawn (one line per relation or bundled), and
 * the layout controls with the layout's running state.
 *
 * @summary Theme and layout controls.
 * @fires theme-change - ThemeChangeEvent: the user switched light/dark.
 * @fires lines-change - LinesChangeEvent: one line per relation, or several of one pair and family as one.
 * @fires layout-command - LayoutCommandEvent: re-layout the visible graph, stop, remove overlaps, reset, fit.
 * @csspart toolbar - The row of controls.
 */
import { html, LitElement } from "lit";
import type { Theme } from "../../state/view-state";
import { LayoutCommandEvent, LinesChangeEvent, ThemeChangeEvent, type LayoutCommand } from "../events";
import { controlStyles } from "../theme";
import { toolbarStyles } from "./toolbar.styles";

export class FlToolbar extends LitElement {
  static override styles = [controlStyles, toolbarStyles];
  static override properties = {
    theme: { attribute: false },
    layoutRunning: { attribute: false },
    linePerRelation: { attribute: false },
  };

  declare theme: Theme;
  declare layoutRunning: boolean;
  /** Each relation drawn as a line of its own. */
  declare linePerRelation: boolean;

  constructor() {
    super();
    this.theme = "light";
    this.layoutRunning = false;
    this.linePerRelation = false;
  }

  private command(command: LayoutCommand) {
    this.dispatchEvent(new LayoutCommandEvent(command));
  }

  override render() {
    const dark = this.theme === "dark";
    return html`<div part="toolbar" role="toolbar" aria-label="View">
      ${this.layoutRunning
        ? html`<span class="running" role="status"><span class="spinner" aria-hidden="true"></span>Laying out…</span>
            <button @click=${() => this.command("stop")}>Stop layout</button>`
        : html`<button @click=${() => this.command("relayout")} title="Run ForceAtlas2 on the actors now visible">Re-layout visible</button>
            <button @click=${() => this.command("remove-overlaps")} title="Move apart actors that overlap">Remove overlaps</button>
            <button @click=${() => this.command("reset")} title="Back to the stored positions">Reset layout</button>`}
      <button @click=${() => this.command("fit")} title="Show the whole graph">Fit to screen</button>
      <!-- An icon too, named for screen readers: with its words the header overflows at 1280 px. -->
      <button
        class="lines"
        aria-label="One line per relation"
        aria-pressed=${this.linePerRelation ? "true" : "false"}
        title="One line per relation: draw each relation as a line of its own, not several of one kind between two actors as one line with their count"
        @click=${() => this.dispatchEvent(new LinesChangeEvent(!this.linePerRelation))}
      >
        <span aria-hidden="true">≡</span>
      </button>
      <!-- An icon, named for screen readers: the header has no room left for the words at 1280 px. -->
      <button class="theme" aria-label="Dark theme" title="Dark theme" aria-pressed=${dark ? "true" : "false"} @click=${() => this.dispatchEvent(new ThemeChangeEvent(dark ? "light" : "dark"))}>
        <span aria-hidden="true">☾</span>
      </button>
    </div>`;
  }
}

customElements.define("fl-toolbar", FlToolbar);

declare global {
  interface HTMLElementTagNameMap {
    "fl-toolbar": FlToolbar;
  }
}
