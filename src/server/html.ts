// HTML templates with escaping by default: every interpolated value is escaped unless it is itself
// the result of `html`, so an article's title or body can never become markup. Pages are plain
// functions from data to `Html`.
import { escapeHtml } from '../report/escape.js';

/** Markup that is already safe to send: built by `html` or `raw` only. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Value = Html | string | number | boolean | null | undefined | Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) {
    // Concatenated, not joined: V8 links the pieces and copies the page once, when it is sent;
    // a join at every level of nesting copied a long list's markup again at each level.
    let out = '';
    for (const item of value) out += render(item);
    return out;
  }
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${title}</p>\`` escapes `title`; nested `html` values pass through. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** Trusted markup produced by our own code (the SVG chart renderer escapes its own strings). */
export function raw(markup: string): Html {
  return new Html(markup);
}

/** A query string from defined, non-empty parameters: `href('/search', {q})`. */
export function href(path: string, params: Record<string, string | number | null | undefined> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Links may only go to http(s) pages (no javascript: or data: URLs from an article). */
export { safeUrl } from '../report/escape.js';
