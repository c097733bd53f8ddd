import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFixtureArticles } from './fixture.js';
import { findDuplicates } from './index.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'dedup');
const cases = readdirSync(root);

describe('dedup fixtures', () => {
  it.each(cases)('%s', (name) => {
    const articles = parseFixtureArticles(readFileSync(join(root, name, 'input.txt'), 'utf8'), name);
    const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8'));
    const found = findDuplicates(articles).map(({ a, b, relation }) => ({ a, b, relation }));
    expect(found).toEqual(expected);
  });
});
