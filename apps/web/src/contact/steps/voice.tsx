/** Step: the child's own words, or what was seen of their daily life. */
import { type CaseFacts, type ChildsVoice, childsVoiceSchema } from '@sightline/core';
import { useCallback } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { Button, InsetText } from '../../components/display.js';
import { Checkboxes, Fieldset, Radios, TextInput, Textarea } from '../../components/fields.js';
import { errorAt } from '../../forms/problems.js';
import { useStepForm } from '../../forms/useStepForm.js';
import { optionalLooseDate, optionalText, requiredText } from '../../forms/values.js';
import { labelFor } from '../vocabulary.js';
import { StepPage } from './StepPage.js';
import type { ContactStep, StepFormProps } from './types.js';

/** The codes a child's words may carry (scenario convention 9): fear or distress, hunger, self-care, disclosure. */
export const voiceCodes = [
  'emotional.child-expresses-fear-or-distress',
  'care.hunger',
  'supervision.self-caring-young-child',
  'safety.disclosure',
];

const voiceEntryForm = z
  .object({
    words: requiredText('Write what the child said, or what was seen of their day'),
    verbatim: z.enum(['yes', 'no'], { error: 'Say whether these are the child’s exact words' }),
    date: optionalLooseDate,
    recordedBy: optionalText,
    context: optionalText,
    codes: z.array(z.string()),
  })
  .transform((v): ChildsVoice => ({ ...v, verbatim: v.verbatim === 'yes', codes: v.codes.filter((c) => voiceCodes.includes(c)) }))
  .pipe(childsVoiceSchema);

const voiceForm = z.object({ entries: z.array(voiceEntryForm) });
type VoiceForm = z.input<typeof voiceForm>;
type VoiceOut = z.output<typeof voiceForm>;

const blankEntry = (): VoiceForm['entries'][number] => ({
  words: '',
  verbatim: 'yes',
  date: '',
  recordedBy: '',
  context: '',
  codes: [],
});

function toForm(facts: CaseFacts): VoiceForm {
  return {
    entries: facts.childsVoice.map((v) => ({
      words: v.words ?? '',
      verbatim: v.verbatim ? 'yes' : 'no',
      date: v.date ?? '',
      recordedBy: v.recordedBy ?? '',
      context: v.context ?? '',
      codes: [...v.codes],
    })),
  };
}

const apply = (facts: CaseFacts, v: VoiceOut): CaseFacts => ({ ...facts, childsVoice: v.entries });

function VoiceFormView({ facts, saved, onLive, onContinue, backHref, status, aside }: StepFormProps) {
  const live = useCallback(
    (parsed: VoiceOut | null, raw: VoiceForm) => onLive(parsed ? apply(facts, parsed) : null, raw),
    [facts, onLive],
  );
  const { form, problems, submit } = useStepForm({
    schema: voiceForm,
    defaults: (saved as VoiceForm | undefined) ?? toForm(facts),
    onLive: live,
    onValid: (v, raw) => onContinue(apply(facts, v), raw),
  });
  const { register, control, formState } = form;
  const errors = formState.errors;
  const entries = useFieldArray({ control, name: 'entries' });
  const values = useWatch({ control, name: 'entries' }) ?? [];
  return (
    <StepPage
      title="The child’s own words"
      problems={problems}
      backHref={backHref}
      onSubmit={submit}
      status={status}
      aside={aside}
      intro={
        <InsetText>
          Record what the child said in their own words where you can. For a baby or a child who does not speak, record what was
          seen of their daily life. If nobody has asked the child yet, leave this empty: Sightline will show it as a gap.
        </InsetText>
      }
    >
      {entries.fields.map((field, index) => (
        <div key={field.id} className="sl-repeat">
          <Fieldset legend={`What the child said or showed ${index + 1}`}>
            <Textarea
              label="Words or observation"
              registration={register(`entries.${index}.words`)}
              error={errorAt(errors, `entries.${index}.words`)}
            />
            <Radios
              legend="Are these the child’s exact words?"
              name={`entries.${index}.verbatim`}
              small
              inline
              legendSize="s"
              registration={register(`entries.${index}.verbatim`)}
              error={errorAt(errors, `entries.${index}.verbatim`)}
              choices={[
                { value: 'yes', label: 'Yes, exact words' },
                { value: 'no', label: 'No, reported or observed' },
              ]}
            />
            <Checkboxes
              legend="What the words show"
              hint="Tick only what the child expressed."
              name={`entries.${index}.codes`}
              small
              legendSize="s"
              registration={register(`entries.${index}.codes`)}
              selected={values[index]?.codes ?? []}
              choices={voiceCodes.map((code) => ({ value: code, label: labelFor(code) }))}
            />
            <TextInput label="When (optional)" width="10" registration={register(`entries.${index}.date`)} />
            <TextInput
              label="Recorded by (optional)"
              hint="For example class teacher."
              width="20"
              registration={register(`entries.${index}.recordedBy`)}
            />
            <TextInput label="Where and how (optional)" registration={register(`entries.${index}.context`)} />
            <Button type="button" variant="secondary" onClick={() => entries.remove(index)}>
              Remove entry {index + 1}
            </Button>
          </Fieldset>
        </div>
      ))}
      <Button type="button" variant="secondary" onClick={() => entries.append(blankEntry())}>
        {entries.fields.length === 0 ? 'Add what the child said or showed' : 'Add another'}
      </Button>
    </StepPage>
  );
}

/** The "child's own words" step. */
export const voiceStep: ContactStep = {
  id: 'voice',
  events: (facts) => [{ type: 'RECORD_CHILDS_VOICE', entries: facts.childsVoice }],
  advances: true,
  title: 'The child’s own words',
  Form: VoiceFormView,
  isStarted: (facts) => facts.childsVoice.length > 0,
  summary: (facts, href) =>
    facts.childsVoice.length === 0
      ? [{ key: 'The child’s words', value: 'Not recorded yet', change: { href, label: 'the child’s words' } }]
      : facts.childsVoice.map((v, i) => ({
          key: `Entry ${i + 1}`,
          value: v.verbatim ? `“${v.words ?? ''}”` : (v.words ?? ''),
          change: { href, label: `what the child said, entry ${i + 1}` },
        })),
};
