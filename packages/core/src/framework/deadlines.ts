/** Deadlines from the framework's timescales, counted on the working-day calendar. */
import { addDays, addMonths, addWorkingDays, describeConvention } from '../calendar/index.js';
import type { Citation, Framework, Timescale } from './schema.js';

export interface Deadline {
  id: string;
  title: string;
  startsOn: string;
  /** Null when the date falls outside the bank-holiday table, so no honest due date can be given. */
  dueOn: string | null;
  amount: number;
  unit: Timescale['unit'];
  convention: string;
  citation: Citation;
}

function due(start: string, t: Timescale, framework: Framework): string | null {
  try {
    if (t.unit === 'working-days') return addWorkingDays(start, t.amount, framework.calendar.triggerDay);
    if (t.unit === 'days') return addDays(start, t.amount);
    if (t.unit === 'months') return addMonths(start, t.amount);
    return null;
  } catch {
    return null;
  }
}

/** The deadline of the framework's timescale `id` started on `startsOn`, or null when the framework has no such timescale. */
export function timescaleDeadline(framework: Framework, id: string, startsOn: string): Deadline | null {
  const t = framework.timescales.find((x) => x.id === id);
  if (!t) return null;
  return {
    id,
    title: t.description,
    startsOn,
    dueOn: due(startsOn, t, framework),
    amount: t.amount,
    unit: t.unit,
    convention:
      t.unit === 'working-days' ? describeConvention(framework.calendar.triggerDay) : `Counted in ${t.unit} from ${t.startsAt}.`,
    citation: t.citation,
  };
}
