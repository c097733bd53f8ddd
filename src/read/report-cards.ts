// A media-monitoring report exported as cards (Meltwater, Cision and the like, copied from a PDF or a
// web page): after the report's heading and summary bullets, each article is a run of labels alone
// on their lines, each followed by its value on the next line ("Headline" / the title, "Outlet" / the
// outlet, "Reach" / "1,240,000", "Published" / "28/10/2025 13:55", "Author" / a name), then a body
// label ("Content") and the text. A label whose next line is another label has no value. Each card
// becomes a document the export rewriter writes into the plain layout.

import { wordTable } from '../util/word-table.js';
import { type ExportDocument, emptyDocument } from './exports.js';

type Field = 'title' | 'outlet' | 'date' | 'byline' | 'url' | 'other' | 'body';

const LABELS: Record<string, Field> = wordTable({
  headline: 'title',
  title: 'title',
  outlet: 'outlet',
  source: 'outlet',
  publication: 'outlet',
  media: 'outlet',
  'media outlet': 'outlet',
  'source name': 'outlet',
  published: 'date',
  date: 'date',
  'publication date': 'date',
  'published date': 'date',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  journalist: 'byline',
  url: 'url',
  link: 'url',
  reach: 'other',
  sentiment: 'other',
  country: 'other',
  language: 'other',
  'media type': 'other',
  ave: 'other',
  circulation: 'other',
  impressions: 'other',
  audience: 'other',
  section: 'other',
  page: 'other',
  keywords: 'other',
  region: 'other',
  'word count': 'other',
  engagement: 'other',
  content: 'body',
  body: 'body',
  text: 'body',
  'full text': 'body',
  article: 'body',
  'article text': 'body',
});

/** How many lines a card's labels may take before its body label. */
const CARD_HEADER_LINES = 24;
/** How far into the report the first card must start: a heading and a summary are short. */
const DETECT_LINES = 200;

/** "Headline", "Published:", "Full text": the field a line alone names, if it is a label. */
function labelOf(line: string): Field | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 16) return null;
  return LABELS[text.replace(/:$/, '').toLowerCase()] ?? null;
}

/** Documents of a card report; null unless a card (a title label with its value, then a body label) opens early. */
export function reportCardDocuments(lines: string[]): ExportDocument[] | null {
  const tops: number[] = [];
  for (let i = 0; i < lines.length - 1; i++) {
    if (tops.length === 0 && i > DETECT_LINES) return null;
    if (labelOf(lines[i]!) === 'title' && isCard(lines, i)) tops.push(i);
  }
  if (tops.length === 0) return null;
  return tops.map((top, k) => cardDocument(lines, top, tops[k + 1] ?? lines.length));
}

/** A title label with a value under it and a body label within the card's header. */
function isCard(lines: string[], top: number): boolean {
  const value = lines[top + 1]!.trim();
  if (!value || labelOf(value)) return false;
  for (let i = top + 2; i < Math.min(lines.length, top + CARD_HEADER_LINES); i++) {
    if (labelOf(lines[i]!) === 'body') return true;
  }
  return false;
}

function cardDocument(lines: string[], top: number, to: number): ExportDocument {
  const doc = emptyDocument(top);
  doc.to = to;
  let i = top;
  for (; i < to; i++) {
    const field = labelOf(lines[i]!);
    if (field === 'body') break;
    if (!field) continue;
    const value = lines[i + 1]?.trim() ?? '';
    // A label right above another label (or a blank) was left empty.
    if (!value || labelOf(value)) continue;
    i++;
    if (field === 'title') doc.title ??= value;
    else if (field === 'outlet') doc.outlet ??= value;
    else if (field === 'date') doc.date ??= value;
    else if (field === 'byline') doc.byline ??= value;
    else if (field === 'url') doc.url ??= value;
    if (field !== 'other') doc.used.add(i);
  }
  for (let k = i + 1; k < to; k++) doc.body.push({ line: k, text: lines[k]! });
  return doc;
}
