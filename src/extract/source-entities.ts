// The names an article gives outside its text: the outlet it came from ("JAM News" on its outlet line,
// "tol.org" in its closing link) and the place of its dateline ("MUSCAT, JANUARY 12, ONA."), both cut
// off the body by the reader. They are entities of the article as much as the names in its sentences
// (the hand-made gold of the shared digest lists them), so the aggregated entities get them too: an
// entity the text names already gains the variant and the article; one it does not is added with no
// mentions, since no span of the text holds it. The store names its entities from mention rows only,
// so `sitrep ingest` keeps to the names in the text.

import type { Article, Entity, EntityType } from '../types.js';
import { stableId } from '../util/hash.js';
import { aliasKeys, type Gazetteer, type GazetteerEntry, tokenKey } from './gazetteer.js';

/** The entities with each article's outlet (an organisation) and dateline places added. */
export function withSourceEntities(entities: Entity[], articles: Article[], gazetteer: Gazetteer): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const entity of entities)
    for (const alias of entity.aliases) {
      const key = `${entity.type}\u0000${tokenKey(alias)}`;
      if (!byKey.has(key)) byKey.set(key, entity);
    }
  const added: Entity[] = [];
  const add = (written: string, type: EntityType, article: string) => {
    const name = canonicalName(written, type, gazetteer);
    const key = (alias: string) => `${type}\u0000${tokenKey(alias)}`;
    let entity = byKey.get(key(name)) ?? byKey.get(key(written));
    if (!entity) {
      entity = { id: stableId('e', type, name), name, type, aliases: [name], articles: [], mentions: 0 };
      added.push(entity);
      byKey.set(key(name), entity);
    }
    if (!entity.aliases.includes(written)) entity.aliases.push(written);
    byKey.set(key(written), entity);
    if (!entity.articles.includes(article)) entity.articles.push(article);
  };
  for (const article of articles) {
    if (article.outlet) add(article.outlet, 'organization', article.id);
    for (const place of datelinePlaces(article.dateline)) add(place, 'place', article.id);
  }
  return added.length > 0 ? [...entities, ...added] : entities;
}

/**
 * "SANAA/WASHINGTON" → both places; "SANA'A" as written. A dateline is in capitals: the name it
 * stands for is looked up as written and, where the gazetteer does not know it, given in title case.
 */
export function datelinePlaces(dateline: string | null): string[] {
  if (!dateline) return [];
  return dateline
    .split('/')
    .map((part) => part.trim())
    .filter((part) => /\p{Lu}/u.test(part));
}

/** The gazetteer's name for a name of this type, else the name (a capitalised one in title case). */
function canonicalName(written: string, type: EntityType, gazetteer: Gazetteer): string {
  const entry = lookup(written, gazetteer);
  if (entry && entry.type === type) return entry.name;
  return written === written.toUpperCase() && written.length > 4 ? titleCase(written) : written;
}

/** The gazetteer entry one of whose aliases is exactly this name, or null. */
function lookup(name: string, gazetteer: Gazetteer): GazetteerEntry | null {
  let node: Gazetteer['root'] | undefined = gazetteer.root;
  for (const key of aliasKeys(name)) {
    node = node.next.get(key);
    if (!node) return null;
  }
  return node.match?.entry ?? null;
}

/** "NEW YORK" → "New York", "SANA'A" → "Sana'a". */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
