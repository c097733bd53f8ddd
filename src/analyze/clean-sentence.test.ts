import { describe, expect, it } from 'vitest';
import { cleanSentence } from './clean-sentence.js';

describe('cleanSentence', () => {
  it('keeps a short sentence whole, without its dateline', () => {
    expect(cleanSentence('KHARTOUM, April 17 (Reuters) – The two sides agreed to a pause.')).toBe(
      'KHARTOUM, April 17 (Reuters) – The two sides agreed to a pause.',
    );
    expect(cleanSentence('Oct 4 (Reuters) – The two sides agreed to a pause.')).toBe(
      'The two sides agreed to a pause.',
    );
  });

  it('keeps the statement, not the closing attribution that holds the date', () => {
    const sentence =
      'Aid deliveries into the northwest through the only authorised crossing have been suspended because the roads leading to it were damaged by the earthquake, the United Nations said on Wednesday.';
    const summary = cleanSentence(sentence, 120, 'on Wednesday');
    expect(summary.startsWith('Aid deliveries into the northwest')).toBe(true);
    expect(summary.endsWith('…')).toBe(true);
  });

  it('cuts before the date when the date sits in the statement itself', () => {
    const sentence =
      'After a long night of negotiations that involved mediators from three countries and two international organisations, the ceasefire finally took effect on Wednesday at noon.';
    expect(cleanSentence(sentence, 100, 'on Wednesday')).toMatch(/^….*on Wednesday/);
  });

  it('shows what led up to a date in a short closing clause, not the clause alone', () => {
    const sentence =
      'The regional council said on Friday it would ask the high court to strike down the new mining permits for the northern hills, issued by the ministry last week.';
    const summary = cleanSentence(sentence, 120, 'last week');
    expect(summary).toMatch(
      /^…\S.* the high court to strike down the new mining permits for the northern hills, issued by the ministry last week\.$/,
    );
    expect(summary.length).toBeLessThanOrEqual(120);
  });
});
