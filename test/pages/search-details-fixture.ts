/**
 * Shared by the search and details test pages: the bundled data set (with, on ?xss=1, a fake
 * actor whose label and evidence carry markup, to prove it is shown as text), a themed box
 * (?theme=dark) and the event log the browser tests read (window.__events).
 */
import { css, html, LitElement } from "lit";
import { bundledData } from "../../src/app/session/bundled";
import { parsePeriod } from "../../src/model/dates";
import { loadDataSet } from "../../src/model/load";
import type { Actor, DataSet, Relation } from "../../src/model/types";
import { themeTokens } from "../../src/ui/theme";

export const HOSTILE_MARKUP = "<img src=x onerror=window.__pwned=1>";

declare global {
  interface Window {
    __events: { type: string; value: unknown }[];
    __pwned?: unknown;
  }
}
window.__events = [];

export const params = new URLSearchParams(location.search);

export function pageDataSet(): DataSet {
  const result = loadDataSet(bundledData);
  if (!result.ok) throw new Error("the bundled data set does not load");
  const data = result.dataSet;
  if (!params.has("xss")) return data;
  const fake: Actor = { id: "xss-actor", label: `Evil ${HOSTILE_MARKUP}`, kind: "armed-group", aliases: [`alias ${HOSTILE_MARKUP}`], description: `Described as ${HOSTILE_MARKUP}` };
  const relation: Relation = {
    id: "xss-relation",
    source: "xss-actor",
    target: "pakistan",
    type: "armed-clash",
    directed: false,
    periods: [parsePeriod("2026-01/..")],
    confidence: "low",
    evidence: [{ source: "ifri-2026", quote: `Quoted ${HOSTILE_MARKUP}`, location: `¶${HOSTILE_MARKUP}` }],
    note: `Noted ${HOSTILE_MARKUP}`,
  };
  return { ...data, actors: [...data.actors, fake], relations: [...data.relations, relation] };
}

/** Records an event for the test: its type and the value it carries. */
export function record(type: string, value: unknown): void {
  window.__events.push({ type, value });
}

/** A box holding the theme tokens, light or dark by its theme attribute. */
class ThemeBox extends LitElement {
  static override styles = [
    themeTokens,
    css`
      :host {
        display: block;
        min-height: 100vh;
        box-sizing: border-box;
        background: var(--fl-bg);
        color: var(--fl-text);
        font-family: var(--fl-font);
      }
    `,
  ];
  override render() {
    return html`<slot></slot>`;
  }
}
customElements.define("sd-theme-box", ThemeBox);

export function themeBox(): HTMLElement {
  const box = document.createElement("sd-theme-box");
  if (params.get("theme") === "dark") box.setAttribute("theme", "dark");
  document.body.append(box);
  return box;
}
