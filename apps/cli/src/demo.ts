import { fileURLToPath } from 'node:url';
import type { Framework } from '@sightline/core';
import { evaluateCase } from './evaluate.js';

/** The demo: a synthetic asthma case (no real person) evaluated and its rationale printed. */
export function demo(framework: Framework): string {
  const file = fileURLToPath(new URL('../examples/asthma-medical-neglect.json', import.meta.url));
  return `${evaluateCase(file, framework, 'markdown')}\n(Synthetic example: ${file})\n`;
}
