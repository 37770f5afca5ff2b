import { atLeast } from '../../assess/outcomes.js';
import { infoSharing } from '../../framework/citations.js';
import { defineRule } from '../define.js';

/** `action.share-without-consent`: significant harm is suspected and consent has not been given. */
export const actionShareWithoutConsent = defineRule({
  id: 'action.share-without-consent',
  condition:
    'The facts support reasonable cause to suspect significant harm and consent to share is not recorded as given; or consent was refused and the facts support a child in need assessment or more.',
  extraCitations: [infoSharing('golden rule 3: consent is not needed where a child is at risk of harm')],
  evaluate: (ctx) => {
    const threshold = ctx.recommendation?.threshold;
    if (!threshold) return null;
    const consent = ctx.facts.consent?.status ?? 'unknown';
    const refused = consent === 'refused' || ctx.findings.has('engagement.consent-refused');
    const harm = atLeast(threshold, 'significant-harm') && consent !== 'given';
    if (!harm && !(refused && atLeast(threshold, 'child-in-need'))) return null;
    return {
      evidence: [
        `Consent to share: ${refused ? 'refused' : consent === 'unknown' ? 'not recorded' : consent}.`,
        `Threshold supported: ${threshold}.`,
      ],
      sentence:
        'Share the information with children’s social care now, including the parents’ behaviour and not only the medical or school facts: consent is not needed where a child may be at risk of significant harm.',
    };
  },
});
