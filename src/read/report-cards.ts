// A media-monitoring report exported as cards (Meltwater, Cision and the like, copied from a PDF or a
// web page): after the report's heading and summary bullets, each article is a run of labels alone
// on their lines, each followed by its value on the next line ("Headline" / the title, "Outlet" / the
// outlet, "Reach" / "1,240,000", "Published" / "28/10/2025 13:55", "Author" / a name), then a body
// label ("Content") and the text. A label whose next line is another label has no value. Some services
// write each label and its value on one line instead ("Publication : The Hindu", "Headline    : …"),
// a block of them over the text, cards parted by rules and "Clip 2 of 10" lines. Each card becomes a
// document the export rewriter writes into the plain layout.

import { wordTable } from '../util/word-table.js';
import { type ExportDocument, emptyDocument, OPINION_SECTION } from './exports.js';

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
    if (tops.length === 0 && i > DETECT_LINES) return inlineCardDocuments(lines);
    if (labelOf(lines[i]!) === 'title' && isCard(lines, i)) tops.push(i);
  }
  if (tops.length === 0) return inlineCardDocuments(lines);
  return tops.map((top, k) => cardDocument(lines, top, tops[k + 1] ?? lines.length));
}

/** "Headline    : Cyclone crosses coast", "Publication : The Hindu": a label and its value on one line. */
const INLINE_FIELD = /^\s*([A-Za-z][A-Za-z ]{0,18}?)\s*:\s+(\S.*)$/;
/** "Page No", "Section", "Category": a field that says where the paper ran the piece. */
const SECTION_LABEL = /\b(?:page|section|category|type|genre|desk|column|rubric)\b/i;
/** A rule between cards ("-----", "=====", "* * *"). */
const RULE = /^\s*(?:[-=_~*]\s?){3,}\s*$/;
/** "Clip 2 of 10", "Item 3 of 12", "Article 4/9": a card's number over its fields. */
const CARD_NUMBER = /^\s*(?:clip|item|article|story|no\.?)\s*\d+\s*(?:of|\/)\s*\d+\s*$/i;
/** Lines after the last rule that are the report's closing note, not the last card's text. */
const TRAILER_LINES = 2;

/**
 * The field of a line holding a label and its value, with the value; null for any other line. A label
 * of up to three words the table does not know ("Edition", "Page No") is the service's own field.
 */
function inlineField(line: string): { field: Field; label: string; value: string } | null {
  if (line.length > 400 || line.indexOf(':') < 0) return null;
  const match = INLINE_FIELD.exec(line);
  if (!match) return null;
  const label = match[1]!.trim();
  const field = LABELS[label.toLowerCase()] ?? (label.split(' ').length <= 3 ? 'other' : undefined);
  return field && field !== 'body' ? { field, label, value: match[2]!.trim() } : null;
}

/**
 * Documents of a report whose cards write each label and its value on one line; null unless two
 * cards (a block of such lines with a title among them) open, the first early in the file.
 */
function inlineCardDocuments(lines: string[]): ExportDocument[] | null {
  const tops: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (tops.length === 0 && i > DETECT_LINES) return null;
    if (inlineField(lines[i]!) && (i === 0 || !inlineField(lines[i - 1]!)) && hasInlineTitle(lines, i))
      tops.push(i);
  }
  if (tops.length < 2) return null;
  return tops.map((top, k) => inlineCardDocument(lines, top, tops[k + 1] ?? lines.length));
}

/**
 * Whether the block of field lines from `top` has a title field, its colons aligned in a column
 * ("Headline    : …") as a service's export writes them. Blocks of "Title: …" lines without that
 * alignment are the digest reader's, which also reads their times and datelines.
 */
function hasInlineTitle(lines: string[], top: number): boolean {
  let title = false;
  let aligned = 0;
  for (let i = top; i < Math.min(lines.length, top + CARD_HEADER_LINES); i++) {
    const field = inlineField(lines[i]!);
    if (!field) break;
    if (field.field === 'title') title = true;
    if (ALIGNED_COLON.test(lines[i]!)) aligned++;
  }
  return title && (aligned >= 2 || (aligned === 1 && ALIGNED_COLON.test(lines[top]!)));
}

/** A label padded to the colon's column: "Page No     : 1". */
const ALIGNED_COLON = /^\s*[A-Za-z][A-Za-z ]*?\s+:\s/;

function inlineCardDocument(lines: string[], top: number, next: number): ExportDocument {
  const doc = emptyDocument(top);
  // The next card's number and the rule over it belong to neither card's text.
  let to = next;
  while (to > top + 1 && isCardBreak(lines[to - 1]!)) to--;
  doc.to = next;
  let i = top;
  for (; i < to; i++) {
    const field = inlineField(lines[i]!);
    if (!field) break;
    if (field.field === 'title') doc.title ??= field.value;
    else if (field.field === 'outlet') doc.outlet ??= field.value;
    else if (field.field === 'date') doc.date ??= field.value;
    else if (field.field === 'byline') doc.byline ??= field.value;
    else if (field.field === 'url') doc.url ??= field.value;
    else if (SECTION_LABEL.test(field.label) && OPINION_SECTION.test(field.value)) doc.opinion = true;
    if (field.field !== 'other') doc.used.add(i);
  }
  const end = textEnd(lines, i, to);
  for (let k = i; k < end; k++) if (!RULE.test(lines[k]!)) doc.body.push({ line: k, text: lines[k]! });
  return doc;
}

function isCardBreak(line: string): boolean {
  return line.trim() === '' || RULE.test(line) || CARD_NUMBER.test(line);
}

/** Where the card's text ends: at a last rule with only the report's closing note after it. */
function textEnd(lines: string[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    if (!RULE.test(lines[k]!)) continue;
    const after = lines.slice(k + 1, to).filter((line) => line.trim() !== '').length;
    return after <= TRAILER_LINES ? k : to;
  }
  return to;
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
