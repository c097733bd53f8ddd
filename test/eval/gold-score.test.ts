// The gold scorer matches a gold date phrase to the right one of our dates when several overlap it.
import { describe, expect, it } from 'vitest';
import { tallyDates } from '../../eval/gold-score.js';
import type { Extraction } from '../../src/types.js';

const date = (text: string, value: string) => ({ article: 'a', text, date: value, start: 0, end: 0 });

function tallyOne(gold: { phrase: string; date: string }, ours: ReturnType<typeof date>[]) {
  const extraction = { dates: ours } as unknown as Extraction;
  return tallyDates([{ title: 't', ...gold }], new Map([['t', extraction]]), new Set(['t']));
}

describe('tallyDates', () => {
  it('takes our date with the same words over a shorter one that came first', () => {
    const t = tallyOne({ phrase: 'March 3', date: '2024-03-03' }, [
      date('March', '2024-03'),
      date('March 3', '2024-03-03'),
    ]);
    expect(t.right).toBe(1);
  });

  it('takes the longest overlapping date when none has the same words', () => {
    const t = tallyOne({ phrase: 'On New Year’s Eve', date: '2023-12-31' }, [
      date('New Year', '2024-01-01'),
      date('New Year’s Eve', '2023-12-31'),
    ]);
    expect(t.right).toBe(1);
  });
});
