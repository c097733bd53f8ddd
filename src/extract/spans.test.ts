// Provenance: every extracted item on the bundled sample digests slices back to its own text.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { readInputs } from '../read/index.js';
import { extractAll } from './index.js';

describe('spans on the bundled sample digests', async () => {
  const { articles } = await readInputs([join(repoRoot, 'sample')]);
  const { extractions } = extractAll(articles);
  const texts = new Map(articles.map((a) => [a.id, a.text]));

  it('reads the sample and finds items of every kind', () => {
    expect(articles.length).toBeGreaterThanOrEqual(20);
    for (const kind of ['mentions', 'quotes', 'figures', 'dates'] as const) {
      expect(extractions.reduce((n, e) => n + e[kind].length, 0)).toBeGreaterThan(10);
    }
  });

  it('gives every mention, quote, figure and date a span that slices to its text', () => {
    let checked = 0;
    for (const extraction of extractions) {
      const text = texts.get(extraction.article)!;
      for (const item of [
        ...extraction.mentions,
        ...extraction.quotes,
        ...extraction.figures,
        ...extraction.dates,
      ]) {
        expect(text.slice(item.start, item.end)).toBe(item.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
