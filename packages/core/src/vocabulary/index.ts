import type { Citation } from '../framework/schema.js';
import { indicatorVocabulary } from './indicators.data.js';
import type { VocabularyEntry } from './types.js';

export type { VocabularyEntry } from './types.js';
export { indicatorVocabulary } from './indicators.data.js';

const byCode = new Map(indicatorVocabulary.map((e) => [e.code, e]));

/** The seed documents are named by number in the vocabulary's sources. */
export const seedDocuments: Readonly<Record<string, string>> = {
  '000': "Birmingham SCP learning lessons briefing on the 'Hakeem' review",
  '001': "Local Child Safeguarding Practice Review 'Child B and siblings' (Stoke-on-Trent SCP, 2023)",
  '002': "Serious Case Review 'Hakeem' (Birmingham SCB/SCP, published 2022)",
  '003': 'Birmingham press note on review BSCP 2019/20-01',
  '004': 'Buckinghamshire SCB summary of learning from serious case reviews on neglect',
};

/** The vocabulary entry for a code; throws for a code that is not in the vocabulary. */
export function vocabularyEntry(code: string): VocabularyEntry {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`"${code}" is not in the indicator vocabulary`);
  return entry;
}

/** True when the code is in the shared indicator vocabulary. */
export function isVocabularyCode(code: string): boolean {
  return byCode.has(code);
}

const seedPart = /^(\d{3})\s+(?:Hakeem SCR|Child B LCSPR|Hakeem briefing|Neglect learning summary|press note)\s*(.*)$/;

/**
 * Turns a vocabulary `source` string ("002 Hakeem SCR 5.7, 5.9; 004 Neglect learning summary risk factors")
 * into citations naming each document in full.
 */
export function parseSourceCitations(source: string): Citation[] {
  return source
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const m = seedPart.exec(part);
      if (m?.[1] && seedDocuments[m[1]]) {
        const section = (m[2] ?? '').trim();
        return { source: seedDocuments[m[1]] ?? part, section: section.length > 0 ? section : null };
      }
      return { source: part, section: null };
    });
}

/** Citations for a vocabulary code, from its `source` field. */
export function vocabularyCitations(code: string): Citation[] {
  return parseSourceCitations(vocabularyEntry(code).source);
}
