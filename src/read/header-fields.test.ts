import { describe, expect, it } from 'vitest';
import { parseHeaderFields } from './header-fields.js';

describe('parseHeaderFields', () => {
  it("reads a monitoring service's line of outlet, section, date and figures", () => {
    expect(
      parseHeaderFields('Correio do Sul | Brasil | 06.05.2024 09:40 BRT | Reach: 1.2M | Sentiment: Negative'),
    ).toEqual({ outlet: 'Correio do Sul', dateText: '06.05.2024 09:40 BRT', byline: null });
    expect(parseHeaderFields('Gazeta Gaucha · Regional · 06.05.2024 · Tone: Neutral')).toEqual({
      outlet: 'Gazeta Gaucha',
      dateText: '06.05.2024',
      byline: null,
    });
  });

  it("takes a first field in capitals for the outlet's initials, and bullets for bars", () => {
    expect(parseHeaderFields('KTN • Kenya • 26.06.2024 12:05 EAT')).toEqual({
      outlet: 'KTN',
      dateText: '26.06.2024 12:05 EAT',
      byline: null,
    });
  });

  it('reads a byline field, with "By" or labelled', () => {
    expect(parseHeaderFields('Delta Post | Metro | By Ana Ruiz | 06.05.2024 | Reach: 5K')?.byline).toBe(
      'By Ana Ruiz',
    );
    expect(parseHeaderFields('Delta Post | 06.05.2024 | Author: Ana Ruiz and Leo Paz')?.byline).toBe(
      'By Ana Ruiz and Leo Paz',
    );
  });

  it('reads a line without a date when it gives the service\'s "key: value" fields', () => {
    expect(parseHeaderFields('Planalto Wire | Economy | Sentiment: Neutral')).toEqual({
      outlet: 'Planalto Wire',
      dateText: null,
      byline: null,
    });
  });

  it("reads a clip's tab-separated timestamp and outlet, in that order", () => {
    expect(parseHeaderFields('2024-05-27T08:20:00+06:00\tDhaka Tribune')).toEqual({
      outlet: 'Dhaka Tribune',
      dateText: '2024-05-27T08:20:00+06:00',
      byline: null,
    });
    expect(parseHeaderFields('2024-05-27T19:45:00+06:00\teSylhet Times')?.outlet).toBe('eSylhet Times');
  });

  it('reads no title, caption or table row with bars or tabs in it', () => {
    expect(parseHeaderFields('Gaza | Rafah | Khan Younis')).toBeNull();
    expect(parseHeaderFields('Refugees at the border | Karen Minasyan/AFP via Getty Images')).toBeNull();
    expect(parseHeaderFields('Region\tDead\tInjured')).toBeNull();
    expect(parseHeaderFields('exported 2024-05-27T22:10:05+06:00 · 3 clips')).toBeNull();
    // A labelled caption with its credit after a bar: the label is no header's "key: value" field.
    expect(parseHeaderFields('Photo: Sandbags on the river wall | Ewa Nowak/PAP')).toBeNull();
    expect(parseHeaderFields('Image caption: Rescuers reach the village | Reuters')).toBeNull();
    // A title's kicker before a colon, the outlet after a bar: a title, not a service's "key: value".
    expect(parseHeaderFields('Floods in the valley: what we know so far | Coast Radio')).toBeNull();
  });
});
