import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportTable, formatTable, toCsv } from './export.js';
import { openStore } from './sqlite.js';
import type { Store } from './store.js';
import { emptyExtraction, makeArticle, makeBatch, outletStoriesStep } from './testing.js';

describe('toCsv', () => {
  it('follows RFC 4180: CRLF, quoted fields with commas, quotes and line breaks', () => {
    const csv = toCsv({
      columns: ['id', 'text', 'list'],
      rows: [
        { id: 'a_1', text: 'He said "no", then left.\nLater more.', list: ['x', 'y'] },
        { id: 'a_2', text: null, list: [] },
      ],
    });
    expect(csv).toBe('id,text,list\r\na_1,"He said ""no"", then left.\nLater more.",x; y\r\na_2,,\r\n');
  });
});

describe('exportTable', () => {
  let dir: string;
  let store: Store;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
    store = openStore(join(dir, 'sitrep.db'));
    const one = makeArticle('a_1', {
      outlet: 'Wire One',
      published: '2023-10-01',
      url: 'https://example.org/1',
    });
    const two = makeArticle('a_2', { outlet: 'Paper Two', published: '2023-10-02' });
    const figure = {
      article: 'a_1',
      text: '300 trucks',
      value: 300,
      low: null,
      high: null,
      qualifier: null,
      unit: 'trucks',
      subject: 'aid',
      start: 0,
      end: 10,
    };
    await store.ingestFile(
      makeBatch(
        'd1.txt',
        [one, two],
        [{ ...emptyExtraction('a_1'), figures: [figure] }, emptyExtraction('a_2')],
      ),
      outletStoriesStep,
    );
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports exactly the filtered articles with their provenance', async () => {
    const table = await exportTable(store, 'articles', { since: '2023-10-02' });
    expect(table.rows.map((row) => row.id)).toEqual(['a_2']);
    const lines = formatTable(table, 'jsonl').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '{}').provenance[0]).toMatchObject({
      file: 'd1.txt',
      startLine: 1,
      endLine: 5,
    });
  });

  it('exports figures with the source article and provenance in CSV', async () => {
    const csv = formatTable(await exportTable(store, 'figures', { outlet: 'wire one' }), 'csv');
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'article,text,value,low,high,qualifier,unit,subject,asOf,start,end,title,outlet,published,url,provenance',
    );
    expect(row).toBe(
      'a_1,300 trucks,300,,,,trucks,aid,,0,10,Title of a_1,Wire One,2023-10-01,https://example.org/1,d1.txt:1-5@2023-10-05T08:00:00Z',
    );
    expect(await exportTable(store, 'figures', { outlet: 'Paper Two' })).toMatchObject({ rows: [] });
  });

  it('exports the stories touching the filtered articles', async () => {
    const table = await exportTable(store, 'stories', { until: '2023-10-01' });
    expect(table.rows.map((row) => row.id)).toEqual(['s_wireone']);
  });
});
