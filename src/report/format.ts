// Number and date formatting shared by the Markdown and HTML renderers.

export function formatNumber(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "more than 100,000", "100,625", "50–1,000" */
export function formatReported(point: {
  value: number;
  qualifier: string | null;
  low?: number | null;
  high?: number | null;
}): string {
  if (point.low != null && point.high != null)
    return `${formatNumber(point.low)}–${formatNumber(point.high)}`;
  return point.qualifier ? `${point.qualifier} ${formatNumber(point.value)}` : formatNumber(point.value);
}

/** The period a report covers, as one phrase. */
export function formatPeriod(since: string | null, until: string | null): string {
  if (since && until) return since === until ? since : `${since} to ${until}`;
  if (since) return `since ${since}`;
  if (until) return `until ${until}`;
  return 'all dates';
}
