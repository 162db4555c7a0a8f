/**
 * Synthetic data sets shaped like conflict data, from a fixed seed: a few hub actors and many
 * small ones (power-law degrees), the bundled taxonomy's type mix, and periods spread over 30
 * years at day, month and year precision, some single events, some spans, some still ongoing.
 */
import { parsePeriod } from "../src/model/dates";
import { seededRandom } from "../src/model/random";
import type { Actor, Confidence, DataSet, Relation, Taxonomy } from "../src/model/types";

const pad = (n: number) => String(n).padStart(2, "0");
const FIRST_YEAR = 1996;
const YEARS = 30;

export function syntheticDataSet(taxonomy: Taxonomy, actorCount: number, relationCount: number, seed = 1): DataSet {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const kinds = taxonomy.kinds.map((k) => k.id);
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({ id: `a${i}`, label: `Actor ${i}`, kind: pick(kinds), aliases: [] }));
  // Zipf-like choice of actors: actor i is picked with weight 1 / (i + 1).
  const actorAt = () => Math.min(actorCount - 1, Math.floor(Math.exp(random() * Math.log(actorCount + 1)) - 1));
  const types = taxonomy.types.map((t) => t.id);
  const date = (precision: number, year: number, month: number, day: number) =>
    precision < 0.4 ? `${year}-${pad(month)}-${pad(day)}` : precision < 0.8 ? `${year}-${pad(month)}` : `${year}`;
  const randomDate = () => {
    const year = FIRST_YEAR + Math.floor(random() * YEARS);
    return { year, month: 1 + Math.floor(random() * 12), day: 1 + Math.floor(random() * 28) };
  };
  const relations: Relation[] = [];
  for (let i = 0; i < relationCount; i++) {
    const source = actorAt();
    let target = actorAt();
    if (target === source) target = (source + 1) % actorCount;
    const start = randomDate();
    const precision = random();
    const shape = random();
    let text: string;
    if (shape < 0.6) text = date(precision, start.year, start.month, start.day); // a single event
    else if (shape < 0.85) {
      // A span of up to three years, ending at the same precision.
      const length = Math.floor(random() * 36);
      const endMonth = start.month + length;
      const end = { year: start.year + Math.floor((endMonth - 1) / 12), month: ((endMonth - 1) % 12) + 1, day: 28 };
      text = `${date(precision, start.year, start.month, start.day)}/${date(precision, end.year, end.month, end.day)}`;
      if (parsePeriod(text.split("/")[1]).last < parsePeriod(text.split("/")[0]).first) text = text.split("/")[0];
    } else text = `${date(precision, start.year, start.month, start.day)}/..`; // still ongoing
    relations.push({
      id: `r${i}`,
      source: `a${source}`,
      target: `a${target}`,
      type: pick(types),
      directed: true,
      periods: [parsePeriod(text)],
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
