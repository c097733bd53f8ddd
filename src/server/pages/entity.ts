// Entity: a person, place or organisation — its names, where it is mentioned, what it said, and the
// stories it appears in.
import type { StoredArticle, StoredMention } from '../../store/index.js';
import type { Entity, Quote, Story } from '../../types.js';
import { type Html, html } from '../html.js';
import { emptyNote, page, plural } from './layout.js';
import { contextOf, quoteList, spanLink } from './records.js';

const MENTIONS_SHOWN = 50;

export interface EntityView {
  entity: Entity;
  mentions: StoredMention[];
  quotes: Quote[];
  stories: Story[];
  /** The articles the shown mentions and quotes come from. */
  articles: Map<string, StoredArticle>;
}

export function renderEntity(view: EntityView): Html {
  const { entity } = view;
  const lookup = (id: string) => view.articles.get(id);
  return page(
    { title: entity.name },
    html`<h1>${entity.name} <small class="tag ${entity.type}">${entity.type}</small></h1>
<p class="lede">${plural(entity.mentions, 'mention')} in ${plural(entity.articles.length, 'article')}${entity.aliases.length > 1 ? ` · also written ${entity.aliases.filter((a) => a !== entity.name).join(', ')}` : ''}</p>
<section aria-labelledby="said-h"><h2 id="said-h">What ${entity.name} said</h2>${quoteList(view.quotes, lookup)}</section>
<section aria-labelledby="stories-h"><h2 id="stories-h">Stories</h2>${
      view.stories.length === 0
        ? emptyNote('No stories.')
        : html`<ul>${view.stories.map((s) => html`<li><a href="/stories/${s.id}">${s.headline}</a> <span class="meta">${s.outlets.join(', ')}</span></li>`)}</ul>`
    }</section>
<section aria-labelledby="mentions-h"><h2 id="mentions-h">Mentions</h2>${mentionList(view.mentions, lookup)}</section>`,
  );
}

function mentionList(mentions: StoredMention[], lookup: (id: string) => StoredArticle | undefined): Html {
  if (mentions.length === 0) return emptyNote('No mentions.');
  const shown = mentions.slice(0, MENTIONS_SHOWN);
  return html`<ul class="records mentions">${shown.map((mention) => {
    const article = lookup(mention.article);
    return html`<li>“${contextOf(article, mention)}” · <a class="source" href="${spanLink(mention.article, mention)}">${article ? `${article.outlet ?? 'unknown outlet'}, ${article.published ?? 'undated'}` : mention.article}</a></li>`;
  })}</ul>${mentions.length > shown.length ? html`<p>and ${mentions.length - shown.length} more.</p>` : ''}`;
}
