// Counts for scoring the extract stage against a hand-made gold file in the shared digest's format
// (entities, quotes, figures, dates). Counts rather than ratios, so that several gold files can be
// pooled: a score over all of them weighs each item once, not each file once.
import type { Extraction } from '../src/types.js';
import { normalizeForCompare } from '../src/util/text.js';

export interface GoldEntity {
  name: string;
  type: string;
  aliases: string[];
}
export interface GoldExtraction {
  entities: GoldEntity[];
  quotes: { title: string; speaker: string | null; startsWith: string }[];
  figures: { title: string; text: string; value: number | null }[];
  dates: { title: string; phrase: string; date: string }[];
}

/** One extractor's counts: gold items, gold items found, our items, our items that match gold, and
 * of the found ones, how many carry the right attribute (speaker, value, date, canonical name). */
export interface Tally {
  gold: number;
  found: number;
  ours: number;
  oursMatched: number;
  right: number;
}

export const emptyTally = (): Tally => ({ gold: 0, found: 0, ours: 0, oursMatched: 0, right: 0 });

export function addTally(into: Tally, more: Tally): void {
  into.gold += more.gold;
  into.found += more.found;
  into.ours += more.ours;
  into.oursMatched += more.oursMatched;
  into.right += more.right;
}

export const norm = (text: string) => normalizeForCompare(text).replace(/[^\p{L}\p{N} ]+/gu, '');

/** A ratio rounded to three places (0 when there is nothing to divide by). */
export const ratio = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000;

export const f1 = (p: number, r: number) =>
  p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 1000) / 1000;

/** SITREP_EVAL_DEBUG=1 lists every miss. */
export const debug = (line: string) => {
  if (process.env.SITREP_EVAL_DEBUG) process.stdout.write(`  · ${line}\n`);
};

const entityKey = (e: { type: string; name: string }) => `${e.type}|${norm(e.name)}`;

/** Entities by canonical name and type; `right` counts gold variants given the gold canonical name. */
export function tallyEntities(gold: GoldEntity[], entities: GoldEntity[]): Tally {
  const ours = new Set(entities.map(entityKey));
  const goldKeys = new Set(gold.map(entityKey));
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.ours = entities.length;
  for (const g of gold) {
    if (ours.has(entityKey(g))) tally.found++;
    else debug(`entity missing: ${g.name} (${g.type})`);
  }
  for (const e of entities) {
    if (goldKeys.has(entityKey(e))) tally.oursMatched++;
    else debug(`entity extra: ${e.name} (${e.type})`);
  }
  return tally;
}

/** Gold variants written in the text, and how many of them we gave the gold canonical name and type. */
export function tallyCanonical(
  gold: GoldEntity[],
  entities: GoldEntity[],
): { variants: number; right: number } {
  let variants = 0;
  let right = 0;
  for (const g of gold) {
    for (const alias of g.aliases) {
      const holder = entities.find((e) => e.aliases.some((a) => norm(a) === norm(alias)));
      if (!holder) continue;
      variants++;
      if (norm(holder.name) === norm(g.name) && holder.type === g.type) right++;
    }
  }
  return { variants, right };
}

/**
 * Quotes found by their first words in the article with the gold title; `right` counts the right
 * speaker. Our quotes are counted in `titles` (the articles the gold covers).
 */
export function tallyQuotes(
  gold: GoldExtraction['quotes'],
  byTitle: Map<string, Extraction>,
  titles: Set<string>,
): Tally {
  const tally = emptyTally();
  tally.gold = gold.length;
  const used = new Set<unknown>();
  for (const g of gold) {
    const quotes = byTitle.get(norm(g.title))?.quotes ?? [];
    const hit = quotes.find((q) => !used.has(q) && norm(q.text).startsWith(norm(g.startsWith)));
    if (!hit) {
      debug(`quote missing: "${g.startsWith}" (${g.speaker})`);
      continue;
    }
    used.add(hit);
    tally.found++;
    if (norm(hit.speaker ?? '') === norm(g.speaker ?? '')) tally.right++;
    else debug(`speaker: "${g.startsWith}" gold ${g.speaker}, ours ${hit.speaker}`);
  }
  for (const [title, extraction] of byTitle) {
    if (!titles.has(title)) continue;
    tally.ours += extraction.quotes.length;
    for (const q of extraction.quotes)
      if (!used.has(q)) debug(`quote extra: "${q.text.slice(0, 50)}" (${q.speaker})`);
  }
  tally.oursMatched = used.size;
  return tally;
}

/** A text as words split at anything but letters and digits, thousands separators dropped. */
const words = (text: string) =>
  ` ${normalizeForCompare(text)
    .replace(/(\d)[,.](?=\d{3}(?!\d))/g, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/** One text holds the other as whole words ("62" is not in "about 62,000 residents"). */
const overlapText = (a: string, b: string) => {
  const x = words(a);
  const y = words(b);
  return x.includes(y) || y.includes(x);
};

/** How one kind of phrase record (figures, dates) is read: its text, its value, and the gold's. */
interface PhraseKind<G, O> {
  name: string;
  goldText: (g: G) => string;
  goldValue: (g: G) => unknown;
  ours: (e: Extraction) => O[];
  text: (o: O) => string;
  value: (o: O) => unknown;
}

/**
 * Phrase records found by overlapping text in the article with the gold title; `right` counts the
 * right value. Our records are counted in the articles `titles` names.
 */
function tallyPhrases<G extends { title: string }, O>(
  kind: PhraseKind<G, O>,
  gold: G[],
  byTitle: Map<string, Extraction>,
  titles: Set<string>,
): Tally {
  const tally = emptyTally();
  tally.gold = gold.length;
  for (const g of gold) {
    const extraction = byTitle.get(norm(g.title));
    // Of our records that overlap the gold phrase, the one with the same words wins; of dates, else
    // the longest: "October" (of "October's election") must not stand for the gold's "October 9" when
    // "October 9" is ours too, nor "Christmas" for "On Christmas Eve" beside our "Christmas Eve". (Of
    // figures the first stays: "38 of the 67 people" is the 38, not the longer "67 people".)
    const overlapping = extraction
      ? kind.ours(extraction).filter((o) => overlapText(kind.text(o), kind.goldText(g)))
      : [];
    const same = overlapping.find((o) => words(kind.text(o)) === words(kind.goldText(g)));
    const longest = overlapping.reduce<O | undefined>(
      (best, o) => (best && kind.text(best).length >= kind.text(o).length ? best : o),
      undefined,
    );
    const hit = same ?? (kind.name === 'date' ? longest : overlapping[0]);
    if (!hit) {
      debug(`${kind.name} missing: ${kind.goldText(g)} (${kind.goldValue(g)})`);
      continue;
    }
    tally.found++;
    if (kind.value(hit) === kind.goldValue(g)) tally.right++;
    else debug(`${kind.name} value: ${kind.goldText(g)} gold ${kind.goldValue(g)}, ours ${kind.value(hit)}`);
  }
  for (const [title, extraction] of byTitle) {
    if (!titles.has(title)) continue;
    for (const o of kind.ours(extraction)) {
      tally.ours++;
      if (gold.some((g) => norm(g.title) === title && overlapText(kind.text(o), kind.goldText(g))))
        tally.oursMatched++;
      else debug(`${kind.name} extra: ${kind.text(o)} (${kind.value(o)})`);
    }
  }
  return tally;
}

/** Figures by overlapping text; `right` counts the right value. */
export function tallyFigures(
  gold: GoldExtraction['figures'],
  byTitle: Map<string, Extraction>,
  titles: Set<string>,
): Tally {
  return tallyPhrases(
    {
      name: 'figure',
      goldText: (g) => g.text,
      goldValue: (g) => g.value,
      ours: (e) => e.figures,
      text: (f) => f.text,
      value: (f) => f.value,
    },
    gold,
    byTitle,
    titles,
  );
}

/** Date phrases by overlapping text; `right` counts the right date. */
export function tallyDates(
  gold: GoldExtraction['dates'],
  byTitle: Map<string, Extraction>,
  titles: Set<string>,
): Tally {
  return tallyPhrases(
    {
      name: 'date',
      goldText: (g) => g.phrase,
      goldValue: (g) => g.date,
      ours: (e) => e.dates,
      text: (d) => d.text,
      value: (d) => d.date,
    },
    gold,
    byTitle,
    titles,
  );
}
