// Who copied whom inside a story. Copies and rewrites found by dedup point from the earlier article
// to the later one; a wire credit in the text ("(Reuters)", "(AFP)", "told Anadolu Agency") makes an
// article an echo of the credited outlet's own report, or of the first article carrying that credit.
import type { Duplicate, LineageLink } from '../types.js';

export interface Member {
  id: string;
  outlet: string | null;
  /** Wire services the article credits (normalised names). */
  credits: string[];
}

const AGENCY =
  'Reuters|AFP|Agence France-Presse|AP|Associated Press|Anadolu(?: Agency)?|TASS|RIA Novosti|Interfax|Xinhua|dpa|EFE|ANSA|Kyodo|Yonhap|UPI|Bloomberg|APA|Trend|Armenpress|ANI|PTI';
const CREDIT_PATTERNS = [
  new RegExp(`\\((${AGENCY})\\)`, 'g'),
  new RegExp(
    `\\b(?:told|according to|reported by|cited by|quoted by)\\s+(?:the\\s+)?(${AGENCY})(?:\\s+news agency)?\\b`,
    'gi',
  ),
  new RegExp(`\\b(${AGENCY})\\s+(?:news agency\\s+)?(?:reported|said|quoted)\\b`, 'g'),
];

/**
 * Every credit pattern contains an agency's first word as a whole word (in any case): texts without
 * one, most of them, are passed over in one quick search.
 */
const ANY_AGENCY = new RegExp(
  `\\b(?:${AGENCY.split('|')
    .map((name) => name.split(/[\s(]/)[0])
    .join('|')})\\b`,
  'i',
);

/** Normalised name of a wire service, so "Associated Press" and "AP" meet. */
export function agencyName(name: string): string {
  const lower = name.toLowerCase().replace(/\s+agency$/, '');
  if (lower === 'agence france-presse') return 'afp';
  if (lower === 'associated press') return 'ap';
  return lower;
}

/** Wire services an article's text credits, other than its own outlet. */
export function wireCredits(text: string, outlet: string | null): string[] {
  if (!ANY_AGENCY.test(text)) return [];
  const own = outlet ? agencyName(outlet) : '';
  const found = new Set<string>();
  for (const pattern of CREDIT_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const name = agencyName(match[1]!);
      if (name !== own) found.add(name);
    }
  }
  return [...found];
}

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
