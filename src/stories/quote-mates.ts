// Quote mates: two reports that print the same run of ten words inside quote marks are telling the
// same statement, however differently they word the rest (a press conference told by the state agency
// under the speaker's words as its title, and by a wire as one paragraph of the day's result). Over the
// eval folders, every pair of articles sharing such a run is in one truth story (195 pairs); shorter
// runs meet by chance ("what happened to the people of El Fasher" in two leaders' speeches).
import { hashString } from '../dedup/hash.js';
import { foldDiacritics } from '../util/text.js';

/** Words in a run: ten words of one person's sentence are not repeated by chance. */
export const RUN_WORDS = 10;

const WORD = /[\p{L}\p{N}]+/gu;
const SECOND_SEED = 0x9747b28c;

/** Hashes (53 bits, two 32-bit hashes combined) of every run of RUN_WORDS words in the quotes. */
export function quoteRuns(quotes: readonly { text: string }[]): number[] {
  const runs: number[] = [];
  for (const quote of quotes) {
    const words = foldDiacritics(quote.text.toLowerCase()).match(WORD);
    if (!words || words.length < RUN_WORDS) continue;
    for (let i = 0; i + RUN_WORDS <= words.length; i++) {
      const run = words.slice(i, i + RUN_WORDS).join(' ');
      runs.push(hashString(run) * 2 ** 21 + (hashString(run, SECOND_SEED) >>> 11));
    }
  }
  return runs;
}

/** Which open story holds the report that printed a quote run (the latest to print it). */
export class QuoteMates {
  private readonly storyOfRun = new Map<number, number>();

  /** The story of the first run that `usable` accepts, or -1. */
  find(runs: readonly number[], usable: (story: number) => boolean): number {
    for (const run of runs) {
      const story = this.storyOfRun.get(run);
      if (story !== undefined && usable(story)) return story;
    }
    return -1;
  }

  keep(story: number, runs: readonly number[]): void {
    for (const run of runs) this.storyOfRun.set(run, story);
  }

  /** Forgets the story's runs (when it closes), unless a later story printed them too. */
  forget(story: number, runs: readonly number[]): void {
    for (const run of runs) if (this.storyOfRun.get(run) === story) this.storyOfRun.delete(run);
  }
}
