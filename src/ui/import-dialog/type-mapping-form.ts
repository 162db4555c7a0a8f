/**
 * The form that asks where each unknown relation type belongs: its choices (keep the name as a
 * type of its own, or one of the taxonomy's types, grouped by family) and the mapping it sends.
 * Pure, so it is tested in Node.
 */
import type { TypeMapping } from "../../import/csv/type-mapping";
import type { RelationFamily, RelationType } from "../../model/types";
import { groupByFamily, type FamilyGroup } from "../legend/legend-model";

/** The value of the "Keep as its own type" option; no type id is empty. */
export const KEEP = "";

/** The taxonomy's types under their families, leaving out families with no type to offer. */
export const typeChoices = (families: readonly RelationFamily[], types: readonly RelationType[]): FamilyGroup[] =>
  groupByFamily(families, types).filter((g) => g.types.length > 0);

/** What each select shows first: the answer given before, else keep; an answer naming no known type falls back to keep. */
export function initialChoices(unknownTypes: readonly string[], mapping: TypeMapping, types: readonly RelationType[]): Map<string, string> {
  const known = new Set(types.map((t) => t.id));
  return new Map(
    unknownTypes.map((name) => {
      const answer = Object.hasOwn(mapping, name) ? mapping[name] : null;
      return [name, typeof answer === "string" && known.has(answer) ? answer : KEEP];
    }),
  );
}

/**
 * The mapping to import again with: the answers given before, overridden by the form's, with
 * null for "keep". Earlier answers stay because the importer no longer lists a name once it has
 * an answer, so the form may not show it again.
 */
export function mappingOf(previous: TypeMapping, choices: ReadonlyMap<string, string>): TypeMapping {
  const mapping: Record<string, string | null> = Object.create(null);
  for (const [name, to] of Object.entries(previous)) mapping[name] = to;
  for (const [name, choice] of choices) mapping[name] = choice === KEEP ? null : choice;
  return { ...mapping };
}
