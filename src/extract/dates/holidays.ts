// "on New Year's Day", "since Christmas Eve": fixed-date holidays that news from anywhere names.
// chrono reads none of them. Each means its occurrence nearest to the article's date: a report of
// 2 January about "New Year's Day" means the day before, one of 20 December the coming one.
// Holidays whose date moves (Easter, Eid) or differs by country (Independence Day) are left out.

import { guarded, matchesIn } from '../figures/scan.js';
import { type DateDraft, dayDraft } from './draft.js';

// "spent Christmas behind closed doors", "home for Christmas": the day itself, where a stop, a
// preposition or a conjunction follows; not "Christmas Island", "Christmas shopping", "a Christmas tree".
const CHRISTMAS_ALONE =
  'Christmas(?=\\s*[,.;:!?)"”]|\\s*$|\\s+(?:in|at|with|without|behind|on|and|or|away|alone|together|under|inside|outside|there|here|as|because|after|before|when|while)\\b)';

// Scanned only in a text that holds " Day", " Eve" or "Christmas".
export const HOLIDAY = guarded(
  new RegExp(`\\b(?:New Year['’]s (?:Day|Eve)|Christmas (?:Day|Eve)|Boxing Day|${CHRISTMAS_ALONE})`, 'g'),
  / (?:Day|Eve)|Christmas/,
);

/** Month (0-based) and day of each holiday, by its name's first distinctive words. */
const DAYS: [RegExp, number, number][] = [
  [/^New Year['’]s Day/, 0, 1],
  [/^New Year['’]s Eve/, 11, 31],
  [/^Christmas Day/, 11, 25],
  [/^Christmas Eve/, 11, 24],
  [/^Boxing Day/, 11, 26],
  [/^Christmas$/, 11, 25],
];

export function findHolidays(text: string, from: number, to: number, ref: Date): DateDraft[] {
  const found: DateDraft[] = [];
  for (const m of matchesIn(HOLIDAY, text, from, to)) {
    const day = DAYS.find(([name]) => name.test(m[0]));
    if (!day) continue;
    const date = nearestOccurrence(ref, day[1], day[2]);
    found.push(dayDraft(m.index, m.index + m[0].length, date));
  }
  return found;
}

function nearestOccurrence(ref: Date, month: number, day: number): Date {
  const year = ref.getUTCFullYear();
  const candidates = [year - 1, year, year + 1].map((y) => new Date(Date.UTC(y, month, day, 12)));
  return candidates.reduce((best, c) =>
    Math.abs(c.getTime() - ref.getTime()) < Math.abs(best.getTime() - ref.getTime()) ? c : best,
  );
}
