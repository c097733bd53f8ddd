import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';
import { annotate } from './annotate.js';
import { extractFigures } from './figures.js';

const dir = join(repoRoot, 'fixtures', 'extract', 'figures');
const cases = readdirSync(dir).sort();

function article(text: string, published: string | null): Article {
  return makeArticle({
    id: 'a_fixture',
    title: '',
    published,
    text,
    source: { file: 'fixture', startLine: 1, endLine: 1 },
  });
}

describe('extractFigures golden cases', () => {
  it('has at least 40 cases', () => expect(cases.length).toBeGreaterThanOrEqual(40));

  it.each(cases)('%s', (name) => {
    const text = readFileSync(join(dir, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8'));
    const figures = extractFigures(article(text, expected.published ?? null), annotate(text));
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    const got = figures.map(({ text, value, low, high, qualifier, unit, approximate, asOf }) => ({
      text,
      value,
      low,
      high,
      qualifier,
      unit,
      ...(approximate ? { approximate } : {}),
      ...(asOf ? { asOf } : {}),
    }));
    expect(got).toEqual(expected.figures);
    for (const f of figures) expect(f.subject.length).toBeGreaterThan(0);
  });
});
