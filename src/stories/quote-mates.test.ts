import { describe, expect, it } from 'vitest';
import { QuoteMates, quoteRuns, RUN_WORDS } from './quote-mates.js';

const quote = (text: string) => ({ text });

describe('quoteRuns', () => {
  it('gives one run per window of ten words, none for a shorter quote', () => {
    expect(quoteRuns([quote('We will rebuild every school that was lost.')])).toEqual([]);
    const eleven = 'one two three four five six seven eight nine ten eleven';
    expect(quoteRuns([quote(eleven)])).toHaveLength(11 - RUN_WORDS + 1);
  });

  it('ignores case, punctuation and accents, so two outlets’ copies of a sentence meet', () => {
    const [a] = quoteRuns([quote('“Anyone who doubts the results may go to the Supreme Court,” she said')]);
    const [b] = quoteRuns([quote('anyone who doubts the results may go to the supreme court')]);
    const [c] = quoteRuns([quote('Anyone who doubts the résults may go to the Supreme Court.')]);
    expect(a).toBe(b);
    expect(c).toBe(b);
    expect(Number.isSafeInteger(a)).toBe(true);
  });

  it('tells runs that differ in one word apart', () => {
    const [a] = quoteRuns([quote('anyone who doubts the results may go to the supreme court')]);
    const [b] = quoteRuns([quote('anyone who doubts the results may go to the high court')]);
    expect(a).not.toBe(b);
  });
});

describe('QuoteMates', () => {
  it('finds the latest story that printed a run and forgets a closed story', () => {
    const mates = new QuoteMates();
    const runs = quoteRuns([quote('anyone who doubts the results may go to the supreme court')]);
    mates.keep(3, runs);
    expect(mates.find(runs, () => true)).toBe(3);
    expect(mates.find(runs, (story) => story !== 3)).toBe(-1);
    mates.keep(5, runs);
    mates.forget(3, runs);
    expect(mates.find(runs, () => true)).toBe(5);
    mates.forget(5, runs);
    expect(mates.find(runs, () => true)).toBe(-1);
  });
});
