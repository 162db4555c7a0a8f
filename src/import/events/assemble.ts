/**
 * EventRecords (read from ACLED, UCDP GED or UCDP/PRIO dyadic rows) assembled into a data set:
 * each category mapped to a relation type and a direction (event-mapping.ts), each name to an
 * actor (event-actors.ts), and the events of one type between one pair (in order when the type
 * is directed, in either order when not) made one relation whose periods cover them, events at
 * most the gap apart sharing a period (merge-periods.ts). Each event is one piece of evidence,
 * cited to one Source standing for the imported file, with its date and its deaths.
 *
 * Confidence: a relation resting on one event is "medium", one coded report as the data set's
 * coders read it; two or more events make it "high", the relation recurring in separate reports.
 * An event data set codes what was reported, not what a source argues, so no relation is "low"
 * on its own; the user can lower them after import.
 */
import type { DataSet, Evidence, Relation, Source, Taxonomy } from "../../model/types";
import { IdPool, slugify } from "../kit/ids";
import type { DiagnosticCollector } from "../kit/report";
import { TaxonomyGrowth, UNCLASSIFIED } from "../kit/taxonomy-growth";
import { uniteTaxonomy } from "../kit/merge-into";
import { EventActors } from "./event-actors";
import { EventMapping } from "./event-mapping";
import { periodsOf } from "./merge-periods";
import { EVENT_FORMAT_NAMES, LEAVE_OUT, type ActorMatch, type EventFormat, type EventRecord, type EventTypeMapping, type MappingRow } from "./types";

export interface AssemblySettings {
  readonly format: EventFormat;
  readonly fileName: string;
  readonly gapDays: number;
  readonly mapping: EventTypeMapping;
  readonly into?: DataSet;
}

export interface Assembled {
  readonly dataSet: DataSet;
  readonly mapping: MappingRow[];
  readonly matches: ActorMatch[];
  readonly counts: Record<string, number>;
}

/** Who publishes each data set, for the Source standing for the file. */
const PUBLISHERS: Readonly<Record<EventFormat, { publisher: string; url: string }>> = {
  acled: { publisher: "Armed Conflict Location & Event Data (ACLED)", url: "https://acleddata.com" },
  "ucdp-ged": { publisher: "Uppsala Conflict Data Program (UCDP)", url: "https://ucdp.uu.se" },
  "ucdp-dyadic": { publisher: "Uppsala Conflict Data Program (UCDP) and PRIO", url: "https://ucdp.uu.se" },
};

/** Longest place and "reported by" kept in an evidence's location: it is a pointer, not a text. */
const PLACE_CHARS = 80;
const REPORTED_CHARS = 60;

const cut = (text: string, chars: number): string => (text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text);

interface Pair {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly directed: boolean;
  readonly events: EventRecord[];
}

export class EventAssembler {
  private readonly growth: TaxonomyGrowth;
  private readonly types: EventMapping;
  private readonly actors: EventActors;
  private readonly pairs = new Map<string, Pair>();
  private readonly leftOut = new Map<string, number>();
  private readonly formatName: string;
  private events = 0;
  private sameActor = 0;
  private quoteless = 0;

  constructor(
    taxonomy: Taxonomy,
    private readonly settings: AssemblySettings,
    private readonly notes: DiagnosticCollector,
  ) {
    const { into } = settings;
    // Into a data set: its taxonomy, with the given one's types it lacks to map categories onto.
    this.growth = new TaxonomyGrowth(into ? uniteTaxonomy(into.taxonomy, taxonomy, "drop").taxonomy : taxonomy);
    this.types = new EventMapping(settings.format, this.growth, settings.mapping, notes);
    this.actors = new EventActors(into?.actors, this.growth, notes);
    this.formatName = EVENT_FORMAT_NAMES[settings.format];
  }

  add(record: EventRecord): void {
    this.events++;
    const mapped = this.types.map(record.category, record.line);
    if (mapped.type === LEAVE_OUT) {
      this.leftOut.set(record.category, (this.leftOut.get(record.category) ?? 0) + 1);
      return;
    }
    const a = this.actors.idOf(record.sideA, record.line);
    const b = this.actors.idOf(record.sideB, record.line);
    if (a === b) {
      this.sameActor++;
      this.notes.error(
        { line: record.line, path: "(actors)", recordId: record.id, problem: "same-actor" },
        `the event ${record.id} is left out: both its sides ("${record.sideA.name}" and "${record.sideB.name}") are the actor "${a}"`,
        "If they are two actors, give one a name the data set does not use for the other",
        record.id,
      );
      return;
    }
    const [source, target] = mapped.directed || a < b ? [a, b] : [b, a];
    const key = `${mapped.type}\u0000${source}\u0000${target}`;
    let pair = this.pairs.get(key);
    if (!pair) this.pairs.set(key, (pair = { source, target, type: mapped.type, directed: mapped.directed, events: [] }));
    pair.events.push(record);
  }

  finish(): Assembled {
    const { into, gapDays } = this.settings;
    const source = this.source();
    const relationIds = new IdPool(new Set(into?.relations.map((r) => r.id)));
    const relations: Relation[] = [];
    let periods = 0;
    let deaths = 0;
    for (const pair of this.pairs.values()) {
      const merged = periodsOf(pair.events, gapDays);
      const ordered = merged.flatMap((p) => p.events);
      const known = ordered.filter((e) => e.fatalities !== undefined);
      const died = known.reduce((sum, e) => sum + (e.fatalities ?? 0), 0);
      deaths += died;
      periods += merged.length;
      const n = ordered.length;
      relations.push({
        id: relationIds.take(slugify(`${pair.source}-${pair.type}-${pair.target}`) || "relation"),
        source: pair.source,
        target: pair.target,
        type: pair.type,
        directed: pair.directed,
        periods: merged.map((p) => p.period),
        confidence: n > 1 ? "high" : "medium",
        evidence: ordered.map((e) => this.evidence(e, source.id)),
        note: `${n.toLocaleString("en")} event${n === 1 ? "" : "s"} (${this.formatName})${known.length ? `, ${died.toLocaleString("en")} death${died === 1 ? "" : "s"}` : ""}`,
      });
    }
    this.report(relations.length, periods);
    const taxonomy = this.taxonomy();
    const created = this.actors.created;
    const matches = this.actors.matches();
    const leftOut = [...this.leftOut.values()].reduce((s, n) => s + n, 0);
    const counts: Record<string, number> = {
      events: this.events,
      relations: relations.length,
      periods,
      actors: new Set(matches.map((m) => m.actor)).size,
      actorsMatched: matches.filter((m) => m.how !== "created").length,
      actorsCreated: created.length,
      deaths,
      leftOut,
      ...Object.fromEntries([...this.leftOut].map(([category, n]) => [`left out (${category})`, n])),
      sameActor: this.sameActor,
      sources: relations.length ? 1 : 0,
      typesAdded: this.growth.added.types.length,
      kindsAdded: this.growth.added.kinds.length,
      familiesAdded: this.growth.added.families.length,
    };
    return {
      dataSet: {
        taxonomy,
        actors: [...(into?.actors ?? []), ...created],
        relations: [...(into?.relations ?? []), ...relations],
        sources: [...(into?.sources ?? []), ...(relations.length ? [source] : [])],
      },
      mapping: this.types.rows(),
      matches,
      counts,
    };
  }

  /** One Source per import, the file itself, with an id none of the data set's sources has. */
  private source(): Source {
    const { format, fileName, into } = this.settings;
    const id = new IdPool(new Set(into?.sources.map((s) => s.id))).take(slugify(`${this.formatName} ${fileName}`) || "event-data");
    return { id, title: `${this.formatName} export ${fileName}`, ...PUBLISHERS[format] };
  }

  private evidence(e: EventRecord, source: string): Evidence {
    const words = e.quote.trim();
    if (!words) this.quoteless++;
    const place = e.place?.trim() ? `, ${cut(e.place.trim(), PLACE_CHARS)}` : "";
    const by = e.reportedBy?.trim() ? `; reported by ${cut(e.reportedBy.trim(), REPORTED_CHARS)}` : "";
    return {
      source,
      // An event with no words of its own is quoted by what the data set codes it as: its category.
      quote: words || e.category,
      location: `${e.id}${place}${by}`,
      date: e.period,
      ...(e.fatalities !== undefined ? { fatalities: e.fatalities } : {}),
    };
  }

  /** The taxonomy grown, types of its own carrying the CAMEO and PLOVER codes their category has, and timed as events. */
  private taxonomy(): Taxonomy {
    const grown = this.growth.taxonomy();
    const own = this.types.ownTypes;
    return { ...grown, types: grown.types.map((t) => (own.has(t.id) ? { ...t, ...own.get(t.id)!, timing: "event" as const } : t)) };
  }

  private report(relations: number, periods: number): void {
    const { notes } = this;
    const { gapDays, format } = this.settings;
    if (format === "acled")
      notes.warn(
        { path: "(direction)" },
        "ACLED's actor1 and actor2 carry no direction: a pair is taken as undirected unless its event type implies one (an air or drone strike, an attack, an arrest), where actor1 acts on actor2",
        "Nothing to do; the mapping below says which categories are directed",
      );
    for (const row of this.types.rows())
      notes.warn(
        { path: "(mapping)" },
        `${JSON.stringify(row.category)} (${row.events.toLocaleString("en")} event${row.events === 1 ? "" : "s"}) → ${row.type === LEAVE_OUT ? "left out" : `"${this.growth.type(row.type)?.label ?? row.type}" (${row.type}), ${row.directed ? "directed" : "undirected"}`}: ${row.why.replace(/^left out: /, "")}`,
        row.type === LEAVE_OUT ? "Map the category to a relation type to import its events" : "Change the mapping to read this category as another type, or leave it out",
      );
    notes.warn(
      { path: "(periods)" },
      `events of one relation type between one pair at most ${gapDays} day${gapDays === 1 ? "" : "s"} apart (from the last day one may have happened to the first day the next may have) share one period of one relation: ${this.events.toLocaleString("en")} events made ${relations.toLocaleString("en")} relations with ${periods.toLocaleString("en")} periods`,
      "Set a larger gap for fewer, longer periods, or a smaller one to keep bursts of events apart",
    );
    if (this.quoteless)
      notes.warn({ path: "(evidence)" }, `${this.quoteless.toLocaleString("en")} events have no words of their own (no notes or headline); their evidence quotes the event's category`, "Nothing to do; the event's id in the location finds it in the data set");
    if (this.growth.added.families.includes(UNCLASSIFIED.id))
      notes.warn({ path: "(taxonomy)" }, `the family "${UNCLASSIFIED.label}" is added to the taxonomy for categories no family fits`, "Map those categories to types of the taxonomy, or give their types a family");
    this.actors.report((id) => this.settings.into?.actors.find((a) => a.id === id)?.label ?? id);
  }
}
