/**
 * Relation types named in an import, matched to the taxonomy. A name the taxonomy lacks is an
 * "unknown type": the app shows the list and asks the user where each belongs, then imports
 * again with their answers as a mapping (name → type id, or null to keep it as a type of its
 * own). A name with no answer yet is kept as a type of its own too, and the report says so.
 */
import { closestMatch } from "../../model/diagnostics";
import type { DiagnosticCollector, Place } from "../kit/report";
import { nameKey } from "../kit/ids";
import { UNCLASSIFIED, type TaxonomyGrowth } from "../kit/taxonomy-growth";

export type TypeMapping = Readonly<Record<string, string | null>>;

/** "Did you mean" costs a comparison with every type; a file with thousands of unknown names gets it for the first few. */
const MAX_SUGGESTIONS = 200;

export class TypeResolver {
  /** The user's answers by name key; Object.entries reads own keys only, so "__proto__" is a name here. */
  private readonly mapping = new Map<string, { readonly to: string | null; readonly key: string }>();
  private readonly resolved = new Map<string, string>();
  /** Unknown names without an answer, as first written. */
  readonly unknown: string[] = [];

  constructor(
    private readonly growth: TaxonomyGrowth,
    private readonly notes: DiagnosticCollector,
    mapping: TypeMapping = {},
  ) {
    for (const [key, to] of Object.entries(mapping)) this.mapping.set(nameKey(key), { to: typeof to === "string" ? to : null, key });
  }

  /** The id of the type `text` names, adding a type when it is unknown; reports each unknown name once. */
  resolve(text: string, place: Place): string {
    const key = nameKey(text);
    const done = this.resolved.get(key);
    if (done !== undefined) return done;
    const id = this.decide(text, place);
    this.resolved.set(key, id);
    return id;
  }

  private decide(text: string, place: Place): string {
    const known = this.growth.findType(text);
    if (known) return known.id;
    const answer = this.mapping.get(nameKey(text));
    if (answer?.to) {
      const target = this.growth.findType(answer.to);
      if (target) {
        this.notes.warn(place, `the relation type "${text}" is read as "${target.label}" (${target.id}), as mapped`, "Nothing to do; change the mapping to read it otherwise", text);
        return target.id;
      }
      const added = this.addOwn(text);
      this.notes.error(
        place,
        `the mapping sends the relation type "${text}" to "${answer.to}", which is not a type of the taxonomy; "${text}" is kept as a type of its own ("${added}")`,
        `Map it to the id of a type in the taxonomy${this.suggestion(answer.to)}`,
        answer.to,
      );
      return added;
    }
    const added = this.addOwn(text);
    if (answer) {
      this.notes.warn(place, `the relation type "${text}" is kept as a type of its own ("${added}"), as mapped, in the family "${UNCLASSIFIED.label}"`, "Nothing to do; map it to a type of the taxonomy to merge them", text);
      return added;
    }
    this.unknown.push(text);
    this.notes.warn(
      place,
      `the relation type "${text}" is not in the taxonomy; it is kept as a type of its own ("${added}"), in the family "${UNCLASSIFIED.label}"`,
      `Confirm it, or map it to a type of the taxonomy when asked${this.suggestion(text)}`,
      text,
    );
    return added;
  }

  /** Whether relations of a type run one way when the row does not say. */
  directedOf(id: string): boolean {
    return this.growth.type(id)?.directed ?? true;
  }

  private addOwn(text: string): string {
    const added = this.growth.typeFor(text);
    return added.id;
  }

  private suggestions = 0;

  private suggestion(text: string): string {
    if (++this.suggestions > MAX_SUGGESTIONS) return "";
    const guess = closestMatch(text, this.growth.baseTypeNames);
    return guess ? ` (did you mean "${guess}"?)` : "";
  }
}
