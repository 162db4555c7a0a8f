/**
 * Whole GEXF files for the import's property tests, each with what it must import to: nodes and
 * edges one a line (so each has a known line), with every kind of time the importer reads
 * (start and end, startopen and endopen, timestamps, spells, `intervals` and `timestamps` lists;
 * years, months, days and times of day; open starts and ends) under every timeformat, kinds,
 * types, direction and confidence as other tools write them. Most files are sound; a few nodes,
 * edges and dates are hostile or broken, and a few files are damaged so that they must be refused.
 *
 * The expectations are worked out here from what was written, never by the importer's helpers:
 * which nodes and edges are read, the periods each edge holds at the precision written, the
 * reason and line of each one skipped.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { GexfImportResult } from "../../../src/import/gexf/import-gexf";
import { arbDateInYear, bandYears, diagnosticsAt, edtfOf, expectRefusalSaysWhere, HOSTILE_TEXT, listed, periodOf, periodShape, rarely, stepDate, withReport, type DateModel, type PeriodModel, type Precision } from "../generators";

/** How the file declares its times; "" is no timeformat at all, "bogus" one GEXF does not define. */
export type TimeFormat = "date" | "dateTime" | "integer" | "double" | "" | "bogus";
/** How the times of a file can be read, as the importer must decide it from the format and the values. */
type Axis = "dates" | "years" | "none";

interface GoodBound {
  readonly date: DateModel;
  /** Written as startopen/endopen, or with a round bracket: the date itself is left out. */
  readonly open: boolean;
  /** Written with a time of day (day precision only). */
  readonly clock: boolean;
}
interface BadBound {
  readonly bad: string;
  /** Whether it has the shape of a date, so a file without timeformat still reads as dated. */
  readonly dateShaped: boolean;
}
type Bound = GoodBound | BadBound;
const isBad = (b: Bound): b is BadBound => "bad" in b;

type Interval = { readonly kind: "span"; readonly start?: Bound; readonly end?: Bound } | { readonly kind: "point"; readonly at: Bound };

type Time =
  | { readonly how: "none" }
  | { readonly how: "attributes"; readonly interval: Interval & { kind: "span" } }
  | { readonly how: "timestamp"; readonly at: Bound }
  /** `order`: the order the spells are written in; `repeat`: a spell written twice (periods that overlap). */
  | { readonly how: "spells"; readonly intervals: readonly Interval[]; readonly order: readonly number[]; readonly repeat?: number }
  | { readonly how: "intervals"; readonly intervals: readonly (Interval & { kind: "span" })[] }
  | { readonly how: "timestamps"; readonly points: readonly Bound[] };

/** Broken times: impossible dates, a month 13, words and numbers that are no date. */
const BAD_TIMES: readonly BadBound[] = [
  { bad: "2016-02-30", dateShaped: true },
  { bad: "2014-13", dateShaped: true },
  { bad: "2015-00", dateShaped: true },
  { bad: "soon", dateShaped: false },
  { bad: "1.5", dateShaped: false },
  { bad: "12/2015", dateShaped: false },
];

interface TimeOptions {
  readonly precisions: readonly Precision[];
  readonly clock: boolean;
  /** One bound in `badOneIn` is broken; 0 for none. */
  readonly badOneIn: number;
}

const arbBound = (year: number, o: TimeOptions, canOpen: boolean): fc.Arbitrary<Bound> => {
  const good = fc
    .record({ date: arbDateInYear(year, o.precisions), open: canOpen ? fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }) : fc.constant(false), clock: fc.boolean() })
    .map(({ date, open, clock }): GoodBound => ({ date, open, clock: clock && o.clock && date.d !== undefined }));
  return o.badOneIn ? fc.oneof({ weight: o.badOneIn - 1, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...BAD_TIMES) }) : good;
};

/** The k-th of n spans: only the first may have an open start, only the last an open end. */
const arbSpan = (k: number, n: number, base: number, o: TimeOptions): fc.Arbitrary<Interval & { kind: "span" }> => {
  const { from, to } = bandYears(base, k);
  return fc.record({ shape: fc.constantFrom("closed", "closed", "from", "until"), start: arbBound(from, o, true), end: arbBound(to, o, true) }).map(({ shape, start, end }) => {
    const s = (shape === "until" && k > 0) || (shape === "from" && k < n - 1) ? "closed" : shape;
    return { kind: "span" as const, ...(s !== "until" ? { start } : {}), ...(s !== "from" ? { end } : {}) };
  });
};
const arbPoint = (k: number, base: number, o: TimeOptions): fc.Arbitrary<Bound> => arbBound(bandYears(base, k).from, o, false);

const arbCount = fc.integer({ min: 1, max: 3 });
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** An element's time, in one of the ways GEXF writes it; nodes hold at most two spells, and no lists. */
const arbTime = (o: TimeOptions, forNode = false): fc.Arbitrary<Time> =>
  fc.integer({ min: 1990, max: 2015 }).chain((base) =>
    fc.oneof(
      { weight: forNode ? 4 : 1, arbitrary: fc.constant<Time>({ how: "none" }) },
      { weight: 4, arbitrary: arbSpan(0, 1, base, o).map((interval): Time => ({ how: "attributes", interval })) },
      { weight: 1, arbitrary: arbPoint(0, base, o).map((at): Time => ({ how: "timestamp", at })) },
      {
        weight: 3,
        arbitrary: (forNode ? fc.constant(2) : arbCount).chain((n) =>
          fc
            .record({
              intervals: fc.tuple(...range(n).map((k) => fc.oneof({ weight: 3, arbitrary: arbSpan(k, n, base, o) as fc.Arbitrary<Interval> }, { weight: 1, arbitrary: arbPoint(k, base, o).map((at): Interval => ({ kind: "point", at })) }))),
              order: fc.shuffledSubarray(range(n), { minLength: n, maxLength: n }),
              repeat: forNode ? fc.constant(undefined) : rarely(fc.nat(n - 1), 5),
            })
            .map((s): Time => ({ how: "spells", ...s })),
        ),
      },
      { weight: forNode ? 0 : 1, arbitrary: arbCount.chain((n) => fc.tuple(...range(n).map((k) => arbSpan(k, n, base, o)))).map((intervals): Time => ({ how: "intervals", intervals })) },
      { weight: forNode ? 0 : 1, arbitrary: arbCount.chain((n) => fc.tuple(...range(n).map((k) => arbPoint(k, base, o)))).map((points): Time => ({ how: "timestamps", points })) },
    ),
  );

// What a bound and a time look like in the file.
const written = (b: Bound): string => (isBad(b) ? b.bad : b.clock ? `${edtfOf(b.date)}T10:30:00${b.date.y % 2 ? "Z" : "+02:00"}` : edtfOf(b.date));

export const xmlText = (v: string): string => v.replace(/[&<>"\t\n\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;" })[c]!);

function spanAttributes(i: Interval): string {
  if (i.kind === "point") return ` timestamp="${xmlText(written(i.at))}"`;
  const one = (b: Bound | undefined, plain: string, open: string) => (b ? ` ${!isBad(b) && b.open ? open : plain}="${xmlText(written(b))}"` : "");
  return one(i.start, "start", "startopen") + one(i.end, "end", "endopen");
}

/** The time as attributes of the element, and the spells it holds. */
function timeXml(t: Time): { attributes: string; inside: string } {
  switch (t.how) {
    case "none":
      return { attributes: "", inside: "" };
    case "attributes":
      return { attributes: spanAttributes(t.interval), inside: "" };
    case "timestamp":
      return { attributes: ` timestamp="${xmlText(written(t.at))}"`, inside: "" };
    case "spells": {
      const order = t.repeat === undefined ? t.order : [...t.order, t.repeat];
      return { attributes: "", inside: `<spells>${order.map((k) => `<spell${spanAttributes(t.intervals[k])}/>`).join("")}</spells>` };
    }
    case "intervals": {
      const item = (i: Interval & { kind: "span" }) => {
        const open = (b: Bound | undefined) => !!b && !isBad(b) && b.open;
        return `${open(i.start) ? "(" : "["}${i.start ? written(i.start) : "-inf"}, ${i.end ? written(i.end) : "inf"}${open(i.end) ? ")" : "]"}`;
      };
      return { attributes: ` intervals="${xmlText(`<${t.intervals.map(item).join("; ")}>`)}"`, inside: "" };
    }
    case "timestamps":
      return { attributes: ` timestamps="${xmlText(`<${t.points.map(written).join("; ")}>`)}"`, inside: "" };
  }
}

/** Every time value written in the element, as the importer weighs them to decide how to read times. */
function boundsOf(t: Time): readonly Bound[] {
  const ofInterval = (i: Interval) => (i.kind === "point" ? [i.at] : [i.start, i.end].filter((b): b is Bound => !!b));
  switch (t.how) {
    case "none":
      return [];
    case "attributes":
      return ofInterval(t.interval);
    case "timestamp":
      return [t.at];
    case "spells":
    case "intervals":
      return t.intervals.flatMap(ofInterval);
    case "timestamps":
      return t.points;
  }
}

/**
 * How a file's times must be read: declared dates are dates; declared integers are years when
 * every one is a year, and no dates otherwise; doubles are no dates; undeclared (or unknown)
 * times are dates when every one has a date's shape.
 */
function axisOf(format: TimeFormat, bounds: readonly Bound[]): Axis {
  if (!bounds.length) return "none";
  if (format === "date" || format === "dateTime") return "dates";
  const allYears = bounds.every((b) => !isBad(b) && !b.clock && b.date.m === undefined);
  if (format === "integer") return allYears ? "years" : "none";
  if (format === "double") return "none";
  return bounds.every((b) => !isBad(b) || b.dateShaped) ? "dates" : "none";
}

interface TimeRead {
  /** In time order: what the element holds. */
  readonly periods: PeriodModel[];
  /** Intervals that could not be read: each an error at the element's line. */
  readonly unreadable: number;
  /** A spell written twice: merged, with a warning at the element's line. */
  readonly merged: boolean;
  readonly dated: boolean;
}

const AT_ANY_TIME: PeriodModel = { edtf: "../..", start: null, end: null };

function periodOfInterval(i: Interval): PeriodModel | undefined {
  if (i.kind === "point") return isBad(i.at) ? undefined : periodOf(i.at.date, i.at.date);
  if ((i.start && isBad(i.start)) || (i.end && isBad(i.end))) return undefined;
  const end = (b: Bound | undefined, by: 1 | -1) => (b && !isBad(b) ? (b.open ? stepDate(b.date, by) : b.date) : undefined);
  return periodOf(end(i.start, 1), end(i.end, -1));
}

/** The periods an element must get: its intervals in time order (the bands keep them apart), the broken ones dropped. */
function timeRead(t: Time, axis: Axis): TimeRead {
  if (axis === "none" || t.how === "none") return { periods: [AT_ANY_TIME], unreadable: 0, merged: false, dated: false };
  const intervals: Interval[] =
    t.how === "attributes" ? [t.interval] : t.how === "timestamp" ? [{ kind: "point", at: t.at }] : t.how === "timestamps" ? t.points.map((at) => ({ kind: "point" as const, at })) : [...t.intervals];
  const periods = intervals.map(periodOfInterval);
  const repeated = t.how === "spells" && t.repeat !== undefined;
  const unreadable = periods.filter((p) => !p).length + (repeated && !periods[t.repeat!] ? 1 : 0);
  return { periods: periods.filter((p): p is PeriodModel => !!p), unreadable, merged: repeated && !!periods[t.repeat!], dated: true };
}

/** One period over all of an actor's: from the first start to the last end. */
function hullOf(periods: readonly PeriodModel[]): PeriodModel {
  if (periods.length === 1) return periods[0];
  const [first, last] = [periods[0], periods[periods.length - 1]];
  const [start] = first.edtf.split("/");
  const end = last.edtf.split("/").at(-1)!;
  const edtf = start === ".." && end === ".." ? "../.." : `${start}/${end}`;
  return { edtf, start: first.start, end: last.end };
}

// The vocabulary: kinds and types the fixture's taxonomy has under other spellings, new ones, hostile ones.
// Maps, not objects: a kind written "__proto__" must find nothing here.
const KNOWN_KINDS: ReadonlyMap<string, string> = new Map([
  ["state", "state"],
  ["armed group", "armed-group"],
  ["armed-group", "armed-group"],
]);
const KNOWN_TYPES: ReadonlyMap<string, { id: string; directed: boolean }> = new Map([
  ["truce", { id: "truce", directed: false }],
  ["air strike", { id: "airstrike", directed: true }],
  ["airstrike", { id: "airstrike", directed: true }],
  ["sanctuary", { id: "sanctuary", directed: true }],
  ["split from", { id: "split", directed: true }],
  ["split", { id: "split", directed: true }],
]);
const KIND_TEXTS = ["state", "State", "Armed group", "ARMED-GROUP", "Militia", "__proto__", "<script>", "constructor", ""];
const TYPE_TEXTS = ["truce", "Air strike", "AIRSTRIKE", "Sanctuary", "split", "Split from", "Shelling", "__proto__", "<b>raid</b>", "Ḥaqqānī talks", "طالبان", "constructor"];
const CONFIDENCE_TEXTS = ["high", "LOW", "Medium", " high ", "sure", "<b>", ""];
const EDGE_TYPE_ATTRS = ["directed", "undirected", "mutual", "sideways"] as const;

/** Node ids: mostly the tool's own form, some that must be rewritten, collide, or are prototype keys. */
const HOSTILE_NODE_IDS = ["__proto__", "constructor", "toString", "hasOwnProperty", "A B", "a-b", "<b>x</b>", "Ḥaqqānī", "طالبان", "0", "Node 1", " padded ", "🙂"];
const MISSING_ENDS = ["ghost", "__proto__", "N0", "constructor"];

interface Pools {
  readonly nodeId: fc.Arbitrary<string>;
  readonly label: fc.Arbitrary<string>;
  readonly kind: fc.Arbitrary<string>;
  readonly type: fc.Arbitrary<string>;
  readonly note: fc.Arbitrary<string>;
  /** Whether kinds and types come from the lists above, so their mapping onto the taxonomy is known. */
  readonly vocabularyKnown: boolean;
}

export const HOSTILE_POOLS: Pools = {
  nodeId: fc.constantFrom(...HOSTILE_NODE_IDS),
  label: fc.constantFrom(...HOSTILE_TEXT, "Pakistan", "Afghan Taliban"),
  kind: fc.constantFrom(...KIND_TEXTS),
  type: fc.constantFrom(...TYPE_TEXTS),
  note: fc.constantFrom(...HOSTILE_TEXT, "  spaced  "),
  vocabularyKnown: true,
};

/** Any text XML can hold, for files whose every value is random. */
const xmlChars = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
const arbAnyText = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "binary", maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 6 })).map(xmlChars);
export const RANDOM_POOLS: Pools = { nodeId: arbAnyText, label: arbAnyText, kind: arbAnyText, type: arbAnyText, note: arbAnyText, vocabularyKnown: false };

/** An id as the file gives it: the tool's form ("n3", "e3"), none, the id of an earlier one, or the text given. */
type IdChoice = { readonly tag: "plain" | "absent" | "repeat" } | { readonly tag: "given"; readonly raw: string };
const arbId = (given: fc.Arbitrary<string>, weights: [number, number, number]): fc.Arbitrary<IdChoice> =>
  fc.oneof(
    { weight: weights[0], arbitrary: fc.constant<IdChoice>({ tag: "plain" }) },
    { weight: weights[1], arbitrary: given.map((raw): IdChoice => ({ tag: "given", raw })) },
    { weight: weights[2], arbitrary: fc.constantFrom<IdChoice>({ tag: "absent" }, { tag: "repeat" }) },
  );

interface NodeChoice {
  readonly id: IdChoice;
  readonly label?: string;
  readonly kind?: string;
  readonly time: Time;
}

interface EdgeChoice {
  readonly id: IdChoice;
  /** Two different nodes; or one and an end that is no node's id; or one node at both ends. */
  readonly ends: { readonly nodes: readonly [number, number] } | { readonly node: number; readonly raw?: string; readonly rawFirst: boolean } | { readonly loop: number };
  readonly time: Time;
  readonly typeVia: "column" | "kind" | "label";
  readonly type?: string;
  /** An earlier value of the type column, which the latest one replaces. */
  readonly changingType?: string;
  readonly confidence?: string;
  readonly own?: string;
  readonly note?: string;
}

const arbNode = (pools: Pools, o: TimeOptions): fc.Arbitrary<NodeChoice> =>
  fc.record({
    id: arbId(pools.nodeId, [12, 3, 1]),
    label: fc.option(pools.label, { nil: undefined, freq: 4 }),
    kind: fc.option(pools.kind, { nil: undefined, freq: 5 }),
    time: arbTime(o, true),
  });

const arbEdge = (pools: Pools, o: TimeOptions): fc.Arbitrary<EdgeChoice> =>
  fc.record({
    id: arbId(fc.constantFrom("__proto__", "constructor", "E 1", "<x>"), [10, 1, 2]),
    ends: fc.oneof(
      { weight: 12, arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => ({ nodes: [a, b] as const })) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom<string | undefined>(...MISSING_ENDS, "", undefined), fc.boolean()).map(([a, raw, first]) => ({ node: a, raw, rawFirst: first })) },
      { weight: 1, arbitrary: fc.nat().map((loop) => ({ loop })) },
    ),
    time: arbTime(o),
    typeVia: fc.constantFrom<EdgeChoice["typeVia"]>("column", "column", "column", "kind", "label"),
    type: fc.option(pools.type, { nil: undefined, freq: 6 }),
    changingType: rarely(pools.type, 6),
    confidence: fc.option(fc.constantFrom(...CONFIDENCE_TEXTS), { nil: undefined, freq: 4 }),
    own: fc.option(fc.constantFrom(...EDGE_TYPE_ATTRS), { nil: undefined, freq: 3 }),
    note: fc.option(pools.note, { nil: undefined, freq: 3 }),
  });

/** What makes a whole file unusable: cut short, no node, no id, raw markup, another format, a DOCTYPE with entities. */
type Damage = { readonly kind: "cut"; readonly at: number } | { readonly kind: "no-nodes" | "no-ids" | "raw-markup" | "graphml" | "entities" };
const arbDamage: fc.Arbitrary<Damage> = fc.oneof(
  fc.nat().map((at): Damage => ({ kind: "cut", at })),
  fc.constantFrom<Damage>({ kind: "no-nodes" }, { kind: "no-ids" }, { kind: "raw-markup" }, { kind: "graphml" }, { kind: "entities" }),
);

export interface NodeCase {
  readonly line: number;
  readonly raw?: string;
  readonly accepted: boolean;
  /** The actor's label: the node's label, trimmed, else its id. */
  readonly label: string;
  readonly kind?: string;
  readonly lifetime?: PeriodModel;
  readonly time: TimeRead;
}

export interface EdgeCase {
  readonly line: number;
  readonly rawId?: string;
  /** Why the edge must be skipped, as the report says it; undefined when it becomes a relation. */
  readonly skipped?: RegExp;
  /** Indexes into the nodes: the nodes the relation joins. */
  readonly source?: number;
  readonly target?: number;
  readonly time: TimeRead;
  readonly type?: string;
  readonly confidence: "low" | "medium" | "high";
  /** The direction the file gives the edge (its own type, else the graph's default), if any. */
  readonly explicit?: boolean;
  readonly note?: string;
  /** The edge id is the tool's form and the first of its name: the relation keeps it. */
  readonly keepsId: boolean;
}

export interface GexfCase {
  readonly text: string;
  readonly imports: boolean;
  /** What a refused file's report must say, and at which line when that is known. */
  readonly refusal?: { readonly message: RegExp; readonly line?: number };
  readonly format: TimeFormat;
  readonly axis: Axis;
  readonly nodes: readonly NodeCase[];
  readonly edges: readonly EdgeCase[];
  readonly vocabularyKnown: boolean;
  /** The damage done, or "" for none: for the statistics of a run. */
  readonly damage: string;
}

const FORMATS: readonly TimeFormat[] = ["date", "date", "date", "date", "", "", "dateTime", "integer", "double", "bogus"];

export const arbGexfCase = (pools: Pools = HOSTILE_POOLS, damageOneIn = 7): fc.Arbitrary<GexfCase> =>
  fc
    .record({ format: fc.constantFrom(...FORMATS), badOneIn: fc.constantFrom(0, 0, 12, 25) })
    .chain(({ format, badOneIn }) => {
      const o: TimeOptions = format === "integer" ? { precisions: ["year"], clock: false, badOneIn } : { precisions: ["year", "month", "day"], clock: true, badOneIn };
      return fc.record({
        format: fc.constant(format),
        defaultEdgeType: fc.option(fc.constantFrom("directed", "undirected", "mutual", "sideways"), { nil: undefined }),
        titles: fc.record({ kind: fc.constantFrom("kind", "Kind", "category", "Actor type"), type: fc.constantFrom("relation type", "Relation_Type", "type"), dynamic: fc.boolean() }),
        nodes: fc.array(arbNode(pools, o), { minLength: 2, maxLength: 7 }),
        edges: fc.array(arbEdge(pools, o), { maxLength: 10 }),
        damage: rarely(arbDamage, damageOneIn),
      });
    })
    .map((choices) => buildGexf(choices, pools.vocabularyKnown));

interface Choices {
  readonly format: TimeFormat;
  readonly defaultEdgeType?: string;
  readonly titles: { readonly kind: string; readonly type: string; readonly dynamic: boolean };
  readonly nodes: readonly NodeChoice[];
  readonly edges: readonly EdgeChoice[];
  readonly damage?: Damage;
}

const idOf = (id: IdChoice, plain: string, earlier: string | undefined): string | undefined =>
  id.tag === "absent" ? undefined : id.tag === "given" ? id.raw : id.tag === "repeat" ? (earlier ?? plain) : plain;

function buildGexf(c: Choices, vocabularyKnown: boolean): GexfCase {
  const damage = c.damage?.kind;
  const lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (damage === "entities") lines.push('<!DOCTYPE gexf [<!ENTITY boom "boom boom boom">]>');
  const root = damage === "graphml" ? "graphml" : "gexf";
  lines.push(`<${root} xmlns="http://gexf.net/1.3" version="1.3">`);
  const graphAttributes = `${c.format === "" ? "" : ` timeformat="${c.format}"`}${c.defaultEdgeType ? ` defaultedgetype="${c.defaultEdgeType}"` : ""}`;
  lines.push(`<graph mode="dynamic"${graphAttributes}>`);
  const graphLine = lines.length;
  lines.push(`<attributes class="node"><attribute id="k" title="${c.titles.kind}" type="string"/></attributes>`);
  lines.push(
    `<attributes class="edge"${c.titles.dynamic ? ' mode="dynamic"' : ""}><attribute id="t" title="${c.titles.type}" type="string"/><attribute id="c" title="confidence" type="string"/><attribute id="n" title="note" type="string"/></attributes>`,
  );

  // Nodes: the first of each id is read; a repeated id, or none, is skipped.
  lines.push("<nodes>");
  const nodes: NodeCase[] = [];
  const firstWithId = new Map<string, number>();
  const nodeChoices = damage === "no-nodes" ? [] : c.nodes;
  const bounds = [...nodeChoices.map((n) => n.time), ...c.edges.map((e) => e.time)].flatMap(boundsOf);
  const axis = axisOf(c.format, bounds);
  nodeChoices.forEach((n, i) => {
    const raw = damage === "no-ids" ? undefined : idOf(n.id, `n${i}`, nodes.find((m) => m.raw !== undefined)?.raw);
    const accepted = raw !== undefined && raw.trim() !== "" && !firstWithId.has(raw);
    if (accepted) firstWithId.set(raw, i);
    const label = n.label === undefined ? undefined : `L${i} ${n.label}`;
    const markup = damage === "raw-markup" && i === 0 ? ' label="a<b"' : label === undefined ? "" : ` label="${xmlText(label)}"`;
    const time = timeXml(n.time);
    const kindValue = n.kind === undefined ? "" : `<attvalues><attvalue for="k" value="${xmlText(n.kind)}"/></attvalues>`;
    lines.push(`<node${raw === undefined ? "" : ` id="${xmlText(raw)}"`}${markup}${time.attributes}>${kindValue}${time.inside}</node>`);
    const read = timeRead(n.time, axis);
    nodes.push({
      line: lines.length,
      ...(raw !== undefined ? { raw } : {}),
      accepted,
      label: label === undefined ? (raw ?? "") : label.trim() || (raw ?? ""),
      ...(n.kind !== undefined ? { kind: n.kind } : {}),
      ...(read.dated && read.periods.length ? { lifetime: hullOf(read.periods) } : {}),
      time: read,
    });
  });
  lines.push("</nodes>");

  // Edges: those joining two nodes read, with a readable time, become relations.
  lines.push("<edges>");
  const edges: EdgeCase[] = [];
  const keptIds = new Set<string>();
  const graphDefault = c.defaultEdgeType === undefined ? undefined : c.defaultEdgeType === "directed";
  c.edges.forEach((e, i) => {
    const rawId = idOf(e.id, `e${i}`, edges.find((x) => x.rawId !== undefined)?.rawId);
    const count = nodeChoices.length;
    const nodeRaw = (k: number) => (count ? nodes[k % count].raw : "ghost");
    const [sourceRaw, targetRaw] =
      "loop" in e.ends
        ? [nodeRaw(e.ends.loop), nodeRaw(e.ends.loop)]
        : "nodes" in e.ends
          ? [nodeRaw(e.ends.nodes[0]), nodeRaw(count < 2 ? e.ends.nodes[0] : (e.ends.nodes[0] % count) + 1 + (e.ends.nodes[1] % (count - 1)))]
          : e.ends.rawFirst
            ? [e.ends.raw, nodeRaw(e.ends.node)]
            : [nodeRaw(e.ends.node), e.ends.raw];
    const own = e.own;
    const typeAttribute = e.typeVia === "column" || e.type === undefined ? "" : ` ${e.typeVia}="${xmlText(e.type)}"`;
    const time = timeXml(e.time);
    const values = [
      ...(e.typeVia === "column" && e.type !== undefined
        ? e.changingType !== undefined
          ? [`<attvalue for="t" value="${xmlText(e.changingType)}" start="2001" end="2004"/>`, `<attvalue for="t" value="${xmlText(e.type)}" start="2005"/>`]
          : [`<attvalue for="t" value="${xmlText(e.type)}"/>`]
        : []),
      ...(e.confidence !== undefined ? [`<attvalue for="c" value="${xmlText(e.confidence)}"/>`] : []),
      ...(e.note !== undefined ? [`<attvalue for="n" value="${xmlText(e.note)}"/>`] : []),
    ];
    const attribute = (name: string, v: string | undefined) => (v === undefined ? "" : ` ${name}="${xmlText(v)}"`);
    lines.push(
      `<edge${attribute("id", rawId)}${attribute("source", sourceRaw)}${attribute("target", targetRaw)}${attribute("type", own)}${typeAttribute}${time.attributes}>${values.length ? `<attvalues>${values.join("")}</attvalues>` : ""}${time.inside}</edge>`,
    );
    const line = lines.length;
    const [source, target] = [sourceRaw, targetRaw].map((r) => (r === undefined ? undefined : firstWithId.get(r)));
    const read = timeRead(e.time, axis);
    const skipped =
      sourceRaw === undefined || sourceRaw === "" || targetRaw === undefined || targetRaw === ""
        ? /the edge has no (source|target)/
        : source === undefined || target === undefined
          ? /is not a node of the file/
          : source === target
            ? /to itself/
            : read.periods.length === 0
              ? /has no readable period left/
              : undefined;
    const typeText = e.type?.trim() ? e.type.trim() : undefined;
    const keepsId = !skipped && rawId !== undefined && /^e\d+$/.test(rawId) && !keptIds.has(rawId);
    if (!skipped && rawId !== undefined) keptIds.add(rawId);
    const confidence = e.confidence?.trim().toLowerCase();
    // The edge's own type says its direction; "sideways" says nothing, and the graph's default holds.
    const explicit = (own === "directed" || own === "undirected" || own === "mutual" ? own === "directed" : undefined) ?? graphDefault;
    edges.push({
      line,
      ...(rawId !== undefined ? { rawId } : {}),
      ...(skipped ? { skipped } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(target !== undefined ? { target } : {}),
      time: read,
      ...(typeText !== undefined ? { type: typeText } : {}),
      confidence: confidence === "low" || confidence === "medium" || confidence === "high" ? confidence : "medium",
      ...(explicit !== undefined ? { explicit } : {}),
      ...(e.note?.trim() ? { note: e.note.trim() } : {}),
      keepsId,
    });
  });
  lines.push("</edges>", "</graph>", `</${root}>`, "");
  let text = lines.join("\n");

  const accepted = nodes.filter((n) => n.accepted).length;
  let refusal: GexfCase["refusal"];
  if (damage === "cut") {
    const body = text.indexOf("<gexf");
    const end = text.lastIndexOf("</gexf>");
    text = text.slice(0, body + 1 + ((c.damage as { at: number }).at % (end - body - 1)));
    refusal = { message: /XML is not well-formed/ };
  } else if (damage === "entities") refusal = { message: /DOCTYPE declares entities/, line: 2 };
  else if (damage === "graphml") refusal = { message: /this is a GraphML file/, line: 2 };
  else if (damage === "raw-markup") refusal = { message: /XML is not well-formed/, line: nodes[0].line };
  else if (damage === "no-nodes") refusal = { message: /the graph has no nodes/, line: graphLine };
  else if (!accepted) refusal = { message: /none of the \d+ nodes could be read/ };
  return { text, imports: !refusal, ...(refusal ? { refusal } : {}), format: c.format, axis, nodes, edges, vocabularyKnown, damage: damage ?? "" };
}

/** The file imports exactly as written, or is refused with the reason at its line. */
export function expectGexfAsPlanned(c: GexfCase, r: GexfImportResult, file: string): void {
  withReport(() => checkGexf(c, r, file), () => `${listed(r.report.diagnostics)}\n--- the file:\n${c.text}`);
}

function checkGexf(c: GexfCase, r: GexfImportResult, file: string): void {
  expect(r.ok).toBe(c.imports);
  if (!r.ok) {
    expectRefusalSaysWhere(r.report.diagnostics, [file], () => c.text);
    const said = r.report.diagnostics.find((d) => d.severity === "error" && c.refusal!.message.test(d.message));
    expect(said, `no error says ${c.refusal!.message}`).toBeDefined();
    if (c.refusal!.line !== undefined) expect(said!.line).toBe(c.refusal!.line);
    return;
  }
  const { actors, relations, taxonomy } = r.dataSet;
  const d = r.report.diagnostics;
  const readNodes = c.nodes.filter((n) => n.accepted);
  const readEdges = c.edges.filter((e) => !e.skipped);
  expect(r.report.counts).toMatchObject({
    nodes: c.nodes.length,
    edges: c.edges.length,
    actors: readNodes.length,
    relations: readEdges.length,
    skippedNodes: c.nodes.length - readNodes.length,
    skippedEdges: c.edges.length - readEdges.length,
  });

  // Nodes: each read one an actor, in file order, with its label, kind and lifetime; each other an error at its line.
  expect(actors.map((a) => a.label)).toEqual(readNodes.map((n) => n.label));
  const kindById = new Map(taxonomy.kinds.map((k) => [k.id, k]));
  readNodes.forEach((n, i) => {
    const a = actors[i];
    if (n.raw !== undefined && /^n\d+$/.test(n.raw)) expect(a.id, "a node id in the tool's form is kept").toBe(n.raw);
    const written = n.kind?.trim() ?? "";
    if (!written) expect(a.kind).toBe("actor");
    else if (c.vocabularyKnown) {
      const known = KNOWN_KINDS.get(written.toLowerCase());
      if (known) expect(a.kind).toBe(known);
      else expect(kindById.get(a.kind)?.label, `the kind added for "${written}"`).toBe(written);
    }
    expect(a.lifetime === undefined ? undefined : periodShape(a.lifetime), `lifetime of the node at line ${n.line}`).toEqual(n.lifetime);
  });
  for (const n of c.nodes) {
    if (!n.accepted) expect(diagnosticsAt(d, file, n.line).some((x) => /has no id|is already used by the node/.test(x.message)), `the skipped node at line ${n.line} is not reported there`).toBe(true);
    if (n.accepted && n.time.unreadable) expect(diagnosticsAt(d, file, n.line).filter((x) => /is not a date/.test(x.message)).length, `unreadable times of the node at line ${n.line}`).toBe(n.time.unreadable);
  }

  // Edges: each read one a relation, in file order, between the right actors, with its periods as written; each other an error at its line.
  const label = new Map(actors.map((a) => [a.id, a.label]));
  const typeById = new Map(taxonomy.types.map((t) => [t.id, t]));
  const firstOfNewType = new Map<string, boolean>();
  expect(relations.length).toBe(readEdges.length);
  readEdges.forEach((e, i) => {
    const x = relations[i];
    const where = `the relation of the edge at line ${e.line}`;
    expect([label.get(x.source), label.get(x.target)], where).toEqual([c.nodes[e.source!].label, c.nodes[e.target!].label]);
    expect(x.periods.map(periodShape), `${where}: its periods`).toEqual(e.time.periods);
    expect(x.confidence, where).toBe(e.confidence);
    expect(x.note, where).toBe(e.note);
    expect(x.evidence).toEqual([]);
    if (e.keepsId) expect(x.id, where).toBe(e.rawId);
    const type = typeById.get(x.type)!;
    if (e.type === undefined) expect(x.type, where).toBe("related");
    const known = KNOWN_TYPES.get((e.type ?? "").toLowerCase());
    if (e.type !== undefined && c.vocabularyKnown) {
      if (known) expect(x.type, where).toBe(known.id);
      else expect(type.label, `${where}: the type added for "${e.type}"`).toBe(e.type);
    }
    // A new type runs the way its first edge does; an edge that says nothing runs the way its type does.
    if (!known && !firstOfNewType.has(x.type)) firstOfNewType.set(x.type, e.explicit ?? false);
    const typeDirected = known?.directed ?? (c.vocabularyKnown ? firstOfNewType.get(x.type)! : type.directed);
    expect(x.directed, `${where}: its direction`).toBe(e.explicit ?? typeDirected);
  });
  for (const e of c.edges) {
    const here = diagnosticsAt(d, file, e.line);
    if (e.skipped) expect(here.some((x) => e.skipped!.test(x.message)), `the skipped edge at line ${e.line} is not reported there as ${e.skipped}`).toBe(true);
    if (e.time.unreadable && !(e.skipped && !/readable period/.test(e.skipped.source)))
      expect(here.filter((x) => /is not a date/.test(x.message)).length, `unreadable times of the edge at line ${e.line}`).toBe(e.time.unreadable);
    if (e.time.merged && !e.skipped) expect(diagnosticsAt(d, file, e.line, "warning").some((x) => /periods overlap/.test(x.message)), `the spells written twice at line ${e.line}`).toBe(true);
  }
}
