/**
 * An imported data set (from GEXF, CSV or a Faultlines file) merged into another, the data set
 * on screen: each imported actor is matched to one of the base's by its label, then its aliases
 * (ActorMatcher: by name, then the safe naming rules), or added; relations are re-pointed to the
 * actors they now join; the taxonomies and the sources are united, one item where both have the
 * same id and the same content, the imported one renamed where the same id means something else.
 * Every id stays unique. What was matched, added and renamed goes in the report.
 */
import type { Actor, DataSet, Relation, Source, Taxonomy } from "../../model/types";
import type { ActorMatch } from "../events/types";
import { ActorMatcher, type ActorMatchFound } from "./actor-matching";
import { IdPool } from "./ids";
import { quote, type DiagnosticCollector } from "./report";

/** Matched actors listed one a line; the rest summed up. */
const LISTED = 25;

/** Same content: the same fields with the same values, in any order. */
export function sameContent(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );

/** Items of `other` put beside `base`'s: one where they are the same, renamed (or dropped) where one id means two things. */
function unite<T extends { readonly id: string }>(base: readonly T[], other: readonly T[], clash: "rename" | "drop"): { items: T[]; renamed: Map<string, string> } {
  const byId = new Map(base.map((item) => [item.id, item]));
  const ids = new IdPool(new Set(other.map((item) => item.id)));
  for (const item of base) ids.add(item.id);
  const items = [...base];
  const renamed = new Map<string, string>();
  for (const item of other) {
    const known = byId.get(item.id);
    if (known && sameContent(known, item)) continue;
    if (known && clash === "drop") continue;
    const id = known ? ids.take(item.id) : item.id;
    if (id !== item.id) renamed.set(item.id, id);
    ids.add(id);
    items.push({ ...item, id });
    byId.set(id, item);
  }
  return { items, renamed };
}

export interface UnitedTaxonomy {
  readonly taxonomy: Taxonomy;
  /** Imported ids given a new name, by kind of item: old id → new id. */
  readonly renamed: { readonly families: Map<string, string>; readonly types: Map<string, string>; readonly kinds: Map<string, string> };
}

/**
 * The base taxonomy with what `other` adds. `clash`: "rename" keeps an imported item whose id the
 * base gives to something else, under a new id; "drop" keeps the base's only (for a vocabulary
 * offered, not one that data already uses).
 */
export function uniteTaxonomy(base: Taxonomy, other: Taxonomy, clash: "rename" | "drop" = "rename"): UnitedTaxonomy {
  const families = unite(base.families, other.families, clash);
  const pointed = other.types.map((t) => ({ ...t, family: families.renamed.get(t.family) ?? t.family }));
  const types = unite(base.types, pointed, clash);
  const kinds = unite(base.kinds, other.kinds, clash);
  return { taxonomy: { families: families.items, types: types.items, kinds: kinds.items }, renamed: { families: families.renamed, types: types.renamed, kinds: kinds.renamed } };
}

/** The first of an actor's names (label, then aliases) that names an actor of the base. */
function matchActor(matcher: ActorMatcher, actor: Actor): { found: ActorMatchFound; name: string } | undefined {
  for (const name of [actor.label, ...actor.aliases]) {
    const found = matcher.match(name);
    if (found) return { found, name };
  }
  return undefined;
}

export function mergeInto(base: DataSet, imported: DataSet, notes: DiagnosticCollector): { dataSet: DataSet; matches: ActorMatch[] } {
  const { taxonomy, renamed } = uniteTaxonomy(base.taxonomy, imported.taxonomy);
  const sources = unite<Source>(base.sources, imported.sources, "rename");
  const matcher = new ActorMatcher(base.actors);
  const actorIds = new IdPool(new Set(imported.actors.map((a) => a.id)));
  for (const actor of base.actors) actorIds.add(actor.id);
  const kindOf = (kind: string) => renamed.kinds.get(kind) ?? kind;

  const named = new Map(imported.relations.flatMap((r) => [r.source, r.target]).reduce((m, id) => m.set(id, (m.get(id) ?? 0) + 1), new Map<string, number>()));
  const actorOf = new Map<string, string>();
  const matches: ActorMatch[] = [];
  const added: Actor[] = [];
  for (const actor of imported.actors) {
    const events = named.get(actor.id) ?? 0;
    const match = matchActor(matcher, actor);
    if (match) {
      actorOf.set(actor.id, match.found.actor.id);
      matches.push({ name: match.name, actor: match.found.actor.id, how: match.found.how, ...(match.found.rule ? { rule: match.found.rule } : {}), events });
      continue;
    }
    const id = actorIds.used(actor.id) ? actorIds.take(actor.id) : actor.id;
    actorIds.add(id);
    actorOf.set(actor.id, id);
    matches.push({ name: actor.label, actor: id, how: "created", events });
    added.push({ ...actor, id, kind: kindOf(actor.kind), ...(actor.changes ? { changes: actor.changes.map((c) => (c.kind ? { ...c, kind: kindOf(c.kind) } : c)) } : {}) });
  }

  const baseRelations = new Map(base.relations.map((r) => [r.id, r]));
  const relationIds = new IdPool(new Set(imported.relations.map((r) => r.id)));
  for (const r of base.relations) relationIds.add(r.id);
  const relations: Relation[] = [...base.relations];
  let same = 0;
  for (const r of imported.relations) {
    const source = actorOf.get(r.source) ?? r.source;
    const target = actorOf.get(r.target) ?? r.target;
    if (source === target) {
      notes.error({ path: "(relations)", recordId: r.id, problem: "merged-ends" }, `the relation "${r.id}" is left out: both its actors ("${r.source}" and "${r.target}") are the actor "${source}" of the data set`, "If they are two actors, add a name to one that the data set does not use, and import again", r.id);
      continue;
    }
    const pointed: Relation = { ...r, source, target, type: renamed.types.get(r.type) ?? r.type, evidence: r.evidence.map((e) => ({ ...e, source: sources.renamed.get(e.source) ?? e.source })) };
    const known = baseRelations.get(r.id);
    if (known && sameContent(known, pointed)) {
      same++;
      continue;
    }
    const id = relationIds.used(r.id) ? relationIds.take(r.id) : r.id;
    relationIds.add(id);
    relations.push({ ...pointed, id });
  }

  report(notes, { matches, same, renamed: { ...renamed, sources: sources.renamed } }, (id) => base.actors.find((a) => a.id === id)?.label ?? id);
  return { dataSet: { taxonomy, actors: [...base.actors, ...added], relations, sources: sources.items }, matches };
}

function report(notes: DiagnosticCollector, what: { matches: ActorMatch[]; same: number; renamed: Record<string, Map<string, string>> }, labelOf: (id: string) => string): void {
  const matched = what.matches.filter((m) => m.how !== "created");
  const created = what.matches.filter((m) => m.how === "created");
  for (const m of matched.slice(0, LISTED))
    notes.warn(
      { path: "(actors)", recordId: m.actor },
      `the imported actor ${quote(m.name)} is the actor "${labelOf(m.actor)}" (${m.actor}) of the data set, by ${m.how === "rule" ? `rule (${m.rule})` : `its ${m.how}`}; its relations join that actor`,
      "Nothing to do if it is; otherwise rename the imported actor and import again",
      m.name,
    );
  if (matched.length > LISTED) notes.warn({ path: "(actors)" }, `${matched.length - LISTED} more imported actors were matched to actors of the data set`, "See the list of matches for each one");
  if (created.length)
    notes.warn(
      { path: "(actors)" },
      `${created.length} imported actor${created.length === 1 ? " is" : "s are"} new to the data set and added: ${created
        .slice(0, 12)
        .map((m) => quote(m.name))
        .join(", ")}${created.length > 12 ? ` and ${created.length - 12} more` : ""}`,
      "If one is an actor of the data set under another name, add that name to its aliases and import again",
    );
  if (what.same) notes.warn({ path: "(relations)" }, `${what.same} imported relation${what.same === 1 ? " is" : "s are"} already in the data set, the same in every field, and kept once`, "Nothing to do");
  for (const [kind, renamed] of Object.entries(what.renamed))
    if (renamed.size)
      notes.warn(
        { path: `(${kind})` },
        `imported ${kind} whose id the data set gives to something else are renamed (${renamed.size}): ${[...renamed].slice(0, 12).map(([from, to]) => `${from} → ${to}`).join(", ")}${renamed.size > 12 ? ", ..." : ""}`,
        "Nothing to do; rename them in the data set to merge them",
      );
}
