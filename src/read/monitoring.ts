// A translated-media monitoring digest: each item is a headline (maybe with a summary line under it),
// a line saying whose report it renders ("Text of report by Iranian state news agency IRNA on 20 May",
// "Report by US news agency AP on 20 May"), the text, then a source line with the outlet, the place,
// the language and the time of broadcast or publication ("Source: IRNA news agency, Tehran, in English
// 0712 gmt 20 May 24") and the service's own codes. Each item becomes a document the export rewriter
// writes into the plain layout.
import { type ExportDocument, emptyDocument } from './exports.js';
import { monthNumber } from './lines.js';

/**
 * "Text of report in English by … on 20 May", "Excerpt from report by … on 3 June 2024:", "Report by
 * … on 20 May": what the item renders, by whom, and the day.
 */
const INTRO =
  /^\s*(?:(?:text|excerpts?|summary|translation|editorial|commentary)\s+(?:of|from)\s+(?:an?\s+|the\s+)?)?(?:[a-z]+\s+){0,2}(?:report|article|commentary|editorial|interview|broadcast|statement|programme|program|bulletin|post|news|remarks)\b.{0,40}?\bby\s+(.{3,120}?)\s+on\s+(\d{1,2})\s+([A-Za-z]{3,9})(?:\s+(\d{4}))?\s*[:.]?\s*$/i;
/** "Source: IRNA news agency, Tehran, in English 0712 gmt 20 May 24". */
const SOURCE_LINE =
  /^\s*Source:\s*(.+?),\s*(?:[^,]{2,40},\s*)?in\s+[A-Z][a-z]+(?:\s+[a-z]+)?\s+(\d{2})(\d{2})\s*gmt\s+(\d{1,2})\s+([A-Za-z]{3,9})\s+(\d{2}|\d{4})\s*$/i;
/** Words that say what kind of outlet a name is: "IRNA news agency", "Al Jazeera website", "IRINN TV". */
const KIND_WORD =
  /^(?:news|agency|tv|television|channel|newspaper|daily|weekly|radio|website|site|broadcaster|network|service|portal|state|web|outlet|media)$/i;

const FIRST_INTRO_WITHIN = 400;

/** Documents of a monitoring digest; null unless it has two items, the first within its first 400 lines. */
export function monitoringDocuments(lines: string[]): ExportDocument[] | null {
  const intros: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    // A digest with no intro line in its first 400 lines is no monitoring digest: stop looking.
    if (intros.length === 0 && i > FIRST_INTRO_WITHIN) return null;
    const line = lines[i]!;
    if (line.length > 260 || !opensIntro(line) || !INTRO.test(line)) continue;
    intros.push(i);
  }
  if (intros.length < 2) return null;
  const tops = intros.map((i) => headlineAbove(lines, i));
  const documents = intros.map((intro, k) =>
    itemDocument(lines, tops[k]!, intro, tops[k + 1] ?? lines.length),
  );
  dateFromIntros(lines, intros, documents);
  return documents;
}

/**
 * An item without a source line is dated by its intro ("… on 14 March"), in the year the intro gives
 * or else the year of the digest's other items.
 */
function dateFromIntros(lines: string[], intros: number[], documents: ExportDocument[]): void {
  const year = documents.find((doc) => doc.date)?.date?.slice(0, 4);
  intros.forEach((intro, k) => {
    const doc = documents[k]!;
    if (doc.date) return;
    const m = INTRO.exec(lines[intro]!)!;
    const month = monthNumber(m[3]!);
    const inYear = m[4] ?? year;
    if (month && inYear) doc.date = `${inYear}-${pad(month)}-${pad(Number(m[2]))}`;
  });
}

/** An intro line opens with one of the words INTRO allows first: a cheap test before the pattern. */
function opensIntro(line: string): boolean {
  const c = line.trimStart().charCodeAt(0) | 32;
  return c === 116 || c === 101 || c === 115 || c === 99 || c === 114 || c === 97 || c === 105;
}

/** The first line of the paragraph that ends on the line above the intro (or a blank line above it): the headline. */
function headlineAbove(lines: string[], intro: number): number {
  let top = intro - 1;
  if (top > 0 && lines[top]!.trim() === '') top--;
  while (top > 0 && lines[top - 1]!.trim() !== '') top--;
  return top;
}

function itemDocument(lines: string[], top: number, intro: number, next: number): ExportDocument {
  const doc = emptyDocument(top);
  doc.to = next;
  doc.title = lines[top]!.trim();
  doc.used.add(top);
  const credit = INTRO.exec(lines[intro]!)!;
  let end = next;
  for (let i = intro + 1; i < next; i++) {
    const source = SOURCE_LINE.exec(lines[i]!);
    if (!source) continue;
    doc.outlet = withoutKindWords(source[1]!);
    const year = source[6]!.length === 2 ? `20${source[6]}` : source[6]!;
    const month = monthNumber(source[5]!);
    if (month) doc.date = `${year}-${pad(month)}-${pad(Number(source[4]))} ${source[2]}:${source[3]}`;
    end = i;
    break;
  }
  doc.outlet ??= outletInCredit(credit[1]!);
  for (let i = intro + 1; i < end; i++) doc.body.push({ line: i, text: lines[i]! });
  return doc;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "IRNA news agency" → "IRNA", "Tehran Times website" → "Tehran Times"; "Anadolu Agency" is a name. */
function withoutKindWords(name: string): string {
  const words = name.trim().split(/\s+/);
  while (words.length > 1 && isKindWord(words[words.length - 1]!) && !isNamePart(words)) words.pop();
  return words.join(' ');
}

/** "Anadolu Agency", "Xinhua News Agency": a capitalised kind word after a capitalised name is part of it. */
function isNamePart(words: string[]): boolean {
  const last = words[words.length - 1]!;
  return (
    /^[A-Z]/.test(last) && /^(?:Agency|News)$/.test(last) && /^[A-Z][a-z]/.test(words[words.length - 2]!)
  );
}

function isKindWord(word: string): boolean {
  return KIND_WORD.test(word);
}

/**
 * "Iranian state news channel IRINN" → "IRINN", "Qatari TV Al Jazeera website" → "Al Jazeera": the
 * capitalised name after the last word saying what kind of outlet it is.
 */
function outletInCredit(credit: string): string | null {
  const words = credit.trim().split(/\s+/);
  let start = -1;
  for (let k = 0; k < words.length - 1; k++) {
    if (isKindWord(words[k]!) && /^[\p{Lu}\d]/u.test(words[k + 1]!)) start = k + 1;
  }
  if (start < 0) return null;
  const name = withoutKindWords(words.slice(start).join(' '));
  return name || null;
}
