#!/usr/bin/env node
/**
 * The faultlines command line: validate, stats, export and coverage over a data directory.
 * Run as `npm run cli -- <command>` or, once installed, `faultlines <command>`.
 */
import { runCli } from "./run";

// Piped into `head` and the like, stdout closes early: that is the reader's choice, not an error.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
