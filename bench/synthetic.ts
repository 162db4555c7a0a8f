/**
 * Synthetic data sets shaped like conflict data, from a fixed seed: a few hub actors and many
 * small ones (power-law degrees), the bundled taxonomy's type mix, and periods spread over 30
 * years at day, month and year precision: single events (55%), spans of up to three years (25%),
 * ongoing ("2019-04/..", 14%) and held since before the sources ("../2019-04", 6%); 8% of
 * relations lapse and resume (a second period later on).
 */
import { parsePeriod } from "../src/model/dates";
import { seededRandom } from "../src/model/random";
import type { Actor, Confidence, DataSet, Relation, Taxonomy } from "../src/model/types";

const pad = (n: number) => String(n).padStart(2, "0");

interface YearMonthDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const FIRST_YEAR = 1996;
const YEARS = 30;

/** A date at day (40%), month (40%) or year (20%) precision. */
const dateText = (precision: number, { year, month, day }: YearMonthDay) =>
  precision < 0.4 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.8 ? `${year}-${pad(month)}` : `${year}`;

export function syntheticDataSet(taxonomy: Taxonomy, actorCount: number, relationCount: number, seed = 1): DataSet {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const kinds = taxonomy.kinds.map((k) => k.id);
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({ id: `a${i}`, label: `Actor ${i}`, kind: pick(kinds), aliases: [] }));
  // Zipf-like choice of actors: actor i is picked with weight 1 / (i + 1).
  const actorAt = () => Math.min(actorCount - 1, Math.floor(Math.exp(random() * Math.log(actorCount + 1)) - 1));
  const randomDate = (): YearMonthDay => {
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    return { year, month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) };
  };
  const periodText = (shape: number, precision: number, start: YearMonthDay) => {
    const from = dateText(precision, start);
    if (shape < 0.55) return from; // a single event
    if (shape < 0.8) {
      // A span of up to three years, ending at the same precision.
      const endMonth = start.month + Math.floor(random() * 36);
      const to = dateText(precision, { year: start.year + Math.floor((endMonth - 1) / 12), month: ((endMonth - 1) % 12) + 1, day: 28 });
      return parsePeriod(to).last < parsePeriod(from).first || to === from ? from : `${from}/${to}`;
    }
    if (shape < 0.94) return `${from}/..`; // still ongoing
    return `../${from}`; // held since before any date the sources give
  };
  const relations: Relation[] = [];
  for (let i = 0; i < relationCount; i++) {
    const source = actorAt();
    let target = actorAt();
    const type = pick(taxonomy.types);
    if (target === source) target = (source + 1) % actorCount;
    const precision = random();
    const texts = [periodText(random(), precision, randomDate())];
    // Some relations lapse and resume: a second period after the first ends, at the same precision.
    const first = parsePeriod(texts[0]);
    if (random() < 0.08 && Number.isFinite(first.last)) {
      const resumed = periodText(random(), precision, randomDate());
      const next = parsePeriod(resumed);
      if (next.first > first.last + 1 && Number.isFinite(next.first)) texts.push(resumed);
    }
    relations.push({
      id: `r${i}`,
      source: `a${source}`,
      target: `a${target}`,
      type: type.id,
      directed: type.directed,
      periods: texts.map(parsePeriod),
      confidence: pick<Confidence>(["low", "medium", "high"]),
      evidence: [{ source: "synthetic", quote: "generated" }],
    });
  }
  return { taxonomy, actors, relations, sources: [{ id: "synthetic", title: "Synthetic data", file: "none" }] };
}

/** Random days across the data's 30 years, the same for every method measured. */
export function sampleDays(count: number, seed = 2): number[] {
  const random = seededRandom(seed);
  const first = Date.UTC(FIRST_YEAR, 0, 1) / 86_400_000;
  return Array.from({ length: count }, () => first + Math.floor(random() * YEARS * 365));
}
