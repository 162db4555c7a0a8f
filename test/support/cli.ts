/**
 * Runs a command of the command line in this process, as `npm run cli -- …` would, and hands
 * back its exit code and what it wrote to stdout and stderr.
 */
import { runCli } from "../../src/cli/run";

export async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
