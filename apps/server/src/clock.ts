/** Dates as the service sees them: the decision date is the day in England, whatever the server's zone. */
const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Europe/London for an instant. */
export function dateInEngland(instant: Date): string {
  return londonDate.format(instant);
}

/** YYYY-MM-DD (UTC) of a stored timestamp, for history dates. */
export function isoDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}
