#!/usr/bin/env node
/**
 * The Sightline command line: `pnpm cli <command>` from the repository root.
 *   evaluate <case.json> [--json] [--framework id] [--as-of YYYY-MM-DD]
 *   scenarios <dir> [--framework id] [--known-failures file.json]
 *   demo
 */
import { run } from './run.js';

process.exitCode = await run(process.argv.slice(2), { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
