// The key of a body for "identical": a hash of the text with whitespace, quote marks, dashes and case
// folded, computed in one loop (it runs on every article) and equal to hashing normalizeForCompare().

const SINGLE_QUOTES = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x60]);
const DOUBLE_QUOTES = new Set([0x201c, 0x201d, 0x201e, 0x201f, 0x2033, 0xab, 0xbb]);

function foldCode(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if (SINGLE_QUOTES.has(code)) return 39;
  if (DOUBLE_QUOTES.has(code)) return 34;
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return 45;
  return text[i]!.toLowerCase().charCodeAt(0);
}

const isSpace = (code: number) =>
  code === 32 ||
  (code >= 9 && code <= 13) ||
  code === 0xa0 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x3000;

/** "h1.h2.length" over the folded text; two 32-bit FNV-1a hashes make accidental equality negligible. */
export function bodyKey(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x1234567;
  let length = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      space = length > 0;
      continue;
    }
    if (space) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x01000193);
      length++;
      space = false;
    }
    const folded = foldCode(text, i);
    h1 = Math.imul(h1 ^ folded, 0x01000193);
    h2 = Math.imul(h2 ^ folded, 0x01000193);
    length++;
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${length}`;
}
