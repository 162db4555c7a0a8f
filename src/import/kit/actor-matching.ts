/**
 * Names from someone else's file matched to the actors of a data set: by label, alias or id (in
 * any case, by Unicode compatibility form), then by a few naming rules that event data sets use
 * and that are safe to undo. Each rule is named, so the report can say why "Military Forces of
 * Pakistan (2024-)" became Pakistan.
 *
 * What is left alone on purpose: a country in parentheses. "Islamic State (Pakistan)" is not the
 * Islamic State, and "Civilians (Pakistan)" is not Pakistan; a wrong match shown as fact is worse
 * than a new actor, which the user can still merge.
 */
import { parsePartialDate, type Day } from "../../model/dates";
import type { Actor } from "../../model/types";
import { nameKey } from "./ids";

export type DirectMatch = "label" | "alias" | "id";

export interface ActorMatchFound {
  readonly actor: Actor;
  /** How the name (or, after a rule, what the rule left of it) names the actor. */
  readonly how: DirectMatch | "rule";
  /** The rules applied, in words, when `how` is "rule". */
  readonly rule?: string;
}

/** The rules, as the report names them. */
export const MATCH_RULES = {
  years: 'a trailing span of years, as in "(2024-)" or "(2008-2013)", is dropped',
  parts: 'a name written "TTP: Tehrik-i-Taliban Pakistan" is either of its two parts',
  forces: '"Military Forces of X", "Police Forces of X" and "Government of X" are X',
} as const;

/** "(2024-)", "(2008-2013)": ACLED dates its state actors by the years of a government. */
const YEAR_SPAN = /\s*\((\d{4})\s*[-–]\s*(\d{4})?\)\s*$/;
const STATE_FORMS = /^(?:military forces|police forces|government) of (.+)$/i;

const PRECEDENCE: readonly DirectMatch[] = ["label", "alias", "id"];

/** A name that several actors share at one level (two actors with the alias "Kabul"): it matches neither. */
interface Shared {
  readonly owners: string[];
}

export class ActorMatcher {
  private readonly byName: Record<DirectMatch, Map<string, Actor | Shared>> = { label: new Map(), alias: new Map(), id: new Map() };
  /** Names met that several actors share, with those actors' ids, for the report. */
  readonly shared = new Map<string, readonly string[]>();

  constructor(actors: readonly Actor[]) {
    for (const actor of actors) {
      this.keep("label", actor.label, actor);
      for (const alias of actor.aliases) this.keep("alias", alias, actor);
      this.keep("id", actor.id, actor);
    }
  }

  private keep(level: DirectMatch, name: string, actor: Actor): void {
    const key = nameKey(name);
    const known = this.byName[level].get(key);
    if (known === undefined) this.byName[level].set(key, actor);
    else if ("owners" in known) {
      if (!known.owners.includes(actor.id)) known.owners.push(actor.id);
    } else if (known.id !== actor.id) this.byName[level].set(key, { owners: [known.id, actor.id] });
  }

  /** The actor `name` stands for, or undefined when none does or the name could mean several. */
  match(name: string): ActorMatchFound | undefined {
    const direct = this.direct(name);
    if (direct !== undefined) return direct || undefined;
    const rules: string[] = [];
    let rest = name.trim();
    let years: { first: Day; last: Day } | undefined;
    const span = YEAR_SPAN.exec(rest);
    if (span) {
      years = yearsOf(span[1], span[2]);
      rest = rest.slice(0, span.index).trim();
      rules.push(MATCH_RULES.years);
    }
    const found = this.byRules(rest, rules, years);
    return found && { actor: found.actor, how: "rule", rule: found.rules.join("; ") };
  }

  /** By label, alias or id: the match, false when the name is shared (a dead end), undefined when unknown. */
  private direct(name: string): ActorMatchFound | false | undefined {
    const key = nameKey(name);
    for (const how of PRECEDENCE) {
      const found = this.byName[how].get(key);
      if (found && "owners" in found) {
        this.shared.set(name, found.owners);
        return false;
      }
      if (found) return { actor: found, how };
    }
    return undefined;
  }

  private byRules(rest: string, applied: readonly string[], years: { first: Day; last: Day } | undefined): { actor: Actor; rules: string[] } | undefined {
    if (applied.length) {
      const direct = this.direct(rest);
      if (direct === false) return undefined;
      if (direct) return { actor: direct.actor, rules: [...applied] };
    }
    const form = STATE_FORMS.exec(rest);
    if (form) {
      const direct = this.direct(form[1]);
      if (direct && stateThrough(direct.actor, years)) return { actor: direct.actor, rules: [...applied, MATCH_RULES.forces] };
      return undefined;
    }
    const colon = rest.indexOf(": ");
    if (colon > 0) {
      const parts = [rest.slice(0, colon), rest.slice(colon + 2)].map((p) => this.direct(p));
      if (parts.includes(false)) return undefined;
      const ids = new Set(parts.flatMap((p) => (p ? [p.actor.id] : [])));
      // Two parts naming two actors: the name says nothing certain.
      if (ids.size !== 1) return undefined;
      return { actor: (parts.find(Boolean) as ActorMatchFound).actor, rules: [...applied, MATCH_RULES.parts] };
    }
    return undefined;
  }
}

function yearsOf(from: string, to: string | undefined): { first: Day; last: Day } {
  return { first: parsePartialDate(from).first, last: to ? parsePartialDate(to).last : Infinity };
}

/**
 * Whether an actor can be the state a name dated by years ("Military Forces of Afghanistan
 * (2004-2021)") stands for. An actor that is never a state in the data (a data set with other
 * kinds) is taken as the name says. One that is a state at some time must be one through those
 * years, a change dated to the year they start counting as in force: the Afghan Taliban, a state
 * from 2021, are "Military Forces of Afghanistan (2021-)" but not the Afghan republic's army of
 * 2004-2021. A lifetime outside the years refutes it too. Without years, an actor whose kind
 * changes cannot be told from the name: UCDP's "Government of Afghanistan" fought the Taliban
 * until 2021, so it is matched only to an actor of one kind throughout.
 */
function stateThrough(actor: Actor, years: { first: Day; last: Day } | undefined): boolean {
  if (!years) return !(actor.changes ?? []).some((c) => c.kind && c.kind !== actor.kind);
  const life = actor.lifetime;
  if (life && (years.last < life.first || years.first > life.last)) return false;
  const changes = actor.changes ?? [];
  const kinds = [actor.kind, ...changes.flatMap((c) => (c.kind ? [c.kind] : []))];
  if (!kinds.includes("state")) return true;
  let kind = actor.kind;
  for (const change of changes) if (change.kind && change.from.first <= years.first) kind = change.kind;
  if (kind !== "state") return false;
  return changes.every((c) => !c.kind || c.kind === "state" || c.from.first <= years.first || c.from.first > years.last);
}
