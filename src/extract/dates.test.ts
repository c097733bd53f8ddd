import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import type { Article } from '../types.js';
import { annotate } from './annotate.js';
import { extractDates, isReadAgainstTheArticle, resolveDatePhrase } from './dates.js';

const dir = join(repoRoot, 'fixtures', 'extract', 'dates');
const cases = readdirSync(dir).sort();
const article = (text: string, published: string | null) => ({ id: 'a_fixture', text, published }) as Article;

describe('extractDates golden cases', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
    const dates = extractDates(article(text, expected.published ?? null), annotate(text));
    for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(dates.map(({ text, date, precision }) => ({ text, date, precision }))).toEqual(expected.dates);
  });
});

describe('extractDates without a published date', () => {
  it('keeps only dates that state their year', () => {
    const text = 'On Monday the treaty of 3 March 2021 was recalled.';
    const dates = extractDates(article(text, null), annotate(text));
    expect(dates.map((d) => d.date)).toEqual(['2021-03-03']);
  });

  it('gives no night, no "today" and no day counted from a relative day', () => {
    const text =
      'The recorder was found on Saturday, a day after the crash. Shops were robbed overnight. "We ate yesterday. Today we have nothing." Ferries stopped from Monday to Wednesday.';
    expect(extractDates(article(text, null), annotate(text))).toEqual([]);
  });
});

describe('resolveDatePhrase', () => {
  it('resolves a short phrase against the published date', () => {
    expect(resolveDatePhrase('October 1', '2023-10-04')).toEqual({ date: '2023-10-01', precision: 'day' });
  });
});

describe('isReadAgainstTheArticle', () => {
  it('lists phrases read against the article’s date, not those that write their year out', () => {
    for (const text of ['on Tuesday', 'last month', '28 September', 'January last year', 'overnight'])
      expect(isReadAgainstTheArticle({ text })).toBe(true);
    for (const text of [
      'in 2019',
      'the 1980s',
      'on 2 March 2021',
      'April 2015',
      'since 1994',
      '11.11.20',
      '3/9/21',
    ])
      expect(isReadAgainstTheArticle({ text })).toBe(false);
  });
});
