import { wordTable } from '../util/word-table.js';

// Escaping for the two output formats. Every string that comes from an article passes through one of
// these before it reaches the report.

const HTML_ESCAPES: Record<string, string> = wordTable({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
});

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Only http(s) links are kept, so that an article cannot smuggle a javascript: URL into the report. */
export function safeUrl(url: string | null): string | null {
  if (!url) return null;
  return /^https?:\/\//i.test(url.trim()) ? url.trim() : null;
}

/** Markdown text: characters that would start markup are backslash-escaped; newlines become spaces. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** A URL inside Markdown's (…): spaces and parentheses percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/ /g, '%20').replace(/\(/g, '%28').replace(/\)/g, '%29');
}
