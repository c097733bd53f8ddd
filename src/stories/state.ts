// StoryClusterer state as plain JSON, so the store can persist it between ingests.
import type { Duplicate } from '../types.js';
import type { MemberTerms } from './consolidate.js';
import type { Member } from './lineage.js';

export interface StoredStory {
  id: string;
  members: Member[];
  firstDay: number | null;
  lastDay: number | null;
  first: string | null;
  last: string | null;
  duplicates: Duplicate[];
  /** Sum of the members' unit TF-IDF vectors, pruned to the heaviest terms; null once closed. */
  centroid: [string, number][] | null;
  /** The same over titles and leads. */
  headCentroid: [string, number][] | null;
  /** Names and numbers seen in the members' leads, while open. */
  specificTerms: [string, number][] | null;
  /**
   * The counts of people the members reported, while open, as [kind, value, day, 1 when in an
   * opening sentence else 0] (absent in states saved before they were kept).
   */
  countMentions?: [string, number, number, number][] | null;
  /** Each member's own terms while the story is open (merging re-weighs them with the window's IDF). */
  memberTermLists?: MemberTerms[] | null;
  /** Title terms per member while the story is open (to choose the most central title). */
  titles: string[][] | null;
  headline: string | null;
  /** Sum of the members' day numbers and how many members have a date (their mean places the story in time). */
  daySum?: number;
  dated?: number;
  /** Hashes of the ten-word quote runs its members printed, while open (see quote-mates.ts). */
  quoteRuns?: number[] | null;
  /** Index of the story this one was merged into (it then has no members). */
  mergedInto?: number;
}

export interface ClustererState {
  version: 1;
  openDays: number;
  documents: number;
  latestDay: number | null;
  df: [string, number][];
  /**
   * The days inside the IDF window as [day, documents, [term, count] …], taken back out of df when they
   * leave it (absent in states saved before the window: their counts stay for good).
   */
  dayCounts?: [number, number, [string, number][]][];
  paragraphs: [number, number][];
  /** Document frequencies over the open stories' members (absent in states saved before merging). */
  window?: { documents: number; df: [string, number][] };
  stories: StoredStory[];
  storyOf: [string, number][];
  /** Inverted index: term → recent stories indexed under it. */
  postings: [string, number[]][];
}
