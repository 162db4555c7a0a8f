/**
 * Reads back a Faultlines JSON export (export/json.ts) into a data set. The file is checked
 * field by field, not trusted: a record that cannot be used is skipped and reported at its path
 * and line, a value that can be defaulted is, and the export's relation types and actor kinds
 * the caller's taxonomy lacks are added to it (with the family, direction and timing the
 * export's `types` list gives them). Actors come back with their descriptions, lifetimes and
 * dated changes. What the export derives from the dates (each period's `possible` and `certain`
 * days, each relation's `certainty` in a slice, the slice's `time`) is not read: it is worked
 * out again from the EDTF text and the lifetimes, so a file edited by hand cannot make a guess
 * look certain. Fields are read as own properties only, so keys like "__proto__" or
 * "constructor" in the file are ignored data, never reached through a prototype.
 */
import { DateError, parsePartialDate, parsePeriod, type Period } from "../../model/dates";
import { formatPath, type DataPath } from "../../model/diagnostics";
import type { SourceText } from "../../model/load";
import { CONFIDENCE_LEVELS, type Actor, type ActorChange, type Confidence, type DataSet, type Evidence, type Relation, type RelationType, type Source, type Taxonomy } from "../../model/types";
import type { DiagnosticCollector, Place } from "../kit/report";
import { TaxonomyGrowth, UNCLASSIFIED } from "../kit/taxonomy-growth";

export const FAULTLINES_EXPORT_FORMAT = "faultlines/export@1";

export type Locate = (path: DataPath) => { line: number; column: number } | undefined;
type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === "object" && v !== null && !Array.isArray(v);
const field = (o: Fields, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
/** Ids and names that must say something. */
const text = (v: unknown): string | undefined => (typeof v === "string" && v.trim() ? v : undefined);
/** Free text, kept as written, whitespace and all: the export writes what the data held. */
const written = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const what = (v: unknown): string => (Array.isArray(v) ? "a list" : v === null ? "null" : typeof v === "object" ? "an object" : typeof v === "string" ? "text" : `a ${typeof v}`);
const REEXPORT = "Export the data again from the explorer (Export… → JSON)";

export function readExport(file: SourceText, data: unknown, taxonomy: Taxonomy, notes: DiagnosticCollector, locate: Locate): { dataSet: DataSet; counts: Record<string, number> } | undefined {
  if (data === undefined) return undefined;
  const at = (path: DataPath, recordId?: string): Place => ({ path: formatPath(path), ...locate(path), ...(recordId ? { recordId } : {}) });
  if (!isFields(data)) return void notes.error(at([]), `the file holds ${what(data)}, not an export`, `${REEXPORT}; this reads only Faultlines JSON exports`);
  const format = field(data, "format");
  if (format !== FAULTLINES_EXPORT_FORMAT) {
    const newer = typeof format === "string" && format.startsWith("faultlines/export@");
    notes.error(at(["format"]), format === undefined ? "the file has no \"format\" field, so it is not a Faultlines JSON export" : newer ? `the file is a Faultlines export in another version (${format}), which this version cannot read` : `the format is ${JSON.stringify(format)}, not "${FAULTLINES_EXPORT_FORMAT}"`, newer ? "Export it again with this version of Faultlines, or open it with the version that wrote it" : `${REEXPORT}; for other data, import a CSV relation list`, format);
    return undefined;
  }
  const lists = new Map<string, unknown[]>();
  for (const name of ["actors", "relations", "sources"]) {
    const list = field(data, name);
    if (Array.isArray(list)) lists.set(name, list);
    else if (list !== undefined || name !== "sources") return void notes.error(at(list === undefined ? [] : [name]), list === undefined ? `the export has no "${name}" list` : `"${name}" is ${what(list)}, not a list`, REEXPORT);
  }
  const extra = Object.keys(data).filter((k) => !["format", "time", "types", "actors", "relations", "sources"].includes(k));
  if (extra.length) notes.warn(at([]), `the field${extra.length > 1 ? "s" : ""} ${extra.map((k) => JSON.stringify(k)).join(", ")} ${extra.length > 1 ? "are" : "is"} not part of the export and not read`, "Nothing to do, unless the data was meant to go elsewhere");

  const growth = new TaxonomyGrowth(taxonomy);
  const typeInfo = readTypes(field(data, "types"));
  const skip = (path: DataPath, kind: string, message: string, fix: string, value?: unknown, id?: string) => notes.error(at(path, id), `${message}; the ${kind} is skipped`, fix, value);
  const ids = { actors: new Set<string>(), sources: new Set<string>(), relations: new Set<string>() };
  /** The record's id, or undefined with the reason reported. */
  const idOf = (list: keyof typeof ids, i: number, raw: unknown, kind: string): string | undefined => {
    if (!isFields(raw)) return void skip([list, i], kind, `the ${kind} is ${what(raw)}, not an object`, REEXPORT);
    const id = field(raw, "id");
    if (!text(id)) return void skip([list, i, "id"], kind, `the ${kind} has no id`, `Give the ${kind} an id`, id);
    if (ids[list].has(id as string)) return void skip([list, i, "id"], kind, `the ${kind} id "${id}" is already used by an earlier ${kind}`, `Give each ${kind} its own id`, id);
    ids[list].add(id as string);
    return id as string;
  };

  const actors: Actor[] = [];
  lists.get("actors")!.forEach((raw, i) => {
    const id = idOf("actors", i, raw, "actor");
    if (id === undefined) return;
    const a = raw as Fields;
    const kindText = text(field(a, "kind"));
    const kind = kindText ? growth.kindFor(kindText) : growth.kindFor("actor", "Actor");
    if (kind.added) notes.warn(at(["actors", i, "kind"], id), kindText ? `the actor kind "${kindText}" is not in the taxonomy; added` : 'some actors have no kind; they have the kind "actor", added to the taxonomy', "Nothing to do, unless it means a kind the taxonomy has", kindText);
    const aliases = field(a, "aliases");
    if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((x) => typeof x === "string")))
      notes.warn(at(["actors", i, "aliases"], id), "the aliases are not a list of text; they are left out", "Write the aliases as a list of names", aliases);
    const description = written(field(a, "description"));
    const lifetime = readLifetime(field(a, "lifetime"), ["actors", i, "lifetime"], id);
    const changes = readChanges(field(a, "changes"), ["actors", i, "changes"], id);
    actors.push({
      id,
      label: written(field(a, "label")) ?? id,
      kind: kind.id,
      aliases: Array.isArray(aliases) && aliases.every((x) => typeof x === "string") ? [...aliases] : [],
      ...(description ? { description } : {}),
      ...(lifetime ? { lifetime } : {}),
      ...(changes.length ? { changes } : {}),
    });
  });

  function readLifetime(raw: unknown, path: DataPath, id: string): Period | undefined {
    if (raw === undefined || raw === null) return undefined;
    try {
      if (typeof raw !== "string") throw new DateError(String(raw), `the lifetime is ${what(raw)}`, 'Write it as EDTF text, e.g. "1947-08-14/.."');
      return parsePeriod(raw);
    } catch (e) {
      if (!(e instanceof DateError)) throw e;
      notes.warn(at(path, id), `the lifetime cannot be read: ${e.problem}; it is left out`, e.fix, raw);
      return undefined;
    }
  }

  /** The readable changes of kind or label, in date order; others are reported and left out. */
  function readChanges(raw: unknown, path: DataPath, id: string): ActorChange[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      notes.warn(at(path, id), `the changes are ${what(raw)}, not a list; they are left out`, 'Write them as a list of { "from": "2021-08", "kind": "state" }', raw);
      return [];
    }
    const changes: ActorChange[] = [];
    raw.forEach((c, j) => {
      const from = isFields(c) ? field(c, "from") : undefined;
      const kindText = isFields(c) ? text(field(c, "kind")) : undefined;
      const label = isFields(c) ? written(field(c, "label")) : undefined;
      const note = isFields(c) ? written(field(c, "note")) : undefined;
      let date;
      try {
        if (typeof from !== "string") throw new DateError(String(from), isFields(c) ? "the change has no date" : `the change is ${what(c)}`, 'Write it as { "from": "2021-08", "kind": "state" }');
        date = parsePartialDate(from);
      } catch (e) {
        if (!(e instanceof DateError)) throw e;
        return void notes.warn(at([...path, j], id), `the change cannot be read: ${e.problem}; it is left out`, e.fix, from);
      }
      if (!kindText && !label) return void notes.warn(at([...path, j], id), "the change gives neither a kind nor a label; it is left out", 'Give the kind or the label the actor has from that date, e.g. "kind": "state"');
      const before = changes[changes.length - 1];
      if (before && date.first <= before.from.last)
        return void notes.warn(at([...path, j, "from"], id), `the change of ${from} does not come after the one of ${before.from.edtf}; it is left out`, "List the changes in date order, each after the one before it", from);
      const kind = kindText ? growth.kindFor(kindText) : undefined;
      if (kind?.added) notes.warn(at([...path, j, "kind"], id), `the actor kind "${kindText}" is not in the taxonomy; added`, "Nothing to do, unless it means a kind the taxonomy has", kindText);
      changes.push({ from: date, ...(kind ? { kind: kind.id } : {}), ...(label ? { label } : {}), ...(note ? { note } : {}) });
    });
    return changes;
  }

  /** What the export's `types` list says of each type by id: only read for types the taxonomy lacks. */
  function readTypes(raw: unknown): Map<string, Pick<RelationType, "label" | "family" | "directed" | "timing">> {
    const info = new Map<string, Pick<RelationType, "label" | "family" | "directed" | "timing">>();
    if (raw === undefined) return info;
    if (!Array.isArray(raw)) {
      notes.warn(at(["types"]), `"types" is ${what(raw)}, not a list; it is not read`, REEXPORT, raw);
      return info;
    }
    raw.forEach((t, j) => {
      const id = isFields(t) ? text(field(t, "id")) : undefined;
      if (!id || info.has(id)) return;
      const [label, family, directed, timing] = ["label", "family", "directed", "timing"].map((k) => field(t as Fields, k));
      if (timing !== undefined && timing !== "event" && timing !== "state")
        notes.warn(at(["types", j, "timing"]), `the timing ${JSON.stringify(timing)} is neither "event" nor "state"; read as a state`, 'Write "event" (something that happened) or "state" (something that held)', timing);
      info.set(id, {
        label: written(label) ?? id,
        family: text(family) ?? "",
        directed: typeof directed === "boolean" ? directed : true,
        ...(timing === "event" || timing === "state" ? { timing } : {}),
      });
    });
    return info;
  }

  const sources: Source[] = [];
  (lists.get("sources") ?? []).forEach((raw, i) => {
    const id = idOf("sources", i, raw, "source");
    if (id === undefined) return;
    const s = raw as Fields;
    const optional = Object.fromEntries(["author", "publisher", "file", "url"].flatMap((k) => (written(field(s, k)) ? [[k, field(s, k) as string]] : [])));
    // Only web addresses become links: "javascript:" and the like are dropped, never clickable.
    if (optional.url !== undefined && !/^https?:\/\/\S+$/i.test(optional.url)) {
      notes.warn(at(["sources", i, "url"], id), "the address is not a web address (http or https); it is left out", "Give the document's web address, starting with https://", optional.url);
      delete optional.url;
    }
    const dateText = text(field(s, "date"));
    let date;
    try {
      date = dateText === undefined ? undefined : parsePartialDate(dateText);
    } catch (e) {
      if (!(e instanceof DateError)) throw e;
      notes.warn(at(["sources", i, "date"], id), `the date cannot be read: ${e.problem}; it is left out`, e.fix, dateText);
    }
    sources.push({ id, title: written(field(s, "title")) ?? id, ...optional, ...(date ? { date } : {}) });
  });

  const relations: Relation[] = [];
  /** The timing the export gives types it adds to the taxonomy. */
  const addedTiming = new Map<string, "event" | "state">();
  lists.get("relations")!.forEach((raw, i) => {
    const relation = readRelation(raw, i);
    if (relation) relations.push(relation);
  });

  function readRelation(raw: unknown, i: number): Relation | undefined {
    const id = idOf("relations", i, raw, "relation");
    if (id === undefined) return undefined;
    const r = raw as Fields;
    const path = (...rest: DataPath): DataPath => ["relations", i, ...rest];
    const ends = (["source", "target"] as const).map((end) => field(r, end));
    for (const [k, end] of ends.entries())
      if (typeof end !== "string" || !ids.actors.has(end)) return void skip(path(k ? "target" : "source"), "relation", `unknown actor ${JSON.stringify(end)}: it is not in the export's actors`, "Add the actor to the actors list, or correct the id", end, id);
    if (ends[0] === ends[1]) return void skip(path("target"), "relation", `the relation goes from "${ends[0]}" to itself`, "Set the target to the other actor in the relation", ends[1], id);
    const typeText = text(field(r, "type"));
    if (!typeText) return void skip(path("type"), "relation", "the relation has no type", "Give it the id of a relation type", field(r, "type"), id);
    const periods = readPeriods(field(r, "periods"), path("periods"), id);
    if (!periods.length) return void skip(path("periods"), "relation", "the relation has no readable period", 'Give it at least one period, e.g. { "edtf": "2025-10" }', undefined, id);
    const listed = typeInfo.get(typeText);
    const family = text(field(r, "family")) ?? (listed?.family || undefined);
    const type = growth.typeFor(typeText, { family, ...(listed ? { label: listed.label, directed: listed.directed } : {}) });
    if (type.added && listed?.timing) addedTiming.set(type.id, listed.timing);
    if (type.added)
      notes.warn(at(path("type"), id), `the relation type "${typeText}" is not in the taxonomy; added in the family "${growth.type(type.id)?.family}"`, "Nothing to do, unless it means a type the taxonomy has", typeText);
    const directed = field(r, "directed");
    const confidence = field(r, "confidence");
    if (!CONFIDENCE_LEVELS.includes(confidence as Confidence))
      notes.warn(at(path("confidence"), id), `the confidence ${JSON.stringify(confidence) ?? "(none)"} is not low, medium or high; read as medium`, 'Write "low", "medium" or "high"', confidence);
    const note = written(field(r, "note"));
    return {
      id,
      source: ends[0] as string,
      target: ends[1] as string,
      type: type.id,
      directed: typeof directed === "boolean" ? directed : (growth.type(type.id)?.directed ?? true),
      periods,
      confidence: CONFIDENCE_LEVELS.includes(confidence as Confidence) ? (confidence as Confidence) : "medium",
      evidence: readEvidence(field(r, "evidence"), path("evidence"), id),
      ...(note ? { note } : {}),
    };
  }

  /** The readable periods, sorted; unreadable or overlapping ones are reported and dropped. */
  function readPeriods(raw: unknown, path: DataPath, id: string): Period[] {
    if (!Array.isArray(raw)) return [];
    const read: Period[] = [];
    raw.forEach((p, j) => {
      const edtf = typeof p === "string" ? p : isFields(p) ? (field(p, "edtf") ?? `${field(p, "start") ?? ".."}/${field(p, "end") ?? ".."}`) : undefined;
      try {
        if (typeof edtf !== "string") throw new DateError(String(edtf), `the period is ${what(p)}`, 'Write it as { "edtf": "2025-10-09/2025-10-19" }');
        read.push(parsePeriod(edtf));
      } catch (e) {
        if (!(e instanceof DateError)) throw e;
        notes.error(at([...path, j], id), `the period cannot be read: ${e.problem}; it is left out`, e.fix, edtf);
      }
    });
    const kept: Period[] = [];
    for (const p of read.sort((a, b) => a.first - b.first)) {
      const before = kept[kept.length - 1];
      if (before && p.first <= before.last) notes.error(at(path, id), `the period ${p.edtf} overlaps ${before.edtf}; it is left out`, "Merge the two periods, or correct their dates", p.edtf);
      else kept.push(p);
    }
    return kept;
  }

  /** An event's date and fatalities on a piece of evidence: kept when readable, else left out with a warning. */
  function eventFields(e: Fields, path: DataPath, id: string): Pick<Evidence, "date" | "fatalities"> {
    const dateText = text(field(e, "date"));
    const deaths = field(e, "fatalities");
    let date;
    try {
      date = dateText === undefined ? undefined : parsePeriod(dateText);
    } catch (error) {
      if (!(error instanceof DateError)) throw error;
      notes.warn(at([...path, "date"], id), `the date cannot be read: ${error.problem}; it is left out`, error.fix, dateText);
    }
    const fatalities = typeof deaths === "number" && Number.isInteger(deaths) && deaths >= 0 ? deaths : undefined;
    if (deaths !== undefined && fatalities === undefined) notes.warn(at([...path, "fatalities"], id), "the fatalities are not a whole number of 0 or more; they are left out", "Write the number of deaths, e.g. 3", deaths);
    return { ...(date ? { date } : {}), ...(fatalities !== undefined ? { fatalities } : {}) };
  }

  function readEvidence(raw: unknown, path: DataPath, id: string): Evidence[] {
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      notes.error(at(path, id), `the evidence is ${what(raw)}, not a list; it is left out`, "Write the evidence as a list of { source, quote }", raw);
      return [];
    }
    return raw.flatMap((e, j) => {
      const source = isFields(e) ? field(e, "source") : undefined;
      const quote = isFields(e) ? field(e, "quote") : undefined;
      const location = isFields(e) ? written(field(e, "location")) : undefined;
      if (typeof source === "string" && ids.sources.has(source) && typeof quote === "string") return [{ source, quote, ...(location ? { location } : {}), ...(isFields(e) ? eventFields(e, [...path, j], id) : {}) }];
      const cited = typeof source === "string" && ids.sources.has(source);
      notes.error(
        at([...path, j], id),
        `the evidence ${cited ? "has no quote" : `cites ${JSON.stringify(source) ?? "no source"}, which is not in the export's sources`}; it is left out`,
        cited ? "Add the quote: the words of the document that support the relation" : "Add the source to the sources list, or correct the evidence",
        cited ? undefined : source,
      );
      return [];
    });
  }

  const bare = relations.filter((r) => !r.evidence.length).length;
  if (bare) notes.warn(at(["relations"]), `${bare} of the ${relations.length} relations have no evidence`, "Nothing to do; the relations are shown without quotes");
  if (growth.added.families.includes(UNCLASSIFIED.id))
    notes.warn(at([]), `the family "${UNCLASSIFIED.label}" is added to the taxonomy for relation types whose family it does not have`, "Nothing to do, unless those types belong in a family of the taxonomy");
  // An import replaces what is on screen: refuse one that would show nothing of what the file meant.
  if (!relations.length && (lists.get("relations")!.length || !actors.length))
    return void notes.error(at([]), `nothing ${actors.length ? "of the relations " : ""}in the file could be read, so nothing was imported`, "Correct the problems above, or export the data again");
  const counts = { actors: actors.length, relations: relations.length, sources: sources.length, typesAdded: growth.added.types.length, kindsAdded: growth.added.kinds.length };
  const grown = growth.taxonomy();
  const withTiming = addedTiming.size ? { ...grown, types: grown.types.map((t) => (addedTiming.has(t.id) ? { ...t, timing: addedTiming.get(t.id) } : t)) } : grown;
  return { dataSet: { taxonomy: withTiming, actors, relations, sources }, counts };
}
