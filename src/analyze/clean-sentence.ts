// Turns a source sentence into a clean one-line statement: no dateline, no wire prefix, no stray
// whitespace, and short enough to read in a list, cut where a clause ends rather than mid-phrase.

/** "YEREVAN, OCTOBER 4, ARMENPRESS." and "Oct 4 (Reuters) –" open a body but say nothing. */
const LEADING_DATELINES = [
  /^[A-Z][A-Z .'-]+,\s+[A-Z]+\s+\d{1,2},\s+[A-Z][A-Za-z]+\.\s+/,
  /^[A-Z][a-z]{2,4}\.?\s+\d{1,2}\s+\([A-Z][A-Za-z]+\)\s*[–—-]\s*/,
  /^[A-Z][A-Z .'-]+\s+\([A-Z][A-Za-z]+\)\s*[–—-]\s*/,
];

/** Clause boundaries, strongest first; we cut after one of them. */
const CLAUSE_BREAKS = ['; ', ' – ', ' — ', ': ', ', which ', ', but ', ', and ', ', '];

export function stripDateline(sentence: string): string {
  let text = sentence;
  for (const pattern of LEADING_DATELINES) text = text.replace(pattern, '');
  return text;
}

/** A one-line summary of at most `max` characters, cut at a clause boundary when too long. */
export function cleanSentence(sentence: string, max = 180): string {
  const text = stripDateline(sentence.replace(/\s+/g, ' ').trim());
  if (text.length <= max) return text;
  return shortenAtClause(text, max);
}

function shortenAtClause(text: string, max: number): string {
  const window = text.slice(0, max);
  const minimum = Math.floor(max * 0.4);
  for (const marker of CLAUSE_BREAKS) {
    const at = window.lastIndexOf(marker);
    if (at >= minimum) return `${trimTrailing(window.slice(0, at))}…`;
  }
  const space = window.lastIndexOf(' ');
  return `${trimTrailing(window.slice(0, space > minimum ? space : max))}…`;
}

function trimTrailing(text: string): string {
  return text.replace(/[\s,;:–—-]+$/u, '');
}
