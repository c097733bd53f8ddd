// Query and body shapes, checked with zod before anything reaches the store. Query strings arrive as
// text, so numbers are coerced; unknown parameters are ignored.
import { z } from 'zod';
import { isIsoDay } from '../util/days.js';

const isoDay = z.string().refine(isIsoDay, 'wants a date like 2023-10-04');
const id = (prefix: string) =>
  z
    .string()
    .min(3)
    .max(200)
    .regex(new RegExp(`^${prefix}_[\\w-]+$`), `wants an id starting with ${prefix}_`);

export const articleId = id('a');
export const storyId = id('s');

/** An empty query parameter (a blank form field) means "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

export const rangeQuery = z.object({
  day: optional(isoDay),
  since: optional(isoDay),
  until: optional(isoDay),
  outlet: optional(z.string().max(200)),
});

export const pageQuery = z.object({
  limit: optional(z.coerce.number().int().min(1).max(1000)),
  offset: optional(z.coerce.number().int().min(0).max(1_000_000)),
});

export const listQuery = rangeQuery.extend(pageQuery.shape).extend({
  story: optional(storyId),
  q: optional(z.string().max(500)),
});

export const recordQuery = listQuery.extend({
  article: optional(articleId),
  entity: optional(z.string().max(200)),
});

export const searchQuery = rangeQuery.extend({
  q: z.string().trim().min(1, 'wants a search query').max(500),
  limit: optional(z.coerce.number().int().min(1).max(200)),
});

export const entityQuery = rangeQuery.extend(pageQuery.shape).extend({
  type: optional(z.enum(['person', 'place', 'organization'])),
});

export const idParams = z.object({ id: z.string().min(1).max(200) });

export const ingestQuery = z.object({
  /** Name of the pasted text, so the reader can take a date from it ("digest-2023-10-04.txt"). */
  name: optional(z.string().max(200)),
});

export type ListQuery = z.output<typeof listQuery>;
export type RecordQuery = z.output<typeof recordQuery>;

/** A zod-checked query as the store's filter (q becomes the full-text query). */
export function toFilter(query: Partial<RecordQuery>) {
  const { q, ...rest } = query;
  return { ...rest, query: q };
}
