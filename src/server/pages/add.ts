// Add news: paste a digest or drop a file. The form posts to /add with the per-process form token;
// app.js adds drag-and-drop and an upload progress bar, and without JavaScript the form still posts
// and the server answers with the result page.
import type { UploadResult } from '../corpus.js';
import { type Html, html } from '../html.js';
import { page, plural } from './layout.js';

export function renderAdd(formToken: string, maxUpload: number): Html {
  return page(
    { title: 'Add news', section: '/add' },
    html`<h1>Add news</h1>
<form id="add-form" class="add" method="post" action="/add" enctype="multipart/form-data" data-max="${maxUpload}">
<input type="hidden" name="token" value="${formToken}">
<div class="drop" id="drop">
<label for="file">A digest file (.txt or .jsonl, up to ${formatSize(maxUpload)})</label>
<input type="file" id="file" name="file" accept=".txt,.jsonl,text/plain">
<p class="hint" id="drop-hint" hidden>…or drop the file here.</p>
</div>
<p><label for="name">Name (its date, if it has one, dates the articles)</label>
<input type="text" id="name" name="name" placeholder="digest-2023-10-04.txt"></p>
<p><label for="text">Or paste the digest</label>
<textarea id="text" name="text" rows="14" spellcheck="false"></textarea></p>
<p><button type="submit">Add</button></p>
<progress id="progress" max="100" value="0" hidden></progress>
<p id="status" role="status" aria-live="polite"></p>
</form>
<div id="result"></div>`,
  );
}

/** The result as a page (no-JS form post); app.js renders the same facts from the JSON answer. */
export function renderAddResult(result: UploadResult): Html {
  return page({ title: 'News added', section: '/add' }, html`<h1>News added</h1>${addResultBody(result)}`);
}

export function addResultBody(result: UploadResult): Html {
  const { outcome } = result;
  const summary =
    outcome.status === 'skipped'
      ? 'This file was added before; nothing new.'
      : `${plural(outcome.added, 'new article')}, ${plural(outcome.known, 'already known')}, ${plural(outcome.duplicates, 'duplicate pair')}, ${plural(outcome.storiesTouched, 'story', 'stories')} updated.`;
  return html`<p class="lede" id="added-summary">${summary}</p>
<ul class="added">${result.articles.map(
    (article) =>
      html`<li><a href="/articles/${article.id}">${article.title}</a> <span class="meta">${article.outlet ?? 'unknown outlet'} · ${article.published ?? 'undated'}</span>${article.story ? html` · <a href="/stories/${article.story}">story</a>` : ''}</li>`,
  )}</ul>
${result.warnings.length > 0 ? html`<details><summary>${plural(result.warnings.length, 'warning')}</summary><ul>${result.warnings.map((w) => html`<li>line ${w.line}: ${w.message}</li>`)}</ul></details>` : ''}
<p><a href="/add">Add more</a> · <a href="/">Today</a></p>`;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.round(bytes / 1024)} KB`;
}
