import { describe, expect, it } from 'vitest';
import { cleanSentence } from './clean-sentence.js';
import { sentenceAround } from './sentences.js';

describe('sentenceAround', () => {
  const text =
    'The U.S. envoy arrived on Monday. Gen. Aliyev spoke later, said officials. "We will return," one woman said.\nA new paragraph starts here.';
  it.each([
    ['envoy', 'The U.S. envoy arrived on Monday.'],
    ['spoke', 'Gen. Aliyev spoke later, said officials.'],
    ['woman', '"We will return," one woman said.'],
    ['paragraph', 'A new paragraph starts here.'],
  ])('finds the sentence around "%s"', (word, sentence) => {
    expect(sentenceAround(text, text.indexOf(word)).text).toBe(sentence);
  });

  it('reads on after a clock time\'s "a.m." unless a capital opens the next sentence', () => {
    const times =
      'The truce was due at 8:30 a.m. (0630 GMT), but it was late. It began at 11:15 a.m. Crowds cheered.';
    expect(sentenceAround(times, times.indexOf('late')).text).toBe(
      'The truce was due at 8:30 a.m. (0630 GMT), but it was late.',
    );
    expect(sentenceAround(times, times.indexOf('Crowds')).text).toBe('Crowds cheered.');
  });
});

describe('cleanSentence', () => {
  it.each([
    [
      'drops an agency dateline',
      'YEREVAN, OCTOBER 4, ARMENPRESS. The cabinet met today.',
      'The cabinet met today.',
    ],
    ['drops a wire prefix', 'Oct 4 (Reuters) – Talks were cancelled.', 'Talks were cancelled.'],
    ['joins lines', 'A  sentence\nacross lines.', 'A sentence across lines.'],
  ])('%s', (_, input, output) => {
    expect(cleanSentence(input)).toBe(output);
  });

  it('keeps the focus words when cutting', () => {
    const long = `The region is recognised as part of the country, ${'and its people had long run their own schools and courts, '.repeat(2)}after a war in the 1990s that ended with a truce.`;
    const short = cleanSentence(long, 120, 'the 1990s');
    expect(short).toContain('the 1990s');
    expect(short.length).toBeLessThanOrEqual(140);
  });

  it('shortens at a clause boundary', () => {
    const long = `The convoy reached the border crossing late in the evening, ${'after many hours of waiting in the heat '.repeat(5)}and then it turned back.`;
    const short = cleanSentence(long, 120);
    expect(short.length).toBeLessThanOrEqual(121);
    expect(short).toBe('The convoy reached the border crossing late in the evening…');
  });
});
