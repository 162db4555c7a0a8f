/**
 * GEXF files this tool wrote (export/gexf.ts), read with its own reader (faultlines-reader.ts)
 * so nothing is lost: EDTF periods at their precision, lifetimes, families, notes, and the
 * evidence, rebuilt from each relation's source ids and citation lines (`reference[, ¶N]:
 * “quote”`). Recognised by `<creator>Faultlines</creator>` or the tool's column ids. When that
 * reader refuses the file (edited by hand, or by Gephi beyond what it tolerates), the caller
 * reads it as any GEXF.
 */
import type { Element } from "@xmldom/xmldom";
import type { Actor, Evidence, Relation, Source, Taxonomy, Timing } from "../../model/types";
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
  | {
      readonly actors: Actor[];
      readonly relations: Relation[];
      readonly sources: Source[];
      readonly actorOf: ReadonlyMap<string, string>;
      readonly skippedEdges: number;
      /** The timing the file gives types that have none in the taxonomy (those it adds, mostly). */
      readonly timings: ReadonlyMap<string, Timing>;
    }
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
  const timings = new Map<string, Timing>();
  for (const { sources: cited, family, citation, timing, ...r } of read.relations) {
    const at = place("edges", r.id);
    const [source, target] = [actorOf.get(r.source)!, actorOf.get(r.target)!];
    if (source === target) {
      log.error({ ...at, problem: "loop" }, `the edge goes from the node ${quote(r.source)} to itself; this tool has no relations of an actor with itself, so it is skipped`, "Nothing to do; or remove the edge", r.source);
      continue;
    }
    const id = relationIds.take(idFormOf(r.id, "relation"));
    if (id !== r.id) log.warn({ ...at, problem: "edge-id-rewritten" }, `the edge id ${quote(r.id)} is not in the tool's id form; the relation's id is "${id}"`, "Nothing to do", r.id);
    const type = taxonomy.type(r.type, r.directed, family, at, edgeAt.get(r.id)?.label);
    if (timing && !type.timing && !timings.has(type.id)) timings.set(type.id, timing);
    const evidence = evidenceOf(cited, citation ?? "", sources);
    if (!evidence) unmatched++;
    for (const cite of cited) if (!sources.has(cite)) sources.set(cite, { id: cite, title: cite });
    const periods = r.periods.length ? mergeOverlapping(r.periods) : [AT_ANY_TIME];
    relations.push({ ...r, id, source, target, type: type.id, periods, evidence: evidence ?? cited.map((s) => ({ source: s, quote: citation || s })) });
  }
  log.once("faultlines", "warning", { line: lineOf(graph), path: "graph" }, "this file was written by Faultlines: read with its own reader, keeping each period's EDTF text and precision, the evidence's quotes and the notes; each cited source is known by its id and title only", "Nothing to do");
  if (unmatched)
    log.once("citation-unmatched", "warning", { path: "edges" }, `for ${unmatched} relations the citation lines could not be told apart by source; each cited source gets the whole citation as its quote`, "Nothing to do; the citation text is kept whole");
  return { actors, relations, sources: [...sources.values()], actorOf, skippedEdges: read.relations.length - relations.length, timings };
}

/** The taxonomy with the file's timing given to the types that have none. */
export const withTimings = (taxonomy: Taxonomy, timings: ReadonlyMap<string, Timing> | undefined): Taxonomy =>
  timings?.size ? { ...taxonomy, types: taxonomy.types.map((t) => (!t.timing && timings.has(t.id) ? { ...t, timing: timings.get(t.id) } : t)) } : taxonomy;

/**
 * `Author, “Title”, Publisher, 31 Mar 2026, ¶12: “quote”`: the reference (the shortest start,
 * on one line, followed by ": “"), a location and the quote. Read by walking the line, not by a
 * pattern: /^(.*?)(?:, (¶…|p. …))?: “([\s\S]*)”$/ scanned to the end from every ": “", and a line
 * not ending in ” took minutes.
 */
const LOCATION = /¶\s*[\w.–-]+|pp?\.\s*[\w.–-]+/y;
const LINE_BREAK = /[\n\r\u2028\u2029]/;

interface CitationLine {
  readonly reference: string;
  readonly location?: string;
  readonly quote: string;
}

function citationLine(line: string): CitationLine | undefined {
  if (!line.endsWith("”")) return undefined;
  const breakAt = line.search(LINE_BREAK);
  const last = breakAt < 0 ? line.length : breakAt;
  /** The quote after an opening ": “" at `at`, if one is there with room for its closing ”. */
  const quoteAt = (at: number) => (line.startsWith(": “", at) && at + 3 < line.length ? line.slice(at + 3, -1) : undefined);
  for (let p = 0; p < last; p++) {
    if (line[p] === ":") {
      const quote = quoteAt(p);
      if (quote !== undefined) return { reference: line.slice(0, p), quote };
    } else if (line[p] === "," && line[p + 1] === " ") {
      LOCATION.lastIndex = p + 2;
      const location = LOCATION.exec(line)?.[0];
      const quote = location === undefined ? undefined : quoteAt(p + 2 + location.length);
      if (quote !== undefined) return { reference: line.slice(0, p), location, quote };
    }
  }
  return undefined;
}

/** The first non-empty “title” in a reference, found without a pattern that rescans from every “. */
function quotedTitle(reference: string): string | undefined {
  for (let open = reference.indexOf("“"); open >= 0; open = reference.indexOf("“", open + 1)) {
    const close = reference.indexOf("”", open + 1);
    if (close < 0) return undefined;
    if (close > open + 1) return reference.slice(open + 1, close);
  }
  return undefined;
}

/**
 * The evidence a citation lists, one piece per line; lines are given to sources by their
 * reference, in the order the export wrote them. Undefined when lines and sources do not match.
 */
function evidenceOf(cited: readonly string[], citation: string, sources: Map<string, Source>): Evidence[] | undefined {
  if (cited.length === 0) return [];
  const lines = citation.split(/(?<=”)\n/).map((l) => withoutEventNote(quotedLocation(citationLine(l))));
  if (lines.some((l) => !l)) return undefined;
  const references = [...new Set(lines.map((l) => l!.reference))];
  if (references.length !== cited.length) return undefined;
  const sourceOf = new Map(references.map((ref, i) => [ref, cited[i]]));
  references.forEach((ref, i) => {
    if (sources.has(cited[i])) return;
    const title = quotedTitle(ref);
    const author = /^([^,“]+), “/.exec(ref)?.[1];
    sources.set(cited[i], { id: cited[i], title: title ?? cited[i], ...(author ? { author } : {}) });
  });
  return lines.map((l) => ({ source: sourceOf.get(l!.reference)!, quote: l!.quote, ...(l!.location ? { location: l!.location } : {}) }));
}

/** The reference without the event's date and deaths the export adds, ` [9 Oct 2025, 3 deaths]` (export/gexf-citation.ts). */
function withoutEventNote(line: CitationLine | undefined): CitationLine | undefined {
  const note = line && / \[[^[\]\n]*\]$/.exec(line.reference);
  return note ? { ...line, reference: line.reference.slice(0, note.index) } : line;
}

/**
 * A location other than `¶N` or `p. N` is written `…, at "section 2"` (a JSON string; see
 * export/gexf-citation.ts): moved from the reference to the location of its parsed line. Every
 * `"` inside the JSON string is escaped, so only the last `, at "` can start it.
 */
function quotedLocation(line: CitationLine | undefined): CitationLine | undefined {
  if (!line || line.location) return line;
  const { reference } = line;
  const at = reference.lastIndexOf(', at "');
  if (at === -1 || !reference.endsWith('"')) return line;
  try {
    const location: unknown = JSON.parse(reference.slice(at + 5));
    if (typeof location === "string") return { ...line, reference: reference.slice(0, at), location };
  } catch {
    // Not this form: the reference's own text, kept as it is.
  }
  return line;
}
