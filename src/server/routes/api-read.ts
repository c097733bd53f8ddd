// Read-only JSON API over the store: articles, stories, search, entities and extraction records.
// Each answer uses the record shapes of the output contract (DESIGN.md), wrapped in an object named
// like the contract's field ({stories: [...]}, {figures: [...]}).
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../context.js';
import { HttpError, validate } from '../errors.js';
import {
  articleId,
  entityQuery,
  idParams,
  listQuery,
  rangeQuery,
  recordQuery,
  searchQuery,
  storyId,
  toFilter,
} from '../schemas.js';

/** Lists are capped unless the client pages through them. */
const DEFAULT_LIMIT = 100;

export function registerReadApi(app: FastifyInstance, { corpus }: ServerContext): void {
  const { store } = corpus;

  app.get('/api/stats', async () => corpus.stats());

  app.get('/api/articles', async (request) => {
    const query = validate(listQuery, request.query);
    return { articles: await store.articles(toFilter({ limit: DEFAULT_LIMIT, ...query })) };
  });

  app.get('/api/articles/:id', async (request) => {
    const id = validate(articleId, validate(idParams, request.params).id);
    const article = await store.article(id);
    if (!article) throw new HttpError(404, `no article ${id}`, 'E_NOT_FOUND');
    return article;
  });

  app.get('/api/stories', async (request) => {
    const query = validate(listQuery, request.query);
    return { stories: await store.stories(toFilter({ limit: DEFAULT_LIMIT, ...query })) };
  });

  app.get('/api/stories/:id', async (request) => {
    const id = validate(storyId, validate(idParams, request.params).id);
    const found = await store.story(id);
    if (!found) throw new HttpError(404, `no story ${id}`, 'E_NOT_FOUND');
    const [duplicates, quotes, figures, dates] = await Promise.all([
      store.duplicates({ story: id }),
      store.quotes({ story: id }),
      store.figures({ story: id }),
      store.dates({ story: id }),
    ]);
    return { story: found.story, articles: found.articles, duplicates, quotes, figures, dates };
  });

  app.get('/api/search', async (request) => {
    const { q, ...options } = validate(searchQuery, request.query);
    return store.search(q, options);
  });

  app.get('/api/entities', async (request) => {
    const { type, ...query } = validate(entityQuery, request.query);
    const entities = await store.entities({ limit: DEFAULT_LIMIT, ...query });
    return { entities: type ? entities.filter((entity) => entity.type === type) : entities };
  });

  app.get('/api/entities/:id', async (request) => {
    const name = validate(idParams, request.params).id;
    const range = validate(rangeQuery, request.query);
    return entityProfile(corpus.store, name, range);
  });

  app.get('/api/quotes', async (request) => {
    const query = validate(recordQuery, request.query);
    return { quotes: await store.quotes(toFilter({ limit: DEFAULT_LIMIT * 5, ...query })) };
  });

  app.get('/api/dates', async (request) => {
    const query = validate(recordQuery, request.query);
    return { dates: await store.dates(toFilter({ limit: DEFAULT_LIMIT * 5, ...query })) };
  });

  app.get('/api/duplicates', async (request) => {
    const query = validate(recordQuery, request.query);
    return { duplicates: await store.duplicates(toFilter(query)) };
  });
}

/** One entity: its record, every mention, its quotes and the stories it appears in. */
export async function entityProfile(
  store: ServerContext['corpus']['store'],
  name: string,
  range: { day?: string; since?: string; until?: string; outlet?: string },
) {
  const filter = { ...range, entity: name };
  const [entities, mentions, stories] = await Promise.all([
    store.entities(filter),
    store.mentions({ ...filter, limit: 1000 }),
    store.stories({ ...filter, limit: DEFAULT_LIMIT }),
  ]);
  const entity = entities.find(
    (candidate) => candidate.id === name || candidate.name.toLowerCase() === name.toLowerCase(),
  );
  if (!entity) throw new HttpError(404, `no entity "${name}"`, 'E_NOT_FOUND');
  const ownMentions = mentions.filter((mention) => mention.entity === entity.id);
  const quotes = (await store.quotes({ ...range, entity: entity.name, limit: 5000 })).filter(
    (quote) => quote.speaker?.toLowerCase() === entity.name.toLowerCase(),
  );
  return { entity, mentions: ownMentions, quotes, stories };
}
