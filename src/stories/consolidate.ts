// Consolidation of the open window: two open stories whose members are, on average, alike enough are
// one story that arrived in the wrong order (the article that connects them came last). Similarity is
// recomputed at comparison time from each member's own term frequencies, weighted by the IDF of the
// open window as it is now, so that words every current report uses (the week's war, the week's city)
// stop counting, and words that were rare when an article arrived but have since become common do not
// keep gluing stories together.

/** One member's terms with sublinear frequencies (log(1 + zone-weighted count), so down-weighted background stays small). */
export interface MemberTerms {
  /** Whole text, background paragraphs already down-weighted; the heaviest MEMBER_TERMS only. */
  full: [string, number][];
  /** Title and lead. */
  head: [string, number][];
}

/** Terms kept per member: enough for the cosine, few enough to stay cheap. */
const MEMBER_TERMS = 80;

/** Keeps the heaviest terms of zone-weighted counts, with sublinear frequency. */
export function memberTerms(counts: Map<string, number>, head: Map<string, number>): MemberTerms {
  return { full: sublinear(counts, MEMBER_TERMS), head: sublinear(head, MEMBER_TERMS) };
}

function sublinear(counts: Map<string, number>, keep: number): [string, number][] {
  const entries: [string, number][] = [];
  for (const [term, count] of counts) if (count > 0) entries.push([term, Math.log1p(count)]);
  entries.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return entries.slice(0, keep);
}

/** Document frequencies over the members of the open stories: added on arrival, removed on closing. */
export class WindowFrequencies {
  documents = 0;
  readonly df = new Map<string, number>();

  constructor(saved?: { documents: number; df: [string, number][] }) {
    if (!saved) return;
    this.documents = saved.documents;
    for (const [term, count] of saved.df) this.df.set(term, count);
  }

  add(member: MemberTerms): void {
    this.documents++;
    for (const [term] of member.full) this.df.set(term, (this.df.get(term) ?? 0) + 1);
  }

  remove(member: MemberTerms): void {
    this.documents--;
    for (const [term] of member.full) {
      const count = (this.df.get(term) ?? 0) - 1;
      if (count > 0) this.df.set(term, count);
      else this.df.delete(term);
    }
  }

  /**
   * Inverse document frequency in the window: a term every open report carries weighs nothing.
   * Terms only in a head (not among a member's kept full terms) count as seen once.
   */
  idf(term: string): number {
    return Math.log((this.documents + 1) / ((this.df.get(term) ?? 0) + 1));
  }

  saved(): { documents: number; df: [string, number][] } {
    return { documents: this.documents, df: [...this.df] };
  }
}

/** The sums of a story's members' unit vectors under the window's IDF, whole text and head. */
export interface StorySums {
  full: Map<string, number>;
  head: Map<string, number>;
  size: number;
}

/**
 * A story's sums over its most recent SAMPLED_MEMBERS members: the average link of a large story is
 * estimated from its latest reports, which keeps a merge check bounded however big the story grows.
 */
const SAMPLED_MEMBERS = 16;

export function storySums(all: readonly MemberTerms[], window: WindowFrequencies): StorySums {
  const members = all.length > SAMPLED_MEMBERS ? all.slice(-SAMPLED_MEMBERS) : all;
  const full = new Map<string, number>();
  const head = new Map<string, number>();
  const idf = new Map<string, number>();
  const weight = (term: string) => {
    let value = idf.get(term);
    if (value === undefined) {
      value = window.idf(term);
      idf.set(term, value);
    }
    return value;
  };
  for (const member of members) {
    addUnit(full, member.full, weight);
    addUnit(head, member.head, weight);
  }
  return { full, head, size: members.length };
}

function addUnit(sum: Map<string, number>, terms: [string, number][], idf: (term: string) => number): void {
  let norm = 0;
  const weights = terms.map(([, tf], i) => {
    const weight = tf * idf(terms[i]![0]);
    norm += weight * weight;
    return weight;
  });
  if (norm === 0) return;
  norm = Math.sqrt(norm);
  terms.forEach(([term], i) => {
    sum.set(term, (sum.get(term) ?? 0) + weights[i]! / norm);
  });
}

/** Mean member-to-member cosine between two stories, head and whole text mixed by `headShare`. */
export function averageLink(x: StorySums, y: StorySums, headShare: number): number {
  const pairs = x.size * y.size;
  if (pairs === 0) return 0;
  return (headShare * dot(x.head, y.head) + (1 - headShare) * dot(x.full, y.full)) / pairs;
}

function dot(x: Map<string, number>, y: Map<string, number>): number {
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
