// Dates chrono does not read: decades ("the 1990s") and bare years ("in 2020", "between 1988 and
// 1994"). A four-digit number counts as a year only when nothing marks it as a quantity.

import { matchesIn } from '../figures/scan.js';
import type { DateDraft } from './draft.js';

const DECADE = /\b(?:(?:early|mid|late)[\s-]+)?(1[5-9]\d0|20\d0)['’]?s\b/g;
const YEAR = /(?<![\d$€£.,:/-])\b(1[6-9]\d{2}|20\d{2})\b(?![\d%.,]\d|['’]?s\b|\s?%|-\d|:\d)/g;
// "2000 people", "1500 tons": a year-shaped number followed by a counted noun is a quantity.
const COUNTED_AFTER =
  /^\s+(?:people|persons|troops|soldiers|refugees|residents|families|homes|houses|tons|tonnes|km|vehicles|trucks|cars|children|civilians|dollars|euros|pounds|rubles|roubles|drams|manats|more|of\b)/i;

export function findDecades(text: string, from: number, to: number): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(DECADE, text, from, to)) {
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      date: `${m[1]}s`,
      precision: 'decade',
      chrono: null,
    });
  }
  return found;
}

export function findYears(text: string, from: number, to: number): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(YEAR, text, from, to)) {
    const end = m.index + m[0].length;
    if (COUNTED_AFTER.test(text.slice(end, end + 12))) continue;
    found.push({ start: m.index, end, date: m[1]!, precision: 'year', chrono: null });
  }
  return found;
}
