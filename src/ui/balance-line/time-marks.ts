/**
 * The balance line's marks for the date or window shown: its band, its rule and the dot of its
 * own balance, drawn into the chart Plot made and moved in place when only the time changes, so a
 * timeline drag does not make the whole chart anew on every step. They stand where Plot's rect,
 * ruleX and dot marks stood, in the same order around the line, clipped to the frame as those were.
 */
import type { Day } from "../../model/dates";

const SVG = "http://www.w3.org/2000/svg";
let nextClip = 0;

interface Scale {
  apply(value: unknown): number;
}

export interface MarkStyle {
  readonly accent: string;
  readonly background: string;
}

export class TimeMarks {
  private readonly band: SVGRectElement;
  private readonly rule: SVGLineElement;
  private readonly dot: SVGCircleElement;

  /** Puts the marks around `line` (the line's group) in `svg`, a frame of `frame` in its pixels. */
  constructor(
    svg: SVGSVGElement,
    line: Element,
    private readonly frame: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number },
    private readonly x: Scale,
    private readonly y: Scale,
    style: MarkStyle,
  ) {
    const el = <K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) => {
      const e = document.createElementNS(SVG, name) as SVGElementTagNameMap[K];
      for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
      return e;
    };
    const id = `balance-time-clip-${++nextClip}`;
    const clip = el("clipPath", { id });
    clip.append(el("rect", { x: frame.left, y: frame.top, width: frame.right - frame.left, height: frame.bottom - frame.top }));
    const under = el("g", { "clip-path": `url(#${id})`, "aria-hidden": "true" });
    this.band = el("rect", { y: frame.top, height: frame.bottom - frame.top, fill: "currentColor", "fill-opacity": 0.08 });
    this.rule = el("line", { y1: frame.top, y2: frame.bottom, stroke: "currentColor", "stroke-width": 1.5 });
    under.append(this.band, this.rule);
    const over = el("g", { "clip-path": `url(#${id})`, "aria-hidden": "true" });
    this.dot = el("circle", { r: 3.5, fill: style.accent, stroke: style.background, "stroke-width": 1.5 });
    over.append(this.dot);
    svg.insertBefore(clip, svg.firstChild);
    line.before(under);
    line.after(over);
  }

  /** Marks the time shown, with its balance as a dot (none when null); nothing when no time. */
  place(time: { from: Day; to: Day } | null, ratio: number | null, date: (day: Day) => Date): void {
    const shown = time !== null;
    for (const e of [this.band, this.rule]) e.style.display = shown ? "" : "none";
    this.dot.style.display = shown && ratio !== null ? "" : "none";
    if (!time) return;
    const [x1, x2] = [this.x.apply(date(time.from)), this.x.apply(date(time.to + 1))];
    this.band.setAttribute("x", String(Math.min(x1, x2)));
    this.band.setAttribute("width", String(Math.abs(x2 - x1)));
    const at = this.x.apply(date(time.to));
    this.rule.setAttribute("x1", String(at));
    this.rule.setAttribute("x2", String(at));
    if (ratio === null) return;
    this.dot.setAttribute("cx", String(at));
    this.dot.setAttribute("cy", String(this.y.apply(ratio)));
  }
}
