/**
 * fl-relation-tip: a small tooltip by the pointer over a line of the graph, saying what the
 * line is (tip-model.ts). Text only. It keeps inside its positioned parent (the graph's area),
 * flipping to the pointer's left or above when there is no room; it never takes the pointer.
 * The details panel says the same to keyboard and screen reader users, so the tooltip is
 * hidden from assistive technology.
 *
 * @summary What a line of the graph stands for, by the pointer.
 */
import { css, html, LitElement, nothing, type PropertyValues } from "lit";
import type { Time } from "../../model/time-words";
import type { DataSet } from "../../model/types";
import { indexDataSet, type DataIndex } from "../details/details-model";
import { tipText } from "./tip-model";

/** Pixels between the pointer and the tooltip. */
const OFFSET = 14;

export class FlRelationTip extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      left: 0;
      top: 0;
      z-index: 5;
      pointer-events: none;
      max-width: 22rem;
      padding: 0.4rem 0.6rem;
      border-radius: 4px;
      background: var(--fl-bg, Canvas);
      color: var(--fl-text, CanvasText);
      border: 1px solid var(--fl-border, GrayText);
      box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
      font: 0.8rem/1.35 var(--fl-font, system-ui, sans-serif);
    }
    :host([hidden]) {
      display: none;
    }
    strong {
      display: block;
    }
    p {
      margin: 0;
    }
  `;
  static override properties = {
    dataSet: { attribute: false },
    relations: { attribute: false },
    time: { attribute: false },
    point: { attribute: false },
  };

  declare dataSet: DataSet | null;
  /** The relations the hovered line stands for; empty when no line is hovered. */
  declare relations: readonly string[];
  declare time: Time | null;
  /** The pointer, in the parent's pixels. */
  declare point: { readonly x: number; readonly y: number } | null;

  private index: DataIndex | null = null;

  constructor() {
    super();
    this.dataSet = null;
    this.relations = [];
    this.time = null;
    this.point = null;
    this.setAttribute("aria-hidden", "true");
    this.setAttribute("data-testid", "relation-tip");
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("dataSet")) this.index = this.dataSet ? indexDataSet(this.dataSet) : null;
  }

  override render() {
    const text = this.index && this.point ? tipText(this.index, this.relations, this.time) : null;
    this.hidden = !text;
    if (!text) return nothing;
    return html`<strong dir="auto">${text.heading}</strong>${text.lines.map((line) => html`<p dir="auto">${line}</p>`)}`;
  }

  protected override updated(): void {
    if (this.hidden || !this.point) return;
    // Right of and below the pointer, or left of / above it where the parent has no room.
    const parent = this.offsetParent as HTMLElement | null;
    const [width, height] = [this.offsetWidth, this.offsetHeight];
    const [maxX, maxY] = [parent?.clientWidth ?? Infinity, parent?.clientHeight ?? Infinity];
    let x = this.point.x + OFFSET;
    let y = this.point.y + OFFSET;
    if (x + width > maxX) x = Math.max(0, this.point.x - OFFSET - width);
    if (y + height > maxY) y = Math.max(0, this.point.y - OFFSET - height);
    this.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
  }
}

customElements.define("fl-relation-tip", FlRelationTip);

declare global {
  interface HTMLElementTagNameMap {
    "fl-relation-tip": FlRelationTip;
  }
}
