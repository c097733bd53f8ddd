import { describe, expect, it } from 'vitest';
import {
  bylineOutlet,
  isNewsroomCredit,
  looksLikePersonName,
  parseByline,
  parseDateLine,
  parseOutletDateLine,
  parseTimeLine,
} from './lines.js';
import { outletFromUrl } from './outlets.js';

describe('parseByline', () => {
  it('leaves out an outlet after a slash and a title before the name', () => {
    expect(parseByline('By Noa Peretz/The Coastal Wire')).toEqual(['Noa Peretz']);
    expect(parseByline('By Dr. Kaveh Amini')).toEqual(['Kaveh Amini']);
    expect(parseByline('By Prof Lena Marsh and Mr Omar Said')).toEqual(['Lena Marsh', 'Omar Said']);
  });

  it('reads initials run together', () => {
    expect(parseByline('By K.A. Shaji')).toEqual(['K.A. Shaji']);
  });

  it('reads names with letters beyond Latin-1 (Polish, Czech, Romanian)', () => {
    expect(parseByline('By Agata Wróblewska-Łoś')).toEqual(['Agata Wróblewska-Łoś']);
    expect(parseByline('By Ondřej Čermák and Ştefan Ionescu')).toEqual(['Ondřej Čermák', 'Ştefan Ionescu']);
    expect(parseByline('BY ŁUKASZ PAWŁOWSKI')).toEqual(['Łukasz Pawłowski']);
  });

  it('reads the people a byline names', () => {
    expect(parseByline('By BASSEM HADDAD and LINA FARAH')).toEqual(['Bassem Haddad', 'Lina Farah']);
    expect(parseByline('By Anna Kovalenko, Reuters')).toEqual(['Anna Kovalenko']);
    expect(parseByline('By Esther Nyiramana, BBC Great Lakes')).toEqual(['Esther Nyiramana']);
    expect(parseByline('By ESTHER NYIRAMANA, BBC GREAT LAKES')).toEqual(['Esther Nyiramana']);
    expect(parseByline('By Patrick Ilunga (Nairobi)')).toEqual(['Patrick Ilunga']);
    expect(parseByline('By Jane Doe | Valley Courier')).toEqual(['Jane Doe']);
  });

  it("drops the writer's post written before the name", () => {
    expect(parseByline('By Pacific affairs reporter Mele Tupou')).toEqual(['Mele Tupou']);
    expect(parseByline('By political correspondent Jane Doe')).toEqual(['Jane Doe']);
    // "Staff Reporter" alone is a newsroom credit, not a post before a name.
    expect(parseByline('By Staff Reporter')).toEqual([]);
  });

  it("reads a surname with an apostrophe before its capital (D'Emilio, O'Brien)", () => {
    expect(parseByline("By MARTA D'ANGELO")).toEqual(["Marta D'Angelo"]);
    expect(parseByline("By Niamh O'Brien")).toEqual(["Niamh O'Brien"]);
  });

  it('reads "Written by" as a byline, and no wire credit line', () => {
    expect(parseByline('Written by Mira Talbot')).toEqual(['Mira Talbot']);
    expect(parseByline('WRITTEN BY MIRA TALBOT AND OSKAR LIND')).toEqual(['Mira Talbot', 'Oskar Lind']);
    expect(parseByline('Writing by Oskar Lind; Editing by Mira Talbot')).toBeNull();
    expect(parseByline('Reporting by Oskar Lind')).toBeNull();
    expect(parseByline('Written in haste by the desk')).toBeNull();
  });

  it('reads a newsroom credit as a byline line that names no one', () => {
    for (const credit of [
      'By Reuters Staff',
      'By Staff Reporter',
      'By Rédaction',
      'By La Rédaction',
      'By Naharnet Newsdesk',
      'By Web Desk',
      'By Editorial Team',
      'By Agencies',
      'By AFP',
    ]) {
      expect(parseByline(credit), credit).toEqual([]);
    }
  });
});

describe('isNewsroomCredit', () => {
  it('knows newsroom credits from people', () => {
    expect(isNewsroomCredit('Newsroom')).toBe(true);
    expect(isNewsroomCredit('Staff Writer')).toBe(true);
    expect(isNewsroomCredit('Reuters')).toBe(true);
    expect(isNewsroomCredit('Nimali Perera')).toBe(false);
    expect(isNewsroomCredit('Bassem Haddad')).toBe(false);
  });
});

describe('looksLikePersonName', () => {
  it('takes no "By …" line for a name', () => {
    expect(looksLikePersonName('By Rédaction')).toBe(false);
    expect(looksLikePersonName('Thandeka Mokoena')).toBe(true);
  });
});

describe('parseByline with an outlet for a credit', () => {
  it('drops each writer\'s place: "By A in X and B in Y"', () => {
    expect(parseByline('By Ana Ruiz in Sucre and Tom Hale in Santiago de Chile')).toEqual([
      'Ana Ruiz',
      'Tom Hale',
    ]);
    expect(parseByline('By Ana Ruiz in Sucre')).toEqual(['Ana Ruiz']);
  });

  it('reads "By ABC News" as a credit that names no one', () => {
    expect(parseByline('By ABC News')).toEqual([]);
    expect(parseByline('By Nation Media')).toEqual([]);
    expect(parseByline('By Jane Post')).toEqual(['Jane Post']);
  });
});

describe('parseDateLine, year first', () => {
  it('reads "2024/01/02" and "2024.1.2" as well as ISO dates', () => {
    expect(parseDateLine('2024/01/02')).toBe('2024-01-02');
    expect(parseDateLine('2024.1.2')).toBe('2024-01-02');
    expect(parseDateLine('2024-01-02')).toBe('2024-01-02');
    expect(parseDateLine('2024/13/02')).toBeNull();
  });
});

describe('parseDateLine, Spanish, Portuguese and French months', () => {
  it('reads a site date line copied in the language of its site', () => {
    expect(parseDateLine('3 de marzo de 2025')).toBe('2025-03-03');
    expect(parseDateLine('14 de setembro de 2024')).toBe('2024-09-14');
    expect(parseDateLine('1er août 2024')).toBe('2024-08-01');
    expect(parseDateLine('9 février 2025')).toBe('2025-02-09');
    expect(parseDateLine('3 de marzo del 2025')).toBe('2025-03-03');
    expect(parseDateLine('3 de pronto de 2025')).toBeNull();
  });
});

describe('bylineOutlet', () => {
  it('names the known outlet a byline credits', () => {
    expect(bylineOutlet('By Linh Nguyen, Reuters')).toBe('Reuters');
    expect(bylineOutlet('By Esther Nyiramana, BBC Great Lakes')).toBe('BBC');
    expect(bylineOutlet('By AFP Staff')).toBe('AFP');
    expect(bylineOutlet('By Linh Nguyen')).toBeNull();
  });
});

describe('parseTimeLine', () => {
  it("reads a page's publication time with its update glued on after a bullet", () => {
    expect(parseTimeLine('Published on 16/09/2024 - 12:10 GMT+2•Updated 14:22')).toEqual({
      time: '12:10',
      date: '2024-09-16',
    });
  });

  it('reads an ambiguous numeric date in the order its weekday fits', () => {
    expect(parseDateLine('Tue, 10/03/2023')).toBe('2023-10-03');
    expect(parseDateLine('Fri, 10/03/2023')).toBe('2023-03-10');
    expect(parseDateLine('10/03/2023')).toBe('2023-03-10');
  });

  it('reads a date line labelled "Last Modified:" and one with its update in words after it', () => {
    expect(parseTimeLine('Last Modified: Tuesday, 3 October 2023 12:34')).toEqual({
      time: '12:34',
      date: '2023-10-03',
    });
    expect(parseDateLine('Modified: 3 October 2023')).toBe('2023-10-03');
    expect(parseDateLine('October 30, 2022 | Last updated: 6 hours ago')).toBe('2022-10-30');
  });

  it('reads a time written with a full stop, and one after a dash', () => {
    expect(parseTimeLine('Tue 3 Dec 2024 23.42 GMT')).toEqual({ time: '23:42', date: '2024-12-03' });
    expect(parseTimeLine('Wednesday, 4 December 2024 - 01:15')).toEqual({
      time: '01:15',
      date: '2024-12-04',
    });
    expect(parseTimeLine('4.12.2024')).toBeNull();
    expect(parseTimeLine('He left in 2019 at 5.30')).toBeNull();
  });

  it('reads a time before the date with a bar between, as agency sites print it', () => {
    expect(parseTimeLine('09:30 | 14.02.2025')).toEqual({ time: '09:30', date: '2025-02-14' });
    expect(parseTimeLine('21:05 · 3 March 2025')).toEqual({ time: '21:05', date: '2025-03-03' });
  });

  it('reads an hour and minutes written around an "h", and a clock glued to the year', () => {
    expect(parseTimeLine('11 mars 2024 · 09h40')).toEqual({ time: '09:40', date: '2024-03-11' });
    expect(parseTimeLine('11.mar.2024 às 18h05')).toEqual({ time: '18:05', date: '2024-03-11' });
    expect(parseTimeLine('March 11, 20244:05 PM ET')).toEqual({ time: '16:05', date: '2024-03-11' });
    expect(parseTimeLine('The 2024 budget: 18h05')).toBeNull();
  });

  it("reads a weather service's advisory time", () => {
    expect(parseTimeLine('800 PM AST Thu Oct 03 2024')).toEqual({ time: '20:00', date: '2024-10-03' });
    expect(parseTimeLine('1100 AM EDT Fri Oct 04 2024')).toEqual({ time: '11:00', date: '2024-10-04' });
  });

  it("reads a date with a paper's edition or its print page after it", () => {
    expect(parseDateLine('Mar 11,2024 (Coastal Edition)')).toBe('2024-03-11');
    expect(parseDateLine('Tue, Mar 12, 2024 page 3')).toBe('2024-03-12');
    expect(parseDateLine('Mar 11 2024 (see page 3)')).toBeNull();
  });

  it('reads an RFC 822 date with seconds and a zone, keeping the time as written', () => {
    expect(parseTimeLine('Mon, 03 Mar 2025 06:15:00 GMT')).toEqual({ date: '2025-03-03', time: '06:15' });
    expect(parseTimeLine('Tue, 4 Mar 2025 21:05:30 +0100')).toEqual({ date: '2025-03-04', time: '21:05' });
  });
});

describe('outletFromUrl', () => {
  it('names a known host, else reads a name from the site label', () => {
    expect(outletFromUrl('https://www.straitstimes.com/asia/x')).toBe('The Straits Times');
    // The masthead's "The" is part of the name, whichever way the table's spellings write it.
    expect(outletFromUrl('https://www.themoscowtimes.com/2024/x')).toBe('The Moscow Times');
    expect(outletFromUrl('https://armenianweekly.com/2023/x/')).toBe('The Armenian Weekly');
    // A host that runs the masthead's words together.
    expect(outletFromUrl('https://www.downtoearth.org.in/blog/x')).toBe('Down To Earth');
    expect(outletFromUrl('https://www.harbour-gazette.example/a')).toBe('Harbour Gazette');
    expect(outletFromUrl('https://www.lagazeta.com.ar/a')).toBe('Lagazeta');
    expect(outletFromUrl('https://abc.net.nz/a')).toBe('ABC');
    expect(outletFromUrl('https://news24x7.example/a')).toBe('news24x7.example');
    expect(outletFromUrl('https://thecoastalstar.example/a')).toBe('The Coastal Star');
  });

  it("writes an acronym in capitals: no vowel, or a broadcaster's call sign", () => {
    expect(outletFromUrl('https://www.rthk.hk/a')).toBe('RTHK');
    expect(outletFromUrl('https://wtop.com/a')).toBe('WTOP');
    expect(outletFromUrl('https://www.wusa9.com/a')).toBe('WUSA9');
    expect(outletFromUrl('https://www.ifrc.org/press-release/x')).toBe('IFRC');
    expect(outletFromUrl('https://www.unhcr.example/a')).toBe('UNHCR');
    expect(outletFromUrl('https://www.ultra.example/a')).toBe('Ultra');
    expect(outletFromUrl('https://www.irna.example/a')).toBe('Irna');
    expect(outletFromUrl('https://www.stern.example/a')).toBe('Stern');
    expect(outletFromUrl('https://www.wired.example/a')).toBe('Wired');
    expect(outletFromUrl('https://www.kestrel.example/a')).toBe('Kestrel');
  });

  it('splits a label written as one word into the words mastheads are made of', () => {
    expect(outletFromUrl('https://www.harbourvoices.example/a')).toBe('Harbour Voices');
    expect(outletFromUrl('https://restofworld.example/a')).toBe('Rest of World');
    expect(outletFromUrl('https://www.thevalleyherald.example/a')).toBe('The Valley Herald');
    // Masthead words and one other word at either end.
    expect(outletFromUrl('https://www.dailylantern.example/a')).toBe('Daily Lantern');
    expect(outletFromUrl('https://www.tarijaherald.example/a')).toBe('Tarija Herald');
    // Not otherwise: a brand stays one name, and so does "news" with a word after it.
    expect(outletFromUrl('https://www.mercadolibro.example/a')).toBe('Mercadolibro');
    expect(outletFromUrl('https://www.newsline.example/a')).toBe('Newsline');
    // Nor does a small word at the start of the split: "and" in "…fromportland" opens no name.
    expect(outletFromUrl('https://www.letterfromportland.example/a')).toBe('Letterfromportland');
    expect(outletFromUrl('https://www.letterfromportlandnews.example/a')).toBe('Letterfromportland News');
  });

  it('knows Central European outlets by their hosts', () => {
    expect(outletFromUrl('https://notesfrompoland.com/2024/09/15/a/')).toBe('Notes from Poland');
    expect(outletFromUrl('https://english.radio.cz/a-8829')).toBe('Radio Prague International');
    expect(outletFromUrl('https://tvpworld.com/82137455/a')).toBe('TVP World');
    // A masthead word at the end wins over one that only begins the name ("human" in "humangle").
    expect(outletFromUrl('https://humanglemedia.com/a')).toBe('Humangle Media');
    expect(outletFromUrl('https://dailymaverick.co.za/a')).toBe('Daily Maverick');
  });
});

describe("Xinhua's page header", () => {
  it('reads the outlet and the time between bars, not the editor', () => {
    expect(parseOutletDateLine('Source: Xinhua| 2025-03-03 18:42:10|Editor: liyan')).toEqual({
      outlet: 'Xinhua',
      date: '2025-03-03',
      time: '18:42',
    });
    expect(parseOutletDateLine('Source: the ministry said | nothing | Editor: none')).toBeNull();
  });
});

describe("an office's long name before a date", () => {
  it('reads a ministry named with its country before a bar, not a long phrase that names no office', () => {
    expect(
      parseOutletDateLine('Ministry of Water and Rural Works, Northland | 26 November 2023')?.outlet,
    ).toBe('Ministry of Water and Rural Works, Northland');
    expect(
      parseOutletDateLine('What the rescue teams found in the old quarter | 26 November 2023'),
    ).toBeNull();
  });
});

describe('header lines from exports', () => {
  it('reads a tab between the outlet and the date', () => {
    expect(parseOutletDateLine('Highland Tribune\t2024-06-25T20:15Z')).toEqual({
      outlet: 'Highland Tribune',
      date: '2024-06-25',
      time: '20:15',
    });
    expect(parseOutletDateLine('Highland Tribune\t\t25 June 2024')?.date).toBe('2024-06-25');
  });

  it('reads ISO timestamps with a zone name or a label', () => {
    expect(parseTimeLine('2024-04-03T08:15:00 UTC')).toEqual({ time: '08:15', date: '2024-04-03' });
    expect(parseTimeLine('Published: 2024-04-03T08:15:00Z')).toEqual({ time: '08:15', date: '2024-04-03' });
    expect(parseTimeLine('2024-04-03T08:15:00+08:00')).toEqual({ time: '08:15', date: '2024-04-03' });
  });
});

describe('newsroom credits', () => {
  it('reads a newsroom word before the outlet, and a desk "report", as no person', () => {
    expect(isNewsroomCredit('Redacción Clarín')).toBe(true);
    expect(isNewsroomCredit('Post Report')).toBe(true);
    expect(parseByline('By Redacción Clarín')).toEqual([]);
    expect(isNewsroomCredit('Ana Redondo')).toBe(false);
  });
});

describe('parseDateLine with the reading time after the date', () => {
  it('reads the date and leaves out "· 4 min read"', () => {
    expect(parseDateLine('13 Jun 2025 · 4 min read')).toBe('2025-06-13');
    expect(parseDateLine('April 2, 2025 | 12 min read')).toBe('2025-04-02');
    expect(parseDateLine('Well worth a read')).toBeNull();
  });
});

describe("an institution's long name before a date", () => {
  it('is an outlet after a bar, not after a comma (a heading with its date)', () => {
    expect(
      parseOutletDateLine('Office of the President of the Northern Republic | 15.05.2024 16:40 CEST'),
    ).toEqual({
      outlet: 'Office of the President of the Northern Republic',
      date: '2024-05-15',
      time: '16:40',
    });
    expect(parseOutletDateLine('Meeting of the Council of Ministers on the Budget, 12 May 2024')).toBeNull();
  });
});
