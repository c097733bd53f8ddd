// `sitrep parse` end to end: good input, bad input in the same call, exit codes, no stack traces.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasStackTrace, runCli } from './cli.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-parse-'));
const good = join(dir, 'digest-2023-10-05.txt');
writeFileSync(
  good,
  [
    'Armenia opens a second registration centre in Goris',
    '',
    'Reuters',
    'Oct 5 2023',
    '',
    'GORIS, Armenia, Oct 5 (Reuters) – Armenian officials opened a second registration centre on Thursday.',
    '',
    'More than 2,000 people were registered there on the first day, a spokeswoman said.',
    '',
    'Georgia sends 50 tons of flour to Armenia',
    '',
    'OC Media',
    'Oct 5 2023',
    '',
    'Georgia sent a convoy carrying 50 tons of flour to Armenia on Thursday, its government said.',
    '',
  ].join('\n'),
);
const empty = join(dir, 'empty.txt');
writeFileSync(empty, '');
const binary = join(dir, 'binary.txt');
writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]));
const utf32 = join(dir, 'utf32.txt');
writeFileSync(utf32, Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]));
const brokenFeed = join(dir, 'broken.xml');
writeFileSync(brokenFeed, '<?xml version="1.0"?><rss><channel><item><title>Cut off');
const jsonRecords = join(dir, 'records.json');
writeFileSync(jsonRecords, '{"records": [{"id": 1}, {"id": 2}]}');
const noDigests = join(dir, 'images');
mkdirSync(noDigests);
// A folder of Markdown digests beside its truth file, as eval/digests holds them.
const markdownDir = mkdtempSync(join(tmpdir(), 'sitrep-parse-md-'));
writeFileSync(
  join(markdownDir, 'briefing-2024-03-02.md'),
  [
    '# Morning briefing',
    '',
    '### Ferry service to the islands resumes after the storm',
    '*Island Courier — March 2, 2024*',
    '',
    'The first ferry since Tuesday left the mainland port on Saturday morning with 300 passengers.',
    '',
  ].join('\n'),
);
writeFileSync(join(markdownDir, 'truth.json'), '{"files": {}}');

// A monitoring report numbers its items on the outlet and date line, above each title.
const reportDir = mkdtempSync(join(tmpdir(), 'sitrep-parse-report-'));
const report = join(reportDir, 'monitoring.txt');
writeFileSync(
  report,
  [
    'MEDIA MONITORING: HEATWAVE',
    'Prepared for the regional health office',
    '',
    '[1] Valley Courier | Monday, July 7, 2025',
    'Hospitals open cooling rooms as temperatures pass 44C',
    'By Ines Parra',
    '',
    'Three hospitals opened cooling rooms on Monday, the health office said.',
    '',
    '[2] Coast Radio | July 7, 2025',
    'Water use limited in four towns',
    '',
    'Four towns limited water use to the mornings.',
    '',
  ].join('\n'),
);

describe('sitrep parse', () => {
  it('prints the JSON contract', () => {
    const run = runCli(['parse', good, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['articles', 'dropped', 'warnings']);
    expect(result.articles.map((a: { outlet: string }) => a.outlet)).toEqual(['Reuters', 'OC Media']);
    expect(result.articles[0]).toMatchObject({
      title: 'Armenia opens a second registration centre in Goris',
      published: '2023-10-05',
      dateline: 'GORIS',
      kind: 'news',
      source: { file: good, startLine: 1, endLine: 8 },
    });
    expect(result.articles[0].id).toMatch(/^a_[0-9a-f]{12}$/);
  });

  it('prints a table without --json', () => {
    const run = runCli(['parse', good]);
    expect(run.stdout).toMatch(/title\s+outlet\s+date\s+words/);
    expect(run.stdout).toContain('Georgia sends 50 tons of flour to Armenia');
    expect(run.stdout).toContain('2 articles, 0 noise lines dropped');
  });

  it('counts one article in the singular', () => {
    const one = join(mkdtempSync(join(tmpdir(), 'sitrep-parse-one-')), 'digest-2023-10-06.txt');
    writeFileSync(
      one,
      'Flour convoy reaches Goris\n\nOC Media\nOct 6 2023\n\nThe convoy of flour reached Goris on Friday.\n',
    );
    expect(runCli(['parse', one]).stdout).toContain('\n1 article, 0 noise lines dropped');
  });

  it('reports each bad file in one line and still reads the good one', () => {
    const run = runCli([
      'parse',
      join(dir, 'missing.txt'),
      empty,
      binary,
      utf32,
      brokenFeed,
      jsonRecords,
      noDigests,
      good,
      '--json',
    ]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).articles).toHaveLength(2);
    const lines = run.stderr.trim().split('\n').sort();
    expect(lines).toEqual(
      [
        `sitrep: ${join(dir, 'missing.txt')}: no such file or directory`,
        `sitrep: ${empty}: empty file`,
        `sitrep: ${binary}: binary file, not a text digest`,
        `sitrep: ${utf32}: UTF-32 text is not supported: save the file as UTF-8`,
        `sitrep: ${brokenFeed}: no readable item in a malformed feed (malformed XML (line 1: unclosed <rss>, <channel>, <item>, <title>); read leniently)`,
        `sitrep: ${jsonRecords}: not a feed sitrep can read: JSON without the "items" list of a JSON Feed`,
        `sitrep: ${noDigests}: directory holds no digests, pages or feeds (.txt, .md, .jsonl, .html, .xml)`,
      ].sort(),
    );
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('exits with 2 when nothing could be read', () => {
    const run = runCli(['parse', empty, binary]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it('refuses files over the size limit', () => {
    const run = runCli(['parse', good, '--max-size', '100']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/over the 100 bytes limit/);
  });

  it('reads the Markdown digests of a directory and leaves its .json files alone', () => {
    const run = runCli(['parse', markdownDir, '--json']);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout);
    expect(result.articles.map((a: { title: string; outlet: string }) => [a.title, a.outlet])).toEqual([
      ['Ferry service to the islands resumes after the storm', 'Island Courier'],
    ]);
  });

  it('reads a monitoring report item by item, its heading as the preamble', () => {
    const run = runCli(['parse', report, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.warnings).toEqual([]);
    expect(result.articles).toHaveLength(2);
    expect(result.articles[0]).toMatchObject({
      title: 'Hospitals open cooling rooms as temperatures pass 44C',
      outlet: 'Valley Courier',
      published: '2025-07-07',
      byline: ['Ines Parra'],
      source: { file: report, startLine: 4, endLine: 8 },
    });
    expect(result.articles[1]).toMatchObject({
      title: 'Water use limited in four towns',
      outlet: 'Coast Radio',
    });
    expect(result.dropped.map((d: { reason: string }) => d.reason)).toEqual(['preamble', 'preamble']);
  });

  it('reads every .txt inside a directory', () => {
    const run = runCli(['parse', dir, '--json']);
    expect(JSON.parse(run.stdout).articles).toHaveLength(2);
  });
});

describe('sitrep parse on a database export', () => {
  // A Nexis Uni export as saved on Windows: a BOM and CRLF line endings.
  const exportDir = mkdtempSync(join(tmpdir(), 'sitrep-parse-export-'));
  const file = join(exportDir, 'nexis.txt');
  writeFileSync(
    file,
    `\ufeff${[
      'Ferry service to the islands resumes after the storm',
      'Island Courier',
      'March 2, 2024 Saturday 9:40 AM GMT',
      'Copyright 2024 Island Courier Ltd. All Rights Reserved',
      '',
      'Length: 48 words',
      'Byline: Jane Moyo',
      '',
      'Body',
      '',
      'The first ferry since Tuesday left the mainland port on Saturday morning with 300 passengers.',
      '',
      'Load-Date: March 3, 2024',
      '',
      'End of Document',
      '',
    ].join('\r\n')}`,
  );

  it('reads each document with its fields and leaves the fields out of the text', () => {
    const run = runCli(['parse', file, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.warnings).toEqual([]);
    expect(result.articles).toHaveLength(1);
    expect(result.articles[0]).toMatchObject({
      title: 'Ferry service to the islands resumes after the storm',
      outlet: 'Island Courier',
      published: '2024-03-02',
      time: '09:40',
      byline: ['Jane Moyo'],
      text: 'The first ferry since Tuesday left the mainland port on Saturday morning with 300 passengers.',
      source: { file, startLine: 1, endLine: 15 },
    });
  });
});

describe('sitrep parse on an alert e-mail and a clip board export', () => {
  const alertDir = mkdtempSync(join(tmpdir(), 'sitrep-parse-alert-'));
  // A monitoring service's alert as a mail client saves it: CRLF, no-break spaces around the bars.
  const alert = join(alertDir, 'alert-2024-05-06.txt');
  writeFileSync(
    alert,
    [
      'Subject: Press alert - river floods',
      'From: Clipping Desk <desk@clips.example>',
      '',
      'TOWN CENTRE EVACUATED AS LEVEES GIVE WAY',
      'Valley Courier\u00a0|\u00a0Regional\u00a0|\u00a006.05.2024 09:40 BRT\u00a0|\u00a0Reach: 1.2M',
      'By Ines Parra',
      '',
      'Two levees gave way on Monday morning and the town centre was evacuated, the mayor said.',
      '',
      'Read full article: https://valleycourier.example/levees',
      '',
      'You can manage your alerts in the dashboard. This email was sent automatically.',
      '',
    ].join('\r\n'),
  );
  const clips = join(alertDir, 'clips.txt');
  writeFileSync(
    clips,
    [
      'CLIP EXPORT — river floods',
      'exported 2024-05-06T22:10:05-03:00 · 1 clip',
      '',
      '[1]\t2024-05-06T11:05:00-03:00\tCoast Radio',
      'Boats ferry residents from rooftops',
      'by Tomas Reyes',
      'https://coastradio.example/boats',
      '\tFishermen used their boats to take residents off rooftops through the night',
      '\tFirefighters said more than 300 people had been rescued.',
      '',
    ].join('\n'),
  );
  const notes = join(alertDir, 'notes-2024-05-07.txt');
  writeFileSync(notes, 'Field notes\n\nWater is back in two of the five camps, the district office said.\n');

  it('reads each item with its outlet, date, time, byline and link', () => {
    const run = runCli(['parse', alert, clips, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.warnings).toEqual([]);
    const summary = (a: Record<string, unknown>) => [a.title, a.outlet, a.published, a.time, a.byline, a.url];
    expect(result.articles.map(summary)).toEqual([
      [
        'TOWN CENTRE EVACUATED AS LEVEES GIVE WAY',
        'Valley Courier',
        '2024-05-06',
        '09:40',
        ['Ines Parra'],
        'https://valleycourier.example/levees',
      ],
      [
        'Boats ferry residents from rooftops',
        'Coast Radio',
        '2024-05-06',
        '11:05',
        ['Tomas Reyes'],
        'https://coastradio.example/boats',
      ],
    ]);
    expect(result.articles[1].text.split('\n\n')).toHaveLength(2);
  });

  it('dates a file without any article layout by the day in its name', () => {
    const run = runCli(['parse', notes, '--json']);
    const result = JSON.parse(run.stdout);
    expect(result.articles.map((a: { published: string }) => a.published)).toEqual(['2024-05-07']);
    expect(result.warnings).toHaveLength(1);
  });
});
