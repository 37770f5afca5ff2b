import type { Framework } from '@sightline/core';
import { createContext, useContext } from 'react';
import type { User } from '../api/types.js';
import type { DraftStore } from '../drafts/store.js';
import type { ContactDraft } from './draft.js';
import type { ContactActor } from './pathway.js';

/** What every page of one contact shares. */
export interface ContactContextValue {
  draftId: string;
  store: DraftStore<ContactDraft>;
  framework: Framework;
  today: string;
  /** The contact machine, rebuilt from the draft's events. */
  actor: ContactActor;
  user: User;
  /** The URL of a page of this contact (null: the task list). */
  href: (page: string | null) => string;
}

export const ContactContext = createContext<ContactContextValue | null>(null);

/** The contact the page belongs to. */
export function useContact(): ContactContextValue {
  const value = useContext(ContactContext);
  if (!value) throw new Error('useContact needs a ContactContext');
  return value;
}
