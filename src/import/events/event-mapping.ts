/**
 * Event categories ("Battles: Armed clash", "One-sided violence") turned into relation types and
 * a direction. By default through the taxonomy's CAMEO codes, not through type ids, so a data set
 * with its own taxonomy maps as well as the bundled one: a category means a CAMEO code
 * (event-categories.ts) and becomes the type that lists it, of the category's direction when one
 * does. A category no type fits becomes a type of its own, placed in the family of its PLOVER
 * category where the taxonomy has one, or is left out with the reason. The user's answers (a
 * type of the taxonomy, or LEAVE_OUT) come first; a bad answer is reported and the default kept.
 */
import type { RelationType, Sign } from "../../model/types";
import type { DiagnosticCollector } from "../kit/report";
import { quote } from "../kit/report";
import { nameKey } from "../kit/ids";
import type { TaxonomyGrowth } from "../kit/taxonomy-growth";
import { CATEGORY_MEANINGS, type CategoryMeaning } from "./event-categories";
import { EVENT_FORMAT_NAMES, LEAVE_OUT, type EventFormat, type EventTypeMapping, type MappingRow } from "./types";

/** What a category's events become. */
export interface CategoryMapping {
  /** The relation type id, or LEAVE_OUT. */
  readonly type: string;
  readonly directed: boolean;
  readonly why: string;
  readonly byUser: boolean;
}

/** The CAMEO codes and PLOVER category a type of its own is given, so the next import finds it by code. */
export interface OwnTypeCodes {
  readonly cameo: readonly string[];
  readonly plover: string | null;
}

/** The default meaning of a category, by its name in any case, or by its ACLED sub-event type alone ("Air/drone strike"). */
export function meaningOf(format: EventFormat, category: string): CategoryMeaning | undefined {
  const key = nameKey(category);
  const meanings = CATEGORY_MEANINGS[format];
  return (
    meanings.find((m) => nameKey(m.category) === key || (m.also ?? []).some((a) => nameKey(a) === key)) ??
    meanings.find((m) => m.category.includes(": ") && nameKey(m.category.slice(m.category.indexOf(": ") + 2)) === key)
  );
}

export class EventMapping {
  private readonly decided = new Map<string, CategoryMapping>();
  private readonly answers = new Map<string, string>();
  /** Events of each category, in the order categories were first met. */
  private readonly events = new Map<string, { category: string; count: number }>();
  /** Types of its own made for categories, with their codes. */
  readonly ownTypes = new Map<string, OwnTypeCodes>();

  constructor(
    private readonly format: EventFormat,
    private readonly growth: TaxonomyGrowth,
    answers: EventTypeMapping,
    private readonly notes: DiagnosticCollector,
  ) {
    // Object.entries reads own keys only: a category "__proto__" is a name here.
    for (const [category, type] of Object.entries(answers)) if (typeof type === "string") this.answers.set(nameKey(category), type);
  }

  /** What an event of `category` becomes; decided (and reported) the first time the category is met. */
  map(category: string, line: number): CategoryMapping {
    const key = nameKey(category);
    const seen = this.events.get(key);
    if (seen) seen.count++;
    else this.events.set(key, { category, count: 1 });
    let mapping = this.decided.get(key);
    if (!mapping) this.decided.set(key, (mapping = this.decide(category, line)));
    return mapping;
  }

  /** Each category met, with its events and what they became, for the report and the dialog. */
  rows(): MappingRow[] {
    return [...this.events].map(([key, { category, count }]) => ({ category, events: count, ...this.decided.get(key)! }));
  }

  private decide(category: string, line: number): CategoryMapping {
    const meaning = meaningOf(this.format, category);
    const fallback = meaning ? this.byDefault(meaning) : this.unknown(category);
    const answer = this.answers.get(nameKey(category));
    if (answer === undefined) return fallback;
    if (answer === LEAVE_OUT) return { type: LEAVE_OUT, directed: false, why: "the user's choice", byUser: true };
    const type = this.growth.type(answer) ?? this.growth.findType(answer);
    if (type) return { type: type.id, directed: (meaning?.directed ?? false) && type.directed, why: "the user's choice", byUser: true };
    this.notes.error(
      { line, path: "(mapping)", problem: "bad-mapping" },
      `the mapping sends the category ${quote(category)} to ${quote(answer)}, which is not a type of the taxonomy; the default is kept (${fallback.type === LEAVE_OUT ? "left out" : fallback.type})`,
      "Map it to the id of a type in the taxonomy, or leave it out",
      answer,
    );
    return fallback;
  }

  private byDefault(meaning: CategoryMeaning): CategoryMapping {
    if (meaning.leaveOut) return { type: LEAVE_OUT, directed: false, why: `left out: ${meaning.leaveOut}`, byUser: false };
    const types = this.growth.taxonomy().types;
    const codes = meaning.cameo ?? [];
    // The category's direction first: an air strike finds the directed type listing 195.
    for (const sameWay of [true, false])
      for (const [code, words] of codes) {
        const type = types.find((t) => t.cameo.includes(code) && (!sameWay || t.directed === meaning.directed));
        if (type) {
          const nearest = code === codes[0][0] ? "" : `, the nearest the taxonomy lists to CAMEO ${codes[0][0]} (${codes[0][1]})`;
          const way = type.directed === meaning.directed ? "" : `; "${type.label}" is undirected, so the pair is too`;
          return { type: type.id, directed: meaning.directed && type.directed, why: `CAMEO ${code} (${words})${nearest}${way}`, byUser: false };
        }
      }
    return this.ownType(meaning);
  }

  /** A type of its own for a category no type fits, in the family its PLOVER category or its nature gives. */
  private ownType(meaning: CategoryMeaning): CategoryMapping {
    const types = this.growth.taxonomy().types;
    const byPlover = meaning.plover ? types.find((t) => t.plover === meaning.plover) : undefined;
    const chosen = meaning.family && this.growth.hasFamily(meaning.family[0]) ? meaning.family[0] : byPlover?.family;
    const label = meaning.category.includes(": ") ? meaning.category.slice(meaning.category.indexOf(": ") + 2) : meaning.category;
    const added = this.growth.typeFor(label, { directed: meaning.directed, label, ...(chosen ? { family: chosen, sign: signOf(types, chosen) } : {}) });
    const type = this.growth.type(added.id)!;
    if (added.added) this.ownTypes.set(added.id, { cameo: (meaning.cameo ?? []).map(([c]) => c), plover: meaning.plover ?? null });
    const code = meaning.cameo?.[0];
    const said = code ? `CAMEO ${code[0]} (${code[1]}), which no type of the taxonomy lists` : "no CAMEO code fits it";
    const where =
      chosen === undefined
        ? "in no family the taxonomy has"
        : meaning.family && chosen === meaning.family[0]
          ? `in the family "${chosen}": ${meaning.family[1]}`
          : `in the family "${chosen}" of PLOVER ${meaning.plover}`;
    return { type: type.id, directed: meaning.directed && type.directed, why: `${said}: kept as a type of its own, ${where}`, byUser: false };
  }

  private unknown(category: string): CategoryMapping {
    const added = this.growth.typeFor(category, { directed: false });
    return {
      type: added.id,
      directed: false,
      why: `not a category of the ${EVENT_FORMAT_NAMES[this.format]} codebook this tool knows: kept as a type of its own, undirected, in no family the taxonomy has`,
      byUser: false,
    };
  }
}

/** The sign the taxonomy's types of a family share (hostile -1, cooperative +1), else 0. */
function signOf(types: readonly RelationType[], family: string): Sign {
  const signs = new Set(types.filter((t) => t.family === family).map((t) => t.sign));
  return signs.size === 1 ? [...signs][0] : 0;
}
