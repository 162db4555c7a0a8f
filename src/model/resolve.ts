/**
 * The checks a schema cannot make, done across all four files at once: ids unique, references
 * resolving (actors, types, kinds, sources), dates readable, periods in order and not
 * overlapping. It builds the domain records as it goes; the loader keeps them only when no
 * error was found.
 */
import { DateError, formatDate, formatPeriod, parsePartialDate, parsePeriod, type Period } from "./dates";
import { closestMatch, type DataPath } from "./diagnostics";
import type { ActorsFile, RelationsFile, SourcesFile, TaxonomyFile } from "./records";
import type { Reporter } from "./reporter";
import { recordKey } from "./schema-check";
import type { Actor, ActorChange, DataSet, Evidence, Relation, RelationType, Source, Taxonomy } from "./types";
import type { DataFile } from "./yaml-file";

/** A file that parsed and whose top level matched its schema; `broken` lists records that did not. */
export interface CheckedFile<T> {
  readonly file: DataFile;
  readonly data: T;
  readonly broken: ReadonlySet<string>;
}

export interface ResolveInput {
  readonly taxonomy?: CheckedFile<TaxonomyFile>;
  readonly actors?: CheckedFile<ActorsFile>;
  readonly relations?: CheckedFile<RelationsFile>;
  readonly sources?: CheckedFile<SourcesFile>;
}

/** Ids of one list, or undefined when the file could not be read (references are then not checked). */
type Known = ReadonlyMap<string, number> | undefined;

export function resolve(input: ResolveInput, reporter: Reporter): DataSet {
  const taxonomy = resolveTaxonomy(input.taxonomy, reporter);
  const kindIds = input.taxonomy && collectIds(input.taxonomy, "kinds", "actor kind", reporter);
  const typeIds = input.taxonomy && collectIds(input.taxonomy, "types", "relation type", reporter);
  const sources = resolveSources(input.sources, reporter);
  const sourceIds = input.sources && collectIds(input.sources, "sources", "source", reporter);
  const actors = resolveActors(input.actors, kindIds, reporter);
  const actorIds = input.actors && collectIds(input.actors, "actors", "actor", reporter);
  const refs = { actorIds, typeIds, sourceIds };
  const relations = resolveRelations(input.relations, refs, taxonomy, actors, reporter);
  if (input.relations) collectIds(input.relations, "relations", "relation", reporter);
  if (input.relations) warnIsolated(input.actors, input.relations, reporter);
  return { taxonomy, actors, relations, sources };
}

/** Each record's index by id, reporting ids used twice. */
function collectIds<T>(checked: CheckedFile<T>, list: string, what: string, reporter: Reporter): Map<string, number> {
  const ids = new Map<string, number>();
  const records = (checked.data as Record<string, { id?: unknown }[]>)[list] ?? [];
  records.forEach((record, i) => {
    if (typeof record?.id !== "string") return;
    const earlier = ids.get(record.id);
    if (earlier === undefined) ids.set(record.id, i);
    else {
      const line = checked.file.locate([list, earlier])?.line;
      reporter.error(checked.file, [list, i, "id"], `the ${what} id "${record.id}" is already used by ${list}[${earlier}]${line ? ` (line ${line})` : ""}`, `Give each ${what} its own id, or merge the two records`, record.id);
    }
  });
  return ids;
}

type ListOf<T, K extends keyof T> = T[K] extends readonly (infer R)[] ? R : never;

/** The records of a list that passed the schema, with their index in the file. */
function sound<T, K extends keyof T & string>(checked: CheckedFile<T>, list: K): [ListOf<T, K>, number][] {
  const records = (checked.data[list] ?? []) as ListOf<T, K>[];
  return records.map((r, i) => [r, i] as [ListOf<T, K>, number]).filter(([, i]) => !checked.broken.has(recordKey([list, i])));
}

function checkRef(reporter: Reporter, file: DataFile, path: DataPath, value: string, known: Known, what: string, home: string): boolean {
  if (!known || known.has(value)) return true;
  const guess = closestMatch(value, known.keys());
  const article = /^[aeiou]/.test(what) ? "an" : "a";
  reporter.error(file, path, `unknown ${what} "${value}"`, `${guess ? `Did you mean "${guess}"? ` : ""}Use the id of ${article} ${what} in ${home}, or add one there`, value);
  return false;
}

/** Reads a date or period with `parse`, reporting what cannot be read at its path. */
function readTime<T>(parse: (text: string) => T, reporter: Reporter, file: DataFile, path: DataPath, text: string): T | undefined {
  try {
    return parse(text);
  } catch (e) {
    if (!(e instanceof DateError)) throw e;
    reporter.error(file, path, `cannot read the date: ${e.problem}`, e.fix, text);
    return undefined;
  }
}

const readPeriod = (reporter: Reporter, file: DataFile, path: DataPath, text: string) => readTime(parsePeriod, reporter, file, path, text);
const readDate = (reporter: Reporter, file: DataFile, path: DataPath, text: string) => readTime(parsePartialDate, reporter, file, path, text);

function resolveTaxonomy(checked: CheckedFile<TaxonomyFile> | undefined, reporter: Reporter): Taxonomy {
  if (!checked) return { families: [], types: [], kinds: [] };
  const families = sound(checked, "families").map(([f]) => f);
  const familyIds = collectIds(checked, "families", "relation family", reporter);
  const types: RelationType[] = sound(checked, "types")
    .filter(([t, i]) => checkRef(reporter, checked.file, ["types", i, "family"], t.family, familyIds, "relation family", `the "families" list of ${checked.file.name}`))
    .map(([t]) => t);
  const kinds = sound(checked, "kinds").map(([k]) => k);
  return { families, types, kinds };
}

function resolveSources(checked: CheckedFile<SourcesFile> | undefined, reporter: Reporter): Source[] {
  if (!checked) return [];
  return sound(checked, "sources").map(([s, i]) => {
    const { date, ...rest } = s;
    const read = date === undefined ? undefined : readDate(reporter, checked.file, ["sources", i, "date"], date);
    return read ? { ...rest, date: read } : rest;
  });
}

function resolveActors(checked: CheckedFile<ActorsFile> | undefined, kindIds: Known, reporter: Reporter): Actor[] {
  if (!checked) return [];
  const aliasOwner = new Map<string, string>();
  return sound(checked, "actors").map(([a, i]) => {
    checkRef(reporter, checked.file, ["actors", i, "kind"], a.kind, kindIds, "actor kind", "taxonomy.yaml (kinds)");
    (a.aliases ?? []).forEach((alias, j) => {
      const key = alias.normalize("NFKC").toLowerCase();
      const owner = aliasOwner.get(key);
      if (owner && owner !== a.id)
        reporter.warn(checked.file, ["actors", i, "aliases", j], `the alias "${alias}" also names "${owner}", so a search for it is ambiguous`, "Keep the alias on the actor it most often means, or make it more specific", alias);
      else aliasOwner.set(key, a.id);
    });
    const lifetime = a.lifetime === undefined ? undefined : readPeriod(reporter, checked.file, ["actors", i, "lifetime"], a.lifetime);
    const changes = resolveChanges(checked.file, a.changes ?? [], i, kindIds, reporter);
    return {
      id: a.id,
      label: a.label,
      kind: a.kind,
      aliases: a.aliases ?? [],
      ...(a.description ? { description: a.description } : {}),
      ...(lifetime ? { lifetime } : {}),
      ...(changes.length ? { changes } : {}),
    };
  });
}

/** An actor's dated changes of kind or label, which must come in date order and not overlap. */
function resolveChanges(file: DataFile, written: NonNullable<ActorsFile["actors"][number]["changes"]>, i: number, kindIds: Known, reporter: Reporter): ActorChange[] {
  const changes: ActorChange[] = [];
  written.forEach((c, j) => {
    const at = ["actors", i, "changes", j];
    const from = readDate(reporter, file, [...at, "from"], c.from);
    if (c.kind !== undefined) checkRef(reporter, file, [...at, "kind"], c.kind, kindIds, "actor kind", "taxonomy.yaml (kinds)");
    if (!from) return;
    const before = changes[changes.length - 1];
    if (before && from.first <= before.from.last)
      return reporter.error(file, [...at, "from"], `the change of ${formatDate(from)} does not come after the one of ${formatDate(before.from)}`, "List the changes in date order, each after the one before it", c.from);
    changes.push({ from, ...(c.kind ? { kind: c.kind } : {}), ...(c.label ? { label: c.label } : {}), ...(c.note ? { note: c.note } : {}) });
  });
  return changes;
}

interface Refs {
  readonly actorIds: Known;
  readonly typeIds: Known;
  readonly sourceIds: Known;
}

/** A piece of evidence as the domain holds it: its optional fields only when the file gives them. */
const evidenceOf = (e: RelationsFile["relations"][number]["evidence"][number], date: Period | undefined): Evidence => ({
  source: e.source,
  quote: e.quote,
  ...(e.location ? { location: e.location } : {}),
  ...(date ? { date } : {}),
  ...(e.fatalities !== undefined ? { fatalities: e.fatalities } : {}),
});

function resolveRelations(checked: CheckedFile<RelationsFile> | undefined, refs: Refs, taxonomy: Taxonomy, actors: readonly Actor[], reporter: Reporter): Relation[] {
  if (!checked) return [];
  const { file } = checked;
  const typeById = new Map(taxonomy.types.map((t) => [t.id, t]));
  const actorById = new Map(actors.map((a) => [a.id, a]));
  return sound(checked, "relations").map(([r, i]) => {
    const at = (...rest: DataPath) => ["relations", i, ...rest];
    checkRef(reporter, file, at("source"), r.source, refs.actorIds, "actor", "actors.yaml");
    checkRef(reporter, file, at("target"), r.target, refs.actorIds, "actor", "actors.yaml");
    if (r.source === r.target) reporter.error(file, at("target"), `the relation goes from "${r.source}" to itself`, "Set the target to the other actor in the relation", r.target);
    checkRef(reporter, file, at("type"), r.type, refs.typeIds, "relation type", "taxonomy.yaml (types)");
    r.evidence.forEach((e, j) => checkRef(reporter, file, at("evidence", j, "source"), e.source, refs.sourceIds, "source", "sources.yaml"));
    const evidenceDates = r.evidence.map((e, j) => (e.date === undefined ? undefined : readPeriod(reporter, file, at("evidence", j, "date"), e.date)));
    const periods = r.periods.map((p, j) => ({ period: readPeriod(reporter, file, at("periods", j), p), j })).filter((x): x is { period: Period; j: number } => !!x.period);
    periods.sort((a, b) => a.period.first - b.period.first);
    for (let k = 1; k < periods.length; k++) {
      const [prev, next] = [periods[k - 1], periods[k]];
      if (next.period.first <= prev.period.last)
        reporter.error(file, at("periods", next.j), `the period ${formatPeriod(next.period)} overlaps ${formatPeriod(prev.period)} (periods[${prev.j}])`, "Merge the two periods into one, or correct the dates so one ends before the other starts", next.period.edtf);
    }
    for (const end of [r.source, r.target]) {
      const lifetime = actorById.get(end)?.lifetime;
      if (lifetime) for (const { period, j } of periods) warnOutsideLifetime(reporter, file, at("periods", j), period, end, lifetime);
    }
    const timing = typeById.get(r.type)?.timing ?? "state";
    for (const { period, j } of periods)
      if (timing === "event" && (!period.start || !period.end))
        reporter.warn(file, at("periods", j), `the type "${typeById.get(r.type)?.label ?? r.type}" is an event, which happens on some day, but the period ${period.edtf} is open`, "Give the date or span the sources give it, e.g. \"2025-10\" or \"[2024..2026-03]\" for one moment somewhere in that span", period.edtf);
    const directed = r.directed ?? typeById.get(r.type)?.directed ?? true;
    return {
      id: r.id,
      source: r.source,
      target: r.target,
      type: r.type,
      directed,
      periods: periods.map((p) => p.period),
      confidence: r.confidence,
      evidence: r.evidence.map((e, j) => evidenceOf(e, evidenceDates[j])),
      ...(r.note ? { note: r.note } : {}),
    };
  });
}

/**
 * Warns of a period that runs outside an actor's lifetime. An open start ("../2026-03": start
 * unknown) says nothing false: it is read as possible from when both actors existed
 * (certainty.ts). An open end does say something: "2004/.." claims the relation still holds, which
 * is wrong of a man who died in 2009, so it is warned of like any end past the lifetime.
 */
function warnOutsideLifetime(reporter: Reporter, file: DataFile, path: DataPath, period: Period, actor: string, lifetime: Period): void {
  const span = formatPeriod(lifetime);
  if (period.last < lifetime.first || period.first > lifetime.last)
    return reporter.warn(file, path, `the period ${formatPeriod(period)} falls outside the lifetime of "${actor}" (${span})`, `Check the dates, or the lifetime in actors.yaml`, period.edtf);
  if (period.start && period.first < lifetime.first)
    reporter.warn(file, path, `the period ${formatPeriod(period)} starts before "${actor}" existed (${span})`, `Give the start the sources support, no earlier than ${formatDate(lifetime.start!)}, or check the lifetime in actors.yaml`, period.edtf);
  if (period.last > lifetime.last && lifetime.end)
    reporter.warn(
      file,
      path,
      period.end ? `the period ${formatPeriod(period)} ends after "${actor}" ceased to exist (${span})` : `the period ${period.edtf} is ongoing, but "${actor}" ceased to exist (${span})`,
      `Give the end the sources support, no later than ${formatDate(lifetime.end)}, or check the lifetime in actors.yaml`,
      period.edtf,
    );
}

/** Warns of actors no relation names; broken relations count too, so one error does not cause a flood of warnings. */
function warnIsolated(checked: CheckedFile<ActorsFile> | undefined, relations: CheckedFile<RelationsFile>, reporter: Reporter): void {
  if (!checked) return;
  const linked = new Set<unknown>((relations.data.relations ?? []).flatMap((r) => [r?.source, r?.target]));
  sound(checked, "actors").forEach(([a, i]) => {
    if (!linked.has(a.id)) reporter.warn(checked.file, ["actors", i], `the actor "${a.id}" has no relation`, "Add the relation the sources give it, or remove the actor", a.id);
  });
}
