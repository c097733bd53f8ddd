// Organisations and places that an article's header names rather than its text: the outlet that
// published it ("JAM News", on its outlet line) and the place of its dateline ("MUSCAT (ONA) —").
// Analysts (and the hand-made gold of the shared digest) count an outlet named only on its outlet
// line among the organisations of the day. These names have no span in the article's text, so they
// are not mentions: they add the article to an entity of the same name and type (or open one, with
// no mentions), and the header field is their provenance.
import type { Article, Entity, EntityType } from '../types.js';
import { stableId } from '../util/hash.js';
import { foldDiacritics } from '../util/text.js';

export type ArticleHeader = Pick<Article, 'id' | 'outlet' | 'dateline'>;

interface HeaderName {
  name: string;
  type: EntityType;
}

/** The outlet as an organisation, and each place of the dateline ("MADRID/LISBON" is two). */
export function headerNames(article: ArticleHeader): HeaderName[] {
  const names: HeaderName[] = [];
  if (article.outlet) names.push({ name: article.outlet, type: 'organization' });
  for (const place of (article.dateline ?? '').split('/')) {
    const name = placeName(place.trim());
    if (name) names.push({ name, type: 'place' });
  }
  return names;
}

/** "NEW DELHI" → "New Delhi", "ST. GEORGE'S" → "St. George's"; a dateline in mixed case as written. */
function placeName(dateline: string): string | null {
  if (!/\p{L}{2}/u.test(dateline) || DOCUMENT_LABEL.test(dateline)) return null;
  if (dateline !== dateline.toUpperCase()) return dateline;
  return dateline
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "MEDIA ADVISORY": a release's label where a dateline stands. */
const DOCUMENT_LABEL =
  /^(?:(?:for\s+immediate\s+)?release|press\s+(?:release|statement|note)|media\s+(?:release|advisory|statement)|(?:joint\s+)?statement|communiqu[eé]|news\s+release)$/iu;

/**
 * "UNITED NATIONS (AP) —": a dateline that gives the full name of a body the texts also write
 * shorter ("the U.N. Security Council", "UN envoy") names that body's seat; the body is what is
 * counted, not a place of that name. A body known by one form only ("Sudan") leaves the place be.
 */
function seatOf(byName: Map<string, Entity>, name: string): Entity | undefined {
  const body = byName.get(key('organization', name));
  return body && body.aliases.some((alias) => alias.length < body.name.length) ? body : undefined;
}

const key = (type: EntityType, name: string) => `${type}\u0000${foldDiacritics(name).toLowerCase()}`;

/**
 * The entities with the names the articles' headers give: a header name that some entity of its type
 * has as name or alias (case and diacritics aside) adds the article to that entity; any other opens
 * an entity with no mentions, listed after those the text names.
 */
export function withHeaderNames(entities: Entity[], articles: Iterable<ArticleHeader>): Entity[] {
  const byName = new Map<string, Entity>();
  const result = entities.map((entity) => ({ ...entity, articles: [...entity.articles] }));
  for (const entity of result)
    for (const alias of entity.aliases) {
      const k = key(entity.type, alias);
      if (!byName.has(k)) byName.set(k, entity);
    }
  // An entity's articles as a set, made when a header first names it (an outlet names thousands).
  const listed = new Map<Entity, Set<string>>();
  for (const article of articles) {
    for (const { name, type } of headerNames(article)) {
      let entity = byName.get(key(type, name)) ?? (type === 'place' ? seatOf(byName, name) : undefined);
      if (!entity) {
        entity = { id: stableId('e', type, name), name, type, aliases: [name], articles: [], mentions: 0 };
        byName.set(key(type, name), entity);
        result.push(entity);
      }
      const seen = listed.get(entity) ?? new Set(entity.articles);
      listed.set(entity, seen);
      if (!seen.has(article.id)) {
        seen.add(article.id);
        entity.articles.push(article.id);
      }
    }
  }
  return result;
}
