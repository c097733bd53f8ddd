// Records that cross a stage boundary. The JSON contract in DESIGN.md is built from these;
// fields may be added, but none of the contract's fields may be renamed or removed.

/** Where an article came from: the input file and the 1-based line range it occupied. */
export interface SourceRef {
  file: string;
  startLine: number;
  endLine: number;
}

export type ArticleKind = 'news' | 'opinion' | 'statement';

export interface Article {
  /** "a_" + a hash of outlet, title and body: stable across runs for the same article. */
  id: string;
  title: string;
  /** Normalised outlet name, country split off ("The Guardian, UK" → "The Guardian"). */
  outlet: string | null;
  outletCountry: string | null;
  /** ISO date (YYYY-MM-DD) or null when the input gave none. */
  published: string | null;
  /** "13:36" when the input gave a time. */
  time: string | null;
  /** "YEREVAN" when the body opened with a dateline sentence. */
  dateline: string | null;
  byline: string[];
  url: string | null;
  kind: ArticleKind;
  /** Body paragraphs joined by "\n\n", noise removed. All spans below are offsets into this. */
  text: string;
  source: SourceRef;
}

/** A line removed from an article's text, kept so that nothing is lost silently. */
export interface Dropped {
  file: string;
  line: number;
  text: string;
  reason: DropReason;
}

export type DropReason =
  | 'read-more'
  | 'advertisement'
  | 'related-headline'
  | 'byline-list'
  | 'photo-caption'
  | 'site-metadata'
  | 'subheading'
  | 'dateline'
  | 'url'
  | 'separator'
  | 'empty-article';

export interface Warning {
  file: string;
  line: number;
  message: string;
}

/** What every reader returns: `sitrep parse --json` prints exactly this. */
export interface ParseResult {
  articles: Article[];
  dropped: Dropped[];
  warnings: Warning[];
}

// ── extract ─────────────────────────────────────────────────────────────────

export type EntityType = 'person' | 'place' | 'organization';

/** One occurrence of an entity in one article. */
export interface EntityMention {
  article: string;
  /** Canonical name after alias and surname resolution. */
  name: string;
  type: EntityType;
  /** The text as written, e.g. "Aliyev's" → "Aliyev". */
  text: string;
  start: number;
  end: number;
}

/** An entity aggregated over the corpus. */
export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Every variant written in the text, canonical name included. */
  aliases: string[];
  articles: string[];
  mentions: number;
}

export interface Quote {
  article: string;
  /** Canonical speaker name, or null when the text does not say who speaks. */
  speaker: string | null;
  /** The agency or outlet the quote was relayed through ("Armenpress quoted him as saying"). */
  via: string | null;
  /** The quoted words, without the quote marks. */
  text: string;
  start: number;
  end: number;
}

export interface Figure {
  article: string;
  /** The figure as written, qualifier and unit included: "more than 100,000 people". */
  text: string;
  /** The point value; for a range, null (see low/high); for an imprecise figure, a lower bound. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** "more than", "nearly", "about", "up to", "at least", "almost", or null. */
  qualifier: string | null;
  /** "people", "EUR", "USD", "GBP", "tons", "percent", … */
  unit: string;
  /** What is counted: "fled Nagorno-Karabakh". */
  subject: string;
  /** True for "tens of thousands" and the like. */
  approximate?: boolean;
  /** An explicit reference date stated with the figure ("as of October 1"), ISO. */
  asOf?: string | null;
  start: number;
  end: number;
}

export type DatePrecision = 'day' | 'week' | 'month' | 'year' | 'decade';

export interface DateMention {
  article: string;
  text: string;
  /** "2023-10-04", "2023-09", "2023" or "1990s" depending on precision. */
  date: string;
  precision: DatePrecision;
  start: number;
  end: number;
}

/** Everything the extract stage finds in one article. */
export interface Extraction {
  article: string;
  mentions: EntityMention[];
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
}

// ── dedup and stories ───────────────────────────────────────────────────────

export type DuplicateRelation = 'identical' | 'near-duplicate' | 'rewrite';

export interface Duplicate {
  a: string;
  b: string;
  relation: DuplicateRelation;
  similarity: number;
}

export interface LineageLink {
  /** The article that was copied or reworded. */
  origin: string;
  copy: string;
  relation: DuplicateRelation | 'wire-credit';
}

export interface Story {
  id: string;
  headline: string;
  articles: string[];
  outlets: string[];
  first: string | null;
  last: string | null;
  /** Articles that are independent reports rather than copies or rewrites. */
  independent: number;
  lineage: LineageLink[];
}

// ── analysis ────────────────────────────────────────────────────────────────

export interface TrackedPoint {
  value: number;
  qualifier: string | null;
  asOf: string;
  article: string;
  outlet: string | null;
  text?: string;
}

export interface FigureConflict {
  asOf: string;
  values: number[];
  articles: string[];
}

export interface TrackedFigure {
  id: string;
  label: string;
  unit: string;
  points: TrackedPoint[];
  conflicts: FigureConflict[];
}

export interface TimelineEntry {
  date: string;
  summary: string;
  articles: string[];
  precision?: DatePrecision;
  /**
   * True when every article that mentions the entry was published before its date: something
   * announced or scheduled ("the deal expires on July 17"), not yet something that happened.
   */
  upcoming?: boolean;
}

export interface FramingExample {
  outlet: string;
  article: string;
  sentence: string;
}

export interface Framing {
  concept: string;
  /** term → outlet → count, in the outlet's own voice (quoted words are counted apart). */
  terms: Record<string, Record<string, number>>;
  /** term → outlet → count of uses inside quotations. */
  quoted?: Record<string, Record<string, number>>;
  examples?: Record<string, FramingExample[]>;
}

/** What `sitrep analyze --json` prints. */
export interface AnalysisResult extends ParseResult {
  duplicates: Duplicate[];
  stories: Story[];
  entities: Entity[];
  quotes: Quote[];
  figures: Figure[];
  dates: DateMention[];
  trackedFigures: TrackedFigure[];
  timeline: TimelineEntry[];
  framing: Framing[];
}
