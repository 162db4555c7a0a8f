/**
 * A small timing harness: runs each candidate over the same inputs in alternating rounds (so
 * machine noise hits all of them alike) and reports the median time per call; and the text of
 * the figures the table prints.
 */
export interface Timing {
  readonly median: number;
  readonly p95: number;
}

export function timePerCall<T>(inputs: readonly T[], fn: (input: T) => unknown, rounds = 5): Timing {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++)
    for (const input of inputs) {
      const t0 = performance.now();
      fn(input);
      samples.push(performance.now() - t0);
    }
  return summary(samples);
}

/**
 * Times several ways of doing the same work: in each round every candidate runs over every
 * input, one candidate after another, so a noisy stretch of the machine hits them all. A first
 * round warms them up (JIT, caches) and is not counted.
 */
export function timeAlternating<T, K extends string>(inputs: readonly T[], candidates: Record<K, (input: T) => unknown>, rounds: number): Record<K, Timing> {
  const names = Object.keys(candidates) as K[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let round = 0; round <= rounds; round++)
    for (const name of names)
      for (const input of inputs) {
        const t0 = performance.now();
        candidates[name](input);
        const elapsed = performance.now() - t0;
        if (round > 0 || rounds === 0) samples[name].push(elapsed);
      }
  return Object.fromEntries(names.map((n) => [n, summary(samples[n])])) as Record<K, Timing>;
}

function summary(samples: number[]): Timing {
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))] };
}

export const ms = (t: number) => (t >= 100 ? t.toFixed(0) : t >= 1 ? t.toFixed(2) : t.toFixed(3));

/** "0.41 ms (p95 0.52)", "3.1 µs (p95 4.0)" below a tenth of a millisecond, "54.2 s" for long single runs. */
export function timingText(t: Timing): string {
  const [scale, unit] = t.median >= 10_000 ? [1e-3, "s"] : t.median < 0.1 ? [1e3, "µs"] : [1, "ms"];
  const text = (x: number) => (unit === "ms" ? ms(x) : (x * scale).toFixed(1));
  return t.median === t.p95 ? `${text(t.median)} ${unit}` : `${text(t.median)} ${unit} (p95 ${text(t.p95)})`;
}

/** baseline / value, the BenchRow convention: above 1 means faster (or smaller) than the baseline. */
export const ratioText = (baseline: number, value: number) => {
  const r = baseline / value;
  return `${r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2)}×`;
};

export const sizeText = (actors: number, relations: number) => `${actors.toLocaleString("en")} / ${relations.toLocaleString("en")}`;

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [line(cells[0]), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}
