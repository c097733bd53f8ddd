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

/**
 * A one-line summary of at most `max` characters, cut at a clause boundary when too long. When
 * `focus` (words of the sentence, e.g. the date it is filed under) is given, the cut keeps them.
 */
export function cleanSentence(sentence: string, max = 180, focus?: string): string {
  const text = bulletHolding(stripDateline(sentence.replace(/\s+/g, ' ').trim()), focus);
  if (text.length <= max) return text;
  const at = focus ? text.indexOf(focus.replace(/\s+/g, ' ')) : -1;
  // "…, the United Nations said on Wednesday.": the date is when it was said; what was said comes first.
  if (at < 0 || at >= attributionStart(text)) return shortenAtClause(text, max, 0);
  const focusEnd = at + focus!.length;
  if (focusEnd <= max - 1) return shortenAtClause(text, max, focusEnd);
  const start = clauseStartBefore(text, at, focusEnd, max - 1);
  return `…${shortenAtClause(text.slice(start), max - 1, focusEnd - start)}`;
}

const ATTRIBUTION = /^[^,;]{0,90}\b(?:said|says|told|reported|announced|added|according to)\b[^,;]*$/;

/** Where a closing attribution (", officials said on Tuesday.") starts, or Infinity when there is none. */
function attributionStart(text: string): number {
  const comma = text.lastIndexOf(', ');
  return comma >= 0 && ATTRIBUTION.test(text.slice(comma + 2)) ? comma : Number.POSITIVE_INFINITY;
}

/** Summary bullets run together ("• A • B • C") are separate statements: keep the one that matters. */
function bulletHolding(text: string, focus?: string): string {
  if (!text.includes('•')) return text;
  const bullets = text
    .split('•')
    .map((b) => b.trim())
    .filter(Boolean);
  return (focus && bullets.find((b) => b.includes(focus))) || bullets[0] || text;
}

/** Cuts after the strongest clause break that keeps the first `keep` characters. */
function shortenAtClause(text: string, max: number, keep: number): string {
  if (text.length <= max) return text;
  const window = text.slice(0, max);
  const minimum = Math.max(Math.floor(max * 0.4), keep);
  for (const marker of CLAUSE_BREAKS) {
    const at = window.lastIndexOf(marker);
    if (at >= minimum) return `${trimTrailing(window.slice(0, at))}…`;
  }
  const space = window.lastIndexOf(' ');
  if (space > minimum) return `${trimTrailing(window.slice(0, space))}…`;
  // The words to keep reach the limit: cut at the first space after them rather than mid-word.
  const after = text.indexOf(' ', keep);
  return after < 0 ? text : `${trimTrailing(text.slice(0, after))}…`;
}

/**
 * Where to start so that the clause holding the focus is shown: at the earliest clause start from
 * which the focus fits in `max`, when what follows is long enough to read on its own; else at the
 * word that leaves `max` characters to the end of the sentence (or of the focus). A tail clause alone
 * ("…passed by parliament this week.", "…following Tuesday's attack.") says nothing of what happened.
 */
function clauseStartBefore(text: string, at: number, focusEnd: number, max: number): number {
  const fitting = clauseStarts(text, at).find((start) => focusEnd - start <= max);
  if (fitting !== undefined && Math.min(text.length - fitting, max) >= max * MIN_SHOWN) return fitting;
  const end = text.length - at <= max ? text.length : focusEnd;
  const space = text.indexOf(' ', end - max);
  return space >= 0 && space < at ? space + 1 : at;
}

/** The share of `max` a shortened sentence shows at least when it starts at a clause. */
const MIN_SHOWN = 0.5;

/** The starts of the clauses that open before `at`, earliest first. */
function clauseStarts(text: string, at: number): number[] {
  const starts: number[] = [];
  for (const marker of CLAUSE_BREAKS)
    for (let found = text.indexOf(marker); found >= 0 && found < at; found = text.indexOf(marker, found + 1))
      if (found + marker.length <= at) starts.push(found + marker.length);
  return starts.sort((a, b) => a - b);
}

function trimTrailing(text: string): string {
  return text.replace(/[\s,;:–—-]+$/u, '');
}
