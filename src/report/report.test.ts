import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import type { AnalysisResult, Article, Extraction } from '../types.js';
import { fixtureResult, resultOf } from './fixture-result.js';
import { seriesHeading } from './format.js';
import { buildReport, renderHtml, renderMarkdown } from './index.js';

/** The fixtures with one article made hostile: markup in its title, text and URL. */
/** The fixtures with hostile strings in the article the report cites first (whichever that is). */
function hostileResult(): AnalysisResult {
  const result = fixtureResult();
  const cited = buildReport(result, {}).sources[0]!.id;
  const at = result.articles.findIndex((a) => a.id === cited);
  const first = result.articles[at]!;
  result.articles[at] = {
    ...first,
    title: 'Crisis <script>alert("x")</script> & "more"',
    url: 'javascript:alert(1)',
    source: { ...first.source, file: 'digest <b>.txt' },
  };
  return result;
}

describe('buildReport', () => {
  const model = buildReport(fixtureResult(), {});

  it('ranks stories by the number of outlets that carried them', () => {
    const counts = model.stories.map((s) => s.outlets.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(model.stories[0]?.summary.length).toBeGreaterThanOrEqual(2);
    expect(model.stories[0]?.summary.length).toBeLessThanOrEqual(3);
  });

  it('ranks a story of news above a story of comment carried by as many outlets', () => {
    const article = (id: string, kind: Article['kind'], published: string) =>
      makeArticle({
        id,
        title: `Title ${id}`,
        outlet: `Outlet ${id}`,
        published,
        kind,
        text: 'Floodwater reached the market town on Monday.',
        source: { file: 'digest.txt', startLine: 1, endLine: 3 },
      });
    // The op-ed is the more recent, which alone would put it first.
    const articles = [article('a_news', 'news', '2024-05-01'), article('a_oped', 'opinion', '2024-05-02')];
    const storyOf = (a: Article) => ({
      id: `s_${a.id}`,
      headline: a.title,
      articles: [a.id],
      outlets: [a.outlet!],
      first: a.published,
      last: a.published,
      independent: 1,
      lineage: [],
    });
    const none = (a: Article) => ({ article: a.id, mentions: [], quotes: [], dates: [], figures: [] });
    const ranked = buildReport(resultOf(articles, articles.map(none), articles.map(storyOf)), {});
    expect(ranked.stories.map((s) => s.id)).toEqual(['s_a_news', 's_a_oped']);
  });

  it('says a story of articles with no known outlet has its outlet unknown', () => {
    const article = makeArticle({
      id: 'a_nameless',
      title: 'Relief flights resume to the islands',
      outlet: null,
      published: '2024-05-01',
      text: 'Relief flights to the outer islands resumed on Wednesday after the runway was repaired.',
      source: { file: 'digest.txt', startLine: 1, endLine: 3 },
    });
    const story = {
      id: 's_nameless',
      headline: article.title,
      articles: [article.id],
      outlets: [],
      first: article.published,
      last: article.published,
      independent: 1,
      lineage: [],
    };
    const none = { article: article.id, mentions: [], quotes: [], dates: [], figures: [] };
    const report = buildReport(resultOf([article], [none], [story]), {});
    expect(renderMarkdown(report)).toContain('outlet unknown · 1 article');
    expect(renderMarkdown(report)).not.toContain('0 outlets (');
    expect(renderHtml(report)).toContain('<span class="badge">outlet unknown</span>');
  });

  it('says a week-long date is a week, not the Monday it is written as', () => {
    const result = fixtureResult();
    const cited = result.articles[0]!.id;
    result.timeline = [
      {
        date: '2024-05-06',
        summary: 'Schools stayed shut in the valley this week.',
        articles: [cited],
        precision: 'week',
      },
      { date: '2024-05-08', summary: 'The dam burst on Wednesday.', articles: [cited], precision: 'day' },
    ];
    const dates = buildReport(result, {}).timeline.map((e) => e.date);
    expect(dates).toEqual(['week of 2024-05-06', '2024-05-08']);
  });

  it('cites only articles listed in the Sources appendix', () => {
    const anchors = new Set(model.sources.map((s) => s.anchor));
    const cited = [
      ...model.stories.flatMap((s) => [...s.sources, ...s.summary.flatMap((c) => c.sources)]),
      ...model.trackedFigures.flatMap((s) => s.points.map((p) => p.source)),
      ...model.timeline.flatMap((e) => e.sources),
      ...model.expected.flatMap((e) => e.sources),
      ...model.framing.flatMap((f) => f.examples.map((e) => e.source)),
    ];
    expect(cited.length).toBeGreaterThan(10);
    for (const anchor of cited) expect(anchors.has(anchor)).toBe(true);
  });

  it('lists what was reported before its day apart from what happened', () => {
    const expected = model.expected.map((e) => [e.date, e.text.slice(0, 17)]);
    expect(expected).toContainEqual(['2023-07-20', 'Donor governments']);
    expect(model.timeline.some((e) => e.date === '2023-07-20')).toBe(false);
    // The day the agreement expired was also reported afterwards: it happened.
    expect(model.timeline.some((e) => e.date === '2023-07-17')).toBe(true);
    const markdown = renderMarkdown(model);
    expect(markdown).toMatch(/### Announced or expected\n\n.*\n\n- \*\*2023-07-20\*\* Donor governments/);
    expect(renderHtml(model)).toContain('<h3>Announced or expected</h3>');
  });

  it('keeps only articles inside --since/--until', () => {
    const ranged = buildReport(fixtureResult(), { since: '2023-09-28', until: '2023-09-30' });
    const dates = ranged.sources.map((s) => s.published ?? '');
    expect(dates.length).toBeGreaterThan(0);
    for (const date of dates) expect(date >= '2023-09-28' && date <= '2023-09-30').toBe(true);
    expect(ranged.stats.articles).toBeLessThan(model.stats.articles);
  });

  it('without a range asked for, names the days its articles cover', () => {
    const days = fixtureResult()
      .articles.flatMap((a) => (a.published ? [a.published] : []))
      .sort();
    expect(model.title).toBe(`Situation report: ${days[0]} to ${days.at(-1)}`);
    expect([model.since, model.until]).toEqual([days[0], days.at(-1)]);
  });

  it('marks the points that take part in a conflict', () => {
    const series = model.trackedFigures[0]!;
    const conflict = series.conflicts.find((c) => c.asOf === '2023-10-02');
    expect(conflict?.values).toEqual([100625, 120000]);
    const marked = series.points.filter((p) => p.conflicting && p.asOf === '2023-10-02');
    expect(marked.map((p) => p.value)).toEqual([100625, 120000]);
  });

  it('leaves out a framing concept the articles use only once', () => {
    const result = fixtureResult();
    const [article] = result.articles;
    const example = { outlet: 'Wire One', article: article!.id, sentence: 'Rebel fighters held the ridge.' };
    result.framing = [
      { concept: 'armed groups', terms: { fighters: { 'Wire One': 1 } }, examples: { fighters: [example] } },
      {
        concept: 'the displacement',
        terms: { exodus: { 'Wire One': 1, 'Daily Two': 1 } },
        quoted: { exodus: { 'Daily Two': 1 } },
      },
    ];
    const framing = buildReport(result, {}).framing;
    expect(framing.map((f) => f.concept)).toEqual(['the displacement']);
    expect(framing[0]?.outlets).toEqual(['Daily Two', 'Wire One']);
  });

  it('lists one article’s repeats of one value on one day once, and a series one article fills not at all', () => {
    const result = fixtureResult();
    const [first, second] = result.articles;
    const point = (article: string, value: number, text: string) => ({
      value,
      qualifier: null,
      asOf: '2023-10-03',
      article,
      outlet: article === first!.id ? 'Wire One' : 'Daily Two',
      text,
    });
    result.trackedFigures = [
      {
        id: 'f-deaths',
        label: 'people killed: Goris',
        unit: 'people',
        points: [
          point(first!.id, 50, '50'),
          point(first!.id, 50, '50 people'),
          point(second!.id, 48, '48 people'),
        ],
        conflicts: [],
      },
      {
        id: 'f-trucks',
        label: 'trucks',
        unit: 'trucks',
        points: [point(first!.id, 20, '20 trucks'), point(first!.id, 20, 'twenty trucks')],
        conflicts: [],
      },
      {
        id: 'f-hay',
        label: 'tonnes of hay',
        unit: 'tons',
        points: [point(first!.id, 5400, '5,400 tonnes'), point(first!.id, 8000, '8,000 tonnes')],
        conflicts: [],
      },
    ];
    const series = buildReport(result, {}).trackedFigures;
    expect(series.map((s) => s.id)).toEqual(['f-deaths']);
    expect(series[0]!.points.map((p) => p.text)).toEqual(['50 people', '48 people']);
  });

  it('writes a series’ unit after its label only when the label does not say it', () => {
    expect(seriesHeading('people killed: Goris', 'people')).toEqual({
      label: 'people killed: Goris',
      unit: null,
    });
    expect(seriesHeading('aid pledged: Japan', 'EUR')).toEqual({ label: 'aid pledged: Japan', unit: 'EUR' });
    expect(renderMarkdown(buildReport(fixtureResult(), {}))).not.toMatch(/^### .*\(([^)]+)\).*\(\1\)$/m);
  });

  it('leaves out a framing concept whose only uses are one sentence repeated by copies', () => {
    const result = fixtureResult();
    const [first, second] = result.articles;
    const sentence = 'Staff were evacuated from the ministry through a side door.';
    result.framing = [
      {
        concept: 'people leaving',
        terms: { evacuation: { 'Wire One': 1, 'Daily Two': 1 } },
        examples: {
          evacuation: [
            { outlet: 'Wire One', article: first!.id, sentence },
            { outlet: 'Daily Two', article: second!.id, sentence },
          ],
        },
      },
    ];
    expect(buildReport(result, {}).framing).toEqual([]);
    result.framing[0]!.examples!.evacuation![1]!.sentence = 'Thousands were evacuated from the valley.';
    expect(buildReport(result, {}).framing.map((f) => f.concept)).toEqual(['people leaving']);
  });
});

describe('renderHtml', () => {
  const html = renderHtml(buildReport(hostileResult(), {}));

  it('escapes article strings and drops non-http links', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('Crisis &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;more&quot;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('digest &lt;b&gt;.txt');
  });

  it('is self-contained: no scripts, no external resources', () => {
    expect(html).not.toMatch(/<script|<link|<img|@import|src=/i);
    const external = [...html.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1]);
    for (const url of external) expect(url).toMatch(/^https?:\/\//);
    expect(html).toContain('@media print');
    expect(html).toContain('<svg class="chart"');
  });

  it('links every citation to an entry of the Sources appendix', () => {
    const ids = new Set([...html.matchAll(/<li id="(src-\d+)"/g)].map((m) => m[1]));
    const links = [...html.matchAll(/href="#(src-\d+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(10);
    for (const link of links) expect(ids.has(link)).toBe(true);
  });
});

describe('renderMarkdown', () => {
  const markdown = renderMarkdown(buildReport(hostileResult(), {}));

  it('has every section and anchors for its citations', () => {
    for (const heading of [
      '## Top stories',
      '## Tracked figures',
      '## Timeline',
      '## Framing',
      '## Sources',
    ]) {
      expect(markdown).toContain(heading);
    }
    const anchors = new Set([...markdown.matchAll(/<a id="(src-\d+)"><\/a>/g)].map((m) => m[1]));
    const links = [...markdown.matchAll(/\]\(#(src-\d+)\)/g)].map((m) => m[1]);
    for (const link of links) expect(anchors.has(link)).toBe(true);
  });

  it('escapes markup from articles', () => {
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('| 2023-10-02 | 100,625 ⚠ | Armenpress |');
  });
});

describe('key figures', () => {
  /** The key figures the report shows for one article holding `text` and these figures. */
  /** The key figures shown for `written` (words, value, and which occurrence of the words: 0 first). */
  function keyFigureTexts(text: string, written: [string, number, number?][]): string[] {
    const article = makeArticle({
      id: 'a_k1',
      title: 'Quake toll passes 11,000',
      outlet: 'Wire Service',
      published: '2023-02-08',
      text,
      source: { file: 'digest.txt', startLine: 1, endLine: 3 },
    });
    const figure = ([words, value, nth = 0]: [string, number, number?]) => {
      let start = text.indexOf(words);
      for (let n = 0; n < nth; n++) start = text.indexOf(words, start + 1);
      return {
        article: 'a_k1',
        text: words,
        value,
        low: null,
        high: null,
        qualifier: null,
        unit: 'people',
        subject: 'people',
        start,
        end: start + words.length,
      };
    };
    const extraction = { article: 'a_k1', mentions: [], quotes: [], dates: [], figures: written.map(figure) };
    const story = {
      id: 's_k',
      headline: article.title,
      articles: ['a_k1'],
      outlets: ['Wire Service'],
      first: '2023-02-08',
      last: '2023-02-08',
      independent: 1,
      lineage: [],
    };
    const model = buildReport(resultOf([article], [extraction], [story]), {});
    return model.stories[0]!.figures.map((f) => f.text);
  }

  it('shows a bare number with the start of its sentence, which says what it counts', () => {
    const text =
      'The number of people killed by the earthquake in the border region rose above 11,000 on Wednesday. Rescuers said 8,574 people had died in one country.';
    expect(
      keyFigureTexts(text, [
        ['11,000', 11_000],
        ['8,574 people', 8574],
      ]),
    ).toEqual([
      'The number of people killed by the earthquake in the border region rose above 11,000 on Wednesday',
      '8,574 people had died in one country',
    ]);
  });

  it('shows a count that ends its clause with the start of its sentence, which says what befell it', () => {
    const text =
      'The rail operator has cancelled 95 trains on the coastal line. Crews cleared 300 fallen trees overnight.';
    expect(
      keyFigureTexts(text, [
        ['95 trains', 95],
        ['300 fallen trees', 300],
      ]),
    ).toEqual([
      'The rail operator has cancelled 95 trains on the coastal line',
      'Crews cleared 300 fallen trees overnight',
    ]);
  });

  it('shows a count written in words with the start of its sentence, and no parent’s children', () => {
    const text =
      'The death toll from the landslide in the hill district rose to twelve on Monday. "We ran uphill in the dark," said Rosa Lind, a mother of eleven who sheltered at the chapel.';
    expect(
      keyFigureTexts(text, [
        ['twelve', 12],
        ['eleven', 11],
      ]),
    ).toEqual(['The death toll from the landslide in the hill district rose to twelve on Monday']);
  });

  it('leaves out a count that only tells who spoke', () => {
    const text =
      'Twelve aid agencies, including two UN bodies, said on Monday that the camps needed water. Floods displaced 40,000 people in the valley.';
    expect(
      keyFigureTexts(text, [
        ['Twelve aid agencies', 12],
        ['40,000 people', 40_000],
      ]),
    ).toEqual(['displaced 40,000 people in the valley']);
  });

  it('leaves out an aside after a short subject rather than cutting into it', () => {
    const text =
      'The checks, to be run by the provinces together with the fire brigades, the Ministry of Labour and the Ministry of Industry and Trade, will cover about 500 sites and start this week.';
    expect(keyFigureTexts(text, [['about 500 sites', 500]])).toEqual([
      'The checks … will cover about 500 sites and start this week',
    ]);
  });

  it('starts a long lead at what was said where a cut would start inside a name', () => {
    const text =
      'Speaking after a meeting with the agriculture minister in the capital on Monday, the head of the National Association of Grain and Oilseed Producers said farmers would gather at about 40 points along the main roads.';
    expect(keyFigureTexts(text, [['about 40 points', 40]])).toEqual([
      '…farmers would gather at about 40 points along the main roads',
    ]);
  });

  it('reads no verb in a hyphenated word after a count ("hardest-hit", "flood-affected")', () => {
    const text = 'Donors approved a plan on Friday to feed 52,000 people in the hardest-hit districts.';
    expect(keyFigureTexts(text, [['52,000 people', 52_000]])).toEqual([
      'Donors approved a plan on Friday to feed 52,000 people in the hardest-hit districts',
    ]);
  });

  it('shows a sentence that opens on a whole with the part it then gives', () => {
    const text = 'Of the 31 people confirmed dead by Tuesday night, 19 were seasonal workers from abroad.';
    expect(keyFigureTexts(text, [['31 people', 31]])).toEqual([
      'Of the 31 people confirmed dead by Tuesday night, 19 were seasonal workers from abroad',
    ]);
  });

  it('goes past an aside that lists what a count holds to the verb', () => {
    const text = 'Fourteen lorries, nine tankers and five flatbeds, were stopped at the crossing on Friday.';
    expect(keyFigureTexts(text, [['Fourteen lorries', 14]])).toEqual([
      'Fourteen lorries … were stopped at the crossing on Friday',
    ]);
  });

  it('starts a long lead after a quotation it would otherwise cut into', () => {
    const text =
      'At the briefing the minister repeated that her government had always stood by the islanders and in view of “this appalling emergency that has fallen on our closest neighbours across the water” had sent 8 million euros for shelters on the main island.';
    expect(keyFigureTexts(text, [['8 million euros', 8_000_000]])).toEqual([
      '…had sent 8 million euros for shelters on the main island',
    ]);
  });

  it('keeps the verb before a count whose clause goes on with "and" to the next deed', () => {
    const text =
      'The city council has identified 41 low-lying areas and set up 2,700 tents for people who may need to leave.';
    expect(keyFigureTexts(text, [['41 low-lying areas', 41]])).toEqual([
      'The city council has identified 41 low-lying areas and set up 2,700 tents for people who may need to leave',
    ]);
  });

  it('shows what a part of a whole counts, after the number', () => {
    const text =
      'Prosecutors charged three soldiers with theft from the barracks in the north on Thursday, and police said they had recovered 12 of the 40 rifles taken from the armoury. Of the 275 dead, 88 have been named.';
    expect(
      keyFigureTexts(text, [
        ['12', 12],
        ['275', 275],
      ]),
    ).toEqual([
      '…police said they had recovered 12 of the 40 rifles taken from the armoury',
      'Of the 275 dead, 88 have been named',
    ]);
  });

  it('starts a long bare count at what was said, not inside the name of who said it', () => {
    const text =
      'The United Nations envoy for the rights of children and armed conflict, Maria Lindqvist, said on Monday that at least 14 pupils had been killed and more than 60 hurt.';
    expect(keyFigureTexts(text, [['more than 60', 60]])).toEqual([
      '…at least 14 pupils had been killed and more than 60 hurt',
    ]);
  });

  it('shows what a figure counts from before it when the clause after it only says who reported it', () => {
    const text =
      'Judges issued arrest warrants for 58 people, among them three council members, the state news agency reported.';
    expect(keyFigureTexts(text, [['58 people', 58]])).toEqual([
      'Judges issued arrest warrants for 58 people',
    ]);
  });

  it('shows a count the sentence names as known from the start of its sentence', () => {
    const text =
      'A vigil for the 15 people killed in the blast turned to panic when a loud noise swept the crowd.';
    expect(keyFigureTexts(text, [['15 people', 15]])).toEqual([
      'A vigil for the 15 people killed in the blast turned to panic when a loud noise swept the crowd',
    ]);
  });

  it('shows a large number written the same way twice as one figure', () => {
    const text =
      'Organisers said more than 250,000 people took part in the march. Police later confirmed that more than 250,000 people filled the square.';
    expect(
      keyFigureTexts(text, [
        ['more than 250,000 people', 250_000, 0],
        ['more than 250,000 people', 250_000, 1],
      ]),
    ).toEqual(['more than 250,000 people took part in the march']);
  });

  it('shows what a share or a sum alone measures, from the start of its clause', () => {
    const text =
      'The islands stayed open, though bookings for next month on the largest of them had fallen by about 30%.';
    expect(keyFigureTexts(text, [['about 30%', 30]])).toEqual([
      'The islands stayed open, though bookings for next month on the largest of them had fallen by about 30%',
    ]);
  });

  it('stops a bare number at an aside and a figure at a second thing reported', () => {
    const text =
      'The toll from the blasts in the capital has risen to 12, including two children, the health minister said. Officials said 17 people had been detained and that the search was still going on.';
    expect(
      keyFigureTexts(text, [
        ['12', 12],
        ['17 people', 17],
      ]),
    ).toEqual(['The toll from the blasts in the capital has risen to 12', '17 people had been detained']);
  });

  it('shows a number with only a qualifier like a bare one, and stops at another clause', () => {
    const text =
      'Officials said the total number of dead in the province was at least 25. Norway pledged 3 million crowns in aid and said a team would follow.';
    expect(
      keyFigureTexts(text, [
        ['at least 25', 25],
        ['3 million crowns', 3_000_000],
      ]),
    ).toEqual([
      'Officials said the total number of dead in the province was at least 25',
      'Norway pledged 3 million crowns in aid',
    ]);
  });

  it('leaves out figures of years gone by, but keeps a running total and a comparison', () => {
    const text =
      'About 40,000 people fled the valley in the war of the 1990s. The flood has displaced 12,000 people since the rains began in 2019. Officials said 15,000 homes were lost, more than in 2010.';
    expect(
      keyFigureTexts(text, [
        ['About 40,000 people', 40_000],
        ['12,000 people', 12_000],
        ['15,000 homes', 15_000],
      ]),
    ).toEqual(['displaced 12,000 people since the rains began in 2019', '15,000 homes were lost']);
  });

  it('shows one figure a sentence, with the verb that says what it counts', () => {
    const text =
      'The quake has killed at least 1,002 people and injured 2,376, the military said on Saturday.';
    expect(
      keyFigureTexts(text, [
        ['at least 1,002 people', 1002],
        ['2,376', 2376],
      ]),
    ).toEqual(['killed at least 1,002 people and injured 2,376']);
  });
});

describe('key figures of several outlets', () => {
  it('shows one value of a tracked series once, citing every outlet that gave it', () => {
    const texts = [
      'The storm killed 12 people on the island on Monday, officials said.',
      'Twelve people died on the island when the storm struck on Monday, officials said.',
    ];
    const articles = texts.map((text, i) =>
      makeArticle({
        id: `a_m${i}`,
        title: `Storm report ${i}`,
        outlet: `Outlet ${i}`,
        published: '2024-07-02',
        text,
        source: { file: 'digest.txt', startLine: 1 + i * 4, endLine: 3 + i * 4 },
      }),
    );
    const written = ['12 people', 'Twelve people'];
    const subjects = ['people killed', 'people died'];
    const extractions = articles.map((article, i) => {
      const start = article.text.indexOf(written[i]!);
      const figure = {
        article: article.id,
        text: written[i]!,
        value: 12,
        low: null,
        high: null,
        qualifier: null,
      };
      return {
        article: article.id,
        mentions: [],
        quotes: [],
        dates: [],
        figures: [
          { ...figure, unit: 'people', subject: subjects[i]!, start, end: start + written[i]!.length },
        ],
      };
    });
    const story = {
      id: 's_m',
      headline: articles[0]!.title,
      articles: articles.map((a) => a.id),
      outlets: articles.map((a) => a.outlet ?? ''),
      first: '2024-07-02',
      last: '2024-07-02',
      independent: 2,
      lineage: [],
    };
    const result = resultOf(articles, extractions, [story]);
    expect(result.trackedFigures).toHaveLength(1);
    const figures = buildReport(result, {}).stories[0]!.figures;
    expect(figures).toHaveLength(1);
    expect(figures[0]!.sources).toHaveLength(2);
  });
});

/** A result of one article and its extraction, the article a story of its own. */
function oneArticleResult(article: Article, extractions: Extraction[]): AnalysisResult {
  const story = {
    id: 's_one',
    headline: article.title,
    articles: [article.id],
    outlets: [article.outlet ?? ''],
    first: article.published,
    last: article.published,
    independent: 1,
    lineage: [],
  };
  return resultOf([article], extractions, [story]);
}

describe('key figures worth listing', () => {
  it('lists counts, sums and ranges, not the small numbers of a sentence’s wording nor a place’s size', async () => {
    const { extractAll } = await import('../extract/index.js');
    const text = [
      'The foreign minister raised two concerns about a three-way format for the talks in Vienna.',
      'The ministry pledged 8 million euros for shelters near the border.',
      'Aid workers said estimates of residents still in the valley ranged from 20-300.',
      'The province of about 900,000 people has had no power since the storm.',
      'A farmer waited at the school gate with her two children.',
      'Two people were rescued from a roof near the bridge.',
    ].join('\n\n');
    const article = makeArticle({
      id: 'a_k1',
      title: 'Ministry pledges shelter money',
      outlet: 'Outlet',
      published: '2024-03-05',
      text,
      source: { file: 'digest.txt', startLine: 1, endLine: 6 },
    });
    const { extractions } = extractAll([article]);
    const figures = buildReport(oneArticleResult(article, extractions), {}).stories[0]!.figures;
    const lines = figures.map((f) => f.text);
    expect(lines).toContain('The ministry pledged 8 million euros for shelters near the border');
    expect(lines).toContain('Aid workers said estimates of residents still in the valley ranged from 20-300');
    expect(lines.join(' ')).not.toMatch(/concerns|three-way|900,000|children/);
    expect(lines.some((line) => line.startsWith('Two people were rescued'))).toBe(true);
  });
});

describe('quotes in the report', () => {
  it('leave the comma before the attribution to the sentence that carried them', async () => {
    const { extractAll } = await import('../extract/index.js');
    const article = makeArticle({
      id: 'a_q1',
      title: 'Mayor asks for patience as roads reopen',
      outlet: 'Outlet',
      published: '2024-03-05',
      text: '“Every road into the valley will be open by Friday,” Mayor Lena Ortiz said on Tuesday.',
      source: { file: 'digest.txt', startLine: 1, endLine: 3 },
    });
    const { extractions } = extractAll([article]);
    expect(extractions[0]!.quotes[0]!.text.endsWith(',')).toBe(true);
    const model = buildReport(oneArticleResult(article, extractions), {});
    expect(model.stories[0]!.quotes.map((q) => q.text)).toEqual([
      'Every road into the valley will be open by Friday',
    ]);
  });
});

describe('key quotes of a story', () => {
  it("show each speaker's words said in full before a phrase an article quoted", async () => {
    const { extractAll } = await import('../extract/index.js');
    const article = makeArticle({
      id: 'a_q2',
      title: 'President condemns the raid on the ministry',
      outlet: 'Outlet',
      published: '2024-03-05',
      text: [
        'President Maria Lopes called the raid "an attack on all of us" and asked for calm.',
        '“We will rebuild the ministry, and those who ordered this will face the courts,” Lopes told reporters on Wednesday.',
        '“Nobody was hurt inside the building,” said the fire chief, Tomas Reyes.',
      ].join('\n\n'),
      source: { file: 'digest.txt', startLine: 1, endLine: 8 },
    });
    const { extractions } = extractAll([article]);
    const model = buildReport(oneArticleResult(article, extractions), {});
    expect(model.stories[0]!.quotes.map((q) => `${q.speaker}: ${q.text}`)).toEqual([
      'Maria Lopes: We will rebuild the ministry, and those who ordered this will face the courts',
      'Tomas Reyes: Nobody was hurt inside the building',
    ]);
  });
});

describe('who said what', () => {
  it('shows a quote that repeats part of a longer one once, under the longer one, citing both', async () => {
    const { extractAll } = await import('../extract/index.js');
    const article = (id: string, outlet: string, text: string) =>
      makeArticle({
        id,
        title: `Governor speaks ${id}`,
        outlet,
        published: '2024-03-05',
        text,
        source: { file: 'digest.txt', startLine: 1, endLine: 3 },
      });
    const full = article(
      'a_s1',
      'Wire',
      '“The dam held through the night, and every family below it is safe,” Governor Ana Petrov said on Tuesday.',
    );
    const part = article(
      'a_s2',
      'Paper',
      'Governor Ana Petrov said “every family below it is safe” after the water dropped.',
    );
    const { extractions } = extractAll([full, part]);
    const story = {
      id: 's_two',
      headline: full.title,
      articles: [full.id, part.id],
      outlets: ['Wire', 'Paper'],
      first: full.published,
      last: full.published,
      independent: 2,
      lineage: [],
    };
    const model = buildReport(resultOf([full, part], extractions, [story]), {});
    const speaker = model.speakers.find((s) => s.speaker === 'Ana Petrov');
    expect(speaker?.quotes.map((q) => q.text)).toEqual([
      'The dam held through the night, and every family below it is safe',
    ]);
    expect(speaker?.quotes[0]?.sources).toHaveLength(2);
  });
});
