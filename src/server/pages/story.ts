// Story: its articles side by side, the diff of each rewrite or near-copy, and the quotes, figures
// and dates its articles hold, each linked to its sentence.
import { readableTitle } from '../../report/readable-title.js';
import type { StoredArticle } from '../../store/index.js';
import type { DateMention, Duplicate, Figure, Quote, Story } from '../../types.js';
import { type Html, html, safeUrl } from '../html.js';
import { page, plural } from './layout.js';
import { articleBody, dateList, figureList, quoteList } from './records.js';
import { diffRows, renderDiff } from './rewrites.js';

/** Side by side stops being readable beyond a handful of columns; the rest are listed. */
const SIDE_BY_SIDE = 6;
/** The rewrites page's bound: a story of hundreds of copies must not hold the server. */
export const DIFFS_ON_REWRITES_PAGE = 40;

export interface StoryView {
  story: Story;
  articles: StoredArticle[];
  duplicates: Duplicate[];
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
}

export function renderStory(view: StoryView): Html {
  const byId = new Map(view.articles.map((article) => [article.id, article]));
  const lookup = (id: string) => byId.get(id);
  const { story } = view;
  const shown = view.articles.slice(0, SIDE_BY_SIDE);
  const copied = copiedFrom(view.duplicates, shown);
  // A headline an export set in capitals, in the casing its article writes (as the report shows it).
  const headline = readableTitle(
    story.headline,
    view.articles.find((a) => a.title === story.headline)?.text ?? '',
  );
  return page(
    { title: headline },
    html`<p class="crumbs"><a href="/${story.last ? `?day=${story.last}` : ''}">Today</a> › Story</p>
<h1>${headline}</h1>
<p class="lede">${plural(story.articles.length, 'article')} from ${plural(story.outlets.length, 'outlet')} (${story.outlets.join(', ')}) · ${plural(story.independent, 'independent report')}${story.first ? ` · ${story.first === story.last ? story.first : `${story.first} – ${story.last}`}` : ''}</p>
<section aria-labelledby="sources-h">
<h2 id="sources-h">Sources side by side</h2>
<div class="side-by-side" role="list">${shown.map((article) => column(article, copied.get(article.id)))}</div>
${view.articles.length > shown.length ? html`<p>Also in this story:</p><ul>${view.articles.slice(SIDE_BY_SIDE).map((a) => html`<li><a href="/articles/${a.id}">${a.title}</a> (${a.outlet ?? 'unknown outlet'}, ${a.published ?? 'undated'})</li>`)}</ul>` : ''}
${story.articles.length > view.articles.length ? html`<p>…and ${plural(story.articles.length - view.articles.length, 'more article')}: <a href="/api/articles?story=${story.id}&amp;limit=1000">the full list as JSON</a>.</p>` : ''}
</section>
${rewrites(view, lookup)}
<section aria-labelledby="quotes-h"><h2 id="quotes-h">Quotes</h2>${quoteList(view.quotes, lookup)}</section>
<section aria-labelledby="figures-h"><h2 id="figures-h">Figures</h2>${figureList(view.figures, lookup)}</section>
<section aria-labelledby="dates-h"><h2 id="dates-h">Dates</h2>${dateList(view.dates, lookup)}</section>`,
  );
}

/**
 * The shown articles that are identical copies of another shown one, with that one: side by side, a
 * syndicated copy would repeat its source word for word beside it, pushing the reports that differ
 * out of view.
 */
function copiedFrom(duplicates: Duplicate[], shown: StoredArticle[]): Map<string, StoredArticle> {
  const byId = new Map(shown.map((article) => [article.id, article]));
  const copied = new Map<string, StoredArticle>();
  for (const { a, b, relation } of duplicates) {
    const source = byId.get(a);
    if (relation === 'identical' && source && byId.has(b) && !copied.has(a)) copied.set(b, source);
  }
  return copied;
}

function column(article: StoredArticle, copyOf?: StoredArticle): Html {
  const url = safeUrl(article.url);
  const body = copyOf
    ? html`<p class="copy-note">Same text as <a href="#t-${copyOf.id}">${copyOf.outlet ?? 'another outlet'}’s report</a>.</p>`
    : articleBody(article.text, null);
  return html`<article class="source-column" role="listitem" aria-labelledby="t-${article.id}">
<h3 id="t-${article.id}"><a href="/articles/${article.id}">${article.title}</a></h3>
<p class="meta">${article.outlet ?? 'unknown outlet'} · ${article.published ?? 'undated'}${article.byline.length > 0 ? ` · ${article.byline.join(', ')}` : ''}${url ? html` · <a href="${url}" rel="noopener noreferrer nofollow">original</a>` : ''}</p>
${body}
</article>`;
}

interface Pair {
  duplicate: Duplicate;
  a: StoredArticle;
  b: StoredArticle;
}

function pairsOf(view: StoryView, lookup: (id: string) => StoredArticle | undefined): Pair[] {
  return view.duplicates.flatMap((duplicate) => {
    const a = lookup(duplicate.a);
    const b = lookup(duplicate.b);
    return a && b ? [{ duplicate, a, b }] : [];
  });
}

function pairHeading({ duplicate, a, b }: Pair): Html {
  return html`${a.outlet ?? 'unknown outlet'} → ${b.outlet ?? 'unknown outlet'}: ${duplicate.relation} (similarity ${duplicate.similarity.toFixed(2)})`;
}

function pairDiff(pair: Pair, index: number): Html {
  const heading = html`<h3 id="pair-${index + 1}">${pairHeading(pair)}</h3>`;
  if (pair.duplicate.relation === 'identical') return html`${heading}<p>Identical text.</p>`;
  return html`${heading}<div class="scroll">${renderDiff(pair.a, pair.b, diffRows(pair.a, pair.b))}</div>`;
}

/**
 * The story's pairs: identical copies as one line each, copies with changes and rewrites as links
 * to their diffs on the story's rewrites page. A diff aligns every sentence of two articles, and
 * drawing six of them here was a quarter of a story page's cost.
 */
function rewrites(view: StoryView, lookup: (id: string) => StoredArticle | undefined): Html {
  const pairs = pairsOf(view, lookup);
  if (pairs.length === 0) return html``;
  const page = `/stories/${view.story.id}/rewrites`;
  return html`<section aria-labelledby="rewrites-h">
<h2 id="rewrites-h">Copies and rewrites</h2>
<ul>${pairs.map((pair, i) =>
    pair.duplicate.relation === 'identical'
      ? html`<li>${pairHeading(pair)}: identical text</li>`
      : html`<li><a href="${page}#pair-${i + 1}">${pairHeading(pair)}</a>: aligned sentences and what each added or dropped</li>`,
  )}</ul>
<p><a href="${page}">All diffs of this story</a></p>
</section>`;
}

/** Every copy and rewrite of a story (up to DIFFS_ON_REWRITES_PAGE), each with its diff. */
export function renderRewrites(view: StoryView): Html {
  const byId = new Map(view.articles.map((article) => [article.id, article]));
  const pairs = pairsOf(view, (id) => byId.get(id)).slice(0, DIFFS_ON_REWRITES_PAGE);
  const { story } = view;
  return page(
    { title: `Copies and rewrites: ${story.headline}` },
    html`<p class="crumbs"><a href="/">Today</a> › <a href="/stories/${story.id}">Story</a> › Copies and rewrites</p>
<h1>Copies and rewrites</h1>
<p class="lede">${story.headline}: ${plural(pairs.length, 'pair')} of articles, the earlier one on the left.</p>
${pairs.length > 0 ? pairs.map(pairDiff) : html`<p>No copies or rewrites in this story.</p>`}`,
  );
}
