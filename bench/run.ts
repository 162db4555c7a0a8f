/**
 * `npm run bench`: every figure in one table, each against a baseline measured in the same run
 * (machines are noisy, so figures are ratios, never bare times). Each Node size runs in its own
 * process (bench/node-size.ts) so its peak memory is its own; then the browser figures from
 * bench/browser/run-browser.ts, when that module is there, unless `--node-only` is given.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { table } from "./measure";
import type { BenchRow } from "./rows";

const SIZES = [
  { actors: 1_000, relations: 10_000, rounds: 5 },
  { actors: 20_000, relations: 200_000, rounds: 3 },
  // One round (after a warm-up) at the largest size keeps the whole run within about ten minutes.
  { actors: 50_000, relations: 500_000, rounds: 1 },
];
const nodeOnly = process.argv.includes("--node-only");
/** In Chromium the 200,000 size alone takes about eight minutes on 2 cores; 500,000 only when asked. */
const browserLarge = process.argv.includes("--large");
const browserSizes = SIZES.filter((s) => browserLarge || s.relations <= 200_000).map(({ actors, relations }) => ({ actors, relations }));

const cpu = cpus();
console.log(`Machine: ${cpu[0]?.model ?? "unknown CPU"}, ${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB; Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`);

const rows: BenchRow[] = [];
const notes: string[] = [];
for (const size of SIZES) {
  const result = await runSize(size.actors, size.relations, size.rounds);
  rows.push(...result.rows);
  notes.push(...result.notes);
}

const browserModule = fileURLToPath(new URL("./browser/run-browser.ts", import.meta.url));
if (nodeOnly) notes.push("Browser figures skipped (--node-only).");
else if (!existsSync(browserModule)) notes.push("Browser figures skipped: bench/browser/run-browser.ts is not there.");
else
  try {
    const { runBrowserBench } = (await import(browserModule)) as { runBrowserBench(options: { sizes: readonly { actors: number; relations: number }[] }): Promise<BenchRow[]> };
    if (!browserLarge) notes.push("Browser figures at 1,000 / 10,000 and 20,000 / 200,000; add --large for 50,000 / 500,000.");
    rows.push(...(await runBrowserBench({ sizes: browserSizes })));
  } catch (error) {
    notes.push(`Browser figures skipped: ${(error as Error).message.split("\n")[0]}`);
  }

console.log(`\n${notes.join("\n")}`);
console.log("Times are medians (p95 in brackets) over alternating rounds; ratio = baseline / value, so above 1 is faster or smaller than the baseline.\n");
console.log(table(["where", "size", "figure", "value", "baseline", "ratio", "target"], rows.map((r) => [r.where, r.size, r.figure, r.value, r.baseline ?? "", r.ratio ?? "", r.target ?? ""])));

/** One size in a fresh Node process (tsx as its loader), its rows read from its last line. */
function runSize(actors: number, relations: number, rounds: number): Promise<{ rows: BenchRow[]; notes: string[] }> {
  process.stderr.write(`Node, ${actors.toLocaleString("en")} actors / ${relations.toLocaleString("en")} relations…\n`);
  const script = fileURLToPath(new URL("./node-size.ts", import.meta.url));
  // Room for the largest size's load and the export baselines, whose whole strings hold several copies of the data at once.
  const child = spawn(process.execPath, ["--max-old-space-size=12288", "--import", "tsx", script, String(actors), String(relations), String(rounds)], { stdio: ["ignore", "pipe", "inherit"] });
  let out = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk));
  return new Promise((resolve, reject) =>
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0 || !last.startsWith("ROWS ")) reject(new Error(`bench: the run at ${actors} / ${relations} failed (exit ${code})`));
      else resolve(JSON.parse(last.slice(5)));
    }),
  );
}
