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
    if (namedWithYear(text, m.index)) continue;
    found.push({ start: m.index, end, date: m[1]!, precision: 'year', chrono: null });
  }
  return found;
}

/**
 * "the Finance Bill 2024", "Vision 2030", "Euro 2024": a year right after a capitalised word that
 * leads no date is part of a name. Not "In 2024", "Summer 2023", "March 2022".
 */
function namedWithYear(text: string, at: number): boolean {
  const word = /(\p{Lu}[\p{Ll}]+)\s$/u.exec(text.slice(Math.max(0, at - 24), at))?.[1];
  return word !== undefined && !YEAR_LEADERS.has(word.toLowerCase());
}

const YEAR_LEADERS = new Set(
  `in on by since until till from through during before after last next this early late mid end of and or
  but between the a an for at to around about circa spring summer autumn fall winter fiscal year
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
