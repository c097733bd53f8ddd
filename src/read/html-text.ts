// HTML fragment → paragraphs of plain text. A paragraph is the text of a block element that holds
// no other block, or a run of text and inline elements between blocks; <br> ends a paragraph too.
// Whitespace is collapsed the way a browser renders it.
import { type DomElement, parseFragment } from './dom.js';

export interface HtmlParagraph {
  text: string;
  /** The lower-case tag of the block that held it ("p", "h2", "li", "figcaption", …). */
  tag: string;
  /** Share of the text's non-space characters that sit inside links (0–1). */
  linkShare: number;
}

const BLOCK_TAGS = new Set(
  'address article aside blockquote body dd details div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
]);

/** The paragraphs of an HTML fragment, in document order. */
export function htmlParagraphs(fragment: string): HtmlParagraph[] {
  const document = parseFragment(fragment);
  const out: HtmlParagraph[] = [];
  if (document.body) walk(document.body, 'body', out);
  return out;
}

function walk(element: DomElement, tag: string, out: HtmlParagraph[]): void {
  let run = '';
  let linked = '';
  const flush = () => {
    const text = collapse(run);
    if (text) out.push({ text, tag, linkShare: Math.min(1, visible(linked) / Math.max(1, visible(text))) });
    run = '';
    linked = '';
  };
  for (const node of element.childNodes) {
    if (node.nodeType === 3) {
      run += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== 1) continue;
    const child = node as DomElement;
    const name = child.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(name)) continue;
    if (name === 'br') {
      flush();
    } else if (BLOCK_TAGS.has(name) || hasBlock(child)) {
      flush();
      walk(child, BLOCK_TAGS.has(name) ? name : tag, out);
    } else {
      const inline = inlineText(child);
      run += inline;
      if (name === 'a') linked += inline;
      else for (const link of child.querySelectorAll('a')) linked += link.textContent ?? '';
    }
  }
  flush();
}

function hasBlock(element: DomElement): boolean {
  for (const child of element.children) {
    const name = child.tagName.toLowerCase();
    if (BLOCK_TAGS.has(name) || name === 'br' || hasBlock(child)) return true;
  }
  return false;
}

function inlineText(element: DomElement): string {
  let text = '';
  for (const node of element.childNodes) {
    if (node.nodeType === 3) text += node.textContent ?? '';
    else if (node.nodeType === 1 && !SKIPPED_TAGS.has((node as DomElement).tagName.toLowerCase())) {
      text += inlineText(node as DomElement);
    }
  }
  return text;
}

const visible = (text: string): number => text.replace(/\s+/g, '').length;

function collapse(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .trim();
}

/** Plain text of an HTML fragment, paragraphs joined by blank lines (for feed summaries). */
export function htmlToText(fragment: string): string {
  return htmlParagraphs(fragment)
    .map((p) => p.text)
    .join('\n\n');
}
