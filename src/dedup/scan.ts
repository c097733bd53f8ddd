// One fast pass over a text that yields everything dedup and the story features need: lower-case
// words with their offsets, where sentences start, and which words are capitalised. A hand-written
// scanner rather than Unicode regexes because this runs on every article of a stream (tens of
// thousands per second); it is not linguistic tokenisation (that is extract/annotate.ts).

/**
 * Abbreviations, in lower case, after which a full stop ends no sentence when written with a capital
 * ("St. Lucie", "Gov. DeSantis", "Sept. 5"); the scanners read an initial ("John F. Kennedy") so too.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set(
  'mr mrs ms dr prof gen lt col sgt capt gov sen rep st jr sr mt no vs etc jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

export interface Scan {
  /** Lower-case words, diacritics folded; "100,000" → "100000", "Aliyev's" → "aliyev". */
  words: string[];
  starts: number[];
  ends: number[];
  /** Index in `words` of the first word of each sentence. */
  sentenceStarts: number[];
  /** 1 where the word is written with a capital letter. */
  capitalised: Uint8Array;
}

/** Letters and digits: ASCII ones, and any code point outside the punctuation and symbol blocks. */
function isWordCode(code: number): boolean {
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  if (code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false; // punctuation, symbols, arrows, dashes, quotes
  if (code >= 0x3000 && code <= 0x303f) return false;
  return code < 0xd800 || code > 0xdfff ? code < 0xfe00 : true;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isApostrophe = (code: number) => code === 39 || code === 0x2019;
const isUpper = (text: string, i: number) => {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text[i]!;
  return char !== char.toLowerCase();
};

export function scanText(text: string): Scan {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const sentenceStarts: number[] = [];
  const capitals: number[] = [];
  let pendingBreak = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (!isWordCode(code)) {
      i++;
      continue;
    }
    const start = i;
    let end = wordEnd(text, i);
    // Possessive "'s" is not part of the name.
    if (end - start > 2 && isApostrophe(text.charCodeAt(end - 2)) && (text.charCodeAt(end - 1) | 32) === 115)
      end -= 2;
    if (
      pendingBreak ||
      (sentenceBreakBefore(text, ends[ends.length - 1] ?? 0, start) &&
        !afterAbbreviation(text, words, capitals, ends, start))
    )
      sentenceStarts.push(words.length);
    pendingBreak = false;
    words.push(normalizeWord(text.slice(start, end)));
    starts.push(start);
    ends.push(end);
    capitals.push(isUpper(text, start) ? 1 : 0);
    i = wordEnd(text, start);
  }
  return { words, starts, ends, sentenceStarts, capitalised: Uint8Array.from(capitals) };
}

/** End of the word starting at i: letters and digits, joined by an apostrophe or a digit separator. */
function wordEnd(text: string, i: number): number {
  const n = text.length;
  let j = i;
  while (j < n) {
    const code = text.charCodeAt(j);
    if (isWordCode(code)) {
      j++;
      continue;
    }
    const next = j + 1 < n ? text.charCodeAt(j + 1) : 0;
    const joins =
      (isApostrophe(code) && isWordCode(next) && !isDigit(next)) ||
      ((code === 44 || code === 46) && isDigit(next) && j > i && isDigit(text.charCodeAt(j - 1)));
    if (!joins) break;
    j += 2;
  }
  return j;
}

function normalizeWord(raw: string): string {
  let word = raw.toLowerCase();
  if (/[^\x00-\x7f]/.test(word))
    word = word
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .replace(/\u2019/g, "'");
  if (isDigit(word.charCodeAt(0))) word = word.replace(/[.,]/g, '');
  return word;
}

/** Between two words: a paragraph break, or . ! ? followed by a capital, a digit or an opening quote. */
function sentenceBreakBefore(text: string, from: number, to: number): boolean {
  let sawStop = false;
  let newlines = 0;
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (code === 10) newlines++;
    else if (code === 46 || code === 33 || code === 63) sawStop = true;
  }
  if (newlines >= 2) return true;
  if (!sawStop) return false;
  const stop = Math.max(text.lastIndexOf('.', to), text.lastIndexOf('!', to), text.lastIndexOf('?', to));
  return (
    stop >= from && /\s/.test(text.slice(stop, to)) && (isUpper(text, to) || isDigit(text.charCodeAt(to)))
  );
}

/**
 * Whether the last word read is an abbreviation or an initial ending at a full stop, with only
 * whitespace after it up to `next` ("St. Lucie", "Gov. DeSantis"): no sentence break, as in tokens.ts.
 */
function afterAbbreviation(
  text: string,
  words: string[],
  capitals: number[],
  ends: number[],
  next: number,
): boolean {
  const k = words.length - 1;
  const word = words[k];
  if (word === undefined || capitals[k] !== 1 || word.length > 4) return false;
  if (word.length > 1 ? !ABBREVIATIONS.has(word) : word === 'x') return false;
  const stop = ends[k]!;
  return text[stop] === '.' && /^[ \t]*\n?[ \t]*$/.test(text.slice(stop + 1, next));
}

/** [first word, end word) of each sentence. */
export function sentenceRanges(scan: Scan): [number, number][] {
  return scan.sentenceStarts.map((from, i) => [from, scan.sentenceStarts[i + 1] ?? scan.words.length]);
}
