/**
 * The GEXF's nodes: one an actor, with its static attributes, in a dynamic file its lifetime
 * and its kind over time (`kindThen`, one value per stretch between changes of kind), in a
 * snapshot of one day its kind that day, and the explorer's looks when given (gexf.ts says why
 * each is written as it is). Yields the file's chunks as they fill.
 */
import { kindOn } from "../model/actor-time";
import type { Day } from "../model/dates";
import { NODE_COLUMNS, TIMED_NODE_COLUMNS } from "../import/gexf/format";
import type { Actor } from "../model/types";
import type { ChunkBuffer } from "./chunks";
import type { DayText } from "./gexf-days";
import type { GexfViz } from "./gexf";
import { encodeList, escapeXml, parseHexColour, vizColour, withoutForbiddenChars, xsdNumber } from "./gexf-xml";

export const ATT = "          <attvalue for=\"";

/** The stretches of time between an actor's changes of kind, each with its kind, within its lifetime. */
function kindStretches(a: Actor): { first: Day; last: Day; kind: string }[] {
  const life = a.lifetime ?? { first: -Infinity, last: Infinity };
  const stretches: { first: Day; last: Day; kind: string }[] = [];
  let first = -Infinity;
  let kind = a.kind;
  for (const c of a.changes ?? []) {
    if (!c.kind || c.kind === kind) continue;
    // As kindOn reads it: the new kind from the last day the change may fall on.
    stretches.push({ first, last: c.from.last - 1, kind });
    ((first = c.from.last), (kind = c.kind));
  }
  stretches.push({ first, last: Infinity, kind });
  return stretches.map((s) => ({ ...s, first: Math.max(s.first, life.first), last: Math.min(s.last, life.last) })).filter((s) => s.first <= s.last);
}

/** The changes as JSON, text made XML-safe first as everywhere else (JSON would carry what XML forbids, escaped). */
const changesJson = (a: Actor): string =>
  JSON.stringify(
    (a.changes ?? []).map((c) => ({
      from: c.from.edtf,
      ...(c.kind ? { kind: withoutForbiddenChars(c.kind) } : {}),
      ...(c.label ? { label: withoutForbiddenChars(c.label) } : {}),
      ...(c.note ? { note: withoutForbiddenChars(c.note) } : {}),
    })),
  );

export function* nodeChunks(out: ChunkBuffer, actors: readonly Actor[], dynamic: boolean, day: Day | undefined, days: DayText, viz: GexfViz | undefined): Generator<string> {
  const colours = new Map<string, string>();
  const seen = new Set<string>();
  out.push(`    <nodes count="${actors.length}">\n`);
  for (const a of actors) {
    if (seen.has(a.id)) throw new Error(`exportGexf: two actors have the id "${a.id}"; actor ids must be unique`);
    seen.add(a.id);
    const time = dynamic && a.lifetime ? days.bounds(a.lifetime) : "";
    out.push(`      <node id="${escapeXml(a.id)}" label="${escapeXml(a.label)}"${time}>\n        <attvalues>\n`);
    out.push(`${ATT}${NODE_COLUMNS.kind.id}" value="${escapeXml(a.kind)}"/>\n`);
    if (a.aliases.length) out.push(`${ATT}${NODE_COLUMNS.aliases.id}" value="${escapeXml(encodeList(a.aliases))}"/>\n`);
    if (a.description) out.push(`${ATT}${NODE_COLUMNS.description.id}" value="${escapeXml(a.description)}"/>\n`);
    if (a.lifetime) out.push(`${ATT}${NODE_COLUMNS.lifetime.id}" value="${escapeXml(a.lifetime.edtf)}"/>\n`);
    if (a.changes?.length) out.push(`${ATT}${NODE_COLUMNS.changes.id}" value="${escapeXml(changesJson(a))}"/>\n`);
    const kindThen = day === undefined ? a.kind : kindOn(a, day);
    if (day !== undefined) out.push(`${ATT}${TIMED_NODE_COLUMNS.kindThen.id}" value="${escapeXml(kindThen)}"/>\n`);
    if (dynamic) for (const s of kindStretches(a)) out.push(`${ATT}${TIMED_NODE_COLUMNS.kindThen.id}" value="${escapeXml(s.kind)}"${days.bounds(s)}/>\n`);
    out.push("        </attvalues>\n");
    if (viz) {
      let colour = colours.get(kindThen);
      if (colour === undefined) colours.set(kindThen, (colour = vizColour(parseHexColour(viz.actorColour(kindThen), `viz.actorColour("${kindThen}")`), "        ")));
      out.push(colour);
      const at = viz.position?.(a.id);
      const x = at && xsdNumber(at.x);
      const y = at && xsdNumber(at.y);
      if (x !== undefined && y !== undefined) out.push(`        <viz:position x="${x}" y="${y}"/>\n`);
      const size = viz.actorSize?.(a.id);
      if (size !== undefined && size >= 0 && Number.isFinite(size)) out.push(`        <viz:size value="${size}"/>\n`);
    }
    out.push("      </node>\n");
    if (out.full) yield* out.take();
  }
  out.push("    </nodes>\n");
}
