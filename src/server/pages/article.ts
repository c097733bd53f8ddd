// One article: its text (with the cited sentence marked when a link pointed at a span), where it
// was read from, its story, and what the extractors found in it.
import type { StoredArticle, StoredMention } from '../../store/index.js';
import type { DateMention, Figure, Quote } from '../../types.js';
import { type Html, href, html, safeUrl } from '../html.js';
import { page } from './layout.js';
import { articleBody, dateList, figureList, quoteList, type Span } from './records.js';

export interface ArticleView {
  article: StoredArticle;
  cited: Span | null;
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
  mentions: StoredMention[];
}

export function renderArticle(view: ArticleView): Html {
  const { article } = view;
  const lookup = (id: string) => (id === article.id ? article : undefined);
  const url = safeUrl(article.url);
  return page(
    { title: article.title },
    html`<p class="crumbs"><a href="/">Today</a>${article.story ? html` › <a href="/stories/${article.story}">Story</a>` : ''} › Article</p>
<h1>${article.title}</h1>
<p class="meta">${article.outlet ?? 'unknown outlet'}${article.outletCountry ? ` (${article.outletCountry})` : ''} · ${article.published ?? 'undated'}${article.time ? ` ${article.time}` : ''}${article.dateline ? ` · ${article.dateline}` : ''}${article.byline.length > 0 ? ` · ${article.byline.join(', ')}` : ''} · ${article.kind}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${articleBody(article.text, view.cited)}
<section aria-labelledby="prov-h"><h2 id="prov-h">Where it was read</h2><ul>${article.provenance.map(
      (place) =>
        html`<li><code>${place.file}</code> lines ${place.startLine}–${place.endLine}, ingested ${place.ingestedAt}</li>`,
    )}</ul></section>
<section aria-labelledby="ent-h"><h2 id="ent-h">Who and where</h2>${entityTags(view.mentions)}</section>
<section aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes</h2>${quoteList(view.quotes, lookup)}</section>
<section aria-labelledby="figures-h"><h2 id="figures-h">Figures</h2>${figureList(view.figures, lookup)}</section>
<section aria-labelledby="dates-h"><h2 id="dates-h">Dates</h2>${dateList(view.dates, lookup)}</section>`,
  );
}

function entityTags(mentions: StoredMention[]): Html {
  const counts = new Map<string, { type: string; count: number }>();
  for (const mention of mentions) {
    const entry = counts.get(mention.name) ?? { type: mention.type, count: 0 };
    entry.count++;
    counts.set(mention.name, entry);
  }
  if (counts.size === 0) return html`<p class="empty">No people, places or organisations found.</p>`;
  return html`<p class="tags">${[...counts].map(
    ([name, { type, count }]) =>
      html`<a class="tag ${type}" href="${href('/entity', { name })}">${name} <small>${count}</small></a> `,
  )}</p>`;
}
