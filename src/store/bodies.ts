// Article texts as stored: raw deflate, with a preset dictionary once the database has one. An
// article is compressed on its own (it is read on its own), so deflate alone never sees the words
// every article repeats; a dictionary of the words that cost a corpus the most bytes gives it those
// up front (about a fifth off the stored text on news-like text). A database builds its dictionary
// once, from its first DICTIONARY_SAMPLE articles; dictionaries are never changed or deleted, so a
// body names the one it was compressed with (articles.dict, null: none) and stays readable forever.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { inflateRawText } from './inflate.js';
import type { Db } from './open.js';
import { statement } from './statements.js';

export interface BodyDictionary {
  id: number;
  data: Uint8Array;
}

/** A body as the store keeps it: the compressed text and the dictionary it needs (null: none). */
export interface StoredBody {
  data: Uint8Array;
  dictionary: number | null;
}

/** Articles stored before the dictionary is built from them. */
export const DICTIONARY_SAMPLE = 500;
/** 8 KiB gets nearly all of the gain of deflate's 32 KiB window at a quarter of the setup per article. */
export const DICTIONARY_BYTES = 8 * 1024;

/**
 * Level 4. On the bench's 2,000 generated articles (with the dictionary), level 5 gives the bytes of
 * level 6 (11 fewer in 1.26 MB) in 14% less time, and level 4 0.4% more bytes than level 5 in 15%
 * less time again (36.7 against 43.4 µs a text, median of 7 rounds); levels 1-3 save no more time
 * (zlib's setup and the dictionary cost as much as the compressing) for 0.9-2.5% more bytes. The
 * extraction worker compresses the texts, and it is the busier thread of an ingest.
 */
const LEVEL = 4;

export function deflateText(text: string, dictionary?: BodyDictionary | null): StoredBody {
  const chunkSize = outputChunk(text);
  if (!dictionary) return { data: deflateRawSync(text, { level: LEVEL, chunkSize }), dictionary: null };
  return {
    data: deflateRawSync(text, { level: LEVEL, chunkSize, dictionary: dictionary.data }),
    dictionary: dictionary.id,
  };
}

/**
 * zlib's output buffer for a text: about what it deflates to. The default, 16 KiB, was allocated
 * for every text of a few hundred bytes (6% of the time); a text that needs more still comes out
 * whole, in more chunks, and the bytes are the same either way.
 */
function outputChunk(text: string): number {
  return (text.length >> 1) + 256;
}

export function inflateWith(data: Uint8Array | null, dictionary?: Uint8Array): string {
  if (!data) return '';
  if (data.byteLength > JS_INFLATE_MAX_BYTES) return zlibInflate(data, dictionary);
  try {
    return inflateRawText(data, dictionary);
  } catch {
    return zlibInflate(data, dictionary);
  }
}

/**
 * Short texts are inflated in JavaScript (inflate.ts): zlib's stream and native state per call cost
 * more than decoding a short text. On the server bench's bodies (~260 compressed bytes) that is
 * 6.7 µs a text instead of 9-11 µs; at ~670 bytes the two are even, and at 2 KB zlib is 25% faster.
 */
const JS_INFLATE_MAX_BYTES = 512;

/** zlib's answer for data the JavaScript decoder refused: the text, or zlib's error. */
function zlibInflate(data: Uint8Array, dictionary?: Uint8Array): string {
  // zlib's default output chunk is 16 KiB, allocated per call; text deflates to a third or so, and a
  // text that does not fit still comes out whole, in more chunks.
  const chunkSize = Math.max(1024, data.byteLength * 4);
  return inflateRawSync(data, dictionary ? { dictionary, chunkSize } : { chunkSize }).toString('utf8');
}

/**
 * The words of these texts that cost the most bytes (occurrences × length), as one string of at
 * most DICTIONARY_BYTES; the costliest come last, where deflate reaches them with the shortest codes.
 */
export function buildDictionary(texts: string[]): Buffer {
  const counts = new Map<string, number>();
  for (const text of texts) {
    for (const word of text.split(/\s+/)) if (word.length > 1) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const costliest = [...counts]
    .filter(([, count]) => count > 1)
    .map(([word, count]) => ({ word, cost: count * Buffer.byteLength(word) }))
    .sort((a, b) => b.cost - a.cost || (a.word < b.word ? -1 : 1));
  const chosen: string[] = [];
  let bytes = 0;
  for (const { word } of costliest) {
    bytes += Buffer.byteLength(word) + 1;
    if (bytes > DICTIONARY_BYTES) break;
    chosen.push(word);
  }
  return Buffer.from(`${chosen.reverse().join(' ')} `);
}

/** Each connection's copy of the dictionaries (a few kilobytes each, never changed once written). */
const loaded = new WeakMap<Db, Map<number, Buffer>>();

function cache(db: Db): Map<number, Buffer> {
  let found = loaded.get(db);
  if (!found) {
    found = new Map();
    loaded.set(db, found);
  }
  return found;
}

/** Reads the dictionaries this connection has not seen yet (another process may have added one). */
export function loadDictionaries(db: Db): void {
  const known = cache(db);
  const rows = statement(db, 'SELECT id, data FROM dictionaries WHERE id > ? ORDER BY id').all(
    Math.max(0, ...known.keys()),
  ) as { id: number; data: Buffer }[];
  for (const row of rows) known.set(row.id, row.data);
}

/** The dictionary new bodies are compressed with: the newest one, or null before there is one. */
export function currentDictionary(db: Db): BodyDictionary | null {
  loadDictionaries(db);
  const known = cache(db);
  const id = Math.max(0, ...known.keys());
  const data = known.get(id);
  return data ? { id, data } : null;
}

export function saveDictionary(db: Db, data: Buffer): BodyDictionary {
  const id = Number(statement(db, 'INSERT INTO dictionaries (data) VALUES (?)').run(data).lastInsertRowid);
  cache(db).set(id, data);
  return { id, data };
}

/** True when a body compressed elsewhere can be stored as it is: no dictionary or one of ours. */
export function isUsable(db: Db, body: StoredBody): boolean {
  if (body.dictionary === null) return true;
  if (!cache(db).has(body.dictionary)) loadDictionaries(db);
  return cache(db).has(body.dictionary);
}

/**
 * Compresses again, with the current dictionary, the bodies stored without one (those stored before
 * the dictionary was built, or under schema 1 and 2). Returns how many.
 */
export function recompressPlainBodies(db: Db): number {
  const dictionary = currentDictionary(db);
  if (!dictionary) return 0;
  const plain = statement(db, 'SELECT n, body FROM articles WHERE dict IS NULL').all() as {
    n: number;
    body: Buffer;
  }[];
  const update = statement(db, 'UPDATE articles SET body = ?, dict = ? WHERE n = ?');
  for (const { n, body } of plain) {
    const again = deflateText(inflateWith(body), dictionary);
    update.run(again.data, again.dictionary, n);
  }
  return plain.length;
}

/**
 * The text of a stored body. Inside SQL (the sitrep_inflate() function) no query may run, so
 * `refresh: false` uses the dictionaries this connection has loaded; everywhere else a missing one
 * is read first.
 */
export function inflateBody(
  db: Db,
  data: Uint8Array | null,
  dictionary: number | null,
  refresh = true,
  remember = true,
): string {
  if (!data) return '';
  // A request often reads the same texts more than once (a story page: its articles, then the
  // quotes and figures whose texts are spans of them); the text of the same bytes is the same.
  // `remember: false` for a caller that reads each text once (search scores hundreds).
  if (!remember || data.byteLength > RECENT_MAX_BYTES) return inflateFresh(db, data, dictionary, refresh);
  let recent = recentTexts.get(db);
  if (!recent) {
    recent = new Map();
    recentTexts.set(db, recent);
  }
  const key = `${dictionary ?? ''}:${Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1')}`;
  const known = recent.get(key);
  if (known !== undefined) return known;
  const text = inflateFresh(db, data, dictionary, refresh);
  // Kept until the calls made in the same turn are done: a page's store calls run one after another
  // without a pause (the store is synchronous beneath its promises). Kept longer, the texts outlived
  // the collector's young generation and were copied into the old one, to be collected there. A
  // long run of calls (an export) keeps the last RECENT_TEXTS at most.
  if (recent.size === 0) queueMicrotask(() => recent.clear());
  else if (recent.size >= RECENT_TEXTS) recent.clear();
  recent.set(key, text);
  return text;
}

/** Per connection, the texts inflated in the current turn, keyed by their compressed bytes. */
const recentTexts = new WeakMap<Db, Map<string, string>>();
const RECENT_TEXTS = 256;
const RECENT_MAX_BYTES = 4096;

function inflateFresh(db: Db, data: Uint8Array, dictionary: number | null, refresh: boolean): string {
  if (dictionary === null) return inflateWith(data);
  let found = cache(db).get(dictionary);
  if (!found && refresh) {
    loadDictionaries(db);
    found = cache(db).get(dictionary);
  }
  if (!found) throw new Error(`article text compressed with dictionary ${dictionary}, which is not loaded`);
  return inflateWith(data, found);
}
