// Calendar days as the CLI and the HTTP API take them: "2023-10-04".

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether `value` is a day of the calendar written YYYY-MM-DD: "2023-02-29" and "2023-13-45" have
 * the shape but name no day, and a filter on them would quietly select nothing.
 */
export function isIsoDay(value: string): boolean {
  const match = ISO_DAY.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
