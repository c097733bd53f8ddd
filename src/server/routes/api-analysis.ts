// The corpus analysis as JSON: figures with their tracked series, the timeline and the framing
// matrix. Analysis runs over a date range (default: the last 30 days that hold articles), because
// a year of news analysed per request would not answer in time.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { ServerContext } from '../context.js';
import { validate } from '../errors.js';
import { rangeQuery, recordQuery, toFilter } from '../schemas.js';

const analysisQuery = rangeQuery.pick({ since: true, until: true });
const FIGURE_LIMIT = 500;

export function registerAnalysisApi(app: FastifyInstance, { corpus }: ServerContext): void {
  /** The range that was analysed is part of every answer, so a client knows what it is looking at. */
  async function analysed(query: unknown) {
    const range = await corpus.defaultRange(validate(analysisQuery, query));
    return { range, analysis: await corpus.analysis(range) };
  }

  app.get('/api/figures', async (request) => {
    const query = validate(recordQuery, request.query);
    const { range, analysis } = await analysed({ since: query.since, until: query.until });
    const figures = await corpus.store.figures(
      toFilter({
        limit: FIGURE_LIMIT,
        ...query,
        since: range.since ?? undefined,
        until: range.until ?? undefined,
      }),
    );
    return { range, figures, trackedFigures: analysis.trackedFigures };
  });

  app.get('/api/tracked-figures', async (request) => {
    const { range, analysis } = await analysed(request.query);
    return { range, trackedFigures: analysis.trackedFigures };
  });

  app.get('/api/timeline', async (request) => {
    const { range, analysis } = await analysed(request.query);
    return { range, timeline: analysis.timeline };
  });

  app.get('/api/framing', async (request) => {
    const { range, analysis } = await analysed(request.query);
    return { range, framing: analysis.framing };
  });
}

export type AnalysisQuery = z.output<typeof analysisQuery>;
