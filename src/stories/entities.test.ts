import { describe, expect, it } from 'vitest';
import type { Article, Extraction } from '../types.js';
import { Clusterer, type Tuning } from './cluster.js';

function article(id: string, title: string, text: string, published: string | null = '2024-03-01'): Article {
  return {
    id,
    title,
    outlet: null,
    outletCountry: null,
    published,
    time: null,
    dateline: null,
    byline: [],
    url: null,
    kind: 'news',
    text,
    source: { file: 'test', startLine: 1, endLine: 1 },
  };
}

/** An extraction naming each of `names` once, as a person when written in two words, else a place. */
function naming(id: string, names: string[]): Extraction {
  const mentions = names.map((name) => ({
    article: id,
    name,
    type: name.includes(' ') ? ('person' as const) : ('place' as const),
    text: name,
    start: 0,
    end: 0,
  }));
  return { article: id, mentions, quotes: [], figures: [], dates: [] };
}

const FILLER = [
  ['Harbour cranes idle as dock strike enters second week', 'Dock workers kept cranes idle at the harbour.'],
  ['Wheat prices climb after dry spring', 'Farmers reported thin harvests across the plains.'],
  ['City council approves new tram line', 'The council voted for a tram line to the airport.'],
  ['Museum reopens after roof repairs', 'Visitors returned to the museum galleries on Saturday.'],
  ['Ferry service resumes after storm', 'Boats sailed again once the winds dropped.'],
  ['Library extends opening hours', 'Readers can borrow books until late in the evening.'],
].map(([title, text], i) => article(`f${i}`, title!, text!));

const FIRST = article(
  'a1',
  'Actress checks into rehab clinic',
  'The actress entered a rehab centre in Malibu, her publicist said, asking for privacy for her family.',
);
const SECOND = article(
  'a2',
  'Star seeks treatment, representative confirms',
  'A representative confirmed the star is receiving care in Malibu and thanked fans for their support.',
);

function storiesOf(tuning: Partial<Tuning>, published: string | null = '2024-03-01'): number {
  const clusterer = new Clusterer(3, undefined, tuning);
  const [first, second] = [FIRST, SECOND].map((a) => ({ ...a, published }));
  for (const filler of FILLER) clusterer.add({ ...filler, published }, naming(filler.id, []));
  clusterer.add(first!, naming('a1', ['Tara Reid', 'Malibu']));
  clusterer.add(second!, naming('a2', ['Tara Reid', 'Malibu']));
  return new Set(
    [FIRST, SECOND].map((a) => clusterer.all().find((s) => s.members.some((m) => m.id === a.id))!.id),
  ).size;
}

describe('entity overlap', () => {
  it('joins two differently worded reports that name the same rare person', () => {
    expect(storiesOf({ entityBoost: 0, nameBoostFloor: 0 })).toBe(2);
    expect(storiesOf({ entityBoost: 0.4, nameBoostFloor: 0 })).toBe(1);
  });

  it('only above nameBoostFloor in a dated stream, at any similarity without dates', () => {
    expect(storiesOf({ entityBoost: 0.4 })).toBe(2);
    expect(storiesOf({ entityBoost: 0.4 }, null)).toBe(1);
  });
});
