/**
 * GEXF files this tool wrote (export/gexf.ts), read with its own reader (faultlines-reader.ts)
 * so nothing is lost: EDTF periods at their precision, lifetimes, families, notes, and the
 * evidence, rebuilt from each relation's source ids and citation lines (`reference[, ¶N]:
 * “quote”`). Recognised by `<creator>Faultlines</creator>` or the tool's column ids. When that
 * reader refuses the file (edited by hand, or by Gephi beyond what it tolerates), the caller
 * reads it as any GEXF.
 */
import type { Element } from "@xmldom/xmldom";
import type { Actor, Evidence, Relation, Source } from "../../model/types";
import { readFaultlinesGexf } from "./faultlines-reader";
import { EDGE_COLUMNS, GexfReadError, NODE_COLUMNS } from "./format";
import { attr, child, children, lineOf } from "./dom";
import { quote, type DiagnosticCollector, type Place } from "../kit/report";
import { IdPool, idFormOf } from "../kit/ids";
import type { GexfVocabulary } from "./vocabulary";
import { AT_ANY_TIME, mergeOverlapping } from "./time";

export function isFaultlinesFile(root: Element, graph: Element): boolean {
  if (child(root, "meta") && child(child(root, "meta")!, "creator")?.textContent?.trim() === "Faultlines") return true;
  const declared = (of: string) => new Set(children(graph, "attributes").filter((b) => attr(b, "class") === of).flatMap((b) => children(b, "attribute").map((a) => attr(a, "id"))));
  const [nodes, edges] = [declared("node"), declared("edge")];
  return nodes.has(NODE_COLUMNS.kind.id) && edges.has(EDGE_COLUMNS.relationType.id) && edges.has(EDGE_COLUMNS.confidence.id);
}

export type FaultlinesRead =
  | { readonly actors: Actor[]; readonly relations: Relation[]; readonly sources: Source[]; readonly actorOf: ReadonlyMap<string, string>; readonly skippedEdges: number }
  | { readonly refused: string };

export function readFaultlinesFile(text: string, graph: Element, nodes: readonly Element[], edges: readonly Element[], taxonomy: GexfVocabulary, log: DiagnosticCollector): FaultlinesRead {
  let read;
  try {
    read = readFaultlinesGexf(text);
  } catch (e) {
    if (e instanceof GexfReadError) return { refused: e.message };
    throw e;
  }
  const nodeLine = new Map(nodes.map((n, i) => [attr(n, "id") ?? "", { line: lineOf(n), index: i }]));
  const edgeAt = new Map(edges.map((e, i) => [attr(e, "id") ?? "", { line: lineOf(e), index: i, label: attr(e, "label") }]));
  const place = (list: "nodes" | "edges", id: string): Place => {
    const at = (list === "nodes" ? nodeLine : edgeAt).get(id);
    return { ...(at?.line ? { line: at.line } : {}), path: at ? `${list}[${at.index}]` : list, recordId: id };
  };
  // Ids as this tool writes them pass through; ones edited into another form are rewritten.
  const actorIds = new IdPool();
  const actorOf = new Map<string, string>();
  const actors = read.actors.map((a) => {
    const id = actorIds.take(idFormOf(a.id, "actor"));
    if (id !== a.id) log.warn({ ...place("nodes", a.id), problem: "node-id-rewritten" }, `the node id ${quote(a.id)} is not in the tool's id form; the actor's id is "${id}"`, "Nothing to do; edges that name the node are read the same", a.id);
    actorOf.set(a.id, id);
    return { ...a, id, kind: taxonomy.kind(a.kind, place("nodes", a.id)) };
  });
  const sources = new Map<string, Source>();
  const relationIds = new IdPool();
  let unmatched = 0;
  const relations: Relation[] = [];
  for (const { sources: cited, family, citation, ...r } of read.relations) {
    const at = place("edges", r.id);
    const [source, target] = [actorOf.get(r.source)!, actorOf.get(r.target)!];
    if (source === target) {
      log.error({ ...at, problem: "loop" }, `the edge goes from the node ${quote(r.source)} to itself; this tool has no relations of an actor with itself, so it is skipped`, "Nothing to do; or remove the edge", r.source);
      continue;
    }
    const id = relationIds.take(idFormOf(r.id, "relation"));
    if (id !== r.id) log.warn({ ...at, problem: "edge-id-rewritten" }, `the edge id ${quote(r.id)} is not in the tool's id form; the relation's id is "${id}"`, "Nothing to do", r.id);
    const type = taxonomy.type(r.type, r.directed, family, at, edgeAt.get(r.id)?.label);
    const evidence = evidenceOf(cited, citation ?? "", sources);
    if (!evidence) unmatched++;
    for (const cite of cited) if (!sources.has(cite)) sources.set(cite, { id: cite, title: cite });
    const periods = r.periods.length ? mergeOverlapping(r.periods) : [AT_ANY_TIME];
    relations.push({ ...r, id, source, target, type: type.id, periods, evidence: evidence ?? cited.map((s) => ({ source: s, quote: citation || s })) });
  }
  log.once("faultlines", "warning", { line: lineOf(graph), path: "graph" }, "this file was written by Faultlines: read with its own reader, keeping each period's EDTF text and precision, the evidence's quotes and the notes; each cited source is known by its id and title only", "Nothing to do");
  if (unmatched)
    log.once("citation-unmatched", "warning", { path: "edges" }, `for ${unmatched} relations the citation lines could not be told apart by source; each cited source gets the whole citation as its quote`, "Nothing to do; the citation text is kept whole");
  return { actors, relations, sources: [...sources.values()], actorOf, skippedEdges: read.relations.length - relations.length };
}

/** `Author, “Title”, Publisher, 31 Mar 2026, ¶12: “quote”`: the reference, a location and the quote. */
const CITATION_LINE = /^(.*?)(?:, (¶\s*[\w.–-]+|pp?\.\s*[\w.–-]+))?: “([\s\S]*)”$/;

/**
 * The evidence a citation lists, one piece per line; lines are given to sources by their
 * reference, in the order the export wrote them. Undefined when lines and sources do not match.
 */
function evidenceOf(cited: readonly string[], citation: string, sources: Map<string, Source>): Evidence[] | undefined {
  if (cited.length === 0) return [];
  const lines = citation.split(/(?<=”)\n/).map((l) => CITATION_LINE.exec(l));
  if (lines.some((l) => !l)) return undefined;
  for (const l of lines) quotedLocation(l!);
  const references = [...new Set(lines.map((l) => l![1]))];
  if (references.length !== cited.length) return undefined;
  const sourceOf = new Map(references.map((ref, i) => [ref, cited[i]]));
  references.forEach((ref, i) => {
    if (sources.has(cited[i])) return;
    const title = /“([^”]+)”/.exec(ref)?.[1];
    const author = /^([^,“]+), “/.exec(ref)?.[1];
    sources.set(cited[i], { id: cited[i], title: title ?? cited[i], ...(author ? { author } : {}) });
  });
  return lines.map((l) => ({ source: sourceOf.get(l![1])!, quote: l![3], ...(l![2] ? { location: l![2] } : {}) }));
}

/**
 * A location other than `¶N` or `p. N` is written `…, at "section 2"` (a JSON string; see
 * export/gexf-citation.ts): moved from the reference to the location of its parsed line. Every
 * `"` inside the JSON string is escaped, so only the last `, at "` can start it.
 */
function quotedLocation(line: RegExpExecArray): void {
  const reference = line[1];
  const at = reference.lastIndexOf(', at "');
  if (line[2] || at === -1 || !reference.endsWith('"')) return;
  try {
    const location: unknown = JSON.parse(reference.slice(at + 5));
    if (typeof location === "string") [line[1], line[2]] = [reference.slice(0, at), location];
  } catch {
    // Not this form: the reference's own text, kept as it is.
  }
}
