// Today: the day's stories ranked by how many outlets carried them, the outlets and their counts,
// and a day picker that works as a plain GET form.
import type { Story } from '../../types.js';
import { type Html, href, html } from '../html.js';
import { emptyNote, page, plural } from './layout.js';

export interface TodayView {
  day: string | null;
  previous: string | null;
  next: string | null;
  stories: Story[];
  outlets: { outlet: string; articles: number }[];
  articleCount: number;
}

/** A story told by five outlets is news; one told by one outlet is a claim. */
export function rankStories(stories: Story[]): Story[] {
  return [...stories].sort(
    (a, b) =>
      b.outlets.length - a.outlets.length ||
      b.independent - a.independent ||
      b.articles.length - a.articles.length ||
      a.headline.localeCompare(b.headline),
  );
}

export function renderToday(view: TodayView): Html {
  const title = view.day ? `Stories on ${view.day}` : 'No news stored yet';
  return page(
    { title, section: '/' },
    html`<h1>${title}</h1>
${dayPicker(view)}
${view.day ? summary(view) : html`<p>Nothing is stored yet. <a href="/add">Add a digest</a> to begin.</p>`}
<div class="columns">
<section aria-labelledby="stories-h" class="wide">
<h2 id="stories-h">Stories</h2>
${view.stories.length > 0 ? html`<ol class="stories">${rankStories(view.stories).map(storyItem)}</ol>` : emptyNote('No stories on this day.')}
</section>
<section aria-labelledby="outlets-h">
<h2 id="outlets-h">Outlets</h2>
${
  view.outlets.length > 0
    ? html`<table class="counts"><thead><tr><th scope="col">Outlet</th><th scope="col" class="num">Articles</th></tr></thead><tbody>${view.outlets.map(
        (o) =>
          html`<tr><td><a href="${href('/search', { outlet: o.outlet, day: view.day })}">${o.outlet}</a></td><td class="num">${o.articles}</td></tr>`,
      )}</tbody></table>`
    : emptyNote('No articles on this day.')
}
</section>
</div>`,
  );
}

function summary(view: TodayView): Html {
  return html`<p class="lede">${plural(view.articleCount, 'article')} from ${plural(view.outlets.length, 'outlet')}, in ${plural(view.stories.length, 'story', 'stories')}.</p>`;
}

function dayPicker(view: TodayView): Html {
  return html`<form class="daypicker" method="get" action="/">
${view.previous ? html`<a rel="prev" href="${href('/', { day: view.previous })}">← ${view.previous}</a>` : ''}
<label for="day">Day</label>
<input type="date" id="day" name="day" value="${view.day ?? ''}">
<button type="submit">Show</button>
${view.next ? html`<a rel="next" href="${href('/', { day: view.next })}">${view.next} →</a>` : ''}
</form>`;
}

function storyItem(story: Story): Html {
  const span =
    story.first && story.last && story.first !== story.last ? `${story.first} – ${story.last}` : story.first;
  return html`<li class="story">
<a class="headline" href="/stories/${story.id}">${story.headline}</a>
<p class="meta">${plural(story.articles.length, 'article')} · ${plural(story.outlets.length, 'outlet')} · ${plural(story.independent, 'independent report')}${span ? html` · <time>${span}</time>` : ''}</p>
<p class="outlets">${story.outlets.map((outlet) => html`<span class="tag">${outlet}</span>`)}</p>
</li>`;
}
