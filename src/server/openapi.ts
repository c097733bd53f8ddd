// The API's OpenAPI 3.1 description (served at /api/openapi.json) and a readable HTML rendering of
// it (at /api/docs), written here so that the docs need no CDN and no script.
import { type Html, html } from './html.js';
import { page } from './pages/layout.js';

type Schema = Record<string, unknown>;
interface Param {
  name: string;
  in: 'query' | 'path';
  description: string;
  required?: boolean;
  schema: Schema;
}
interface Operation {
  summary: string;
  parameters?: Param[];
  requestBody?: Schema;
  security?: Schema[];
  responses: Record<string, { description: string; content?: Schema }>;
}

const str: Schema = { type: 'string' };
const day: Schema = { type: 'string', format: 'date', example: '2023-10-04' };
const nullableString: Schema = { type: ['string', 'null'] };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const list = (name: string): Schema => ({ type: 'array', items: ref(name) });

const q = (name: string, description: string, schema: Schema = str, required = false): Param => ({
  name,
  in: 'query',
  description,
  required,
  schema,
});
const idParam: Param = { name: 'id', in: 'path', required: true, description: 'record id', schema: str };
const range = [
  q('day', 'one publication day', day),
  q('since', 'first day, inclusive', day),
  q('until', 'last day, inclusive', day),
  q('outlet', 'outlet name, case-insensitive'),
];
const paging = [
  q('limit', 'at most this many (default 100)', { type: 'integer', minimum: 1, maximum: 1000 }),
  q('offset', 'skip this many', { type: 'integer', minimum: 0 }),
];
const analysisRange = [
  q('since', 'first day (default: 30 days before the newest article)', day),
  q('until', 'last day (default: the newest article)', day),
];
const records = [
  ...range,
  ...paging,
  q('article', 'one article id'),
  q('story', 'one story id'),
  q('entity', 'entity name or id'),
];

const json = (schema: Schema, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  '400': json(ref('Error'), 'malformed request'),
  '404': json(ref('Error'), 'not found'),
};
const object = (properties: Record<string, Schema>): Schema => ({ type: 'object', properties });

const paths: Record<string, Record<string, Operation>> = {
  '/api/stats': {
    get: {
      summary: 'Counts, date range and outlets of the store',
      responses: { '200': json({ type: 'object' }) },
    },
  },
  '/api/articles': {
    get: {
      summary: 'Articles matching a filter, by publication date',
      parameters: [...range, ...paging, q('story', 'one story id'), q('q', 'full-text query')],
      responses: { '200': json(object({ articles: list('Article') })), ...errors },
    },
  },
  '/api/articles/{id}': {
    get: {
      summary: 'One article with its provenance',
      parameters: [idParam],
      responses: { '200': json(ref('Article')), ...errors },
    },
  },
  '/api/stories': {
    get: {
      summary: 'Stories active in the filter, newest first',
      parameters: [...range, ...paging],
      responses: { '200': json(object({ stories: list('Story') })), ...errors },
    },
  },
  '/api/stories/{id}': {
    get: {
      summary: 'One story: its articles, duplicate pairs, quotes, figures and dates',
      parameters: [idParam],
      responses: {
        '200': json(
          object({
            story: ref('Story'),
            articles: list('Article'),
            duplicates: list('Duplicate'),
            quotes: list('Quote'),
            figures: list('Figure'),
            dates: list('DateMention'),
          }),
        ),
        ...errors,
      },
    },
  },
  '/api/search': {
    get: {
      summary: 'Full-text search ranked by BM25, grouped by story',
      parameters: [q('q', 'words, "phrases", prefix*', str, true), ...range, paging[0]!],
      responses: { '200': json(ref('SearchResult')), ...errors },
    },
  },
  '/api/entities': {
    get: {
      summary: 'People, places and organisations, most mentioned first',
      parameters: [...range, ...paging, q('type', 'person, place or organization')],
      responses: { '200': json(object({ entities: list('Entity') })), ...errors },
    },
  },
  '/api/entities/{id}': {
    get: {
      summary: 'One entity (by name or id): mentions, quotes and stories',
      parameters: [idParam, ...range],
      responses: { '200': json({ type: 'object' }), ...errors },
    },
  },
  '/api/quotes': {
    get: {
      summary: 'Quotes, in article order',
      parameters: records,
      responses: { '200': json(object({ quotes: list('Quote') })), ...errors },
    },
  },
  '/api/dates': {
    get: {
      summary: 'Date mentions',
      parameters: records,
      responses: { '200': json(object({ dates: list('DateMention') })), ...errors },
    },
  },
  '/api/duplicates': {
    get: {
      summary: 'Duplicate pairs',
      parameters: records,
      responses: { '200': json(object({ duplicates: list('Duplicate') })), ...errors },
    },
  },
  '/api/figures': {
    get: {
      summary: 'Figures reported in the period, and the tracked figure series built from them',
      parameters: [...records.filter((p) => p.name !== 'since' && p.name !== 'until'), ...analysisRange],
      responses: {
        '200': json(
          object({ range: ref('Range'), figures: list('Figure'), trackedFigures: list('TrackedFigure') }),
        ),
        ...errors,
      },
    },
  },
  '/api/tracked-figures': {
    get: {
      summary: 'Tracked figure series with conflicts',
      parameters: analysisRange,
      responses: {
        '200': json(object({ range: ref('Range'), trackedFigures: list('TrackedFigure') })),
        ...errors,
      },
    },
  },
  '/api/timeline': {
    get: {
      summary: 'Dated events mentioned in the period',
      parameters: analysisRange,
      responses: { '200': json(object({ range: ref('Range'), timeline: list('TimelineEntry') })), ...errors },
    },
  },
  '/api/framing': {
    get: {
      summary: 'Framing matrix: term → outlet → uses',
      parameters: analysisRange,
      responses: { '200': json(object({ range: ref('Range'), framing: list('Framing') })), ...errors },
    },
  },
  '/api/ingest': {
    post: {
      summary: 'Store a digest: a text/plain body or a multipart file (needs the API token)',
      parameters: [q('name', 'file name for pasted text; a date in it dates undated articles')],
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: {
          'text/plain': { schema: str },
          'multipart/form-data': { schema: object({ file: { type: 'string', format: 'binary' } }) },
        },
      },
      responses: {
        '201': json(ref('IngestResult'), 'stored'),
        '200': json(ref('IngestResult'), 'this exact file was stored before'),
        '400': json(ref('Error'), 'empty or unreadable upload'),
        '401': json(ref('Error'), 'missing or wrong token'),
        '413': json(ref('Error'), 'over the upload limit'),
        '415': json(ref('Error'), 'neither text/plain nor multipart'),
      },
    },
  },
};

const schemas: Record<string, Schema> = {
  Error: object({ error: str, code: str, status: { type: 'integer' } }),
  Range: object({ since: nullableString, until: nullableString }),
  Article: object({
    id: str,
    title: str,
    outlet: nullableString,
    outletCountry: nullableString,
    published: nullableString,
    time: nullableString,
    dateline: nullableString,
    byline: { type: 'array', items: str },
    url: nullableString,
    kind: { enum: ['news', 'opinion', 'statement'] },
    text: str,
    source: object({ file: str, startLine: { type: 'integer' }, endLine: { type: 'integer' } }),
    provenance: { type: 'array', items: { type: 'object' } },
    story: nullableString,
  }),
  Story: object({
    id: str,
    headline: str,
    articles: { type: 'array', items: str },
    outlets: { type: 'array', items: str },
    first: nullableString,
    last: nullableString,
    independent: { type: 'integer' },
    lineage: { type: 'array' },
  }),
  Duplicate: object({
    a: str,
    b: str,
    relation: { enum: ['identical', 'near-duplicate', 'rewrite'] },
    similarity: { type: 'number' },
  }),
  Entity: object({
    id: str,
    name: str,
    type: str,
    aliases: { type: 'array', items: str },
    articles: { type: 'array', items: str },
    mentions: { type: 'integer' },
  }),
  Quote: object({
    article: str,
    speaker: nullableString,
    via: nullableString,
    text: str,
    start: { type: 'integer' },
    end: { type: 'integer' },
  }),
  Figure: object({
    article: str,
    text: str,
    value: { type: ['number', 'null'] },
    low: { type: ['number', 'null'] },
    high: { type: ['number', 'null'] },
    qualifier: nullableString,
    unit: str,
    subject: str,
    start: { type: 'integer' },
    end: { type: 'integer' },
  }),
  DateMention: object({
    article: str,
    text: str,
    date: str,
    precision: str,
    start: { type: 'integer' },
    end: { type: 'integer' },
  }),
  TrackedFigure: object({
    id: str,
    label: str,
    unit: str,
    points: { type: 'array', items: { type: 'object' } },
    conflicts: { type: 'array', items: { type: 'object' } },
  }),
  TimelineEntry: object({
    date: str,
    summary: str,
    articles: { type: 'array', items: str },
    upcoming: { type: 'boolean', description: 'Every article mentioning it was published before its date.' },
  }),
  Framing: object({ concept: str, terms: { type: 'object' } }),
  SearchResult: object({
    query: str,
    match: str,
    hits: { type: 'array', items: { type: 'object' } },
    groups: { type: 'array', items: { type: 'object' } },
  }),
  IngestResult: object({
    outcome: { type: 'object' },
    articles: { type: 'array', items: { type: 'object' } },
    warnings: { type: 'array' },
    dropped: { type: 'integer' },
  }),
};

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'sitrep API',
    version: '0.1.0',
    description:
      'Stories, articles, search, entities, quotes, figures, timeline and framing from the sitrep store. Record shapes follow the output contract in DESIGN.md. Errors are {error, code, status}.',
  },
  servers: [{ url: '/' }],
  paths,
  components: { schemas, securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
};

export function renderApiDocs(): Html {
  return page(
    { title: 'API', section: '/api/docs' },
    html`<div class="api-docs"><h1>sitrep API</h1>
<p>${openApiDocument.info.description}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Writes need <code>Authorization: Bearer TOKEN</code>; the token is printed when the server first starts and stored beside the database (or set <code>SITREP_TOKEN</code>).</p>
<p>Example: <code>curl -H "Authorization: Bearer $TOKEN" -H "Content-Type: text/plain" --data-binary @digest-2023-10-04.txt "http://127.0.0.1:8080/api/ingest?name=digest-2023-10-04.txt"</code></p>
${Object.entries(paths).flatMap(([path, operations]) =>
  Object.entries(operations).map(
    ([
      method,
      op,
    ]) => html`<section class="op"><h2><span class="method">${method.toUpperCase()}</span> <code>${path}</code></h2>
<p>${op.summary}${op.security ? ' (token required)' : ''}</p>
${op.parameters && op.parameters.length > 0 ? html`<table><thead><tr><th scope="col">Parameter</th><th scope="col">In</th><th scope="col">Meaning</th></tr></thead><tbody>${op.parameters.map((p) => html`<tr><td><code>${p.name}</code>${p.required ? ' (required)' : ''}</td><td>${p.in}</td><td>${p.description}</td></tr>`)}</tbody></table>` : ''}
<p class="meta">Responses: ${Object.entries(op.responses)
      .map(([status, r]) => `${status} ${r.description}`)
      .join(' · ')}</p></section>`,
  ),
)}</div>`,
  );
}
