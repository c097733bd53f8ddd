import { describe, expect, it } from 'vitest';
import { readDigest } from './digest.js';

describe('chat export', () => {
  it('reads an Android export ("date, time - Name: …"), the date month first when only that is a date', () => {
    const text = [
      '9/14/24, 7:16 AM - Petra Novak: Czech towns brace as rivers rise after record rain',
      'Reuters',
      '',
      'Rivers in the north-east of the Czech Republic burst their banks on Saturday after two days of rain.',
      '9/14/24, 7:20 AM - Petra Novak: ok',
    ].join('\n');
    const [article, ...rest] = readDigest(text, 'chat.txt').articles;
    expect(rest).toHaveLength(0);
    expect(article).toMatchObject({
      title: 'Czech towns brace as rivers rise after record rain',
      outlet: 'Reuters',
      published: '2024-09-14',
    });
    expect(article!.text).not.toContain('ok');
  });

  it('leaves a digest whose first line only starts with a figure alone', () => {
    const text = [
      '12 killed as floods hit Klodzko',
      'TVN24 | 14 September 2024',
      '',
      'Water poured over the dam.',
    ].join('\n');
    expect(readDigest(text, 'digest.txt').articles[0]!.title).toBe('12 killed as floods hit Klodzko');
  });
});
