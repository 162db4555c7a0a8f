/**
 * One row of a relations table turned into a Relation: its actors, type, period, confidence,
 * direction and evidence. A row is checked whole before anything is added, so a skipped row
 * leaves no actor, type or source behind, and every problem of the row is reported at once.
 */
import { CONFIDENCE_LEVELS, type Confidence, type Evidence, type Relation, type Source } from "../../model/types";
import type { ActorDirectory } from "./actors";
import { RowCells, type RelationField } from "./columns";
import { CsvDateError, rowPeriod, type DayMonthOrder, type OrderEvidence } from "./dates";
import type { DiagnosticCollector, Place } from "../kit/report";
import { IdPool, nameKey, slugify } from "../kit/ids";
import type { TypeResolver } from "./type-mapping";

const TRUE = new Set(["true", "yes", "y", "1", "directed"]);
const FALSE = new Set(["false", "no", "n", "0", "undirected"]);

/** Source documents named in the file, one Source each, by the text that names them. */
export class SourceRegistry {
  readonly sources: Source[] = [];
  private readonly byText = new Map<string, string>();
  private readonly ids = new IdPool();

  idFor(text: string): { id: string; created: boolean } {
    const known = this.byText.get(text);
    if (known !== undefined) return { id: known, created: false };
    const id = this.ids.take(slugify(text.replace(/^https?:\/\/(www\.)?/i, "")) || "source");
    this.byText.set(text, id);
    const url = /^https?:\/\/\S+$/i.test(text) ? { url: text } : {};
    this.sources.push({ id, title: text, ...url });
    return { id, created: true };
  }
}

export interface RowContext {
  readonly file: string;
  readonly notes: DiagnosticCollector;
  readonly actors: ActorDirectory;
  /** With an actors file, names must be in it; without one, each new name makes an actor. */
  readonly actorsFromFile: boolean;
  /** The kind actors made from names get. */
  readonly newActorKind: (line: number) => string;
  readonly types: TypeResolver;
  readonly dates: OrderEvidence;
  readonly sources: SourceRegistry;
  /** The Source standing for the imported file itself, for quotes that name no document. */
  readonly fileSource: (line: number) => string;
  /** Ids of the relations read so far, reserving every id the file's id column gives so a made id never takes one a later row needs. */
  readonly relationIds: IdPool;
}

/** Reads one row; undefined when it is skipped (the reasons reported). */
export function readRelationRow(cells: RowCells<RelationField>, ctx: RowContext): Relation | undefined {
  const { notes, file } = ctx;
  const line = cells.row.line;
  const at = (field: RelationField | "(row)", recordId?: string): Place => ({ file, line, path: field === "(row)" ? field : cells.nameOf(field), ...(recordId ? { recordId } : {}) });
  const problems: [Place, string, string, unknown?][] = [];
  const skip = (place: Place, message: string, fix: string, value?: unknown) => problems.push([place, message, fix, value]);

  const givenId = cells.get("id");
  if (givenId && ctx.relationIds.used(givenId)) skip(at("id", givenId), `the relation id "${givenId}" is already used by an earlier row`, "Give each relation its own id, or leave the id empty to have one made", givenId);
  const ends = (["source", "target"] as const).map((end) => {
    const name = cells.get(end);
    if (!name) skip(at(end), `the row has no ${end} actor`, `Write the ${end === "source" ? "actor the relation goes from" : "actor the relation goes to"} in the "${cells.nameOf(end)}" column`);
    else if (ctx.actorsFromFile && ctx.actors.find(name) === undefined) {
      const guess = ctx.actors.suggest(name);
      skip(at(end), `unknown actor "${name}": it is not in the actors file`, `${guess ? `Did you mean "${guess}"? ` : ""}Use an id, label or alias from the actors file, or add the actor there`, name);
    }
    return name;
  });
  const sameActor = ctx.actorsFromFile ? ctx.actors.find(ends[0]) !== undefined && ctx.actors.find(ends[0]) === ctx.actors.find(ends[1]) : nameKey(ends[0]) === nameKey(ends[1]);
  if (ends[0] && ends[1] && sameActor)
    skip(at("target"), `the relation goes from "${ends[0]}" to itself`, "Set the target to the other actor in the relation", ends[1]);
  const typeText = cells.get("type");
  if (!typeText) skip(at("type"), "the row has no relation type", `Write the kind of relation in the "${cells.nameOf("type")}" column, e.g. "airstrike"`);
  let ambiguousOrder: DayMonthOrder | undefined;
  let period;
  try {
    period = rowPeriod({ start: cells.get("start"), end: cells.get("end") }, ctx.dates, (o) => (ambiguousOrder = o));
  } catch (e) {
    if (!(e instanceof CsvDateError)) throw e;
    const column = e.cell ?? (cells.has("start") ? "start" : "(row)");
    skip(at(column), e.problem, e.fix, e.value || undefined);
  }
  if (problems.length || !period) {
    const [first, ...rest] = problems;
    if (first) notes.error(first[0], `${first[1]}; the row is skipped`, first[2], first[3]);
    for (const p of rest) notes.error(p[0], p[1], p[2], p[3]);
    return undefined;
  }

  // The row is sound: now add what it names.
  if (ambiguousOrder && ctx.dates.example)
    notes.once("date-order", "warning", at("start"), `dates like "${cells.get("start") || cells.get("end")}" are read ${ambiguousOrder === "day-first" ? "day first (day/month/year)" : "month first (month/day/year)"}, as "${ctx.dates.example.text}" on line ${ctx.dates.example.line} can only be read that way`, "Write dates as year-month-day (2025-10-09) to leave no doubt");
  const [source, target] = ends.map((name) => (ctx.actorsFromFile ? ctx.actors.find(name)! : ctx.actors.named(name, ctx.newActorKind(line)).id));
  const type = ctx.types.resolve(typeText, at("type"));
  if (givenId) ctx.relationIds.add(givenId);
  const id = givenId || ctx.relationIds.take(slugify(`${source}-${type}-${target}`) || "relation");
  return {
    id,
    source,
    target,
    type,
    directed: readDirected(cells, at("directed", id), notes, ctx.types.directedOf(type)),
    periods: [period],
    confidence: readConfidence(cells, at("confidence", id), notes),
    evidence: readEvidence(cells, ctx),
    ...(cells.get("note") ? { note: cells.get("note") } : {}),
  };
}

function readConfidence(cells: RowCells<RelationField>, place: Place, notes: DiagnosticCollector): Confidence {
  const text = cells.get("confidence");
  const level = text.toLowerCase() as Confidence;
  if (CONFIDENCE_LEVELS.includes(level)) return level;
  if (text) notes.warn(place, `the confidence "${text}" is not low, medium or high; read as medium`, 'Write "low", "medium" or "high"', text);
  else notes.once("confidence-default", "warning", place, `${cells.has("confidence") ? "some rows give" : "the file gives"} no confidence; those relations are read as medium confidence`, 'Add a "confidence" column with low, medium or high');
  return "medium";
}

function readDirected(cells: RowCells<RelationField>, place: Place, notes: DiagnosticCollector, byType: boolean): boolean {
  const text = cells.get("directed").toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  if (text) notes.warn(place, `"${cells.get("directed")}" is not yes or no; the direction of the relation type is used (${byType ? "directed" : "undirected"})`, 'Write "yes" or "no" (or true or false)', cells.get("directed"));
  return byType;
}

function readEvidence(cells: RowCells<RelationField>, ctx: RowContext): Evidence[] {
  const quote = cells.get("quote");
  const document = cells.get("document");
  if (!quote && !document) return [];
  const source = document ? ctx.sources.idFor(document).id : ctx.fileSource(cells.row.line);
  return [{ source, quote }];
}
