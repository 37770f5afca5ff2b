/** The roles an administrator can give, in plain words, with what each lets a person do. */
import type { Role } from '../api/types.js';
import { roleNames } from '../session/session.js';

export const roleChoices: { value: Role; label: string; hint: string }[] = [
  { value: 'duty-worker', label: roleNames['duty-worker'], hint: 'Triages contacts at the front door and records decisions.' },
  {
    value: 'dsl',
    label: roleNames.dsl,
    hint: 'Keeps a school’s concern log, asks for support and raises disagreements.',
  },
  { value: 'supervisor', label: roleNames.supervisor, hint: 'Audits decisions and signs off those below the recommendation.' },
  { value: 'auditor', label: roleNames.auditor, hint: 'Reads decisions and who has read or changed each case.' },
  { value: 'administrator', label: roleNames.administrator, hint: 'Adds users and deactivates them.' },
];
