// A spreadsheet or database export pasted as text: a header row naming the columns ("id","published",
// "outlet","headline","url","text"), then one row per article, the text quoted over several lines with
// "" for a quotation mark (RFC 4180). Each row becomes a document the export rewriter writes into the
// plain layout; the body keeps the lines it has in the file.

import { wordTable } from '../util/word-table.js';
import { type ExportDocument, emptyDocument } from './exports.js';

type Role = 'title' | 'outlet' | 'date' | 'byline' | 'url' | 'text';

/** Column names as exports write them, lower case, spaces and underscores alike. */
const COLUMN_ROLE: Record<string, Role> = wordTable({
  title: 'title',
  headline: 'title',
  heading: 'title',
  source: 'outlet',
  outlet: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
  media: 'outlet',
  'media outlet': 'outlet',
  'source name': 'outlet',
  newspaper: 'outlet',
  date: 'date',
  published: 'date',
  'published at': 'date',
  'publication date': 'date',
  'published date': 'date',
  pubdate: 'date',
  datetime: 'date',
  timestamp: 'date',
  author: 'byline',
  authors: 'byline',
  byline: 'byline',
  writer: 'byline',
  url: 'url',
  link: 'url',
  permalink: 'url',
  text: 'text',
  body: 'text',
  content: 'text',
  'full text': 'text',
  article: 'text',
  'article text': 'text',
  story: 'text',
});

/** The first non-blank line must be the header row: no other line is looked at for a text that is not one. */
export function csvDocuments(lines: string[]): ExportDocument[] | null {
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  const head = lines[first];
  if (head === undefined || head.length > 400) return null;
  const delimiter = delimiterOf(head);
  if (!delimiter) return null;
  const names = splitRow(head, delimiter).map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[_\s]+/g, ' '),
  );
  const roles = names.map((name) => COLUMN_ROLE[name] ?? null);
  if (!roles.includes('title') || !roles.includes('text')) return null;
  const documents: ExportDocument[] = [];
  for (const row of readRows(lines, first + 1, delimiter)) {
    if (row.fields.length < 2) continue;
    documents.push(rowDocument(row, roles));
  }
  return documents.length > 0 ? documents : null;
}

/** "," ";" or a tab, whichever separates three fields or more in the header row. */
function delimiterOf(head: string): string | null {
  for (const d of [',', ';', '\t']) if (head.split(d).length >= 3) return d;
  return null;
}

/** A header row's fields (names are short and hold no delimiter or line break). */
function splitRow(line: string, delimiter: string): string[] {
  return line.split(delimiter).map((field) => field.trim().replace(/^"(.*)"$/, '$1'));
}

interface Field {
  /** The field's text, one entry per line of the file it spans, with the line's index. */
  parts: { line: number; text: string }[];
}

interface Row {
  from: number;
  to: number;
  fields: Field[];
}

/** Reads rows from `start` to the end of the text, a quoted field running over line breaks. */
function* readRows(lines: string[], start: number, delimiter: string): Generator<Row> {
  let i = start;
  while (i < lines.length) {
    if (lines[i]!.trim() === '') {
      i++;
      continue;
    }
    const row: Row = { from: i, to: i + 1, fields: [] };
    let field: Field = { parts: [{ line: i, text: '' }] };
    let quoted = false;
    let k = 0;
    let line = lines[i]!;
    for (;;) {
      if (k >= line.length) {
        if (!quoted || i + 1 >= lines.length) break;
        // A line break inside quotes belongs to the field: its next line goes on.
        i++;
        line = lines[i]!;
        k = 0;
        field.parts.push({ line: i, text: '' });
        continue;
      }
      const c = line[k]!;
      const part = field.parts[field.parts.length - 1]!;
      if (quoted) {
        if (c === '"' && line[k + 1] === '"') {
          part.text += '"';
          k += 2;
          continue;
        }
        if (c === '"') quoted = false;
        else part.text += c;
      } else if (c === '"' && part.text.trim() === '' && field.parts.length === 1) quoted = true;
      else if (c === delimiter) {
        row.fields.push(field);
        field = { parts: [{ line: i, text: '' }] };
      } else part.text += c;
      k++;
    }
    row.fields.push(field);
    row.to = i + 1;
    i++;
    yield row;
  }
}

function rowDocument(row: Row, roles: (Role | null)[]): ExportDocument {
  const doc = emptyDocument(row.from);
  doc.to = row.to;
  doc.used.add(row.from);
  row.fields.forEach((field, k) => {
    const role = roles[k];
    if (!role) return;
    if (role === 'text') {
      for (const part of field.parts) doc.body.push({ line: part.line, text: part.text.trimEnd() });
      return;
    }
    const value = field.parts
      .map((p) => p.text)
      .join(' ')
      .trim();
    if (!value) return;
    if (role === 'title') doc.title ??= value;
    else if (role === 'outlet') doc.outlet ??= value;
    else if (role === 'date') doc.date ??= value;
    else if (role === 'byline') doc.byline ??= value;
    else if (role === 'url') doc.url ??= value;
  });
  return doc;
}
