import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { makeArticle } from '../read/article.js';
import type { Article, DateMention, Extraction } from '../types.js';
import {
  clauseAfter,
  describesPlaceOrPerson,
  extendSeries,
  type FigureInput,
  isHistorical,
  toTrackedFigures,
  trackFigures,
} from './figure-series.js';
import { loadFixtureInput } from './fixture-input.js';

function inputsOf(name: string): FigureInput[] {
  const corpus = loadFixtureInput(join(repoRoot, 'fixtures', 'analyze', name, 'input.json'));
  return figureInputs(corpus.articles, corpus.extractions);
}

/** Every figure of the extractions with its article, mentions and dates. */
function figureInputs(articles: Article[], extractions: Extraction[]): FigureInput[] {
  const byId = new Map(articles.map((a) => [a.id, a]));
  return extractions.flatMap((e) =>
    e.figures.map((figure) => ({
      figure,
      article: byId.get(e.article),
      mentions: e.mentions,
      dates: e.dates,
    })),
  );
}

describe('extendSeries', () => {
  it('reaches the same series one day at a time as in one batch', () => {
    const inputs = inputsOf('displaced-series');
    const days = [...new Set(inputs.map((i) => i.article?.published))].sort();
    let state = extendSeries([], []);
    for (const day of days) {
      const json = JSON.parse(JSON.stringify(state)); // the state survives a round trip through storage
      state = extendSeries(
        json,
        inputs.filter((i) => i.article?.published === day),
      );
    }
    expect(toTrackedFigures(state)).toEqual(trackFigures(inputs));
  });

  it('does not change the state it is given', () => {
    const inputs = inputsOf('displaced-series');
    const first = extendSeries([], inputs.slice(0, 3));
    const snapshot = JSON.stringify(first);
    extendSeries(first, inputs.slice(3));
    expect(JSON.stringify(first)).toBe(snapshot);
  });
});

describe('trackFigures, one day apart', () => {
  const article = {
    id: 'a_d1',
    published: '2023-10-18',
    text: '',
    title: 't',
    outlet: 'Wire',
  } as FigureInput['article'];
  const death = (value: number, subject: string, start: number): FigureInput => ({
    figure: {
      article: 'a_d1',
      text: `${value} people`,
      value,
      low: null,
      high: null,
      qualifier: null,
      unit: 'people',
      subject,
      start,
      end: start + 5,
    },
    article,
    mentions: [],
  });

  it('keeps counts an order of magnitude apart on one day in separate series', () => {
    const other = { ...article!, id: 'a_d2' };
    const far = [
      death(471, 'people killed', 0),
      {
        ...death(1400, 'people were killed', 10),
        article: other,
        figure: { ...death(1400, 'people were killed', 10).figure, article: 'a_d2' },
      },
    ];
    expect(trackFigures(far)).toEqual([]);
    const near = [
      death(5500, 'people killed', 0),
      {
        ...death(11300, 'people killed', 10),
        article: other,
        figure: { ...death(11300, 'people killed', 10).figure, article: 'a_d2' },
      },
    ];
    expect(trackFigures(near).map((series) => series.points.length)).toEqual([2]);
  });

  /** A death count of article `id`, published on `day`. */
  const deathOn = (id: string, day: string, value: number, subject = 'people killed'): FigureInput => {
    const base = death(value, subject, 0);
    return { ...base, article: { ...article!, id, published: day }, figure: { ...base.figure, article: id } };
  };
  const valuesOf = (inputs: FigureInput[]) =>
    trackFigures(inputs, { minPoints: 1 }).map((series) => series.points.map((p) => p.value));

  it('lets a toll rise days later but not fall below what it was by more than 2.5 times', () => {
    expect(valuesOf([deathOn('a1', '2024-05-25', 8), deathOn('a2', '2024-05-26', 670)])).toEqual([[8, 670]]);
    expect(valuesOf([deathOn('a1', '2024-01-03', 103), deathOn('a2', '2024-01-04', 84)])).toEqual([
      [103, 84],
    ]);
    expect(valuesOf([deathOn('a1', '2024-12-25', 38), deathOn('a2', '2024-12-26', 7)])).toEqual([[38], [7]]);
  });

  it('lets a day count fall: it is not a running total', () => {
    const daily = (id: string, day: string, value: number) =>
      deathOn(id, day, value, 'more people died in the previous 24 hours');
    expect(valuesOf([daily('a1', '2022-08-30', 75), daily('a2', '2022-08-31', 26)])).toEqual([[75, 26]]);
  });

  it('adds a later report to the series whose latest value is nearest', () => {
    const inputs = [
      deathOn('a1', '2025-06-29', 2),
      deathOn('a2', '2025-06-29', 38),
      deathOn('a3', '2025-06-30', 38),
    ];
    expect(valuesOf(inputs)).toEqual([[2], [38, 38]]);
  });
});

describe('clauseAfter', () => {
  const clauseOf = (sentence: string, figure: string) => {
    const end = sentence.indexOf(figure) + figure.length;
    return clauseAfter(sentence, end).trim();
  };

  it('reads on past an aside to the end of the clause', () => {
    expect(
      clauseOf('Rescuers found 40 people, including 12 children, alive in the rubble.', '40 people'),
    ).toBe('alive in the rubble');
  });

  it('reads past an aside whose list holds numbers written with commas', () => {
    expect(
      clauseOf(
        'Officials said 12,480 people, including 2,300 children, 1,150 older people and 410 patients, had been moved from six districts.',
        '12,480 people',
      ),
    ).toBe('had been moved from six districts');
  });

  it('reads on past an aside that is itself a list', () => {
    const sentence =
      'Nine consulates, including those of Chile, Peru and Spain, said they were ready to help on Monday.';
    expect(clauseOf(sentence, 'Nine consulates')).toBe('said they were ready to help on Monday');
  });

  it('reads on past an aside right after the count on who the people were', () => {
    const sentence = 'At least 64 people, most of them pilgrims, drowned when the ferry capsized.';
    expect(clauseOf(sentence, 'At least 64 people')).toBe('drowned when the ferry capsized');
  });

  it('takes no aside for the list that ends the sentence', () => {
    const sentence =
      'The file runs to 90 pages and holds the accounts of 40 witnesses, among them nurses, drivers and porters.';
    expect(clauseOf(sentence, '90 pages')).toBe('and holds the accounts of 40 witnesses');
  });

  it('keeps the clause of a count whose aside comes after its verb', () => {
    const sentence = 'He said 18 people were hurt, several of them badly, and were taken to the clinic.';
    expect(clauseOf(sentence, '18 people')).toBe('were hurt');
  });

  it('reads on past the commas of a list of names, and stops at the clause after it', () => {
    const sentence = 'About 9 million people in Chad, Niger and Mali need food aid, the agency said.';
    expect(clauseOf(sentence, 'About 9 million')).toBe('people in Chad, Niger and Mali need food aid');
  });
});

describe('clauseAfter, in a quotation', () => {
  it('stops where the quotation closes', () => {
    const sentence = '"We have called four shelters," said her brother.';
    const end = sentence.indexOf('four shelters') + 'four shelters'.length;
    expect(clauseAfter(sentence, end)).toBe('');
  });
});

describe('trackFigures, a disputed toll', () => {
  // A rights group's count and the government's, reported the same day about the same day's events.
  const report = (id: string, text: string, written: string, value: number): FigureInput => {
    const article = { id, published: '2025-03-07', text, title: id, outlet: id } as Article;
    const dates: DateMention[] = [];
    for (const [phrase, date] of [
      ['on Friday', '2025-03-07'],
      ['Thursday', '2025-03-06'],
    ] as const) {
      const start = text.indexOf(phrase);
      if (start >= 0)
        dates.push({ article: id, text: phrase, date, precision: 'day', start, end: start + phrase.length });
    }
    const start = text.indexOf(written);
    const figure = { article: id, text: written, value, low: null, high: null, qualifier: null };
    return {
      figure: { ...figure, unit: 'people', subject: 'people killed', start, end: start + written.length },
      article,
      mentions: [],
      dates,
    };
  };
  const rights = report(
    'a_r',
    "A rights commission said on Friday that 24 people had been killed in Thursday's protests.",
    '24 people',
    24,
  );
  const minister = report(
    'a_m',
    'The minister said seven people had died in the protests on Thursday.',
    'seven people',
    7,
  );

  it('keeps counts over 2.5 times apart in one series when both name the same day as their occasion', () => {
    const [series] = trackFigures([rights, minister]);
    expect(series?.points.map((p) => p.value).sort((a, b) => a - b)).toEqual([7, 24]);
    expect(series?.conflicts.map((c) => c.values)).toEqual([[7, 24]]);
    // The occasion helps match the points; it is not part of the contract's point.
    expect(series?.points[0]).not.toHaveProperty('occasion');
  });

  it('keeps them apart when their sentences name different days', () => {
    const earlier = report(
      'a_e',
      'The minister said on Friday that seven people were killed in a raid.',
      'seven people',
      7,
    );
    expect(trackFigures([rights, earlier])).toEqual([]);
  });
});

describe('clauseAfter, with a clock time', () => {
  it('reads on past "a.m." and "p.m."', () => {
    const sentence = 'All 190 lawmakers present voted shortly after 1 a.m. to end the decree.';
    const end = sentence.indexOf('190 lawmakers') + '190 lawmakers'.length;
    expect(clauseAfter(sentence, end).trim()).toBe('present voted shortly after 1 a.m. to end the decree');
  });
});

describe('isHistorical', () => {
  const text =
    'Ties have been strained since March, when a border clash killed 14 soldiers. Today 3 more were hurt.';
  const article = { id: 'a_h', published: '2025-07-02', text, title: 't', outlet: 'Wire' } as Article;
  const since = text.indexOf('March');
  const dates: DateMention[] = [
    { article: 'a_h', text: 'March', date: '2025-03', precision: 'month', start: since, end: since + 5 },
  ];
  const figureAt = (written: string, value: number) => {
    const start = text.indexOf(written);
    return {
      article: 'a_h',
      text: written,
      value,
      low: null,
      high: null,
      qualifier: null,
      unit: 'soldiers',
      subject: 'soldiers',
      start,
      end: start + written.length,
    };
  };

  it('reads "since MONTH, when …" as what happened in that month', () => {
    expect(isHistorical(figureAt('14 soldiers', 14), article, dates)).toBe(true);
  });

  it('leaves the sentences after it alone', () => {
    expect(isHistorical(figureAt('3 more', 3), article, dates)).toBe(false);
  });

  it("reads a count in a clause that places its event weeks back as that event's", () => {
    const story =
      'The storm struck two weeks after another hurricane killed 220 people. It killed 10 people.';
    const written = { ...article, text: story };
    const figure = (words: string, value: number) => ({
      ...figureAt('14 soldiers', value),
      text: words,
      start: story.indexOf(words),
      end: story.indexOf(words) + words.length,
    });
    expect(isHistorical(figure('220 people', 220), written, [])).toBe(true);
    expect(isHistorical(figure('10 people', 10), written, [])).toBe(false);
  });

  it('reads a day more than a month gone by, named just before a count, as the day of the count', () => {
    const story =
      'The protests began after a bridge collapsed on May 1, killing 15 people. 21 were hurt after the vote of May 2.';
    const at = (words: string) => story.indexOf(words);
    const day = (words: string, date: string): DateMention => ({
      article: 'a_h',
      text: words,
      date,
      precision: 'day',
      start: at(words),
      end: at(words) + words.length,
    });
    const written = { ...article, text: story };
    const figure = (words: string, value: number) => ({
      ...figureAt('14 soldiers', value),
      text: words,
      start: at(words),
      end: at(words) + words.length,
    });
    const both = [day('May 1', '2025-05-01'), day('May 2', '2025-05-02')];
    expect(isHistorical(figure('15 people', 15), written, both)).toBe(true);
    // A day named after the count dates something else; a day of the last month is recent.
    expect(isHistorical(figure('21', 21), written, both)).toBe(false);
    expect(isHistorical(figure('15 people', 15), { ...written, published: '2025-05-20' }, both)).toBe(false);
  });
});

/** The figures of one-paragraph articles from different outlets of one day, as the pipeline extracts them. */
async function extractedInputs(texts: string[], published: string): Promise<FigureInput[]> {
  const { extractAll } = await import('../extract/index.js');
  const articles = texts.map((text, i) =>
    makeArticle({
      id: `a_x${i}`,
      title: `Report ${i}`,
      outlet: `Outlet ${i}`,
      published,
      text,
      source: { file: 'digest.txt', startLine: 1 + i * 4, endLine: 3 + i * 4 },
    }),
  );
  return figureInputs(articles, extractAll(articles).extractions);
}

describe('trackFigures, a part and its whole', () => {
  it('keeps "12 of the 40 rifles" out of the series of the 40', async () => {
    const inputs = await extractedInputs(
      [
        'Police said on Thursday they had recovered 12 of the 40 rifles stolen from the barracks.',
        'The army said on Thursday that 40 rifles had been stolen from the barracks.',
      ],
      '2024-06-27',
    );
    expect(inputs.map((i) => i.figure.value).sort()).toEqual([12, 40, 40]);
    const values = trackFigures(inputs).map((series) => series.points.map((p) => p.value));
    expect(values).toEqual([[40, 40]]);
  });

  it('keeps "results for 180 of 240 seats" from making a series of two counts of seats', async () => {
    const inputs = await extractedInputs(
      ['With results for 180 of 240 parliamentary seats announced on Friday, the ruling party had won 95.'],
      '2024-06-27',
    );
    expect(trackFigures(inputs).map((series) => series.points.map((p) => p.value))).toEqual([]);
  });

  it('keeps "20 Kenyans were among the dead" out of the series of the toll', async () => {
    const inputs = await extractedInputs(
      [
        'At least 45 people were killed when the ferry sank on Tuesday, the coast guard said.',
        'The ferry disaster on Tuesday killed 45 people, officials said, and at least 20 Kenyans were feared to be among the dead.',
      ],
      '2024-06-27',
    );
    const values = trackFigures(inputs).map((series) => series.points.map((p) => p.value));
    expect(values).toEqual([[45, 45]]);
  });

  it('leaves out an estimated whole: the population a part is counted from', async () => {
    const inputs = await extractedInputs(
      [
        "More than 90,000 of the valley's estimated 110,000 residents have fled to the coast, officials said on Thursday.",
        "Officials said on Thursday that more than 90,000 of the valley's estimated 110,000 residents had fled to the coast.",
      ],
      '2024-06-27',
    );
    const values = trackFigures(inputs).flatMap((series) => series.points.map((p) => p.value));
    expect(values).toContain(90_000);
    expect(values).not.toContain(110_000);
  });
});

describe('trackFigures, the people of a country', () => {
  it('keeps a count of Cambodians out of a series of deaths in Thailand', async () => {
    const inputs = await extractedInputs(
      [
        'Officials said shelling had killed 12 people in Thailand by Thursday evening.',
        'The toll in Thailand rose to 14 people killed on Thursday, officials said.',
        'At least nine Cambodians have been killed since the shelling began on Thursday, a spokesperson said.',
      ],
      '2025-07-24',
    );
    expect(inputs.map((i) => i.figure.value).sort((a, b) => a! - b!)).toEqual([9, 12, 14]);
    const series = trackFigures(inputs, { minPoints: 1 });
    const withTwelve = series.find((s) => s.points.some((p) => p.value === 12));
    expect(withTwelve?.points.map((p) => p.value)).toEqual([12, 14]);
  });
});

describe('describesPlaceOrPerson', () => {
  const at = (text: string, number: string) => describesPlaceOrPerson(text, text.indexOf(number));
  it("reads a place's size and a parent's children as descriptions", () => {
    expect(at('Rain fell on Portmere, a city of about 6 million people.', 'about 6')).toBe(true);
    expect(at('Ana Ruiz, a mother of four, lost her home.', 'four')).toBe(true);
  });
  it('counts the people of a place that was emptied', () => {
    expect(at('Officials evacuated a town of nearly 3,000 people.', 'nearly')).toBe(false);
    expect(at('Police emptied the entire village of 400 residents.', '400')).toBe(false);
  });
});
