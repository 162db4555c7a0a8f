/**
 * An import's report as text for the terminal, saying what the Import… dialog shows: each
 * problem on a line of its own as the other commands write them (file:line, the place, the
 * value, the fix), what was read, how each category of event became a relation type (for the
 * user to change with --map), relation types the taxonomy lacks, and how actor names were
 * matched to the data set imported into.
 */
import type { FileImportResult } from "../import/import-files";
import { LEAVE_OUT, type ActorMatch, type MappingRow } from "../import/events/types";
import { formatDiagnostic } from "../model/diagnostics";

export function importReportText(result: FileImportResult): string {
  const { report } = result;
  // The mapping and the matches have tables of their own below: their report lines would say it twice.
  const tabled = new Set([...(result.eventMapping?.length ? ["(mapping)"] : []), ...(result.actorMatches?.length ? ["(actors)"] : [])]);
  const lines = report.diagnostics.filter((d) => d.severity === "error" || !tabled.has(d.path)).map(formatDiagnostic);
  const counts = Object.entries(report.counts).filter(([what, n]) => n && !(tabled.has("(mapping)") && what.startsWith("left out (")));
  if (counts.length) lines.push(`${report.file}: ${counts.map(([what, n]) => `${n} ${words(what)}`).join(", ")}`);
  if (result.eventMapping?.length) lines.push(...mappingLines(result.eventMapping));
  if (result.unknownTypes?.length)
    lines.push(
      `Relation types the taxonomy lacks, kept as types of their own: ${result.unknownTypes.map((t) => JSON.stringify(t)).join(", ")}. To read one as a type of the taxonomy: --map "${result.unknownTypes[0]}=TYPE"`,
    );
  if (result.actorMatches?.length) lines.push(...matchLines(result.actorMatches));
  return lines.map((line) => `${line}\n`).join("");
}

/** "typesAdded" → "types added"; a key already in words stays as it is. */
const words = (key: string) => (/^[a-z]+([A-Z][a-z0-9]*)+$/.test(key) ? key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`) : key);

function mappingLines(rows: readonly MappingRow[]): string[] {
  const width = Math.min(48, Math.max(...rows.map((r) => r.category.length)));
  return [
    'Event categories and the relation types they became (change one with --map "CATEGORY=TYPE", or "CATEGORY=" to leave it out):',
    ...rows.map((r) => {
      const to = r.type === LEAVE_OUT ? "left out" : `${r.type}, ${r.directed ? "directed (side A acts on side B)" : "undirected"}`;
      // A default's reason may say "left out" itself.
      const why = r.byUser ? "your --map" : r.why.replace(/^left out:\s*/i, "");
      return `  ${r.category.padEnd(width)}  ${String(r.events).padStart(6)} event${r.events === 1 ? " " : "s"}  → ${to}${why ? `: ${why}` : ""}`;
    }),
  ];
}

const HOW: Record<ActorMatch["how"], string> = { label: "by name", alias: "by alias", id: "by id", rule: "by a naming rule", created: "created" };

function matchLines(matches: readonly ActorMatch[]): string[] {
  const tally = new Map<string, number>();
  for (const m of matches) tally.set(HOW[m.how], (tally.get(HOW[m.how]) ?? 0) + 1);
  return [
    `Actor names: ${[...tally].map(([how, n]) => how === "created" ? `${n} new actor${n === 1 ? "" : "s"} created` : `${n} matched ${how}`).join(", ")}`,
    ...matches.map((m) => `  ${JSON.stringify(m.name)} → ${m.actor} (${HOW[m.how]}${m.rule ? `: ${m.rule}` : ""}), ${m.events} event${m.events === 1 ? "" : "s"}`),
  ];
}
