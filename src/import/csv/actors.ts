/**
 * The actors of a CSV import: read from an actors file (id, label, kind, aliases separated by
 * ";" or "|"), or, without one, made from the names in the relations as they come (id from the
 * name, label the name, kind "actor"). Relations find their actors by id, label or alias in any
 * case. Names and ids are Map keys only, so "__proto__" or "constructor" is an actor like any other.
 */
import { closestMatch } from "../../model/diagnostics";
import type { Actor } from "../../model/types";
import { ACTOR_COLUMNS, checkShape, openTable, RowCells, type ActorField } from "./columns";
import type { DiagnosticCollector } from "../kit/report";
import { IdPool, nameKey, slugify } from "../kit/ids";
import { type TaxonomyGrowth } from "../kit/taxonomy-growth";

/**
 * "Did you mean" compares a name with every known one, so it is offered while that stays cheap:
 * for up to this many known names, and for the first this many unknown names of a file.
 */
const MAX_SUGGESTION_POOL = 2000;
const MAX_SUGGESTIONS = 200;

export class ActorDirectory {
  readonly actors: Actor[] = [];
  /**
   * @param fromFile With an actors file, relations may name actors by id too. Without one, ids
   *   are made from names and are not names themselves: "A B" (id a-b) and "a-b" stay two actors.
   */
  constructor(private readonly fromFile: boolean) {}

  private readonly byName = new Map<string, string>();
  private readonly ids = new IdPool();
  private readonly suggestions = new Map<string, string | undefined>();

  /** The actor `name` stands for: its id, label or one of its aliases, in any case. */
  find(name: string): string | undefined {
    return this.fromFile && this.ids.used(name) ? name : this.byName.get(nameKey(name));
  }

  hasId(id: string): boolean {
    return this.ids.used(id);
  }

  /** The closest known name to a misspelt one, for the report. */
  suggest(name: string): string | undefined {
    const key = nameKey(name);
    if (this.byName.size > MAX_SUGGESTION_POOL || (this.suggestions.size >= MAX_SUGGESTIONS && !this.suggestions.has(key))) return undefined;
    if (!this.suggestions.has(key)) this.suggestions.set(key, closestMatch(name, this.actors.flatMap((a) => [a.id, a.label])));
    return this.suggestions.get(key);
  }

  /** Adds an actor; returns the names it shares with an earlier actor (which keeps them). */
  add(actor: Actor): string[] {
    this.actors.push(actor);
    this.ids.add(actor.id);
    const shared: string[] = [];
    for (const name of this.fromFile ? [actor.id, actor.label, ...actor.aliases] : [actor.label]) {
      const owner = this.byName.get(nameKey(name));
      if (owner === undefined) this.byName.set(nameKey(name), actor.id);
      else if (owner !== actor.id) shared.push(name);
    }
    return shared;
  }

  /** Without an actors file: the actor a relation's name stands for, made on first use. */
  named(name: string, kind: string): { id: string; created: boolean } {
    const known = this.find(name);
    if (known !== undefined) return { id: known, created: false };
    const id = this.ids.take(slugify(name) || "actor");
    this.add({ id, label: name, kind, aliases: [] });
    return { id, created: true };
  }
}

/** The kind given to actors the file names without saying what they are. */
export function defaultKind(growth: TaxonomyGrowth, notes: DiagnosticCollector, place: { file: string; line: number }, why: string): string {
  const kind = growth.kindFor("actor", "Actor");
  if (kind.added)
    notes.warn({ ...place, path: "(kind)" }, `${why}, so they have the kind "actor", added to the taxonomy`, "Give an actors file with a kind column (e.g. state, armed-group) to tell them apart", "actor");
  return kind.id;
}

const EXAMPLE = "id,label,kind,aliases";

/** Reads an actors file; undefined (the reasons reported) when it cannot be used at all. */
export function readActorsFile(text: string, file: string, growth: TaxonomyGrowth, notes: DiagnosticCollector): ActorDirectory | undefined {
  const table = openTable<ActorField>(text, file, ACTOR_COLUMNS, [], notes, EXAMPLE);
  if (!table) return undefined;
  const { header, rows } = table;
  if (!header.columns.has("id") && !header.columns.has("label")) {
    notes.error({ file, line: header.line, path: "(header)" }, "the header names neither an id nor a label column", `Name the columns in the first line, e.g. "${EXAMPLE}"`, header.written.join(","));
    return undefined;
  }
  const directory = new ActorDirectory(true);
  for (const row of rows) {
    if (!checkShape(row, header, file, notes)) continue;
    const cells = new RowCells<ActorField>(row, header);
    const place = (field: ActorField | "(row)", recordId?: string) => ({ file, line: row.line, path: field === "(row)" ? field : cells.nameOf(field), ...(recordId ? { recordId } : {}) });
    const label = cells.get("label");
    const id = cells.get("id") || slugify(label);
    if (!id) {
      notes.error(place("(row)"), label ? `no id can be made from the label "${label}"; skipped` : "the row has no id and no label; skipped", "Give the actor an id (e.g. afghan-taliban) or a label");
      continue;
    }
    if (directory.hasId(id)) {
      notes.error(place(cells.get("id") ? "id" : "label", id), `the actor id "${id}" is already used by an earlier row; this row is skipped`, "Give each actor its own id, or merge the two rows", id);
      continue;
    }
    const kindText = cells.get("kind");
    let kind: string;
    if (kindText) {
      const found = growth.kindFor(kindText);
      if (found.added)
        notes.warn(place("kind", id), `the actor kind "${kindText}" is not in the taxonomy; added as "${found.id}"`, "If it means a kind the taxonomy has, write that kind's id instead", kindText);
      kind = found.id;
    } else kind = defaultKind(growth, notes, { file, line: row.line }, "some actors have no kind");
    const aliases = [...new Set(cells.get("aliases").split(/[;|]/).map((a) => a.trim()).filter(Boolean))];
    const description = cells.get("description");
    const shared = directory.add({ id, label: label || id, kind, aliases, ...(description ? { description } : {}) });
    for (const name of shared)
      notes.warn(place("(row)", id), `the name "${name}" also names an earlier actor, which relations naming it will mean`, "Keep the name on the actor it most often means, or make it more specific", name);
  }
  if (!directory.actors.length) {
    notes.error({ file, path: "(file)" }, "no actor could be read from the file", "Correct the rows reported above");
    return undefined;
  }
  return directory;
}
