// Synthetic digests for tests and benchmarks: deterministic news-like text (a Zipf vocabulary of
// pseudo-words, capitalised names, figures, quotes, accented place names) laid out as digests. Each
// day has a few events reported by several outlets; some articles come back verbatim in the next
// day's digest, and some are rewrites of another outlet's report, so dedup and stories have work.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../util/random.js';

/** Seeded generator (re-exported under the name the tests use). */
export const random = seededRandom;

const SYLLABLES = 'ka ra ba kh ne ti so lu ma vo ze ri an el or us gu de pe ya li mo shi ta ve'.split(' ');
const FUNCTION_WORDS = 'the of and to in a that said on for was with as by at from his it an were have'.split(
  ' ',
);
export const ACCENTED = ['Türkiye', 'Ağdam', 'Şuşa', 'Gyumri', 'Kornidzor', 'Xankəndi', 'Yerevan', 'Bakı'];

/** A vocabulary of pseudo-words drawn with Zipf's law, as words are in real text. */
export class Vocabulary {
  readonly words: string[];
  private readonly cumulative: number[];

  constructor(size: number, next: () => number) {
    const words = new Set<string>(FUNCTION_WORDS);
    while (words.size < size) {
      const length = 2 + Math.floor(next() * 3);
      words.add(Array.from({ length }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join(''));
    }
    this.words = [...words];
    let total = 0;
    this.cumulative = this.words.map((_, rank) => (total += 1 / (rank + 1)));
  }

  pick(next: () => number): string {
    const target = next() * (this.cumulative.at(-1) ?? 1);
    let low = 0;
    let high = this.cumulative.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((this.cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return this.words[low] ?? 'the';
  }
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function sentence(vocabulary: Vocabulary, next: () => number): string {
  const words = Array.from({ length: 12 + Math.floor(next() * 14) }, () => vocabulary.pick(next));
  if (next() < 0.3) words.splice(3, 0, capital(vocabulary.pick(next)), capital(vocabulary.pick(next)));
  if (next() < 0.2) words.splice(5, 0, ACCENTED[Math.floor(next() * ACCENTED.length)] ?? 'Yerevan');
  if (next() < 0.25)
    words.push('said', `${Math.floor(next() * 90_000 + 100).toLocaleString('en-US')}`, 'people');
  const text = `${capital(words.join(' '))}.`;
  return next() < 0.1 ? `"${text}" ${capital(vocabulary.pick(next))} said.` : text;
}

export interface GeneratedArticle {
  title: string;
  outlet: string;
  day: Date;
  paragraphs: string[];
}

export const OUTLETS = [
  'Reuters',
  'Armenpress',
  'JAM News',
  'The Guardian',
  'Eurasianet',
  'Al Jazeera',
  'Daily Sabah',
];

export function generateArticle(vocabulary: Vocabulary, next: () => number, day: Date): GeneratedArticle {
  const title = capital(Array.from({ length: 7 }, () => vocabulary.pick(next)).join(' '));
  const paragraphs = Array.from({ length: 4 + Math.floor(next() * 4) }, () =>
    Array.from({ length: 1 + Math.floor(next() * 3) }, () => sentence(vocabulary, next)).join(' '),
  );
  return { title, outlet: OUTLETS[Math.floor(next() * OUTLETS.length)] ?? 'Reuters', day, paragraphs };
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** The digest layout: title, blank, outlet, date, blank, paragraphs separated by blank lines. */
export function digestText(articles: GeneratedArticle[]): string {
  return articles
    .map((a) => {
      const date = `${MONTHS[a.day.getUTCMonth()]} ${a.day.getUTCDate()} ${a.day.getUTCFullYear()}`;
      return `${a.title}\n\n${a.outlet}\n${date}\n\n${a.paragraphs.join('\n\n')}\n`;
    })
    .join('\n\n');
}

export function dayAfter(start: string, days: number): Date {
  return new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000);
}

/** Writes `files` digests of `perFile` articles, one day apart; returns their total bytes. */
export function writeDigests(dir: string, files: number, perFile: number, seed = 7): number {
  const next = random(seed);
  const vocabulary = new Vocabulary(20_000, next);
  mkdirSync(dir, { recursive: true });
  let rawBytes = 0;
  let yesterday: GeneratedArticle[] = [];
  for (let file = 0; file < files; file++) {
    const day = dayAfter('2023-09-01', file);
    const articles = dayOfNews(vocabulary, next, day, perFile, yesterday);
    const text = digestText(articles);
    writeFileSync(join(dir, `digest-${day.toISOString().slice(0, 10)}.txt`), text);
    rawBytes += Buffer.byteLength(text);
    yesterday = articles;
  }
  return rawBytes;
}

/** One day: events covered by several outlets, a few repeats from yesterday and a few rewrites. */
function dayOfNews(
  vocabulary: Vocabulary,
  next: () => number,
  day: Date,
  count: number,
  yesterday: GeneratedArticle[],
): GeneratedArticle[] {
  const articles: GeneratedArticle[] = [];
  const events = Array.from({ length: Math.max(1, Math.round(count / 5)) }, () =>
    Array.from({ length: 6 }, () => capital(vocabulary.words[300 + Math.floor(next() * 15_000)] ?? 'ka')),
  );
  while (articles.length < count) {
    const roll = next();
    const earlier = yesterday[Math.floor(next() * yesterday.length)];
    const sibling = articles[Math.floor(next() * articles.length)];
    if (roll < 0.08 && earlier) articles.push(earlier);
    else if (roll < 0.16 && sibling) articles.push(rewrite(sibling, vocabulary, next));
    else articles.push(eventArticle(vocabulary, next, day, events[Math.floor(next() * events.length)] ?? []));
  }
  return articles;
}

function eventArticle(
  vocabulary: Vocabulary,
  next: () => number,
  day: Date,
  event: string[],
): GeneratedArticle {
  const article = generateArticle(vocabulary, next, day);
  const pick = () => event[Math.floor(next() * event.length)] ?? '';
  return {
    ...article,
    title: `${pick()} ${pick()} ${article.title.split(' ').slice(0, 4).join(' ').toLowerCase()} ${pick()}`,
    paragraphs: article.paragraphs.map((paragraph) => `${pick()} ${pick()} ${paragraph} ${pick()}.`),
  };
}

/** Another outlet's copy with its first paragraph reworded. */
function rewrite(original: GeneratedArticle, vocabulary: Vocabulary, next: () => number): GeneratedArticle {
  const outlet = OUTLETS.find((o) => o !== original.outlet && next() < 0.5) ?? OUTLETS[0] ?? 'Reuters';
  const [, ...rest] = original.paragraphs;
  return { ...original, outlet, paragraphs: [sentence(vocabulary, next), ...rest] };
}
