// Number and date formatting shared by the Markdown and HTML renderers.

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return NUMBER.format(value);
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

/** "100,625 vs 120,000"; long lists keep the extremes and say how many lie between. */
export function conflictValues(values: number[], max = 6): string {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length <= max) return sorted.map(formatNumber).join(' vs ');
  const low = formatNumber(sorted[0]!);
  const high = formatNumber(sorted[sorted.length - 1]!);
  return `${sorted.length} different values from ${low} to ${high}`;
}

/** "Reuters, 2023-09-28": who published a cited article and when. */
export function sourceLabel(entry: { outlet: string | null; published: string | null } | undefined): string {
  if (!entry) return 'unknown source';
  return [entry.outlet ?? 'unknown outlet', entry.published].filter(Boolean).join(', ');
}

/**
 * A tracked figure's label with its unit in brackets when the label does not already say it:
 * "tonnes of flour: Armenia (tonnes)" would repeat it, "aid pledged: Japan (EUR)" needs it.
 */
export function seriesHeading(label: string, unit: string): { label: string; unit: string | null } {
  const words = new Set(label.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return { label, unit: words.has(unit.toLowerCase()) ? null : unit };
}
