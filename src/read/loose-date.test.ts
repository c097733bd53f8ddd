import { describe, expect, it } from 'vitest';
import { parseDateLine, parseOutletDateLine, parseTimeLine } from './lines.js';

describe('loose date lines (a page header copied with its fields glued or decorated)', () => {
  it.each([
    ['Issued on: 14/03/2025 - 07:20Modified: 14/03/2025 - 11:05', '2025-03-14', '07:20'],
    ['03/14/2025March 14, 2025', '2025-03-14', null],
    ['On 6:40 pm Mar 14, 2025', '2025-03-14', '18:40'],
    ['March 14, 20254:12 PM GMT+1Updated 2 hours ago', '2025-03-14', '16:12'],
    ['Published: 14 Mar 2025, 10:15 AM', '2025-03-14', '10:15'],
    // French, German and spelled-out zones: the labels, the clock's word and the clock without a colon.
    ['Publié le 14/03/2025 à 07:20, mis à jour le 14/03/2025 à 11:05', '2025-03-14', '07:20'],
    ['publié le 1er mars 2025 à 11h40', '2025-03-01', '11:40'],
    ['Le 14 mars 2025 à 12h15', '2025-03-14', '12:15'],
    ['14.03.2025, 18.05 Uhr', '2025-03-14', '18:05'],
    ['March 14, 2025 06:15 PM Eastern Daylight Time', '2025-03-14', '18:15'],
  ])('%s', (line, date, time) => {
    expect(parseDateLine(line) ?? parseTimeLine(line)?.date).toBe(date);
    expect(parseTimeLine(line)?.time ?? null).toBe(time);
  });

  it.each([
    // A title that ends in a date keeps words in lower case.
    'Flood of 12 May 2024 kills three',
    // Capitalised words beside a date count only when a separator sets them apart.
    'Kyiv Under Attack 26.05.2024',
    // An outlet and a date is parseOutletDateLine's line, not a date line.
    'The Island Gazette | March 14, 2025',
    // A sentence.
    'The ferry left at 6:40 pm on March 14, 2025.',
    'Photo: Reuters / May 5, 2024',
    // French words that are no labels stay words.
    'Le Monde 14 mars 2025',
  ])('%s is not a date line', (line) => {
    expect(parseDateLine(line)).toBeNull();
    expect(parseTimeLine(line)).toBeNull();
  });
});

describe('loose date lines: names beside the date', () => {
  it('leaves a masthead, a date and a section to parseOutletDateLine', () => {
    const line = 'METEO NEWS - March 14, 2025 - 19:15 | Weather';
    expect(parseDateLine(line)).toBeNull();
    expect(parseOutletDateLine(line)).toMatchObject({ outlet: 'METEO NEWS', date: '2025-03-14' });
  });

  it('reads a dateline place and a bullet before the date as a date line, not an outlet', () => {
    const line = 'Jakarta ● Mon, December 25, 2023';
    expect(parseOutletDateLine(line)).toBeNull();
    expect(parseDateLine(line)).toBe('2023-12-25');
  });

  it('keeps a section set apart beside the date', () => {
    expect(parseTimeLine('Issued on: 14/03/2025 - 07:20 | Weather')).toEqual({
      date: '2025-03-14',
      time: '07:20',
    });
  });
});

describe("loose date lines in the languages of a crisis's own sites", () => {
  it.each([
    ['Minggu, 3 Agt 2025 19:10 WIB', '2025-08-03', '19:10'],
    ['Senin, 4 Agustus 2025 - 20:41 WITA', '2025-08-04', '20:41'],
    ['9 de agosto de 2025, 21:40 h', '2025-08-09', '21:40'],
    ['10 agosto, 2025 - 12:30', '2025-08-10', '12:30'],
    ['Input 2025.08.11 13:20 | Modified 2025.08.11 15:02', '2025-08-11', '13:20'],
    ['Posted on : Aug.12,2025 17:02 KST', '2025-08-12', '17:02'],
  ])('%s', (line, date, time) => {
    expect(parseTimeLine(line)).toEqual({ date, time });
  });
});

describe('loose date lines: the place whose time it is', () => {
  it('reads "Published on November 3, 2025, at 4:20 pm (Paris)"', () => {
    expect(parseTimeLine('Published on November 3, 2025, at 4:20 pm (Paris)')).toEqual({
      date: '2025-11-03',
      time: '16:20',
    });
  });
});
