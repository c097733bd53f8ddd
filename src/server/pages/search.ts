// Search: full-text query with outlet and date filters, results grouped by story. Snippets come
// from the store with private marker characters around matches, so the text can be escaped first
// and the markers turned into <mark> after.

import { escapeHtml } from '../../report/escape.js';
import type { SearchResult, StoredArticle } from '../../store/index.js';
import { type Html, href, html, raw } from '../html.js';
import { emptyNote, page, plural } from './layout.js';

export const SNIPPET_MARKERS: [string, string] = ['\u0001', '\u0002'];

export interface SearchView {
  q: string;
  outlet: string;
  since: string;
  until: string;
  day: string;
  outlets: string[];
  result: SearchResult | null;
  /** Articles matching the filters when no words were given. */
  listed: StoredArticle[] | null;
}

export function renderSearch(view: SearchView): Html {
  return page(
    { title: view.q ? `Search: ${view.q}` : 'Search', section: '/search' },
    html`<h1>Search</h1>
<form class="search" method="get" action="/search" role="search">
<p><label for="q">Words</label> <input type="search" id="q" name="q" value="${view.q}" placeholder='refugees "humanitarian corridor" Stepan*'></p>
<p><label for="outlet">Outlet</label> <select id="outlet" name="outlet"><option value="">any</option>${view.outlets.map(
      (o) => html`<option${o === view.outlet ? html` selected` : ''}>${o}</option>`,
    )}</select>
<label for="since">from</label> <input type="date" id="since" name="since" value="${view.since}">
<label for="until">to</label> <input type="date" id="until" name="until" value="${view.until}">
${view.day ? html`<input type="hidden" name="day" value="${view.day}">` : ''}
<button type="submit">Search</button></p>
</form>
${view.result ? results(view.result) : view.listed ? listing(view.listed, view.day) : html`<p class="hint">Words, "exact phrases" and prefix* are understood.</p>`}`,
  );
}

function results(result: SearchResult): Html {
  if (result.hits.length === 0) return emptyNote(`Nothing matches “${result.query}”.`);
  return html`<p class="lede">${plural(result.hits.length, 'article')} in ${plural(result.groups.length, 'story', 'stories')}.</p>
<ol class="groups">${result.groups.map(
    (group) => html`<li class="group">
${group.story ? html`<h2><a href="/stories/${group.story}">${group.headline ?? 'Story'}</a></h2>` : html`<h2>Not in a story</h2>`}
<ul class="hits">${group.hits.map(
      (hit) =>
        html`<li><a href="/articles/${hit.article}">${hit.title}</a> <span class="meta">${hit.outlet ?? 'unknown outlet'} · ${hit.published ?? 'undated'}</span><p class="snippet">${snippet(hit.snippet)}</p></li>`,
    )}</ul></li>`,
  )}</ol>`;
}

function listing(articles: StoredArticle[], day: string): Html {
  if (articles.length === 0) return emptyNote('No article matches these filters.');
  return html`<p class="lede">${plural(articles.length, 'article')}${day ? ` on ${day}` : ''}, oldest first.</p>
<ul class="hits">${articles.map(
    (a) =>
      html`<li><a href="/articles/${a.id}">${a.title}</a> <span class="meta">${a.outlet ?? 'unknown outlet'} · ${a.published ?? 'undated'}</span>${a.story ? html` · <a href="/stories/${a.story}">story</a>` : ''}</li>`,
  )}</ul>`;
}

function snippet(text: string): Html {
  const [open, close] = SNIPPET_MARKERS;
  return raw(escapeHtml(text).split(open).join('<mark>').split(close).join('</mark>'));
}

export { href };
