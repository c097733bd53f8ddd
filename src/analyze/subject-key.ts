// What a figure counts, reduced to something comparable across outlets: the kind of event
// ("displacement", "deaths"), the places involved, and the remaining content words. Reports of
// 100,417 and "more than 100,000" people who "fled Karabakh" / "were forcibly displaced from
// Nagorno-Karabakh to Armenia" get the same event and compatible places.
//
// Evidence is read in order of reliability: the figure as written ("100,625 forcibly displaced
// persons"), then the extracted subject phrase, then the clause that follows the figure in its sentence
// ("– most of Karabakh's population – have fled and sought refuge in Armenia").
import { foldDiacritics } from '../util/text.js';
import { wordTable } from '../util/word-table.js';

export interface SubjectKey {
  unit: string;
  /** The one event the figure counts ("displacement", "deaths"), or null when none is named. */
  event: string | null;
  /** Canonical names of the places involved: ["Armenia", "Nagorno-Karabakh"]. */
  entities: string[];
  /** Content words of the subject, for figures that name no known event. */
  words: string[];
  /**
   * Every place the figure's article names, for a figure whose own words name none: "2,946 people
   * had been killed" in an article about Morocco is not a report on a flood in Libya. Absent in
   * series states saved before it existed.
   */
  context?: string[];
  /**
   * The figure adds up several places ("killed in Turkey and Syria"): a total, not the same quantity
   * as any one place's count. Absent when false.
   */
  combined?: true;
  /**
   * The figure counts only the latest stretch ("26 more people", "75 died in the previous 24
   * hours"), not the running total. Absent when false.
   */
  increment?: true;
  /**
   * The figure counts a further incident ("killing 14 in a second wave of blasts", "in another
   * attack"), not the toll reported so far. Absent when false.
   */
  further?: true;
  /**
   * What did the harm, when the subject says ("killed in air strikes", "in the Hamas attack", "in
   * the blast"): deaths from two causes are two quantities. Absent when none is named.
   */
  causes?: string[];
}

export interface SubjectEvidence {
  unit: string;
  /** The figure as written. */
  text: string;
  subject: string;
  /** The rest of the figure's clause in the article, parentheticals removed. */
  clause: string;
  /** Canonical names of the entities mentioned in the subject or clause. */
  entityNames: string[];
  /** Canonical names of the places mentioned anywhere in the article. */
  articlePlaces?: string[];
}

/**
 * Event classes, most specific first: when a subject names two ("displaced persons accommodated in
 * Ararat"), the earlier one is what is counted. A word belongs to a class when it starts with a stem.
 */
const EVENT_STEMS: [string, string[]][] = [
  [
    'deaths',
    [
      'kill',
      'dead',
      'death',
      'died',
      'dying',
      'fatalit',
      'perish',
      'bodies',
      'lost their lives',
      // Iranian, Palestinian and Turkish state media count their dead as martyrs.
      'martyr',
      'lives lost',
      'lost lives',
    ],
  ],
  ['injuries', ['injur', 'wound', 'hurt', 'casualt']],
  // "21 others unaccounted for": not found, dead or alive.
  ['missing', ['missing', 'disappear', 'unaccounted']],
  ['detentions', ['detain', 'arrest', 'prisoner', 'captiv', 'jail', 'hostage']],
  // Before shelter and displacement: "left homeless" is neither "sheltered" nor "left" the region.
  ['homeless', ['homeless', 'lost their home', 'lost homes', 'lost their house']],
  ['shelter', ['accommodat', 'shelter', 'housed', 'hosted', 'resettl']],
  ['remaining', ['remain', 'still in', 'stayed', 'staying', 'left behind']],
  // "64 people aboard", "the 60 passengers on board": who was on a plane, a ship or a train.
  ['aboard', ['aboard', 'on board', 'onboard']],
  [
    'displacement',
    [
      'fled',
      'flee',
      'displac',
      'refugee',
      'evacu',
      'exodus',
      'arriv',
      'left',
      'leav',
      'crossed',
      'entered',
      'relocat',
      'uproot',
      'expel',
      // "94,427 people had been moved from eight districts", "shifted to safer places".
      'moved from',
      'moved out',
      'safer places',
      'safer areas',
    ],
  ],
  ['population', ['population', 'inhabit', 'lived in', 'living in', 'live in']],
];

const UNIT_SYNONYMS: Record<string, string> = wordTable({
  person: 'people',
  persons: 'people',
  individuals: 'people',
  residents: 'people',
  civilians: 'people',
  // "5,000 people are dead and about 10,000 others missing": others of the people just counted.
  others: 'people',
  // "320 deaths", "1,688 injured": counts of people, with the event in the unit's own word.
  deaths: 'people',
  dead: 'people',
  fatalities: 'people',
  injured: 'people',
  wounded: 'people',
});

const STOPWORDS = new Set(
  "a an the of to from in on at by for with and or who which that have has had been were was are is be their its his her them they since than more most over about some who've whove into out as per this these those now then people persons".split(
    ' ',
  ),
);

export function unitKey(unit: string): string {
  // Currency codes stay as the figures write them ("EUR", "TRY"): lower case they read as words.
  if (/^[A-Z]{3}$/.test(unit.trim())) return unit.trim();
  const lower = unit.trim().toLowerCase();
  return UNIT_SYNONYMS[lower] ?? lower;
}

/** The comparison key of a figure, from the evidence around it. */
export function subjectKey(evidence: SubjectEvidence): SubjectKey {
  const unit = unitKey(evidence.unit);
  const subject = normalise(evidence.subject);
  const subjectWords = contentWords(subject, unit);
  // A bare subject ("people", "drams") says nothing; the clause after the figure may.
  const described = subjectWords.length > 0 ? subject : normalise(evidence.clause);
  // "killing 30 people in four states and leaving millions without power": what befalls people
  // (deaths, displacement…) is no event of a count of states, homes or ambulances.
  // "21 hostages were killed": what befell them outweighs what they were; otherwise the figure as
  // written ("100,625 forcibly displaced persons") says it best.
  const written = countsBeings(unit) ? eventOf(normalise(evidence.text)) : null;
  const befell = countsBeings(unit) ? eventOf(described) : null;
  const event = befell && HARM_EVENTS.has(befell) ? befell : (written ?? befell);
  const entities = [...new Set(evidence.entityNames)].sort();
  const entityWords = new Set(entities.flatMap((e) => normalise(e).split(/[\s-]+/)));
  const words = contentWords(described, unit).filter((w) => !entityWords.has(w));
  const key: SubjectKey = { unit, event, entities, words: [...new Set(words)].sort() };
  if (isCombinedTotal(subject, entities)) key.combined = true;
  if (isIncrement(evidence)) key.increment = true;
  if (FURTHER_INCIDENT.test(`${evidence.subject} ${evidence.clause}`)) key.further = true;
  const causes = causesIn(subject);
  if (causes.length > 0) key.causes = causes;
  if (entities.length === 0 && evidence.articlePlaces?.length)
    key.context = [...new Set(evidence.articlePlaces)].sort();
  return key;
}

/** Events that befall people whatever they were before: the dead, the injured, the missing. */
const HARM_EVENTS = new Set(['deaths', 'injuries', 'missing']);

/** Units that count people or animals, to whom the events of EVENT_STEMS can happen. */
function countsBeings(unit: string): boolean {
  return BEINGS.has(unit) || /(?:ers|ors|ists|ians|ees|ants|ents)$/.test(unit);
}

const BEINGS = new Set(
  'people families households children men women girls boys babies infants adults refugees migrants soldiers troops police officers staff crew patients students pupils victims survivors hostages prisoners detainees civilians others personnel livestock cattle animals sheep'.split(
    ' ',
  ),
);

/** How a series of each event is named: "people displaced", "people killed". */
export const EVENT_LABELS: Record<string, string> = wordTable({
  deaths: 'killed',
  injuries: 'injured',
  missing: 'missing',
  detentions: 'detained',
  homeless: 'left homeless',
  shelter: 'sheltered',
  remaining: 'remaining',
  aboard: 'aboard',
  displacement: 'displaced',
  population: 'population',
});

/** Whether the figure says enough about what it counts to be compared with others. */
export function isTrackable(key: SubjectKey): boolean {
  if (POSITIONS.has(key.unit)) return false;
  return key.event !== null || key.words.length >= 2;
}

/**
 * Units that mostly say where something is ("340 km south-west of Moscow", "50 miles south of
 * Kingston") or how big a building is, not a quantity reports update: no series of their own.
 */
const POSITIONS = new Set([
  'km',
  'm',
  'miles',
  'nautical miles',
  'feet',
  'yd',
  'cm',
  'mm',
  'inches',
  'm2',
  'sq ft',
]);

export function eventOf(text: string): string | null {
  for (const [name, stems] of EVENT_STEMS) if (stems.some((stem) => wordStartsWith(text, stem))) return name;
  return null;
}

function normalise(text: string): string {
  return foldDiacritics(text).replace(/[’']/g, "'").toLowerCase();
}

function contentWords(text: string, unit: string): string[] {
  return (text.match(/[a-z][a-z'-]*/g) ?? []).filter((w) => w.length > 2 && !STOPWORDS.has(w) && w !== unit);
}

/** Words that begin like an event but name none: "the deadly earthquake" counts no dead. */
const NOT_EVENTS = /^(?:deadl(?:y|ier|iest|ine|ines|ock|ocked)|leftists?)$/;

/** Whether `text` has a word (or phrase) beginning with `stem`. */
function wordStartsWith(text: string, stem: string): boolean {
  let at = text.indexOf(stem);
  while (at >= 0) {
    if ((at === 0 || !/[a-z]/.test(text[at - 1]!)) && !NOT_EVENTS.test(wordAt(text, at))) return true;
    at = text.indexOf(stem, at + 1);
  }
  return false;
}

function wordAt(text: string, at: number): string {
  return /^[a-z]+/.exec(text.slice(at))?.[0] ?? '';
}

/**
 * "people killed in southern Turkey and northern Syria": two or more places joined by "and" in the
 * subject, and not a route ("from Karabakh to Armenia", whose places are one flow).
 */
function isCombinedTotal(subject: string, entities: string[]): boolean {
  return entities.length >= 2 && /\band\b/.test(subject) && !/\bfrom\b.*\bto\b/.test(subject);
}

/** Words naming what killed, injured or displaced people, by the cause they stand for. */
const CAUSES: [string, RegExp][] = [
  ['strikes', /\b(?:air ?strikes?|strikes?|bombardments?|bombings?|shelling|missiles?|drones?)\b/],
  ['attack', /\battacks?\b/],
  ['blast', /\b(?:blasts?|explosions?)\b/],
  ['quake', /\b(?:earthquakes?|quakes?|tremors?)\b/],
  ['flood', /\b(?:floods?|flooding|floodwaters?)\b/],
  ['storm', /\b(?:storms?|hurricanes?|cyclones?|typhoons?)\b/],
  ['fighting', /\b(?:fighting|clashes|battles?)\b/],
  ['fire', /\b(?:fires?|wildfires?|blaze)\b/],
];

function causesIn(subject: string): string[] {
  return CAUSES.filter(([, pattern]) => pattern.test(subject)).map(([cause]) => cause);
}

const MORE_AFTER_NUMBER =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|dozen))\s+(?:more|additional|new|further)\b|^(?:another|a further)\b/i;
const LATEST_STRETCH =
  /\b(?:in|over|during|within) the (?:previous|past|last) (?:\S+ )?(?:hours?|day|days|week)\b|\b(?:over|during) the weekend\b|\bovernight\b|\bdaily\b/i;

const FURTHER_INCIDENT =
  /\b(?:second|third|another|new|fresh|separate)\s+(?:wave|round|series|attack|strike|blast|explosion|bombing|quake|earthquake)s?\b/i;

/** "26 more people had died in the previous 24 hours": the day's toll, not the running total. */
function isIncrement(evidence: SubjectEvidence): boolean {
  return (
    MORE_AFTER_NUMBER.test(evidence.text) || LATEST_STRETCH.test(`${evidence.subject} ${evidence.clause}`)
  );
}

/** Same quantity: same unit, same event, places that do not contradict, close wording if no event. */
export function sameQuantity(a: SubjectKey, b: SubjectKey): boolean {
  // Case-blind: series saved before currency codes kept their capitals have "eur" for "EUR".
  if (a.unit.toLowerCase() !== b.unit.toLowerCase() || a.event !== b.event) return false;
  if (Boolean(a.increment) !== Boolean(b.increment)) return false;
  if (Boolean(a.further) !== Boolean(b.further)) return false;
  if (a.causes && b.causes && !a.causes.some((cause) => b.causes!.includes(cause))) return false;
  if (!entitiesCompatible(placesOf(a), placesOf(b))) return false;
  // A total over several places and one place's count are different quantities, however they overlap.
  if ((a.combined || b.combined) && !samePlaces(placesOf(a), placesOf(b))) return false;
  if (a.event !== null) return true;
  return jaccard(a.words, b.words) >= 0.5;
}

/** The places a key is about: its own, else those of its article. */
function placesOf(key: SubjectKey): string[] {
  return key.entities.length > 0 ? key.entities : (key.context ?? []);
}

/**
 * Places agree when one side names none, or both share one ("Karabakh" matches "Nagorno-Karabakh"):
 * "fled Karabakh" and "fled Karabakh to Armenia" are one quantity, "fled Gaza" and "fled Sudan" are two.
 */
export function entitiesCompatible(a: string[], b: string[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((name) => b.some((other) => sameEntity(name, other)));
}

function samePlaces(a: string[], b: string[]): boolean {
  return (
    a.length === b.length &&
    a.every((name) => b.some((other) => sameEntity(name, other))) &&
    b.every((name) => a.some((other) => sameEntity(name, other)))
  );
}

function sameEntity(first: string, second: string): boolean {
  const a = normalise(first);
  const b = normalise(second);
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
