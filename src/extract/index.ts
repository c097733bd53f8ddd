// The extract stage: Article → entity mentions, quotes, figures and dates, all with spans.
//
// Each article is annotated once (annotate.ts) and every extractor reads that one annotation. The
// order matters only in that quotes need the entity mentions to name their speakers. After the
// per-article pass, a corpus pass links lone surnames to full names seen in other articles of the
// same batch and aggregates mentions into entities. Both passes are deterministic given the gazetteer
// and the batch, so a store can run this on new articles only and merge entities by id.

import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Article, DateMention, Entity, EntityMention, Extraction } from '../types.js';
import { mapped, memoized } from '../util/collections.js';
import { stableId } from '../util/hash.js';
import { diacriticCount } from '../util/text.js';
import { type Annotated, annotate } from './annotate.js';
import { extractDates } from './dates.js';
import {
  extractEntities,
  formKey,
  fullNameIndex,
  isOrganisation,
  linkPending,
  nameForms,
  renamedMention,
  surnameIndex,
} from './entities.js';
import { writtenSpellings } from './entity-spellings.js';
import { isFullName } from './entity-words.js';
import { extractFigures } from './figures.js';
import { type Gazetteer, type GazetteerEntry, loadGazetteer, tokenKey } from './gazetteer.js';
import { withHeaderNames } from './header-names.js';
import { extractQuotes } from './quotes.js';

export interface ExtractOptions {
  gazetteer?: Gazetteer;
  workers?: number | 'auto';
  /** Text size from which extractAllParallel uses workers (default PARALLEL_THRESHOLD); tests lower it. */
  parallelThreshold?: number;
  /**
   * Whether the main thread extracts too while the workers run (default true, the fastest). false
   * starts one worker per thread and leaves the event loop free, e.g. for a server.
   */
  useMainThread?: boolean;
  /**
   * Link names (surnames, spellings, acronyms) within each input file only, as `sitrep ingest` does
   * one file at a time, rather than across the whole batch (see resolveCorpus).
   */
  linkWithinFiles?: boolean;
  /** Called as articles are done (extractAll): for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface ExtractResult {
  extractions: Extraction[];
  entities: Entity[];
}

/** One article's extraction before the corpus pass, with the words still waiting for a full name. */
export interface LocalExtraction {
  extraction: Extraction;
  pending: EntityMention[];
}

/** Below this much text, starting worker threads costs more than it saves. */
export const PARALLEL_THRESHOLD = 2 * 1024 * 1024;

/** One article, no corpus-level resolution. */
export function extractArticle(article: Article, gazetteer: Gazetteer): Extraction {
  return extractLocal(article, gazetteer).extraction;
}

export function extractLocal(article: Article, gazetteer: Gazetteer): LocalExtraction {
  return extractAnnotated(article, annotate(article.text), gazetteer);
}

function extractAnnotated(article: Article, annotated: Annotated, gazetteer: Gazetteer): LocalExtraction {
  const { mentions, pending } = extractEntities(article, annotated, gazetteer);
  // Quotes, figures and dates are read by English rules: in another language they would be noise
  // ("100 000 personnes ont fui" counted in units of "le"). Names are still found by the gazetteer.
  const english = readsAsEnglish(annotated);
  return {
    extraction: {
      article: article.id,
      mentions,
      quotes: english ? extractQuotes(article, annotated, mentions) : [],
      figures: english ? extractFigures(article, annotated) : [],
      dates: english ? outsideNames(extractDates(article, annotated), mentions) : [],
    },
    pending,
  };
}

/**
 * "Opposition Leader Marlon Sunday", "“…,” Sunday said": a weekday or month inside a person's name is
 * no date (the date rules read words, the entity rules see the whole name).
 */
function outsideNames(dates: DateMention[], mentions: EntityMention[]): DateMention[] {
  const people = mentions.filter((m) => m.type === 'person');
  if (people.length === 0 || dates.length === 0) return dates;
  return dates.filter((d) => !people.some((m) => m.start <= d.start && d.end <= m.end));
}

const ENGLISH_WORDS = new Set(
  'the and of to in is was were said for on that with from by has have are it its this'.split(' '),
);
const OTHER_WORDS = new Set(
  'le les des et est une du au aux dans pour sur el los las del que por para con una der die das und ist nicht mit den dem il che di per gli della não os em uma pelo'.split(
    ' ',
  ),
);

/**
 * Whether a text reads as English: among its first 400 words, common English function words are not
 * outnumbered by those of French, Spanish, German, Italian or Portuguese. Short texts count as English.
 */
function readsAsEnglish(annotated: Annotated): boolean {
  const tokens = annotated.tokens;
  const n = Math.min(tokens.length, 400);
  if (n < 30) return true;
  // English words only add up: once past the share that settles it, the rest need not be read.
  const enough = n * 0.04;
  let english = 0;
  let other = 0;
  for (let i = 0; i < n && english <= enough; i++) {
    const word = tokens[i]!.text.toLowerCase();
    if (ENGLISH_WORDS.has(word)) english++;
    else if (OTHER_WORDS.has(word)) other++;
  }
  return english * 2 >= other || english > enough;
}

/** Every article, then surname linking across the batch and entity aggregation. Synchronous. */
export function extractAll(articles: Article[], options: ExtractOptions = {}): ExtractResult {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const locals = extractLocals(articles, 0, articles.length, gazetteer, options.onProgress);
  const files = new Map(articles.map((article) => [article.id, article.source.file]));
  const result = resolveCorpus(locals, options.linkWithinFiles ? (id) => files.get(id) ?? '' : undefined);
  return { ...result, entities: withHeaderNames(result.entities, articles) };
}

/** extractLocal for many articles, in the faster grouped order of extractAll (no corpus pass). */
export function extractLocalBatch(articles: Article[], gazetteer: Gazetteer): LocalExtraction[] {
  return extractLocals(articles, 0, articles.length, gazetteer);
}

/** Articles tagged in one go before any is extracted: at most this many, or this much text. */
const GROUP_ARTICLES = 32;
const GROUP_CHARS = 256 * 1024;

/**
 * The per-article pass over articles[from, to). The tagger runs over a group of articles before the
 * extractors do, so that each keeps its tables in the processor's caches for longer. The gain is
 * small (3-8% in CPU time on the sample news, measured on a busy shared machine), the cost a group's
 * annotations held at once.
 */
function extractLocals(
  articles: Article[],
  from: number,
  to: number,
  gazetteer: Gazetteer,
  onProgress?: (done: number, total: number) => void,
): LocalExtraction[] {
  const locals: LocalExtraction[] = [];
  // Per group, each article's annotation, or null for a copy of an earlier article of the batch.
  const group: (Annotated | null)[] = [];
  const originals = new CopyIndex();
  for (let start = from; start < to; start += group.length) {
    group.length = 0;
    let chars = 0;
    for (let i = start; i < to && group.length < GROUP_ARTICLES && chars < GROUP_CHARS; i++) {
      const article = articles[i]!;
      if (originals.find(article) !== undefined) {
        group.push(null);
        continue;
      }
      originals.add(article, i);
      group.push(annotate(article.text));
      chars += article.text.length;
    }
    for (const [k, annotated] of group.entries()) {
      const article = articles[start + k]!;
      locals.push(
        annotated
          ? extractAnnotated(article, annotated, gazetteer)
          : copyFor(locals[originals.find(article)! - from]!, article.id),
      );
    }
    onProgress?.(start + group.length - from, to - from);
  }
  return locals;
}

/**
 * Articles by what their extraction depends on: the text, and the published date that relative
 * dates are read against (the id is only written into the records). An identical copy (the same
 * wire story under another outlet's name, a digest that lists one report twice) gets the
 * extraction of the first with its own id instead of going through the tagger and the extractors.
 */
export class CopyIndex<T = number> {
  private readonly byText = new Map<string, { published: string | null; value: T }>();

  /** What was added for an article with the same text and published date, if anything. */
  find(article: Pick<Article, 'text' | 'published'>): T | undefined {
    const found = this.byText.get(article.text);
    return found && found.published === article.published ? found.value : undefined;
  }

  /** Remembers an article's value, unless one with its text is known already. */
  add(article: Pick<Article, 'text' | 'published'>, value: T): void {
    if (!this.byText.has(article.text))
      this.byText.set(article.text, { published: article.published, value });
  }

  /** Forgets an article's text when `value` is what it holds for it. */
  delete(article: Pick<Article, 'text'>, value: T): void {
    if (this.byText.get(article.text)?.value === value) this.byText.delete(article.text);
  }

  clear(): void {
    this.byText.clear();
  }
}

/**
 * The extraction of an article with the same text and published date as the one `local` was made
 * for: the same records under the other article's id (offsets hold, since the text is the same).
 */
export function copyFor(local: LocalExtraction, article: string): LocalExtraction {
  const { extraction, pending } = local;
  return {
    extraction: {
      article,
      mentions: extraction.mentions.map((m) => renamedMention(m, m.name, m.type, article)),
      quotes: extraction.quotes.map((q) => ({ ...q, article })),
      figures: extraction.figures.map((f) => ({ ...f, article })),
      dates: extraction.dates.map((d) => ({ ...d, article })),
    },
    pending: pending.map((m) => renamedMention(m, m.name, m.type, article)),
  };
}

/**
 * The same result as extractAll, with worker threads when the input is large enough to gain. The main
 * thread works too: with N threads it starts N-1 workers, and every thread takes the next few articles
 * from one shared counter until none are left, so a thread that starts late (a worker loads the
 * tagger's model first) or runs on a busier core simply does fewer of them. workers 'auto' uses the
 * cores that other programs leave idle (idleCores), so a busy machine runs on one thread.
 */
export async function extractAllParallel(
  articles: Article[],
  options: ExtractOptions = {},
): Promise<ExtractResult> {
  const gazetteer = options.gazetteer ?? loadGazetteer();
  const size = articles.reduce((sum, a) => sum + a.text.length, 0);
  const threads = workerCount(options.workers, articles.length);
  if (threads < 2 || size < (options.parallelThreshold ?? PARALLEL_THRESHOLD))
    return extractAll(articles, { gazetteer });
  const queue: SharedQueue = {
    next: new Int32Array(new SharedArrayBuffer(4)),
    batch: Math.max(1, Math.floor(articles.length / (threads * 32))),
  };
  const job: WorkerJob = { articles, userEntries: gazetteer.userEntries, queue };
  const mainWorks = options.useMainThread ?? true;
  const helpers = Array.from({ length: mainWorks ? threads - 1 : threads }, () => runWorker(job));
  const locals: (LocalExtraction | undefined)[] = mainWorks
    ? extractQueued(articles, gazetteer, queue)
    : new Array(articles.length);
  for (const settled of await Promise.allSettled(helpers)) {
    if (settled.status === 'fulfilled') for (const done of settled.value) locals[done.index] = done.local;
  }
  // A worker that failed leaves its articles undone: the main thread does them after all.
  for (const [i, article] of articles.entries()) locals[i] ??= extractLocal(article, gazetteer);
  const result = resolveCorpus(locals as LocalExtraction[]);
  return { ...result, entities: withHeaderNames(result.entities, articles) };
}

/** The index of the next article nobody has taken, shared by all threads; and how many to take. */
export interface SharedQueue {
  next: Int32Array;
  batch: number;
}

export interface WorkerJob {
  articles: Article[];
  userEntries: GazetteerEntry[];
  queue: SharedQueue;
}

/** One article's extraction, done by a worker, with its place in the input. */
export interface QueuedResult {
  index: number;
  local: LocalExtraction;
}

/** Takes batches of articles from the queue until it is empty; the result has holes for the others. */
function extractQueued(articles: Article[], gazetteer: Gazetteer, queue: SharedQueue): LocalExtraction[] {
  const locals = new Array<LocalExtraction>(articles.length);
  for (const done of takeFromQueue(articles, gazetteer, queue)) locals[done.index] = done.local;
  return locals;
}

/** Used by the worker and the main thread alike. */
export function takeFromQueue(articles: Article[], gazetteer: Gazetteer, queue: SharedQueue): QueuedResult[] {
  const done: QueuedResult[] = [];
  for (;;) {
    const from = Atomics.add(queue.next, 0, queue.batch);
    if (from >= articles.length) return done;
    const to = Math.min(articles.length, from + queue.batch);
    for (const [k, local] of extractLocals(articles, from, to, gazetteer).entries())
      done.push({ index: from + k, local });
  }
}

function workerCount(requested: number | 'auto' | undefined, articles: number): number {
  const wanted = requested === undefined || requested === 'auto' ? idleCores() : requested;
  return Math.max(1, Math.min(wanted, articles));
}

/**
 * The cores other programs leave free (this thread counts as one of them). Threads only gain on idle
 * cores: the scheduler shares a busy machine between programs, not threads, so on a machine already
 * loaded with other work a second thread gets no more time and only adds the worker's start-up and
 * a second garbage collector. Measured on 2 shared cores: 0.6x with other work running.
 */
export function idleCores(): number {
  const cores = availableParallelism();
  const [load = 0] = loadavg();
  return Math.max(1, Math.min(cores, Math.round(cores - load + 1)));
}

function runWorker(job: WorkerJob): Promise<QueuedResult[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    worker.once('message', resolve);
    worker.once('error', reject);
    // Exiting without a message leaves its articles to the main thread (resolve is a no-op once settled).
    worker.once('exit', (code) =>
      code === 0 ? resolve([]) : reject(new Error(`extract worker stopped with exit code ${code}`)),
    );
  });
}

function startWorker(workerData: WorkerJob): Worker {
  const options = { workerData, resourceLimits: EXTRACT_WORKER_LIMITS };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), options);
  // Running from the TypeScript source (tsx, vitest): the worker registers tsx before loading it.
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * Heap limits of an extraction worker: a young generation of 192 MB (semi-spaces of 64 MB; V8's
 * default for a worker is 48 MB). Extraction allocates some 300 KB an article, and what lives across
 * a few articles (a group's annotations, the jobs waiting in the worker) was copied by every young
 * collection and then promoted, to die in the old generation. In the ingest bench's worker (9,211
 * generated articles) the larger one made 60 young collections instead of 175, promoted 53 MB
 * instead of 136 MB and ran 2 full collections instead of 4; extracting the same articles on one
 * thread took 9-10% less CPU time (four runs each way, all threads of the process). The cost is
 * memory: up to 96 MB more per worker.
 */
export const EXTRACT_WORKER_LIMITS = { maxYoungGenerationSizeMb: 192 };

// ── corpus pass ─────────────────────────────────────────────────────────────

/**
 * The corpus pass over a batch. `fileOf` (an article id's input file) links names within each file
 * only, as `sitrep ingest` does, one file at a time: a batch of several digests then gets the very
 * extractions their ingest would, and so the same stories.
 */
export function resolveCorpus(locals: LocalExtraction[], fileOf?: (id: string) => string): ExtractResult {
  const extractions = fileOf ? linkByFile(locals, fileOf) : linkCorpus(locals);
  return { extractions, entities: aggregateEntities(extractions) };
}

function linkByFile(locals: LocalExtraction[], fileOf: (id: string) => string): Extraction[] {
  const byFile = new Map<string, number[]>();
  locals.forEach((local, i) => {
    const file = fileOf(local.extraction.article);
    const indices = byFile.get(file);
    if (indices) indices.push(i);
    else byFile.set(file, [i]);
  });
  if (byFile.size === 1) return linkCorpus(locals);
  const linked: Extraction[] = new Array(locals.length);
  for (const indices of byFile.values()) {
    const extractions = linkCorpus(indices.map((i) => locals[i]!));
    indices.forEach((i, k) => {
      linked[i] = extractions[k]!;
    });
  }
  return linked;
}

/** The corpus pass without the aggregated entities: for a store, which names its entities itself. */
export function linkCorpus(locals: LocalExtraction[]): Extraction[] {
  const mentions = locals.flatMap((l) => l.extraction.mentions);
  const surnames = surnameIndex(mentions);
  const people = fullNameIndex(mentions);
  const spellings = accentedSpellings(mentions);
  for (const [name, preferred] of [...transliteratedPlaces(mentions), ...transliteratedPeople(mentions)])
    if (!spellings.has(name)) spellings.set(name, spellings.get(preferred) ?? preferred);
  for (const [name, written] of writtenSpellings(mentions))
    if (!spellings.has(name)) spellings.set(name, written);
  // A lone surname links to its full name as the batch spells it most often.
  for (const [key, full] of surnames)
    if (full && spellings.has(full)) surnames.set(key, spellings.get(full)!);
  const forms = nameForms(mentions);
  // Organisations by name, and by the short forms articles wrote them in ("Phivolcs" for the
  // Philippine Institute of Volcanology and Seismology); a short form two names share is left out.
  const organisations = new Map<string, string | null>();
  for (const m of mentions)
    if (m.type === 'organization')
      for (const form of [m.name, m.text]) {
        const seen = organisations.get(form);
        organisations.set(form, seen === undefined || seen === m.name ? m.name : null);
      }
  const places = mostlyPlaces(mentions);
  return locals.map((local) =>
    linkArticle(local, { surnames, people, spellings, forms, organisations, places }),
  );
}

/**
 * Names the batch calls a place more often than a person: "New Caledonia" read as a person where a
 * sentence made it the subject of "said" is the territory the other articles name.
 */
function mostlyPlaces(mentions: EntityMention[]): Set<string> {
  const balance = new Map<string, number>();
  for (const m of mentions)
    if (m.type === 'place' || m.type === 'person')
      balance.set(m.name, (balance.get(m.name) ?? 0) + (m.type === 'place' ? 1 : -1));
  return new Set([...balance].filter(([, count]) => count > 0).map(([name]) => name));
}

/**
 * "Andres Manuel Lopez Obrador" and "Andrés Manuel López Obrador" are one person, and "St. Vincent"
 * and "St Vincent" one place: names that differ only in diacritics or full stops take the spelling
 * with the most diacritics (then the first in code-point order).
 * Returns name → preferred name, for the names that change.
 */
function accentedSpellings(mentions: EntityMention[]): Map<string, string> {
  const byFolded = new Map<string, Set<string>>();
  for (const m of mentions) {
    const folded = `${m.type}\u0000${withoutStops(m.name)}`;
    const names = byFolded.get(folded);
    if (names) names.add(m.name);
    else byFolded.set(folded, new Set([m.name]));
  }
  const preferred = new Map<string, string>();
  for (const names of byFolded.values()) {
    if (names.size < 2) continue;
    const accents = diacriticCount;
    const best = [...names].sort((a, b) => accents(b) - accents(a) || (a < b ? -1 : 1))[0]!;
    for (const name of names) if (name !== best) preferred.set(name, best);
  }
  return preferred;
}

/** A name folded as accentedSpellings compares names: diacritics, case and full stops left out. */
const withoutStops = memoized((name: string) => tokenKey(name).replaceAll('.', ''));

/**
 * "Hodeidah" and "Hudaydah", "Bab al-Mandab" and "Bab el-Mandeb", "Grünheide" and "Gruenheide": one
 * place transliterated two ways keeps its consonants in order and its syllables. Place names of three
 * consonants or more with the same consonants and syllables (and first letter) are one place, under
 * the name written
 * most often (then the one with the most diacritics, then the first in code-point order).
 * Returns name → preferred name, for the names that change.
 */
export function transliteratedPlaces(mentions: EntityMention[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of mentions) if (m.type === 'place') counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const bySkeleton = new Map<string, string[]>();
  for (const name of counts.keys()) {
    // Three consonants at least ("Taipei" and "Tai Po" share their two and their syllables).
    if (consonants(name).replace(/\d+$/, '').length < 3) continue;
    const skeleton = placeSkeleton(name);
    const names = bySkeleton.get(skeleton);
    if (names) names.push(name);
    else bySkeleton.set(skeleton, [name]);
  }
  const preferred = new Map<string, string>();
  const accents = diacriticCount;
  for (const names of bySkeleton.values()) {
    if (names.length < 2) continue;
    const best = [...names].sort(
      (a, b) => counts.get(b)! - counts.get(a)! || accents(b) - accents(a) || (a < b ? -1 : 1),
    )[0]!;
    for (const name of names) if (name !== best) preferred.set(name, best);
  }
  return preferred;
}

/**
 * A place name's consonants and syllables (see consonants), with a voiced consonant and its voiceless
 * pair alike after the first letter: "Oddar Meanchey" and "Otdar Mean Chey", "Kab Choeng" and "Kap
 * Choeng" are one place romanised two ways (Thai and Khmer stops are written either way).
 */
const placeSkeleton = memoized((name: string): string => {
  const skeleton = consonants(name);
  const rest = skeleton.slice(1).replace(/p/g, 'b').replace(/t/g, 'd').replace(/k/g, 'g');
  return `${skeleton[0]}${rest.replace(/([a-z])\1+/g, '$1')}:${syllableShape(name)}`;
});

/**
 * Where the vowels stand among the consonants ("Pursat" CVCCVC, "Prasat" CCVCVC: two places), with a
 * stop and its voiced pair alike and doubled letters single ("Otdar" and "Oddar" are both VCVC).
 */
const syllableShape = memoized((name: string): string =>
  tokenKey(name)
    .replace(/ue/g, 'u')
    .replace(/\b[ae]l-/g, 'l')
    .replace(/[^a-z]/g, '')
    .replace(/([gk])h/g, '$1')
    .replace(/[pq]/g, (c) => (c === 'p' ? 'b' : 'g'))
    .replace(/t/g, 'd')
    .replace(/k/g, 'g')
    .replace(/(.)\1+/g, '$1')
    .replace(/[aeiouy]+/g, 'V')
    .replace(/[a-z]/g, 'C'),
);

/**
 * "Salome Zourabichvili" (French) and "Salome Zurabishvili" (Russian), "Volodymyr Zelenskyy" and
 * "Volodymyr Zelensky": one person transliterated two ways. Names of two words or more whose words
 * keep the same consonants and syllables, the hushing sounds written "ch", "sh" or "sch" alike, are one
 * person, under the name written most often. A word may differ only where it has five consonants or
 * more: short names ("Hassan", "Hussein") share their consonants too often to tell two people apart.
 * Returns name → preferred name, for the names that change.
 */
export function transliteratedPeople(mentions: EntityMention[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const m of mentions)
    if (m.type === 'person' && m.name.includes(' ')) counts.set(m.name, (counts.get(m.name) ?? 0) + 1);
  const preferred = new Map<string, string>();
  if (counts.size < 2) return preferred;
  // "Debretsion Gebremichael" and "Debretsion Gebremikael": with the given name the same, a "ch" in a
  // long surname may be the "k" or "kh" of another transliteration (Michael, Mikael, Mikhail).
  for (const skeletonOf of [nameSkeleton, sameGivenNameVelarSkeleton]) {
    const bySkeleton = new Map<string, string[]>();
    for (const name of counts.keys()) {
      if (preferred.has(name)) continue;
      const skeleton = skeletonOf(name);
      const names = bySkeleton.get(skeleton);
      if (names) names.push(name);
      else bySkeleton.set(skeleton, [name]);
    }
    for (const names of bySkeleton.values()) {
      if (names.length < 2) continue;
      const best = [...names].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1))[0]!;
      for (const name of names)
        if (name !== best && differsInLongWordsOnly(name, best)) preferred.set(name, best);
    }
  }
  return preferred;
}

/** The given name as written, then the other words' skeletons with "ch" and "kh" read as "k". */
const sameGivenNameVelarSkeleton = memoized((name: string) => {
  const [given, ...rest] = name.split(' ');
  return [
    tokenKey(given!),
    ...rest.map((word) => personSkeleton(tokenKey(word).replace(/[ck]h/g, 'k'))),
  ].join(' ');
});

/** Every word the two names write differently has five consonants or more. */
function differsInLongWordsOnly(a: string, b: string): boolean {
  const x = a.split(' ');
  const y = b.split(' ');
  return x.every((word, k) => tokenKey(word) === tokenKey(y[k]!) || personSkeleton(word).length >= 6);
}

/** A person's name as transliteratedPeople groups names: the skeleton of each word. */
const nameSkeleton = memoized((name: string) => name.split(' ').map(personSkeleton).join(' '));

/** A name word's consonants and syllables (see consonants), with "ou" as "u" and "ch"/"sh"/"sch" as one. */
const personSkeleton = memoized((word: string) =>
  consonants(
    tokenKey(word)
      .replace(/ou/g, 'u')
      .replace(/t?s?ch|sh/g, 'sh'),
  ),
);

/**
 * The first letter and the consonants of a name, as transliterations keep them: diacritics folded
 * ("ü" and "ue" alike), the Arabic article's vowel dropped ("al-", "el-"), "q" as "k", "gh" and "kh"
 * as "g" and "k", "y" a vowel, doubled letters single; then the number of syllables. "Hudaydah" →
 * "hdh3".
 */
const consonants = memoized((name: string): string => {
  // "q" and "k" alike: Kazakh and Arabic names are written both ways ("Aqtau" and "Aktau").
  const folded = tokenKey(name)
    .replace(/ue/g, 'u')
    .replace(/\b[ae]l-/g, 'l')
    .replace(/[^a-z]/g, '')
    .replace(/q/g, 'k');
  const first = folded[0] ?? '';
  const rest = folded.slice(1).replace(/([gk])h/g, '$1');
  // The syllables count too: "Kerman" and "Karaman" are two places.
  const syllables = (folded.match(/[aeiouy]+/g) ?? []).length;
  return `${first}${rest.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1')}${syllables}`;
});

/**
 * Lone surnames and pending words get the full name another article of the batch gave them; names
 * written without their diacritics get the accented spelling, and a name's shorter or longer form
 * the one nameForms chose.
 */
/** What the corpus pass knows of the batch's names (see linkCorpus). */
interface BatchNames {
  surnames: Map<string, string | null>;
  people: ReadonlyMap<string, string>;
  spellings: Map<string, string>;
  forms: Map<string, string>;
  organisations: ReadonlyMap<string, string | null>;
  places: ReadonlySet<string>;
}

function linkArticle(local: LocalExtraction, batch: BatchNames): Extraction {
  const { surnames, people, spellings, forms, organisations, places } = batch;
  const renamed = new Map<string, string>();
  let retyped = false;
  const mentions = mapped(local.extraction.mentions, (m) => {
    const respelled = spellings.get(m.name) ?? forms.get(formKey(m.type, m.name));
    if (respelled) {
      renamed.set(m.name, respelled);
      return renamedMention(m, respelled);
    }
    const organisation =
      m.type === 'person' && isOrganisation(m.name, organisations) ? organisations.get(m.name) : null;
    if (organisation) {
      if (organisation !== m.name) renamed.set(m.name, organisation);
      retyped = true;
      return renamedMention(m, organisation, 'organization');
    }
    if (m.type !== 'person') return m;
    const full = m.name.includes(' ') ? undefined : surnames.get(tokenKey(m.name));
    if (!full) {
      if (!places.has(m.name)) return m;
      retyped = true;
      return renamedMention(m, m.name, 'place');
    }
    renamed.set(m.name, full);
    return renamedMention(m, full);
  });
  // A name the batch mostly calls a place is not a person for being called one once.
  const linked = linkPending(local.pending, surnames, people)
    .filter((m) => !places.has(m.name))
    .map((m) => {
      const respelled = spellings.get(m.name) ?? forms.get(formKey(m.type, m.name));
      return respelled ? renamedMention(m, respelled) : m;
    });
  if (renamed.size === 0 && linked.length === 0 && !retyped) return local.extraction;
  mentions.push(...linked);
  mentions.sort((a, b) => a.start - b.start);
  const quotes = mapped(local.extraction.quotes, (q) =>
    q.speaker && renamed.has(q.speaker) ? { ...q, speaker: renamed.get(q.speaker)! } : q,
  );
  return { ...local.extraction, mentions, quotes };
}

const BROAD_REGIONS = new Set([
  'Africa',
  'Asia',
  'Europe',
  'Antarctica',
  'Oceania',
  'North America',
  'South America',
  'Latin America',
  'Middle East',
  'Near East',
  'Far East',
  'East Asia',
  'South Asia',
  'Southeast Asia',
  'Central Asia',
  'West Asia',
  'Eastern Europe',
  'Western Europe',
  'Central Europe',
  'Caucasus',
  'South Caucasus',
  'North Caucasus',
  'Balkans',
  'Western Balkans',
  'Scandinavia',
  'Mediterranean',
  'Alps',
  'Arctic',
  'North Africa',
  'West Africa',
  'East Africa',
  'Southern Africa',
  'Horn of Africa',
  'Sahel',
  'Central America',
  'Caribbean',
  'Pacific',
  'South Pacific',
  'Melanesia',
  'Polynesia',
  'Micronesia',
  // States that no longer exist: history's setting ("since the collapse of the Soviet Union").
  'Soviet Union',
  'Yugoslavia',
  'Czechoslovakia',
  'Ottoman Empire',
  'Russian Empire',
  'East Germany',
]);

/**
 * Mentions grouped by id = stableId('e', type, canonical name); most mentioned first. A person known
 * by one word only ("Ani", "a nurse named Lilit"), whom no article of the batch names in full, is a
 * voice in a story rather than a named figure: the mentions keep the name (for quotes and stories),
 * the entity list leaves it out, as the hand-made gold files do. So are continents and regions that
 * span many countries ("the Middle East", "the South Caucasus") and states that no longer exist ("the
 * collapse of the Soviet Union"): a setting, not a place of the story.
 */
export function aggregateEntities(extractions: Extraction[]): Entity[] {
  const byId = new Map<string, Entity & { seen: Set<string> }>();
  // Hashing is the costly part, and the same names come back on every page: one hash per name.
  const ids = new Map<string, string>();
  for (const extraction of extractions) {
    for (const m of extraction.mentions) {
      if (m.type === 'person' && !isFullName(m.name)) continue;
      if (m.type === 'place' && BROAD_REGIONS.has(m.name)) continue;
      const key = `${m.type}\u0000${m.name}`;
      let id = ids.get(key);
      if (id === undefined) {
        id = stableId('e', m.type, m.name);
        ids.set(key, id);
      }
      let entity = byId.get(id);
      if (!entity) {
        entity = {
          id,
          name: m.name,
          type: m.type,
          aliases: [m.name],
          articles: [],
          mentions: 0,
          seen: new Set(),
        };
        byId.set(id, entity);
      }
      entity.mentions++;
      if (!entity.aliases.includes(m.text)) entity.aliases.push(m.text);
      if (!entity.seen.has(m.article)) {
        entity.seen.add(m.article);
        entity.articles.push(m.article);
      }
    }
  }
  return [...byId.values()]
    .map(({ seen: _seen, ...entity }) => entity)
    .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name));
}
