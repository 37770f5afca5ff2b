import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { englandFramework, getFramework } from '@sightline/core';
import { evaluateCase } from './evaluate.js';
import { CaseFileError } from './read-case.js';
import { runScenarios } from './scenarios.js';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

const usage = `Usage: pnpm cli <command>
  evaluate <case.json> [--json] [--html] [--framework <id>] [--as-of YYYY-MM-DD]
  scenarios <dir> [--framework <id>] [--known-failures <file.json>]
  verify [--data <pglite folder>]      (or DATABASE_URL for PostgreSQL)
  demo
`;

interface KnownFailure {
  id: string;
  reason: string;
}

function readKnownFailures(file: string | undefined): KnownFailure[] {
  if (!file) return [];
  const list = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (!Array.isArray(list)) throw new Error(`${file}: expected a list of { id, reason }`);
  return list as KnownFailure[];
}

/** Runs a CLI command; returns the process exit code. Never throws for bad input. */
export async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        html: { type: 'boolean', default: false },
        framework: { type: 'string' },
        'as-of': { type: 'string' },
        'known-failures': { type: 'string' },
        data: { type: 'string' },
      },
    });
    const framework = values.framework ? getFramework(values.framework) : englandFramework;
    if (command === 'evaluate') {
      const file = positionals[0];
      if (!file) {
        io.err(usage);
        return 2;
      }
      const format = values.json ? 'json' : values.html ? 'html' : 'markdown';
      io.out(evaluateCase(file, framework, format, values['as-of']));
      return 0;
    }
    if (command === 'scenarios') {
      const dir = positionals[0];
      if (!dir) {
        io.err(usage);
        return 2;
      }
      const known = readKnownFailures(values['known-failures']);
      const runs = runScenarios(dir, framework);
      for (const r of runs) io.out(`${r.line}\n`);
      const unexpected = runs.filter((r) => !r.passed && !known.some((k) => k.id === r.id));
      const passed = runs.filter((r) => r.passed).length;
      if (known.length > 0) {
        io.out(`Known failures (${known.length}):\n`);
        for (const k of known) io.out(`  ${k.id}: ${k.reason}\n`);
      }
      io.out(`${passed} passed, ${runs.length - passed} failed\n`);
      return unexpected.length > 0 || runs.length === 0 ? 1 : 0;
    }
    if (command === 'verify') {
      const { verifyChainCommand } = await import('./verify.js');
      const result = await verifyChainCommand({ dataDir: values.data, url: values.data ? undefined : process.env.DATABASE_URL });
      (result.ok ? io.out : io.err)(result.text);
      return result.ok ? 0 : 1;
    }
    if (command === 'demo') {
      const { demo } = await import('./demo.js');
      io.out(demo(framework));
      return 0;
    }
    io.err(usage);
    return 2;
  } catch (error) {
    if (error instanceof CaseFileError) {
      io.err(`${error.file} is not a case Sightline can read:\n${error.problems.map((p) => `  ${p}`).join('\n')}\n`);
      return 1;
    }
    io.err(`${(error as Error).message}\n`);
    return 1;
  }
}
