/**
 * Practitioners and case reviews write dates loosely: `2017`, `2017-05`, `2017-04/05`, `2014/2015`,
 * `2021-2022`, `2021-05/2022-11`, `2020-early`, `2010 (about May)`. Rules compare such dates as
 * intervals of possible days, and say in their evidence when a date is approximate.
 */

export interface DateInterval {
  /** First possible day, YYYY-MM-DD. */
  earliest: string;
  /** Last possible day, YYYY-MM-DD. */
  latest: string;
  /** True when the text named a single day. */
  exact: boolean;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Days in a month (1-12) of a year, Gregorian. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const seasons: Readonly<Record<string, [number, number]>> = {
  early: [1, 4],
  spring: [3, 5],
  summer: [6, 8],
  mid: [5, 8],
  autumn: [9, 11],
  late: [9, 12],
  winter: [1, 2],
};

interface Point {
  year: number;
  month: number | null;
  day: number | null;
}

function startOf(p: Point): string {
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

function endOf(p: Point): string {
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

function validPoint(p: Point): boolean {
  if (p.year < 1900 || p.year > 2200) return false;
  if (p.month !== null && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== null && (p.month === null || p.day < 1 || p.day > daysInMonth(p.year, p.month))) return false;
  return true;
}

/**
 * Reads a loose date as the interval of days it could mean, or null when it names no date.
 *
 * @example parseLooseDate('2017-04/05') // { earliest: '2017-04-01', latest: '2017-05-31', exact: false }
 */
export function parseLooseDate(text: string | null | undefined): DateInterval | null {
  if (!text) return null;
  const points: Point[] = [];
  const token = /(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|\/(\d{2})(?!\d)/g;
  for (const m of text.matchAll(token)) {
    if (m[1]) {
      points.push({ year: Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null });
    } else if (m[4]) {
      const prev = points.at(-1);
      if (prev && prev.month !== null) points.push({ year: prev.year, month: Number(m[4]), day: null });
    }
  }
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || !points.every(validPoint)) return null;
  let earliest = startOf(first);
  let latest = endOf(last);
  if (points.length === 1 && first.month === null) {
    const season = Object.entries(seasons).find(([word]) => text.toLowerCase().includes(word));
    if (season) {
      const [from, to] = season[1];
      earliest = `${first.year}-${pad(from)}-01`;
      latest = `${first.year}-${pad(to)}-${pad(daysInMonth(first.year, to))}`;
    }
  }
  if (earliest > latest) [earliest, latest] = [latest, earliest];
  return { earliest, latest, exact: points.length === 1 && first.day !== null };
}

/** Whole months from `from` to `to` (both YYYY-MM-DD), counting a month only once its day is reached. */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  let months = (ty - fy) * 12 + (tm - fm);
  if (td < fd) months -= 1;
  return months;
}

/** Days from `from` to `to` (both YYYY-MM-DD); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Adds calendar months to a YYYY-MM-DD date, clamping to the end of a shorter month. */
export function addCalendarMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${pad(month)}-${pad(Math.min(d, daysInMonth(year, month)))}`;
}

/** A readable form of a loose date for evidence text ("2017-04/05" stays as written). */
export function describeDate(text: string | null | undefined): string {
  return text && text.trim().length > 0 ? text.trim() : 'date not recorded';
}
