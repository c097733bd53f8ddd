// Pieces several pages share: an article's body as paragraphs (optionally with one cited span),
// and lists of quotes, figures and dates, each linked to the sentence it came from.
import { splitSentences } from '../../dedup/sentences.js';
import { escapeHtml } from '../../report/escape.js';
import { formatReported } from '../../report/format.js';
import type { Article, DateMention, Figure, Quote } from '../../types.js';
import { type Html, href, html, raw } from '../html.js';
import { emptyNote } from './layout.js';

export interface Span {
  start: number;
  end: number;
}

/** The link that opens an article at a span, with the span's sentence marked. */
export function spanLink(article: string, span: Span): string {
  // Offsets are integers: the query needs no encoding (a page lists hundreds of these links).
  return `/articles/${article}?span=${Math.trunc(span.start)}-${Math.trunc(span.end)}#cited`;
}

/** Body paragraphs; the sentence holding `cited` is marked, the span itself emphasised. */
export function articleBody(text: string, cited: Span | null): Html {
  // Escaping leaves line breaks alone, so an uncited body is escaped once and split afterwards.
  if (!cited) return raw(`<div class="body"><p>${escapeHtml(text).split('\n\n').join('</p><p>')}</p></div>`);
  const sentence = sentenceAround(text, cited);
  const paragraphs: Html[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    const start = offset;
    const end = start + paragraph.length;
    offset = end + 2;
    if (sentence.start < end && sentence.end > start)
      paragraphs.push(html`<p>${citedParagraph(text, start, end, sentence, cited)}</p>`);
    else paragraphs.push(html`<p>${paragraph}</p>`);
  }
  return html`<div class="body">${paragraphs}</div>`;
}

function citedParagraph(text: string, start: number, end: number, sentence: Span, cited: Span): Html {
  const from = Math.max(start, sentence.start);
  const to = Math.min(end, sentence.end);
  const inner = {
    start: Math.min(Math.max(cited.start, from), to),
    end: Math.max(Math.min(cited.end, to), from),
  };
  return html`${text.slice(start, from)}<mark id="cited" class="cited" tabindex="-1">${text.slice(from, inner.start)}<strong>${text.slice(inner.start, inner.end)}</strong>${text.slice(inner.end, to)}</mark>${text.slice(to, end)}`;
}

/** The sentence containing a span (the span itself when no sentence holds it). */
export function sentenceAround(text: string, span: Span): Span {
  const found = splitSentences(text).find(
    (s) => s.start <= span.start && s.end >= Math.min(span.end, text.length),
  );
  return found ?? span;
}

/** A short context for a record: its sentence in the article, trimmed to a readable length. */
export function contextOf(article: { text: string } | undefined, span: Span, max = 240): string {
  if (!article) return '';
  const sentence = sentenceAround(article.text, span);
  const text = article.text.slice(sentence.start, sentence.end);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

type Lookup = (id: string) => Article | undefined;

function source(lookup: Lookup, id: string, span: Span): Html {
  const article = lookup(id);
  const label = article ? `${article.outlet ?? 'unknown outlet'}, ${article.published ?? 'undated'}` : id;
  return html`<a class="source" href="${spanLink(id, span)}">${label}</a>`;
}

export function quoteList(quotes: Quote[], lookup: Lookup): Html {
  if (quotes.length === 0) return emptyNote('No quotes.');
  return html`<ul class="records quotes">${quotes.map(
    (quote) =>
      html`<li><blockquote>${quote.text}</blockquote><p class="meta">${quote.speaker ? html`<a href="${href('/entity', { name: quote.speaker })}">${quote.speaker}</a>` : 'unattributed'}${quote.via ? ` via ${quote.via}` : ''} · ${source(lookup, quote.article, quote)}</p></li>`,
  )}</ul>`;
}

export function figureList(figures: Figure[], lookup: Lookup): Html {
  if (figures.length === 0) return emptyNote('No figures.');
  return html`<table class="records figures"><thead><tr><th scope="col">Figure</th><th scope="col">Counts</th><th scope="col">Value</th><th scope="col">Source</th></tr></thead><tbody>${figures.map(
    (figure) =>
      html`<tr><td>${figure.text}</td><td>${figure.subject}</td><td class="num">${figureValue(figure)}</td><td>${source(lookup, figure.article, figure)}</td></tr>`,
  )}</tbody></table>`;
}

function figureValue(figure: Figure): string {
  if (figure.value === null && (figure.low === null || figure.high === null)) return '';
  const value = figure.value ?? figure.low ?? 0;
  return `${formatReported({ ...figure, value })} ${figure.unit}`;
}

export function dateList(dates: DateMention[], lookup: Lookup): Html {
  if (dates.length === 0) return emptyNote('No dates.');
  return html`<ul class="records dates">${dates.map(
    (date) => html`<li><time>${date.date}</time> “${date.text}” · ${source(lookup, date.article, date)}</li>`,
  )}</ul>`;
}
