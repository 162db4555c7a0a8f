#!/usr/bin/env node
/**
 * The faultlines command line: validate, stats and export over a data directory.
 * Run as `npm run cli -- <command>` or, once installed, `faultlines <command>`.
 */
import { runCli } from "./run";

process.exitCode = await runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
