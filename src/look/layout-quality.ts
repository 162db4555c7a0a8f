/**
 * How readable a layout is, in numbers rather than words: the share of actors drawn over another
 * (their discs, of the explorer's sizes, overlap), and how much of each actor's neighbourhood one
 * layout shares with another (a first layout against the settled one it refines into).
 */
import { seededRandom } from "../model/random";

export interface LaidOut {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** Each actor's radius, in the positions' units. */
  readonly size: ArrayLike<number>;
}

/** The share of actors whose disc overlaps at least one other's. */
export function overlapShare({ x, y, size }: LaidOut): number {
  const n = x.length;
  if (n < 2) return 0;
  let largest = 0;
  for (let i = 0; i < n; i++) largest = Math.max(largest, size[i]);
  const cell = 2 * largest || 1;
  const cells = new Map<string, number[]>();
  const cellOf = (v: number) => Math.floor(v / cell);
  for (let i = 0; i < n; i++) {
    const key = `${cellOf(x[i])},${cellOf(y[i])}`;
    const members = cells.get(key);
    if (members) members.push(i);
    else cells.set(key, [i]);
  }
  const over = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const [cx, cy] = [cellOf(x[i]), cellOf(y[i])];
    for (let dx = -1; dx <= 1 && !over[i]; dx++)
      for (let dy = -1; dy <= 1 && !over[i]; dy++)
        for (const j of cells.get(`${cx + dx},${cy + dy}`) ?? []) {
          if (j !== i && Math.hypot(x[i] - x[j], y[i] - y[j]) < size[i] + size[j]) {
            over[i] = 1;
            over[j] = 1;
            break;
          }
        }
  }
  return over.reduce((s, v) => s + v, 0) / n;
}

/**
 * The mean share of each sampled actor's k nearest actors in `a` that are also among its k
 * nearest in `b`: 1 when both layouts put the same actors around each, about k / n for unrelated
 * layouts. Seeded sample, so the figure is the same for the same layouts.
 */
export function neighbourhoodPreservation(a: Pick<LaidOut, "x" | "y">, b: Pick<LaidOut, "x" | "y">, k = 10, samples = 500, seed = 1): number {
  const n = a.x.length;
  if (n <= k) return 1;
  const random = seededRandom(seed);
  let total = 0;
  const count = Math.min(samples, n);
  for (let s = 0; s < count; s++) {
    const i = count === n ? s : Math.floor(random() * n);
    const near = new Set(nearest(b, i, k));
    total += nearest(a, i, k).filter((j) => near.has(j)).length / k;
  }
  return total / count;
}

/** The k actors nearest actor i (itself left out). */
function nearest({ x, y }: Pick<LaidOut, "x" | "y">, i: number, k: number): number[] {
  const best: { j: number; d: number }[] = [];
  for (let j = 0; j < x.length; j++) {
    if (j === i) continue;
    const d = (x[j] - x[i]) ** 2 + (y[j] - y[i]) ** 2;
    if (best.length < k || d < best[best.length - 1].d) {
      let at = best.length;
      while (at > 0 && best[at - 1].d > d) at--;
      best.splice(at, 0, { j, d });
      if (best.length > k) best.pop();
    }
  }
  return best.map((b) => b.j);
}

/**
 * How much nearer related actors are drawn than actors taken at random: the mean length of the
 * pairs' lines (each pair weighing its relations) over the mean distance between random actors.
 * About 1 for a layout that shows no structure, the lower the tighter related actors sit.
 */
export function relatedDistanceRatio({ x, y }: Pick<LaidOut, "x" | "y">, pairs: ArrayLike<number>, samples = 20_000, seed = 1): number {
  const n = x.length;
  if (n < 2 || pairs.length === 0) return 1;
  let [related, weights] = [0, 0];
  for (let p = 0; p < pairs.length; p += 3) {
    const [a, b, w] = [pairs[p], pairs[p + 1], pairs[p + 2]];
    related += w * Math.hypot(x[a] - x[b], y[a] - y[b]);
    weights += w;
  }
  const random = seededRandom(seed);
  let any = 0;
  for (let s = 0; s < samples; s++) {
    const [a, b] = [Math.floor(random() * n), Math.floor(random() * n)];
    any += Math.hypot(x[a] - x[b], y[a] - y[b]);
  }
  return any > 0 ? related / weights / (any / samples) : 1;
}

/**
 * The correlation of the distances between random pairs of actors in two layouts: 1 when one is
 * the other turned, moved or scaled, near 0 when they have nothing in common.
 */
export function distanceCorrelation(a: Pick<LaidOut, "x" | "y">, b: Pick<LaidOut, "x" | "y">, samples = 20_000, seed = 1): number {
  const n = a.x.length;
  if (n < 3) return 1;
  const random = seededRandom(seed);
  let [sa, sb, saa, sbb, sab] = [0, 0, 0, 0, 0];
  for (let s = 0; s < samples; s++) {
    const [i, j] = [Math.floor(random() * n), Math.floor(random() * n)];
    const da = Math.hypot(a.x[i] - a.x[j], a.y[i] - a.y[j]);
    const db = Math.hypot(b.x[i] - b.x[j], b.y[i] - b.y[j]);
    [sa, sb, saa, sbb, sab] = [sa + da, sb + db, saa + da * da, sbb + db * db, sab + da * db];
  }
  const cov = sab / samples - (sa / samples) * (sb / samples);
  const spread = Math.sqrt((saa / samples - (sa / samples) ** 2) * (sbb / samples - (sb / samples) ** 2));
  return spread > 0 ? cov / spread : 0;
}
