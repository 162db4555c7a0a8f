/**
 * Test page for fl-film-dialog alone: it gives the dialog what the app would (a default title and
 * span), records every film-request and film-cancel on testWindow.__events, and lets the test set
 * what the app sets as a film is made (progress, result, problem) and what the browser can write
 * (support). Like the app, it goes back to no progress when the film is cancelled. `?theme=dark` starts in the dark theme.
 */
import { css, html, LitElement, render } from "lit";
import type { Theme } from "../../src/state/view-state";
import type { FilmProgress, FilmSpec } from "../../src/look/film/types";
import "../../src/ui/film-dialog/film-dialog";
import type { FlFilmDialog } from "../../src/ui/film-dialog/film-dialog";
import type { FilmSupport } from "../../src/ui/film-dialog/film-form";
import { themeTokens } from "../../src/ui/theme";

/** Gives its children the theme tokens, light or dark after its `theme` attribute. */
class FilmTestTheme extends LitElement {
  static override styles = [themeTokens, css`:host { display: block; min-height: 100vh; background: var(--fl-bg); color: var(--fl-text); font-family: var(--fl-font); }`];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("film-test-theme", FilmTestTheme);

export type FilmTestEvent = { type: "film-request"; spec: FilmSpec } | { type: "film-cancel" };

/** What the browser test reads and calls; kept off the global Window type, which other pages extend. */
export interface FilmTestWindow {
  __events: FilmTestEvent[];
  __set: (props: { progress?: FilmProgress | null; result?: { name: string; bytes: number } | null; problem?: string | null; support?: FilmSupport | null }) => void;
}
const testWindow = window as unknown as FilmTestWindow;
testWindow.__events = [];

const theme: Theme = new URLSearchParams(location.search).get("theme") === "dark" ? "dark" : "light";
const box = document.createElement("film-test-theme");
box.setAttribute("theme", theme);
document.body.append(box);
render(
  html`<header style="display: flex; gap: 0.5rem; align-items: center; padding: 0.75rem 1rem; border-bottom: 1px solid var(--fl-border)">
      <h1 style="font-size: 1rem; margin: 0 auto 0 0">Film dialog test page</h1>
      <fl-film-dialog></fl-film-dialog>
    </header>
    <main style="padding: 1rem"><p>The explorer would be here.</p></main>`,
  box,
);
const dialog: FlFilmDialog = box.querySelector("fl-film-dialog")!;
Object.assign(dialog, { defaultTitle: "Afghanistan–Pakistan", defaultSpan: { from: "2021-01", to: "2026-03" } });

testWindow.__set = (props) => Object.assign(dialog, props);
dialog.addEventListener("film-request", (e) => testWindow.__events.push({ type: "film-request", spec: e.spec }));
// As the app does: a cancelled film is no longer being made.
dialog.addEventListener("film-cancel", () => {
  testWindow.__events.push({ type: "film-cancel" });
  dialog.progress = null;
});

