// Timeline: dated events across the period, newest first, each with the articles that date it.
import { EXPECTED_NOTE } from '../../report/model.js';
import type { RangeAnalysis } from '../corpus.js';
import { type Html, html } from '../html.js';
import { emptyNote, page, plural } from './layout.js';
import { rangePicker } from './range.js';

const SOURCES_SHOWN = 5;

export function renderTimeline(analysis: RangeAnalysis): Html {
  const entries = [...analysis.timeline].sort((a, b) => b.date.localeCompare(a.date));
  return page(
    { title: 'Timeline', section: '/timeline' },
    html`<h1>Timeline</h1>
${rangePicker('/timeline', analysis.range)}
<p class="lede">${plural(entries.length, 'dated event')} mentioned by articles of this period.</p>
${
  entries.length === 0
    ? emptyNote('No dated events.')
    : html`<ol class="timeline">${entries.map(
        (
          entry,
        ) => html`<li><time>${entry.date}</time>${entry.upcoming ? html` <span class="tag expected" title="${EXPECTED_NOTE}">expected</span>` : ''} <span class="summary">${entry.summary}</span>
<p class="meta">${entry.articles.slice(0, SOURCES_SHOWN).map((id) => {
          const article = analysis.articles.get(id);
          return html`<a href="/articles/${id}">${article ? `${article.outlet ?? 'unknown outlet'}: ${article.title}` : id}</a> `;
        })}${entry.articles.length > SOURCES_SHOWN ? `and ${entry.articles.length - SOURCES_SHOWN} more` : ''}</p></li>`,
      )}</ol>`
}`,
  );
}
