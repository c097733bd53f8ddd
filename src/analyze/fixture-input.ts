// Loads a hand-written analysis fixture (fixtures/analyze/<case>/input.json) into a CorpusInput.
// Fixtures give mentions by their text; offsets are found here so that the data stays readable.
import { readFileSync } from 'node:fs';
import { makeArticle } from '../read/article.js';
import type { Article, DateMention, EntityMention, Extraction, Figure, Quote, Story } from '../types.js';
import type { CorpusInput } from './index.js';

type Spanless<T> = Omit<T, 'start' | 'end'> & { start?: number; end?: number };

interface FixtureInput {
  articles: (Partial<Article> & { id: string; text: string })[];
  figures?: Spanless<Figure>[];
  dates?: Spanless<DateMention>[];
  quotes?: Spanless<Quote>[];
  mentions?: Spanless<EntityMention>[];
  stories?: Story[];
}

export function loadFixtureInput(path: string): CorpusInput {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as FixtureInput;
  const articles = raw.articles.map(toArticle);
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const locate = <T extends { article: string; text: string }>(m: Spanless<T>): T => {
    const start = m.start ?? (textOf.get(m.article) ?? '').indexOf(m.text);
    if (start < 0) throw new Error(`${path}: "${m.text}" not found in ${m.article}`);
    return { ...m, start, end: m.end ?? start + m.text.length } as unknown as T;
  };
  const extractions: Extraction[] = articles.map((a) => ({
    article: a.id,
    mentions: (raw.mentions ?? []).filter((m) => m.article === a.id).map(locate<EntityMention>),
    quotes: (raw.quotes ?? []).filter((m) => m.article === a.id).map(locate<Quote>),
    figures: (raw.figures ?? [])
      .filter((m) => m.article === a.id)
      .map((f) => locate<Figure>({ ...f, low: f.low ?? null, high: f.high ?? null })),
    dates: (raw.dates ?? []).filter((m) => m.article === a.id).map(locate<DateMention>),
  }));
  return { articles, extractions, stories: raw.stories ?? [] };
}

function toArticle(partial: FixtureInput['articles'][number]): Article {
  return makeArticle({ title: '', source: { file: 'fixture.txt', startLine: 1, endLine: 1 }, ...partial });
}
