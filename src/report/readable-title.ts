// Titles some exports set in capitals ("RUTO DROPS FINANCE BILL AFTER PROTESTS") shout from every
// heading of a report. The report writes them in sentence case, each word cased as the article's own
// text cases it, so that names and acronyms keep their capitals ("Ruto drops Finance Bill after
// protests"). The stored title is never changed: it is what the source printed.

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const WORD = /[\p{L}\p{N}'’-]+/gu;

/** Whether a title has letters and none of them lower case. */
export function isShouted(title: string): boolean {
  return LETTER.test(title) && !LOWER.test(title) && (title.match(WORD)?.length ?? 0) >= 2;
}

/** A shouted title in sentence case, words cased as the article writes them; other titles as they are. */
export function readableTitle(title: string, text: string): string {
  if (!isShouted(title)) return title;
  const casing = casingInText(text);
  let first = true;
  return title.replace(WORD, (word) => {
    const known = casing.get(word.toLowerCase());
    const lower = word.toLowerCase();
    // A word the text never writes and that has no vowel is an acronym ("KDF", "NHS").
    const cased = known ?? (/^[^aeiouy]+$/i.test(word) && /\p{L}/u.test(word) ? word : lower);
    const result = first && cased === lower ? capitalise(lower) : cased;
    first = false;
    return result;
  });
}

/**
 * How the text writes each word when a capital cannot come from the start of a sentence: the most
 * frequent form among its occurrences after another word; on a tie the capitalised one ("the High
 * Court … outside the court": a name used once as a name is still a name).
 */
function casingInText(text: string): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const match of text.matchAll(WORD)) {
    const before = text.slice(Math.max(0, match.index - 3), match.index);
    if (match.index === 0 || /[.!?:"“]\s*$|\n\s*$/.test(before)) continue;
    const forms = counts.get(match[0].toLowerCase()) ?? new Map<string, number>();
    forms.set(match[0], (forms.get(match[0]) ?? 0) + 1);
    counts.set(match[0].toLowerCase(), forms);
  }
  const casing = new Map<string, string>();
  for (const [word, forms] of counts)
    casing.set(word, [...forms].sort((a, b) => b[1] - a[1] || capitals(b[0]) - capitals(a[0]))[0]![0]);
  return casing;
}

const capitals = (word: string) => word.replace(/\P{Lu}/gu, '').length;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
