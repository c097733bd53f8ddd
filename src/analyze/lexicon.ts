// The built-in framing lexicon: contested concepts and the competing terms outlets use for them. It
// was drawn up on the Karabakh exodus; concept names stay general because the terms (exodus,
// evacuation, separatists, offensive) turn up in every crisis. `--lexicon` adds a crisis's own.
// Variants are regular expressions matched case-insensitively on word boundaries; they spell out
// inflections ("seize", "seized", "seizing") so that one term counts all its forms.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SitrepError } from '../util/errors.js';

export interface FramingConcept {
  concept: string;
  /** term → variants (plain words or regular expressions). */
  terms: Record<string, string[]>;
  /**
   * 'place': the terms count only in a sentence that names a place or a territory, or control or
   * power ("seized the city", "retook Lyman", "seized control"): police seize cash and drugs too.
   */
  about?: 'place';
}

export type FramingLexicon = FramingConcept[];

export const BUILTIN_LEXICON: FramingLexicon = [
  {
    concept: 'the regional capital',
    terms: { Stepanakert: ['stepanakert'], Khankendi: ['khankendi', 'xank[əa]ndi'] },
  },
  {
    concept: 'people leaving the region',
    terms: {
      'ethnic cleansing': ['ethnic(?:ally)? cleans(?:e|ed|es|ing)'],
      'forced displacement': ['forc(?:ed|ibly) displace(?:d|ment|ments)?', 'forcibly displaced'],
      exodus: ['exodus'],
      'left voluntarily': ['(?:left|leav(?:e|es|ing)) voluntarily', 'voluntarily (?:left|leav(?:e|es|ing))'],
      evacuation: ['evacuat(?:e|ed|es|ing|ion|ions)'],
    },
  },
  {
    concept: 'the breakaway authorities',
    terms: {
      separatists: ['separatists?'],
      'ethnic Armenian authorities': [
        'ethnic[- ]Armenian (?:authorities|leaders(?:hip)?|officials|government)',
      ],
      'illegal Armenian occupation': [
        'illegal Armenian (?:occupation|regime|formations?|armed (?:groups?|formations?))',
        'Armenian occupation',
      ],
    },
  },
  {
    concept: 'the military operation',
    terms: {
      offensive: ['offensives?'],
      // Not an illness ("a heart attack") nor crews attacking a fire ("attack the flames").
      attack: [
        '(?<!(?:heart|panic|asthma|anxiety)\\s)attack(?:s|ed|ing)?(?!\\s+(?:the\\s+)?(?:flames?|fires?|blazes?|wildfires?|hotspots?)\\b)',
      ],
      // The plain military word, beside which "attack" and "offensive" read as a side's: not a
      // strike by workers ("on strike on Monday", "a hunger strike against").
      strikes: [
        '(?:air|missile|drone|rocket)[ -]?strikes?',
        'airstrikes?',
        "(?<!(?:on|hunger|general|national|nationwide|workers'?)\\s)strikes?(?=\\s+(?:on|against)\\s)",
      ],
      'anti-terror measures': ['anti-?terror(?:ism|ist)? (?:measures?|activit(?:y|ies)|operations?)'],
      'counterterrorism operation': [
        'counter-?terror(?:ism|ist)? (?:operations?|measures?|activit(?:y|ies))',
      ],
    },
  },
  {
    // Each side of a war names the other's strikes aggression or provocation and its own self-defence
    // or retaliation: which words an outlet uses in its own voice shows whose account it follows.
    concept: 'blame for the fighting',
    terms: {
      aggression: ['aggression', 'aggressor'],
      provocation: ['provocations?'],
      invasion: ['invasions?', 'invad(?:e|ed|es|ing)'],
      incursion: ['incursions?'],
      // Not Japan's army, the Self-Defense Forces.
      'self-defence': ['self-defen[cs]e(?!\\s+forces?\\b)'],
      retaliation: ['retaliat(?:e|ed|es|ing|ion|ory)'],
    },
  },
  {
    concept: 'armed groups',
    terms: {
      // "a terrorist attack" names the act, not the group that did it.
      terrorists: [
        'terrorists?(?!\\s+(?:attacks?|acts?|bombings?|threats?|plots?|incidents?|crimes?|offen[cs]es?|activit(?:y|ies)|financing))',
      ],
      militants: ['militants?'],
      rebels: ['rebels?'],
      insurgents: ['insurgents?'],
      fighters: ['fighters'],
    },
  },
  {
    concept: 'the change of control',
    about: 'place',
    terms: {
      seized: ['seiz(?:e|ed|es|ing)'],
      regained: ['regain(?:s|ed|ing)?'],
      // Not the name of a group ("the Baloch Liberation Army", "a liberation front").
      liberated: [
        'liberat(?:e|ed|es|ing|ion)(?!\\s+(?:army|front|movement|tigers|organi[sz]ation|party)\\b)',
      ],
      retook: ['retake', 'retakes', 'retook', 'retaken', 'retaking'],
    },
  },
];

const lexiconSchema = z.array(
  z.object({
    concept: z.string().min(1),
    terms: z.record(z.string(), z.array(z.string().min(1)).min(1)),
    about: z.literal('place').optional(),
  }),
);

/** Reads a user lexicon (JSON `[{concept, terms: {term: [variants]}}]`) and adds it to the built-in one. */
export function loadLexicon(path: string): FramingLexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new SitrepError(`${path}: cannot read lexicon: ${reason}`, 'E_BAD_ARGUMENT');
  }
  const parsed = lexiconSchema.safeParse(raw);
  if (!parsed.success) {
    throw new SitrepError(
      `${path}: lexicon must be [{concept, terms: {term: [variants]}}]`,
      'E_BAD_ARGUMENT',
    );
  }
  for (const concept of parsed.data) {
    for (const variants of Object.values(concept.terms)) {
      for (const variant of variants) compileVariant(variant, path);
    }
  }
  return mergeLexicons(BUILTIN_LEXICON, parsed.data);
}

/** A user's concept with a built-in name extends that concept's terms; new concepts are appended. */
export function mergeLexicons(base: FramingLexicon, extra: FramingLexicon): FramingLexicon {
  const merged = base.map((c) => ({ ...c, terms: { ...c.terms } }));
  for (const concept of extra) {
    const existing = merged.find((c) => c.concept.toLowerCase() === concept.concept.toLowerCase());
    if (existing) {
      for (const [term, variants] of Object.entries(concept.terms)) {
        existing.terms[term] = [...(existing.terms[term] ?? []), ...variants];
      }
    } else merged.push({ ...concept, terms: { ...concept.terms } });
  }
  return merged;
}

/** A variant as a case-insensitive, Unicode, word-bounded pattern. */
export function compileVariant(variant: string, origin = 'lexicon'): RegExp {
  try {
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${variant})(?![\\p{L}\\p{N}])`, 'giu');
  } catch {
    throw new SitrepError(`${origin}: bad pattern in lexicon: ${variant}`, 'E_BAD_ARGUMENT');
  }
}
