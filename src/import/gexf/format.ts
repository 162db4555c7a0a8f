/**
 * The Faultlines dialect of GEXF 1.3: the namespaces and the attribute columns that the writer
 * (export/gexf.ts) declares and the reader (import/gexf/faultlines-reader.ts) looks for, one
 * list so the two cannot drift apart (the meaning of each column is in export/gexf.ts); and the
 * reading of liststring values.
 */

export const GEXF_NAMESPACE = "http://gexf.net/1.3";
export const VIZ_NAMESPACE = "http://gexf.net/1.3/viz";

/** A GEXF attribute type, as far as this dialect uses them. */
export type GexfAttributeType = "string" | "liststring" | "integer" | "boolean";

export interface GexfColumn {
  readonly id: string;
  readonly title: string;
  readonly type: GexfAttributeType;
}

const column = (id: string, title: string, type: GexfAttributeType = "string"): GexfColumn => ({ id, title, type });

/** Node attributes, static in both modes. */
export const NODE_COLUMNS = {
  kind: column("kind", "Kind"),
  aliases: column("aliases", "Aliases", "liststring"),
  description: column("description", "Description"),
  lifetime: column("lifetime", "Lifetime (EDTF)"),
  changes: column("changes", "Changes (JSON)"),
} as const;

/**
 * The actor's kind at the time: static in a snapshot of one day, dynamic (one value per stretch
 * of time between changes of kind) in dynamic mode.
 */
export const TIMED_NODE_COLUMNS = {
  kindThen: column("kindThen", "Kind at the time"),
} as const;

/** Edge attributes, static in both modes. */
export const EDGE_COLUMNS = {
  relationType: column("relationType", "Relation type"),
  typeLabel: column("typeLabel", "Type"),
  family: column("family", "Family"),
  sign: column("sign", "Sign", "integer"),
  confidence: column("confidence", "Confidence"),
  directed: column("directed", "Directed", "boolean"),
  sources: column("sources", "Sources", "liststring"),
  citation: column("citation", "Citation"),
  note: column("note", "Note"),
  timing: column("timing", "Timing"),
  fatalities: column("fatalities", "Deaths", "integer"),
} as const;

/**
 * A mutual (undirected) relation is written as two directed edges, so that readers of a directed
 * graph (NetworkX, igraph, Gephi) take it without complaint: the relation's own id from source to
 * target, and this id from target to source. Readers of our files fold the pair back into one.
 */
export const reverseEdgeId = (relation: string): string => `${relation}~reverse`;

interface EdgeEnds {
  readonly id: string | undefined;
  readonly source: string | undefined;
  readonly target: string | undefined;
}

/** The edges (by place in the list) that are a mutual relation's way back: `<id>~reverse`, with the ends of the edge `<id>` swapped. */
export function reverseTwins(edges: readonly EdgeEnds[]): Set<number> {
  const byId = new Map<string, EdgeEnds>();
  for (const e of edges) if (e.id !== undefined) byId.set(e.id, e);
  const twins = new Set<number>();
  edges.forEach((e, i) => {
    if (e.id === undefined || !e.id.endsWith("~reverse")) return;
    const forth = byId.get(e.id.slice(0, -"~reverse".length));
    if (forth && reverseEdgeId(forth.id!) === e.id && forth.source === e.target && forth.target === e.source) twins.add(i);
  });
  return twins;
}

/** Snapshot mode only: every period of the relation, as written (EDTF). */
export const SNAPSHOT_EDGE_COLUMNS = {
  periods: column("periods", "Periods (EDTF)", "liststring"),
  possibleDays: column("possibleDays", "Possible days", "liststring"),
  certainDays: column("certainDays", "Certain days", "liststring"),
} as const;

/** A snapshot of a slice of time only: whether the relation's dates say it was active then. */
export const SLICE_EDGE_COLUMNS = {
  certainty: column("certainty", "Certainty"),
} as const;

/** A comparison of two moments only: how each relation changed (added, ended, continuing, turned). */
export const COMPARE_EDGE_COLUMNS = {
  change: column("change", "Change"),
} as const;

/** Dynamic mode only: one value per spell, over that spell's start and end. */
export const DYNAMIC_EDGE_COLUMNS = {
  period: column("period", "Period (EDTF)"),
  startPrecision: column("startPrecision", "Start precision"),
  endPrecision: column("endPrecision", "End precision"),
  possibleDays: column("possibleDays", "Possible days"),
  certainDays: column("certainDays", "Certain days"),
} as const;

/** What the reader throws: the message names the element and the problem. */
export class GexfReadError extends Error {
  constructor(where: string, problem: string) {
    super(`GEXF ${where}: ${problem}`);
    this.name = "GexfReadError";
  }
}

/** A liststring value: the JSON array the export writes, or the bare `a|b` / `[a, b]` forms. */
export function decodeList(text: string, where: string): string[] {
  const trimmed = text.trim();
  if (trimmed === "") return [];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed)) return parsed.map(String);
  } catch {
    // Not JSON: fall back to the bare forms below.
  }
  if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
    if (/["']/.test(trimmed)) throw new GexfReadError(where, `the list ${JSON.stringify(text)} cannot be read. Write it as a JSON array of strings`);
    return trimmed.slice(1, -1).split(",").map((s) => s.trim()).filter(Boolean);
  }
  return trimmed.split("|").map((s) => s.trim());
}
