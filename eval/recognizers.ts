// Scores the number, figure and date readers on Microsoft Recognizers-Text's English specs (data
// only, in ../shared/benchmarks/recognizers-text). A case passes when our results match its results
// exactly: the same spans (End is inclusive in the specs) and the same normalised values. Rates are
// printed on the cases the JavaScript port supports and on all cases, per model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate } from '../src/extract/annotate.js';
import { extractDates } from '../src/extract/dates.js';
import { currencyNames } from '../src/extract/figures/currencies.js';
import { isMeasure, measureName } from '../src/extract/figures/measures.js';
import { QUALIFIER_AT_START } from '../src/extract/figures/qualifiers.js';
import { extractFigures } from '../src/extract/figures.js';
import { findNumbers } from '../src/extract/numbers.js';
import type { Article } from '../src/types.js';
import { sharedPath } from './shared.js';

interface SpecResult {
  Text: string;
  Start: number;
  End: number;
  TypeName: string;
  Resolution?: Record<string, unknown> & { values?: Record<string, string>[] };
}
interface SpecCase {
  Input: string;
  Context?: { ReferenceDateTime?: string };
  NotSupported?: string;
  Results: SpecResult[];
}
/** One result as compared: a span, a normalised value and (for units) our unit code. */
type Found = { start: number; end: number; value: string; unit?: string };

interface Model {
  name: string;
  file: string;
  run: (input: string, reference: string | null) => Found[];
  expected: (r: SpecResult, reference: string | null) => string;
  /** True when our unit code says the same as the spec's unit name ("USD" for "Dollar"). */
  sameUnit?: (ours: string, spec: SpecResult) => boolean;
}

const CURRENCY = /^(?:[A-Z]{3}|cents|pence)$/;

const MODELS: Model[] = [
  {
    name: 'NumberModel',
    file: 'Number/English/NumberModel.json',
    run: (input) => findNumbers(input).map((n) => ({ start: n.start, end: n.end, value: num(n.value) })),
    expected: (r) => num(Number(r.Resolution?.value)),
  },
  {
    name: 'PercentModel',
    file: 'Number/English/PercentModel.json',
    run: (input) => figures(input, (unit) => unit === 'percent'),
    expected: (r) => num(Number(String(r.Resolution?.value).replace('%', ''))),
  },
  {
    name: 'CurrencyModel',
    file: 'NumberWithUnit/English/CurrencyModel.json',
    run: (input) => figures(input, (unit) => CURRENCY.test(unit)),
    expected: (r) => num(Number(r.Resolution?.value)),
    sameUnit: sameCurrency,
  },
  {
    name: 'DimensionModel',
    file: 'NumberWithUnit/English/DimensionModel.json',
    run: (input) => figures(input, isMeasure),
    expected: (r) => num(Number(r.Resolution?.value)),
    sameUnit: (ours, spec) => measureName(ours) === String(spec.Resolution?.unit ?? '').toLowerCase(),
  },
  {
    name: 'DateTimeModel',
    file: 'DateTime/English/DateTimeModel.json',
    run: (input, reference) => dates(input, reference),
    expected: (r, reference) => expectedDate(r, reference),
  },
];

export async function evaluate(): Promise<Record<string, number | string>> {
  const root = sharedPath('benchmarks', 'recognizers-text');
  if (!root) return { skipped: 'no ../shared' };
  const scores: Record<string, number> = {};
  process.stdout.write(
    `  ${'model'.padEnd(16)} ${'JS-supported'.padStart(18)} ${'all cases'.padStart(18)}\n`,
  );
  for (const model of MODELS) {
    const cases = JSON.parse(
      readFileSync(join(root, model.file), 'utf8').replace(/^\uFEFF/, ''),
    ) as SpecCase[];
    let passed = 0;
    let supported = 0;
    let supportedPassed = 0;
    for (const c of cases) {
      const ok = passes(model, c);
      const js = !/javascript/i.test(c.NotSupported ?? '');
      passed += ok ? 1 : 0;
      supported += js ? 1 : 0;
      supportedPassed += ok && js ? 1 : 0;
    }
    if (model.name === 'DateTimeModel') {
      // Dates, not times of day: the cases whose every result is a date or a date range.
      const dateOnly = cases.filter(
        (c) => c.Results.length > 0 && c.Results.every((r) => /\.date(?:range)?$/.test(r.TypeName)),
      );
      const js = dateOnly.filter((c) => !/javascript/i.test(c.NotSupported ?? ''));
      const ok = (list: SpecCase[]) => list.filter((c) => passes(model, c, false)).length;
      const [okJs, okAll] = [ok(js), ok(dateOnly)];
      scores['DateTimeModel.dateOnly.supported'] = round(okJs / Math.max(1, js.length));
      scores['DateTimeModel.dateOnly.all'] = round(okAll / Math.max(1, dateOnly.length));
      process.stdout.write(
        `  ${'  date-only'.padEnd(16)} ${`${round(okJs / Math.max(1, js.length)).toFixed(3)} (${okJs}/${js.length})`.padStart(18)} ${`${round(okAll / Math.max(1, dateOnly.length)).toFixed(3)} (${okAll}/${dateOnly.length})`.padStart(18)}\n`,
      );
    }
    scores[`${model.name}.supported`] = round(supportedPassed / Math.max(1, supported));
    scores[`${model.name}.all`] = round(passed / Math.max(1, cases.length));
    const cell = (p: number, n: number) => `${round(p / Math.max(1, n)).toFixed(3)} (${p}/${n})`.padStart(18);
    process.stdout.write(
      `  ${model.name.padEnd(16)} ${cell(supportedPassed, supported)} ${cell(passed, cases.length)}\n`,
    );
  }
  return scores;
}

// SITREP_EVAL_FAILURES=PercentModel prints that model's failing JS-supported cases (for debugging).
const SHOW_FAILURES = process.env.SITREP_EVAL_FAILURES ?? '';

function passes(model: Model, c: SpecCase, report = true): boolean {
  const reference = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
  let got: Found[];
  try {
    got = model.run(c.Input, reference);
  } catch {
    return false;
  }
  const want = c.Results.map((r) => ({
    start: model.name === 'DateTimeModel' ? afterPreposition(c.Input, r.Start) : r.Start,
    end: r.End + 1,
    value: model.expected(r, reference),
  }));
  // A spec value may list alternatives ("a|b": a weekday's past and future reading); ours must be one.
  const span = (f: Found) => `${f.start}:${f.end}`;
  const left = [...got];
  const ok =
    got.length === want.length &&
    want.every((w, i) => {
      const at = left.findIndex(
        (g) =>
          span(g) === span(w) &&
          w.value.split('|').includes(g.value) &&
          (!model.sameUnit || model.sameUnit(g.unit ?? '', c.Results[i]!)),
      );
      if (at < 0) return false;
      left.splice(at, 1);
      return true;
    });
  if (!ok && report && SHOW_FAILURES === model.name && !/javascript/i.test(c.NotSupported ?? '')) {
    const show = (fs: Found[]) => fs.map((f) => `[${c.Input.slice(f.start, f.end)}]=${f.value}`).join(' ');
    process.stdout.write(
      `    ${JSON.stringify(c.Input)}\n      want ${show(want)}\n      got  ${show(got)}\n`,
    );
  }
  return ok;
}

const article = (text: string, published: string | null) => ({ id: 'a_spec', text, published }) as Article;

/** Figures of the wanted units; the span starts at the amount, as the specs count it (no qualifier). */
function figures(input: string, wanted: (unit: string) => boolean): Found[] {
  return extractFigures(article(input, null), annotate(input))
    .filter((f) => wanted(f.unit))
    .map((f) => {
      const qualifier = QUALIFIER_AT_START.exec(f.text);
      const start = f.start + (qualifier ? qualifier[0].length : 0);
      return { start, end: f.end, value: num(f.value ?? Number.NaN), unit: f.unit };
    });
}

/**
 * Dates compared as day, month, year or week strings. A leading preposition ("on Friday", "in 2020")
 * is in some spans and not others, on both sides, so spans are compared without it.
 */
function dates(input: string, reference: string | null): Found[] {
  return extractDates(article(input, reference), annotate(input)).map((d) => {
    const value = d.precision === 'week' ? isoWeek(d.date) : d.date;
    return { start: afterPreposition(input, d.start), end: d.end, value };
  });
}

const LEADING_PREPOSITION = /(?:on|in|at|by|for)\s+/iy;

function afterPreposition(text: string, start: number): number {
  LEADING_PREPOSITION.lastIndex = start;
  return LEADING_PREPOSITION.exec(text) ? LEADING_PREPOSITION.lastIndex : start;
}

/** "2016-10-31" → "2016-W44": a week as the specs' timex names it (ISO 8601 week). */
function isoWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3 - ((date.getUTCDay() + 6) % 7));
  const yearStart = new Date(Date.UTC(thursday.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((thursday.getTime() - yearStart.getTime()) / 86_400_000 + 1) / 7);
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The spec's value in our terms: a day for dates, a month, year, decade or ISO week for periods, else a timex. */
function expectedDate(r: SpecResult, _reference: string | null): string {
  const values = r.Resolution?.values ?? [];
  const first = values[0];
  if (!first) return '?';
  // A weekday or a day without a year has a past and a future reading: which one news means depends on
  // the verb ("will meet on Friday"), so either counts.
  if (first.type === 'date') return values.map((v) => v.value ?? '?').join('|');
  if (first.type === 'daterange' && first.timex && /^\d{4}-W\d{2}$/.test(first.timex)) return first.timex;
  if (first.type === 'daterange' && first.timex && /^\d{4}(?:-\d{2})?$/.test(first.timex)) return first.timex;
  if (first.type === 'daterange' && first.timex?.includes('P10Y')) return `${first.start?.slice(0, 4)}s`;
  return `${first.type}:${first.timex ?? first.value}`;
}

/**
 * The spec names currencies in words ("Dollar", "Euro", "Pence") and adds an ISO code when the text
 * pins the country. Ours are codes: the same when the codes agree, or when one of the names our code
 * is written with ends in the spec's word ("US dollar" for "Dollar", "pound sterling"… for "Pound").
 */
function sameCurrency(ours: string, spec: SpecResult): boolean {
  const iso = spec.Resolution?.isoCurrency;
  if (typeof iso === 'string') return iso === ours;
  const word = String(spec.Resolution?.unit ?? '').toLowerCase();
  if (!word || word === 'null') return false;
  const names = [ours.toLowerCase(), ...currencyNames(ours)];
  return names.some((name) => name === word || name.endsWith(` ${word}`) || `${name}s` === word);
}

function num(x: number): string {
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : 'NaN';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
