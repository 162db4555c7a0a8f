/**
 * Checks each data file against its published JSON Schema (graph-data/schema/) and turns the
 * validator's errors into diagnostics a person can act on.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import actorsSchema from "../../graph-data/schema/actors.schema.json" with { type: "json" };
import commonSchema from "../../graph-data/schema/common.schema.json" with { type: "json" };
import relationsSchema from "../../graph-data/schema/relations.schema.json" with { type: "json" };
import sourcesSchema from "../../graph-data/schema/sources.schema.json" with { type: "json" };
import taxonomySchema from "../../graph-data/schema/taxonomy.schema.json" with { type: "json" };
import { closestMatch, formatPath, type DataPath, type Diagnostic } from "./diagnostics";
import type { DataFile } from "./yaml-file";

export type FileRole = "taxonomy" | "actors" | "relations" | "sources";
export const FILE_ROLES: readonly FileRole[] = ["taxonomy", "sources", "actors", "relations"];

let validators: Record<FileRole, ValidateFunction> | undefined;

/** Compiled on first use, so that importing the model costs nothing until data is loaded. */
function getValidators(): Record<FileRole, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictRequired: false, allowUnionTypes: true });
    ajv.addSchema(commonSchema);
    validators = {
      taxonomy: ajv.compile(taxonomySchema),
      actors: ajv.compile(actorsSchema),
      relations: ajv.compile(relationsSchema),
      sources: ajv.compile(sourcesSchema),
    };
  }
  return validators;
}

export interface SchemaResult {
  readonly diagnostics: Diagnostic[];
  /** Paths of records (e.g. ["relations", 3]) that failed, so later checks can skip them. */
  readonly brokenRecords: Set<string>;
  /** False when the file's top level is wrong and none of its records can be trusted. */
  readonly usable: boolean;
}

export function checkSchema(role: FileRole, file: DataFile): SchemaResult {
  const validate = getValidators()[role];
  if (validate(file.data)) return { diagnostics: [], brokenRecords: new Set(), usable: true };
  const errors = pruneAnyOf(validate.errors ?? []);
  const brokenRecords = new Set<string>();
  let usable = true;
  const diagnostics = new Map<string, Diagnostic>();
  for (const error of errors) {
    const path = pointerToPath(error.instancePath);
    if (path.length >= 2) brokenRecords.add(recordKey(path));
    else usable = false;
    const d = toDiagnostic(file, path, error);
    // One problem can break two rules (an empty quote fails minLength and pattern): say it once.
    diagnostics.set(`${d.path}\n${d.message}`, d);
  }
  return { diagnostics: [...diagnostics.values()], brokenRecords, usable };
}

export const recordKey = (path: DataPath) => `${path[0]}/${path[1]}`;

/** anyOf failures repeat one "required" error per branch; keep a single, clearer message. */
function pruneAnyOf(errors: ErrorObject[]): ErrorObject[] {
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath));
  return errors.filter((e) => !(e.keyword === "required" && anyOfPaths.has(e.instancePath) && /\/anyOf\//.test(e.schemaPath)));
}

function pointerToPath(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

function valueAt(data: unknown, path: DataPath): unknown {
  let value = data;
  for (const step of path) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, step)) return undefined;
    value = (value as Record<string | number, unknown>)[step];
  }
  return value;
}

function toDiagnostic(file: DataFile, path: DataPath, error: ErrorObject): Diagnostic {
  const field = String(path[path.length - 1] ?? "");
  const value = valueAt(file.data, path);
  const record = path.length >= 2 ? valueAt(file.data, path.slice(0, 2)) : undefined;
  const recordId = record && typeof record === "object" && typeof (record as { id?: unknown }).id === "string" ? (record as { id: string }).id : undefined;
  const base = { severity: "error" as const, file: file.name, path: formatPath(path), ...(recordId ? { recordId } : {}) };
  const at = (p: DataPath, atKey = false) => file.locate(p, atKey) ?? {};
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const missing = String(p.missingProperty);
      return { ...base, ...at(path), path: formatPath([...path, missing]), message: `the required field "${missing}" is missing`, fix: requiredFix(missing) };
    }
    case "additionalProperties": {
      const extra = String(p.additionalProperty);
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const guess = closestMatch(extra, known);
      return { ...base, ...at([...path, extra], true), path: formatPath([...path, extra]), message: `"${extra}" is not a field here`, fix: `${guess ? `Did you mean "${guess}"? ` : ""}Use one of: ${known.join(", ")}, or remove it` };
    }
    case "enum":
      return { ...base, ...at(path), value, message: `not one of the allowed values`, fix: `Use one of: ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}` };
    case "type":
      return { ...base, ...at(path), value, message: `expected ${withArticle(String(p.type))}, found ${describe(value)}`, fix: path.length ? typeFix(String(p.type), field) : topLevelFix(file.name) };
    case "minItems":
      return { ...base, ...at(path), message: minItemsMessage(field), fix: minItemsFix(field) };
    case "minLength":
    case "pattern":
      if (error.schemaPath.includes("/text/") || (error.keyword === "minLength" && (error.params as { limit: number }).limit === 1))
        return { ...base, ...at(path), value, message: field === "quote" ? "the quote is empty" : `"${field}" is empty`, fix: field === "quote" ? "Paste the verbatim words from the document that support the relation" : `Write the ${field}, or remove the field` };
      if (String(p.pattern ?? "").startsWith("^[a-z0-9]"))
        return { ...base, ...at(path), value, message: "not a valid id", fix: `Use lower-case letters and digits joined by hyphens, e.g. "${suggestId(value)}"` };
      return { ...base, ...at(path), value, message: `does not have the expected form (${error.message})`, fix: "See the field's description in the schema in graph-data/schema/" };
    case "anyOf":
      return { ...base, ...at(path), message: "a source needs a file name or a URL", fix: 'Add "file: <the document\'s file name>" or "url: https://..."' };
    default:
      return { ...base, ...at(path), value, message: error.message ?? error.keyword, fix: "See the schema in graph-data/schema/" };
  }
}

const withArticle = (type: string) => (type === "array" ? "a list" : type === "object" ? "a record (key: value lines)" : /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function describe(value: unknown): string {
  if (value === null) return "nothing (null)";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a record";
  return `${typeof value} ${JSON.stringify(value)}`;
}

function typeFix(expected: string, field: string): string {
  if (expected === "array") return `Write "${field}" as a list, one "- item" per line`;
  if (expected === "boolean") return "Write true or false, without quotes";
  if (expected === "string") return "Write it as text; put it in quotes if it looks like a number or a date";
  return `Write ${withArticle(expected)} here`;
}

function topLevelFix(fileName: string): string {
  const key = (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\..*$/, "");
  return key === "taxonomy" ? 'Start the file with the keys "families:", "types:" and "kinds:", each holding a list' : `Start the file with "${key}:" and list the records under it, one "- id: ..." each`;
}

function requiredFix(field: string): string {
  switch (field) {
    case "evidence":
      return "Add at least one piece of evidence: the source id and a verbatim quote from it";
    case "periods":
      return 'Add when the relation held, e.g. periods: ["2025-10"]';
    case "confidence":
      return "Add confidence: high, medium or low";
    case "quote":
      return "Add the verbatim words from the document that support the relation";
    default:
      return `Add "${field}"`;
  }
}

const minItemsMessage = (field: string) =>
  field === "evidence" ? "the relation has no evidence" : field === "periods" ? "the relation has no period" : `"${field}" is an empty list`;

const minItemsFix = (field: string) =>
  field === "evidence"
    ? "Add at least one piece of evidence: the source id and a verbatim quote from it"
    : field === "periods"
      ? 'Add when the relation held, e.g. "2025-10" or "2025-05/.." if it is ongoing'
      : `Add at least one entry to "${field}"`;

const suggestId = (value: unknown) =>
  String(value ?? "my-id")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "") || "my-id";
