/**
 * A GEXF file's attribute columns, and which of them this tool reads: each role (an actor's
 * kind, a relation's type, ...) is found by the column's title, in any case and spacing
 * ("Relation type", "relation_type", "relationtype"), from a short list per role in order of
 * preference. Columns with no role are reported once as not read. Dynamic attributes (values
 * with start/end) keep the value that holds at the latest time: the file's last word, which is
 * what a snapshot "as of now" shows. Ids and titles from the file are only ever Map keys.
 */
import type { Element } from "@xmldom/xmldom";
import { attr, child, children, lineOf } from "./dom";
import { quote, type DiagnosticCollector } from "../kit/report";
import { timeKey, type TimeAxis } from "./time";

export type NodeRole = "kind" | "aliases" | "description" | "label";
export type EdgeRole = "relationType" | "confidence" | "family" | "note";

/** Titles (normalised: lower case, letters and digits only) that give a column its role. */
export const NODE_ROLES: ReadonlyMap<NodeRole, readonly string[]> = new Map<NodeRole, readonly string[]>([
  ["kind", ["kind", "type", "category", "class", "actorkind", "actortype"]],
  ["aliases", ["aliases", "alias", "aka", "alsoknownas"]],
  ["description", ["description"]],
  ["label", ["label", "name"]],
]);
export const EDGE_ROLES: ReadonlyMap<EdgeRole, readonly string[]> = new Map<EdgeRole, readonly string[]>([
  ["relationType", ["relationtype", "type", "kind", "label"]],
  ["confidence", ["confidence"]],
  ["family", ["family"]],
  ["note", ["note", "description", "comment"]],
]);

export const normaliseTitle = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]/g, "");

interface Column {
  readonly id: string;
  readonly title: string;
  readonly fallback?: string;
  readonly line?: number;
}

export class Columns<Role extends string> {
  private readonly columns = new Map<string, Column>();
  private readonly byRole = new Map<Role, Column>();
  private readonly undeclared = new Set<string>();
  private dynamicSeen = false;

  constructor(
    graph: Element,
    private readonly of: "node" | "edge",
    roles: ReadonlyMap<Role, readonly string[]>,
    private readonly axis: TimeAxis,
    private readonly log: DiagnosticCollector,
  ) {
    for (const block of children(graph, "attributes")) {
      if (attr(block, "class") !== of) continue;
      for (const a of children(block, "attribute")) {
        const id = attr(a, "id") ?? attr(a, "title") ?? "";
        const title = attr(a, "title") ?? id;
        const fallback = child(a, "default")?.textContent ?? undefined;
        const line = lineOf(a);
        if (this.columns.has(id)) log.warn({ line, path: `attributes.${of}`, problem: "duplicate-attribute" }, `the ${of} attribute id ${quote(id)} is declared twice; the first is used`, "Give each attribute its own id", id);
        else this.columns.set(id, { id, title, ...(fallback !== undefined ? { fallback } : {}), ...(line ? { line } : {}) });
      }
    }
    for (const [role, titles] of roles) {
      const found = titles.map((t) => [...this.columns.values()].find((c) => normaliseTitle(c.title) === t && ![...this.byRole.values()].includes(c))).find(Boolean);
      if (found) this.byRole.set(role, found);
    }
  }

  has(role: Role): boolean {
    return this.byRole.has(role);
  }

  titleOf(role: Role): string | undefined {
    return this.byRole.get(role)?.title;
  }

  /** The element's value for a role: its own, else the column's default; trimmed, "" as none. */
  value(el: Element, role: Role): string | undefined {
    const column = this.byRole.get(role);
    if (!column) return undefined;
    const values = this.attvalues(el).get(column.id) ?? [];
    const chosen = values.length > 1 ? this.latest(values, column) : values[0];
    const value = (chosen ? attr(chosen, "value") : undefined) ?? column.fallback;
    return value === undefined || value.trim() === "" ? undefined : value.trim();
  }

  /** Says once which declared columns this tool does not read. */
  reportUnread(): void {
    const used = new Set(this.byRole.values());
    for (const c of this.columns.values())
      if (!used.has(c))
        this.log.warn(
          { line: c.line, path: `attributes.${this.of}`, problem: "attribute-unread" },
          `the ${this.of} attribute ${quote(c.title)} is not imported: this tool has no place for it`,
          this.of === "node" ? "Nothing to do; columns titled kind, type, category, class, aliases, description or label are read" : "Nothing to do; columns titled relation type, type, kind, label, confidence, family or note are read",
          c.title,
        );
  }

  /** The attvalues of an element by column id; a `for` naming no column is reported once. */
  private attvalues(el: Element): Map<string, Element[]> {
    const values = new Map<string, Element[]>();
    for (const block of children(el, "attvalues"))
      for (const v of children(block, "attvalue")) {
        const key = attr(v, "for") ?? attr(v, "id") ?? "";
        if (!this.columns.has(key) && !this.undeclared.has(key)) {
          this.undeclared.add(key);
          this.log.warn({ line: lineOf(v), path: `${this.of}s`, problem: "attvalue-undeclared" }, `a value is given for the ${this.of} attribute ${quote(key)}, which is not declared; it is not imported`, `Declare it in <attributes class="${this.of}">, or remove the value`, key);
        }
        const list = values.get(key);
        if (list) list.push(v);
        else values.set(key, [v]);
      }
    return values;
  }

  /** Of a column's dynamic values, the one holding at the latest time (latest end, then start). */
  private latest(values: Element[], column: Column): Element {
    let best = values[0];
    let bestKey: [number, number] = [-Infinity, -Infinity];
    for (const v of values) {
      const at = attr(v, "timestamp");
      const key: [number, number] = [timeKey(at ?? attr(v, "end") ?? attr(v, "endopen"), this.axis, Infinity), timeKey(at ?? attr(v, "start") ?? attr(v, "startopen"), this.axis, -Infinity)];
      const [end, start] = key.map((k) => (Number.isNaN(k) ? -Infinity : k));
      if (end > bestKey[0] || (end === bestKey[0] && start >= bestKey[1])) [best, bestKey] = [v, [end, start]];
    }
    if (!this.dynamicSeen && new Set(values.map((v) => attr(v, "value"))).size > 1) {
      this.dynamicSeen = true;
      this.log.once(`dynamic-${this.of}`, "warning", { line: lineOf(best), path: `${this.of}s` }, `the ${this.of} attribute ${quote(column.title)} changes over time; each ${this.of} keeps the value that holds at the latest time, e.g. ${quote(attr(best, "value"))}`, "Nothing to do; to keep each value, split the element into one per value");
    }
    return best;
  }
}
