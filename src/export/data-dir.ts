/**
 * A data set as a data directory: the four YAML files the loader reads (taxonomy, actors,
 * relations, sources), in the shapes of model/records.ts and graph-data/schema/, so an imported
 * file becomes a data set people can curate in git and every command can read.
 *
 * Dates are written as their EDTF text, at the precision they were read with; evidence keeps
 * its event date and deaths. What the domain derives is left out: an actor's empty aliases, a
 * relation's direction when its type gives the same one, so the files say what a person would
 * write and loading them gives back the same data set.
 *
 * A data set from someone else's file need not meet the data files' rules (GEXF carries no
 * evidence, a CSV names documents with neither file nor address): it is written as it is, never
 * patched with made-up quotes or paths, and the loader (`faultlines validate`) names each place
 * to complete. Relations with no evidence say so in a comment above them.
 */
import { Document, isMap, isSeq, visit, type Node } from "yaml";
import type { ActorsFile, RelationsFile, SourcesFile, TaxonomyFile } from "../model/records";
import type { Actor, DataSet, Evidence, Relation, Source, Taxonomy } from "../model/types";
import { joinChunks } from "./chunks";

export interface DataDirOptions {
  /** What the data set was read from, named in each file's header, e.g. ["acled-2025.csv"]. */
  readonly importedFrom?: readonly string[];
  /** The schemas' directory as seen from the data directory, for the YAML language server's first line. */
  readonly schemaDir?: string;
}

/** The four files' names and texts, in the order the loader reports them. */
export type DataDirFiles = Readonly<Record<"taxonomy.yaml" | "sources.yaml" | "actors.yaml" | "relations.yaml", string>>;

const ABOUT = {
  taxonomy: "The vocabulary of the data set: families of relation, relation types, and kinds of actor.",
  sources: "The documents the relations cite.",
  actors: "The actors the relations tie together. Aliases are the other names a search finds.",
  relations: "Typed, dated relations between two actors, each period an EDTF date or interval at the precision the source gives.",
} as const;

/** The four files' names, in the order the loader reports them. */
export const DATA_DIR_FILES = ["taxonomy.yaml", "sources.yaml", "actors.yaml", "relations.yaml"] as const;

export function dataDirFiles(dataSet: DataSet, options: DataDirOptions = {}): DataDirFiles {
  const chunks = dataDirChunks(dataSet, options);
  return Object.fromEntries(DATA_DIR_FILES.map((name) => [name, joinChunks(chunks[name]())])) as DataDirFiles;
}

/**
 * Each file's text as a sequence of pieces, made when asked: the lists (sources, actors,
 * relations) a few hundred items at a time (`batch`), each batch a YAML document of its own
 * whose items are written exactly as in the whole list, so a large data set is never one string
 * nor one YAML document in memory.
 */
export function dataDirChunks(dataSet: DataSet, options: DataDirOptions = {}, batch = 500): Readonly<Record<keyof DataDirFiles, () => Iterable<string>>> {
  const records = dataRecords(dataSet);
  return {
    "taxonomy.yaml": () => [header("taxonomy", options), "\n", yamlText(records.taxonomy)],
    "sources.yaml": () => listChunks("sources", records.sources.sources, options, batch),
    "actors.yaml": () => listChunks("actors", records.actors.actors, options, batch),
    "relations.yaml": () => listChunks("relations", records.relations.relations, options, batch, markBareRelations),
  };
}

function* listChunks(role: "sources" | "actors" | "relations", items: readonly object[], options: DataDirOptions, batch: number, shape?: (doc: Document) => void): Generator<string> {
  yield `${header(role, options)}\n`;
  if (!items.length) {
    yield yamlText({ [role]: [] }, shape);
    return;
  }
  // Every batch's text starts with the same key line; the first is kept.
  const key = `${role}:\n`;
  for (let at = 0; at < items.length; at += batch) {
    const text = yamlText({ [role]: items.slice(at, at + batch) }, shape);
    if (!text.startsWith(key)) throw new Error(`dataDirChunks: the YAML of ${role} did not start with "${key.trim()}"`);
    yield at === 0 ? text : text.slice(key.length);
  }
}

function yamlText(data: object, shape?: (doc: Document) => void): string {
  const doc = new Document(data);
  // Short lists of dates and names on one line, as the bundled data writes them.
  visit(doc, {
    Pair(_, pair) {
      const key = String((pair.key as { value?: unknown })?.value);
      if ((key === "periods" || key === "aliases" || key === "cameo") && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  shape?.(doc);
  // Long text folds over lines of about 100 characters, as the bundled data's does.
  return doc.toString({ lineWidth: 100, minContentWidth: 40, flowCollectionPadding: false });
}

/** The four files' contents as records, before they are written as YAML (or as JSON, which the loader reads too). */
export function dataRecords(dataSet: DataSet): { taxonomy: TaxonomyFile; sources: SourcesFile; actors: ActorsFile; relations: RelationsFile } {
  return {
    taxonomy: taxonomyRecord(dataSet.taxonomy),
    sources: { sources: dataSet.sources.map(sourceRecord) },
    actors: { actors: dataSet.actors.map(actorRecord) },
    relations: { relations: relationRecords(dataSet) },
  };
}

function header(role: keyof typeof ABOUT, { importedFrom, schemaDir }: DataDirOptions): string {
  const lines = [...(schemaDir !== undefined ? [` yaml-language-server: $schema=${schemaDir ? `${schemaDir.replace(/\\/g, "/")}/` : ""}${role}.schema.json`, ""] : []), ` ${ABOUT[role]}`];
  // One name a line: a file name may hold anything but a line break, which would end the comment.
  if (importedFrom?.length) lines.push("", " Imported by Faultlines from:", ...importedFrom.map((name) => `   ${name.replace(/[\r\n\u2028\u2029]+/g, " ")}`));
  return lines.map((line) => `#${line}`).join("\n") + "\n";
}

/** A comment above each relation without evidence, where `validate` will point. */
function markBareRelations(doc: Document): void {
  const list = doc.get("relations", true);
  if (!isSeq(list)) return;
  for (const item of list.items) {
    const evidence = isMap(item) ? item.get("evidence", true) : undefined;
    if (isSeq(evidence) && !evidence.items.length)
      (item as Node).commentBefore = " No evidence in the imported file: add the source and the words of it that support this relation.";
  }
}

function taxonomyRecord(taxonomy: Taxonomy): TaxonomyFile {
  return {
    families: taxonomy.families.map((f) => ({ id: f.id, label: f.label, ...(f.description !== undefined ? { description: f.description } : {}) })),
    kinds: taxonomy.kinds.map((k) => ({ id: k.id, label: k.label, ...(k.description !== undefined ? { description: k.description } : {}) })),
    types: taxonomy.types.map((t) => ({
      id: t.id,
      label: t.label,
      family: t.family,
      sign: t.sign,
      directed: t.directed,
      ...(t.description !== undefined ? { description: t.description } : {}),
      cameo: [...t.cameo],
      plover: t.plover,
      mappingMilitants: t.mappingMilitants,
      ...(t.timing ? { timing: t.timing } : {}),
    })),
  };
}

const sourceRecord = (s: Source): SourcesFile["sources"][number] => ({
  id: s.id,
  title: s.title,
  ...(s.author !== undefined ? { author: s.author } : {}),
  ...(s.publisher !== undefined ? { publisher: s.publisher } : {}),
  ...(s.date ? { date: s.date.edtf } : {}),
  ...(s.file !== undefined ? { file: s.file } : {}),
  ...(s.url !== undefined ? { url: s.url } : {}),
});

const actorRecord = (a: Actor): ActorsFile["actors"][number] => ({
  id: a.id,
  label: a.label,
  kind: a.kind,
  ...(a.aliases.length ? { aliases: [...a.aliases] } : {}),
  ...(a.description ? { description: a.description } : {}),
  ...(a.lifetime ? { lifetime: a.lifetime.edtf } : {}),
  ...(a.changes?.length
    ? { changes: a.changes.map((c) => ({ from: c.from.edtf, ...(c.kind ? { kind: c.kind } : {}), ...(c.label ? { label: c.label } : {}), ...(c.note ? { note: c.note } : {}) })) }
    : {}),
});

function relationRecords({ relations, taxonomy }: DataSet): RelationsFile["relations"] {
  const typeDirected = new Map(taxonomy.types.map((t) => [t.id, t.directed]));
  // The loader takes the direction from the type unless the relation says otherwise; a type the taxonomy lacks reads as directed.
  return relations.map((r) => relationRecord(r, typeDirected.get(r.type) ?? true));
}

function relationRecord(r: Relation, typeDirected: boolean): RelationsFile["relations"][number] {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    ...(r.directed !== typeDirected ? { directed: r.directed } : {}),
    periods: r.periods.map((p) => p.edtf),
    confidence: r.confidence,
    evidence: r.evidence.map(evidenceRecord),
    ...(r.note ? { note: r.note } : {}),
  };
}

const evidenceRecord = (e: Evidence): RelationsFile["relations"][number]["evidence"][number] => ({
  source: e.source,
  quote: e.quote,
  ...(e.location ? { location: e.location } : {}),
  ...(e.date ? { date: e.date.edtf } : {}),
  ...(e.fatalities !== undefined ? { fatalities: e.fatalities } : {}),
});
