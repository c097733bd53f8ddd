// The frame every page shares: navigation, one stylesheet, one deferred script (progressive
// enhancement only; every page works with JavaScript off).
import { type Html, html } from '../html.js';

export const NAV: { path: string; label: string }[] = [
  { path: '/', label: 'Today' },
  { path: '/figures', label: 'Figures' },
  { path: '/timeline', label: 'Timeline' },
  { path: '/outlets', label: 'Outlets' },
  { path: '/search', label: 'Search' },
  { path: '/add', label: 'Add news' },
  { path: '/api/docs', label: 'API' },
];

export interface PageOptions {
  title: string;
  /** Which navigation entry is current. */
  section?: string;
}

export function page(options: PageOptions, body: Html): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · sitrep</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="brand" href="/">sitrep</a>
<nav aria-label="Sections"><ul>${NAV.map(
    (item) =>
      html`<li><a href="${item.path}"${item.path === options.section ? html` aria-current="page"` : ''}>${item.label}</a></li>`,
  )}</ul></nav>
</header>
<main id="main" tabindex="-1">
${body}
</main>
</body>
</html>
`;
}

export { plural } from '../../util/text.js';

export function emptyNote(text: string): Html {
  return html`<p class="empty">${text}</p>`;
}

export function errorPage(status: number, message: string): Html {
  return page(
    { title: `Error ${status}` },
    html`<h1>${status === 404 ? 'Not found' : `Error ${status}`}</h1><p class="error">${message}</p><p><a href="/">Back to Today</a></p>`,
  );
}
