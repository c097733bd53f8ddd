// Exports from news databases: what an analyst gets out of Factiva or LexisNexis / Nexis Uni as plain
// text. Each document carries its header as labelled fields (Factiva's two-letter codes "HD", "PD",
// "SN", …; Nexis's "BYLINE:", "LENGTH: 612 words", "LOAD-DATE:", …) and is delimited by the export
// ("Document ABC0000020240403ek4300abc", "3 of 12 DOCUMENTS", "End of Document"). Such a file is
// rewritten into the plain layout the digest reader knows (title, outlet, date, "By …", blank, body,
// URL), each document's header given to the reader directly rather than found by its heuristics, and
// every field that is not the article (codes, word counts, subjects, copyright, the search summary) is
// dropped with a reason. Body lines keep their line numbers unless a header needs more lines than the
// export left above the body.
import type { Dropped, DropReason } from '../types.js';
import { wordTable } from '../util/word-table.js';
import { monthNumber, parseByline, parseDateLine, parseTimeLine, wordCount } from './lines.js';

/** One document of an export, as the reader assembles it. Line indices are in the rewritten lines. */
export interface ExportHeader {
  title: number;
  outletLine: number | null;
  dateLine: number | null;
  /** The place a DATELINE field names ("GARISSA, Kenya" → "GARISSA"). */
  dateline: string | null;
  /** Whether a field files the document under an opinion section (see OPINION_SECTION). */
  opinion?: boolean;
  /** The document's first and last lines in the file (1-based), for the article's provenance. */
  startLine: number;
  endLine: number;
}

export interface ExportLayout {
  lines: string[];
  headers: ExportHeader[];
}

/** What a document gives, with the original line of each part. */
export interface ExportDocument {
  /** The document's lines [from, to) in the original text; its own header starts at `top`. */
  from: number;
  to: number;
  top: number;
  title: string | null;
  outlet: string | null;
  date: string | null;
  byline: string | null;
  dateline: string | null;
  url: string | null;
  /** Body lines in order: original line and text (a field code in front already removed). */
  body: { line: number; text: string }[];
  /** Original lines that the rewritten header or URL use: not dropped. */
  used: Set<number>;
  /** Whether a field files the document under an opinion section (see OPINION_SECTION). */
  opinion?: boolean;
}

/**
 * "Page No : 8 (Editorial)", "Section : Opinion", "SE Commentary": a field value that names the
 * page or section an opinion piece runs in.
 */
export const OPINION_SECTION =
  /\b(?:editorials?|opinions?|op-?eds?|commentary|comment|columns?|columnists?)\b/i;

/** How far into a file its first document must start: a search summary or cover page is short. */
const DETECT_LINES = 3000;

/**
 * Reads a Factiva or Nexis export's documents; null when the text is no such export (the cheap case:
 * the first lines are scanned for the export's delimiters only).
 */
export function readExport(lines: string[], file: string, dropped: Dropped[]): ExportLayout | null {
  const factiva = factivaStyle(lines);
  const documents = factiva
    ? factivaDocuments(lines, factiva.inline)
    : isNexisExport(lines)
      ? nexisDocuments(lines)
      : isFactivaDisplay(lines)
        ? factivaDisplayDocuments(lines)
        : null;
  if (!documents || documents.length === 0) return null;
  return rewrite(lines, documents, file, dropped);
}

// ── Factiva ─────────────────────────────────────────────────────────────────

/** Factiva's field codes: the header's, the body's (LP lead, TD text) and the index codes after it. */
const FACTIVA_CODES = new Set(
  'HD CLM SE BY CR WC PD ET SN SC ED PG VOL LA CY LP TD CT RF ART CO IN NS RE IPC IPD PUB AN NGC RST'.split(
    ' ',
  ),
);
const FACTIVA_BODY_CODES = new Set(['LP', 'TD']);
/** "HD", "PD 3 April 2024", "SN\tCoastline Herald": a code alone or in front of its value. */
const FACTIVA_CODE = /^[ \t]{0,4}([A-Z]{2,3})(?:\s*$|(\s+)(\S.*?)\s*$)/;

/**
 * A Factiva code line. Exports write a code alone on its line (the value under it) or before its value
 * on the same line; in the first style a code is followed by nothing but a tab, so that a title in
 * capitals ("AN ARMY OF VOLUNTEERS") or a paragraph opening "IN 2019" stays text.
 */
function factivaCode(
  line: string,
  inline: boolean,
  inBody = false,
): { code: string; value: string | null } | null {
  // (A code may stand a few spaces in, as a copy from a word processor leaves it.)
  const c = line.charCodeAt(indent(line));
  if (c < 65 || c > 90 || line.length > 2000) return null;
  const m = FACTIVA_CODE.exec(line);
  if (!m || !FACTIVA_CODES.has(m[1]!)) return null;
  const code = m[1]!;
  const value = m[3];
  if (value === undefined || isDocumentNumber(line)) return { code, value: value ?? null };
  const wide = m[2]!.includes('\t') || m[2]!.length >= 2;
  if (!inline && !m[2]!.includes('\t')) return null;
  // Inside the text a code with one space before its value must be the text's own ("TD …") or
  // an index field's ("NS gdis : Disasters/Accidents"): "IN 2019 the slope …" stays text.
  if (inBody && !wide && !FACTIVA_BODY_CODES.has(code) && !INDEX_VALUE.test(value)) return null;
  return { code, value };
}

/** An index field's value: "gdis : Disasters/Accidents | gcat : Political/General News". */
const INDEX_VALUE = /^\S+ : \S/;

/** "Search Summary", "Page 2 of 14 © 2024 Factiva, Inc. All rights reserved.": the export's own lines. */
function isFactivaFrame(line: string): boolean {
  const c = line.charCodeAt(0);
  if (c !== 83 && c !== 80 && c !== 0xa9) return false;
  return /^(?:Search Summary\s*$|Page \d+ of \d+\b|©\s*\d{4} Factiva)/i.test(line);
}

/** "AN Document COHRLD0020240403ek4300abc": the accession number that closes a document. */
function isDocumentNumber(line: string): boolean {
  return /^\s*AN\s+Document\s+\S+\s*$/.test(line);
}

/** Where a line's text starts: past up to four spaces or tabs. */
function indent(line: string): number {
  let i = 0;
  while (i < 4 && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i;
}

/**
 * A Factiva export: a headline code "HD" followed, within one document's header, by a date "PD" and
 * then the lead "LP" or the text "TD". Returns whether codes stand before their values on one line.
 */
function factivaStyle(lines: string[]): { inline: boolean } | null {
  const end = Math.min(lines.length, DETECT_LINES);
  for (let i = 0; i < end; i++) {
    const line = lines[i]!;
    const at = indent(line);
    if (
      line.charCodeAt(at) !== 72 ||
      line.charCodeAt(at + 1) !== 68 ||
      factivaCode(line, true)?.code !== 'HD'
    )
      continue;
    const inline = /^\s*HD[ \t]+\S/.test(line);
    let date = false;
    for (let k = i + 1; k < Math.min(lines.length, i + 80); k++) {
      const code = factivaCode(lines[k]!, inline)?.code;
      if (code === 'PD') date = true;
      if (code === 'HD') break;
      if (date && (code === 'LP' || code === 'TD')) return { inline };
    }
  }
  return null;
}

function factivaDocuments(lines: string[], inline: boolean): ExportDocument[] {
  const documents: ExportDocument[] = [];
  let doc: ExportDocument | null = null;
  /** The field being read, and its lines so far. */
  let field: { code: string; lines: { line: number; text: string }[] } | null = null;
  const close = (to: number) => {
    if (field && doc) takeFactivaField(doc, field.code, field.lines);
    field = null;
    if (doc) {
      doc.to = to;
      documents.push(doc);
    }
    doc = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // Factiva puts its search summary above or below the documents, and page lines between them.
    if (isFactivaFrame(line)) {
      if (/^\s*Search Summary\s*$/i.test(line)) close(i);
      continue;
    }
    const code = factivaCode(line, inline, field !== null && FACTIVA_BODY_CODES.has(field.code));
    if (code?.code === 'HD') {
      close(i);
      doc = emptyDocument(i);
    }
    if (!doc) continue;
    if (code) {
      if (field) takeFactivaField(doc, field.code, field.lines);
      field = { code: code.code, lines: code.value ? [{ line: i, text: code.value }] : [] };
      // The accession number closes the document: what follows before the next "HD" is the export's.
      if (code.code === 'AN' && code.value) close(i + 1);
    } else if (field) {
      field.lines.push({ line: i, text: line });
      if (field.code === 'AN' && line.trim()) close(i + 1);
    }
  }
  close(lines.length);
  return documents;
}

function takeFactivaField(doc: ExportDocument, code: string, values: { line: number; text: string }[]): void {
  if (FACTIVA_BODY_CODES.has(code)) {
    // The lead paragraphs and the text are the body, in order, blank lines between paragraphs kept.
    doc.body.push(...values);
    return;
  }
  const content = values.filter((v) => v.text.trim());
  const text = content.map((v) => v.text.trim()).join(' ');
  if (!text) return;
  const field = FACTIVA_FIELDS[code];
  // "SE Opinion": the section the paper ran it in (metadata, but it tells an opinion piece).
  if (code === 'SE' && OPINION_SECTION.test(text)) doc.opinion = true;
  if (field && !doc[field]) doc[field] = text;
  // The time (ET) completes the date (PD) it follows.
  else if (code === 'ET' && doc.date && !/\d:\d/.test(doc.date)) doc.date = `${doc.date} ${text}`;
  else return;
  for (const v of content) doc.used.add(v.line);
}

/** The codes whose values make the article's header; the others are metadata. */
const FACTIVA_FIELDS: Record<string, 'title' | 'outlet' | 'date' | 'byline'> = wordTable({
  HD: 'title',
  SN: 'outlet',
  PD: 'date',
  BY: 'byline',
});

// ── Factiva, as displayed (no codes) ──────────────────────────────────────

/** "Document COHRLD0020240403ek4300abc": the accession number under each document. */
const ACCESSION = /^\s*Document [A-Za-z0-9]{16,}\s*$/;
/** "412 words": the word count that opens Factiva's header fields, under the title and byline. */
const WORD_COUNT = /^\s*[\d,]+ words\s*$/;

/**
 * Factiva's article view copied as text writes the same fields without their codes, one a line:
 * title, byline, "412 words", date, time, source, source code, language, copyright, then the text,
 * then "Document …". Recognised by an accession number line and a word count line.
 */
function isFactivaDisplay(lines: string[]): boolean {
  const end = Math.min(lines.length, DETECT_LINES);
  let accession = false;
  let count = false;
  for (let i = 0; i < end && !(accession && count); i++) {
    const line = lines[i]!;
    if (line.length > 60) continue;
    if (!count && /words\s*$/.test(line)) count = WORD_COUNT.test(line);
    if (!accession && /^\s*Document /.test(line)) accession = ACCESSION.test(line);
  }
  return accession && count;
}

function factivaDisplayDocuments(lines: string[]): ExportDocument[] {
  const documents: ExportDocument[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.length > 60 || !ACCESSION.test(lines[i]!)) continue;
    const doc = factivaDisplayDocument(lines, from, i + 1);
    if (doc) documents.push(doc);
    from = i + 1;
  }
  return documents;
}

/** One document: the header block around its word count, a blank line, the text, its accession line. */
function factivaDisplayDocument(lines: string[], from: number, to: number): ExportDocument | null {
  let count = -1;
  for (let i = from; i < to - 1 && count < 0; i++) if (WORD_COUNT.test(lines[i]!)) count = i;
  if (count < 0) return null;
  const doc = emptyDocument(from);
  doc.to = to;
  // Above the count: the title, then the byline when there is one (a search summary may stand higher,
  // set off by a blank line).
  let top = count;
  while (top > from && !isBlankLine(lines[top - 1]!)) top--;
  const above = lines.slice(top, count).map((line) => line.trim());
  const last = above[above.length - 1];
  const names = above.length >= 2 && last ? parseByline(`By ${last.replace(/^by\s+/i, '')}`) : null;
  const titleLines = names && names.length > 0 ? above.length - 1 : above.length;
  if (titleLines === 0) return null;
  doc.top = top;
  doc.title = above.slice(0, titleLines).join(' ');
  if (titleLines < above.length) doc.byline = last!;
  for (let i = top; i < count; i++) doc.used.add(i);
  // Under the count: the date, maybe a time, then the source's name; then codes, language, copyright.
  let i = count + 1;
  for (; i < to && !isBlankLine(lines[i]!); i++) {
    const line = lines[i]!.trim();
    if (!doc.date && exportDate(line)) doc.date = line;
    else if (doc.date && !doc.outlet && /^\d{1,2}:\d{2}/.test(line) && !/\d:\d/.test(doc.date))
      doc.date = `${doc.date} ${line}`;
    else if (doc.date && !doc.outlet) doc.outlet = line;
    else continue;
    doc.used.add(i);
  }
  let end = to - 1;
  while (end > i && isBlankLine(lines[end - 1]!)) end--;
  for (let k = i; k < end; k++) doc.body.push({ line: k, text: lines[k]! });
  return doc;
}

// ── LexisNexis / Nexis Uni ──────────────────────────────────────────────────

/** "3 of 12 DOCUMENTS" opens a document (LexisNexis); "End of Document" closes one (Nexis Uni). */
const NEXIS_OPENS = /^\s*\d{1,6} of \d{1,6} DOCUMENTS?\s*$/i;
const NEXIS_CLOSES = /^\s*End of Document\s*$/i;
/** The fields above a document's body. */
const NEXIS_HEADER_LABELS = new Set([
  'BYLINE',
  'SECTION',
  'LENGTH',
  'DATELINE',
  'HIGHLIGHT',
  'EDITION',
  'HEADLINE',
  'SOURCE',
]);
/** The fields after the body: where the article's text ends. */
const NEXIS_TRAILER_LABELS = new Set([
  'LOAD-DATE',
  'LANGUAGE',
  'PUBLICATION-TYPE',
  'JOURNAL-CODE',
  'DOCUMENT-TYPE',
  'SUBJECT',
  'GEOGRAPHIC',
  'ORGANIZATION',
  'PERSON',
  'INDUSTRY',
  'COMPANY',
  'TICKER',
  'CITY',
  'STATE',
  'COUNTRY',
  'NOTES',
  'GRAPHIC',
  'CORRECTION-DATE',
  'CORRECTION',
  'DISTRIBUTION',
  'URL',
]);
/** "LENGTH: 612 words", "Load-Date: April 4, 2024": a field's label and value. */
const NEXIS_LABEL = /^\s*([A-Za-z]+(?:-[A-Za-z]+)*):\s*(.*?)\s*$/;
const COPYRIGHT = /^\s*(?:copyright\b|©|\(c\)\s*\d{4})|\ball rights reserved\b/i;

function nexisLabel(line: string): { label: string; value: string } | null {
  const colon = line.indexOf(':');
  if (colon < 2 || colon > 24) return null;
  const m = NEXIS_LABEL.exec(line);
  if (!m) return null;
  const label = m[1]!.toUpperCase();
  return NEXIS_HEADER_LABELS.has(label) || NEXIS_TRAILER_LABELS.has(label) ? { label, value: m[2]! } : null;
}

/**
 * An export when its documents are delimited as Nexis does and one of Nexis's own fields is there
 * ("LENGTH: 612 words", "LOAD-DATE: …", "PUBLICATION-TYPE: …").
 */
function isNexisExport(lines: string[]): boolean {
  const end = Math.min(lines.length, DETECT_LINES);
  let delimited = false;
  let fielded = false;
  for (let i = 0; i < end && !(delimited && fielded); i++) {
    const line = lines[i]!;
    if (line.length > 100) continue;
    if (!delimited && /[sStT]\s*$/.test(line)) delimited = NEXIS_OPENS.test(line) || NEXIS_CLOSES.test(line);
    if (!fielded && line.indexOf(':') > 0) fielded = NEXIS_OWN_FIELD.test(line);
  }
  return delimited && fielded;
}

const NEXIS_OWN_FIELD = /^\s*(?:length:\s*[\d,]+\s+words|load-date:|publication-type:|journal-code:)/i;

function nexisDocuments(lines: string[]): ExportDocument[] {
  // LexisNexis opens each document with "N of M DOCUMENTS" (what stands above the first is the
  // export's cover); Nexis Uni closes each with "End of Document" (what follows the last is not one).
  const opens: number[] = [];
  const closes: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length > 60 || line.length < 15) continue;
    if (NEXIS_OPENS.test(line)) opens.push(i);
    else if (NEXIS_CLOSES.test(line)) closes.push(i + 1);
  }
  const regions =
    opens.length > 0
      ? opens.map((from, k) => ({ from, to: opens[k + 1] ?? lines.length }))
      : closes.map((to, k) => ({ from: closes[k - 1] ?? 0, to }));
  return regions
    .map((r) => nexisDocument(lines, r.from, r.to, opens.length > 0))
    .filter((d): d is ExportDocument => d !== null);
}

/**
 * One document. Its header is the lines above its first field (or "Body"): LexisNexis writes the
 * outlet, the date line and the title under it; Nexis Uni writes the title, the outlet and the date.
 * Labelled fields follow ("HEADLINE:" may give the title there), then the body (after "Body" or
 * "BODY:"), then the trailing fields and copyright.
 */
function nexisDocument(lines: string[], from: number, to: number, opened: boolean): ExportDocument | null {
  const doc = emptyDocument(from);
  doc.to = to;
  const head: number[] = [];
  let dateLine = -1;
  let i = from;
  for (; i < to; i++) {
    const line = lines[i]!;
    if (isBlankLine(line) || NEXIS_OPENS.test(line) || COPYRIGHT.test(line) || isEditionLine(line)) continue;
    // A monthly's issue ("March 2024", "Spring 2024") dates no day: neither title nor outlet.
    if (isIssueLine(line)) continue;
    // A title is 30 words at most: a longer line is the body of a document without fields.
    if (nexisLabel(line) || isBodyMarker(line) || wordCount(line, 31) > 30) break;
    if (dateLine < 0 && exportDate(line)) dateLine = i;
    else head.push(i);
  }
  const take = (line: number) => {
    doc.used.add(line);
    return lines[line]!.trim();
  };
  const before = head.filter((line) => line < dateLine);
  const after = head.filter((line) => line > dateLine);
  if (dateLine >= 0) doc.date = take(dateLine);
  if (before.length >= 2 || (dateLine < 0 && !opened && head.length >= 2)) {
    // Nexis Uni: title and outlet; above them, the first document has the export's cover page.
    const lastTwo = (dateLine >= 0 ? before : head).slice(-2);
    doc.top = lastTwo[0]!;
    doc.title = take(lastTwo[0]!);
    doc.outlet = take(lastTwo[1]!);
  } else {
    // LexisNexis: the outlet, then the title under the date, which may wrap over a few lines.
    const outlet = dateLine >= 0 ? before[0] : head[0];
    if (outlet !== undefined) doc.outlet = take(outlet);
    const title = (dateLine >= 0 ? after : head.slice(1)).filter(
      (line, k, all) => k === 0 || line === all[k - 1]! + 1,
    );
    if (title.length > 0) doc.title = title.map(take).join(' ');
  }
  i = readNexisHeaderFields(lines, i, to, doc);
  if (!doc.title) return null;
  let end = i;
  for (; end < to; end++) {
    const line = lines[end]!;
    const label = nexisLabel(line);
    if (label && NEXIS_TRAILER_LABELS.has(label.label)) break;
    if (/^\s*Classification\s*$/.test(line) || NEXIS_CLOSES.test(line)) break;
  }
  // LexisNexis closes a document with its copyright lines, with or without the trailing fields.
  while (end > i && (isBlankLine(lines[end - 1]!) || COPYRIGHT.test(lines[end - 1]!))) end--;
  for (let k = i; k < end; k++) doc.body.push({ line: k, text: lines[k]! });
  for (let k = end; k < to; k++) {
    const label = nexisLabel(lines[k]!);
    if (label?.label === 'URL' && /^https?:\/\/\S+$/.test(label.value) && !doc.url) {
      doc.url = label.value;
      doc.used.add(k);
    }
  }
  return doc;
}

/**
 * The labelled fields between the title and the body ("BYLINE: …", "SECTION: …", "Body"); returns
 * where the body starts. A field's value may run on over the lines up to a blank one.
 */
function readNexisHeaderFields(lines: string[], from: number, to: number, doc: ExportDocument): number {
  let i = from;
  while (i < to) {
    const line = lines[i]!;
    if (isBlankLine(line) || COPYRIGHT.test(line)) {
      i++;
      continue;
    }
    if (isBodyMarker(line)) return i + 1;
    const label = nexisLabel(line);
    if (!label || !NEXIS_HEADER_LABELS.has(label.label)) return i;
    if (label.label === 'HEADLINE' && label.value && !doc.title) {
      doc.title = label.value;
      doc.used.add(i);
    }
    if (label.label === 'BYLINE' && label.value && !doc.byline) {
      doc.byline = label.value;
      doc.used.add(i);
    } else if (label.label === 'DATELINE' && label.value && !doc.dateline) {
      doc.dateline = label.value.split(',')[0]!.trim();
    } else if (label.label === 'SECTION' && OPINION_SECTION.test(label.value ?? '')) {
      // "SECTION: OPINION; Pg. 12"
      doc.opinion = true;
    }
    i++;
    // A compact copy has no blank line under the last field: "Body" still ends its value.
    while (i < to && !isBlankLine(lines[i]!) && !nexisLabel(lines[i]!) && !isBodyMarker(lines[i]!)) i++;
  }
  return i;
}

function isIssueLine(line: string): boolean {
  const m = /^\s*([A-Za-z]{3,9})\.?,? (\d{4})\s*$/.exec(line);
  return (
    m !== null && (monthNumber(m[1]!) !== undefined || /^(?:spring|summer|autumn|fall|winter)$/i.test(m[1]!))
  );
}

/** "Body" (Nexis Uni) or "BODY:" (LexisNexis): the text starts on the next line. */
function isBodyMarker(line: string): boolean {
  return /^\s*(?:Body|BODY:)\s*$/.test(line);
}

/** "Final Edition", "Late City Edition": the edition under a LexisNexis date line. */
function isEditionLine(line: string): boolean {
  return /^\s*(?:[A-Z][A-Za-z]+ ){0,3}Edition\s*$/.test(line);
}

// ── dates ───────────────────────────────────────────────────────────────────

const DATE_PART =
  /\b(\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3,9}\.?,? \d{4}|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{4}([-/.])\d{1,2}\2\d{1,2}|\d{1,2}([./-])\d{1,2}\3\d{4})\b/;
const TIME_PART = /\b(\d{1,2}):(\d{2})(?::\d{2})?\s*([AaPp]\.?[Mm]\.?)?/;

/**
 * "April 3, 2024 Wednesday", "Wednesday 3 April 2024 10:15 AM GMT", "3 April 2024 08:15": an export's
 * date, with the weekday and edition anywhere around it → the date and time as ISO ("2024-04-03 10:15").
 */
export function exportDate(text: string): string | null {
  if (text.length > 80) return null;
  const date = DATE_PART.exec(text);
  // The date opens the line, after its weekday at most: "Date and Time: …" on a cover page is no header.
  if (!date || !/^\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?$/i.test(text.slice(0, date.index)))
    return null;
  const day = parseDateLine(date[1]!);
  if (!day) return null;
  const time = TIME_PART.exec(text.slice(date.index + date[0].length));
  const timed = time ? parseTimeLine(`${date[1]} ${time[0].trim()}`) : null;
  return timed ? `${timed.date} ${timed.time}` : day;
}

// ── rewriting ───────────────────────────────────────────────────────────────

export function emptyDocument(from: number): ExportDocument {
  return {
    from,
    to: from,
    top: from,
    title: null,
    outlet: null,
    date: null,
    byline: null,
    dateline: null,
    url: null,
    body: [],
    used: new Set(),
  };
}

/**
 * Writes each document as title, outlet, date, "By …" and a blank line right above its body, and its
 * URL under it; the export's other lines become blank and are recorded as dropped (the text before
 * the first document as preamble, the delimiters as separators, the rest as site metadata).
 */
export function rewrite(
  lines: string[],
  documents: ExportDocument[],
  file: string,
  dropped: Dropped[],
): ExportLayout {
  const out: string[] = [];
  const headers: ExportHeader[] = [];
  const drop = (from: number, to: number, reason: DropReason, used?: Set<number>) => {
    for (let i = from; i < to; i++) {
      const text = lines[i]!.trim();
      // A code alone on its line ("HD", "TD") is the export's layout, like a blank line: not recorded.
      if (!text || used?.has(i) || (used && isLoneCode(text))) continue;
      const delimiter = NEXIS_OPENS.test(text) || NEXIS_CLOSES.test(text);
      dropped.push({ file, line: i + 1, text, reason: delimiter ? 'separator' : reason });
    }
  };
  let done = 0;
  for (const doc of documents) {
    drop(done, doc.top, done === 0 ? 'preamble' : 'footer');
    for (let i = done; i < doc.from; i++) out.push('');
    const bodyLines = new Set(doc.body.map((b) => b.line));
    drop(doc.top, doc.to, 'site-metadata', new Set([...doc.used, ...bodyLines]));
    const block = writeDocument(doc);
    const base = out.length;
    const { title, outletLine, dateLine, dateline } = block.header;
    headers.push({
      title: base + title,
      outletLine: outletLine === null ? null : base + outletLine,
      dateLine: dateLine === null ? null : base + dateLine,
      dateline,
      opinion: doc.opinion,
      startLine: doc.top + 1,
      endLine: lastContentLine(lines, doc.top, doc.to) + 1,
    });
    for (const line of block.lines) out.push(line);
    done = doc.to;
  }
  drop(done, lines.length, 'footer');
  for (let i = done; i < lines.length; i++) out.push('');
  return { lines: out, headers };
}

/** A document's lines: the header right above the body, which keeps its offsets when there is room. */
function writeDocument(doc: ExportDocument): {
  lines: string[];
  header: Omit<ExportHeader, 'startLine' | 'endLine'>;
} {
  const date = doc.date ? exportDate(doc.date) : null;
  const names = doc.byline ? parseByline(`By ${doc.byline.replace(/^by\s+/i, '')}`) : null;
  const header = [
    doc.title ?? '',
    ...(doc.outlet ? [outletWithCountry(doc.outlet)] : []),
    ...(date ? [date] : []),
    ...(names && names.length > 0 ? [`By ${doc.byline!.replace(/^by\s+/i, '')}`] : []),
    '',
  ];
  const size = doc.to - doc.from;
  const firstBody = doc.body.find((b) => b.text.trim())?.line;
  const room = firstBody === undefined ? size : firstBody - doc.from;
  const shift = Math.max(0, header.length - room);
  const block: string[] = new Array(size + shift + 1).fill('');
  const top = room + shift - header.length;
  header.forEach((line, k) => {
    block[top + k] = line;
  });
  let last = top + header.length - 1;
  for (const b of doc.body) {
    if (!b.text.trim()) continue;
    last = b.line - doc.from + shift;
    block[last] = b.text;
  }
  if (doc.url) block[last + 1] = doc.url;
  // The extra line at the end keeps a closing URL inside the block; drop it when unused.
  if (!block[block.length - 1]) block.pop();
  return {
    lines: block,
    header: {
      title: top,
      outletLine: doc.outlet ? top + 1 : null,
      dateLine: date ? top + (doc.outlet ? 2 : 1) : null,
      dateline: doc.dateline,
    },
  };
}

/**
 * "Coastline Herald (Kenya)": databases name a paper's country in parentheses; the reader's outlet
 * lines write it after a comma ("Coastline Herald, Kenya").
 */
function outletWithCountry(outlet: string): string {
  const m = /^(.*\S)\s*\(([A-Z][A-Za-z .'-]{1,30})\)$/.exec(outlet);
  return m && !m[1]!.includes(',') ? `${m[1]}, ${m[2]}` : outlet;
}

function lastContentLine(lines: string[], from: number, to: number): number {
  let last = to - 1;
  while (last > from && isBlankLine(lines[last]!)) last--;
  return last;
}

function isLoneCode(text: string): boolean {
  return text.length <= 3 && FACTIVA_CODES.has(text);
}

function isBlankLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 32) return false;
  return true;
}
