// Articles clipped into a notes app (Obsidian's web clipper, Logseq, a Markdown export of Notion):
// each note opens with YAML front matter between two "---" lines ("title:", "source:" or "url:" for the
// link, "site:" or "publisher:" for the outlet, "author:" with list items, "published:" as an ISO
// timestamp or a day-first date), then the text. A note may repeat its title as a "# Title" heading.
// Each note becomes a document the export rewriter writes into the plain layout.
import { type ExportDocument, emptyDocument } from './exports.js';
import { isUrlLine } from './lines.js';
import { knownOutlet, nameSpellsHost, outletFromUrl } from './outlets.js';

/** "title: …", "published: 2025-09-01", "author:" (a list follows): one field of the front matter. */
const FIELD = /^([A-Za-z_][\w-]{0,30}):(?:\s+(.*))?$/;
/** "  - "[[Name]]"": an item of a list field. */
const LIST_ITEM = /^\s+-\s+(.*)$/;
/** How many lines a front matter block may hold before its closing "---". */
const MAX_FIELDS = 40;

const TITLE_KEYS = new Set(['title', 'headline']);
const URL_KEYS = new Set(['source', 'url', 'link', 'canonical', 'original_url', 'source_url']);
const OUTLET_KEYS = new Set([
  'site',
  'publisher',
  'outlet',
  'publication',
  'source_name',
  'site_name',
  'source',
]);
const AUTHOR_KEYS = new Set(['author', 'authors', 'byline']);
/** The day the article came out; "created" and "clipped" say when the note was made, not that. */
const DATE_KEYS = new Set(['published', 'date', 'pubdate', 'published_at', 'date_published', 'publish_date']);

interface FrontMatter {
  /** Index of the closing "---". */
  end: number;
  fields: Map<string, string[]>;
}

/** Documents of notes with front matter; null unless the text opens with a front matter block. */
export function frontMatterDocuments(lines: string[]): ExportDocument[] | null {
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length || lines[first]!.trim() !== '---') return null;
  const opening = readFrontMatter(lines, first);
  if (!opening) return null;
  const documents: ExportDocument[] = [];
  let start = first;
  let matter: FrontMatter | null = opening;
  while (matter) {
    let next = matter.end + 1;
    let following: FrontMatter | null = null;
    for (; next < lines.length; next++) {
      if (lines[next]!.trim() !== '---') continue;
      following = readFrontMatter(lines, next);
      if (following) break;
    }
    documents.push(noteDocument(lines, start, matter, next));
    start = next;
    matter = following;
  }
  return documents;
}

/** The block opened by the "---" at `open`, when it is front matter that names a title. */
function readFrontMatter(lines: string[], open: number): FrontMatter | null {
  const fields = new Map<string, string[]>();
  let key: string | null = null;
  for (let i = open + 1; i < lines.length && i <= open + MAX_FIELDS; i++) {
    const line = lines[i]!;
    if (line.trim() === '---') {
      const hasTitle = [...TITLE_KEYS].some((k) => fields.get(k)?.[0]);
      return hasTitle ? { end: i, fields } : null;
    }
    const item = key ? LIST_ITEM.exec(line) : null;
    if (item) {
      fields.get(key!)!.push(unquote(item[1]!));
      continue;
    }
    const field = FIELD.exec(line);
    if (!field) return null;
    key = field[1]!.toLowerCase();
    fields.set(key, field[2]?.trim() ? [unquote(field[2])] : []);
  }
  return null;
}

function noteDocument(lines: string[], from: number, matter: FrontMatter, to: number): ExportDocument {
  const doc = emptyDocument(from);
  doc.to = to;
  const value = (keys: Set<string>, test: (v: string) => boolean = () => true) => {
    for (const k of keys) {
      const v = matter.fields.get(k)?.[0];
      if (v && test(v)) return v;
    }
    return null;
  };
  doc.title = value(TITLE_KEYS);
  doc.url = value(URL_KEYS, isUrlLine);
  const named = authors(matter);
  // "author: [[Delta Herald]]" on a note from deltaherald.example: the site credited as author is the outlet.
  const site = named.find((name) => nameSpellsHost(name, doc.url));
  doc.outlet = value(OUTLET_KEYS, (v) => !isUrlLine(v)) ?? site ?? (doc.url ? outletFromUrl(doc.url) : null);
  const people = named.filter((name) => name !== site && name !== doc.outlet && !knownOutlet(name));
  doc.byline = people.length > 0 ? people.join(' and ') : null;
  doc.date = noteDate(value(DATE_KEYS));
  for (let i = matter.end + 1; i < to; i++) {
    const text = lines[i]!;
    // The title again as the note's heading, and an image alone on its line, are not the text.
    if (isTitleHeading(text, doc.title) || /^\s*!\[[^\]]*\]\([^)]*\)\s*$/.test(text)) continue;
    doc.body.push({ line: i, text });
  }
  return doc;
}

/** "[[Mohammad Hakimi]]", "Jane Roe": the names the author field gives (wiki-link brackets removed). */
function authors(matter: FrontMatter): string[] {
  for (const k of AUTHOR_KEYS) {
    const names = (matter.fields.get(k) ?? []).map((name) => name.replace(/^\[\[|\]\]$/g, '').trim());
    if (names.some(Boolean)) return names.filter(Boolean);
  }
  return [];
}

/** "2025-09-01T14:25:00+04:30" → "2025-09-01 14:25" (as the export rewriter reads dates); others as written. */
function noteDate(text: string | null): string | null {
  if (!text) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(text);
  return m ? `${m[1]} ${m[2]}` : text;
}

function isTitleHeading(line: string, title: string | null): boolean {
  if (!title || !line.startsWith('#')) return false;
  return (
    line
      .replace(/^#+\s*/, '')
      .trim()
      .toLowerCase() === title.toLowerCase()
  );
}

/** YAML's quotation marks around a value: "'…'" or "\"…\"". */
function unquote(value: string): string {
  const text = value.trim();
  const q = text[0];
  if ((q === '"' || q === "'") && text.length >= 2 && text.endsWith(q)) return text.slice(1, -1).trim();
  return text;
}
