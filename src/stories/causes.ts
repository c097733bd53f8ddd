// What caused the deaths or damage a report heads with, by class (an earthquake, a flood, a blast…):
// two reports of one toll name the same cause, and two tolls of one country on one day with
// different causes are two events however close their numbers.

import { stemTerm } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Words for each class of cause (as a headline or lead would write them), and whether it is a hazard
 * that strikes a place once and is then reported for days (a flood, a quake, a bridge that fell) or
 * one that a war or a crime wave repeats day after day in the same town (a missile, a shooting).
 */
const CAUSES: readonly { words: readonly string[]; once: boolean }[] = [
  {
    words: ['earthquake', 'earthquakes', 'quake', 'quakes', 'aftershock', 'aftershocks', 'tremor', 'tremors'],
    once: true,
  },
  {
    words: ['flood', 'floods', 'flooding', 'floodwater', 'floodwaters', 'deluge', 'downpour', 'rains'],
    once: true,
  },
  { words: ['hurricane', 'cyclone', 'typhoon', 'tornado', 'tornadoes'], once: true },
  { words: ['fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes'], once: true },
  { words: ['landslide', 'landslides', 'mudslide', 'mudslides'], once: true },
  { words: ['blast', 'blasts', 'explosion', 'explosions', 'bombing', 'bombings'], once: false },
  { words: ['airstrike', 'airstrikes', 'missile', 'missiles', 'shelling', 'drone', 'drones'], once: false },
  { words: ['shooting', 'shootings', 'gunman', 'gunmen'], once: false },
  { words: ['crash', 'collision', 'derailment'], once: true },
  { words: ['collapse', 'collapses', 'collapsed'], once: true },
  { words: ['outbreak', 'epidemic', 'cholera'], once: true },
];

const HAZARDS = CAUSES.reduce((mask, cause, index) => (cause.once ? mask | (1 << index) : mask), 0);
/** The causes of war (blasts, strikes, shootings): those that are no hazard. */
const WAR = CAUSES.reduce((mask, cause, index) => (cause.once ? mask : mask | (1 << index)), 0);
/** Fire's class: beside a cause of war it is gunfire or what a strike set alight, no hazard of its own. */
const FIRE = 1 << CAUSES.findIndex((cause) => cause.words.includes('fire'));

/** The classes of cause a table of terms names, as a bit mask, looked up by the vocabulary's ids. */
export class CauseTerms {
  private readonly classOf = new Map<number, number>();

  constructor(vocabulary: Vocabulary) {
    CAUSES.forEach(({ words }, index) => {
      for (const word of words) this.classOf.set(vocabulary.intern(stemTerm(word)), 1 << index);
    });
  }

  /** The classes named by the terms of `table` (a term table or sparse vector: ids and a size). */
  mask(table: { ids: ArrayLike<number>; size: number }): number {
    let mask = 0;
    for (let i = 0; i < table.size; i++) mask |= this.classOf.get(table.ids[i]!) ?? 0;
    return mask;
  }

  has(id: number): boolean {
    return this.classOf.has(id);
  }

  /** The hazards among the classes of a mask (see CAUSES). */
  static hazards(mask: number): number {
    return mask & WAR ? mask & HAZARDS & ~FIRE : mask & HAZARDS;
  }

  /** Whether two masks name causes and none in common. */
  static differ(x: number, y: number): boolean {
    return x !== 0 && y !== 0 && (x & y) === 0;
  }
}

/** Words a title uses for the harm itself: the dead, the missing, the search, the damage. */
const HARM_WORDS = [
  'dead',
  'deaths',
  'death',
  'killed',
  'kills',
  'kill',
  'died',
  'toll',
  'missing',
  'bodies',
  'buried',
  'trapped',
  'injured',
  'wounded',
  'damaged',
  'damage',
  'destroyed',
  'flee',
  'fled',
  'evacuated',
  'evacuate',
  'shelters',
  'survivors',
  'stranded',
  'rescuers',
  'rubble',
  'homeless',
  'deadly',
  'collapses',
  'collapsed',
  'flattened',
  'flattening',
  'casualties',
];
/** Words of a response to the harm by someone else: money, aid, plans (their own stories). */
const RESPONSE_WORDS = [
  'aid',
  'appeal',
  'appeals',
  'rebuild',
  'reconstruction',
  'pledge',
  'pledges',
  'fund',
  'funds',
  'funding',
  'donate',
  'donation',
  'donations',
  'convoy',
  'recover',
  'recovery',
  'loan',
  'insurers',
  'insurance',
  'grant',
  'million',
  'billion',
  'plan',
  'sends',
  'send',
  'help',
  'offers',
  'offer',
  'assistance',
  'condolences',
  'sent',
  'dispatches',
  'airlift',
];

/** Whether a title's terms report the harm an event did, and no response to it. */
export class HarmTerms {
  private readonly harm = new Set<number>();
  private readonly response = new Set<number>();

  constructor(vocabulary: Vocabulary) {
    for (const word of HARM_WORDS) this.harm.add(vocabulary.intern(stemTerm(word)));
    for (const word of RESPONSE_WORDS) this.response.add(vocabulary.intern(stemTerm(word)));
  }

  reportsHarm(titleTerms: readonly number[], causes?: CauseTerms): boolean {
    let harm = false;
    for (const id of titleTerms) {
      if (this.response.has(id)) return false;
      harm ||= this.harm.has(id) || (causes?.has(id) ?? false);
    }
    return harm;
  }
}
