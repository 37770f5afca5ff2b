/**
 * One machine step as a react-hook-form form with that step's zod schema as its resolver. As the
 * person types, the answers are parsed with the same schema: when they are valid they update the
 * case facts at once (so the live recommendation follows), and the raw answers are kept for the
 * draft either way, so nothing typed is lost.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldProblem } from '../components/ErrorSummary.js';
import { problemsFrom } from './problems.js';

/** A zod schema whose input is the form's values. */
export type FormSchema<In extends FieldValues, Out> = z.ZodType<Out, In>;

export interface StepFormOptions<In extends FieldValues, Out> {
  schema: FormSchema<In, Out>;
  defaults: In;
  /** Called with every change: the parsed answers when valid (else null) and the raw values. */
  onLive?: ((parsed: Out | null, raw: In) => void) | undefined;
  /** Called when the person continues with valid answers. */
  onValid: (parsed: Out, raw: In) => void;
}

export interface StepFormState<In extends FieldValues, Out> {
  form: UseFormReturn<In, unknown, Out>;
  problems: FieldProblem[];
  /** Pass to `<form onSubmit>`. */
  submit: (event?: React.BaseSyntheticEvent) => Promise<void>;
}

/** Sets up the form, live parsing and the error summary's problems for one step. */
export function useStepForm<In extends FieldValues, Out>({
  schema,
  defaults,
  onLive,
  onValid,
}: StepFormOptions<In, Out>): StepFormState<In, Out> {
  const form = useForm<In, unknown, Out>({
    // biome-ignore lint/suspicious/noExplicitAny: zodResolver's overloads cannot see that In is the schema's input
    resolver: zodResolver(schema as any) as never,
    defaultValues: defaults as never,
    shouldFocusError: false,
    mode: 'onSubmit',
    reValidateMode: 'onSubmit',
  });
  const [problems, setProblems] = useState<FieldProblem[]>([]);

  useEffect(() => {
    if (!onLive) return;
    const subscription = form.watch((values) => {
      const raw = values as In;
      const result = schema.safeParse(raw);
      onLive(result.success ? result.data : null, raw);
    });
    return () => subscription.unsubscribe();
  }, [form, schema, onLive]);

  const submit = form.handleSubmit(
    (parsed) => {
      setProblems([]);
      onValid(parsed, form.getValues());
    },
    (errors) => setProblems(problemsFrom(errors)),
  );
  return { form, problems, submit };
}
