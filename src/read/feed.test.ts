import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { looksLikeFeed, looksLikeHtml, parseFeed, readFeedFile } from './feed.js';

interface Expected {
  format: string | null;
  items: number;
  articles: {
    title: string;
    url: string | null;
    published?: string;
    time?: string;
    outlet?: string;
    byline?: string[];
    paragraphs: number;
  }[];
  droppedReasons: string[];
  warnings: string[];
  /** A file that is no feed, or yields nothing from broken XML, is an error with this text. */
  error?: string;
}

const dir = join(repoRoot, 'fixtures', 'feeds');
const cases = readdirSync(dir).sort();
const inputOf = (name: string) => readdirSync(join(dir, name)).find((file) => file.startsWith('input.'))!;

describe('readFeedFile on fixtures/feeds', () => {
  it.each(cases)('%s', (name) => {
    const path = join(dir, name, inputOf(name));
    const bytes = new Uint8Array(readFileSync(path));
    const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Expected;
    if (expected.error) {
      expect(() => readFeedFile(path, bytes)).toThrow(expected.error);
      return;
    }
    const result = readFeedFile(path, bytes);
    expect(result.articles).toHaveLength(expected.articles.length);
    expected.articles.forEach((want, i) => {
      const { paragraphs, ...fields } = want;
      const got = result.articles[i]!;
      expect(got).toMatchObject(fields);
      expect(got.text.split('\n\n')).toHaveLength(paragraphs);
      expect(got.source.startLine).toBeGreaterThanOrEqual(1);
    });
    expect(result.dropped.map((d) => d.reason)).toEqual(expected.droppedReasons);
    for (const message of expected.warnings)
      expect(result.warnings.map((w) => w.message).join('\n')).toContain(message);
    if (expected.warnings.length === 0) expect(result.warnings).toEqual([]);
    if (expected.format) {
      const feed = parseFeed(new TextDecoder().decode(bytes));
      expect(feed.format).toBe(expected.format);
      expect(feed.items).toHaveLength(expected.items);
    }
  });
});

describe('sniffers', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it.each([
    ['<?xml version="1.0"?>\n<rss version="2.0">', true],
    ['\ufeff<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', true],
    ['<rdf:RDF xmlns:rdf="x">', true],
    ['{"version": "https://jsonfeed.org/version/1.1", "items": []}', true],
    ['{"articles": []}', false],
    ['<!DOCTYPE html><html><body>rss</body></html>', false],
  ])('looksLikeFeed(%j) is %s', (text, want) => expect(looksLikeFeed(bytes(text))).toBe(want));

  it.each([
    ['<!doctype html><title>x</title>', true],
    ['  <html lang="en">', true],
    ['<?xml version="1.0"?><rss>', false],
    ['Title line\n\nReuters\nOct 4 2023', false],
  ])('looksLikeHtml(%j) is %s', (text, want) => expect(looksLikeHtml(bytes(text))).toBe(want));
});
