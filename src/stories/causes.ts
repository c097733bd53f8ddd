// What caused the deaths or damage a report heads with, by class (an earthquake, a flood, a blast…):
// two reports of one toll name the same cause, and two tolls of one country on one day with
// different causes are two events however close their numbers.

import { stemTerm } from './terms.js';
import type { Vocabulary } from './vocabulary.js';

/** Words for each class of cause (as a headline or lead would write them). */
const CAUSE_WORDS: readonly (readonly string[])[] = [
  ['earthquake', 'earthquakes', 'quake', 'quakes', 'aftershock', 'aftershocks', 'tremor', 'tremors'],
  ['flood', 'floods', 'flooding', 'floodwater', 'floodwaters', 'deluge', 'downpour', 'rains'],
  ['storm', 'storms', 'hurricane', 'cyclone', 'typhoon', 'tornado', 'tornadoes'],
  ['fire', 'fires', 'wildfire', 'wildfires', 'blaze', 'blazes'],
  ['landslide', 'landslides', 'mudslide', 'mudslides'],
  ['blast', 'blasts', 'explosion', 'explosions', 'bombing', 'bombings'],
  ['airstrike', 'airstrikes', 'missile', 'missiles', 'shelling', 'drone', 'drones'],
  ['shooting', 'shootings', 'gunman', 'gunmen'],
  ['crash', 'collision', 'derailment'],
  ['outbreak', 'epidemic', 'cholera'],
];

/** The classes of cause a table of terms names, as a bit mask, looked up by the vocabulary's ids. */
export class CauseTerms {
  private readonly classOf = new Map<number, number>();

  constructor(vocabulary: Vocabulary) {
    CAUSE_WORDS.forEach((words, index) => {
      for (const word of words) this.classOf.set(vocabulary.intern(stemTerm(word)), 1 << index);
    });
  }

  /** The classes named by the terms of `table` (a term table or sparse vector: ids and a size). */
  mask(table: { ids: ArrayLike<number>; size: number }): number {
    let mask = 0;
    for (let i = 0; i < table.size; i++) mask |= this.classOf.get(table.ids[i]!) ?? 0;
    return mask;
  }

  /** Whether two masks name causes and none in common. */
  static differ(x: number, y: number): boolean {
    return x !== 0 && y !== 0 && (x & y) === 0;
  }
}
