// Outlets: the framing matrix. For each concept, which term each outlet uses in its own voice
// (and, in parentheses, inside quotations), with an example sentence per term.
import type { Framing } from '../../types.js';
import type { RangeAnalysis } from '../corpus.js';
import { type Html, html } from '../html.js';
import { emptyNote, page } from './layout.js';
import { rangePicker } from './range.js';

export function renderOutlets(analysis: RangeAnalysis): Html {
  const used = analysis.framing.filter((framing) => Object.keys(framing.terms).length > 0);
  return page(
    { title: 'Outlets', section: '/outlets' },
    html`<h1>How outlets frame it</h1>
${rangePicker('/outlets', analysis.range)}
<p class="lede">Counts are uses in the outlet's own voice; uses inside quotations are in parentheses.</p>
${used.length === 0 ? emptyNote('No framing terms found in this period.') : used.map((framing, i) => matrix(framing, i, analysis))}`,
  );
}

function matrix(framing: Framing, index: number, analysis: RangeAnalysis): Html {
  const terms = Object.keys(framing.terms).sort();
  const outlets = [
    ...new Set(
      terms.flatMap((t) => [
        ...Object.keys(framing.terms[t] ?? {}),
        ...Object.keys(framing.quoted?.[t] ?? {}),
      ]),
    ),
  ].sort();
  return html`<section aria-labelledby="frame-${index}">
<h2 id="frame-${index}">${framing.concept}</h2>
<div class="scroll"><table class="matrix"><thead><tr><th scope="col">Term</th>${outlets.map((o) => html`<th scope="col" class="num">${o}</th>`)}</tr></thead>
<tbody>${terms.map(
    (term) =>
      html`<tr><th scope="row">${term}</th>${outlets.map((outlet) => {
        const own = framing.terms[term]?.[outlet] ?? 0;
        const quoted = framing.quoted?.[term]?.[outlet] ?? 0;
        return html`<td class="num${own > 0 ? ' used' : ''}">${own > 0 ? own : ''}${quoted > 0 ? ` (${quoted})` : ''}</td>`;
      })}</tr>`,
  )}</tbody></table></div>
${examples(framing, analysis)}
</section>`;
}

function examples(framing: Framing, analysis: RangeAnalysis): Html {
  const list = Object.entries(framing.examples ?? {}).flatMap(([term, items]) =>
    items.slice(0, 1).map((item) => ({ term, ...item })),
  );
  if (list.length === 0) return html``;
  return html`<details><summary>Examples</summary><ul>${list.map((item) => {
    const article = analysis.articles.get(item.article);
    return html`<li><strong>${item.term}</strong> (${item.outlet}): “${item.sentence}” <a href="/articles/${item.article}">${article?.title ?? 'source'}</a></li>`;
  })}</ul></details>`;
}
