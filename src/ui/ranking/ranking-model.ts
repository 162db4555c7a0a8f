/**
 * What the ranking says in words: each measure's plain name and the technical term behind it,
 * a score as a person reads it, what a measure left unranked and why, and the years an actor's
 * rank is charted over. Pure, so it is tested in Node.
 */
import { MS_PER_DAY, utcDay, type Day } from "../../model/dates";
import type { CentralityMeasure, MeasureScope, RankedActor, RankPoint, SliceCentrality } from "../../model/centrality";

export interface MeasureWords {
  readonly measure: CentralityMeasure;
  /** The plain word on its button. */
  readonly name: string;
  /** The technical term, for its tooltip and for readers who know it. */
  readonly term: string;
  /** One sentence on what it ranks. */
  readonly explanation: string;
}

export const MEASURE_WORDS: readonly MeasureWords[] = [
  { measure: "degree", name: "Ties", term: "degree centrality", explanation: "How many other actors each has a relation with, hostile or friendly." },
  { measure: "betweenness", name: "Bridges", term: "betweenness centrality", explanation: "How often each lies on the shortest chain of ties between two others." },
  { measure: "eigenvector", name: "Influence", term: "eigenvector centrality", explanation: "How well tied each is to actors that are themselves well tied." },
];

export const wordsOf = (measure: CentralityMeasure): MeasureWords => MEASURE_WORDS.find((w) => w.measure === measure)!;

/**
 * The scores of a ranking as shown beside the names: ties as a count, bridges as a share of the
 * shortest chains, influence out of the top actor's 100; with as many decimals as it takes for
 * two actors of different ranks never to show the same number.
 */
export function scoreWords(centrality: SliceCentrality, measure: CentralityMeasure, ranking: readonly RankedActor[]): string[] {
  if (measure === "degree")
    return ranking.map((r) => {
      const ties = centrality.ties.get(r.actor) ?? 0;
      return `${ties} tie${ties === 1 ? "" : "s"}`;
    });
  const top = ranking[0]?.score ?? 0;
  const format = (score: number, decimals: number) =>
    measure === "betweenness" ? `${percent(score, decimals)} of chains` : `${top > 0 ? ((100 * score) / top).toFixed(decimals) : "0"} of 100`;
  let words: string[] = [];
  for (let decimals = 0; decimals <= 4; decimals++) {
    words = ranking.map((r) => format(r.score, decimals));
    if (words.every((w, k) => k === 0 || ranking[k].rank === ranking[k - 1].rank || w !== words[k - 1])) break;
  }
  return words;
}

const percent = (share: number, decimals: number) => `${(100 * share).toFixed(decimals)}%`;

/** Why a measure ranks fewer actors than the graph has, or nothing when it ranks them all. */
export function scopeWords(scope: MeasureScope): string | null {
  switch (scope.kind) {
    case "all":
      return null;
    case "main-group":
      return `Influence is measured within the largest connected group (${scope.scored} actors); ${count(scope.leftOut, "actor")} in ${count(scope.groups, "smaller group")} apart from it ${scope.leftOut === 1 ? "is" : "are"} not ranked.`;
    case "too-large":
      return `Bridges are not computed for more than ${scope.limit.toLocaleString("en")} actors (${scope.actors.toLocaleString("en")} here): it would hold up the page. Narrow the view with the filters or an ego view.`;
    case "no-convergence":
      return `Influence could not be settled in ${scope.iterations} steps on this network; it is not ranked.`;
  }
}

/** "3 relations only possibly active … are left out", or nothing when none was. */
export function leftOutWords(possible: number, timeLabel: string): string | null {
  if (possible === 0) return null;
  return `${count(possible, "relation")} only possibly active ${timeLabel} ${possible === 1 ? "is" : "are"} left out: a rank counts only what the dates say.`;
}

const count = (n: number, noun: string) => `${n.toLocaleString("en")} ${noun}${n === 1 ? "" : "s"}`;

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${suffix}`;
}

/** Each calendar year the timeline touches, as a window cut to the timeline's first and last day. */
export function yearsOf(first: Day, last: Day): { year: number; from: Day; to: Day }[] {
  const years = [];
  for (let y = new Date(first * MS_PER_DAY).getUTCFullYear(); utcDay(y, 0, 1) <= last; y++)
    years.push({ year: y, from: Math.max(first, utcDay(y, 0, 1)), to: Math.min(last, utcDay(y, 11, 31)) });
  return years;
}

/** The chart's summary in one sentence: the best rank and when, and the years with no tie. */
export function seriesWords(label: string, points: readonly (RankPoint & { year: number })[]): string {
  const ranked = points.filter((p) => p.rank !== null);
  if (!ranked.length) return `${label} has no certain tie in any year shown.`;
  const best = Math.min(...ranked.map((p) => p.rank!));
  const bestYears = ranked.filter((p) => p.rank === best).map((p) => p.year);
  const absent = points.length - ranked.length;
  const latest = ranked[ranked.length - 1];
  return (
    `${label}: best ${ordinal(best)} by ties (${yearList(bestYears)}); ${ordinal(latest.rank!)} of ${latest.ranked} in ${latest.year}` +
    (absent ? `; no certain tie in ${count(absent, "year")}.` : ".")
  );
}

/** Years as runs: "2021–2023, 2025". */
function yearList(years: readonly number[]): string {
  const runs: string[] = [];
  for (let k = 0; k < years.length; ) {
    let j = k;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    runs.push(j > k ? `${years[k]}–${years[j]}` : `${years[k]}`);
    k = j + 1;
  }
  return runs.join(", ");
}
