// The database schema as an ordered list of migrations. A database records the last one applied in
// PRAGMA user_version; opening it applies the rest, each in its own transaction. Never edit a
// migration that has shipped: append a new one.
//
// Text is stored once, deflated, in `articles.body` (with the preset dictionary `articles.dict` from
// schema 3 on, bodies.ts). `articles_fts` is an external-content FTS5 table over the view
// `article_text`, which inflates bodies with the sitrep_inflate() function that every connection
// registers (open.ts); the index holds only tokens and positions. The writer adds
// index rows itself (it has the plain text at hand); the delete trigger keeps the index true.

import type { Db } from './open.js';
import { rebuildShards } from './shards.js';

export interface Migration {
  version: number;
  description: string;
  sql: string;
  /** Work SQL alone cannot do, run after `sql` in the same transaction. */
  upgrade?: (db: Db) => void;
}

/** Marks a SQLite file as sitrep's ("SITR"), so a foreign database is recognised before it is touched. */
export const APPLICATION_ID = 0x53495452;

export const migrations: Migration[] = [
  {
    version: 1,
    description: 'articles, provenance, extractions, duplicates, stories, stage state, full-text index',
    sql: `
      CREATE TABLE files (
        id          INTEGER PRIMARY KEY,
        path        TEXT NOT NULL,
        sha256      TEXT NOT NULL UNIQUE,
        size        INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
      );

      CREATE TABLE stories (
        id          TEXT PRIMARY KEY,
        headline    TEXT NOT NULL,
        outlets     TEXT NOT NULL,
        first       TEXT,
        last        TEXT,
        independent INTEGER NOT NULL,
        lineage     TEXT NOT NULL
      );

      -- n is the integer key the FTS index and the child tables use; id is the public article id.
      CREATE TABLE articles (
        n              INTEGER PRIMARY KEY,
        id             TEXT NOT NULL UNIQUE,
        title          TEXT NOT NULL,
        outlet         TEXT,
        outlet_country TEXT,
        published      TEXT,
        time           TEXT,
        dateline       TEXT,
        byline         TEXT NOT NULL,
        url            TEXT,
        kind           TEXT NOT NULL,
        body           BLOB NOT NULL,
        story          TEXT REFERENCES stories(id) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE, published);
      CREATE INDEX articles_story ON articles(story);

      CREATE TABLE provenance (
        article    INTEGER NOT NULL REFERENCES articles(n),
        file       INTEGER NOT NULL REFERENCES files(id),
        start_line INTEGER NOT NULL,
        end_line   INTEGER NOT NULL,
        PRIMARY KEY (article, file, start_line)
      ) WITHOUT ROWID;

      CREATE TABLE duplicates (
        a          INTEGER NOT NULL REFERENCES articles(n),
        b          INTEGER NOT NULL REFERENCES articles(n),
        relation   TEXT NOT NULL,
        similarity REAL NOT NULL,
        PRIMARY KEY (a, b)
      ) WITHOUT ROWID;
      CREATE INDEX duplicates_b ON duplicates(b);

      CREATE TABLE entities (
        n    INTEGER PRIMARY KEY,
        id   TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        UNIQUE (name, type)
      );

      -- seq keeps the extractor's order within an article; extra holds fields added to the records later.
      CREATE TABLE mentions (
        article INTEGER NOT NULL REFERENCES articles(n),
        seq     INTEGER NOT NULL,
        entity  INTEGER NOT NULL REFERENCES entities(n),
        text    TEXT NOT NULL,
        start   INTEGER NOT NULL,
        end     INTEGER NOT NULL,
        PRIMARY KEY (article, seq)
      ) WITHOUT ROWID;
      CREATE INDEX mentions_entity ON mentions(entity, article);

      CREATE TABLE quotes (
        article INTEGER NOT NULL REFERENCES articles(n),
        seq     INTEGER NOT NULL,
        speaker TEXT,
        via     TEXT,
        text    TEXT NOT NULL,
        start   INTEGER NOT NULL,
        end     INTEGER NOT NULL,
        extra   TEXT,
        PRIMARY KEY (article, seq)
      ) WITHOUT ROWID;

      CREATE TABLE figures (
        article   INTEGER NOT NULL REFERENCES articles(n),
        seq       INTEGER NOT NULL,
        text      TEXT NOT NULL,
        value     REAL,
        low       REAL,
        high      REAL,
        qualifier TEXT,
        unit      TEXT NOT NULL,
        subject   TEXT NOT NULL,
        start     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        extra     TEXT,
        PRIMARY KEY (article, seq)
      ) WITHOUT ROWID;

      CREATE TABLE dates (
        article   INTEGER NOT NULL REFERENCES articles(n),
        seq       INTEGER NOT NULL,
        text      TEXT NOT NULL,
        date      TEXT NOT NULL,
        precision TEXT NOT NULL,
        start     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        extra     TEXT,
        PRIMARY KEY (article, seq)
      ) WITHOUT ROWID;

      -- Checkpoint of the incremental stages: deflated JSON, valid for the articles with n <= covered.
      CREATE TABLE stage_state (
        key     TEXT PRIMARY KEY,
        covered INTEGER NOT NULL,
        data    BLOB NOT NULL
      );

      CREATE VIEW article_text AS SELECT n, title, sitrep_inflate(body) AS text FROM articles;

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text,
        content = 'article_text', content_rowid = 'n',
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Titles weigh more than body text in the ranking.
      INSERT INTO articles_fts(articles_fts, rank) VALUES ('rank', 'bm25(4.0, 1.0)');

      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.n, old.title, sitrep_inflate(old.body));
      END;
    `,
  },
  {
    version: 2,
    description: 'brotli stage checkpoints, mention texts equal to the name left empty, figures.as_of column',
    sql: `
      -- How stage_state.data is compressed: 'deflate' (raw deflate, schema 1) or 'brotli'.
      ALTER TABLE stage_state ADD COLUMN codec TEXT NOT NULL DEFAULT 'deflate';

      -- An empty mention text stands for the entity's canonical name (the text of most mentions).
      UPDATE mentions SET text = '' WHERE text = (SELECT e.name FROM entities e WHERE e.n = mentions.entity);

      -- Every figure carries asOf, mostly null: a column costs nothing when null, JSON in extra did.
      ALTER TABLE figures ADD COLUMN as_of TEXT;
      UPDATE figures SET as_of = json_extract(extra, '$.asOf'), extra = nullif(json_remove(extra, '$.asOf'), '{}')
        WHERE json_type(extra, '$.asOf') IS NOT NULL;
    `,
  },
  {
    version: 3,
    description: 'preset deflate dictionaries for article texts (bodies.ts)',
    sql: `
      CREATE TABLE dictionaries (
        id   INTEGER PRIMARY KEY,
        data BLOB NOT NULL
      );
      -- The dictionary a body was compressed with; null for none (every body of schema 1 and 2).
      ALTER TABLE articles ADD COLUMN dict INTEGER REFERENCES dictionaries(id);

      DROP TRIGGER articles_fts_delete;
      DROP VIEW article_text;
      CREATE VIEW article_text AS SELECT n, title, sitrep_inflate(body, dict) AS text FROM articles;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
          VALUES ('delete', old.n, old.title, sitrep_inflate(old.body, old.dict));
      END;
    `,
  },
  {
    version: 4,
    description: 'the full-text index in shards of consecutive articles (shards.ts)',
    sql: `
      -- Shard id k is the table articles_fts_k (0: articles_fts) and holds the articles from first on.
      CREATE TABLE fts_shards (
        id    INTEGER PRIMARY KEY,
        first INTEGER NOT NULL
      );
      INSERT INTO fts_shards (id, first) VALUES (0, 1);
    `,
  },
  {
    version: 5,
    description:
      'the full-text index without token positions (detail=column); quote and figure texts that are spans of the body kept as offsets only; no unique index on entity ids; stories without rowid',
    sql: `
      -- Nothing looks an entity up by id alone (the entity filter scans names and ids together).
      CREATE TABLE entities_5 (
        n    INTEGER PRIMARY KEY,
        id   TEXT NOT NULL,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        UNIQUE (name, type)
      );
      INSERT INTO entities_5 SELECT n, id, name, type FROM entities;
      DROP TABLE entities;
      ALTER TABLE entities_5 RENAME TO entities;

      -- Keyed by id alone: a rowid table kept a second tree, the index on id.
      CREATE TABLE stories_5 (
        id          TEXT PRIMARY KEY,
        headline    TEXT NOT NULL,
        outlets     TEXT NOT NULL,
        first       TEXT,
        last        TEXT,
        independent INTEGER NOT NULL,
        lineage     TEXT NOT NULL
      ) WITHOUT ROWID;
      INSERT INTO stories_5 SELECT id, headline, outlets, first, last, independent, lineage FROM stories;
      DROP TABLE stories;
      ALTER TABLE stories_5 RENAME TO stories;

      -- A null text is the body's text from start to end (nearly every quote and figure).
      CREATE TABLE quotes_5 (
        article INTEGER NOT NULL REFERENCES articles(n),
        seq     INTEGER NOT NULL,
        speaker TEXT,
        via     TEXT,
        text    TEXT,
        start   INTEGER NOT NULL,
        end     INTEGER NOT NULL,
        extra   TEXT,
        PRIMARY KEY (article, seq)
      ) WITHOUT ROWID;
      INSERT INTO quotes_5
        SELECT q.article, q.seq, q.speaker, q.via, nullif(q.text, sitrep_span(a.body, a.dict, q.start, q.end)),
          q.start, q.end, q.extra
        FROM quotes q LEFT JOIN articles a ON a.n = q.article;
      DROP TABLE quotes;
      ALTER TABLE quotes_5 RENAME TO quotes;

      CREATE TABLE figures_5 (
        article   INTEGER NOT NULL REFERENCES articles(n),
        seq       INTEGER NOT NULL,
        text      TEXT,
        value     REAL,
        low       REAL,
        high      REAL,
        qualifier TEXT,
        unit      TEXT NOT NULL,
        subject   TEXT NOT NULL,
        start     INTEGER NOT NULL,
        end       INTEGER NOT NULL,
        extra     TEXT,
        as_of     TEXT,
        PRIMARY KEY (article, seq)
      ) WITHOUT ROWID;
      INSERT INTO figures_5
        SELECT f.article, f.seq, nullif(f.text, sitrep_span(a.body, a.dict, f.start, f.end)), f.value, f.low,
          f.high, f.qualifier, f.unit, f.subject, f.start, f.end, f.extra, f.as_of
        FROM figures f LEFT JOIN articles a ON a.n = f.article;
      DROP TABLE figures;
      ALTER TABLE figures_5 RENAME TO figures;
    `,
    upgrade: rebuildShards,
  },
];

/** The version a database has after every migration above. */
export const SCHEMA_VERSION = migrations.at(-1)?.version ?? 0;
