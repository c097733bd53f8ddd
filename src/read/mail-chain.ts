// E-mails forwarded into one text: each article came as a mail ("From:", "Date:" or "Sent:", "To:",
// "Subject: Fwd: <title>"), forwarded once or more ("---------- Forwarded message ---------", an
// Outlook header under the forwarder's note) or quoted in a reply ("On <date>, <name> wrote:" over
// "> " lines). The innermost mail of each forward holds the article: its subject (or the headline at
// the top of its text) is the title, the outlet and date come from the lines above the text or else
// from the sender and the mail's date. Forwarders' notes, signatures and headers are dropped.
import type { Dropped } from '../types.js';
import { type ExportDocument, emptyDocument } from './exports.js';
import {
  bylineOutlet,
  endsLikeSentence,
  isOutletField,
  looksLikePersonName,
  parseByline,
  parseDateLine,
  parseOutletDateLine,
  parseTimeLine,
  wordCount,
} from './lines.js';
import { knownOutlet } from './outlets.js';

const FIELD = /^\s*(from|date|sent|to|cc|bcc|subject|reply-to)\s*:\s*(.*)$/i;
const QUOTE_INTRO = /^\s*On\s+(.+?)\s+wrote:\s*$/;
/** Lines a mail client writes around a forward, and a phone's signature. */
const MARKER =
  /^\s*(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:|_{8,}|Sent from my \S+.*)\s*$/i;
const SUBJECT_PREFIX = /^(?:\s*(?:fwd?|fw|re|aw|wg|tr)\s*:\s*)+/i;
/** Words a sender's name adds to an outlet's: "AP News Alerts", "CNN Breaking News", "Reuters Alerts". */
const SENDER_SUFFIX =
  /\s+(?:news\s+alerts?|alerts?|breaking\s+news|newsletters?|updates?|digest|briefing|daily|team|desk|editors?)$/i;

interface Block {
  start: number;
  end: number;
  from: string;
  date: string | null;
  subject: string | null;
  quoted: boolean;
}

interface Part {
  line: number;
  text: string;
}

/**
 * Documents of a mail chain; null unless the text opens with a mail header and holds two or more. A
 * forwarded newsletter is left to the digest reader, its mail headers blanked and recorded as dropped.
 */
export function mailDocuments(lines: string[], file: string, dropped: Dropped[]): ExportDocument[] | null {
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length || !FIELD.test(lines[first]!)) return null;
  const blocks = findBlocks(lines);
  if (blocks.filter((b) => !b.quoted).length < 2) return null;
  const documents: ExportDocument[] = [];
  for (const [k, block] of blocks.entries()) {
    const next = blocks[k + 1]?.start ?? lines.length;
    const content = contentOf(lines, block, next);
    // A forwarded newsletter holds articles of its own: the digest reader reads it, not this one.
    if (holdsDigest(content)) {
      blankMailFrame(lines, blocks, file, dropped);
      return null;
    }
    const doc = mailDocument(block, content);
    if (!doc) continue;
    doc.to = next;
    documents.push(doc);
  }
  return documents.length > 0 ? documents : null;
}

/** Blanks the headers and the forward markers, so that only the forwarded text is left to read. */
function blankMailFrame(lines: string[], blocks: Block[], file: string, dropped: Dropped[]): void {
  const drop = (i: number) => {
    dropped.push({ file, line: i + 1, text: lines[i]!.trim(), reason: 'site-metadata' });
    lines[i] = '';
  };
  for (const block of blocks) for (let i = block.start; i < block.end; i++) drop(i);
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() && MARKER.test(lines[i]!)) drop(i);
}

/** Two outlet-and-date lines in one mail (an article's header has one): a digest's article headers. */
function holdsDigest(content: Part[]): boolean {
  let headers = 0;
  for (const part of content) {
    if (part.text.length <= 80 && parseOutletDateLine(part.text) && ++headers >= 2) return true;
  }
  return false;
}

/** Each header: consecutive fields with a sender and a subject or date, or a reply's "On … wrote:" line. */
function findBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const quote = line.length < 300 && line.trimStart().startsWith('On ') ? QUOTE_INTRO.exec(line) : null;
    if (quote) {
      const comma = quote[1]!.lastIndexOf(', ');
      blocks.push({
        start: i,
        end: i + 1,
        from: comma > 0 ? quote[1]!.slice(comma + 2) : '',
        date: comma > 0 ? quote[1]!.slice(0, comma) : null,
        subject: null,
        quoted: true,
      });
      continue;
    }
    if (!/^\s*from\s*:/i.test(line)) continue;
    const fields = new Map<string, string>();
    let end = i;
    for (; end < lines.length; end++) {
      const m = FIELD.exec(lines[end]!);
      if (!m) break;
      fields.set(m[1]!.toLowerCase(), m[2]!.trim());
    }
    if (!fields.has('subject') && !fields.has('date') && !fields.has('sent')) continue;
    blocks.push({
      start: i,
      end,
      from: fields.get('from') ?? '',
      date: fields.get('date') ?? fields.get('sent') ?? null,
      subject: fields.get('subject')?.replace(SUBJECT_PREFIX, '').trim() || null,
      quoted: false,
    });
    i = end - 1;
  }
  return blocks;
}

/** The mail's own lines: up to the next header, a quoted mail's "> " lines only, markers left out. */
function contentOf(lines: string[], block: Block, next: number): Part[] {
  const parts: Part[] = [];
  for (let i = block.end; i < next; i++) {
    let text = lines[i]!;
    if (block.quoted) {
      if (!/^\s*>/.test(text) && text.trim() !== '') break;
      text = text.replace(/^\s*>\s?/, '');
    }
    if (MARKER.test(text)) continue;
    parts.push({ line: i, text });
  }
  return parts;
}

/** A mail that holds an article (25 words or more, not a note and a signature), as a document; else null. */
function mailDocument(block: Block, content: Part[]): ExportDocument | null {
  let paragraphs = paragraphsOf(content);
  const words = paragraphs.map((p) => wordCount(p.map((part) => part.text).join(' '), 25));
  if (words.reduce((a, b) => a + b, 0) < 25 || !words.some((n) => n >= 15)) return null;
  paragraphs = withoutLeadingNote(paragraphs);
  const header = headerOf(paragraphs[0]!, block.subject);
  const title = header?.title ?? block.subject;
  if (!title) return null;
  const doc = emptyDocument(block.start);
  doc.title = title;
  doc.outlet = header?.outlet ?? (block.quoted ? null : senderOutlet(block.from));
  doc.date = header?.date ?? mailDate(block.date);
  doc.byline = header?.byline ?? null;
  for (const paragraph of header ? paragraphs.slice(1) : paragraphs) {
    for (const part of paragraph) doc.body.push(part);
  }
  return doc;
}

function paragraphsOf(content: Part[]): Part[][] {
  const paragraphs: Part[][] = [];
  let current: Part[] = [];
  for (const part of content) {
    if (part.text.trim() === '') {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(part);
  }
  if (current.length) paragraphs.push(current);
  return paragraphs;
}

/** "Chronicle's version of the Reuters piece.": a one-line note above a headline is the forwarder's. */
function withoutLeadingNote(paragraphs: Part[][]): Part[][] {
  const [first, second] = paragraphs;
  if (!first || !second || first.length !== 1) return paragraphs;
  const note = first[0]!.text.trim();
  const headline = second[0]!.text.trim();
  const isNote = endsLikeSentence(note) && wordCount(note, 30) < 30;
  return isNote && headline.length < 200 && !endsLikeSentence(headline) ? paragraphs.slice(1) : paragraphs;
}

interface Header {
  title: string | null;
  outlet: string | null;
  date: string | null;
  byline: string | null;
}

/**
 * The lines above the text: a headline, "By …", an outlet, a date, or an outlet and date on one line.
 * Null when the first paragraph is text already.
 */
function headerOf(paragraph: Part[], subject: string | null): Header | null {
  const texts = paragraph.map((part) => part.text.trim());
  if (texts.length > 6 || texts.some((text) => text.length > 160)) return null;
  const header: Header = { title: null, outlet: null, date: null, byline: null };
  // A subject of a few words ("NWS staffing") is the forwarder's: the headline is then the first line.
  const subjectIsTitle = subject !== null && wordCount(subject, 4) >= 4;
  for (const [k, text] of texts.entries()) {
    if (subject && text.toLowerCase() === subject.toLowerCase()) {
      header.title = text;
      continue;
    }
    const names = parseByline(text);
    if (names) {
      if (names.length > 0) header.byline = names.join(' and ');
      header.outlet ??= bylineOutlet(text);
      header.date ??= parseDateLine(text.split(/\s+\|\s+/)[1] ?? '');
      continue;
    }
    const dated = parseOutletDateLine(text);
    const date = parseDateLine(text) ?? parseTimeLine(text)?.date ?? null;
    if (dated) {
      header.outlet ??= dated.outlet;
      header.date ??= dated.time ? `${dated.date} ${dated.time}` : dated.date;
    } else if (date) header.date ??= date;
    else if (!header.outlet && wordCount(text, 7) <= 6 && !endsLikeSentence(text) && isOutletField(text))
      header.outlet = text;
    else if (k === 0 && !subjectIsTitle && !endsLikeSentence(text)) header.title = text;
    else return null;
  }
  return header;
}

/** "AP News Alerts <alerts@…>" → "AP"; a person's name or a bare address gives no outlet. */
function senderOutlet(from: string): string | null {
  const address = /<([^>@]*)@[^>]*>/.exec(from)?.[1]?.toLowerCase() ?? null;
  let name = from
    .replace(/<[^>]*>/g, '')
    .replace(/["']/g, '')
    .trim();
  if (!name || name.includes('@')) return null;
  for (
    let bare = name.replace(SENDER_SUFFIX, '');
    bare !== name && bare;
    bare = name.replace(SENDER_SUFFIX, '')
  )
    name = bare;
  // "The Texas Tribune", "KSAT 12": an article or a figure says it is no person's name.
  if (knownOutlet(name) || /^the\s/i.test(name) || /\d/.test(name)) return name;
  if (!looksLikePersonName(name)) return name;
  // "Dana Whitfield <dana.whitfield@…>" is a person; "Harbour Gazette <alerts@…>" a newsroom's address.
  return address === null || nameInAddress(name, address) ? null : name;
}

function nameInAddress(name: string, address: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => word.length >= 3 && address.includes(word));
}

/** "Fri, Jul 4, 2025 at 3:20 PM" → "Jul 4, 2025 at 3:20 PM", which the export date reader knows. */
function mailDate(date: string | null): string | null {
  return date ? date.replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '') : null;
}
