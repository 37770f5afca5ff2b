import { describe, expect, it } from 'vitest';
import { agencyWords, participantSchema } from '../../src/machines/common/payloads.js';

describe('agencies in plain words', () => {
  it('names every agency a participant can come from, in words and not as a code', () => {
    for (const agency of participantSchema.shape.agency.options) {
      expect(agencyWords[agency]).toMatch(/^[a-z’ ]+$/);
    }
    expect(agencyWords['childrens-social-care']).toBe('children’s social care');
  });
});
