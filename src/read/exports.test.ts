import { describe, expect, it } from 'vitest';
import { readDigest } from './digest.js';
import { exportDate, readExport } from './exports.js';

describe('database exports', () => {
  it('reads Factiva codes written before their values on one line', () => {
    const text = [
      'HD Ferry service to the islands resumes',
      'BY Jane Moyo',
      'WC 80 words',
      'PD 2 March 2024',
      'ET 10:20',
      'SN Island Courier',
      'LA English',
      'LP The first ferry since Tuesday left the mainland port on Saturday morning.',
      'IN 2019 a storm kept the ferry in port for two weeks.',
      'TD\tIt carried 300 passengers and a load of medicine.',
      'NS gtrans : Transport',
      'AN Document ISLCOU0020240302ek3200001',
    ].join('\n');
    const { articles } = readDigest(text, 'factiva.txt');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: 'Ferry service to the islands resumes',
      outlet: 'Island Courier',
      published: '2024-03-02',
      time: '10:20',
      byline: ['Jane Moyo'],
    });
    expect(articles[0]!.text).toContain('It carried 300 passengers');
    expect(articles[0]!.text).toContain('IN 2019 a storm');
    expect(articles[0]!.text).not.toContain('Document');
    expect(articles[0]!.text).not.toContain('Transport');
  });

  it('reads codes that stand a few spaces in', () => {
    const text = [
      '  HD',
      '  Ferry resumes',
      '  PD',
      '  2 March 2024',
      '  SN',
      '  Island Courier',
      '  TD',
      '  The ferry left.',
    ];
    const { articles } = readDigest(text.join('\n'), 'factiva.txt');
    expect(articles.map((a) => [a.title, a.outlet, a.published, a.text])).toEqual([
      ['Ferry resumes', 'Island Courier', '2024-03-02', 'The ferry left.'],
    ]);
  });

  it('leaves out a search summary under the last document', () => {
    const text = [
      'HD',
      'Ferry service to the islands resumes',
      'PD',
      '2 March 2024',
      'SN',
      'Island Courier',
      'TD',
      'The first ferry since Tuesday left the mainland port on Saturday morning.',
      '',
      'Search Summary',
      'Text\tferry AND islands',
    ].join('\n');
    const { articles, dropped } = readDigest(text, 'factiva.txt');
    expect(articles[0]!.text).toBe(
      'The first ferry since Tuesday left the mainland port on Saturday morning.',
    );
    expect(dropped.map((d) => d.reason)).toEqual(['footer', 'footer']);
  });

  it('leaves a digest alone whose lines only look like codes', () => {
    // "HD" and "PD" alone on lines, without a lead or text code after them, make no export.
    const lines = ['Ferry resumes', 'Island Courier', '2 March 2024', '', 'HD', 'PD', 'The ferry left.'];
    expect(readExport(lines, 'digest.txt', [])).toBeNull();
  });

  it('needs a word count field before reading "N of M DOCUMENTS" as a LexisNexis export', () => {
    const text = [
      '1 of 2 DOCUMENTS',
      '',
      'Ferry resumes',
      'Island Courier',
      '2 March 2024',
      '',
      'The ferry left.',
    ].join('\n');
    const { articles } = readDigest(text, 'digest.txt');
    expect(articles.map((a) => a.title)).toContain('Ferry resumes');
  });

  it('reads export date lines with their weekday, edition and time', () => {
    expect(exportDate('April 3, 2024 Wednesday')).toBe('2024-04-03');
    expect(exportDate('Wednesday 3 April 2024 10:15 AM GMT')).toBe('2024-04-03 10:15');
    expect(exportDate('3 April 2024 08:15')).toBe('2024-04-03 08:15');
    expect(exportDate('Date and Time: April 3, 2024')).toBeNull();
  });
});
