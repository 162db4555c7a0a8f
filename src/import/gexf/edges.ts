/**
 * GEXF edges → relations. The type comes from a column titled relation type, type, kind or
 * label, else the edge's own `kind` or `label`, else "related"; the direction from the edge's
 * `type`, else the graph's `defaultedgetype`, else the taxonomy type's own ("mutual" counts as
 * undirected, as does a relation written both ways: an edge `<id>` and its way back
 * `<id>~reverse`, as our export writes mutual relations, are one undirected relation); the confidence from a "confidence" column saying low, medium or high, else
 * medium. Edges whose ends are not nodes, loops and edges left with no readable period are
 * skipped; a repeated edge id is renamed. A file gives no evidence: relations have none.
 */
import type { Element } from "@xmldom/xmldom";
import { closestMatch } from "../../model/diagnostics";
import { CONFIDENCE_LEVELS, type Confidence, type Relation } from "../../model/types";
import { Columns, EDGE_ROLES, type EdgeRole } from "./columns";
import { attr, lineOf } from "./dom";
import { quote, type DiagnosticCollector, type Place } from "../kit/report";
import { IdPool, idFormOf } from "../kit/ids";
import type { GexfVocabulary } from "./vocabulary";
import { elementPeriods, type TimeAxis } from "./time";
import { reverseTwins } from "./format";

export const DEFAULT_TYPE = "related";
const EDGE_TYPES = new Set(["directed", "undirected", "mutual"]);

export interface EdgesRead {
  readonly relations: Relation[];
  readonly skipped: number;
}

export function readEdges(graph: Element, edges: readonly Element[], actorOf: ReadonlyMap<string, string>, axis: TimeAxis, taxonomy: GexfVocabulary, log: DiagnosticCollector): EdgesRead {
  const columns = new Columns<EdgeRole>(graph, "edge", EDGE_ROLES, axis, log);
  const graphDefault = defaultDirection(graph, log);
  const relations: Relation[] = [];
  const ids = new IdPool();
  let skipped = 0;
  let undated = 0;
  let noConfidence = 0;
  let weighted = false;
  const twins = reverseTwins(edges.map((e) => ({ id: attr(e, "id"), source: attr(e, "source"), target: attr(e, "target") })));
  const bothWays = new Set([...twins].map((i) => attr(edges[i], "id")!.slice(0, -"~reverse".length)));
  edges.forEach((el, i) => {
    if (twins.has(i)) return;
    const rawId = attr(el, "id");
    const place: Place = { line: lineOf(el), path: `edges[${i}]`, ...(rawId !== undefined ? { recordId: rawId } : {}) };
    const ends = (["source", "target"] as const).map((end) => endOf(el, end, actorOf, place, log));
    const [source, target] = ends;
    if (source === undefined || target === undefined) return void skipped++;
    if (source === target) {
      skipped++;
      return log.error({ ...place, problem: "loop" }, `the edge goes from the node ${quote(attr(el, "source"))} to itself; this tool has no relations of an actor with itself, so it is skipped`, "Nothing to do; or remove the edge", attr(el, "source"));
    }
    const what = `the edge ${rawId !== undefined ? quote(rawId) : `from ${quote(attr(el, "source"))} to ${quote(attr(el, "target"))}`}`;
    const time = elementPeriods(el, axis, log, place, what);
    if (time.periods.length === 0) {
      skipped++;
      return log.error({ ...place, problem: "edge-without-period" }, `${what} has no readable period left; it is skipped`, "Correct its dates (see the lines above)");
    }
    if (!time.dated) undated++;
    const typeValue = columns.value(el, "relationType") ?? nonEmpty(attr(el, "kind")) ?? nonEmpty(attr(el, "label"));
    const own = attr(el, "type");
    if (own !== undefined && !EDGE_TYPES.has(own))
      log.warn({ ...place, problem: "edge-type" }, `the edge's type ${quote(own)} is not directed, undirected or mutual; the graph's default is used`, 'Write type="directed" or type="undirected"', own);
    const explicit = rawId !== undefined && bothWays.has(rawId) ? false : own !== undefined && EDGE_TYPES.has(own) ? own === "directed" : graphDefault;
    if (typeValue === undefined)
      log.once("default-type", "warning", place, `some edges have no relation type (no column titled relation type, type, kind or label, nor a kind or label on the edge); they are of the type "${DEFAULT_TYPE}"`, 'Nothing to do; or give edges an attribute titled "relation type"');
    const type = taxonomy.type(typeValue ?? DEFAULT_TYPE, explicit ?? false, columns.value(el, "family"), place, typeValue === undefined ? "Related" : undefined);
    const id = edgeId(rawId, i, ids, place, log);
    const confidence = readConfidence(columns.value(el, "confidence"), place, log);
    if (confidence === undefined) noConfidence++;
    const note = columns.value(el, "note");
    const weight = attr(el, "weight");
    weighted ||= weight !== undefined && Number(weight) !== 1;
    relations.push({ id, source, target, type: type.id, directed: explicit ?? type.directed, periods: time.periods, confidence: confidence ?? "medium", evidence: [], ...(note ? { note } : {}) });
  });
  const file: Place = { path: "edges" };
  if (relations.length) log.once("no-evidence", "warning", file, "GEXF carries no evidence: the imported relations cite no source", "Nothing to do; add evidence to the relations that matter in the data files");
  if (noConfidence) log.once("default-confidence", "warning", file, `${noConfidence} of ${relations.length} relations have no confidence (low, medium or high) in the file; they are given "medium"`, 'Nothing to do; or add an edge attribute titled "confidence"');
  if (undated) log.once("undated", "warning", file, `${undated} of ${relations.length} relations have no dates this tool can use; they hold "at any time" and are shown at every date`, "Give those edges a start (and an end, if they ended) as dates, or spells");
  if (weighted) log.once("weight", "warning", file, "edge weights are not kept: the explorer draws relations by confidence, not weight", "Nothing to do");
  columns.reportUnread();
  return { relations, skipped };
}

const nonEmpty = (v: string | undefined) => (v !== undefined && v.trim() !== "" ? v.trim() : undefined);

/** The graph's default direction, or undefined when the file does not say (GEXF's default is undirected). */
function defaultDirection(graph: Element, log: DiagnosticCollector): boolean | undefined {
  const given = attr(graph, "defaultedgetype");
  if (given === undefined) return undefined;
  if (EDGE_TYPES.has(given)) return given === "directed";
  log.warn({ line: lineOf(graph), path: "graph", problem: "default-edge-type" }, `defaultedgetype=${quote(given)} is not directed, undirected or mutual; edges without a type are read as undirected`, 'Write defaultedgetype="directed" or "undirected"', given);
  return false;
}

function endOf(el: Element, end: "source" | "target", actorOf: ReadonlyMap<string, string>, place: Place, log: DiagnosticCollector): string | undefined {
  const raw = attr(el, end);
  if (raw === undefined || raw === "") {
    log.error({ ...place, problem: "edge-without-end" }, `the edge has no ${end}; it is skipped`, `Give the edge a ${end}: the id of one of the file's nodes`);
    return undefined;
  }
  const actor = actorOf.get(raw);
  if (actor !== undefined) return actor;
  const guess = log.shows("missing-node") && actorOf.size <= 5000 ? closestMatch(raw, actorOf.keys()) : undefined;
  log.error({ ...place, problem: "missing-node" }, `the edge's ${end} ${quote(raw)} is not a node of the file; the edge is skipped`, `${guess !== undefined ? `Did you mean ${quote(guess)}? ` : ""}Add a node with the id ${quote(raw)}, or correct the edge's ${end}`, raw);
  return undefined;
}

function edgeId(raw: string | undefined, index: number, ids: IdPool, place: Place, log: DiagnosticCollector): string {
  if (raw === undefined || raw.trim() === "") {
    log.once("edge-without-id", "warning", place, "some edges have no id (GEXF allows that); they are named edge-1, edge-2, ... by their place in the file", "Nothing to do");
    return ids.take(`edge-${index + 1}`);
  }
  const wanted = idFormOf(raw, `edge-${index + 1}`);
  const id = ids.take(wanted);
  if (id !== wanted) log.warn({ ...place, problem: "duplicate-edge" }, `the edge id ${quote(raw)} is used by an earlier edge; this relation is renamed "${id}"`, "Give each edge its own id", raw);
  return id;
}

function readConfidence(value: string | undefined, place: Place, log: DiagnosticCollector): Confidence | undefined {
  if (value === undefined) return undefined;
  const level = value.toLowerCase();
  if ((CONFIDENCE_LEVELS as readonly string[]).includes(level)) return level as Confidence;
  log.warn({ ...place, problem: "unreadable-confidence" }, `the confidence ${quote(value)} is not low, medium or high; "medium" is used`, 'Write "low", "medium" or "high"', value);
  return "medium";
}
