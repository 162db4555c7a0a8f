/**
 * Allies and enemies in Node: structural balance on one date (the slice, its signed pairs and
 * their triads, model/balance.ts) against the plain baseline, a triple loop over every triple of
 * actors reading their three pair signs from a sign matrix; and a balance series of 360 monthly
 * steps (slice, balance and camps started from the month before, model/balance-series.ts), which
 * the project wants under a minute at 20,000 actors / 200,000 relations.
 *
 * The triple loop visits C(n, 3) triples, 1.3 × 10^12 at 20,000 actors: where that is at most
 * 2 × 10^8 it runs in full and must count what structuralBalance counts; above, its time is
 * estimated from sampled triples (every third actor after each pair of 48 random actors), the
 * time per triple × C(n, 3), and said to be an estimate.
 */
import { cpus, loadavg } from "node:os";
import { structuralBalance } from "../src/model/balance";
import { balanceSeries, seriesDays } from "../src/model/balance-series";
import { utcDay, type Day } from "../src/model/dates";
import { applyFilters } from "../src/model/filters";
import { seededRandom } from "../src/model/random";
import type { RelationIndex } from "../src/model/relation-index";
import { signedPairs, typeSigns, type SignedGraph } from "../src/model/signed-pairs";
import { ratioText, timeAlternating, timingText, type Timing } from "./measure";
import type { BenchRow } from "./rows";

const FULL_LOOP_LIMIT = 2e8;
const SAMPLED_ACTORS = 48;
/** A pair's sign in the matrix: +1, -1, 2 when mixed (so a product of three is 1, -1, or even), 0 when none. */
const matrixSign = (s: number) => (s === 0 ? 2 : s);

const choose3 = (n: number) => (n * (n - 1) * (n - 2)) / 6;

/** The triple loop over rows of a sign matrix: i < j < k, the three signs multiplied. */
function tripleLoop(rows: (x: number) => Int8Array, actors: readonly number[], n: number) {
  let [balanced, unbalanced, mixed, triples] = [0, 0, 0, 0];
  const t0 = performance.now();
  for (let a = 0; a < actors.length; a++) {
    const ri = rows(actors[a]);
    for (let b = a + 1; b < actors.length; b++) {
      const j = actors[b];
      const rj = rows(j);
      const ij = ri[j];
      const from = j + 1;
      for (let k = from; k < n; k++) {
        const s = ij * ri[k] * rj[k];
        if (s === 1) balanced++;
        else if (s === -1) unbalanced++;
        else if (s !== 0) mixed++;
      }
      triples += n - from;
    }
  }
  return { balanced, unbalanced, mixed, triples, ms: performance.now() - t0 };
}

/** The baseline for the graph: measured in full when small enough (and checked), otherwise estimated from samples. */
function tripleLoopBaseline(graph: SignedGraph): { text: string; ms: number } {
  const n = graph.actorCount;
  const total = choose3(n);
  if (total <= FULL_LOOP_LIMIT) {
    const matrix = new Int8Array(n * n);
    for (let p = 0; p < graph.pairCount; p++) {
      const s = matrixSign(graph.pairSign[p]);
      matrix[graph.pairA[p] * n + graph.pairB[p]] = s;
      matrix[graph.pairB[p] * n + graph.pairA[p]] = s;
    }
    const all = Array.from({ length: n }, (_, x) => x);
    const rows = (x: number) => matrix.subarray(x * n, (x + 1) * n);
    const loop = tripleLoop(rows, all, n);
    const balance = structuralBalance(graph, { listLimit: 0 });
    if (loop.balanced !== balance.balanced || loop.unbalanced !== balance.unbalanced || loop.mixed !== balance.mixed)
      throw new Error(`bench: the triple loop (${loop.balanced}/${loop.unbalanced}/${loop.mixed}) and structuralBalance (${balance.balanced}/${balance.unbalanced}/${balance.mixed}) disagree`);
    return { text: `triple loop over all ${total.toLocaleString("en")} triples, measured`, ms: loop.ms };
  }
  const random = seededRandom(3);
  const picked = new Set<number>();
  while (picked.size < SAMPLED_ACTORS) picked.add(Math.floor(random() * (n - 2)));
  const actors = [...picked].sort((x, y) => x - y);
  const rowOf = new Map(actors.map((x) => [x, new Int8Array(n)]));
  for (let p = 0; p < graph.pairCount; p++) {
    const [a, b, s] = [graph.pairA[p], graph.pairB[p], matrixSign(graph.pairSign[p])];
    const ra = rowOf.get(a);
    const rb = rowOf.get(b);
    if (ra) ra[b] = s;
    if (rb) rb[a] = s;
  }
  // Two runs, the faster kept: the first warms the loop up.
  const runs = [0, 1].map(() => tripleLoop((x) => rowOf.get(x)!, actors, n));
  const best = runs.reduce((x, y) => (y.ms < x.ms ? y : x));
  const ms = (best.ms / best.triples) * total;
  const perTriple = ((best.ms / best.triples) * 1e6).toFixed(2);
  return { text: `triple loop over ${total.toExponential(2)} triples, estimated (${perTriple} ns a triple, ${best.triples.toExponential(1)} sampled) ${hours(ms)}`, ms };
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

const hours = (ms: number) => (ms >= 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : ms >= 60_000 ? `${(ms / 60_000).toFixed(1)} min` : `${(ms / 1000).toFixed(1)} s`);

export interface BalancePlan {
  readonly size: string;
  readonly days: readonly Day[];
  readonly rounds: number;
  /** Rows at this size say whether the series' one-minute target is met. */
  readonly targetSize: boolean;
  /** How many times to run the series (1 at the larger sizes: it takes tens of seconds). */
  readonly seriesRuns: number;
}

export function balanceRows(index: RelationIndex, plan: BalancePlan): { rows: BenchRow[]; notes: string[] } {
  const signs = typeSigns(index);
  const graphOn = (day: Day) => signedPairs(index, applyFilters(index, [{ type: "asOf", day }]), signs);
  const graphs = plan.days.map(graphOn);
  const times = timeAlternating(plan.days.map((day, i) => ({ day, i })), {
    full: ({ day }) => structuralBalance(graphOn(day)),
    triads: ({ i }) => structuralBalance(graphs[i]),
  }, plan.rounds);
  // The baseline on the densest of the sampled dates (the loop's time hardly depends on the date).
  const densest = graphs.reduce((x, y) => (y.pairCount > x.pairCount ? y : x));
  const baseline = tripleLoopBaseline(densest);
  const row = (figure: string, value: Timing): BenchRow => ({
    where: "Node",
    size: plan.size,
    figure,
    value: timingText(value),
    baseline: baseline.text.endsWith("measured") ? `${baseline.text} ${timingText({ median: baseline.ms, p95: baseline.ms })}` : baseline.text,
    ratio: ratioText(baseline.ms, value.median),
  });

  // 360 month ends: Jan 1996 to Dec 2025, the synthetic data's 30 years.
  const months = seriesDays(utcDay(1996, 0, 31), utcDay(2025, 11, 31), "month");
  // Wall time and this process's CPU time: on a shared machine the two part, and the load is said.
  const runs: { wall: number; cpu: number }[] = [];
  let last: ReturnType<typeof balanceSeries> = [];
  for (let run = 0; run < plan.seriesRuns; run++) {
    const [t0, c0] = [performance.now(), cpuMs()];
    last = balanceSeries(index, [], months);
    runs.push({ wall: performance.now() - t0, cpu: cpuMs() - c0 });
  }
  const { wall: series, cpu } = runs.reduce((x, y) => (y.wall < x.wall ? y : x));
  const load = loadavg()[0];
  const final = last[last.length - 1];
  const perSecond = (months.length / series) * 1000;
  return {
    rows: [
      row("balance on a date: slice + signedPairs + structuralBalance", times.full),
      row("balance on a date: structuralBalance of signed pairs made", times.triads),
      {
        where: "Node",
        size: plan.size,
        figure: `balance series: ${months.length} monthly steps (slice, balance, camps warm-started)`,
        value: timingText({ median: series, p95: series }),
        baseline: `CPU time ${timingText({ median: cpu, p95: cpu })}, load average ${load.toFixed(1)} on ${cpus().length} cores`,
        ...(plan.targetSize ? { target: `< 1 min: ${series < 60_000 ? "met" : cpu < 60_000 ? "met in CPU time, missed in wall time" : "missed"}` } : {}),
      },
      { where: "Node", size: plan.size, figure: "balance series: steps per second", value: `${perSecond.toFixed(1)} steps/s` },
    ],
    notes: [
      `${plan.size}: on the densest sampled date ${densest.pairCount.toLocaleString("en")} signed pairs; on Dec 2025 ${final.balance.triads.toLocaleString("en")} triads, balance ${final.balance.ratio?.toFixed(2) ?? "none"}, ${final.camps.labels.length} camps (frustration ${final.camps.frustration}); series the fastest of ${plan.seriesRuns} run${plan.seriesRuns === 1 ? "" : "s"}`,
    ],
  };
}
