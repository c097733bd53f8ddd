// The few DOM shapes the page readers use. tsconfig has no "dom" lib (sitrep runs on Node), and
// linkedom's own types are loose, so we name exactly what we rely on.
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: Iterable<DomElement>;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

/** Parses a whole page. */
export function parseDocument(html: string): DomDocument {
  // linkedom needs an <html> element; text without one is treated as the body of an empty page.
  const page = /<html[\s>]/i.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const document = parseHTML(page).document as unknown as DomDocument;
  return document.documentElement
    ? document
    : (parseHTML('<!doctype html><html><body></body></html>').document as unknown as DomDocument);
}

/** Parses an HTML fragment into the body of an empty page. */
export function parseFragment(fragment: string): DomDocument {
  return parseDocument(`<!doctype html><html><head></head><body>${fragment}</body></html>`);
}
