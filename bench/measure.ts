/**
 * A small timing harness: runs each candidate over the same inputs in alternating rounds (so
 * machine noise hits all of them alike) and reports the median time per call.
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
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(samples.length / 2)], p95: samples[Math.floor(samples.length * 0.95)] };
}

export const ms = (t: number) => (t >= 100 ? t.toFixed(0) : t >= 1 ? t.toFixed(2) : t.toFixed(3));

export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]) => `| ${r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(" | ")} |`;
  return [line(cells[0]), `|${widths.map((w, i) => (i === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`, ...cells.slice(1).map(line)].join("\n");
}
