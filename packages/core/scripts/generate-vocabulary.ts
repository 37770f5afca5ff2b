/**
 * Regenerates src/vocabulary/indicators.data.ts from shared/domain/indicators.json.
 * Run: pnpm --filter @sightline/core exec tsx scripts/generate-vocabulary.ts [path/to/indicators.json]
 * A test checks the generated file still matches the shared vocabulary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const source = process.argv[2] ?? fileURLToPath(new URL('../../../../shared/domain/indicators.json', import.meta.url));
const entries = JSON.parse(readFileSync(source, 'utf8')) as unknown[];
const body = `// Generated from shared/domain/indicators.json by scripts/generate-vocabulary.ts. Do not edit by hand.
import type { VocabularyEntry } from './types.js';

export const indicatorVocabulary: readonly VocabularyEntry[] = ${JSON.stringify(entries, null, 2)};
`;
writeFileSync(fileURLToPath(new URL('../src/vocabulary/indicators.data.ts', import.meta.url)), body);
console.log(`wrote ${entries.length} entries`);
