// A group chat exported as text (WhatsApp and the like): every message opens with its day, time and
// sender ("[07/05/2025, 06:14] Name: …" or "07/05/2025, 06:14 - Name: …"), its other lines follow
// without a prefix. Analysts paste articles into such chats: a message whose first line is a title and
// next line an outlet (maybe with a date) is an article, and the sender's next message goes on with it
// when it reads like more of the text. The chat around the articles is dropped.
import { type ExportDocument, emptyDocument } from './exports.js';
import {
  endsLikeSentence,
  isOutletField,
  isUrlLine,
  parseByline,
  parseOutletDateLine,
  wordCount,
} from './lines.js';

/** "[07/05/2025, 06:14] " or "[07/05/2025, 06:14:03] ", as iPhones export a chat. */
const BRACKETED =
  /^\u200e?\[(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?\]\s/;
/** "07/05/2025, 06:14 - ", as Android phones export one. */
const DASHED =
  /^\u200e?(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4}),?\s+(\d{1,2}):(\d{2})\s*([AaPp]\.?[Mm]\.?)?\s[-–]\s/;
/** "Farah Qureshi: " after the prefix; a system notice has no sender. */
const SENDER = /^([^:\n]{1,60}?):\s/;
/** A title set in the chat's bold, italics or strike-through: "*Title*". */
const CHAT_EMPHASIS = /^([*_~])(.+)\1$/;

interface Message {
  line: number;
  sender: string | null;
  date: string | null;
  /** The message's lines: the first after its prefix, the others as they are. */
  lines: { line: number; text: string }[];
}

/** Documents of a chat export; null unless the text opens with a message prefix. */
export function chatDocuments(lines: string[]): ExportDocument[] | null {
  let first = 0;
  while (first < lines.length && lines[first]!.trim() === '') first++;
  if (first >= lines.length || !opensPrefix(lines[first]!)) return null;
  const pattern = BRACKETED.test(lines[first]!) ? BRACKETED : DASHED.test(lines[first]!) ? DASHED : null;
  if (!pattern) return null;
  const messages = readMessages(lines, first, pattern);
  const documents: ExportDocument[] = [];
  let open: { doc: ExportDocument; sender: string | null; last: number } | null = null;
  messages.forEach((message, k) => {
    const next = messages[k + 1]?.line ?? lines.length;
    const doc = articleDocument(message);
    if (doc) {
      doc.to = next;
      documents.push(doc);
      open = { doc, sender: message.sender, last: k };
      return;
    }
    if (open && open.last === k - 1 && message.sender === open.sender && continuesArticle(message)) {
      for (const part of message.lines) open.doc.body.push(part);
      open.doc.to = next;
      open.last = k;
    } else open = null;
  });
  for (const doc of documents) takeClosingUrl(doc);
  return documents.length > 0 ? documents : null;
}

/** A message line opens with "[" and a figure, or a figure (after a direction mark at most). */
function opensPrefix(line: string): boolean {
  const text = line.charCodeAt(0) === 0x200e ? line.slice(1) : line;
  const c = text.charCodeAt(0);
  const digit = (code: number) => code >= 48 && code <= 57;
  return (c === 91 && digit(text.charCodeAt(1))) || digit(c);
}

function readMessages(lines: string[], first: number, pattern: RegExp): Message[] {
  const messages: Message[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    const m = opensPrefix(line) ? pattern.exec(line) : null;
    if (!m) {
      messages[messages.length - 1]?.lines.push({ line: i, text: line });
      continue;
    }
    const rest = line.slice(m[0].length);
    const sender = SENDER.exec(rest);
    messages.push({
      line: i,
      sender: sender ? sender[1]!.trim() : null,
      date: messageDate(m),
      lines: [{ line: i, text: sender ? rest.slice(sender[0].length) : rest }],
    });
  }
  return messages;
}

/** Day first, as most of the world writes it, unless only the other reading is a date. */
function messageDate(m: RegExpExecArray): string | null {
  let [day, month] = [Number(m[1]), Number(m[2])];
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A pasted article: a title line, an outlet line right under it, then some text. */
function articleDocument(message: Message): ExportDocument | null {
  const [titleLine, outletLine, ...rest] = message.lines;
  if (!titleLine || !outletLine) return null;
  const title = titleLine.text.trim().replace(CHAT_EMPHASIS, '$2').trim();
  if (!isChatTitle(title)) return null;
  const outlet = outletOf(outletLine.text.trim());
  if (!outlet) return null;
  if (wordCount(rest.map((part) => part.text).join(' '), 15) < 15) return null;
  const doc = emptyDocument(message.line);
  doc.title = title;
  doc.outlet = outlet.outlet;
  doc.date = outlet.date ?? message.date;
  doc.used.add(titleLine.line);
  let body = rest;
  const byline = body[0] ? parseByline(body[0].text) : null;
  if (byline && byline.length > 0) {
    doc.byline = body[0]!.text.trim().replace(/^by\s+/i, '');
    body = body.slice(1);
  }
  doc.body.push(...body);
  return doc;
}

/** Three words or more, not a remark that introduces what follows ("Dawn's version:"). */
export function isChatTitle(text: string): boolean {
  return text.length >= 15 && text.length <= 250 && wordCount(text, 3) >= 3 && !/[:.]$/.test(text);
}

/** "Reuters | 7 May 2025", "Dawn | May 7, 2025", "Geo News": the outlet, and the date when given. */
export function outletOf(line: string): { outlet: string; date: string | null } | null {
  // ("by Chimp Reporter": a byline names a writer, or a newsroom, never the outlet's line.)
  if (BY_FIRST.test(line)) return null;
  const dated = parseOutletDateLine(line);
  if (dated && !/^by\s/i.test(dated.outlet)) return { outlet: dated.outlet, date: dated.date };
  // "NDTV": an outlet's initials alone under a title (a place in capitals would not stand there).
  if (/^[A-Z]{2,6}$/.test(line)) return { outlet: line, date: null };
  if (line.length > 60 || endsLikeSentence(line) || !isOutletField(line) || wordCount(line, 7) > 6)
    return null;
  return { outlet: line, date: null };
}

const BY_FIRST = /^by\s/i;

/** More of the text: a paragraph of a dozen words or more, or a link, and no remark ending in ":". */
function continuesArticle(message: Message): boolean {
  const text = message.lines.map((part) => part.text.trim()).filter(Boolean);
  if (text.length === 0 || text[0]!.endsWith(':')) return false;
  return wordCount(text[0]!, 12) >= 12 || text.every((line) => isUrlLine(line));
}

/** A link alone on the last line of an article is its URL. */
export function takeClosingUrl(doc: ExportDocument): void {
  let k = doc.body.length - 1;
  while (k >= 0 && doc.body[k]!.text.trim() === '') k--;
  if (k < 0 || !isUrlLine(doc.body[k]!.text)) return;
  doc.url = doc.body[k]!.text.trim();
  doc.used.add(doc.body[k]!.line);
  doc.body.splice(k, 1);
}
