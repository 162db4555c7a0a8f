/**
 * What `faultlines diff` prints: a comparison of two moments (model/compare.ts) as JSON for
 * programs, Markdown for a briefing, or CSV with one row per relation. Every relation says how it
 * stood at each moment (certain, possible or absent), so a change that rests on a possibility is
 * never told as a fact; dates are in words at the precision they were written.
 */
import { labelOn } from "../model/actor-time";
import type { Comparison, PairTurn, RelationChange } from "../model/compare";
import { dayToIso } from "../model/dates";
import { periodInWords } from "../model/period-words";
import type { Actor, DataSet, Relation } from "../model/types";
import type { Moment } from "./moments";
import { csvLine } from "../export/csv";

export interface DiffReport {
  readonly from: Moment;
  readonly to: Moment;
  readonly comparison: Comparison;
  readonly dataSet: DataSet;
  /** The filtering options given, as typed ("--families hostile"), to say what was compared. */
  readonly filterOptions: readonly string[];
}

const SIGN_WORDS = { [-1]: "hostile", 1: "cooperative" } as const;
const signWords = (sign: -1 | 1) => SIGN_WORDS[sign];

/** Lookups the three formats share. */
function lookups(dataSet: DataSet) {
  const types = new Map(dataSet.taxonomy.types.map((t) => [t.id, t]));
  const actors = new Map(dataSet.actors.map((a) => [a.id, a]));
  return { types, actors, familyOf: (r: Relation) => types.get(r.type)?.family ?? "" };
}

const momentJson = (m: Moment) => ({ date: m.date.edtf, precision: m.date.precision, first: dayToIso(m.first), last: dayToIso(m.last), words: m.words });

export function diffJson(report: DiffReport): string {
  const { comparison: c } = report;
  const { familyOf } = lookups(report.dataSet);
  const relation = ({ relation: r, atA, atB, possible }: RelationChange) => ({
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    family: familyOf(r),
    atFrom: atA,
    atTo: atB,
    possible,
    periods: r.periods.map((p) => p.edtf),
  });
  const turn = (t: PairTurn) => ({
    actors: t.actors,
    before: signWords(t.before),
    after: signWords(t.after),
    possible: t.possible,
    ended: t.relations.filter((x) => x.atB === "absent").map((x) => x.relation.id),
    added: t.relations.filter((x) => x.atB !== "absent").map((x) => x.relation.id),
  });
  const json = {
    from: momentJson(report.from),
    to: momentJson(report.to),
    ...(report.filterOptions.length ? { filters: report.filterOptions } : {}),
    added: c.added.map(relation),
    ended: c.ended.map(relation),
    continuing: c.continuing.map(relation),
    turned: c.turned.map(relation),
    turns: c.turns.map(turn),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** One row per relation shown at either moment, in data order, with its change. */
export function diffCsv(report: DiffReport): string {
  const { familyOf } = lookups(report.dataSet);
  const turnOf = new Map<string, PairTurn>();
  for (const t of report.comparison.turns) for (const x of t.relations) turnOf.set(x.relation.id, t);
  const header = ["change", "id", "source", "target", "type", "family", "at_from", "at_to", "possible", "turn", "periods"];
  const rows = report.comparison.changes.map(({ relation: r, change, atA, atB, possible }) => {
    const turn = turnOf.get(r.id);
    const turnText = turn ? `${signWords(turn.before)} to ${signWords(turn.after)}` : "";
    return csvLine([change, r.id, r.source, r.target, r.type, familyOf(r), atA, atB, String(possible), turnText, r.periods.map((p) => p.edtf).join(" ")]);
  });
  return [csvLine(header), ...rows].join("\n") + "\n";
}

/** Markdown's own marks in a name from the data, escaped so a name reads as written. */
const md = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, (ch) => `\\${ch}`);

/** "on 1 Sep 2021" for a day; "in Sep 2021", "in 2021" for a window. */
const atMoment = (m: Moment) => `${m.date.precision === "day" ? "on" : "in"} ${m.words}`;

export function diffMarkdown(report: DiffReport): string {
  const { from, to, comparison: c, dataSet } = report;
  const { types, actors, familyOf } = lookups(dataSet);
  const name = (id: string, moment: Moment) => {
    const actor = actors.get(id);
    return md(actor ? labelOn(actor, moment.last) : id);
  };
  // The moments at which a relation was shown only as a possibility.
  const possibleNote = (x: RelationChange) => {
    const at = [x.atA === "possible" ? atMoment(from) : "", x.atB === "possible" ? atMoment(to) : ""].filter(Boolean);
    return at.length ? ` _(possible ${at.join(" and ")})_` : "";
  };
  const line = (x: RelationChange) => {
    const r = x.relation;
    const moment = x.atB === "absent" ? from : to;
    const type = types.get(r.type);
    const ends = [actors.get(r.source), actors.get(r.target)] as (Actor | undefined)[];
    const when = r.periods.map((p) => periodInWords(p, type?.timing ?? "state", ends)).join("; ");
    return `- ${name(r.source, moment)} ${r.directed ? "→" : "–"} ${name(r.target, moment)}: ${md(type?.label ?? r.type)}, ${md(when)}${possibleNote(x)}`;
  };
  const possibleCount = c.changes.filter((x) => x.possible).length;
  const out = [`# What changed between ${from.words} and ${to.words}`, ""];
  if (report.filterOptions.length) out.push(`Relations kept by: \`${report.filterOptions.join(" ")}\``, "");
  const pairs = `${c.turns.length} pair${c.turns.length === 1 ? "" : "s"}`;
  out.push(
    `**${c.added.length}** added, **${c.ended.length}** ended, **${c.turned.length}** in ${pairs} whose relation turned, **${c.continuing.length}** continuing` +
      ` (${c.changes.length} relations shown at either moment${possibleCount ? `, ${possibleCount} of them only as a possibility at one moment or both` : ""}).`,
    "",
  );
  if (possibleCount) out.push("_Possible_: its dates allow it at that moment, none says it was active then.", "");

  if (c.turns.length) {
    out.push(`## Turned (${pairs})`, "");
    for (const t of c.turns) {
      const [a, b] = t.actors.map((id) => name(id, to));
      out.push(`- **${a}** and **${b}**: ${signWords(t.before)} ${atMoment(from)}, ${signWords(t.after)} ${atMoment(to)}${t.possible ? " _(a possible turn: it rests on relations only possibly active)_" : ""}`);
      for (const x of t.relations) out.push(`  ${x.atB === "absent" ? "- ended:" : "- began:"} ${line(x).slice(2)}`);
    }
    out.push("");
  }
  for (const [title, list] of [
    ["Added", c.added],
    ["Ended", c.ended],
  ] as const) {
    out.push(`## ${title} (${list.length})`, "");
    if (!list.length) out.push("None.", "");
    for (const family of dataSet.taxonomy.families) {
      const inFamily = list.filter((x) => familyOf(x.relation) === family.id);
      if (inFamily.length) out.push(`### ${md(family.label)} (${inFamily.length})`, "", ...inFamily.map(line), "");
    }
    const unlisted = list.filter((x) => !dataSet.taxonomy.families.some((f) => f.id === familyOf(x.relation)));
    if (unlisted.length) out.push(`### Of no family in the taxonomy (${unlisted.length})`, "", ...unlisted.map(line), "");
  }
  return out.join("\n");
}
