// The web UI's pages: each route validates its query, asks the store, and hands the data to a
// page function that returns escaped HTML.
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { ServerContext } from '../context.js';
import { shiftDay } from '../corpus.js';
import { HttpError, validate } from '../errors.js';
import type { Html } from '../html.js';
import { renderAdd } from '../pages/add.js';
import { renderArticle } from '../pages/article.js';
import { renderEntity } from '../pages/entity.js';
import { renderFigures } from '../pages/figures.js';
import { renderOutlets } from '../pages/outlets.js';
import { renderSearch, SNIPPET_MARKERS } from '../pages/search.js';
import { DIFFS_ON_REWRITES_PAGE, renderRewrites, renderStory } from '../pages/story.js';
import { renderTimeline } from '../pages/timeline.js';
import { renderToday } from '../pages/today.js';
import { articleId, idParams, rangeQuery, searchQuery, storyId } from '../schemas.js';
import { entityProfile } from './api-read.js';

const spanQuery = z.object({
  span: z
    .string()
    .regex(/^\d{1,9}-\d{1,9}$/, 'wants START-END')
    .optional()
    .catch(undefined),
});
const entityPageQuery = rangeQuery.extend({
  name: z.string().trim().min(1, 'wants an entity name').max(200),
});
const searchPageQuery = searchQuery.partial({ q: true });
/** A story page loads at most this many articles (the rest are counted) and records of each kind. */
const STORY_ARTICLES = 40;
const STORY_RECORDS = 200;
const SEARCH_LISTED = 100;

function send(reply: FastifyReply, body: Html): FastifyReply {
  return reply.type('text/html; charset=utf-8').send(body.text);
}

export function registerPages(app: FastifyInstance, ctx: ServerContext): void {
  const { corpus } = ctx;
  const { store } = corpus;

  app.get('/', async (request, reply) => {
    const stats = await corpus.stats();
    const day = validate(rangeQuery.pick({ day: true }), request.query).day ?? stats.last;
    if (!day)
      return send(
        reply,
        renderToday({ day: null, previous: null, next: null, stories: [], outlets: [], articleCount: 0 }),
      );
    // Counted in the database: the page needs no article text.
    const [stories, outletCounts] = await Promise.all([store.stories({ day }), store.outletCounts({ day })]);
    const counts = new Map<string, number>();
    let articleCount = 0;
    for (const { outlet, articles } of outletCounts) {
      const name = outlet ?? 'unknown outlet';
      counts.set(name, (counts.get(name) ?? 0) + articles);
      articleCount += articles;
    }
    const previous = shiftDay(day, -1);
    const next = shiftDay(day, 1);
    return send(
      reply,
      renderToday({
        day,
        previous: stats.first && previous >= stats.first ? previous : null,
        next: stats.last && next <= stats.last ? next : null,
        stories,
        outlets: [...counts]
          .map(([outlet, n]) => ({ outlet, articles: n }))
          .sort((a, b) => b.articles - a.articles || a.outlet.localeCompare(b.outlet)),
        articleCount,
      }),
    );
  });

  app.get('/stories/:id', async (request, reply) => {
    const id = validate(storyId, validate(idParams, request.params).id);
    // Bounded reads: a story of a thousand articles must not hold the server for everyone else.
    const [story] = await store.stories({ story: id, limit: 1 });
    if (!story) throw new HttpError(404, `There is no story ${id}.`, 'E_NOT_FOUND');
    const [articles, duplicates, quotes, figures, dates] = await Promise.all([
      store.articles({ story: id, limit: STORY_ARTICLES, withoutProvenance: true }),
      store.duplicates({ story: id }),
      store.quotes({ story: id, limit: STORY_RECORDS }),
      store.figures({ story: id, limit: STORY_RECORDS }),
      store.dates({ story: id, limit: STORY_RECORDS }),
    ]);
    return send(reply, renderStory({ story, articles, duplicates, quotes, figures, dates }));
  });

  app.get('/stories/:id/rewrites', async (request, reply) => {
    const id = validate(storyId, validate(idParams, request.params).id);
    const [story] = await store.stories({ story: id, limit: 1 });
    if (!story) throw new HttpError(404, `There is no story ${id}.`, 'E_NOT_FOUND');
    const duplicates = (await store.duplicates({ story: id })).slice(0, DIFFS_ON_REWRITES_PAGE);
    const ids = [...new Set(duplicates.flatMap((pair) => [pair.a, pair.b]))];
    const articles = ids.length > 0 ? await store.articles({ ids, withoutProvenance: true }) : [];
    return send(reply, renderRewrites({ story, articles, duplicates, quotes: [], figures: [], dates: [] }));
  });

  app.get('/articles/:id', async (request, reply) => {
    const id = validate(articleId, validate(idParams, request.params).id);
    const { span } = validate(spanQuery, request.query);
    const article = await store.article(id);
    if (!article) throw new HttpError(404, `There is no article ${id}.`, 'E_NOT_FOUND');
    const [quotes, figures, dates, mentions] = await Promise.all([
      store.quotes({ article: id }),
      store.figures({ article: id }),
      store.dates({ article: id }),
      store.mentions({ article: id }),
    ]);
    const [start, end] = (span ?? '').split('-').map(Number);
    const cited =
      span && start !== undefined && end !== undefined && start <= end && end <= article.text.length
        ? { start, end }
        : null;
    return send(reply, renderArticle({ article, cited, quotes, figures, dates, mentions }));
  });

  const analysisQuery = rangeQuery.pick({ since: true, until: true });
  app.get('/figures', async (request, reply) => {
    const range = await corpus.defaultRange(validate(analysisQuery, request.query));
    return send(reply, renderFigures(await corpus.analysis(range)));
  });
  app.get('/timeline', async (request, reply) => {
    const range = await corpus.defaultRange(validate(analysisQuery, request.query));
    return send(reply, renderTimeline(await corpus.analysis(range)));
  });
  app.get('/outlets', async (request, reply) => {
    const range = await corpus.defaultRange(validate(analysisQuery, request.query));
    return send(reply, renderOutlets(await corpus.analysis(range)));
  });

  app.get('/entity', async (request, reply) => {
    const { name, ...range } = validate(entityPageQuery, request.query);
    const profile = await entityProfile(store, name, range);
    const ids = [...new Set([...profile.mentions.slice(0, 50), ...profile.quotes].map((r) => r.article))];
    const articles = ids.length > 0 ? await store.articles({ ids }) : [];
    return send(reply, renderEntity({ ...profile, articles: new Map(articles.map((a) => [a.id, a])) }));
  });

  app.get('/search', async (request, reply) => {
    const query = validate(searchPageQuery, request.query);
    const stats = await corpus.stats();
    const filter = { outlet: query.outlet, since: query.since, until: query.until, day: query.day };
    const result = query.q
      ? await store.search(query.q, { ...filter, limit: query.limit ?? 50, highlight: SNIPPET_MARKERS })
      : null;
    // Filters without words list the matching articles (the Today page links outlets here).
    const filtered = Object.values(filter).some(Boolean);
    const listed = !query.q && filtered ? await store.articles({ ...filter, limit: SEARCH_LISTED }) : null;
    return send(
      reply,
      renderSearch({
        q: query.q ?? '',
        outlet: query.outlet ?? '',
        since: query.since ?? '',
        until: query.until ?? '',
        day: query.day ?? '',
        outlets: stats.outlets.map((o) => o.outlet),
        result,
        listed,
      }),
    );
  });

  app.get('/add', async (_request, reply) => send(reply, renderAdd(ctx.formToken, ctx.maxUpload)));
}
