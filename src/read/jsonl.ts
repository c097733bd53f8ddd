// JSON Lines exports: one article per line with title, outlet, published, url, text (any may be missing),
// so that other tools and test sets can feed sitrep.
import type { ParseResult } from '../types.js';
import { makeArticle } from './article.js';
import { canonicalOutlet, outletFromUrl } from './outlets.js';

export function readJsonl(text: string, file: string): ParseResult {
  const result: ParseResult = { articles: [], dropped: [], warnings: [] };
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let record: Record<string, unknown>;
    try {
      record = JSON.parse(line) as Record<string, unknown>;
    } catch {
      result.warnings.push({ file, line: index + 1, message: 'not a JSON object: line skipped' });
      return;
    }
    const text = stringField(record, 'text') ?? stringField(record, 'body') ?? '';
    const url = stringField(record, 'url');
    const firstLine =
      text
        .split('\n')
        .find((l) => l.trim())
        ?.trim() ?? '';
    const title = stringField(record, 'title') ?? firstLine.slice(0, 120);
    if (!title && !text) {
      result.warnings.push({ file, line: index + 1, message: 'record has neither title nor text: skipped' });
      return;
    }
    const outlet = stringField(record, 'outlet');
    result.articles.push(
      makeArticle({
        title,
        outlet: outlet ? canonicalOutlet(outlet) : url ? outletFromUrl(url) : null,
        published: isoDay(stringField(record, 'published') ?? stringField(record, 'date')),
        url,
        text: text.replace(/\r\n?/g, '\n').trim(),
        source: { file, startLine: index + 1, endLine: index + 1 },
      }),
    );
  });
  return result;
}

function stringField(record: Record<string, unknown>, key: string): string | null {
  const value = record[key];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function isoDay(value: string | null): string | null {
  const m = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return m ? m[1]! : null;
}
