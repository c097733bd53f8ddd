import { describe, expect, it } from 'vitest';
import { summaryBulletsEnd } from './summary.js';

describe('summaryBulletsEnd', () => {
  it('ends after a leading paragraph of bullet lines', () => {
    const text =
      '• Ferry capsizes off the cape\n• 14 missing, coastguard says\n\nRescuers searched on Monday.';
    expect(text.slice(summaryBulletsEnd(text))).toBe('\n\nRescuers searched on Monday.');
  });
  it('is 0 when the text opens with prose or mixes prose into the first paragraph', () => {
    expect(summaryBulletsEnd('Rescuers searched on Monday.')).toBe(0);
    expect(summaryBulletsEnd('• One point\nand a line of prose\n\nBody.')).toBe(0);
  });
  it('is 0 when the bullets are the whole text', () => {
    expect(summaryBulletsEnd('• 14 missing\n• Three boats sent')).toBe(0);
  });
});
