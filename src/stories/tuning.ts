// The knobs of story clustering's scoring (see cluster.ts), chosen on ECB+ topics 1–11 and the
// hand-written digests (see eval/stories.ts); tests and the eval's sweeps vary them.

export interface Tuning {
  /** Score above which an article joins a story of one article. */
  joinThreshold: number;
  /**
   * Score above which an article joins a story of two or more: their centroid spreads over the
   * members' different wordings of the event, so a further report of it lies further from the
   * centroid than from any one of them (chosen on ECB+ topics 1–11 and the hand-written digests).
   */
  groupJoinThreshold: number;
  /**
   * The same for a story whose latest report is of the article's day: on the day of an event its
   * reports come from every side at once (the toll, the scene, the officials' words), each in words
   * of its own. 0.19 against 0.2: the folder mean 0.877 → 0.880 B³ F1 (8 folders up, 4 down), the
   * seven folders written last 0.806 → 0.828, each file alone 0.906 → 0.907; all folders at once
   * 0.839 → 0.834 and the synthetic stream 0.828 → 0.816 (more unrelated reports of one day meet
   * there). Joining across days stays at groupJoinThreshold.
   */
  sameDayGroupJoinThreshold: number;
  /** Share of the score that comes from title and lead alone: they say which event is reported. */
  headShare: number;
  /**
   * Factor applied when an article and a story both name people, places or numbers in their leads but
   * share none of them: two protests in two towns against two ministers are two events, however alike
   * the wording.
   */
  noSharedSpecifics: number;
  /** 'average': mean similarity to the members (average link); 'centroid': cosine with the centroid. */
  link: 'average' | 'centroid';
  /** Extra share of the score per shared lead name or number (up to specificsCap of them). */
  specificsBoost: number;
  specificsCap: number;
  /**
   * Extra share of the score per named entity (from extraction, aliases resolved) that the article
   * shares with the story's core, up to entityCap of them, counting only entities rare in the corpus
   * (in at most entityShare of the articles so far): two reports naming the same rare person or place
   * are likely one event even when their wording differs.
   */
  entityBoost: number;
  entityCap: number;
  /**
   * The similarity (before any boost) below which shared rare names give no entityBoost: two reports
   * that share little wording but name the same people and places are often two events of one
   * crisis (a summit the chancellor attended, the coalition he lost), while reports of one toll
   * that share little wording are kept together by figureBoost, which has no such floor. Undated
   * articles keep the boost at any similarity: without days to tell two events apart (ECB+'s two
   * earthquakes), their names are the best sign of which event a report tells. 0.2: the folder mean
   * 0.872 → 0.876 (17 folders up, 7 down), the 17 folders written last 0.815 → 0.828, all folders
   * at once 0.827 → 0.849, each file alone 0.901 → 0.904; ECB+ and the synthetic stream unchanged.
   * 0.16 moved 7 folders (6 up), 0.25 moved 39 (23 up).
   */
  nameBoostFloor: number;
  entityShare: number;
  /**
   * The same for named days ("1 January 2024"), counted as entities when in at most this share of
   * the articles: a day is seldom named as background, except the day a war began, which most
   * reports name.
   */
  namedDayShare: number;
  /**
   * Extra share of the score when the article's opening sentence reports a count of the same kind,
   * in the same place, as a good part of the story's members do (people killed in Derna, people
   * displaced from a region): reports of one toll written in other words.
   */
  figureBoost: number;
  /**
   * Factor on the score when the article and the story report counts of one kind on one day (people
   * killed, say), one of them in an opening sentence, and no pair of them fits (analyze's fitSameDay:
   * within 2.5 times): 471 killed at a hospital and 3,478 killed in the war so far, reported the same
   * day, are two events' counts however alike the wording of their reports.
   */
  otherCount: number;
  /** Relations that put two articles in one story without looking further. */
  copyRelations: readonly string[];
  /** Added to the score of a story holding a rewrite (or other reported relation) of the article. */
  relationBoost: number;
  /**
   * Two open stories whose average member-to-member similarity (window IDF, see consolidate.ts)
   * reaches this are merged: a second chance for reports that arrived before the article that
   * connects them. Infinity disables merging.
   */
  mergeThreshold: number;
  /** Share of the merge similarity from title and lead (the rest from the whole text). */
  mergeHeadShare: number;
  /** Factor on the merge similarity of two stories whose cores share no name or number. */
  mergeNoSharedSpecifics: number;
  /**
   * Only pairs whose cheap centroid link (vectors frozen at arrival) reaches this share of the merge
   * threshold are scored exactly: keeps merging off the per-article cost.
   */
  mergePrefilter: number;
  /** Share of the score lost per day between the article and the mean day of the story's members. */
  dayPenalty: number;
  /**
   * The same for a developing story: an article that shares with the story's core the count its
   * opening reports (see figureBoost) or a rare name or named day (see entityBoost). Tolls and counts
   * are updated day after day; a report that shares only common names still loses dayPenalty per day
   * (a shared country name is no sign of one story).
   */
  sharedDayPenalty: number;
  /**
   * On the day it is reported, a count the article puts in its title fits a story's count of the same
   * kind within this factor, not just within COUNT_TOLERANCE: sources disagree on a toll ("at least
   * 1,000 dead" against "more than 2,000" on the first day), and a report that heads with its own
   * figure is a report of the same toll. A count in the lead only must agree closely: a reaction
   * that recalls the toll in passing is not a report of it.
   */
  titleCountRatio: number;
  /**
   * A piece from the scene (see scene.ts) that joins no story joins the largest open story it scores
   * at least this with, among those within sceneShare of its best such score: features from the
   * disaster zone belong to the event, however little of its wording they share.
   */
  sceneFloor: number;
  sceneShare: number;
  /**
   * Whether a report of the harm an event did (see HarmTerms: the dead, the missing, the damage) that
   * joins no story goes to the largest open story of the day before or the same day that names the
   * same cause and one of its core names, scoring at least sceneFloor and sceneShare of the best
   * such: a second source's toll or the search for the missing, however differently worded, is
   * the same event, while a pledge or a plan ("to rebuild 50,000 homes") stays a story of its own.
   * Undated articles (ECB+) are left alone: two earthquakes are told apart by their days.
   */
  harmReports: boolean;
  /**
   * Factor on the score of a story that already holds a report by the article's outlet from the same
   * day (a copy joins its original's story regardless): a desk seldom files two reports of one story
   * on one day. Of the 145 pairs of one outlet's same-day reports in the hand-written folders, the
   * truth puts 5 in one story; sitrep had put 11 together. 0.6 took the folder mean 0.875 → 0.877,
   * all folders at once 0.831 → 0.839 and the synthetic stream 0.815 → 0.828 (any value from 0.4 to
   * 0.7 gives the same folders).
   */
  sameDeskSameDay: number;
  /**
   * Factor on the score when the article and the story are reports of different kinds (see
   * kinds.ts): the won's fall is filed apart from the decree, a claim of responsibility apart from
   * the bombing.
   */
  otherKind: number;
}

export const DEFAULT_TUNING: Tuning = {
  joinThreshold: 0.25,
  groupJoinThreshold: 0.2,
  sameDayGroupJoinThreshold: 0.19,
  headShare: 0.65,
  noSharedSpecifics: 0.5,
  link: 'centroid',
  specificsBoost: 0,
  specificsCap: 3,
  entityBoost: 0.45,
  entityCap: 2,
  nameBoostFloor: 0.2,
  entityShare: 0.3,
  namedDayShare: 0.5,
  figureBoost: 1,
  otherCount: 0.5,
  copyRelations: ['identical', 'near-duplicate', 'rewrite'],
  relationBoost: 0,
  mergeThreshold: Number.POSITIVE_INFINITY,
  mergeHeadShare: 0.5,
  mergeNoSharedSpecifics: 1,
  mergePrefilter: 0,
  dayPenalty: 0.2,
  sharedDayPenalty: 0.1,
  titleCountRatio: 2.5,
  sceneFloor: 0.02,
  sceneShare: 0.5,
  harmReports: true,
  otherKind: 0.3,
  sameDeskSameDay: 0.6,
};
