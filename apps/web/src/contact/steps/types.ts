import type { CaseFacts } from '@sightline/core';
import type { ComponentType, ReactNode } from 'react';
import type { SummaryRow } from '../../components/SummaryList.js';
import type { ContactEvent } from '../../machines.js';

/** The question pages of the contact pathway, in the words of their URLs. */
export type ContactStepId = 'child' | 'concerns' | 'measures' | 'voice' | 'household' | 'engagement' | 'history' | 'consent';

/** What a step's form is given by the flow page. */
export interface StepFormProps {
  facts: CaseFacts;
  /** Raw answers saved in the draft for this step, restored in preference to the facts. */
  saved: Record<string, unknown> | undefined;
  /** Every change: the facts with this page's valid answers applied (null while they are not valid) and the raw answers. */
  onLive: (facts: CaseFacts | null, raw: Record<string, unknown>) => void;
  /** The person continues: the facts with this page's answers applied. */
  onContinue: (facts: CaseFacts, raw: Record<string, unknown>) => void;
  /** Link for "Back" (the previous page the machine showed). */
  backHref: string;
  /** Shown below the heading: the saved status. */
  status?: ReactNode;
  /** Shown beside the form: the live recommendation. */
  aside?: ReactNode;
}

/** One question page of the contact pathway. */
export interface ContactStep {
  id: ContactStepId;
  /** The page heading and the task list's name for it. */
  title: string;
  Form: ComponentType<StepFormProps>;
  /** Rows for check your answers; `href` is this step's page, for the change links. */
  summary: (facts: CaseFacts, href: string) => SummaryRow[];
  /** True once something on this page has been answered. */
  isStarted: (facts: CaseFacts) => boolean;
  /** The machine events that record this page's answers. */
  events: (facts: CaseFacts) => ContactEvent[];
  /** True when Continue moves the machine on (false when the next page belongs to the same step). */
  advances: boolean;
}
