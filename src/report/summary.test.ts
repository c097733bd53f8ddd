import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import { summarize } from './summary.js';

const article = (title: string, text: string) =>
  makeArticle({ title, outlet: 'Wire', published: '2023-09-14', text, source: { file: 'test.txt', startLine: 1, endLine: 5 } });

describe('summarize', () => {
  it('never picks a wire credit line or a quotation as a summary sentence', () => {
    const text = [
      'Floodwater swept through the coastal city overnight, destroying hundreds of homes near the river.',
      '"We lost everything in one night and nobody came to help us," a resident told reporters.',
      'Reporting by Sara Haddad and Omar Farid; Editing by Lena Brooks and Tom Hale',
    ].join('\n\n');
    const chosen = summarize([article('Flood', text)]).map((s) => s.text);
    expect(chosen).toEqual([
      'Floodwater swept through the coastal city overnight, destroying hundreds of homes near the river.',
    ]);
  });
});
