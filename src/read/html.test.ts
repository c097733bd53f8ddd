import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { readHtmlFile } from './html.js';

interface ExpectedArticle {
  title?: string;
  outlet?: string;
  published?: string;
  time?: string;
  byline?: string[];
  url?: string;
  kind?: string;
  dateline?: string;
  paragraphs?: number;
  textStartsWith?: string;
  textEndsWith?: string;
  textContains?: string;
}

interface Expected {
  articles: ExpectedArticle[];
  droppedReasons: string[];
  warnings: string[];
}

const dir = join(repoRoot, 'fixtures', 'html');
const cases = readdirSync(dir).sort();

describe('readHtmlFile on fixtures/html', () => {
  it.each(cases)('%s', (name) => {
    const bytes = new Uint8Array(readFileSync(join(dir, name, 'input.html')));
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
    const result = readHtmlFile(`${name}/input.html`, bytes);
    expect(result.articles).toHaveLength(expected.articles.length);
    expected.articles.forEach((want, i) => {
      const got = result.articles[i]!;
      const { paragraphs, textStartsWith, textEndsWith, textContains, ...fields } = want;
      expect(got).toMatchObject(fields);
      expect(got.id).toMatch(/^a_[0-9a-f]{12}$/);
      if (paragraphs !== undefined) expect(got.text.split('\n\n')).toHaveLength(paragraphs);
      if (textStartsWith) expect(got.text.startsWith(textStartsWith)).toBe(true);
      if (textEndsWith) expect(got.text.endsWith(textEndsWith)).toBe(true);
      if (textContains) expect(got.text).toContain(textContains);
      // Page chrome never reaches the text.
      expect(got.text).not.toMatch(/newsletter|All rights reserved|Share this/);
    });
    expect(result.dropped.map((d) => d.reason)).toEqual(expect.arrayContaining(expected.droppedReasons));
    for (const message of expected.warnings) {
      expect(result.warnings.some((w) => w.message.includes(message))).toBe(true);
    }
    if (expected.warnings.length === 0) expect(result.warnings).toEqual([]);
  });
});

describe('readHtmlFile robustness', () => {
  it('reads plain text as a one-paragraph page without throwing', () => {
    const result = readHtmlFile('x.html', new TextEncoder().encode('just some words'));
    expect(result.articles[0]?.text).toBe('just some words');
  });

  it('reports an empty file as having no article', () => {
    const result = readHtmlFile('x.html', new Uint8Array());
    expect(result.articles).toEqual([]);
    expect(result.warnings[0]?.message).toContain('no article');
  });
});
