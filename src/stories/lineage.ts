// Who copied whom inside a story. Copies and rewrites found by dedup point from the earlier article
// to the later one; a wire credit in the text ("(Reuters)", "(AFP)", "told Anadolu Agency") makes an
// article an echo of the credited outlet's own report, or of the first article carrying that credit.
import { hashString } from '../dedup/hash.js';
import { JOINED, type WordHashes } from '../dedup/tokens.js';
import type { Duplicate, LineageLink } from '../types.js';

export interface Member {
  id: string;
  outlet: string | null;
  /** Wire services the article credits (normalised names). */
  credits: string[];
  /** The article's day number (see Clusterer), for the same desk's other reports that day; absent in older states. */
  day?: number | null;
}

const AGENCY =
  'Reuters|AFP|Agence France-Presse|AP|Associated Press|Anadolu(?: Agency)?|TASS|RIA Novosti|Interfax|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|UPI|Bloomberg|APA|Trend|Armenpress|ANI|PTI';
/**
 * Words before a credited agency: "told Reuters", "a report by the AP", "(Source: AFP)", and a
 * rewrite's closing "With Reuters" or "With information from Reuters" (or "in an interview with AFP", a
 * credit as much as "told AFP").
 */
const CREDIT_BEFORE =
  'told|according to|reported by|cited by|quoted by|report by|source:|with|(?:information|reporting|material|inputs?) from';
/** Words after it: "Reuters reported", "Reuters wrote", "Reuters contributed to this report". */
const CREDIT_AFTER = 'reported|said|quoted|wrote|contributed';
const CREDIT_PATTERNS = [
  new RegExp(`\\((${AGENCY})\\)`, 'g'),
  new RegExp(`\\b(?:${CREDIT_BEFORE})\\s+(?:the\\s+)?(${AGENCY})(?:\\s+news agency)?\\b`, 'gi'),
  new RegExp(`\\b(${AGENCY})\\s+(?:news agency\\s+)?(?:${CREDIT_AFTER})\\b`, 'g'),
];

/** The first word of each agency's name: every credit pattern contains one as a whole word. */
const FIRST_WORDS = AGENCY.split('|').map((name) => name.split(/[\s(]/)[0]!);

/** Texts naming no agency, most of them, are passed over in one quick search. */
const ANY_AGENCY = new RegExp(`\\b(?:${FIRST_WORDS.join('|')})\\b`, 'i');

/**
 * The credit patterns anchored where an agency's name starts, for texts whose words say where
 * that can be (see agencyWordStarts): each matches there exactly when its global pattern above has
 * a match whose name starts there. The second looks back for its "told"; the first takes the "("
 * before the name (CREDIT_OFFSET).
 */
const CREDIT_AT = [
  new RegExp(`\\((${AGENCY})\\)`, 'y'),
  new RegExp(`(?<=\\b(?:${CREDIT_BEFORE})\\s+(?:the\\s+)?)(${AGENCY})(?:\\s+news agency)?\\b`, 'iy'),
  new RegExp(`\\b(${AGENCY})\\s+(?:news agency\\s+)?(?:${CREDIT_AFTER})\\b`, 'y'),
];
const CREDIT_OFFSET = [-1, 0, 0];

/** The first words in lower case, hashed as the word scanner hashes words (hashString). */
const FIRST_WORD_HASHES = new Set(FIRST_WORDS.map((word) => hashString(word.toLowerCase())));
/** A flag per value of a hash's low 12 bits: most words are ruled out by this one look-up. */
const HASH_FILTER = new Uint8Array(4096);
for (const hash of FIRST_WORD_HASHES) HASH_FILTER[hash & 4095] = 1;

/** Normalised name of a wire service, so "Associated Press" and "AP" meet. */
export function agencyName(name: string): string {
  const lower = name.toLowerCase().replace(/\s+agency$/, '');
  if (lower === 'agence france-presse') return 'afp';
  if (lower === 'associated press') return 'ap';
  return lower;
}

/**
 * Other outlets, by the names they go by, that an article's text credits as its source: "…, the
 * Daily Monitor reported", "according to the Monitor Online", "told Dawn". A paper that retells
 * another paper's report names it so, as it names a wire. Returns their agencyName forms.
 */
export function outletCredits(text: string, outlet: string | null, others: Iterable<string>): string[] {
  const out: string[] = [];
  for (const other of others) {
    // The name is made only for an outlet the text names at all (seldom): the tests are independent.
    if (other === outlet || other.length < 3 || !text.includes(other)) continue;
    const name = agencyName(other);
    if (!out.includes(name) && outletCreditPattern(other).test(text)) out.push(name);
  }
  return out;
}

const outletPatterns = new Map<string, RegExp>();

function outletCreditPattern(outlet: string): RegExp {
  let pattern = outletPatterns.get(outlet);
  if (!pattern) {
    const name = outlet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    pattern = new RegExp(
      `\\b(?:${CREDIT_BEFORE})\\s+(?:the\\s+)?${name}\\b|\\b${name}\\s+(?:news agency\\s+)?(?:${CREDIT_AFTER})\\b`,
      'i',
    );
    outletPatterns.set(outlet, pattern);
  }
  return pattern;
}

/**
 * Wire services an article's text credits, other than its own outlet. `words`: the text's words as
 * dedup scanned them (DedupIndex.words); they tell where an agency can be named, and the patterns
 * are then tried there only rather than run over the whole text. The result is the same without.
 */
export function wireCredits(text: string, outlet: string | null, words?: WordHashes): string[] {
  const starts = words ? agencyWordStarts(words) : null;
  if (starts ? starts.length === 0 : !ANY_AGENCY.test(text)) return [];
  const own = outlet ? agencyName(outlet) : '';
  const found = new Set<string>();
  for (let p = 0; p < CREDIT_PATTERNS.length; p++) {
    if (starts)
      for (const start of starts) {
        const anchored = CREDIT_AT[p]!;
        anchored.lastIndex = start + CREDIT_OFFSET[p]!;
        const match = anchored.lastIndex >= 0 ? anchored.exec(text) : null;
        if (match) addCredit(found, match[1]!, own);
      }
    else for (const match of text.matchAll(CREDIT_PATTERNS[p]!)) addCredit(found, match[1]!, own);
  }
  return [...found];
}

function addCredit(found: Set<string>, name: string, own: string): void {
  const credit = agencyName(name);
  if (credit !== own) found.add(credit);
}

/** Reused by agencyWordStarts (most texts name no agency: nothing is allocated for them). */
const scratchStarts: number[] = [];

/**
 * Where the words that can begin an agency's name start, in text order, or null when the words
 * cannot tell: a name next to a letter beyond ASCII ("éAP"), or inside a word joined across an
 * apostrophe ("l'AP"), is a whole word to the patterns' \b but not to the scanner.
 */
function agencyWordStarts(words: WordHashes): number[] | null {
  if (words.wide) return null;
  const out = scratchStarts;
  out.length = 0;
  const { hashes, flags, starts } = words;
  for (let i = 0; i < words.count; i++) {
    const hash = hashes[i]!;
    if (HASH_FILTER[hash & 4095] === 1 && FIRST_WORD_HASHES.has(hash)) out.push(starts[i]!);
    else if (flags[i]! & JOINED && joinsFirstWord(words, i)) return null;
  }
  return out;
}

/** Whether one of the parts of word i between its apostrophes is the first word of an agency's name. */
function joinsFirstWord(words: WordHashes, i: number): boolean {
  const { codes, codeStarts } = words;
  const end = codeStarts[i + 1]!;
  let hash = hashString('');
  for (let c = codeStarts[i]!; c <= end; c++) {
    if (c < end && codes[c] !== APOSTROPHE_CODE) hash = Math.imul(hash ^ codes[c]!, 0x01000193);
    else {
      if (FIRST_WORD_HASHES.has(hash >>> 0)) return true;
      hash = hashString('');
    }
  }
  return false;
}

const APOSTROPHE_CODE = 39;

/** `members` in arrival order; `duplicates` restricted to pairs inside the story. */
export function storyLineage(members: Member[], duplicates: Duplicate[]): LineageLink[] {
  const links: LineageLink[] = [];
  const isCopy = new Set<string>();
  const order = new Map(members.map((member, index) => [member.id, index]));
  for (const pair of duplicates) {
    const [origin, copy] =
      (order.get(pair.a) ?? 0) <= (order.get(pair.b) ?? 0) ? [pair.a, pair.b] : [pair.b, pair.a];
    if (isCopy.has(copy)) continue; // one origin per copy: the earliest pair found
    links.push({ origin, copy, relation: pair.relation });
    isCopy.add(copy);
  }
  for (const member of members) {
    if (isCopy.has(member.id)) continue;
    const origin = creditedOrigin(member, members);
    if (!origin) continue;
    links.push({ origin, copy: member.id, relation: 'wire-credit' });
    isCopy.add(member.id);
  }
  return links;
}

/** The credited outlet's own article in the story, else the first article carrying the same credit. */
function creditedOrigin(member: Member, members: Member[]): string | null {
  for (const credit of member.credits) {
    const own = members.find(
      (other) => other.outlet && agencyName(other.outlet) === credit && other.id !== member.id,
    );
    if (own) return own.id;
    const first = members.find((other) => other.credits.includes(credit));
    if (first && first.id !== member.id) return first.id;
  }
  return null;
}
