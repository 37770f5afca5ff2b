/**
 * Answers typed on an escalation page but not sent yet, kept in memory for this tab so that Back
 * (or opening the tracker and coming back) does not lose them. Nothing is written to the browser's
 * storage: a step is only recorded when the server takes it.
 */
import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

const kept = new Map<string, unknown>();

/** The answers kept for a page, or `fallback` when there are none. */
export function keptAnswers<T>(key: string, fallback: T): T {
  return (kept.get(key) as T | undefined) ?? fallback;
}

/** Keeps answers for a page that has not shown yet. */
export function keepAnswers(key: string, values: unknown): void {
  kept.set(key, structuredClone(values));
}

/** Forgets a page's answers once its step is recorded. */
export function forgetAnswers(key: string): void {
  kept.delete(key);
}

/** Keeps the form's answers under `key` as the person types. */
export function useKeptAnswers<T extends FieldValues, Out>(key: string, form: UseFormReturn<T, unknown, Out>): void {
  useEffect(() => {
    const subscription = form.watch((values) => {
      kept.set(key, structuredClone(values));
    });
    return () => subscription.unsubscribe();
  }, [key, form]);
}
