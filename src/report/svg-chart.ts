// A tracked figure as an inline SVG chart: one mark per report, placed by its reference date.
// Precise values are dots joined by a thin trend line; qualified values ("more than 100,000") are
// drawn as the interval they allow; reports in conflict get a red ring. No script, no external font:
// the chart must survive printing and e-mail.
import { intervalOf } from '../analyze/intervals.js';
import { escapeHtml } from './escape.js';
import { formatNumber, formatReported } from './format.js';
import type { ReportPoint, ReportSeries } from './model.js';

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 24, bottom: 40, left: 92 };
/** Large enough to stay legible when a phone shrinks the chart to 60% of its size. */
const FONT = 16;
/** Reports of the same date are spread this far apart so that none hides another. */
const SPREAD = 14;
const PLOT_W = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;

/** Colour-blind-safe palettes (Okabe–Ito, then Paul Tol's), cycled when there are more outlets. */
const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#999999',
  '#882255',
  '#117733',
  '#DDCC77',
  '#332288',
];

export function outletColors(points: { outlet: string | null }[]): Map<string, string> {
  const outlets = [...new Set(points.map((p) => p.outlet ?? 'unknown outlet'))].sort();
  return new Map(outlets.map((o, i) => [o, PALETTE[i % PALETTE.length]!]));
}

interface Plotted {
  point: ReportPoint;
  x: number;
  low: number;
  high: number;
  value: number;
}

export function renderChart(series: ReportSeries): string {
  const dated = series.points.filter((p) => !Number.isNaN(dayNumber(p.asOf)));
  if (dated.length === 0) return '';
  const days = dated.map((p) => dayNumber(p.asOf));
  const [firstDay, lastDay] = [Math.min(...days), Math.max(...days)];
  const spread = spreadSameDate(dated);
  // Inset the dates so that a fanned-out group at either end stays inside the plot.
  const inset = Math.min(PLOT_W / 4, Math.max(0, ...spread.map((p) => Math.abs(p.offset))) + 8);
  const span = PLOT_W - 2 * inset;
  const x = (day: number) =>
    MARGIN.left +
    inset +
    (lastDay === firstDay ? span / 2 : ((day - firstDay) / (lastDay - firstDay)) * span);
  const plotted = spread.map(({ point, offset }) => plot(point, x(dayNumber(point.asOf)) + offset));
  const step = niceStep(Math.max(...plotted.map((p) => Math.max(p.high, p.value))) / 4);
  const top =
    step * Math.max(1, Math.ceil(Math.max(...plotted.map((p) => Math.max(p.high, p.value))) / step));
  const y = (value: number) => MARGIN.top + PLOT_H - (Math.min(value, top) / top) * PLOT_H;
  const colors = outletColors(series.points);
  const title = `${series.label}: ${dated.length} reports from ${days.length > 0 ? dated[0]!.asOf : ''} to ${dated[dated.length - 1]!.asOf}`;
  return [
    `<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(title)}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(title)}</title>`,
    yAxis(top, step, y),
    xAxis(dated, x, firstDay, lastDay),
    trendLine(plotted, y),
    ...plotted.map((p) => mark(p, y, colors.get(p.point.outlet ?? 'unknown outlet') ?? '#000')),
    '</svg>',
  ].join('\n');
}

/** An exact figure: no qualifier, no range, not "tens of thousands". */
function isExact(point: ReportPoint): boolean {
  return !point.qualifier && point.low == null && !point.approximate;
}

function plot(point: ReportPoint, x: number): Plotted {
  const interval = intervalOf(point);
  const exact = isExact(point);
  return {
    point,
    x,
    value: point.value,
    low: exact || !interval ? point.value : interval.low,
    high: exact || !interval ? point.value : interval.high,
  };
}

function mark(p: Plotted, y: (v: number) => number, color: string): string {
  const label = escapeHtml(
    `${p.point.asOf} · ${p.point.outlet ?? 'unknown outlet'} · ${formatReported(p.point)}`,
  );
  const parts: string[] = [];
  if (p.high > p.low) {
    parts.push(
      `<line x1="${r(p.x)}" y1="${r(y(p.low))}" x2="${r(p.x)}" y2="${r(y(p.high))}" stroke="${color}" stroke-width="3" stroke-linecap="round" opacity="0.55"/>`,
    );
  }
  const filled = isExact(p.point);
  parts.push(
    `<circle cx="${r(p.x)}" cy="${r(y(p.value))}" r="5" fill="${filled ? color : '#fff'}" stroke="${color}" stroke-width="2"><title>${label}</title></circle>`,
  );
  if (p.point.conflicting) {
    parts.push(
      `<circle cx="${r(p.x)}" cy="${r(y(p.value))}" r="9" fill="none" stroke="#c62828" stroke-width="2"/>`,
    );
  }
  return parts.join('');
}

/** A thin line through the precise reports, in date order: the trend the reader looks for first. */
function trendLine(plotted: Plotted[], y: (v: number) => number): string {
  const precise = plotted.filter((p) => isExact(p.point)).sort((a, b) => a.x - b.x);
  if (precise.length < 2) return '';
  const path = precise.map((p, i) => `${i === 0 ? 'M' : 'L'}${r(p.x)},${r(y(p.value))}`).join(' ');
  return `<path d="${path}" fill="none" stroke="#8a8a8a" stroke-width="1.5"/>`;
}

/** Points sharing a date, fanned out around it; the x position stays the date's. */
function spreadSameDate(points: ReportPoint[]): { point: ReportPoint; offset: number }[] {
  const byDate = new Map<string, ReportPoint[]>();
  for (const p of points) byDate.set(p.asOf, [...(byDate.get(p.asOf) ?? []), p]);
  return points.map((point) => {
    const group = byDate.get(point.asOf)!;
    const index = group.indexOf(point);
    return { point, offset: (index - (group.length - 1) / 2) * SPREAD };
  });
}

function yAxis(top: number, step: number, y: (v: number) => number): string {
  const ticks: number[] = [];
  for (let t = 0; t <= top + step / 2; t += step) ticks.push(t);
  const lines = ticks.map(
    (t) =>
      `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${r(y(t))}" y2="${r(y(t))}" stroke="#e3e3e3"/>` +
      `<text x="${MARGIN.left - 8}" y="${r(y(t) + 5)}" text-anchor="end" font-size="${FONT}" fill="#444">${formatNumber(t)}</text>`,
  );
  return lines.join('\n');
}

function xAxis(points: ReportPoint[], x: (d: number) => number, firstDay: number, lastDay: number): string {
  const dates = [...new Set(points.map((p) => p.asOf))].sort();
  const shown = dates.length <= 6 ? dates : evenly(dates, 5);
  const baseline = MARGIN.top + PLOT_H;
  const labels = shown.map((d) => {
    const anchor =
      lastDay === firstDay
        ? 'middle'
        : dayNumber(d) === firstDay
          ? 'start'
          : dayNumber(d) === lastDay
            ? 'end'
            : 'middle';
    return `<text x="${r(x(dayNumber(d)))}" y="${baseline + 26}" text-anchor="${anchor}" font-size="${FONT}" fill="#444">${escapeHtml(shortDate(d))}</text>`;
  });
  return [
    `<line x1="${MARGIN.left}" x2="${WIDTH - MARGIN.right}" y1="${baseline}" y2="${baseline}" stroke="#888"/>`,
    ...labels,
  ].join('\n');
}

function evenly<T>(items: T[], count: number): T[] {
  const out: T[] = [];
  for (let i = 0; i < count; i++) out.push(items[Math.round((i * (items.length - 1)) / (count - 1))]!);
  return [...new Set(out)];
}

/** Days since the epoch for an ISO date (a month or year counts from its first day). */
function dayNumber(date: string): number {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!match) return Number.NaN;
  return Date.UTC(Number(match[1]), Number(match[2] ?? 1) - 1, Number(match[3] ?? 1)) / 86_400_000;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function shortDate(date: string): string {
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!name) return date;
  return day ? `${name} ${Number(day)}` : `${name} ${year}`;
}

/** A tick step of 1, 2, 2.5 or 5 times a power of ten, at or above `rough`. */
function niceStep(rough: number): number {
  if (rough <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= rough) return step * power;
  return 10 * power;
}

function r(n: number): string {
  return n.toFixed(1);
}
