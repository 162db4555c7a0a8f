/**
 * Test page for <fl-timeline>: mounts it alone with the bundled data's histogram, applies its
 * events back to it as the app would (so dragging really moves it), and records them in
 * window.__events. `?theme=dark` shows the dark tokens.
 */
import { css, html, LitElement } from "lit";
import { bundledData } from "../../src/app/session/bundled";
import { parseDay } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import { TimeBounds } from "../../src/model/certainty";
import { changeDays, changeMarks } from "../../src/model/change-days";
import { openEnds, timelineRange } from "../../src/model/horizon";
import { histogram, timeExtent } from "../../src/model/timeline";
import { themeTokens } from "../../src/ui/theme";
import "../../src/ui/timeline/timeline";

/** Provides the theme tokens to what it holds; `theme="dark"` switches them. */
class ThemeBox extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host { display: block; background: var(--fl-bg); color: var(--fl-text); font-family: var(--fl-font); padding: 0.5rem 0 1rem; }
      ::slotted(h1) { font-size: 1rem; margin: 0 12px 0.5rem; }
    `,
  ];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("fl-theme-box", ThemeBox);

/** An event as recorded: its type and its fields (at, from, to, mode, playing, speed). */
type Recorded = { type: string; [field: string]: unknown };
// A local view of window: other test pages declare their own __events shapes.
const testWindow = window as unknown as { __events: Recorded[] };
testWindow.__events = [];

const result = loadDataSet(bundledData);
if (!result.ok) throw new Error("the bundled data set does not load");
const relations = result.dataSet.relations;
const extent = timeExtent(relations);
if (!extent) throw new Error("the bundled data set has no dates");

// The data reaches back to 1900 ("19XX") and to open starts; a century of empty track would
// squeeze the 2025–26 war into a few pixels, so the range starts on 1 January 2000. It ends
// where the app's does, at the latest dated evidence (31 Mar 2026).
const range = timelineRange(result.dataSet, 0);
const first = Math.max(extent.first, parseDay("2000-01-01"));
const last = range.last;

const params = new URLSearchParams(location.search);
const box = document.getElementById("box")!;
if (params.get("theme") === "dark") box.setAttribute("theme", "dark");

const timeline = document.querySelector("fl-timeline")!;
timeline.first = first;
timeline.last = last;
// The histogram over the whole extent, then only the months in the range: histogram() with a
// narrower extent would have no bin for the earlier dates.
// The bounds cut each period to its actors' lifetimes, as the app's relation index does.
timeline.bins = histogram(relations, "month", extent, new TimeBounds(result.dataSet.actors)).filter((b) => b.last >= first && b.first <= last);
// Every relation's changes, as the app gives them with no filter (possible relations shown).
const bounds = new TimeBounds(result.dataSet.actors);
timeline.changes = changeMarks(changeDays(relations, bounds, false), (r) => `${r.type}: ${r.source} → ${r.target}`);
timeline.horizon = range.horizon;
timeline.openEnds = openEnds(relations, last);
timeline.mode = "at";
timeline.at = parseDay("2026-02-27");
timeline.from = parseDay("2025-10-01");
timeline.to = parseDay("2026-03-31");
timeline.speed = 2;

box.addEventListener("time-change", (e) => {
  testWindow.__events.push({ type: e.type, ...e.change });
  Object.assign(timeline, e.change);
});
box.addEventListener("play-toggle", (e) => {
  testWindow.__events.push({ type: e.type, playing: e.playing });
  timeline.playing = e.playing;
});
box.addEventListener("span-change", (e) => {
  testWindow.__events.push({ type: e.type, span: e.span });
  timeline.span = e.span;
});
box.addEventListener("speed-change", (e) => {
  testWindow.__events.push({ type: e.type, speed: e.speed });
  timeline.speed = e.speed;
});
