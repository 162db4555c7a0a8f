/**
 * GEXF nodes → actors. Each node gives an actor: its label (or its id), its kind from a column
 * titled kind, type, category or class (else the kind "actor"), aliases and a description when
 * columns give them, a lifetime from its time, and its viz position when it has one. Node ids
 * keep their form when they already are the tool's ids ("afghan-taliban", "12"), else are
 * rewritten to it ("Foo Bar" → "foo-bar"); a node whose id was seen before is skipped.
 */
import type { Element } from "@xmldom/xmldom";
import type { Actor } from "../../model/types";
import { Columns, NODE_ROLES, type NodeRole } from "./columns";
import { attr, child, lineOf } from "./dom";
import { quote, type DiagnosticCollector, type Place } from "../kit/report";
import { IdPool, idFormOf } from "../kit/ids";
import { isDrawablePosition, MAX_POSITION } from "../kit/positions";
import type { GexfVocabulary } from "./vocabulary";
import { elementPeriods, hull, type TimeAxis } from "./time";
import { decodeList, GexfReadError } from "./format";

export interface Position {
  readonly x: number;
  readonly y: number;
}

export interface NodesRead {
  readonly actors: Actor[];
  /** The actor id each node id of the file became. */
  readonly actorOf: Map<string, string>;
  readonly positions: Map<string, Position>;
  readonly skipped: number;
}

export const DEFAULT_KIND = "actor";

export function readNodes(graph: Element, nodes: readonly Element[], axis: TimeAxis, taxonomy: GexfVocabulary, log: DiagnosticCollector): NodesRead {
  const columns = new Columns<NodeRole>(graph, "node", NODE_ROLES, axis, log);
  const actors: Actor[] = [];
  const actorOf = new Map<string, string>();
  const lineOfNode = new Map<string, number | undefined>();
  const positions = new Map<string, Position>();
  // A node id already in the tool's form is kept as it is: another node's id rewritten into that
  // form ("N1" becoming "n1") gives way to it, even when it comes first.
  const inForm = new Set(nodes.map((el) => attr(el, "id")).filter((raw): raw is string => raw !== undefined && idFormOf(raw, "node") === raw));
  const ids = new IdPool(inForm);
  let skipped = 0;
  let vizOther = false;
  nodes.forEach((el, i) => {
    const raw = attr(el, "id");
    const place: Place = { line: lineOf(el), path: `nodes[${i}]`, ...(raw !== undefined ? { recordId: raw } : {}) };
    if (raw === undefined || raw.trim() === "") {
      skipped++;
      return log.error({ ...place, problem: "node-without-id" }, "the node has no id; it is skipped", 'Give every node an id, e.g. <node id="n1" label="…">');
    }
    if (actorOf.has(raw)) {
      skipped++;
      const first = lineOfNode.get(raw);
      return log.error({ ...place, problem: "duplicate-node" }, `the node id ${quote(raw)} is already used by the node${first ? ` at line ${first}` : ""}; this one is skipped`, "Give each node its own id, or merge the two nodes", raw);
    }
    const wanted = idFormOf(raw, "node");
    const keep = wanted === raw && !ids.used(raw);
    if (keep) ids.add(raw);
    const id = keep ? raw : ids.take(wanted);
    if (id !== wanted)
      log.warn({ ...place, problem: "node-id-taken" }, `the node id ${quote(raw)} would become the actor id "${wanted}", which another node already has; it is "${id}"`, "Nothing to do; edges that name the node are read the same", raw);
    else if (id !== raw)
      log.warn({ ...place, problem: "node-id-rewritten" }, `the node id ${quote(raw)} is not in the tool's id form (lower-case words joined by hyphens); the actor's id is "${id}"`, "Nothing to do; edges that name the node are read the same", raw);
    actorOf.set(raw, id);
    lineOfNode.set(raw, place.line);
    const label = (attr(el, "label") ?? columns.value(el, "label") ?? "").trim() || raw;
    const kindValue = columns.value(el, "kind");
    if (kindValue === undefined)
      log.once("default-kind", "warning", place, columns.has("kind") ? `some nodes have no ${quote(columns.titleOf("kind"))}; they get the kind "${DEFAULT_KIND}"` : `no node attribute is titled kind, type, category or class, so every actor gets the kind "${DEFAULT_KIND}"`, 'Nothing to do; or give nodes an attribute titled "kind"');
    const kind = kindValue !== undefined ? taxonomy.kind(kindValue, place) : taxonomy.kind(DEFAULT_KIND, place, "Actor");
    const aliases = readAliases(el, columns, place, log);
    const description = columns.value(el, "description");
    const time = elementPeriods(el, axis, log, place, `the node ${quote(raw)}`);
    if (time.periods.length > 1)
      log.once("lifetime-hull", "warning", place, "some nodes hold over several spells; an actor has one lifetime, so it runs from the first spell's start to the last one's end", "Nothing to do");
    const lifetime = time.dated && time.periods.length ? hull(time.periods) : undefined;
    actors.push({ id, label, kind, aliases, ...(description ? { description } : {}), ...(lifetime ? { lifetime } : {}) });
    const at = readPosition(el, place, log);
    if (at) positions.set(id, at);
    vizOther ||= !!(child(el, "color") ?? child(el, "size") ?? child(el, "shape"));
  });
  if (vizOther)
    log.once("viz-dropped", "warning", { path: "nodes" }, "node colours, sizes and shapes (viz) are not kept: the explorer colours actors by kind and sizes them by their relations; positions are kept", "Nothing to do");
  columns.reportUnread();
  return { actors, actorOf, positions, skipped };
}

function readAliases(el: Element, columns: Columns<NodeRole>, place: Place, log: DiagnosticCollector): string[] {
  const value = columns.value(el, "aliases");
  if (value === undefined) return [];
  try {
    return [...new Set(decodeList(value, place.path).map((a) => a.trim()).filter(Boolean))];
  } catch (e) {
    if (!(e instanceof GexfReadError)) throw e;
    log.warn({ ...place, problem: "unreadable-aliases" }, `the aliases ${quote(value.slice(0, 80))} cannot be read as a list; they are skipped`, 'Write them as a JSON array, ["a", "b"], or separated by |', value);
    return [];
  }
}

export function readPosition(el: Element, place: Place, log: DiagnosticCollector): Position | undefined {
  const position = child(el, "position");
  if (!position) return undefined;
  const [x, y] = ["x", "y"].map((a) => Number(attr(position, a) ?? "0"));
  if (isDrawablePosition(x, y)) return { x, y };
  if (Number.isFinite(x) && Number.isFinite(y)) {
    log.warn(
      { ...place, line: lineOf(position) ?? place.line, problem: "far-position" },
      `the viz:position of the node ${quote(place.recordId)} lies beyond ±${MAX_POSITION.toLocaleString("en")}, where no layout puts a node and where the graph would be drawn blank; it is not kept, and the graph is laid out instead`,
      "Lay the graph out again in Gephi, or delete this <viz:position> to have the explorer lay it out",
      `${attr(position, "x")}, ${attr(position, "y")}`,
    );
    return undefined;
  }
  log.warn({ ...place, line: lineOf(position) ?? place.line, problem: "unreadable-position" }, "the node's viz:position is not a pair of numbers; it is not kept", 'Write it as <viz:position x="1.5" y="-2"/>', `${attr(position, "x")}, ${attr(position, "y")}`);
  return undefined;
}
