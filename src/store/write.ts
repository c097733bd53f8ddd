// The body of one file's transaction: everything a file contributes is written here or not at all.
// It runs synchronously inside `db.transaction(...).immediate()`, so two writers never interleave and
// the stage state read here is the state the previous commit left.
import { promisify } from 'node:util';
import {
  brotliCompress,
  brotliCompressSync,
  brotliDecompressSync,
  constants,
  inflateRawSync,
} from 'node:zlib';
import type { Article, Entity, EntityMention, Extraction } from '../types.js';
import { stableId } from '../util/hash.js';
import {
  type BodyDictionary,
  buildDictionary,
  currentDictionary,
  DICTIONARY_SAMPLE,
  deflateText,
  inflateBody,
  isUsable,
  type StoredBody,
  saveDictionary,
} from './bodies.js';
import { readExtractions, spanText } from './extractions.js';
import type { Db } from './open.js';
import {
  type ArticleRow,
  articleFromRow,
  articleParams,
  dateColumns,
  extraJson,
  figureColumns,
  quoteColumns,
  storyParams,
} from './rows.js';
import { SHARD_ARTICLES, type Shard, shardWriter } from './shards.js';
import { plucked, statement } from './statements.js';
import type {
  Checkpoint,
  FileBatch,
  IncrementalStep,
  IngestOutcome,
  Replayed,
  StageState,
  StepResult,
} from './store.js';

const STATE_KEY = 'stages';
/**
 * A new article's story until the stages give it one, as long as a story id: a row that grows
 * after its insert no longer fits the page it was appended to, and the page splits (the articles
 * table of a database fed file by file, never compacted, was a seventh larger).
 */
const STORY_PLACEHOLDER = 's_000000000000';

/** `shardArticles`: articles per full-text shard (shards.ts). */
export function writeFile(
  db: Db,
  batch: FileBatch,
  step: IncrementalStep,
  shardArticles = SHARD_ARTICLES,
): IngestOutcome {
  const head = lastSequence(db);
  const outcome: IngestOutcome = {
    file: batch.file.path,
    status: 'stored',
    added: 0,
    known: 0,
    duplicates: 0,
    storiesTouched: 0,
    head,
  };
  if (statement(db, 'SELECT 1 FROM files WHERE sha256 = ?').get(batch.file.sha256)) {
    return { ...outcome, status: 'skipped' };
  }
  const fileId = insertFile(db, batch);
  const fresh = storeArticles(db, batch, fileId, outcome, shardWriter(db, shardArticles));
  if (fresh.length === 0) return outcome;
  outcome.head = lastSequence(db);
  if (outcome.head >= DICTIONARY_SAMPLE && !currentDictionary(db)) makeDictionary(db);

  const result = step({
    fresh,
    head,
    tail: outcome.head,
    loadCheckpoint: () => loadCheckpoint(db),
    replay: (after) => replayArticles(db, after, head),
    articles: (ids) => articlesById(db, ids),
    title: (id) => plucked(db, 'SELECT title FROM articles WHERE id = ?').get(id) as string | undefined,
    recall: (ids) => recallArticles(db, ids),
  });
  outcome.duplicates = storeDuplicates(db, result);
  outcome.storiesTouched = storeStories(db, result);
  // The articles the stages left out of every story (the foreign key is checked at commit).
  statement(db, 'UPDATE articles SET story = NULL WHERE n > ? AND story = ?').run(head, STORY_PLACEHOLDER);
  if (result.checkpoint) saveCheckpoint(db, { state: result.checkpoint, covered: outcome.head });
  return outcome;
}

function lastSequence(db: Db): number {
  return (plucked(db, 'SELECT max(n) FROM articles').get() as number | null) ?? 0;
}

function insertFile(db: Db, batch: FileBatch): number {
  const { path, sha256, size, ingestedAt } = batch.file;
  return Number(
    statement(db, 'INSERT INTO files (path, sha256, size, ingested_at) VALUES (?, ?, ?, ?)').run(
      path,
      sha256,
      size,
      ingestedAt,
    ).lastInsertRowid,
  );
}

/** Inserts the articles not stored yet and a provenance row for every article; returns the new ones. */
function storeArticles(
  db: Db,
  batch: FileBatch,
  fileId: number,
  outcome: IngestOutcome,
  shardOf: (n: number) => Shard,
): Article[] {
  const findArticle = plucked(db, 'SELECT n FROM articles WHERE id = ?');
  const insertArticle = statement(
    db,
    `INSERT INTO articles (id, title, outlet, outlet_country, published, time, dateline, byline, url, kind, body, dict, story)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '${STORY_PLACEHOLDER}')`,
  );
  const dictionary = currentDictionary(db);
  const insertProvenance = statement(
    db,
    'INSERT OR IGNORE INTO provenance (article, file, start_line, end_line) VALUES (?, ?, ?, ?)',
  );
  const entities = entityResolver(db, batch.entities ?? []);
  const fresh: Article[] = [];
  const freshIds = new Set<string>();
  for (const article of batch.parse.articles) {
    let n = findArticle.get(article.id) as number | undefined;
    if (n === undefined) {
      const body = storedBody(db, article, batch.bodies?.get(article.id), dictionary);
      n = Number(insertArticle.run(...articleParams(article, body)).lastInsertRowid);
      const { table } = shardOf(n);
      statement(db, `INSERT INTO ${table} (rowid, title, text) VALUES (?, ?, ?)`).run(
        n,
        article.title,
        article.text,
      );
      const extraction = batch.extractions.get(article.id);
      if (extraction) storeExtraction(db, n, article.text, extraction, entities);
      fresh.push(article);
      freshIds.add(article.id);
    } else if (!freshIds.has(article.id)) outcome.known++;
    insertProvenance.run(n, fileId, article.source.startLine, article.source.endLine);
  }
  outcome.added = fresh.length;
  return fresh;
}

/**
 * The body as compressed elsewhere (an extraction worker) when it is readable here and used the
 * current dictionary; otherwise compressed now.
 */
function storedBody(
  db: Db,
  article: Article,
  given: StoredBody | undefined,
  dictionary: BodyDictionary | null,
): StoredBody {
  if (given && given.dictionary === (dictionary?.id ?? null) && isUsable(db, given)) return given;
  return deflateText(article.text, dictionary);
}

/** Builds the database's dictionary from the texts of the articles stored so far (the first ones). */
function makeDictionary(db: Db): void {
  const rows = statement(db, 'SELECT body, dict FROM articles ORDER BY n LIMIT ?').all(DICTIONARY_SAMPLE) as {
    body: Buffer;
    dict: number | null;
  }[];
  saveDictionary(db, buildDictionary(rows.map((row) => inflateBody(db, row.body, row.dict))));
}

/**
 * Row numbers of entities found in the database, per connection. Entities are never deleted or
 * renumbered, so a row found once stays right; rows a transaction inserts are not kept here (a
 * rollback would undo them), they are found, and kept, by the next file that names them. A file
 * names mostly entities earlier files named: this saves a lookup each.
 */
const storedEntities = new WeakMap<Db, Map<string, number>>();
const MAX_STORED_ENTITIES = 100_000;

/** Entity row number for a mention, creating the entity with the extractor's id the first time. */
function entityResolver(db: Db, known: Entity[]): (mention: EntityMention) => number {
  const ids = new Map(known.map((entity) => [`${entity.type}\u0000${entity.name}`, entity.id]));
  const find = plucked(db, 'SELECT n FROM entities WHERE name = ? AND type = ?');
  const insert = statement(db, 'INSERT INTO entities (id, name, type) VALUES (?, ?, ?)');
  let stored = storedEntities.get(db);
  if (!stored) {
    stored = new Map();
    storedEntities.set(db, stored);
  }
  // Row numbers seen in this transaction (valid only inside it: a rollback would undo new rows).
  const seen = new Map<string, number>();
  return (mention) => {
    const key = `${mention.type}\u0000${mention.name}`;
    let n = seen.get(key) ?? stored.get(key);
    if (n === undefined) {
      n = find.get(mention.name, mention.type) as number | undefined;
      if (n !== undefined) {
        if (stored.size >= MAX_STORED_ENTITIES) stored.clear();
        stored.set(key, n);
      }
    }
    if (n === undefined) {
      const id = ids.get(key) ?? stableId('e', mention.type, mention.name);
      n = Number(insert.run(id, mention.name, mention.type).lastInsertRowid);
    }
    seen.set(key, n);
    return n;
  };
}

function storeExtraction(
  db: Db,
  n: number,
  body: string,
  extraction: Extraction,
  entityOf: (mention: EntityMention) => number,
): void {
  const mention = statement(
    db,
    'INSERT INTO mentions (article, seq, entity, text, start, end) VALUES (?, ?, ?, ?, ?, ?)',
  );
  extraction.mentions.forEach((m, seq) => {
    mention.run(n, seq, entityOf(m), m.text === m.name ? '' : m.text, m.start, m.end);
  });
  const quote = statement(
    db,
    'INSERT INTO quotes (article, seq, speaker, via, text, start, end, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  extraction.quotes.forEach((q, seq) => {
    quote.run(n, seq, q.speaker, q.via, spanText(body, q), q.start, q.end, extraJson(q, quoteColumns));
  });
  const figure = statement(
    db,
    `INSERT INTO figures (article, seq, text, value, low, high, qualifier, unit, subject, start, end, as_of, extra)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  extraction.figures.forEach((f, seq) => {
    figure.run(
      n,
      seq,
      spanText(body, f),
      f.value,
      f.low,
      f.high,
      f.qualifier,
      f.unit,
      f.subject,
      f.start,
      f.end,
      f.asOf ?? null,
      extraJson(f, figureColumns),
    );
  });
  const date = statement(
    db,
    'INSERT INTO dates (article, seq, text, date, precision, start, end, extra) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  extraction.dates.forEach((d, seq) => {
    date.run(n, seq, d.text, d.date, d.precision, d.start, d.end, extraJson(d, dateColumns));
  });
}

/**
 * Pairs whose articles are both stored; a pair seen before is kept as first recorded. Row numbers
 * are looked up first and each pair is one single-row INSERT: an INSERT … SELECT into a table with
 * foreign keys opens a statement savepoint, and a savepoint makes FTS5 write out the index terms
 * pending in the transaction. That was the 0.7–10 ms of each file's first duplicate: the file's
 * index segment, written there instead of at commit (moved, not saved: the commit now does it).
 */
function storeDuplicates(db: Db, result: StepResult): number {
  const find = plucked(db, 'SELECT n FROM articles WHERE id = ?');
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO duplicates (a, b, relation, similarity) VALUES (?, ?, ?, ?)',
  );
  const numbers = new Map<string, number | undefined>();
  const numberOf = (id: string) => {
    if (!numbers.has(id)) numbers.set(id, find.get(id) as number | undefined);
    return numbers.get(id);
  };
  let stored = 0;
  for (const pair of result.duplicates) {
    const a = numberOf(pair.a);
    const b = numberOf(pair.b);
    if (a !== undefined && b !== undefined)
      stored += insert.run(a, b, pair.relation, pair.similarity).changes;
  }
  return stored;
}

/** Replaces the changed stories, points their members at them and drops the merged-away ones. */
function storeStories(db: Db, result: StepResult): number {
  const upsert = statement(
    db,
    `INSERT INTO stories (id, headline, outlets, first, last, independent, lineage) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET headline = excluded.headline, outlets = excluded.outlets, first = excluded.first,
       last = excluded.last, independent = excluded.independent, lineage = excluded.lineage`,
  );
  const member = statement(db, 'UPDATE articles SET story = ? WHERE id = ? AND story IS NOT ?');
  for (const story of result.stories) {
    upsert.run(...storyParams(story));
    for (const id of story.articles) member.run(story.id, id, story.id);
  }
  const remove = statement(db, 'DELETE FROM stories WHERE id = ?');
  for (const id of result.removedStories) remove.run(id);
  return result.stories.length;
}

export function loadCheckpoint(db: Db): Checkpoint | null {
  const row = statement(db, 'SELECT covered, data, codec FROM stage_state WHERE key = ?').get(STATE_KEY) as
    | { covered: number; data: Buffer; codec: string }
    | undefined;
  if (!row) return null;
  const json = row.codec === 'brotli' ? brotliDecompressSync(row.data) : inflateRawSync(row.data);
  return { covered: row.covered, state: JSON.parse(json.toString('utf8')) as StageState };
}

/**
 * Brotli at quality 4: on the stage state (hash numbers, terms, ids) it is both faster than deflate
 * at level 1 and a sixth smaller; the higher qualities cost several times the time for 1% less.
 * Quality 1 takes a quarter of the time (20 ms against 74 on the state of the ingest bench's 9,211
 * articles) for 17% more bytes, which the checkpoint keeps in the database: the 40-digest bench
 * database grew from 1.45× to 1.48× the raw text, one fed a file per run from 1.54× to 1.57×.
 */
function compressState(state: StageState): Buffer {
  const json = Buffer.from(JSON.stringify(state));
  return brotliCompressSync(json, stateCompression(json));
}

function stateCompression(json: Buffer) {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } };
}

const brotliOnPool = promisify(brotliCompress);

/**
 * The same bytes as compressState, compressed on libuv's thread pool: the calling thread serialises
 * the state, then is free until the compressed bytes are ready (at the end of a bulk load, it merges
 * the full-text index and compacts the database meanwhile).
 */
export function compressStateAside(state: StageState): Promise<Buffer> {
  const json = Buffer.from(JSON.stringify(state));
  return brotliOnPool(json, stateCompression(json));
}

/**
 * Saves the checkpoint unless the saved one covers as much already (another writer got further).
 * `compressed`: the state as compressStateAside gave it, else it is compressed here.
 */
export function saveCheckpoint(db: Db, checkpoint: Checkpoint, compressed?: Buffer): boolean {
  const saved = plucked(db, 'SELECT covered FROM stage_state WHERE key = ?').get(STATE_KEY) as
    | number
    | undefined;
  if (saved !== undefined && saved >= checkpoint.covered) return false;
  const data = compressed ?? compressState(checkpoint.state);
  // Delete, then insert: the old state's pages are free before the new one is written and are
  // reused for it. An update in place writes the new state first, and every checkpoint would leave
  // a state's worth of free pages in the file.
  statement(db, 'DELETE FROM stage_state WHERE key = ?').run(STATE_KEY);
  statement(db, `INSERT INTO stage_state (key, covered, data, codec) VALUES (?, ?, ?, 'brotli')`).run(
    STATE_KEY,
    checkpoint.covered,
    data,
  );
  return true;
}

/** Stored articles after `after` up to `head`, in storage order, each with its stored extraction. */
function replayArticles(db: Db, after: number, head: number): Replayed[] {
  const ids = plucked(db, 'SELECT id FROM articles WHERE n > ? AND n <= ? ORDER BY n').all(
    after,
    head,
  ) as string[];
  const extractions = new Map(
    readExtractions(db, { sql: 'a.n > ? AND a.n <= ?', params: [after, head] }).map((e) => [e.article, e]),
  );
  return articlesById(db, ids).map((article) => ({
    article,
    extraction: extractions.get(article.id) ?? null,
  }));
}

/** Stored articles by id, in the order asked, each with its stored extraction. */
function recallArticles(db: Db, ids: string[]): Replayed[] {
  const extractions = new Map(
    readExtractions(db, {
      sql: 'a.id IN (SELECT value FROM json_each(?))',
      params: [JSON.stringify(ids)],
    }).map((e) => [e.article, e]),
  );
  return articlesById(db, ids).map((article) => ({
    article,
    extraction: extractions.get(article.id) ?? null,
  }));
}

/** Stored articles by id, in the order asked; the source is the first file the article came from. */
export function articlesById(db: Db, ids: string[]): Article[] {
  const rows = statement(
    db,
    `SELECT a.*, f.path AS file, p.start_line, p.end_line FROM json_each(?) j
       JOIN articles a ON a.id = j.value
       LEFT JOIN provenance p ON p.article = a.n AND p.file = (SELECT min(file) FROM provenance WHERE article = a.n)
       LEFT JOIN files f ON f.id = p.file
       ORDER BY j.key`,
  ).all(JSON.stringify(ids)) as (ArticleRow & {
    file: string | null;
    start_line: number;
    end_line: number;
  })[];
  const seen = new Set<string>();
  const articles: Article[] = [];
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    articles.push(
      withLazyText(
        {
          ...articleFromRow(row, ''),
          source: { file: row.file ?? '', startLine: row.start_line ?? 0, endLine: row.end_line ?? 0 },
        },
        () => inflateBody(db, row.body, row.dict),
      ),
    );
  }
  return articles;
}

/**
 * The article with its text inflated on first read: the stages often need only the title (a
 * story's headline), and inflating every member's body was a good part of a file's write time.
 */
function withLazyText(article: Article, inflate: () => string): Article {
  let text: string | null = null;
  return Object.defineProperty(article, 'text', {
    enumerable: true,
    configurable: true,
    get: () => {
      text ??= inflate();
      return text;
    },
  });
}
