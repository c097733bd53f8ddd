// Layouts read as documents (like the database exports): a CSV export, a chat export, a chain of
// forwarded e-mails, a translated-media monitoring digest, notes with YAML front matter, a team chat channel copied as text,
// a monitoring report of label-and-value cards, web pages copied with select-all. Each finder looks at the first lines only
// before it reads on, so a digest in another layout costs a few line tests.
import type { Dropped } from '../types.js';
import { chatDocuments } from './chat-export.js';
import { csvDocuments } from './csv-export.js';
import { type ExportLayout, rewrite } from './exports.js';
import { mailDocuments } from './mail-chain.js';
import { monitoringDocuments } from './monitoring.js';
import { frontMatterDocuments } from './notes.js';
import { reportCardDocuments } from './report-cards.js';
import { teamChatDocuments } from './team-chat.js';
import { webCopyDocuments } from './web-copy.js';

export function readDocumentLayouts(lines: string[], file: string, dropped: Dropped[]): ExportLayout | null {
  const documents =
    csvDocuments(lines) ??
    frontMatterDocuments(lines) ??
    webCopyDocuments(lines) ??
    chatDocuments(lines) ??
    teamChatDocuments(lines) ??
    mailDocuments(lines, file, dropped) ??
    monitoringDocuments(lines) ??
    reportCardDocuments(lines);
  if (!documents || documents.length === 0) return null;
  return rewrite(lines, documents, file, dropped);
}
