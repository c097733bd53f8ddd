// A synthetic news stream with known truth, for benchmarks: N articles about K events over D days,
// from a mix of wire services and outlets, with syndicated copies, small edits, rewrites and the
// background paragraphs every article on a conflict repeats. Deterministic for a given seed.
// Places and people are invented (syllable names) so that nothing is mistaken for real reporting.
import type { Article } from '../src/types.js';
import { stableId } from '../src/util/hash.js';
import { seededRandom } from '../src/util/random.js';

export interface StreamOptions {
  seed: number;
  articles: number;
  events: number;
  days: number;
  /** First day of the stream (ISO), 2024-01-01 by default. */
  start?: string;
}

export type CopyKind = 'identical' | 'near-duplicate' | 'rewrite';

export interface StreamItem {
  article: Article;
  event: string;
  /** Set when the article copies an earlier one: which one and how. */
  copyOf: { id: string; relation: CopyKind } | null;
}

export interface GeneratedStream {
  articles: Article[];
  truth: Map<string, string>;
  copies: { a: string; b: string; relation: CopyKind }[];
}

/** Rates of copies among an event's later articles; the rest are independent reports. */
const RATES = { identical: 0.1, nearDuplicate: 0.05, rewrite: 0.1, background: 0.45 };

// ── randomness ──────────────────────────────────────────────────────────────

export type Random = () => number;

/** Deterministic for a given seed. */
export const seeded: (seed: number) => Random = seededRandom;

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, count);
}

// ── invented world ──────────────────────────────────────────────────────────

const SYLLABLES =
  'ka ro mi ta ven dor sal ur bek zan ti mol gar is en ras po lu nar dek vi sha tor mel'.split(' ');
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

function inventName(random: Random, syllables: number): string {
  return capital(Array.from({ length: syllables }, () => pick(random, SYLLABLES)).join(''));
}

const WIRES = ['Reuters', 'AFP', 'Associated Press', 'Anadolu Agency'];
const OUTLETS = [
  'The Guardian',
  'Al Jazeera',
  'BBC News',
  'Daily Sabah',
  'Eurasianet',
  'The Times',
  'Le Monde',
  'Deutsche Welle',
  'France 24',
  'The Independent',
  'Politico Europe',
  'Euronews',
  'The Washington Post',
  'CNN',
  'Radio Free Europe',
  'JAM News',
];
const ROLES = [
  'foreign minister',
  'prime minister',
  'president',
  'defence minister',
  'spokesperson',
  'governor',
];
const ORGS = [
  'the United Nations',
  'the Red Cross',
  'the European Union',
  'the World Food Programme',
  'UNICEF',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

interface Person {
  name: string;
  role: string;
  country: string;
}

interface Conflict {
  countries: string[];
  places: string[];
  people: Person[];
  background: string[];
}

function inventConflict(random: Random): Conflict {
  const countries = [inventName(random, 2), inventName(random, 3)];
  const places = Array.from({ length: 6 }, () => inventName(random, 2));
  const people = Array.from({ length: 8 }, () => ({
    name: `${inventName(random, 2)} ${inventName(random, 3)}`,
    role: pick(random, ROLES),
    country: pick(random, countries),
  }));
  const [a, b] = countries as [string, string];
  const background = [
    `${a} and ${b} have fought two wars over the ${places[0]} region in the past thirty years, and several rounds of talks have failed to produce a lasting peace agreement.`,
    `The ${places[0]} region is internationally recognised as part of ${a}, but its population has governed itself with support from ${b} since the early 1990s.`,
    `More than ${int(random, 2, 9) * 10},000 people have been displaced by the fighting since it began, according to figures published by aid agencies.`,
    `Relations between the two neighbours have been tense since a ceasefire brokered by regional powers collapsed, with both sides accusing each other of violations along the border.`,
  ];
  return { countries, places, people, background };
}

// ── events and their facts ──────────────────────────────────────────────────

interface EventSlots {
  actor: Person;
  other: Person;
  place: string;
  country: string;
  otherCountry: string;
  org: string;
  n: number;
  m: number;
  amount: number;
  weekday: string;
}

interface EventKind {
  titles: ((s: EventSlots) => string)[];
  /** Each fact in two or three wordings; an article states a fact in one of them. */
  facts: ((s: EventSlots) => string)[][];
  quotes: ((s: EventSlots) => string)[];
}

const KINDS: EventKind[] = [
  {
    titles: [
      (s) => `${s.n} killed in strike on ${s.place}`,
      (s) => `Shelling of ${s.place} leaves ${s.n} dead`,
      (s) => `${s.country} blames ${s.otherCountry} for deadly attack on ${s.place}`,
    ],
    facts: [
      [
        (s) =>
          `At least ${s.n} people were killed when artillery shells hit the town of ${s.place} on ${s.weekday}, local officials said.`,
        (s) =>
          `Artillery fire killed at least ${s.n} people in ${s.place} on ${s.weekday}, according to officials in the town.`,
      ],
      [
        (s) => `Another ${s.m} people were wounded and taken to hospitals in the regional capital.`,
        (s) => `Hospitals in the regional capital were treating ${s.m} wounded, doctors said.`,
      ],
      [
        (s) =>
          `${s.actor.name}, the ${s.actor.role} of ${s.actor.country}, accused ${s.otherCountry} of targeting civilian homes.`,
        (s) =>
          `${s.country}'s ${s.actor.role}, ${s.actor.name}, said forces from ${s.otherCountry} had deliberately hit residential streets.`,
      ],
      [
        (s) =>
          `${s.otherCountry} denied firing on civilians and said its troops had responded to an earlier provocation.`,
        (s) =>
          `The government of ${s.otherCountry} rejected the accusation, saying its units had only returned fire.`,
      ],
      [
        (s) => `${capital(s.org)} called for an independent investigation into the shelling of ${s.place}.`,
        (s) => `An independent inquiry into the attack on ${s.place} was demanded by ${s.org}.`,
      ],
      [
        (_s) => `Residents said the shelling began shortly before dawn and lasted for nearly two hours.`,
        (_s) => `The bombardment started before sunrise and went on for almost two hours, residents said.`,
      ],
    ],
    quotes: [
      (s) =>
        `This was a deliberate attack on sleeping families in ${s.place}, and those responsible will answer for it`,
      () => `We buried children this morning, and the world is still silent`,
    ],
  },
  {
    titles: [
      (s) => `${s.actor.name} pulls out of talks with ${s.otherCountry}`,
      (s) => `${s.country} cancels peace meeting planned in ${s.place}`,
      (s) => `Talks in ${s.place} collapse as ${s.country} walks away`,
    ],
    facts: [
      [
        (s) =>
          `${s.actor.name}, the ${s.actor.role} of ${s.country}, has withdrawn from a meeting with ${s.other.name} that was due to take place in ${s.place} on ${s.weekday}.`,
        (s) =>
          `${s.country}'s ${s.actor.role} ${s.actor.name} will not attend the planned ${s.weekday} meeting in ${s.place} with ${s.other.name}, officials said.`,
      ],
      [
        (s) => `The talks, mediated by ${s.org}, were meant to revive negotiations on a peace treaty.`,
        (s) => `${capital(s.org)} had brokered the meeting in the hope of restarting work on a peace treaty.`,
      ],
      [
        (s) =>
          `State media in ${s.country} said the decision followed a dispute over which countries would attend.`,
        (s) =>
          `According to state media, ${s.country} pulled out after a disagreement over the list of participants.`,
      ],
      [
        (s) => `${s.other.name} said he would still travel to ${s.place} and was ready to meet at any time.`,
        (s) => `The ${s.other.role} ${s.other.name} told reporters he still planned to go to ${s.place}.`,
      ],
      [
        (_s) =>
          `Analysts said the cancellation was a serious setback for a process that had already stalled for months.`,
        (_s) =>
          `The withdrawal deals a blow to a peace process that had made little progress this year, analysts said.`,
      ],
    ],
    quotes: [
      () => `There is no point in sitting at a table where the outcome has been written in advance`,
      () => `We remain committed to dialogue, but not under these conditions`,
    ],
  },
  {
    titles: [
      (s) => `${capital(s.org)} pledges $${s.amount} million in aid for ${s.place}`,
      (s) => `Aid for displaced families in ${s.place}: ${s.amount} million dollars promised`,
      (s) => `${s.amount} million dollars of emergency aid announced for ${s.country}`,
    ],
    facts: [
      [
        (s) =>
          `${capital(s.org)} said on ${s.weekday} it would provide $${s.amount} million in emergency aid to people displaced from ${s.place}.`,
        (s) =>
          `An emergency package of $${s.amount} million for families who fled ${s.place} was announced by ${s.org} on ${s.weekday}.`,
      ],
      [
        (s) => `The money will pay for food, shelter and medical care for about ${s.n},000 people.`,
        (s) => `Some ${s.n},000 people are expected to receive food, shelter and medical help from the fund.`,
      ],
      [
        (s) =>
          `${s.actor.name}, the ${s.actor.role} of ${s.country}, thanked donors and said more help was needed before winter.`,
        (s) =>
          `${s.country}'s ${s.actor.role}, ${s.actor.name}, welcomed the pledge but warned that winter would bring new needs.`,
      ],
      [
        (_s) => `Aid workers said reception centres near the border were already full.`,
        (_s) => `Reception centres close to the border have run out of space, according to aid workers.`,
      ],
      [
        (_s) => `The first deliveries are expected to arrive within ten days.`,
        (_s) => `Officials said the first trucks would reach the area within ten days.`,
      ],
    ],
    quotes: [
      () => `No family should spend the winter in a tent, and this money is a first step`,
      (s) => `The people of ${s.place} need more than sympathy, they need help now`,
    ],
  },
  {
    titles: [
      (s) => `${s.country} to buy air defence systems from ${s.otherCountry}`,
      (s) => `${s.otherCountry} agrees arms deal with ${s.country}`,
      (s) => `${s.actor.name} signs defence agreement in ${s.place}`,
    ],
    facts: [
      [
        (s) =>
          `${s.country} has signed an agreement to buy air defence systems from ${s.otherCountry}, ${s.actor.role} ${s.actor.name} said during a visit to ${s.place}.`,
        (s) =>
          `${s.actor.name}, the ${s.actor.role} of ${s.country}, announced a deal to purchase air defence systems from ${s.otherCountry} while visiting ${s.place}.`,
      ],
      [
        (s) =>
          `The contract is worth about ${s.amount} million euros, according to officials familiar with the deal.`,
        (s) => `Officials familiar with the agreement put its value at roughly ${s.amount} million euros.`,
      ],
      [
        (s) => `${s.other.name}, the ${s.other.role}, said the systems were purely defensive.`,
        (s) => `The weapons are defensive only, the ${s.other.role} ${s.other.name} insisted.`,
      ],
      [
        () =>
          `Neighbouring governments condemned the deal and said it would fuel an arms race in the region.`,
        () =>
          `The agreement drew condemnation from neighbouring states, which warned of a regional arms race.`,
      ],
      [
        (s) => `Deliveries are due to start next year, with training for ${s.m} officers planned.`,
        (s) =>
          `The first systems should arrive next year, and ${s.m} officers will be trained to operate them.`,
      ],
    ],
    quotes: [
      () => `Every country has the right to protect its skies and its citizens`,
      () => `This agreement threatens no one and protects our people`,
    ],
  },
  {
    titles: [
      (s) => `Thousands protest in ${s.place} against government`,
      (s) => `Protesters in ${s.place} demand resignation of ${s.actor.name}`,
      (s) => `Police detain ${s.m} as protests spread in ${s.country}`,
    ],
    facts: [
      [
        (s) =>
          `Thousands of people marched through ${s.place} on ${s.weekday} demanding the resignation of ${s.actor.role} ${s.actor.name}.`,
        (s) =>
          `Protesters filled the streets of ${s.place} on ${s.weekday}, calling on ${s.actor.name} to step down as ${s.actor.role}.`,
      ],
      [
        (s) => `Police said they had detained ${s.m} people after clashes near the parliament building.`,
        (s) => `${s.m} protesters were detained following scuffles outside parliament, police said.`,
      ],
      [
        (s) =>
          `Opposition leader ${s.other.name} said the rallies would continue every day until the government resigned.`,
        (s) =>
          `The rallies will go on daily until the cabinet quits, opposition figure ${s.other.name} told the crowd.`,
      ],
      [
        (s) =>
          `${s.actor.name} said he would not resign and accused the opposition of trying to seize power.`,
        (s) => `Refusing to step down, ${s.actor.name} accused opposition leaders of plotting to take power.`,
      ],
      [
        (s) => `Organisers estimated the crowd at ${s.n},000, while police put the number far lower.`,
        (s) => `About ${s.n},000 people took part, according to organisers, a figure police disputed.`,
      ],
    ],
    quotes: [
      () => `We are not leaving these streets until we are heard`,
      () => `Resigning now would only hand the country to chaos`,
    ],
  },
];

const OCCUPATIONS = [
  'teacher',
  'shopkeeper',
  'nurse',
  'taxi driver',
  'student',
  'farmer',
  'pensioner',
  'engineer',
];

/** Details only one reporter gathered (a witness, a count): independent reports differ in these. */
const OWN_DETAILS: ((random: Random, s: EventSlots) => string)[] = [
  (random, s) =>
    `${inventName(random, 2)} ${inventName(random, 3)}, a ${pick(random, OCCUPATIONS)} from ${s.place}, said ${int(random, 2, 40)} neighbours had left in the past week.`,
  (random, s) =>
    `A correspondent in ${s.place} counted ${int(random, 10, 200)} cars queuing at the main checkpoint by midday.`,
  (random) =>
    `${inventName(random, 2)} ${inventName(random, 2)}, who runs a shelter for ${int(random, 20, 500)} families, said supplies would last ${int(random, 2, 14)} days.`,
  (random, s) =>
    `Local radio in ${s.place} reported that ${int(random, 3, 60)} schools had been closed until further notice.`,
  (random) =>
    `${inventName(random, 3)}, a regional analyst at the ${inventName(random, 2)} Institute, said the coming ${int(random, 2, 9)} weeks would be decisive.`,
];

const SYNONYMS: Record<string, string> = {
  said: 'stated',
  killed: 'left dead',
  people: 'civilians',
  meeting: 'summit',
  talks: 'negotiations',
  accused: 'blamed',
  announced: 'unveiled',
  agreement: 'accord',
  demanded: 'called for',
  officials: 'authorities',
  expected: 'due',
  about: 'around',
  warned: 'cautioned',
  deal: 'pact',
  planned: 'scheduled',
  thousands: 'tens of hundreds',
  town: 'settlement',
  government: 'administration',
};

interface StreamEvent {
  id: string;
  conflict: Conflict;
  kind: EventKind;
  slots: EventSlots;
  start: number;
  duration: number;
  count: number;
  /** Articles so far (bodies kept while the event runs, for copies). */
  published: Article[];
}

function inventEvent(random: Random, id: string, conflict: Conflict, days: number): StreamEvent {
  const [actor, other] = sample(random, conflict.people, 2) as [Person, Person];
  const country = actor.country;
  const otherCountry = conflict.countries.find((c) => c !== country) ?? country;
  const slots: EventSlots = {
    actor,
    other,
    place: pick(random, conflict.places),
    country,
    otherCountry,
    org: pick(random, ORGS),
    n: int(random, 3, 90),
    m: int(random, 5, 300),
    amount: int(random, 2, 400),
    weekday: pick(random, WEEKDAYS),
  };
  const duration = int(random, 1, 3);
  return {
    id,
    conflict,
    kind: pick(random, KINDS),
    slots,
    start: int(random, 0, Math.max(0, days - duration)),
    duration,
    count: 0,
    published: [],
  };
}

// ── articles ────────────────────────────────────────────────────────────────

function isoDay(start: string, offset: number): string {
  return new Date(Date.parse(start) + offset * 86_400_000).toISOString().slice(0, 10);
}

function independentReport(
  random: Random,
  event: StreamEvent,
  outlet: string,
): { title: string; text: string } {
  const s = event.slots;
  const [lead, ...rest] = event.kind.facts;
  const facts = sample(random, rest, int(random, 2, rest.length)).sort(
    (x, y) => rest.indexOf(x) - rest.indexOf(y),
  );
  const credit = WIRES.includes(outlet) ? `${s.place.toUpperCase()} (${outlet}) – ` : '';
  const paragraphs = [credit + pick(random, lead!)(s), ...facts.map((wordings) => pick(random, wordings)(s))];
  for (const detail of sample(random, OWN_DETAILS, int(random, 1, 2))) {
    paragraphs.splice(int(random, 1, paragraphs.length), 0, detail(random, s));
  }
  const quoteAt = int(random, 1, paragraphs.length);
  paragraphs.splice(quoteAt, 0, `“${pick(random, event.kind.quotes)(s)},” ${s.actor.name} said.`);
  if (random() < RATES.background) paragraphs.push(pick(random, event.conflict.background));
  return { title: pick(random, event.kind.titles)(s), text: paragraphs.join('\n\n') };
}

function rewordSentence(random: Random, sentence: string): string {
  return sentence.replace(/\b[a-z]+\b/g, (word) =>
    SYNONYMS[word] && random() < 0.7 ? SYNONYMS[word]! : word,
  );
}

function copyOf(random: Random, source: Article, relation: CopyKind): string {
  if (relation === 'identical') return source.text.replace(/[“”]/g, '"');
  const paragraphs = source.text.split('\n\n');
  if (relation === 'near-duplicate') {
    const at = int(random, 0, paragraphs.length - 1);
    paragraphs[at] = paragraphs[at]!.replace(/\b(the|a|and)\b/, (word) =>
      word === 'the' ? 'this' : 'and also',
    );
    return [...paragraphs, 'This article has been updated.'].join('\n\n');
  }
  const kept = paragraphs.length > 3 && random() < 0.5 ? paragraphs.slice(0, -1) : paragraphs;
  return kept.map((paragraph) => rewordSentence(random, paragraph)).join('\n\n');
}

function makeArticle(
  fields: { title: string; text: string; outlet: string; published: string },
  n: number,
  seed: number,
): Article {
  return {
    id: stableId('a', String(seed), String(n)),
    title: fields.title,
    outlet: fields.outlet,
    outletCountry: null,
    published: fields.published,
    time: null,
    dateline: null,
    byline: [],
    url: null,
    kind: 'news',
    text: fields.text,
    source: { file: `stream-${seed}`, startLine: n + 1, endLine: n + 1 },
  };
}

function nextArticle(
  random: Random,
  event: StreamEvent,
  published: string,
  n: number,
  seed: number,
): StreamItem {
  const outlet = random() < 0.3 ? pick(random, WIRES) : pick(random, OUTLETS);
  const roll = random();
  const source = event.published.length ? pick(random, event.published) : null;
  let relation: CopyKind | null = null;
  if (source && roll < RATES.identical) relation = 'identical';
  else if (source && roll < RATES.identical + RATES.nearDuplicate) relation = 'near-duplicate';
  else if (source && roll < RATES.identical + RATES.nearDuplicate + RATES.rewrite) relation = 'rewrite';
  const fresh = independentReport(random, event, outlet);
  const text = source && relation ? copyOf(random, source, relation) : fresh.text;
  const article = makeArticle({ title: fresh.title, text, outlet, published }, n, seed);
  if (event.published.length < 8) event.published.push(article);
  return { article, event: event.id, copyOf: source && relation ? { id: source.id, relation } : null };
}

/** The stream one article at a time, in published order, holding only the running events in memory. */
export function* streamArticles(options: StreamOptions): Generator<StreamItem> {
  const random = seeded(options.seed);
  const start = options.start ?? '2024-01-01';
  const conflicts = Array.from({ length: Math.max(1, Math.round(options.events / 40)) }, () =>
    inventConflict(random),
  );
  const events = Array.from({ length: options.events }, (_, k) =>
    inventEvent(random, `ev${k}`, pick(random, conflicts), options.days),
  );
  // Event sizes are skewed: a few big stories, many small ones.
  const weights = events.map(() => 1 / (0.05 + random()) ** 0.8);
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative: number[] = [];
  weights.reduce((sum, w, i) => (cumulative[i] = sum + w / total), 0);
  const byDay: number[][] = Array.from({ length: options.days }, () => []);
  for (let n = 0; n < options.articles; n++) {
    const k = Math.min(events.length - 1, lowerBound(cumulative, random()));
    const event = events[k]!;
    byDay[Math.min(options.days - 1, event.start + int(random, 0, event.duration - 1))]!.push(k);
  }
  let n = 0;
  for (let day = 0; day < options.days; day++) {
    const published = isoDay(start, day);
    for (const k of byDay[day]!) yield nextArticle(random, events[k]!, published, n++, options.seed);
    byDay[day] = [];
    for (const event of events) if (event.start + event.duration <= day) event.published = [];
  }
}

function lowerBound(sorted: number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function generateStream(options: StreamOptions): GeneratedStream {
  const articles: Article[] = [];
  const truth = new Map<string, string>();
  const copies: GeneratedStream['copies'] = [];
  for (const item of streamArticles(options)) {
    articles.push(item.article);
    truth.set(item.article.id, item.event);
    if (item.copyOf) copies.push({ a: item.copyOf.id, b: item.article.id, relation: item.copyOf.relation });
  }
  return { articles, truth, copies };
}
