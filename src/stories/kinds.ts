// Kinds of report that are stories of their own, however much of the event's wording they repeat:
// how markets took an event ("Won slumps to two-year low after martial law", "Insurers put losses at
// $15 billion"), which analysts file under the economy, and a claim of responsibility for an attack
// ("Islamic State claims responsibility for Kerman bombings"), a statement of its own with its own
// follow-ups (the claim's video, doubts about it); another party's reaction to an event ("EU
// welcomes …", "Turkey condemns …"), a statement of its own; and a pledge of money or help ("Railways
// announces Rs 10 lakh ex gratia …"), which analysts file apart from the event it answers.
import { HarmTerms } from './causes.js';
import { stemTerm } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/** Words of trading and finance that a market report's title uses anywhere. */
const FINANCE_WORDS = [
  'shares',
  'stocks',
  'stock',
  'investors',
  'insurers',
  'traders',
  'trading',
  'liquidity',
  'currency',
  'bonds',
  'kospi',
  'nikkei',
  'sensex',
  'ftse',
  'dax',
  'bourse',
  'brent',
  'wti',
  'futures',
];

/** Currencies, which head a market report's title ("Won slumps…", "Lira hits record low"). */
const CURRENCIES = [
  'won',
  'yen',
  'yuan',
  'rupee',
  'lira',
  'peso',
  'rouble',
  'ruble',
  'dollar',
  'euro',
  'sterling',
  'naira',
  'rand',
  'shilling',
  'dram',
  'manat',
  'hryvnia',
  'taka',
  'ringgit',
  'baht',
  'rupiah',
];

/**
 * Goods whose price a market report's title opens with, then how it moved ("Oil jumps as …",
 * "Wheat prices slide after …"): the report is about the market, whatever event moved it.
 */
const COMMODITIES = ['oil', 'crude', 'gas', 'gold', 'wheat', 'grain', 'copper', 'coffee', 'cocoa', 'sugar'];
const PRICE_MOVES = [
  'jumps',
  'rises',
  'climbs',
  'surges',
  'soars',
  'gains',
  'spikes',
  'falls',
  'drops',
  'slips',
  'slides',
  'tumbles',
  'plunges',
  'dips',
  'eases',
  'steadies',
];

/**
 * Words after "claims" that make it a claim of responsibility (the claim's object, or its word). Not
 * "killing": its stem is "killed"'s, and "claims 20 soldiers killed" is a claim of a toll, the
 * attackers' account of the event.
 */
const CLAIMED = [
  'responsibility',
  'credit',
  'attack',
  'attacks',
  'bombing',
  'bombings',
  'blast',
  'blasts',
  'shooting',
  'massacre',
];

/**
 * Reactions that are threats ("Iran threatens to block the route", "Rebels vow to hit back"): by a
 * third party a report of their own, by a party to the event part of it (see Clusterer.partyReacts).
 */
const THREATENING = ['threatens', 'vows'];
/** Verbs of grief: a place that mourns its dead is the event's own party (see Clusterer.partyReacts). */
const MOURNING = ['mourns', 'grieves'];

/**
 * Verbs by which a title reports a reaction to an event rather than the event: "EU welcomes Armenia's
 * ratification", "Turkey condemns the attack". Read only among a title's first words, where its
 * subject's verb stands ("Thousands rally, condemn …" is a protest).
 */
const REACTING = [
  'welcomes',
  'condemns',
  'praises',
  'hails',
  'denounces',
  'deplores',
  'applauds',
  'recognises',
  'recognizes',
  'congratulates',
  'condolences',
  ...MOURNING,
  ...THREATENING,
];

/**
 * Verbs by which one party blames another ("Hezbollah blames Israel for pager blasts", "France accuses
 * Azerbaijan of stoking unrest"): a statement of its own, unless the title reports the harm itself
 * ("Ukraine blames Russia for deadly strike on Dnipro" heads the report of the strike).
 */
const BLAMING = ['accuse', 'accuses', 'blames', 'blame'];
/** How many of a title's first terms may hold the reacting verb (a subject of up to three names). */
const REACTION_WITHIN = 4;

/** Verbs of giving by which a title announces a pledge ("EU pledges €5m", "Japan to provide aid"). */
const GIVING = [
  'pledges',
  'pledge',
  'announces',
  'provide',
  'provides',
  'gives',
  'offers',
  'approves',
  'allocates',
  'donates',
  'grants',
  'earmarks',
  'releases',
  'sends',
];
/** Past participles of giving after what is given ("aid announced", "funds pledged"). */
const GIVEN_BY = [
  'announced',
  'pledged',
  'promised',
  'approved',
  'allocated',
  'donated',
  'granted',
  'earmarked',
  'released',
  'sent',
  'offered',
];
/**
 * What a pledge gives: money or help ("Rs 10 lakh", "$2 million in aid", "ex gratia"), arms among it
 * ("France to provide military equipment to Armenia" is a pledge, not the summit it is argued over).
 */
const GIVEN = [
  'aid',
  'equipment',
  'weapons',
  'arms',
  'ammunition',
  'help',
  'assistance',
  'supplies',
  'goods',
  'relief',
  'compensation',
  'gratia',
  'funds',
  'funding',
  'loan',
  'grant',
  'million',
  'billion',
  'lakh',
  'crore',
  'euros',
  'dollars',
  'pounds',
  'francs',
  'yen',
  'rs',
];

export type ReportKind = 'event' | 'markets' | 'claim' | 'reaction' | 'pledge';

/** The kind of report a title heads, read from its terms (ids of one Vocabulary, in title order). */
export class ReportKinds {
  private readonly finance = new Set<number>();
  private readonly currencies = new Set<number>();
  private readonly claimed = new Set<number>();
  private readonly reacting = new Set<number>();
  private readonly blaming = new Set<number>();
  private readonly harm: HarmTerms;
  private readonly threatening = new Set<number>();
  private readonly mourning = new Set<number>();
  private readonly giving = new Set<number>();
  private readonly given = new Set<number>();
  private readonly givenBy = new Set<number>();
  private readonly commodities = new Set<number>();
  private readonly priceMoves = new Set<number>();
  private readonly claim: number;
  private readonly behind: number;
  private readonly prices: number;

  constructor(private readonly vocabulary: Vocabulary) {
    for (const word of FINANCE_WORDS) this.finance.add(vocabulary.intern(stemTerm(word)));
    for (const word of CURRENCIES) this.currencies.add(vocabulary.intern(stemTerm(word)));
    for (const word of CLAIMED) this.claimed.add(vocabulary.intern(stemTerm(word)));
    for (const word of REACTING) this.reacting.add(vocabulary.intern(stemTerm(word)));
    for (const word of BLAMING) this.blaming.add(vocabulary.intern(stemTerm(word)));
    this.harm = new HarmTerms(vocabulary);
    for (const word of THREATENING) this.threatening.add(vocabulary.intern(stemTerm(word)));
    for (const word of MOURNING) this.mourning.add(vocabulary.intern(stemTerm(word)));
    for (const word of GIVING) this.giving.add(vocabulary.intern(stemTerm(word)));
    for (const word of GIVEN) this.given.add(vocabulary.intern(stemTerm(word)));
    for (const word of GIVEN_BY) this.givenBy.add(vocabulary.intern(stemTerm(word)));
    for (const word of COMMODITIES) this.commodities.add(vocabulary.intern(stemTerm(word)));
    for (const word of PRICE_MOVES) this.priceMoves.add(vocabulary.intern(stemTerm(word)));
    this.prices = vocabulary.intern(stemTerm('prices'));
    this.claim = vocabulary.intern(stemTerm('claims'));
    this.behind = vocabulary.intern('behind');
  }

  kindOf(titleTerms: readonly number[]): ReportKind {
    if (titleTerms.length > 0 && this.currencies.has(titleTerms[0]!)) return 'markets';
    if (this.pricedGood(titleTerms)) return 'markets';
    for (let i = 0; i < titleTerms.length; i++) {
      const id = titleTerms[i]!;
      if (this.finance.has(id)) return 'markets';
      // "claims responsibility", "claims Moscow concert attack", "says it was behind the bombings".
      if (id === this.claim || id === this.behind)
        for (let k = i + 1; k < Math.min(titleTerms.length, i + 4); k++)
          if (this.claimed.has(titleTerms[k]!)) return 'claim';
    }
    for (let i = 1; i < Math.min(titleTerms.length, REACTION_WITHIN); i++) {
      if (this.reacting.has(titleTerms[i]!)) return 'reaction';
      if (this.blaming.has(titleTerms[i]!) && !this.harm.reportsHarm(titleTerms)) return 'reaction';
    }
    return this.pledges(titleTerms) ? 'pledge' : 'event';
  }

  /** A good, "prices" perhaps, then a move of its price: "Oil jumps …", "Gas prices ease …". */
  private pricedGood(titleTerms: readonly number[]): boolean {
    if (titleTerms.length < 2 || !this.commodities.has(titleTerms[0]!)) return false;
    const verb = titleTerms[1] === this.prices ? 2 : 1;
    return verb < titleTerms.length && this.priceMoves.has(titleTerms[verb]!);
  }

  /** Whether a reaction's verb is one of mourning ("Kosovo mourns …"; see Clusterer.partyReacts). */
  isMourning(titleTerms: readonly number[]): boolean {
    for (let i = 1; i < Math.min(titleTerms.length, REACTION_WITHIN); i++)
      if (this.reacting.has(titleTerms[i]!)) return this.mourning.has(titleTerms[i]!);
    return false;
  }

  /** Whether a reaction's verb is a threat ("threatens", "vows"). */
  isThreat(titleTerms: readonly number[]): boolean {
    for (let i = 1; i < Math.min(titleTerms.length, REACTION_WITHIN); i++)
      if (this.reacting.has(titleTerms[i]!)) return this.threatening.has(titleTerms[i]!);
    return false;
  }

  /**
   * Who reacts or gives, for a reaction or a pledge: the title's terms before its verb ("Georgia" in
   * "Georgia welcomes …", "kremlin russia" in "Kremlin says Russia welcomes …"); none for other kinds,
   * nor for a pledge told in the passive. Two parties' reactions to one event are two reports.
   */
  actorOf(titleTerms: readonly number[]): readonly number[] {
    const verbs = [this.reacting, this.blaming, this.giving];
    for (let i = 1; i < Math.min(titleTerms.length, REACTION_WITHIN); i++)
      if (verbs.some((verb) => verb.has(titleTerms[i]!))) return titleTerms.slice(0, i);
    return [];
  }

  /**
   * A verb of giving among the first words, then money or help after it ("Railways announces Rs 10
   * lakh …"); or money or help given in the passive ("$40 million of emergency aid announced for …").
   */
  private pledges(titleTerms: readonly number[]): boolean {
    for (let i = 1; i < Math.min(titleTerms.length, REACTION_WITHIN); i++) {
      if (!this.giving.has(titleTerms[i]!)) continue;
      for (let k = i + 1; k < Math.min(titleTerms.length, i + 6); k++) {
        const term = this.vocabulary.term(titleTerms[k]!);
        if (this.given.has(titleTerms[k]!) || /^[\d.]+(?:m|bn|k)$/.test(term)) return true;
      }
    }
    for (let k = 1; k < titleTerms.length; k++)
      if (this.given.has(titleTerms[k - 1]!) && this.givenBy.has(titleTerms[k]!)) return true;
    return false;
  }
}
