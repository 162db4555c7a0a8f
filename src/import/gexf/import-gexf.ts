/**
 * Imports someone else's GEXF (1.1, 1.2draft, 1.3; static or dynamic; as Gephi and other tools
 * write it) as a data set: nodes become actors, edges relations, the file's time periods, and
 * viz positions are returned beside the data set. Files that are slightly off the schema (wrong
 * or missing namespace, a stale `version`, no `<edges>`) are read anyway and what was off is
 * reported; files this tool wrote are read with its own reader so nothing is lost. Never throws
 * on bad input: a file that cannot be used gives `ok: false` with the reasons.
 *
 * Pieces, in this folder: xml (limits and parsing), time (periods), columns (attributes), nodes,
 * edges, vocabulary (kinds and types added), faultlines-files (own files); the report is
 * collected by the import kit (../kit/report.ts).
 */
import type { Element } from "@xmldom/xmldom";
import type { Diagnostic } from "../../model/diagnostics";
import type { Actor, Relation, Source, Taxonomy, Timing } from "../../model/types";
import type { ImportReport, ImportResult } from "../types";
import { attr, child, children, lineOf } from "./dom";
import { readEdges } from "./edges";
import { isFaultlinesFile, readFaultlinesFile, withTimings } from "./faultlines-files";
import { gexfLog, quote, type DiagnosticCollector } from "../kit/report";
import { warnLookAlikes } from "../kit/look-alikes";
import { readNodes, readPosition, type Position } from "./nodes";
import { GexfVocabulary } from "./vocabulary";
import { decideAxis, timeValues } from "./time";
import { parseGexfXml } from "./xml";

export type { Position } from "./nodes";
export { MAX_DEPTH, MAX_ELEMENTS, MAX_FILE_CHARS } from "./xml";

/** An import's result, with the file's viz positions by actor id when it succeeds. */
export type GexfImportResult =
  | (Extract<ImportResult, { ok: true }> & { readonly positions: ReadonlyMap<string, Position> })
  | Extract<ImportResult, { ok: false }>;

const NAMESPACE = /^https?:\/\/(?:www\.)?gexf\.net\/(1\.1draft|1\.2draft|1\.3)\/?$/;
const VERSIONS = new Set(["1.0", "1.1", "1.2", "1.3"]);

export function importGexf(text: string, fileName: string, taxonomy: Taxonomy): GexfImportResult {
  const log = gexfLog(fileName);
  const refuse = (diagnostics: readonly Diagnostic[], counts: Record<string, number> = {}): GexfImportResult => ({ ok: false, report: { file: fileName, diagnostics, counts } });
  const fatal = (path: string, message: string, fix: string, line?: number, value?: unknown): Diagnostic => ({ severity: "error", file: fileName, ...(line ? { line } : {}), path, ...(value === undefined ? {} : { value }), message, fix });

  const parsed = parseGexfXml(fileName, text);
  if (!parsed.ok) return refuse(parsed.diagnostics);
  const { root } = parsed;
  log.adopt(parsed.warnings);
  if (root.localName !== "gexf") return refuse([...log.finish(), wrongRoot(root, fatal)]);
  checkHeader(root, log);
  const graphs = children(root, "graph");
  if (graphs.length === 0) return refuse([...log.finish(), fatal("gexf", "there is no <graph> element: the file holds no graph", "Export the graph again from the tool that made it", lineOf(root))]);
  const graph = graphs[0];
  if (graphs.length > 1) log.warn({ line: lineOf(graphs[1]), path: "gexf", problem: "graphs" }, `the file holds ${graphs.length} graphs; only the first is read`, "Export each graph to a file of its own");
  const { nodes, edges } = collectElements(graph, log);
  if (nodes.length === 0) return refuse([...log.finish(), fatal("graph", "the graph has no nodes: there is nothing to import", "Choose a file with nodes, or export the graph again", lineOf(graph))]);

  const builder = new GexfVocabulary(taxonomy, log);
  let read: { actors: Actor[]; relations: Relation[]; sources: Source[]; positions: Map<string, Position>; skipped: [number, number]; timings?: ReadonlyMap<string, Timing> } | undefined;
  if (isFaultlinesFile(root, graph)) {
    const own = readFaultlinesFile(text, graph, nodes, edges, builder, log);
    if ("refused" in own)
      log.warn({ line: lineOf(graph), path: "graph", problem: "faultlines-refused" }, `this file says it was written by Faultlines, but its reader cannot read it (${own.refused.slice(0, 300)}); it is read as any GEXF file, so periods are kept to the day and evidence is lost`, "Export it again from Faultlines for a lossless import");
    else {
      const positions = new Map<string, Position>();
      for (const n of nodes) {
        const id = own.actorOf.get(attr(n, "id") ?? "");
        const at = id !== undefined ? readPosition(n, { line: lineOf(n), path: "nodes", recordId: id }, log) : undefined;
        if (at && id !== undefined) positions.set(id, at);
      }
      read = { ...own, positions, skipped: [0, own.skippedEdges] };
    }
  }
  if (!read) {
    const values = new Set<string>();
    for (const el of [...nodes, ...edges]) {
      timeValues(el, values);
      for (const s of children(el, "spells").flatMap((b) => children(b, "spell"))) timeValues(s, values);
    }
    const axis = decideAxis(graph, values, log, { line: lineOf(graph), path: "graph" });
    const fromNodes = readNodes(graph, nodes, axis, builder, log);
    const fromEdges = readEdges(graph, edges, fromNodes.actorOf, axis, builder, log);
    read = { actors: fromNodes.actors, relations: fromEdges.relations, sources: [], positions: fromNodes.positions, skipped: [fromNodes.skipped, fromEdges.skipped] };
  }
  const counts = {
    nodes: nodes.length,
    edges: edges.length,
    actors: read.actors.length,
    relations: read.relations.length,
    skippedNodes: read.skipped[0],
    skippedEdges: read.skipped[1],
    periods: read.relations.reduce((n, r) => n + r.periods.length, 0),
    positions: read.positions.size,
    kindsAdded: builder.added.kinds,
    typesAdded: builder.added.types,
    familiesAdded: builder.added.families,
  };
  warnLookAlikes(read.actors, log);
  const diagnostics = log.finish();
  if (read.actors.length === 0) return refuse([...diagnostics, fatal("nodes", `none of the ${nodes.length} nodes could be read`, "Correct the nodes named above")], counts);
  const report: ImportReport = { file: fileName, diagnostics, counts };
  return { ok: true, dataSet: { taxonomy: withTimings(builder.taxonomy(), read.timings), actors: read.actors, relations: read.relations, sources: read.sources }, report, positions: read.positions };
}

function wrongRoot(root: Element, fatal: (path: string, message: string, fix: string, line?: number, value?: unknown) => Diagnostic): Diagnostic {
  const name = (root.localName ?? root.nodeName).slice(0, 40);
  const line = lineOf(root);
  if (name === "graphml") return fatal("(root)", "this is a GraphML file, not GEXF", "Open it in Gephi and export it as GEXF (File > Export > Graph file > GEXF)", line, name);
  if (name.toLowerCase() === "html") return fatal("(root)", "this is a web page (HTML), not a GEXF file: perhaps the page was saved instead of the file it links to", "Download the .gexf file itself", line, name);
  return fatal("(root)", `the root element is <${name}>, not <gexf>: this is not a GEXF file`, "Choose a GEXF file (.gexf), as Gephi's File > Export > Graph file writes it", line, name);
}

/** Namespace and version: either may be missing, unknown or disagree; the file is read anyway. */
function checkHeader(root: Element, log: DiagnosticCollector): void {
  const place = { line: lineOf(root), path: "gexf" };
  const ns = root.namespaceURI ?? "";
  const version = attr(root, "version");
  const nsVersion = NAMESPACE.exec(ns)?.[1]?.replace("draft", "");
  if (!ns) log.warn({ ...place, problem: "namespace" }, "the <gexf> element has no namespace; read as GEXF anyway", `Add xmlns="http://gexf.net/1.3" (or the namespace of the file's version)`);
  else if (!nsVersion) log.warn({ ...place, problem: "namespace" }, `the namespace ${quote(ns)} is not a GEXF namespace; read as GEXF anyway`, `Use xmlns="http://gexf.net/1.3" (or the namespace of the file's version)`, ns);
  if (version === undefined) log.warn({ ...place, problem: "version" }, "the <gexf> element has no version; read anyway", `Add version="${nsVersion ?? "1.3"}"`);
  else if (!VERSIONS.has(version)) log.warn({ ...place, problem: "version" }, `the version ${quote(version)} is not a GEXF version (1.1, 1.2, 1.3); read anyway`, `Write version="${nsVersion ?? "1.3"}"`, version);
  else if (nsVersion && version !== nsVersion) log.warn({ ...place, problem: "version" }, `the version says ${version} but the namespace is GEXF ${nsVersion}; read as ${nsVersion}`, `Write version="${nsVersion}" (a stale version attribute, left by an older exporter)`, version);
}

/**
 * The graph's nodes and edges in file order. Off-schema but common: nodes or edges directly in
 * <graph>, no <edges> at all. Hierarchies (nodes inside nodes, GEXF 1.2) are flattened.
 */
function collectElements(graph: Element, log: DiagnosticCollector): { nodes: Element[]; edges: Element[] } {
  const nodes: Element[] = [];
  const edges: Element[] = [];
  const place = { line: lineOf(graph), path: "graph" };
  const nodeBlocks = children(graph, "nodes");
  const edgeBlocks = children(graph, "edges");
  if (nodeBlocks.length === 0 && children(graph, "node").length)
    log.warn({ ...place, problem: "loose-nodes" }, "the nodes are not inside a <nodes> element; read anyway", "Put them inside <nodes>…</nodes>");
  if (edgeBlocks.length === 0 && children(graph, "edge").length)
    log.warn({ ...place, problem: "loose-edges" }, "the edges are not inside an <edges> element; read anyway", "Put them inside <edges>…</edges>");
  else if (edgeBlocks.length === 0) log.warn({ ...place, problem: "no-edges" }, "the graph has no <edges> element (GEXF requires one, even empty); read as a graph without edges", "Add <edges/> after </nodes>, or export the graph again");
  let nested = false;
  const pending: Element[] = [graph];
  for (let k = 0; k < pending.length; k++) {
    const container = pending[k];
    const blocks = container === graph ? (nodeBlocks.length ? nodeBlocks : [graph]) : children(container, "nodes");
    for (const block of blocks) {
      const inBlock = children(block, "node");
      checkCount(block, inBlock.length, "node", log);
      for (const n of inBlock) {
        nodes.push(n);
        if (child(n, "nodes") || child(n, "edges")) {
          nested = true;
          pending.push(n);
        }
      }
    }
    for (const block of container === graph ? (edgeBlocks.length ? edgeBlocks : [graph]) : children(container, "edges")) {
      const inBlock = children(block, "edge");
      checkCount(block, inBlock.length, "edge", log);
      edges.push(...inBlock);
    }
  }
  if (nested) log.warn({ ...place, problem: "hierarchy" }, "the graph is a hierarchy (nodes inside nodes); it is read flat, every node an actor", "Nothing to do");
  return { nodes, edges };
}

function checkCount(block: Element, found: number, what: string, log: DiagnosticCollector): void {
  const count = block.localName === "graph" ? undefined : attr(block, "count");
  if (count !== undefined && Number(count) !== found)
    log.warn({ line: lineOf(block), path: `${what}s`, problem: "count" }, `<${what}s count="${count}"> but it holds ${found} ${what}s; all ${found} are read`, `Correct the count, or leave it out`, count);
}
