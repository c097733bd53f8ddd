// What a figure counts, reduced to something comparable across outlets: the kind of event
// ("displacement", "deaths"), the named places and bodies involved, and the remaining content words.
// Two reports of 100,417 and "more than 100,000" people who "fled Karabakh" / "were forcibly displaced
// from Nagorno-Karabakh to Armenia" get the same event class and compatible places.
import { foldDiacritics } from '../util/text.js';

export interface SubjectKey {
  unit: string;
  /** Event classes named in the subject, sorted: ["displacement"], ["deaths"], … */
  events: string[];
  /** Lower-cased names of places and bodies: ["armenia", "nagorno-karabakh"]. */
  entities: string[];
  /** Other content words, for subjects that name no known event. */
  words: string[];
}

/** Word stems → event class. A word belongs to a class when it starts with one of its stems. */
const EVENT_STEMS: Record<string, string[]> = {
  displacement: [
    'fled',
    'flee',
    'displac',
    'refuge',
    'evacu',
    'exodus',
    'arriv',
    'left',
    'leav',
    'crossed',
    'relocat',
    'uproot',
    'forced out',
  ],
  deaths: ['kill', 'dead', 'death', 'died', 'dying', 'fatalit', 'perish', 'bodies'],
  injuries: ['injur', 'wound', 'hurt', 'casualt'],
  detentions: ['detain', 'arrest', 'prisoner', 'captiv', 'jail'],
  missing: ['missing', 'disappear'],
  shelter: ['accommodat', 'shelter', 'housed', 'hosted', 'settled', 'resettl'],
  remaining: ['remain', 'still', 'stayed', 'staying', 'left behind'],
  population: ['population', 'inhabit', 'resident', 'living in', 'lived in'],
  aid: ['aid', 'assistance', 'humanitarian', 'donat', 'grant', 'fund'],
};

const UNIT_SYNONYMS: Record<string, string> = {
  person: 'people',
  persons: 'people',
  individuals: 'people',
  residents: 'people',
  civilians: 'people',
};

const STOPWORDS = new Set(
  "a an the of to from in on at by for with and or who which that have has had been were was are is be their its his her them they since than more most over about some who’ve who've into out as per this these those".split(
    ' ',
  ),
);

export function unitKey(unit: string): string {
  const lower = unit.trim().toLowerCase();
  return UNIT_SYNONYMS[lower] ?? lower;
}

/** Builds the comparison key of a subject phrase; `entityNames` are canonical names found in it. */
export function subjectKey(unit: string, subject: string, entityNames: string[] = []): SubjectKey {
  const folded = foldDiacritics(subject).replace(/[’']/g, "'");
  const lower = folded.toLowerCase();
  const events = Object.entries(EVENT_STEMS)
    .filter(([, stems]) => stems.some((stem) => wordStartsWith(lower, stem)))
    .map(([name]) => name)
    .sort();
  const entities = new Set(entityNames.map((name) => foldDiacritics(name).toLowerCase()));
  for (const name of capitalisedRuns(folded)) entities.add(name.toLowerCase());
  const entityWords = new Set([...entities].flatMap((e) => e.split(/[\s-]+/)));
  const words = (lower.match(/[a-z][a-z'-]*/g) ?? []).filter(
    (w) => w.length > 2 && !STOPWORDS.has(w) && !entityWords.has(w),
  );
  return { unit: unitKey(unit), events, entities: [...entities].sort(), words: [...new Set(words)].sort() };
}

/** Whether `text` has a word (or phrase) beginning with `stem`. */
function wordStartsWith(text: string, stem: string): boolean {
  let at = text.indexOf(stem);
  while (at >= 0) {
    if (at === 0 || !/[a-z]/.test(text[at - 1]!)) return true;
    at = text.indexOf(stem, at + 1);
  }
  return false;
}

/** Demonyms and adjectives ("Armenians", "Azerbaijani") describe people, not where they are. */
const DEMONYM = /(?:ians?|anis?|ese|ish|ans)$/;

/** Runs of capitalised words, names of places and bodies: "Nagorno-Karabakh", "Ararat Province". */
function capitalisedRuns(text: string): string[] {
  const runs: string[] = [];
  const pattern = /(?<![\p{L}'-])[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*)*/gu;
  for (const match of text.matchAll(pattern)) {
    const words = match[0].split(/\s+/).filter((w) => !STOPWORDS.has(w.toLowerCase()) && !DEMONYM.test(w));
    // A single capitalised word opening the phrase is just a capital letter ("People who fled").
    if (match.index === 0 && words.length === 1 && words[0] === match[0]) continue;
    if (words.length > 0) runs.push(words.join(' '));
  }
  return runs;
}

/** Same quantity: same unit, same events, places that do not contradict, and close wording if no event. */
export function sameQuantity(a: SubjectKey, b: SubjectKey): boolean {
  if (a.unit !== b.unit) return false;
  if (a.events.join() !== b.events.join()) return false;
  if (!entitiesCompatible(a.entities, b.entities)) return false;
  if (a.events.length > 0) return true;
  return jaccard(a.words, b.words) >= 0.5;
}

/**
 * Places agree when one side names none, or both share one ("Karabakh" matches "Nagorno-Karabakh"):
 * "fled Karabakh" and "fled Karabakh to Armenia" are one quantity, "fled Gaza" and "fled Sudan" are two.
 */
export function entitiesCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((name) => b.some((other) => sameEntity(name, other)));
}

function sameEntity(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.endsWith(short) && /[\s-]/.test(long[long.length - short.length - 1] ?? '');
}

function jaccard(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const setB = new Set(b);
  const shared = a.filter((w) => setB.has(w)).length;
  return shared / (a.length + b.length - shared);
}
