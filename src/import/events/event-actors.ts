/**
 * The actors an event file names: each name matched once to an actor of the data set imported
 * into (ActorMatcher: label, alias, id, then the safe naming rules), or made once, with the kind
 * the row gives (added to the taxonomy when it lacks it, e.g. "civilians") and an id that clashes
 * with none of the data set's. Also what the report says of them, with long lists summed up.
 */
import type { Actor } from "../../model/types";
import { ActorMatcher } from "../kit/actor-matching";
import { IdPool, slugify } from "../kit/ids";
import type { DiagnosticCollector } from "../kit/report";
import { quote } from "../kit/report";
import type { TaxonomyGrowth } from "../kit/taxonomy-growth";
import type { ActorMatch, EventActor } from "./types";

/** Matched names listed one a line; the rest are summed up by how they were matched. */
const LISTED_MATCHES = 25;
/** Created actors named in the summary line, those in the most events first. */
const NAMED_CREATED = 12;

interface Named {
  readonly name: string;
  readonly id: string;
  readonly how: ActorMatch["how"];
  readonly rule?: string;
  events: number;
}

export class EventActors {
  readonly created: Actor[] = [];
  private readonly byName = new Map<string, Named>();
  private readonly matcher: ActorMatcher | undefined;
  private readonly ids: IdPool;
  private readonly kindsAdded = new Set<string>();

  constructor(
    into: readonly Actor[] | undefined,
    private readonly growth: TaxonomyGrowth,
    private readonly notes: DiagnosticCollector,
  ) {
    this.matcher = into && new ActorMatcher(into);
    this.ids = new IdPool(new Set(into?.map((a) => a.id)));
  }

  /** The id of the actor a row's side names; counts the event for it. */
  idOf(side: EventActor, line: number): string {
    const known = this.byName.get(side.name);
    if (known) {
      known.events++;
      return known.id;
    }
    const found = this.matcher?.match(side.name);
    const named: Named = found
      ? { name: side.name, id: found.actor.id, how: found.how, ...(found.rule ? { rule: found.rule } : {}), events: 1 }
      : { name: side.name, id: this.create(side, line), how: "created", events: 1 };
    this.byName.set(side.name, named);
    return named.id;
  }

  private create(side: EventActor, line: number): string {
    const text = side.kind.trim() || "actor";
    // "civilians" is labelled "Civilians", as the taxonomy's own kinds are.
    const kind = this.growth.kindFor(text, (text.charAt(0).toUpperCase() + text.slice(1)).replace(/-/g, " "));
    if (kind.added && !this.kindsAdded.has(kind.id)) {
      this.kindsAdded.add(kind.id);
      this.notes.warn({ line, path: "(kind)" }, `the actor kind ${quote(side.kind)} is not in the taxonomy; added as "${kind.id}" for the actors the file gives it`, "Nothing to do; rename it in the taxonomy to place it among the others", side.kind);
    }
    const id = this.ids.take(slugify(side.name) || "actor");
    this.created.push({ id, label: side.name.trim() || id, kind: kind.id, aliases: [] });
    return id;
  }

  matches(): ActorMatch[] {
    return [...this.byName.values()].map(({ name, id, how, rule, events }) => ({ name, actor: id, how, ...(rule ? { rule } : {}), events }));
  }

  /** What was matched (by what) and created, in the report: names in most events first. */
  report(labelOf: (id: string) => string): void {
    const all = [...this.byName.values()].sort((a, b) => b.events - a.events);
    const matched = all.filter((n) => n.how !== "created");
    const created = all.filter((n) => n.how === "created");
    for (const name of this.matcher?.shared.keys() ?? [])
      this.notes.warn({ path: "(actors)", problem: "shared-name" }, `the name ${quote(name)} names several actors of the data set (${this.matcher!.shared.get(name)!.join(", ")}), so a new actor is made for it`, "Merge the actors, or rename the new one's events in the file", name);
    matched.slice(0, LISTED_MATCHES).forEach((n) =>
      this.notes.warn(
        { path: "(actors)", recordId: n.id },
        `${quote(n.name)} (${events(n.events)}) is the actor "${labelOf(n.id)}" (${n.id}) of the data set, by ${n.how === "rule" ? `rule (${n.rule})` : `its ${n.how}`}`,
        "Nothing to do if it is; otherwise import into a data set without it, or separate the actors after import",
        n.name,
      ),
    );
    if (matched.length > LISTED_MATCHES) {
      const rest = matched.slice(LISTED_MATCHES);
      const byHow = ["label", "alias", "id", "rule"].map((how) => [how, rest.filter((n) => n.how === how).length] as const).filter(([, n]) => n);
      this.notes.warn({ path: "(actors)" }, `${rest.length} more names were matched to actors of the data set (${byHow.map(([how, n]) => `${n} by ${how}`).join(", ")}), ${events(rest.reduce((s, n) => s + n.events, 0))} in all`, "See the list of matches for each one");
    }
    if (created.length)
      this.notes.warn(
        { path: "(actors)" },
        `${created.length} actor${created.length === 1 ? " was" : "s were"} made from names ${this.matcher ? "the data set does not have" : "in the file"}: ${created
          .slice(0, NAMED_CREATED)
          .map((n) => `${quote(n.name)} (${events(n.events)})`)
          .join(", ")}${created.length > NAMED_CREATED ? ` and ${created.length - NAMED_CREATED} more` : ""}`,
        this.matcher ? "If one is an actor of the data set under another name, add that name to its aliases and import again" : "Import into a data set to match the names to its actors",
      );
  }
}

const events = (n: number): string => `${n.toLocaleString("en")} event${n === 1 ? "" : "s"}`;
