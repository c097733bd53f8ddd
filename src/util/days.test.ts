import { describe, expect, it } from 'vitest';
import { isIsoDay } from './days.js';

describe('isIsoDay', () => {
  it('takes days of the calendar written YYYY-MM-DD', () => {
    expect(isIsoDay('2023-10-04')).toBe(true);
    expect(isIsoDay('2024-02-29')).toBe(true);
  });

  it('refuses days that have the shape but are not in the calendar, and other shapes', () => {
    for (const value of [
      '2023-13-45',
      '2023-02-29',
      '2023-04-31',
      '2023-00-10',
      '4 October 2023',
      '2023-10-4',
      '',
    ])
      expect(isIsoDay(value), value).toBe(false);
  });
});
