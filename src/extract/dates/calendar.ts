// Small calendar helpers on UTC dates, so that no result depends on the machine's time zone.

export function parseIsoDay(iso: string | null): Date | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const date = new Date(`${iso.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function isoMonth(d: Date): string {
  return d.toISOString().slice(0, 7);
}

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** The Monday that starts the week holding `d` (ISO weeks start on Monday). */
export function mondayOf(d: Date): Date {
  return addDays(d, -((d.getUTCDay() + 6) % 7));
}

/** The given weekday (0 = Sunday) on or before `ref`, or on or after it when `future`. */
export function nearestWeekday(ref: Date, weekday: number, future: boolean): Date {
  const diff = weekday - ref.getUTCDay();
  if (future) return addDays(ref, (diff + 7) % 7);
  return addDays(ref, -((7 - diff) % 7));
}
