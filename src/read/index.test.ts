import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isReadableName, parseBytes, readInputs } from './index.js';

describe('isReadableName', () => {
  it('takes digests, pages and feeds', () => {
    for (const name of [
      'digest-2024-05-01.txt',
      'notes.md',
      'feed.xml',
      'Report-Week-3.html',
      'TASS.txt',
      'Kyiv-Notes.md',
    ])
      expect(isReadableName(name), name).toBe(true);
  });

  it("leaves out hidden files, other extensions and a folder's documentation", () => {
    for (const name of [
      '.draft.txt',
      'truth.json',
      'README.md',
      'LICENSE.txt',
      'CHANGELOG.md',
      'Readme.txt',
      'FIRST-SIGHT.md',
      'TODO.md',
    ])
      expect(isReadableName(name), name).toBe(false);
  });
});

describe('readInputs', () => {
  it('reads a file of 200,000 articles without overflowing the stack', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sitrep-read-')), 'digest-2023-10-04.txt');
    const lines: string[] = [];
    for (let i = 0; i < 200_000; i++)
      lines.push(`Item ${i} about floods`, 'Reuters | 4 October 2023', '', `Text ${i}.`, '');
    writeFileSync(file, lines.join('\n'));
    const result = await readInputs([file]);
    expect(result.errors).toEqual([]);
    expect(result.articles).toHaveLength(200_000);
  }, 60_000);

  it('dates a file without any article layout by the day its name gives', () => {
    const text =
      'Notes from the field\n\nWater is back in two of the five camps, the district office said.\n';
    const parsed = parseBytes(Buffer.from(text), 'notes/digest-2024-03-02.txt');
    expect(parsed.articles.map((a) => [a.title, a.published])).toEqual([
      ['Notes from the field', '2024-03-02'],
    ]);
    expect(parsed.warnings).toHaveLength(1);
    expect(parseBytes(Buffer.from(text), 'notes/field.txt').articles[0]!.published).toBeNull();
  });
});

describe('a time line relative to the digest', () => {
  // A page copied the day it was published shows "Today, 2:15 pm": the day is the digest's own.
  const digest = [
    'Ferry service resumes across the bay after storm AP News',
    '',
    'Associated Press',
    'Mar 5 2025',
    '',
    'PORT ELLIS (AP) — Ferries crossed the bay again on Wednesday after two days tied up in port.',
    '',
    'Rail line reopens to the coast',
    '',
    'Valley Courier',
    'By Nora Quint',
    'Today, 2:15 pm',
    '',
    'Trains ran to the coast again on Wednesday after crews cleared a landslide from the track.',
    '',
    'Harbour wall repairs to take months',
    '',
    'Valley Courier',
    'Yesterday at 18:40',
    '',
    'Engineers said the damaged harbour wall would need months of work before it can take cargo ships.',
  ].join('\n');

  it('dates "Today" by the file name, "Yesterday" a day before, and keeps their times', () => {
    const { articles } = parseBytes(Buffer.from(digest), 'digest-2025-03-05.txt');
    expect(articles.map((a) => [a.title, a.published, a.time, a.byline])).toEqual([
      ['Ferry service resumes across the bay after storm', '2025-03-05', null, []],
      ['Rail line reopens to the coast', '2025-03-05', '14:15', ['Nora Quint']],
      ['Harbour wall repairs to take months', '2025-03-04', '18:40', []],
    ]);
  });
});

describe('a numeric date written month first', () => {
  it('is read month first when day first lies weeks from the digest and month first on its day', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-mdy-'));
    const file = join(dir, 'digest-2025-03-08.txt');
    const item = (title: string, date: string) => [
      title,
      '',
      'Wire Service',
      date,
      '',
      'Ministers met on Saturday to discuss the crisis on the coast.',
      '',
    ];
    writeFileSync(
      file,
      [
        ...item('Ministers meet over the coast', '03/08/2025'),
        ...item('Talks continue for a second day', '08/03/2025'),
        ...item('A report from the summer', '05/09/2025'),
      ].join('\n'),
    );
    const { articles } = await readInputs([file]);
    expect(articles.map((a) => a.published)).toEqual(['2025-03-08', '2025-03-08', '2025-09-05']);
  });
});
