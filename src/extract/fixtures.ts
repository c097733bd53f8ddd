// Golden fixture folders for the extract stage: fixtures/extract/<extractor>/<case>/{input.txt,expected.json}.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';

// Found from this file, not from eval/, so that the build (rootDir src) stays inside src.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface FixtureCase {
  name: string;
  text: string;
  expected: Record<string, unknown> & { published?: string };
}

export function loadFixtures(extractor: string): FixtureCase[] {
  const dir = join(repoRoot, 'fixtures', 'extract', extractor);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => ({
      name: entry.name,
      // The trailing newline of the file is not part of the article body.
      text: readFileSync(join(dir, entry.name, 'input.txt'), 'utf8').replace(/\n$/, ''),
      expected: JSON.parse(readFileSync(join(dir, entry.name, 'expected.json'), 'utf8')),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** An article around a fixture body. */
export function fixtureArticle(name: string, text: string, published = '2023-10-04'): Article {
  return makeArticle({
    id: `a_${name}`,
    title: name,
    published,
    text,
    source: { file: `${name}/input.txt`, startLine: 1, endLine: 1 },
  });
}
