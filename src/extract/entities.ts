// People, places and organisations, each with a canonical name.
//
// Two passes over the shared tokens: first the gazetteer (longest alias match wins), then capitalised
// phrases that no gazetteer knows, typed by their head word ("… Ministry"), a title before them
// ("Governor …"), or the verb after them ("… said"). Titles are stripped from people's names, a
// surname alone links to the full name seen earlier, demonyms are not places, and reporter sign-off
// lines ("Reporting by …") are skipped. Single capitalised words that nothing explains are returned
// as `pending`, so that the corpus pass can link them to a full name seen in another article.

import { knownOutlet } from '../read/outlets.js';
import type { Article, EntityMention, EntityType } from '../types.js';
import { memoized } from '../util/collections.js';
import { TWO_WORD_COUNTRIES } from '../util/countries.js';
import { diacriticCount } from '../util/text.js';
import { wordTable } from '../util/word-table.js';
import type { Annotated } from './annotate.js';
import {
  GLUED_INITIAL_NAME,
  HYPHEN,
  isFullName,
  isJoiningHyphen,
  textBetween,
  toWords,
  type Word,
} from './entity-words.js';
import { type AliasMatch, aliasKeys, type Gazetteer, type TrieNode, tokenKey } from './gazetteer.js';
import {
  COMPANY_HEADS,
  DEMONYMS,
  GIVEN_NAMES,
  GROUP_NOUNS,
  MISC_HEADS,
  MODIFIED_NOUNS,
  MOTION_WORDS,
  ORG_HEADS,
  PERSON_NOUNS,
  PLACE_HEADS,
  PLACE_PREFIXES,
  ROLE_WORDS,
  ROMANCE_ORG_HEADS,
  SPEECH_VERBS,
  STOP_CAPS,
  TITLES,
} from './lexicon.js';
import { nameMinistries } from './ministry-names.js';
import { interiorMinistryNames, qualifyNationalBodies } from './national-bodies.js';
import { summaryBulletsEnd } from './summary.js';

export interface EntityResult {
  mentions: EntityMention[];
  /** Capitalised single words with no type yet: candidates for corpus-level surname linking. */
  pending: EntityMention[];
}

export function extractEntities(article: Article, annotated: Annotated, gazetteer: Gazetteer): EntityResult {
  const words = toWords(annotated);
  const taken = new Array<boolean>(words.length).fill(false);
  const listed: Listed[] = [];
  matchGazetteer(words, gazetteer.root, taken, listed, article.id);
  freeSurnames(words, listed, taken);
  nameAirlines(words, listed, taken, article.id);
  nameFacilities(words, listed, taken, article.id);
  for (const item of listed) if (isGenericSociety(words, item)) item.mention.name = item.mention.text;
  const found: EntityMention[] = [];
  const leftovers: Leftovers = { singles: [], names: [] };
  const local = new Map<string, { name: string; type: EntityType }>();
  const capCounts = new CapitalisedCounts(words);
  const classifyRest = (chunk: Chunk) => {
    for (const part of untakenRuns(chunk, taken)) {
      for (const piece of splitAtTitles(words, part.from, part.to, part.titled))
        classifyChunk(piece, words, found, leftovers, local, capCounts, article.id);
    }
  };
  const readChunk = (chunk: Chunk): void => {
    if (namesAVessel(words, chunk)) return;
    if (readsAsDefinedBody(chunk, words, listed, found, local, article.id)) return;
    // Two bodies joined by "and" are read apart, each with its own listed names.
    const bodies = andBetweenBodies(words, chunk);
    if (bodies > 0) {
      readChunk({ from: chunk.from, to: bodies - 1, titled: chunk.titled });
      readChunk({ from: bodies + 1, to: chunk.to, titled: false });
      return;
    }
    const and = compassPlaceBeforeAnd(words, chunk, listed);
    if (and > 0) {
      readChunk({ from: chunk.from, to: and - 1, titled: chunk.titled });
      readChunk({ from: and + 1, to: chunk.to, titled: false });
      return;
    }
    // "Nika Gvaramia of the Coalition for Change and Tina Bokuchava of the United National Movement":
    // people named with their organisations, read one name at a time.
    const affiliated = affiliationSplit(words, chunk);
    if (affiliated) {
      for (const part of affiliated)
        for (const piece of trimChunk(words, part.from, part.to, part.titled)) readChunk(piece);
      return;
    }
    // "Members of the Bangladesh Army", "Officers of the National Guard": people of a body, which
    // alone is named.
    const body = bodyOfPeople(words, chunk);
    if (body > 0) {
      readChunk({ from: body, to: chunk.to, titled: false });
      return;
    }
    // "Los Angeles County Sheriff Robert Luna": a place named before the title is read on its own
    // ("Maryland State Police Superintendent …" keeps its listed place, as the whole phrase does).
    const title = titleInside(words, chunk);
    if (title > chunk.from) {
      const front = { from: chunk.from, to: title - 1, titled: chunk.titled };
      if (absorbsListed(front, words, listed, found, local, article.id, 'place')) {
        classifyRest({ from: title, to: chunk.to, titled: true });
        return;
      }
    }
    // "Secretary General of the Kenya Red Cross Society": the body after "of the" is read on its own.
    const titlesBody = bodyOfTitle(words, chunk, listed);
    if (titlesBody > 0) {
      classifyRest({ from: chunk.from, to: titlesBody - 3, titled: chunk.titled });
      readChunk({ from: titlesBody, to: chunk.to, titled: false });
      return;
    }
    if (namesStateOf(chunk, words, listed) || namesAdminUnitOf(chunk, words, listed)) return;
    if (absorbsListed(chunk, words, listed, found, local, article.id)) return;
    classifyRest(chunk);
  };
  for (const chunk of capitalisedChunks(words, taken)) readChunk(chunk);
  const listedNames = new Map<string, EntityType>();
  for (const item of listed)
    if (!item.dropped) {
      found.push(item.mention);
      listedNames.set(item.mention.name, item.mention.type);
    }
  const pending: EntityMention[] = [];
  resolveSingles(leftovers.singles, words, found, pending, local, article, gazetteer.root);
  for (const chunk of leftovers.names) pending.push(mentionOf(words, chunk, 'person', article.id));
  listedHeadsReferBack(found, words);
  found.push(...creditPlaces(words, article.id));
  outletsNotPeople(found, article);
  oneTypePerName(found, listedNames, summaryBulletsEnd(annotated.text));
  weekdaySurnames(found, words, article.id);
  longNamesInBrackets(found, annotated.text, article.id);
  shortPlaceNames(found);
  knownAs(found, pending, annotated.text, article.id);
  qualifyNationalBodies(found, words, annotated.text, listedNames, article.dateline, article.outlet);
  shortFormsBeforeOf(found);
  // "a contributor to the Armenian Weekly": an outlet whose masthead opens with "The" is named by it.
  for (const [k, m] of found.entries())
    if (m.type === 'organization' && knownOutlet(m.name) === `The ${m.name}`)
      found[k] = renamedMention(m, `The ${m.name}`);
  const forms = nameForms(found);
  if (forms.size > 0) {
    for (const [k, m] of found.entries()) {
      const name = forms.get(formKey(m.type, m.name));
      if (name) found[k] = renamedMention(m, name);
    }
  }
  nameMinistries(found, annotated.text);
  accentedAsWritten(found, listedNames);
  found.sort((a, b) => a.start - b.start);
  pending.sort((a, b) => a.start - b.start);
  return { mentions: found, pending };
}

/**
 * "Opposition Leader Marlon Sunday said …. “…,” Sunday said on Tuesday.": once a person's surname is a
 * weekday, the weekday alone before a speech verb (or after "Mr") is that person, not a day.
 */
function weekdaySurnames(found: EntityMention[], words: Word[], article: string): void {
  const people = new Map<string, string>();
  for (const m of found) {
    const last = m.type === 'person' ? m.name.slice(m.name.lastIndexOf(' ') + 1).toLowerCase() : '';
    if (WEEKDAY.test(last) && m.name.includes(' ')) people.set(last, m.name);
  }
  if (people.size === 0) return;
  for (const [k, word] of words.entries()) {
    const name = word.cap ? people.get(word.key) : undefined;
    if (!name || found.some((m) => m.start <= word.start && word.end <= m.end)) continue;
    const prev = words[k - 1];
    const addressed = prev !== undefined && prev.cap && /^(?:mr|mrs|ms|dr)\.?$/.test(prev.key);
    if (!addressed && (DATE_WORDS_BEFORE.has(prev?.key ?? '') || !SPEECH_VERBS.has(words[k + 1]?.key ?? '')))
      continue;
    found.push({ article, name, type: 'person', text: word.text, start: word.start, end: word.end });
  }
}

/**
 * Where the body's name starts in "Secretary General of the Kenya Red Cross Society": after a title,
 * "of" and "the", a phrase ending on a body's head word, with a listed name inside and no title of its
 * own (0 when none does).
 */
function bodyOfTitle(words: Word[], chunk: Chunk, listed: Listed[]): number {
  if (!ORG_HEADS.has(words[chunk.to]!.key)) return 0;
  // The phrase opens with the title (and its qualifiers): not "Conference of Group Leaders of the Senate".
  let k = chunk.from;
  while (
    k < chunk.to &&
    !TITLES.has(words[k]!.key) &&
    (TITLE_QUALIFIERS.has(words[k]!.key) || ROLE_WORDS.has(words[k]!.key))
  )
    k++;
  while (k + 1 < chunk.to && TITLES.has(words[k + 1]!.key)) k++;
  if (!TITLES.has(words[k]!.key) || words[k + 1]?.key !== 'of' || words[k + 2]?.key !== 'the') return 0;
  for (let m = k + 3; m <= chunk.to; m++) if (isTitle(words[m]!)) return 0;
  // Only where a listed name inside the body would otherwise be read alone ("Red Cross" as the ICRC).
  const body = { from: k + 3, to: chunk.to, titled: false };
  return body.to > body.from && listedInside(listed, body).length > 0 ? body.from : 0;
}

/**
 * Where the body's name starts in "Members of the Bangladesh Army": after a plural noun of people,
 * "of" and "the" (0 when the chunk does not open so, or nothing capitalised follows).
 */
function bodyOfPeople(words: Word[], chunk: Chunk): number {
  const first = words[chunk.from]!;
  if (!first.key.endsWith('s') || !(MODIFIED_NOUNS.has(first.key) || GROUP_NOUNS.has(first.key))) return 0;
  if (words[chunk.from + 1]?.key !== 'of') return 0;
  const start = words[chunk.from + 2]?.key === 'the' ? chunk.from + 3 : chunk.from + 2;
  return start <= chunk.to && words[start]!.cap ? start : 0;
}

/**
 * "the Congress of Local and Regional Authorities … the Congress would send": a listed body's head word
 * left to its own name (no nation named for the US Congress) refers back, after "the", to the longer
 * name written before it, as an unlisted head word does (shortReference).
 */
function listedHeadsReferBack(found: EntityMention[], words: Word[]): void {
  for (const [k, m] of found.entries()) {
    if (m.type !== 'organization' || m.name !== m.text || m.text.includes(' ')) continue;
    const i = words.findIndex((w) => w.start === m.start);
    if (i < 0) continue;
    const earlier = shortReference(words, { from: i, to: i, titled: false }, found);
    if (earlier && earlier.name !== m.name) found[k] = renamedMention(m, earlier.name, earlier.type);
  }
}

/**
 * "in the province of Diyarbakir … detained in Diyarbakır": a place, or a name the gazetteer does not
 * list, written with and without its diacritics is named as written with them (the native spelling;
 * the first mention, or the gazetteer's plain spelling, gave the name to the others). A listed person
 * or body keeps its canonical spelling ("Recep Tayyip Erdoğan" is Recep Tayyip Erdogan).
 */
function accentedAsWritten(found: EntityMention[], listed: Map<string, EntityType>): void {
  const better = new Map<string, string>();
  for (const m of found) {
    if (m.text === m.name || tokenKey(m.text) !== tokenKey(m.name)) continue;
    if (m.type !== 'place' && listed.has(m.name)) continue;
    const key = `${m.type}\u0000${m.name}`;
    const best = better.get(key) ?? m.name;
    if (diacriticCount(m.text) > diacriticCount(best)) better.set(key, m.text);
  }
  if (better.size === 0) return;
  for (const [k, m] of found.entries()) {
    const name = better.get(`${m.type}\u0000${m.name}`);
    if (name) found[k] = renamedMention(m, name);
  }
}

/**
 * "RNZ Pacific has been told", "told Agence France-Presse": the article's outlet's name and one more
 * word (a service of it, named as the outlet), or a known outlet's name, is the outlet, though a
 * speech verb beside it made it look like a person.
 */
function outletsNotPeople(found: EntityMention[], article: Article): void {
  const outlet = article.outlet;
  for (const [k, m] of found.entries()) {
    if (m.type !== 'person' || !m.text.includes(' ')) continue;
    // A service of the outlet ("RNZ Pacific") is named as the outlet. (The outlet's own name, "told
    // Islands Business", stays as it is read: quotes would take it for "the alliance" that speaks next.)
    if (outlet !== null && isServiceOf(m.text, outlet)) found[k] = renamedMention(m, outlet, 'organization');
    else if (knownOutlet(m.text) !== null) found[k] = renamedMention(m, knownOutlet(m.text)!, 'organization');
  }
}

/** "RNZ Pacific" of "RNZ", "BBC Mundo" of "BBC": the outlet's name, then one capitalised word. */
function isServiceOf(text: string, outlet: string): boolean {
  const rest = text.startsWith(`${outlet} `) ? text.slice(outlet.length + 1) : '';
  return /^\p{Lu}[\p{L}]+$/u.test(rest);
}

/**
 * "Additional reporting by Lucy Marsh in London; Editing by …": the reporters of a credit line are no
 * entities, but the places they filed from are, as the hand-made golds list them.
 */
function creditPlaces(words: Word[], article: string): EntityMention[] {
  const places: EntityMention[] = [];
  for (let k = 0; k + 1 < words.length; k++) {
    if (!words[k]!.skip || words[k]!.key !== 'in' || !words[k + 1]!.cap || !words[k + 1]!.skip) continue;
    let to = k + 1;
    while (words[to + 1]?.skip && words[to + 1]!.cap && !words[to + 1]!.newlineBefore && to < k + 3) to++;
    // "in Tbilisi and Nailia Bagirova …", "in La Paz;": the place ends where the next name or field starts.
    const chunk = { from: k + 1, to, titled: false };
    places.push(mentionOf(words, chunk, 'place', article));
    k = to;
  }
  return places;
}

/**
 * One name is one thing within an article: "the operator Fraport Brasil … Fraport Brasil's chief
 * executive" is an organisation both times, though the second use alone looks like a person's
 * name. The gazetteer's type wins, else the first mention's, which is usually the one introduced
 * with a description.
 */
function oneTypePerName(found: EntityMention[], listed: Map<string, EntityType>, bodyStart = 0): void {
  const first = new Map<string, EntityMention>();
  const organisations = new Set<string>();
  // A wire report's summary bullets come before its lead and introduce nothing: "33 killed in Kyiv,
  // Kryvyi Rih, Dnipro" gives a list, where "the central city of Kryvyi Rih" in the text says what it is.
  const introduces = (m: EntityMention) => (m.start >= bodyStart ? 0 : 1);
  for (const mention of found) {
    const seen = first.get(mention.name);
    if (
      !seen ||
      introduces(mention) < introduces(seen) ||
      (introduces(mention) === introduces(seen) && mention.start < seen.start)
    )
      first.set(mention.name, mention);
    if (mention.type === 'organization') organisations.add(mention.name);
  }
  for (const [k, mention] of found.entries()) {
    const firstType = first.get(mention.name)!.type;
    // An organisation's sentence outweighs a person's guess, not a place's ("the Lao Cai military
    // command" names the province's command; Lao Cai stays a place).
    const type =
      listed.get(mention.name) ??
      (firstType === 'person' && isOrganisation(mention.name, organisations) ? 'organization' : firstType);
    if (mention.type !== type) found[k] = renamedMention(mention, mention.name, type);
  }
}

/**
 * "Red Eléctrica said …" before "the grid operator Red Eléctrica": a name that one sentence shows to
 * be an organisation's is one everywhere (in the article, and across the articles linked together),
 * unless it opens with a given name; a speech verb alone makes any name look like a person's.
 */
export function isOrganisation(name: string, organisations: { has(name: string): boolean }): boolean {
  return organisations.has(name) && !GIVEN_NAMES.has(tokenKey(name.slice(0, name.indexOf(' ') >>> 0)));
}

/**
 * "the Mother See said" after "the Mother See of Holy Etchmiadzin": an organisation's name of two
 * words or more that the article also writes in full with "of" and more after it is that body.
 */
function shortFormsBeforeOf(found: EntityMention[]): void {
  const full = new Map<string, Set<string>>();
  for (const m of found) {
    if (m.type !== 'organization') continue;
    const of = m.name.indexOf(' of ');
    if (of > 0 && m.name.slice(0, of).includes(' '))
      full.set(m.name.slice(0, of), (full.get(m.name.slice(0, of)) ?? new Set()).add(m.name));
  }
  if (full.size === 0) return;
  for (const [k, m] of found.entries()) {
    const names = m.type === 'organization' ? full.get(m.name) : undefined;
    if (names?.size === 1) found[k] = renamedMention(m, [...names][0]!);
  }
}

/**
 * "Frelimo (the Front for the Liberation of Mozambique)", "Podemos (the Optimist Party for …)": an
 * organisation's long name in brackets right after a short one is the same body, named as the article
 * names it elsewhere, by the short name; and the short name is an organisation wherever it stands
 * ("calls from Frelimo" reads like a place).
 */
function longNamesInBrackets(found: EntityMention[], text: string, article: string): void {
  if (!text.includes('(')) return;
  for (const long of [...found]) {
    if (long.type !== 'organization' || !long.text.includes(' ')) continue;
    if (!/^\s*\)/.test(text.slice(long.end, long.end + 3))) continue;
    const before = SHORT_BEFORE_BRACKET.exec(text.slice(Math.max(0, long.start - 40), long.start));
    if (!before) continue;
    const word = before[1]!;
    const start = long.start - before[0].length;
    const short = found.find((m) => m.start === start && m.end === start + word.length);
    if (short?.type === 'person' || short?.name === long.name) continue;
    // "Justice and Development Party (AK Party)": the word before the bracket ends a longer name,
    // which the bracket gives short; it is no short name of its own.
    if (found.some((m) => m.start < start && m.end >= start + word.length)) continue;
    const name = short?.name ?? word;
    if (!short)
      found.push({ article, name, type: 'organization', text: word, start, end: start + word.length });
    for (const [k, m] of found.entries())
      if (m.name === long.name || m.name === name) found[k] = renamedMention(m, name, 'organization');
  }
}

/** "Podemos (the " right before a long name: one capitalised word, a bracket and maybe "the". */
const SHORT_BEFORE_BRACKET = /(\p{Lu}[\p{L}'’-]+)\s*\((?:the\s+)?$/u;

/**
 * "Mohamed Hamdan Dagalo, known as Hemedti,": the name after "known as" is the person's too, here
 * and wherever it stands alone in the article (and, through its mention, in the batch: surnameIndex).
 */
function knownAs(found: EntityMention[], pending: EntityMention[], text: string, article: string): void {
  if (!text.includes('known as')) return;
  for (const person of [...found]) {
    if (person.type !== 'person') continue;
    const m = KNOWN_AS.exec(text.slice(person.end, person.end + 60));
    if (!m) continue;
    const alias = m[1]!;
    const start = person.end + m.index + m[0].length - alias.length;
    const at = found.findIndex((x) => x.start === start);
    const mention = {
      article,
      name: person.name,
      type: 'person' as const,
      text: alias,
      start,
      end: start + alias.length,
    };
    if (at >= 0) found[at] = mention;
    else found.push(mention);
    const waiting = pending.findIndex((x) => x.start === start);
    if (waiting >= 0) pending.splice(waiting, 1);
    for (const [k, x] of found.entries())
      if (x.name === alias && x.start !== start) found[k] = renamedMention(x, person.name, 'person');
  }
}

const KNOWN_AS =
  /^\s*[,(]\s*(?:also |better |widely |popularly |commonly )?known as\s+(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)/u;

/**
 * "Santiago" after "Santiago de Cuba", "Rio" after "Rio de Janeiro": a place's first word alone,
 * where the full name joins its words with a particle, is that place.
 */
function shortPlaceNames(found: EntityMention[]): void {
  const full = new Map<string, string | null>();
  for (const m of found) {
    const parts = /^(\S+) (?:de|del|da|do|dos|das|di|du|des|la)\s\S/.exec(m.name);
    if (m.type !== 'place' || !parts) continue;
    const seen = full.get(parts[1]!);
    full.set(parts[1]!, seen === undefined || seen === m.name ? m.name : null);
  }
  if (full.size === 0) return;
  for (const [k, m] of found.entries()) {
    const name = m.type === 'place' ? full.get(m.name) : undefined;
    if (name) found[k] = renamedMention(m, name);
  }
}

/**
 * How often each capitalised word occurs: a surname used again alone marks a person's name. Counted
 * on first use, since most articles never need it.
 */
class CapitalisedCounts {
  private counts: Map<string, number> | null = null;

  constructor(private readonly words: Word[]) {}

  get(key: string): number {
    if (!this.counts) {
      this.counts = new Map();
      for (const word of this.words)
        if (word.cap) this.counts.set(word.key, (this.counts.get(word.key) ?? 0) + 1);
    }
    return this.counts.get(key) ?? 0;
  }
}

/** A gazetteer match, which a longer capitalised phrase around it may replace. */
interface Listed {
  mention: EntityMention;
  from: number;
  to: number;
  dropped: boolean;
}

// ── gazetteer pass ──────────────────────────────────────────────────────────

/** "Air India", "Air Algérie": "Air" before a listed country is an airline, not the country. */
function nameAirlines(words: Word[], listed: Listed[], taken: boolean[], article: string): void {
  for (const item of listed) {
    const air = words[item.from - 1];
    if (item.mention.type !== 'place' || air?.text !== 'Air' || air.newlineBefore || taken[item.from - 1])
      continue;
    item.from--;
    taken[item.from] = true;
    item.mention = mentionOf(words, { from: item.from, to: item.to, titled: false }, 'organization', article);
  }
}

/**
 * "the Erdogan hospital", "Ben Gurion airport": a listed person's name before a lower-case facility
 * noun names the facility after them, not the person: a hospital or a school is an organisation, an
 * airport, a stadium or a bridge a place.
 */
function nameFacilities(words: Word[], listed: Listed[], taken: boolean[], article: string): void {
  for (const item of listed) {
    const noun = words[item.to + 1];
    if (item.mention.type !== 'person' || !noun || noun.cap || noun.newlineBefore || taken[item.to + 1])
      continue;
    const type = FACILITY_NOUNS.get(noun.key);
    if (!type) continue;
    item.to++;
    taken[item.to] = true;
    item.mention = mentionOf(words, { from: item.from, to: item.to, titled: false }, type, article);
  }
}

const FACILITY_NOUNS = new Map<string, EntityType>([
  ['hospital', 'organization'],
  ['university', 'organization'],
  ['school', 'organization'],
  ['foundation', 'organization'],
  ['airport', 'place'],
  ['stadium', 'place'],
  ['bridge', 'place'],
  ['mosque', 'place'],
  ['square', 'place'],
]);

/**
 * "Prime Minister Luís Montenegro", "Michael Jordan": a listed place right after a given name, or
 * after a name that follows a title, is that person's surname; the place is released to the name.
 */
function freeSurnames(words: Word[], listed: Listed[], taken: boolean[]): void {
  for (const item of listed) {
    if (item.mention.type !== 'place' || item.from !== item.to) continue;
    const given = words[item.from - 1];
    if (!given?.cap || taken[item.from - 1] || given.sentenceStart || !given.pos.startsWith('PROPN'))
      continue;
    const title = words[item.from - 2];
    if (!GIVEN_NAMES.has(given.key) && !(title && isTitle(title) && title.cap)) continue;
    item.dropped = true;
    taken[item.from] = false;
  }
}

function matchGazetteer(
  words: Word[],
  root: TrieNode,
  taken: boolean[],
  out: Listed[],
  article: string,
): void {
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (first.skip || (!first.cap && !opensArabicName(words, i))) continue;
    const hit = longestAlias(words, i, root);
    if (
      !hit ||
      isGivenNameBeforeSurname(words, i, hit.endWord) ||
      isSurnameAfterGivenName(words, i, hit) ||
      isSurnameOfAnother(words, i, hit) ||
      namesACity(words, hit) ||
      namesAnAirline(words, i) ||
      endsParticleName(words, i) ||
      namesAPortfolio(words, i, hit.endWord) ||
      areInitials(words, i, hit)
    )
      continue;
    const last = words[hit.endWord]!;
    const mention: EntityMention = {
      article,
      name: hit.match.entry.name,
      type: hit.match.entry.type,
      text: textBetween(words, i, hit.endWord),
      start: first.start,
      end: last.end,
    };
    if (ownedElsewhere(words, i, mention) || unnamedNation(words, mention)) mention.name = mention.text;
    out.push({ mention, from: i, to: hit.endWord, dropped: false });
    for (let j = i; j <= hit.endWord; j++) taken[j] = true;
    i = hit.endWord;
  }
}

/**
 * "Director General of Labour Inspection …": one listed word after "of" and before a capitalised
 * portfolio noun is the portfolio's field ("Labour Inspection", "Labour Relations"), not the body the word names alone.
 * So is a field word right before an office: "Labour Minister Florence Bore", "Labour Cabinet
 * Secretary …" name no Labour Party.
 */
function namesAPortfolio(words: Word[], from: number, to: number): boolean {
  const next = words[to + 1];
  if (from !== to || next === undefined || !next.cap || next.newlineBefore) return false;
  if (ROLE_WORDS.has(words[from]!.key) && (TITLES.has(next.key) || next.key === 'cabinet')) return true;
  return words[from - 1]?.key === 'of' && isPortfolioNoun(next);
}

/**
 * "his lawyer AP Singh", "Prime Minister KP Sharma Oli": two or three capitals between a person noun
 * (or a title) and a capitalised name are that person's initials, not the agency or body they spell
 * elsewhere ("AP reported", "an AP photographer", "AP Photo" stay the agency).
 */
function areInitials(words: Word[], from: number, hit: { endWord: number; match: AliasMatch }): boolean {
  const next = words[from + 1];
  if (from !== hit.endWord || !hit.match.acronym || !next || next.newlineBefore) return false;
  if (!INITIALS.test(words[from]!.text) || !NAME_WORD.test(next.text) || isHeadWord(next.key)) return false;
  if (isTitle(next) || CALENDAR_WORD.test(next.text)) return false;
  const prev = words[from - 1];
  return prev !== undefined && ((!prev.cap && PERSON_NOUNS.has(prev.key)) || isTitleBefore(words, from));
}

/** Two or three capitals, as initials are run together in South Asian names ("AP", "KP"). */
const INITIALS = /^\p{Lu}{2,3}$/u;
/** A capitalised word of letters, as a given name or surname is written. */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "al-Shabaab", "al-Qaeda": an Arabic article in lower case, a hyphen and a capitalised name. */
function opensArabicName(words: Word[], i: number): boolean {
  const article = words[i]!.key;
  return (
    (article === 'al' || article === 'el' || article === 'ad' || article === 'as' || article === 'ash') &&
    words[i + 1]?.text === '-' &&
    words[i + 2]?.cap === true
  );
}

/** "Air New Zealand", "Air Vanuatu": a place after "Air" names the airline, not the place. */
function namesAnAirline(words: Word[], from: number): boolean {
  const before = words[from - 1];
  return before !== undefined && before.key === 'air' && before.cap && !words[from]!.newlineBefore;
}

/**
 * "Russia's Security Council", "Iran's General Assembly": a listed body written without its owner
 * ("UN Security Council" as "Security Council") after another owner is that owner's own body.
 */
function ownedElsewhere(words: Word[], from: number, mention: EntityMention): boolean {
  if (mention.type !== 'organization' || mention.name === mention.text) return false;
  if (!mention.name.endsWith(` ${mention.text}`)) return false;
  const owner = words[from - 1];
  if (owner?.text === "'s" || owner?.text === '’s') return ownerOf(words[from - 2], mention);
  return ownerOf(owner, mention);
}

/**
 * "Congress" is the US Congress only where the article names the United States: India's and Brazil's
 * parliaments are called Congress too ("the Congress-led front", "Congress would vote on the decree").
 */
function unnamedNation(words: Word[], mention: EntityMention): boolean {
  const nation = /^(?:US|U\.S\.) /.exec(mention.name);
  if (!nation || mention.text.startsWith(nation[0])) return false;
  return !words.some(
    (w, k) => US_WORDS.has(w.text) || (w.key === 'united' && words[k + 1]?.key === 'states'),
  );
}

const US_WORDS = new Set(['US', 'U.S.', 'USA', 'Washington', 'American', 'Americans', 'America']);

function ownerOf(owner: Word | undefined, mention: EntityMention): boolean {
  // ("Russian Security Council" is one name: absorbsListed takes it whole.)
  if (!owner?.cap || !owner.possessive) return false;
  return !mention.name.toLowerCase().split(' ').includes(owner.key);
}

/**
 * "Austin Butler", "Georgia Hale": a one-word place that is also a given name, before a surname.
 * "Defence Secretary Dallas Korir": after a title, any one-word place before a name is a given name.
 */
function isGivenNameBeforeSurname(words: Word[], from: number, to: number): boolean {
  const next = words[to + 1];
  if (from !== to || !next || !next.cap || next.newlineBefore || words[from]!.possessive) return false;
  if (!GIVEN_NAMES.has(words[from]!.key) && !(isTitleBefore(words, from) && words[from - 1]!.cap))
    return false;
  return (
    !ORG_HEADS.has(next.key) &&
    !COMPANY_HEADS.has(next.key) &&
    !PLACE_HEADS.has(next.key) &&
    !MISC_HEADS.has(next.key) &&
    !isTitle(next)
  );
}

/**
 * "Abdul-Malik al-Houthi", "Ahmed bin-Saleh": a listed name joined by a hyphen to a name particle that
 * follows a capitalised name is that name's last part (a family name), not the group or the place.
 */
function endsParticleName(words: Word[], from: number): boolean {
  const particle = words[from - 2];
  const before = words[from - 3];
  return (
    particle !== undefined &&
    before !== undefined &&
    PARTICLES.has(particle.text) &&
    isJoiningHyphen(words, from - 1) &&
    before.cap &&
    !before.possessive &&
    !particle.newlineBefore &&
    before.end < particle.start
  );
}

/**
 * "the car carrier Galaxy Leader", "the tanker Sea Star": a name right after a kind of ship is the
 * ship's, neither a person's (its "Leader" is no title) nor an organisation's.
 */
function namesAVessel(words: Word[], chunk: Chunk): boolean {
  const noun = words[chunk.from - 1];
  if (!noun || noun.cap) return false;
  if (VESSEL_NOUNS.has(noun.key)) return true;
  // "the Marshall Islands-flagged St Nikolas": a flag state's adjective before a ship's name.
  if (noun.key === 'flagged' && isJoiningHyphen(words, chunk.from - 2)) return true;
  // "carrier" alone is also an airline ("the carrier Lufthansa").
  return (
    noun.key === 'carrier' && /^(?:car|aircraft|bulk|gas|vehicle)$/.test(words[chunk.from - 2]?.key ?? '')
  );
}

const VESSEL_NOUNS = new Set([
  'tanker',
  'vessel',
  'ship',
  'freighter',
  'warship',
  'destroyer',
  'frigate',
  'cruiser',
  'ferry',
  'trawler',
  'yacht',
  'bulker',
  'containership',
]);

/** "Kansas City", "Gaza City": a listed place before "City" is part of another place's name. */
function namesACity(words: Word[], hit: { endWord: number; match: AliasMatch }): boolean {
  const next = words[hit.endWord + 1];
  return hit.match.entry.type === 'place' && next?.text === 'City' && !next.newlineBefore;
}

/** "Lloyd Austin", "Jack London": a one-word place right after a given name is its surname. */
function isSurnameAfterGivenName(
  words: Word[],
  from: number,
  hit: { endWord: number; match: AliasMatch },
): boolean {
  const prev = words[from - 1];
  return (
    from === hit.endWord &&
    hit.match.entry.type === 'place' &&
    prev?.cap === true &&
    !prev.possessive &&
    !words[from]!.newlineBefore &&
    GIVEN_NAMES.has(prev.key)
  );
}

/**
 * "Tamar Kobakhidze, an analyst", where the gazetteer knows "Irakli Kobakhidze": a listed surname
 * after a given name that none of the listed person's names holds is another person of that name.
 */
function isSurnameOfAnother(
  words: Word[],
  from: number,
  hit: { endWord: number; match: AliasMatch },
): boolean {
  const prev = words[from - 1];
  if (from !== hit.endWord || hit.match.entry.type !== 'person' || !prev) return false;
  if (!prev.cap || prev.possessive || prev.skip || words[from]!.newlineBefore) return false;
  // A given name is a word of letters, not an initial ("R.") or a title ("Mr", "President").
  if (!/^\p{Lu}\p{Ll}+$/u.test(prev.text) || isTitle(prev) || isDemonym(prev)) return false;
  if (prev.sentenceStart && !GIVEN_NAMES.has(prev.key) && prev.pos !== 'PROPN') return false;
  const entry = hit.match.entry;
  return ![entry.name, ...entry.aliases].some((name) => aliasKeys(name).includes(prev.key));
}

function longestAlias(
  words: Word[],
  from: number,
  root: TrieNode,
): { match: AliasMatch; endWord: number } | null {
  let node: TrieNode | undefined = root;
  let best: { match: AliasMatch; endWord: number } | null = null;
  for (let j = from; j < words.length && node; j++) {
    const word = words[j]!;
    if (j > from && isJoiningHyphen(words, j)) continue;
    node = node.next.get(word.key);
    if (!node) break;
    if (node.match && caseFits(words, from, j, node.match)) best = { match: node.match, endWord: j };
    // "Russia's Security Council" is no listed name; "Peoples' Equality and Democracy Party" is, a
    // plural's possessive inside it.
    if (word.possessive && !node.next.has("'")) break;
  }
  return best;
}

function caseFits(words: Word[], from: number, to: number, match: AliasMatch): boolean {
  if (!match.acronym) return words[from]!.cap || opensArabicName(words, from);
  for (let j = from; j <= to; j++) if (/\p{Ll}/u.test(words[j]!.text)) return false;
  return true;
}

// ── capitalised phrases ─────────────────────────────────────────────────────

interface Chunk {
  from: number;
  to: number;
  /** A title word came right before the name ("President", "Governor"). */
  titled: boolean;
}

const COMMON_POS = new Set(['NOUN', 'VERB', 'ADV', 'DET', 'PRON', 'ADP', 'AUX', 'CCONJ', 'SCONJ']);
const PARTICLES = new Set([
  'de',
  'del',
  'della',
  'dos',
  'das',
  'von',
  'van',
  'der',
  'den',
  'al',
  'bin',
  'ibn',
  'la',
  'le',
  'du',
  'da',
  'di',
  'el',
  // Portuguese: "Rio Grande do Sul", "Caxias do Sul".
  'do',
  // Spanish and Filipino: "Juan de los Santos", "Randy delos Santos", "Ana dela Cruz".
  'los',
  'las',
  'delos',
  'dela',
  // German place names: "Rust im Tullnerfeld", "Frankfurt am Main".
  'im',
  'am',
]);
const ORG_CONNECTORS = new Set(['of', 'for', 'and', 'the', '&']);

/** Runs of capitalised words, with name particles, joining hyphens and "of/for/and" inside. */
function capitalisedChunks(words: Word[], taken: boolean[]): Chunk[] {
  const chunks: Chunk[] = [];
  const possessivePlaces = possessivePlaceNames(words, taken);
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i], true) && !monthAsGivenName(words, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < words.length) {
      if (continuesName(words, j)) j++;
      else {
        const step = possessiveStep(words, i, j, taken, possessivePlaces);
        if (step === 0) break;
        j += step;
      }
    }
    chunks.push({ from: i, to: j, titled: isTitleBefore(words, i) });
    i = j + 1;
  }
  return chunks;
}

/**
 * How far a name goes on past a possessive at word j (0: it ends there). "Attorney General's Office",
 * "International Longshoremen's Association", "Saint Martin's Island": a name of two words or more
 * and an institution's or a place's head word after it are one name. "Cox's Bazar": a one-word
 * possessive and the name after it are one place where the article names them so after "near" or
 * "in" (possessivePlaces). Names the gazetteer knows ("Russia's Defence Ministry") stay apart.
 */
function possessiveStep(
  words: Word[],
  from: number,
  j: number,
  taken: boolean[],
  places: Set<string>,
): number {
  const here = words[j]!;
  if (!here.possessive || taken[j]) return 0;
  const step = possessiveEnd(words, j) - j;
  const next = words[j + step];
  if (!next || next.newlineBefore || taken[j + step] || !isNameWord(next, false)) return 0;
  // "the Prosecutor's Office", "the Governor's Office": an office holder's institution.
  if (from === j && isTitle(here) && ORG_HEADS.has(next.key)) return step;
  // "People's Power", "Workers' Party of Korea", "Farmers' Union": a group's possessive opens a name.
  if (from === j && GROUP_POSSESSIVES.has(here.key)) return step;
  if (from === j) return places.has(pairKey(here, next)) ? step : 0;
  if (GIVEN_NAMES.has(words[from]!.key)) return 0;
  // "Okhmatdyt National Children's Specialized Hospital", "City Children's Clinical Hospital": a
  // group's possessive inside a name that an organisation's head word ends a word or two later.
  if (GROUP_POSSESSIVES.has(here.key) && orgHeadSoon(words, j + step)) return step;
  // "House of Peoples' Representatives", "Congress of People's Deputies": whose members a chamber
  // of a body's name holds, after its "of".
  if (GROUP_POSSESSIVES.has(here.key) && words[j - 1]?.key === 'of' && next.cap) return step;
  // "the Islamic Emirate's Ministry of Defense": an owner with a head word of its own is a name apart.
  for (let k = from; k <= j; k++) if (isHeadWord(words[k]!.key)) return 0;
  return ORG_HEADS.has(next.key) || PLACE_HEADS.has(next.key) ? step : 0;
}

/**
 * "near Cox's Bazar", "between Cox's Bazar and …": one-word possessives that open a place's name,
 * seen once after a preposition of place, or used twice or more and never alone ("Putin's Russia"
 * has Putin alone elsewhere).
 */
function possessivePlaceNames(words: Word[], taken: boolean[]): Set<string> {
  const pairs = new Map<string, { key: string; count: number; cued: boolean }>();
  for (let j = 0; j < words.length - 1; j++) {
    const here = words[j]!;
    if (!here.possessive || !here.cap || taken[j] || isAcronym(here)) continue;
    const step = possessiveEnd(words, j) - j;
    const next = words[j + step];
    if (!next?.cap || next.pos !== 'PROPN' || taken[j + step] || isHeadWord(next.key)) continue;
    // "in PNG's Enga province", "in Nan's Tha Wang Pha district": a place in the owner's country
    // or province, two names (the kind of place comes after the whole second name).
    let last = j + step;
    while (last < j + step + 3 && words[last + 1]?.cap && !words[last + 1]!.newlineBefore) last++;
    const after = words[last + 1];
    if (after && !after.cap && (PLACE_HEADS.has(after.key) || PLACE_NOUNS.has(after.key))) continue;
    const key = pairKey(here, next);
    const pair = pairs.get(key) ?? { key: here.key, count: 0, cued: false };
    pair.count++;
    pair.cued ||= POSSESSIVE_PLACE_CUES.has(words[j - 1]?.key ?? '');
    pairs.set(key, pair);
  }
  const places = new Set<string>();
  if (pairs.size === 0) return places;
  const alone = new Map<string, number>();
  for (const word of words) if (word.cap) alone.set(word.key, (alone.get(word.key) ?? 0) + 1);
  for (const [key, pair] of pairs)
    if (pair.cued || (pair.count >= 2 && alone.get(pair.key) === pair.count)) places.add(key);
  return places;
}

/** Groups of people whose possessive opens the names of parties, unions and movements. */
const GROUP_POSSESSIVES = new Set(
  'people peoples women men children workers farmers citizens students teachers doctors veterans mothers soldiers pensioners miners journalists writers lawyers taxpayers peasants nations'.split(
    ' ',
  ),
);

const POSSESSIVE_PLACE_CUES = new Set(['in', 'near', 'outside', 'from', 'into', 'between', 'at']);

/** The index of the name word after the possessive word j ("Cox" "'s" "Bazar" → Bazar's). */
/** An organisation's head word at k or within the two capitalised words after it. */
function orgHeadSoon(words: Word[], k: number): boolean {
  for (let i = k; i <= k + 2; i++) {
    const word = words[i];
    if (!word?.cap || word.newlineBefore) return false;
    if (ORG_HEADS.has(word.key)) return true;
  }
  return false;
}

function possessiveEnd(words: Word[], j: number): number {
  return POSSESSIVE_MARK.test(words[j + 1]?.text ?? '') ? j + 2 : j + 1;
}

function pairKey(first: Word, second: Word): string {
  return `${first.key} ${second.key}`;
}

function isNameWord(word: Word | undefined, asFirst: boolean): boolean {
  // `cap` means the word starts with an upper-case letter.
  if (!word || word.skip || word.heading || !word.cap) return false;
  if (CURRENCY_GLUED.test(word.text)) return false;
  if (asFirst && isStopCap(word, true)) return false;
  // At a sentence start every word is capitalised; a common noun or verb there starts no name.
  if (asFirst && word.sentenceStart && COMMON_POS.has(word.pos)) return false;
  // Long words in capitals are shouting (datelines, "BREAKING"), not names, unless the article gives
  // them in brackets as a short name ("(NDRRMC)").
  return word.text.length <= 5 || word.declared || !ALL_UPPER.test(word.text);
}

const ALL_UPPER = /^\p{Lu}+$/u;

/** "Sh206", "KSh50", "Rs500": currency letters glued to an amount are money, not a name. */
const CURRENCY_GLUED = /^(?:[KTU]?Sh|Ksh|Rs|Rp|RM)\.?\d/;

/**
 * A capitalised English function word ("The", "My"; "Mr." too, `withoutStop`): not "Mỹ" of "Mỹ
 * Lý", whose key folds its diacritics to "my" (a word written with them is no English word).
 */
function isStopCap(word: Word, withoutStop = false): boolean {
  const key = withoutStop && word.key.endsWith('.') ? word.key.slice(0, -1) : word.key;
  return STOP_CAPS.has(key) && isAscii(word.text);
}

const isAscii = (text: string) => /^[\x00-\x7f]*$/.test(text);

/** Whether the phrase that ends at word j goes on with word j+1. */
function continuesName(words: Word[], j: number): boolean {
  const here = words[j]!;
  const next = words[j + 1]!;
  if (here.possessive || next.newlineBefore) return false;
  // "Clinical Hospital No. 1", "School No. 5": a number after "No." ends the name.
  if (here.text === 'No.' && /^\d{1,4}$/.test(next.text) && j > 0 && words[j - 1]!.cap) return true;
  // "a Bangladesh Air Force C-130": a model's code after a body's head word is the aircraft's.
  if (/\d/.test(next.text) && isHeadWord(here.key)) return false;
  if (isNameWord(next, false) && !isStopCap(next)) return true;
  if (monthInName(words, j) || syllableAn(words, j) || weekdayInName(words, j)) return true;
  // Connectors count only when a capitalised word follows them.
  const after = words[j + 2];
  // "Raed al-Saleh", "Bab al-Hawa": a particle joined to the next name by a hyphen.
  if (PARTICLES.has(next.text) && isJoiningHyphen(words, j + 2)) return isNameWord(words[j + 3], false);
  if (isJoiningHyphen(words, j + 1) || PARTICLES.has(next.text)) return isNameWord(after, false);
  // "ISEAS–Yusof Ishak Institute": an en dash joins two names into one body's when the body's head
  // word follows (not "the Thailand–Cambodia border", two countries).
  if (next.text === '–' && next.start === here.end && after?.start === next.end)
    return isNameWord(after, false) && orgHeadSoon(words, j + 2);
  // "High Commission of the Republic in New Caledonia": the state's office in a territory is named
  // with the territory.
  if (
    next.text === 'in' &&
    here.key === 'republic' &&
    words[j - 1]?.key === 'the' &&
    words[j - 2]?.key === 'of' &&
    isNameWord(after, false)
  )
    return true;
  // "Ministry of Social Welfare, Relief and Resettlement": portfolios listed after "of" are one
  // ministry's name, commas and all.
  if (next.text === ',' && portfoliosGoOn(words, j)) return true;
  // "Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU)": a list of members inside a
  // body's name, commas and all, when the bracketed initials after it spell the whole name.
  if (next.text === ',' && listSpelledByAcronym(words, j)) return true;
  // "Commission on Human Rights", "Committee on Foreign Affairs": "on" and a portfolio after a head.
  if (next.text === 'on' && ORG_HEADS.has(here.key) && isNameWord(after, false) && ROLE_WORDS.has(after!.key))
    return true;
  // "Independent Commission Against Corruption", "Campaign Against Arms Trade": "Against" written with a
  // capital inside a body's name.
  if (next.text === 'Against' && ORG_HEADS.has(here.key) && isNameWord(after, false)) return true;
  // "Center on Transnational Crime", "Council on Foreign Relations": two names after "on" (not the
  // "Security Council on Ukraine" of a meeting, nor "the Council on Monday").
  if (
    next.text === 'on' &&
    ORG_HEADS.has(here.key) &&
    isNameWord(after, false) &&
    isNameWord(words[j + 3], false) &&
    !CALENDAR_WORD.test(after!.text) &&
    !namesPlaceAfter(words, j + 2)
  )
    return true;
  if (ORG_CONNECTORS.has(next.text)) {
    // "Alexander the Great", not "In Chisinau the Prosecutor General's Office": "the" goes on with a
    // name, not with a title or an institution's head word.
    if (
      next.text === 'the' &&
      !ORG_CONNECTORS.has(here.key) &&
      after &&
      (isTitle(after) || isHeadWord(after.key))
    )
      return false;
    // "the Security Council for July": a connector goes on only to a word that may go on a name.
    if (isNameWord(after, false) && !isStopCap(after!)) return true;
    // "of the Red Cross", "Office for the Coordination of …", "Front for the Liberation of …"
    return (
      (next.text === 'of' || next.text === 'for') && after?.text === 'the' && isNameWord(words[j + 3], false)
    );
  }
  return false;
}

/**
 * At the comma after word j: whether the name is a body's head, "of" and portfolios ("Ministry of
 * Social Welfare,") that go on as a list closed by "and" ("Relief and Resettlement"), each part a
 * capitalised word or two that name portfolios ("…, Reuters and AFP" and "…, Ministry of Defence and …"
 * go on with other names).
 */
function portfoliosGoOn(words: Word[], j: number): boolean {
  let of = j;
  while (of > j - 4 && of > 0 && words[of]!.key !== 'of') of--;
  // "Ministry of Social Welfare, …" and its minister: "Deputy Minister of Food, Agriculture and …".
  const head = words[of - 1];
  if (words[of]?.key !== 'of' || !head || !(ORG_HEADS.has(head.key) || isTitle(head))) return false;
  // "Ministry of Energy, …": a portfolio that also heads firms' names ("X Energy") is still one.
  for (let k = of + 1; k <= j; k++) {
    const word = words[k]!;
    if (!word.cap || (isHeadWord(word.key) && !ROLE_WORDS.has(word.key))) return false;
  }
  let k = j + 2;
  let sawAnd = false;
  for (let parts = 0; parts < 4; parts++) {
    let size = 0;
    while (words[k]?.cap && isPortfolioWord(words[k]!) && size < 2) {
      k++;
      size++;
    }
    if (size === 0) return false;
    if (sawAnd) return true;
    const join = words[k]?.key;
    if (join === 'and') sawAnd = true;
    else if (join !== ',') return false;
    k++;
  }
  return false;
}

/**
 * Whether the capitalised words before j (a comma follows j), the list after it ("Pharmacists and
 * Dentists Union") and an organisation's head word ending it are one name: the capitals in brackets
 * right after it are the initials of its capitalised words, from the first to the head, one of them
 * at most left out (KMPDU has no second P).
 */
function listSpelledByAcronym(words: Word[], j: number): boolean {
  let from = j;
  while (from > 0 && j - from < 8 && (words[from - 1]!.cap || ORG_CONNECTORS.has(words[from - 1]!.key)))
    from--;
  while (from < j && !words[from]!.cap) from++;
  let k = j + 2;
  while (
    k < j + 14 &&
    words[k] &&
    (words[k]!.cap || words[k]!.text === ',' || ORG_CONNECTORS.has(words[k]!.key))
  )
    k++;
  const last = words[k - 1];
  if (!last || !ORG_HEADS.has(last.key) || words[k]?.text !== '(' || words[k + 2]?.text !== ')') return false;
  const acronym = words[k + 1]!;
  if (!isAcronym(acronym)) return false;
  if (acronym.text.length < 3) return false;
  // The name may start after words of the run that are not its own ("Members of the Zambia …").
  for (let start = from; start <= j; start++) {
    if (!words[start]!.cap) continue;
    let initials = '';
    for (let w = start; w < k; w++) if (words[w]!.cap) initials += words[w]!.text[0];
    if (spellsWithOneSkip(acronym.text, initials)) return true;
  }
  return false;
}

/** `initials` with at most one letter left out inside it is `acronym` (the first and last are kept). */
function spellsWithOneSkip(acronym: string, initials: string): boolean {
  if (initials === acronym) return true;
  if (initials.length !== acronym.length + 1) return false;
  for (let skip = 1; skip < initials.length - 1; skip++)
    if (initials.slice(0, skip) + initials.slice(skip + 1) === acronym) return true;
  return false;
}

/** The levels of government a generic "… Government" is written with. */
const GOVERNMENT_LEVELS = new Set([
  'state',
  'central',
  'union',
  'federal',
  'national',
  'provincial',
  'regional',
  'local',
  'county',
  'city',
  'interim',
  'transitional',
]);

/** "Relief", "Resettlement", "Trade": a word that names a ministry's portfolio. */
function isPortfolioWord(word: Word): boolean {
  return ROLE_WORDS.has(word.key) || isPortfolioNoun(word) || MORE_PORTFOLIOS.has(word.key);
}

const MORE_PORTFOLIOS = new Set([
  // "Food, Agriculture and Light Industry"
  'light',
  'family',
  'families',
  'community',
  'children',
  'gender',
  'heritage',
  'arts',
]);

/**
 * "Theresa May", "Zhang Jun": a month's name or short form after a name word is the person's
 * surname, not a date, when no day number follows it ("Reuters Jun 12" stays a date).
 */
function monthInName(words: Word[], j: number): boolean {
  const here = words[j]!;
  const next = words[j + 1]!;
  if (!NAME_MONTHS.has(next.key) || !next.cap || !here.cap || STOP_CAPS.has(here.key)) return false;
  if (ALL_UPPER.test(here.text) && here.text.length > 1) return false;
  const after = words[j + 2];
  return !after || !/^\d/.test(after.text);
}

const NAME_MONTHS = new Set(['may', 'june', 'jun', 'april', 'august']);

/**
 * "Opposition Leader Marlon Sunday", "Felicia Monday, the mayor,": a weekday after a given name is the
 * person's surname when a title or a role comes before the given name or a described role right after
 * the weekday ("Kyiv Monday" and "Islamic State Thursday", in wire style, stay dates).
 */
function weekdayInName(words: Word[], j: number): boolean {
  const here = words[j]!;
  const next = words[j + 1]!;
  if (!next.cap || !WEEKDAY.test(next.key) || !NAME_WORD.test(here.text) || STOP_CAPS.has(here.key))
    return false;
  if (isTitle(here) || isHeadWord(here.key) || DAY_PARTS.has(words[j + 2]?.key ?? '')) return false;
  const title = words[j - 1];
  if (title?.cap && isTitleBefore(words, j) && !words[j]!.newlineBefore) return true;
  // "The mayor, Felicia Monday, said": the role set before the name, between commas.
  const role = words[j - 2];
  if (title?.text === ',' && role && !role.cap && (isTitle(role) || PERSON_NOUNS.has(role.key))) return true;
  return rolesAfter(words, j + 2);
}

const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'noon', 'midnight']);

/** ", the opposition leader," / ", a farmer.": a described person right after the name, and no verb. */
function rolesAfter(words: Word[], k: number): boolean {
  if (words[k]?.text !== ',' || !DESCRIBING_DETERMINERS.has(words[k + 1]?.key ?? '')) return false;
  for (let m = k + 2; m <= k + 5; m++) {
    const word = words[m];
    if (!word || word.cap || !/^\p{Ll}/u.test(word.text)) return false;
    if (isTitle(word) || PERSON_NOUNS.has(word.key)) return !SPEECH_VERBS.has(words[m + 1]?.key ?? '');
  }
  return false;
}

/**
 * "Mayor Jan Dohnal", "April Ryan said": a month's name that is also a given name, right before a
 * capitalised surname, with no day number after and no word before that would make it a date ("in",
 * "since", "5").
 */
function monthAsGivenName(words: Word[], i: number): boolean {
  const word = words[i]!;
  if (!GIVEN_MONTHS.has(word.text) || word.skip || word.heading) return false;
  const next = words[i + 1];
  if (!next || next.newlineBefore || !isNameWord(next, true) || NAME_MONTHS.has(next.key)) return false;
  if (/^\d/.test(words[i + 2]?.text ?? '')) return false;
  const before = words[i - 1];
  return !before || !(DATE_WORDS_BEFORE.has(before.key) || /^\d/.test(before.text));
}

const GIVEN_MONTHS = new Set(['Jan', 'June', 'April', 'August']);
const DATE_WORDS_BEFORE = new Set(
  'in on by since until till from of during last next early late mid this before after between through to and'.split(
    ' ',
  ),
);

/**
 * "Nghệ An", "Long An", "Hội An": inside a sentence, a capitalised "An" after a name word is the
 * name's last syllable (Vietnamese "peace"), not the article, which is written in lower case there.
 */
function syllableAn(words: Word[], j: number): boolean {
  const here = words[j]!;
  const next = words[j + 1]!;
  return next.text === 'An' && !next.sentenceStart && here.cap && !here.heading && !STOP_CAPS.has(here.key);
}

/**
 * A phrase with an organisation or place head that the gazetteer only partly covers names one thing:
 * "Washington Institute for Defense and Security", "South China Sea". Its gazetteer matches give way.
 * A phrase headed by a treaty or event word ("Rome Statute") drops its gazetteer matches instead.
 */
/**
 * "Solomon Airlines and Fiji Airways", "Ministry of Finance and Ministry of Emergency Situations": where
 * an "and" stands between one body's name and another's with its own head word, or -1.
 */
function andBetweenBodies(words: Word[], chunk: Chunk): number {
  const body = (w: Word) => ORG_HEADS.has(w.key) || COMPANY_HEADS.has(w.key);
  for (let k = chunk.from + 1; k < chunk.to; k++) {
    if (words[k]!.key !== 'and') continue;
    // "Ministry of Finance and Ministry of …": a second name that opens with its head (not "… Family
    // and Community Development", where a head word opens the last portfolio).
    if (
      ORG_HEADS.has(words[k + 1]!.key) &&
      opensBody(words, k + 1, chunk.to) &&
      words.slice(chunk.from, k).some((w) => ORG_HEADS.has(w.key))
    )
      return k;
    // Not "Department of Health and Human Services": the head must end the first name; not "Radio and
    // Television Supreme Council": a head word alone is no body's name.
    if (!body(words[k - 1]!) || k - 1 === chunk.from) continue;
    for (let j = k + 1; j <= chunk.to; j++) if (body(words[j]!)) return k;
  }
  return -1;
}

/** A head word at k that a body's name opens with: "Ministry of …", or a name's last word ("… and Parliament"). */
function opensBody(words: Word[], k: number, to: number): boolean {
  return k === to || /^(?:of|for|on)$/.test(words[k + 1]?.key ?? '') || words[k + 1]?.cap !== true;
}

/** An "and" inside the phrase: two names joined, not one. */
function joinsNames(words: Word[], chunk: Chunk): boolean {
  for (let k = chunk.from + 1; k < chunk.to; k++) if (words[k]!.key === 'and') return true;
  return false;
}

function absorbsListed(
  chunk: Chunk,
  words: Word[],
  listed: Listed[],
  out: EntityMention[],
  local: Map<string, { name: string; type: EntityType }>,
  article: string,
  only?: EntityType,
): boolean {
  const inside = listedInside(listed, chunk);
  if (inside.length === 0) return false;
  let head: EntityType | null = null;
  let misc = -1;
  for (let k = chunk.from; k <= chunk.to; k++) {
    const word = words[k]!;
    if (!isFree(inside, k)) continue;
    if (TITLES.has(word.key) && !namesInstitution(words, k, chunk.to) && !officeOfTitle(words, chunk))
      return false;
    if (ORG_HEADS.has(word.key) || COMPANY_HEADS.has(word.key)) head = 'organization';
    else if (k === chunk.to && PLACE_HEADS.has(word.key)) head ??= 'place';
    // "Port Louis", "San Marino": a place's prefix before a listed name; not "Port Louis and Cape
    // Town", two places joined by "and".
    else if (k === chunk.from && k < chunk.to && PLACE_PREFIXES.has(word.key) && !joinsNames(words, chunk))
      head ??= 'place';
    // "Gulf of Oman", "Strait of Hormuz": a kind of place before "of" and a listed name.
    else if (k === chunk.from && PLACE_HEADS.has(word.key) && words[k + 1]?.key === 'of') head ??= 'place';
    // "North Darfur", "South Kordofan", "East Jerusalem": a compass word and a listed place right
    // after it (not "North Kivu and Goma", where the listed place is another name).
    else if (
      k === chunk.from &&
      COMPASS.has(word.key) &&
      inside.some((l) => l.mention.type === 'place' && l.from === k + 1)
    )
      head ??= 'place';
    // "Rio Grande do Sul", "San Pedro de Atacama": a listed place that a particle and a name continue.
    else if (
      k > chunk.from &&
      k < chunk.to &&
      PARTICLES.has(word.text) &&
      inside.some((l) => l.from === chunk.from && l.mention.type === 'place')
    )
      head ??= 'place';
    else if (MISC_HEADS.has(word.key) && misc < 0) misc = k;
  }
  // "the Chinese Red Cross", "Turkish Red Crescent": a country's own society, not the ICRC.
  const ownCountry =
    isDemonym(words[chunk.from]!) || inside.some((l) => l.from === chunk.from && l.mention.type === 'place');
  if (!head && inside.some((l) => NATIONAL_SOCIETY.test(l.mention.text)) && ownCountry) head = 'organization';
  // "the opposition Prosperous Armenia party": a name before a party noun is the party's, listed
  // place and all.
  if (
    !head &&
    misc < 0 &&
    inside.length < chunk.to - chunk.from + 1 &&
    words.slice(chunk.from, chunk.to + 1).every((w) => w.cap && !w.sentenceStart) &&
    partyNounAfter(words, chunk)
  )
    head = 'organization';
  // "the Yerevan Lions": a listed place followed by more name after "the" is an organisation's name.
  // Not "the Lisbon and Porto metros": two names joined by "and"; nor "ambassador to the US David
  // Kemp": a title's country, then the holder's name.
  if (
    !head &&
    misc < 0 &&
    words[chunk.from - 1]?.key === 'the' &&
    isFree(inside, chunk.to) &&
    words[chunk.to - 1]?.key !== 'and' &&
    !titlesCountry(words, chunk, inside) &&
    // "the Karabakh Armenians": a people named after their place, no organisation.
    !isDemonym(words[chunk.to]!)
  )
    head = 'organization';
  // "the Security Council of Armenia": a listed body's short form, "of" and a listed place is that
  // place's own body, named by the whole phrase.
  if (!head && misc < 0 && ownBodyOf(inside, chunk, words)) head = 'organization';
  // "National Security Council", "Russian Security Council": a listed body's short form ("Security
  // Council" for the UN's) at the end of a longer name is another body of that name.
  if (!head && misc < 0 && shortFormEnds(inside[inside.length - 1]!, chunk)) head = 'organization';
  // "West Texas Intermediate", "Geneva Convention": a phrase that ends in a thing's head word names
  // that thing, whatever place or compass word comes before.
  if (misc === chunk.to && !ORG_HEADS.has(words[misc]!.key)) head = null;
  if (head && only && head !== only) return false;
  if (head) {
    for (const l of inside) l.dropped = true;
    const mention = mentionOf(words, chunk, head, article);
    out.push(mention);
    registerAcronym(words, chunk.to, mention, local);
    return true;
  }
  // "the Rome Statute of the International Criminal Court": only the names before the head go.
  if (misc < 0) return false;
  // "Operation Prosperity Guardian": a thing's head word first, a name after it; the whole names it.
  const named = misc === chunk.from && words[misc + 1]?.key !== 'of';
  for (const l of inside) if (l.to < misc || named) l.dropped = true;
  return false;
}

/**
 * "Office of the Prosecutor General of Ukraine", "Office of the President of Armenia": a body's head and
 * "of" open the phrase, so a title after them names whose office it is, and the place the whole body's.
 */
function officeOfTitle(words: Word[], chunk: Chunk): boolean {
  return ORG_HEADS.has(words[chunk.from]!.key) && words[chunk.from + 1]?.key === 'of';
}

const NATIONAL_SOCIETY = /^Red (?:Cross|Crescent)$/;

/**
 * "Ambassador to the US David Kemp", "envoy to the UK Nino Beridze": a listed place that opens the
 * phrase after "<title> to the" is the country the title is for; the words after it are a person's name.
 */
function titlesCountry(words: Word[], chunk: Chunk, inside: Listed[]): boolean {
  // The country or the body the title serves: "envoy to the UN Vassily Nebenzia" too.
  const place = inside[0];
  if (!place || place.from !== chunk.from || place.mention.type === 'person') return false;
  if (words[chunk.from - 2]?.key !== 'to' || !words[chunk.from - 3] || !isTitle(words[chunk.from - 3]!))
    return false;
  const name = chunk.to - place.to;
  return name >= 2 && name <= 3;
}

/**
 * "the Kingdom of Saudi Arabia", "the Sultanate of Oman", "the Islamic Republic of Iran": a state's
 * formal name is another name of the listed country it ends with. The listed mention grows to the
 * whole phrase and keeps its canonical name.
 */
function namesStateOf(chunk: Chunk, words: Word[], listed: Listed[]): boolean {
  const of = chunk.from + words.slice(chunk.from, chunk.to + 1).findIndex((w) => w.key === 'of');
  if (of <= chunk.from || of - chunk.from > 2 || !STATE_WORDS.has(words[of - 1]!.key)) return false;
  const country = listedInside(listed, chunk).find((l) => l.to === chunk.to && l.mention.type === 'place');
  const start = words[of + 1]?.key === 'the' ? of + 2 : of + 1;
  if (!country || country.from !== start) return false;
  for (let k = chunk.from; k < of - 1; k++) if (!words[k]!.cap || isHeadWord(words[k]!.key)) return false;
  const text = textBetween(words, chunk.from, chunk.to);
  const { article, name, type, end } = country.mention;
  country.mention = { article, name, type, text, start: words[chunk.from]!.start, end };
  country.from = chunk.from;
  return true;
}

/**
 * "Nakhchivan Autonomous Republic", "Xinjiang Uyghur Autonomous Region": a listed place and the words
 * of its administrative status are that place (the listed mention grows to the whole phrase).
 */
function namesAdminUnitOf(chunk: Chunk, words: Word[], listed: Listed[]): boolean {
  const place = listedInside(listed, chunk).find((l) => l.from === chunk.from && l.mention.type === 'place');
  if (!place || place.to >= chunk.to) return false;
  const rest = words.slice(place.to + 1, chunk.to + 1).map((w) => w.key);
  if (!ADMIN_STATUS.test(rest.join(' '))) return false;
  const { article, name, type, start } = place.mention;
  const text = textBetween(words, chunk.from, chunk.to);
  place.mention = { article, name, type, text, start, end: words[chunk.to]!.end };
  place.to = chunk.to;
  return true;
}

/** The status words after a place's name: "Autonomous Region", "Uyghur Autonomous Region". */
// Not "County": "Los Angeles County" and the city of Los Angeles are two places.
const ADMIN_STATUS = /^(?:\S+ )?autonomous (?:region|republic|prefecture|oblast|okrug|province)$/;

const STATE_WORDS = new Set([
  'kingdom',
  'sultanate',
  'republic',
  'emirate',
  'state',
  'principality',
  'federation',
  'commonwealth',
]);

function ownBodyOf(inside: Listed[], chunk: Chunk, words: Word[]): boolean {
  const [body, place] = inside;
  if (inside.length !== 2 || !body || !place || body.from !== chunk.from || place.to !== chunk.to)
    return false;
  const { mention } = body;
  return (
    mention.type === 'organization' &&
    mention.name.endsWith(` ${mention.text}`) &&
    place.mention.type === 'place' &&
    words[body.to + 1]?.key === 'of' &&
    place.from === body.to + 2
  );
}

function shortFormEnds(listed: Listed, chunk: Chunk): boolean {
  const { mention } = listed;
  return (
    listed.from > chunk.from &&
    listed.to === chunk.to &&
    mention.type === 'organization' &&
    mention.name.endsWith(` ${mention.text}`)
  );
}

/** "A Red Cross van", "a Red Crescent team": some society's, not the ICRC the gazetteer lists. */
function isGenericSociety(words: Word[], item: Listed): boolean {
  const before = words[item.from - 1]?.key;
  return (before === 'a' || before === 'an') && NATIONAL_SOCIETY.test(item.mention.text);
}

const COMPASS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'upper',
  'lower',
  'northern',
  'southern',
  'eastern',
  'western',
]);

/**
 * "South Ossetia and Abkhazia", "Abkhazia and South Ossetia": a compass word and a listed place on
 * one side of "and" and another name on the other are two places, not one long one. Returns where
 * the "and" is, or -1.
 */
function compassPlaceBeforeAnd(words: Word[], chunk: Chunk, listed: Listed[]): number {
  const inside = listedInside(listed, chunk);
  // "in Ankara and Bogazici University": a listed place that opens the phrase, "and", then a body
  // with its own head word: two names.
  const opening = inside.find((l) => l.from === chunk.from && l.mention.type === 'place');
  if (
    opening &&
    words[opening.to + 1]?.key === 'and' &&
    opening.to + 2 <= chunk.to &&
    words.slice(opening.to + 2, chunk.to + 1).some((w) => ORG_HEADS.has(w.key) || COMPANY_HEADS.has(w.key))
  )
    return opening.to + 1;
  const compassPlaceAt = (k: number) =>
    COMPASS.has(words[k]!.key) && inside.some((l) => l.from === k + 1 && l.mention.type === 'place');
  for (let k = chunk.from + 1; k < chunk.to; k++) {
    if (words[k]!.key !== 'and') continue;
    if (compassPlaceAt(k + 1)) return k;
    const before = inside.find((l) => l.to === k - 1);
    if (before && before.from === chunk.from + 1 && compassPlaceAt(chunk.from)) return k;
  }
  return -1;
}

/** The gazetteer matches wholly inside a phrase (matches are in text order: binary search). */
function listedInside(listed: Listed[], chunk: Chunk): Listed[] {
  let lo = 0;
  let hi = listed.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (listed[mid]!.from < chunk.from) lo = mid + 1;
    else hi = mid;
  }
  const inside: Listed[] = [];
  for (let k = lo; k < listed.length && listed[k]!.from <= chunk.to; k++)
    if (listed[k]!.to <= chunk.to) inside.push(listed[k]!);
  return inside;
}

/** Word k is not part of any of these gazetteer matches. */
function isFree(inside: Listed[], k: number): boolean {
  for (const l of inside) if (k >= l.from && k <= l.to) return false;
  return true;
}

/** The parts of a phrase that no gazetteer match covers. */
function untakenRuns(chunk: Chunk, taken: boolean[]): Chunk[] {
  const runs: Chunk[] = [];
  let start = -1;
  for (let k = chunk.from; k <= chunk.to + 1; k++) {
    const free = k <= chunk.to && !taken[k];
    if (free && start < 0) start = k;
    if (!free && start >= 0) {
      runs.push({ from: start, to: k - 1, titled: start === chunk.from ? chunk.titled : false });
      start = -1;
    }
  }
  return runs;
}

function isTitle(word: Word): boolean {
  return TITLES.has(word.key) || (word.key.endsWith('s') && TITLES.has(word.key.slice(0, -1)));
}

function splitAtTitles(words: Word[], from: number, to: number, titledBefore = false): Chunk[] {
  const chunks: Chunk[] = [];
  let start = from;
  let titled =
    titledBefore ||
    isTitleBefore(words, from) ||
    (isTitle(words[from - 1] ?? words[from]!) && from > 0 && words[from - 1]!.cap);
  for (let j = from; j <= to; j++) {
    // "Analyst Lusine Hovakimyan" at a sentence start: a role noun there works like a title.
    // Not "Residents of Meghaninagar": the name must follow the role word itself.
    const role = j === from && j < to && PERSON_NOUNS.has(words[j]!.key) && words[j + 1]!.cap;
    const honorific = honorificLength(words, j, to);
    if (honorific > 0) {
      // "Datuk Seri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin": an honorific is no part of the name.
      if (j > start) chunks.push(...trimChunk(words, start, j - 1, titled));
      start = j + honorific;
      j += honorific - 1;
      titled = true;
      continue;
    }
    if (!isTitle(words[j]!) && !role) continue;
    if (namesInstitution(words, j, to) || namesThoroughfare(words, j, to) || opensBodyName(words, j, to))
      continue;
    // "Council of Judges and Prosecutors", "Ministry of Justice and Public Security": a title word
    // after a body's head and "of" (or joined by "and" to one) names what the body is of.
    if (j > from && portfolioOfBody(words, from, j)) continue;
    // "Gen Z", "Plan B": a title word before a lone letter is part of a name.
    if (j + 1 <= to && /^\p{Lu}$/u.test(words[j + 1]!.text)) continue;
    // "Latin Kings", "Chone Killers": a plural title that ends the phrase is part of a group's name.
    // Not "Foreign Ministers", where the word before only qualifies the title.
    if (j === to && j > from && !TITLES.has(words[j]!.key) && !isQualifier(words[j - 1]!)) continue;
    // "Amy Pope", "Tom Major": after a given name, a title word is a surname.
    if (j > from && GIVEN_NAMES.has(words[j - 1]!.key)) continue;
    if (surnameAsTitle(words, start, j, to, titled)) continue;
    // "Universidad Mayor de San Andrés": in a Spanish or Portuguese body's name the adjective follows
    // the head word.
    if (j > from && ROMANCE_ORG_HEADS.has(words[j - 1]!.key)) continue;
    // "Davao City Vice Mayor …": a word that qualifies the title belongs to it, not to the place before.
    let end = j - 1;
    while (end >= start && TITLE_QUALIFIERS.has(words[end]!.key)) end--;
    if (end >= start) chunks.push(...trimChunk(words, start, end, titled));
    start = j + 1;
    // "Leaders of the Economic Community of …", "Ministers of the alliance": several people of a
    // body; what follows names the body, not one of them.
    titled = !(isPluralTitle(words[j]!) && words[j + 1]?.key === 'of');
  }
  if (start <= to) chunks.push(...trimChunk(words, start, to, titled));
  return chunks;
}

/**
 * "Health Minister St Clair Prince", "said Tahseen Sayed, …": a title word that ends a titled name (or
 * one a speech verb introduces), after a name word of its own, is the person's surname: no name
 * follows it for it to be the title of.
 */
function surnameAsTitle(words: Word[], start: number, j: number, to: number, titled: boolean): boolean {
  if (j !== to || j === start || !TITLES.has(words[j]!.key)) return false;
  const name = words[j - 1]!;
  if (!NAME_WORD.test(name.text) || isTitle(name) || isQualifier(name) || isHeadWord(name.key)) return false;
  const cue = words[start - 1];
  // "Chief Electoral Commissioner", "Chief Medical Officer": "Chief" opens a longer title.
  if (cue?.key === 'chief') return false;
  return titled || (cue !== undefined && !cue.cap && SPEECH_VERBS.has(cue.key));
}

/**
 * How many words of a Malay honorific start at j ("Datuk Seri", "Dato Sri", "Tan Sri", "Datin"),
 * before a capitalised name within the phrase; 0 when none does. "Tan" and "Puan" are honorifics
 * only with "Sri" after them ("Tan" alone is a surname).
 */
function honorificLength(words: Word[], j: number, to: number): number {
  const first = words[j]!.key;
  const second = words[j + 1]?.key ?? '';
  const length =
    HONORIFIC_SECONDS.get(first)?.has(second) === true ? 2 : SINGLE_HONORIFICS.has(first) ? 1 : 0;
  return length > 0 && j + length <= to && words[j + length]!.cap ? length : 0;
}

const SINGLE_HONORIFICS = new Set(['datuk', 'dato', 'datin']);
/** Whether the capitalised words from k end in a place's head word: "on Marshal Baghramyan Avenue". */
function namesPlaceAfter(words: Word[], k: number): boolean {
  let end = k;
  while (isNameWord(words[end + 1], false)) end++;
  return PLACE_HEADS.has(words[end]!.key);
}

const CALENDAR_WORD =
  /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$|^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** Words before a title that make it another office: "Vice Mayor", "Acting Governor", "Deputy Mayor". */
const TITLE_QUALIFIERS = new Set([
  'vice',
  'acting',
  'interim',
  'deputy',
  'assistant',
  'former',
  'outgoing',
  'caretaker',
  // Air force ranks: "Flight Lieutenant", "Wing Commander", "Squadron Leader".
  'flight',
  'wing',
  'squadron',
  // "AU High Representative", "UN Special Envoy": the body's name ends before the qualified title.
  'high',
  'special',
  // "World Bank Country Director", "UNICEF Regional Director": the office's reach, not a place.
  'country',
  'regional',
]);
/**
 * A Map, not an object: every word of a capitalised phrase is looked up here, and on an object a word
 * such as "Constructor" found Object.prototype's constructor (extraction threw on "Constructor Sam
 * Lee"); an object's lookup by a word also searched V8's table of all interned strings each time.
 */
const HONORIFIC_SECONDS = new Map<string, Set<string>>([
  ['datuk', new Set(['seri', 'sri', 'paduka'])],
  ['dato', new Set(['seri', 'sri', 'paduka'])],
  ['datin', new Set(['seri', 'sri', 'paduka'])],
  ['tan', new Set(['sri'])],
  ['puan', new Set(['sri'])],
  ['toh', new Set(['puan'])],
]);

function isPluralTitle(word: Word): boolean {
  return !TITLES.has(word.key) && word.key.endsWith('s') && TITLES.has(word.key.slice(0, -1));
}

/** The first title word of a phrase that is not part of an institution's name, or -1. */
function titleInside(words: Word[], chunk: Chunk): number {
  for (let k = chunk.from + 1; k <= chunk.to; k++) {
    if (!isTitle(words[k]!) || namesInstitution(words, k, chunk.to)) continue;
    // "World Bank Country Director", "Davao City Vice Mayor": the title's qualifier goes with it.
    while (k - 1 > chunk.from && TITLE_QUALIFIERS.has(words[k - 1]!.key)) k--;
    return k;
  }
  return -1;
}

/** "Mandalay General Hospital", "the UN General Assembly": a title word inside an institution's name. */
function namesInstitution(words: Word[], k: number, to: number): boolean {
  // "Attorney General's Office", "Prosecutor General's Office": past the titles and the possessive;
  // "Chief Public Prosecutor's Office": and past a role word between two titles.
  let last = k;
  while (last < to && !words[last]!.possessive) {
    if (isTitle(words[last + 1]!)) last++;
    else if (last + 2 <= to && roleWordBetweenTitles(words, last + 1)) last += 2;
    else break;
  }
  const next = possessiveEnd(words, last);
  return next <= to && ORG_HEADS.has(words[next]!.key);
}

/**
 * "General Election Commission", "Queen Elizabeth Hospital", "General Motors": a title word that opens
 * a phrase whose head word (a body's or a firm's) follows within three name words is the first word
 * of that name, not a title before a person.
 */
function opensBodyName(words: Word[], j: number, to: number): boolean {
  // Not "Deputy General Counsel …" or "Lieutenant General Ahmed …": the title goes on another one.
  const before = words[j - 1];
  if (before?.cap && !before.sentenceStart && !before.possessive && !isStopCap(before)) return false;
  // Name words right after it, no "of": "President of the Republic" is an office.
  for (let k = j + 1; k <= Math.min(to, j + 3); k++) {
    const word = words[k]!;
    if (!word.cap || isEdge(word) || isTitle(word) || word.possessive) return false;
    if (ORG_HEADS.has(word.key) || COMPANY_HEADS.has(word.key)) return true;
  }
  return false;
}

/** The word at j stands in the "of …" part of a body's name that opens at or after `from`. */
function portfolioOfBody(words: Word[], from: number, j: number): boolean {
  let k = j - 1;
  // Back over the words joined before it: "Judges and", "Auditors and", "Justice, Equality and".
  while (k > from && (words[k]!.key === 'and' || words[k]!.text === ',' || words[k]!.cap)) k--;
  // "Office of the Presidential Representative for Reintegration": "of the" before the portfolio.
  if (words[k]?.key === 'the' && words[k - 1]?.key === 'of' && k - 1 > from) k--;
  return words[k]?.key === 'of' && k - 1 >= from && ORG_HEADS.has(words[k - 1]!.key);
}

/** A capitalised role word with a title after it: the "Public" of "Chief Public Prosecutor". */
function roleWordBetweenTitles(words: Word[], j: number): boolean {
  const word = words[j]!;
  return word.cap && ROLE_WORDS.has(word.key) && isTitle(words[j + 1]!);
}

/**
 * "Marshal Baghramyan Avenue", "President Kennedy Square", "Queen Alia Airport": a title word that
 * starts a name ending in a street, square or similar place word is part of that place's name.
 */
function namesThoroughfare(words: Word[], k: number, to: number): boolean {
  return to > k + 1 && NAMED_AFTER_PEOPLE.has(words[to]!.key) && !words[to]!.possessive;
}

const NAMED_AFTER_PEOPLE = new Set(
  // Not "park", "lane" or "bridge", which are surnames too ("Secretary Ellen Park").
  'street avenue square boulevard prospekt road plaza highway airport embankment'.split(' '),
);

/** A title right before the phrase makes it a person: "prime minister Nikol Pashinyan". */
function isTitleBefore(words: Word[], i: number): boolean {
  const prev = words[i - 1];
  if (prev?.text === '.') {
    // "Rear Adm. Tomasz Wrobel": the tagger split the abbreviation's full stop off.
    const title = words[i - 2];
    return (
      title?.cap === true &&
      title.text.length <= 5 &&
      title.end === prev.start &&
      !words[i]?.newlineBefore &&
      isTitle(title)
    );
  }
  return prev !== undefined && isTitle(prev);
}

/** Drops connectors and, after a title, the role words and demonyms that qualify it. */
function trimChunk(words: Word[], from: number, to: number, titled: boolean): Chunk[] {
  while (
    to >= from &&
    isEdge(words[to]!) &&
    !(to > from && (monthInName(words, to - 1) || syllableAn(words, to - 1) || weekdayInName(words, to - 1)))
  )
    to--;
  // "French Foreign Minister …", "Minister of Foreign Affairs …": qualifiers belong to the title.
  // Not "the Georgian Orthodox Church and Patriarch …": "and" stands between the name and the title.
  const qualifies = titled || followedByTitle(words, to);
  // "Senate Majority Leader", "House Speaker": the chamber a title is held in qualifies it too (not
  // "House of Lords Speaker", where the chamber is named in full).
  const chamber = (k: number) => CHAMBERS.has(words[k]!.key) && words[k + 1]?.key !== 'of';
  while (
    from <= to &&
    !monthAsGivenName(words, from) &&
    (qualifies ? isQualifier(words[from]!) || chamber(from) : isEdge(words[from]!)) &&
    // "Finance Minister Christian Lindner": a given name that is also a demonym opens the name.
    !(from < to && !isEdge(words[from]!) && GIVEN_NAMES.has(words[from]!.key) && words[from + 1]!.cap)
  )
    from++;
  return from > to ? [] : [{ from, to, titled }];
}

const CHAMBERS = new Set(['senate', 'house']);

const ORDINAL_WORDS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));

/** Plural members that end a party's name: "Social Democrats", "Les Républicains", "Sweden Democrats". */
const PARTY_MEMBERS = new Set(
  'democrats republicans socialists liberals conservatives nationalists communists progressives unionists républicains republicains démocrates socialistes'.split(
    ' ',
  ),
);

/** Words a name neither starts nor ends with. */
function isEdge(w: Word): boolean {
  return ORG_CONNECTORS.has(w.key) || PARTICLES.has(w.text) || isStopCap(w) || HYPHEN.test(w.text);
}

function isQualifier(w: Word): boolean {
  // The comma of a title's portfolios ("Minister of Food, Agriculture and Light Industry"; see portfoliosGoOn).
  return isEdge(w) || isPortfolioWord(w) || DEMONYMS.has(w.key) || w.text === ',';
}

/** The last word of an army's unit, or "Military District": "Brigade", "Division", "Fleet". */
function namesMilitaryUnit(keys: string[]): boolean {
  const last = keys[keys.length - 1]!;
  if (last === 'district') return keys.length >= 2 && keys[keys.length - 2] === 'military';
  return keys.length >= 2 && MILITARY_UNITS.has(last);
}

const MILITARY_UNITS = new Set([
  'brigade',
  'division',
  'regiment',
  'battalion',
  'squadron',
  'fleet',
  'flotilla',
]);
const ORDINAL = /^\d{1,4}(?:st|nd|rd|th)$/;

/** A make's model designation: "Mi-24", "Su-25", "F-16", "An-26", "Il-76". */
const MODEL = /^\p{Lu}[\p{L}]{0,7}-\d{1,4}[\p{L}]{0,2}$/u;

const WEAPON_NOUNS = new Set(
  'drones drone missiles missile rockets rocket tanks tank howitzers launchers rifles'.split(' '),
);

/** A demonym or a country's short name before a model: "Russian", "US", "U.S.". */
function isNationWord(word: Word): boolean {
  return isDemonym(word) || /^(?:US|U\.S\.|UK|EU)$/.test(word.text);
}

/** "sri lankan", "new zealanders": the adjectives of the countries of two words, and their plurals. */
const TWO_WORD_DEMONYMS = new Set(
  Object.values(TWO_WORD_COUNTRIES)
    .filter((adjective) => adjective.includes(' '))
    .flatMap((adjective) => [adjective, `${adjective}s`]),
);

/** Adjectives that make a demonym after them a people, not a name: "Ethnic Armenians". */
const PEOPLE_ADJECTIVES = new Set(['ethnic', 'fellow', 'native', 'indigenous']);

/**
 * "Coordinator for Disaster Reduction", "Minister of Internal Security": after a title, abstract nouns
 * name its portfolio; no person's name ends like these.
 */
/** "Development", "Integration": an English noun of a portfolio; not "Ercüment", a name with diacritics. */
function isPortfolioNoun(word: Word): boolean {
  return PORTFOLIO_NOUN.test(word.key) && isAscii(word.text);
}

const PORTFOLIO_NOUN = /^[a-z]{3,}(?:tion|sion|ment|ity|ities|ness|ism)s?$/;

/** A chunk after "X and" right before "Minister": "(Energy and) Natural Resources Minister". */
function compoundPortfolio(words: Word[], chunk: Chunk): boolean {
  const and = words[chunk.from - 1];
  const first = words[chunk.from - 2];
  return words[chunk.to + 1]?.key === 'minister' && and?.key === 'and' && first !== undefined && first.cap;
}

/**
 * "Mpumalanga premier Mandla Ndlovu", "Valdosta mayor Ann Cole": a local office in lower case between
 * a name and a person's name. Not "Democratic governor Kathy Hochul": a party's or a term's adjective.
 */
function localOfficeOf(words: Word[], chunk: Chunk): boolean {
  const office = words[chunk.to + 1];
  const holder = words[chunk.to + 2];
  return (
    office !== undefined &&
    LOCAL_OFFICES.has(office.key) &&
    holder?.cap === true &&
    holder.pos === 'PROPN' &&
    !OFFICE_ADJECTIVES.has(words[chunk.from]!.key)
  );
}

const OFFICE_ADJECTIVES = new Set(
  'republican democratic democrat socialist conservative liberal labour green federal provincial regional state acting former interim outgoing incoming deputy vice'.split(
    ' ',
  ),
);

function followedByTitle(words: Word[], to: number): boolean {
  const next = words[to + 1];
  return next !== undefined && isTitle(next);
}

/**
 * What a chunk's words alone could not type: single capitalised words (surnames, cued names; see
 * resolveSingles) and names of two or three words with nothing around them to say what they are
 * ("talks attended by Olusegun Obasanjo"), which the corpus pass types as the person another article
 * of the batch names so (linkPending).
 */
interface Leftovers {
  singles: Chunk[];
  names: Chunk[];
}

/** Two or three capitalised words the tagger calls proper nouns, as a person's name is written. */
function mayBeNamedElsewhere(parts: Word[], chunk: Chunk): boolean {
  const named = parts.filter((w) => w.text !== '-');
  return (
    !chunk.titled &&
    named.length >= 2 &&
    named.length <= 3 &&
    named.every((w) => w.cap && w.pos === 'PROPN' && /^\p{Lu}[\p{Ll}'’-]+$/u.test(w.text))
  );
}

function classifyChunk(
  chunk: Chunk,
  words: Word[],
  out: EntityMention[],
  leftovers: Leftovers,
  local: Map<string, { name: string; type: EntityType }>,
  capCounts: CapitalisedCounts,
  article: string,
): void {
  if (chunk.from === chunk.to && classifySingleWord(chunk, words[chunk.from]!, leftovers.singles, words))
    return;
  const parts = words.slice(chunk.from, chunk.to + 1);
  const keys = parts.map((w) => w.key);
  if (keys.some((k) => MISC_HEADS.has(k)) && !keys.some((k) => ORG_HEADS.has(k))) return;
  // "15th Separate Motorised Rifle Brigade", "Central Military District": an army's unit or command,
  // with the ordinal that numbers it.
  // "… Brigade of the Central Military District": the unit, and the command it belongs to apart.
  const of = keys.findIndex((k, i) => k === 'of' && i > 0 && MILITARY_UNITS.has(keys[i - 1]!));
  const unitEnd = of > 0 ? chunk.from + of - 1 : chunk.to;
  if (namesMilitaryUnit(keys.slice(0, unitEnd - chunk.from + 1))) {
    const from = ORDINAL.test(words[chunk.from - 1]?.text ?? '') ? chunk.from - 1 : chunk.from;
    out.push(mentionOf(words, { from, to: unitEnd, titled: false }, 'organization', article));
    let rest = unitEnd + 2;
    if (words[rest]?.key === 'the') rest++;
    if (of > 0 && rest <= chunk.to)
      classifyChunk(
        { from: rest, to: chunk.to, titled: false },
        words,
        out,
        leftovers,
        local,
        capCounts,
        article,
      );
    return;
  }
  // "Ethnic Armenians from Karabakh", "Fellow Georgians": a people, capitalised after a dateline's dash.
  if (PEOPLE_ADJECTIVES.has(keys[0]!) && parts.slice(1).every((w) => isDemonym(w))) return;
  // "New Zealanders", "Sri Lankans", "South Koreans": the people of a country of two words, and the
  // adjective alone ("the Sri Lankan authorities").
  if (TWO_WORD_DEMONYMS.has(keys.join(' '))) return;
  // "Air New Zealand", "Air Tahiti Nui": an airline (see namesAnAirline).
  if (keys[0] === 'air' && parts.length >= 2 && parts.every((w) => w.cap)) {
    out.push(mentionOf(words, chunk, 'organization', article));
    return;
  }
  const after = words[chunk.to + 1];
  // "at Ben Gurion airport", "Rafic Hariri airport": a person's name before a lower-case "airport" is
  // the airport's, named with it (as "Ben Gurion Airport" is), not a person.
  if (
    parts.length >= 2 &&
    parts.every((w) => w.cap) &&
    // Not "La Tontouta airport": a place's own name, which the place keeps.
    !PARTICLES.has(parts[0]!.key) &&
    after?.key === 'airport' &&
    !after.cap &&
    !after.newlineBefore &&
    !after.possessive
  ) {
    out.push(mentionOf(words, { from: chunk.from, to: chunk.to + 1, titled: false }, 'place', article));
    return;
  }
  // "Turkish Bayraktar drones", "Russian Kalibr missiles": a nation's make of weapon, no organisation.
  if (
    parts.length >= 2 &&
    parts.length <= 4 &&
    isNationWord(parts[0]!) &&
    parts.slice(1).every((w) => w.cap || w.text === '-') &&
    after !== undefined &&
    !after.cap &&
    WEAPON_NOUNS.has(after.key)
  )
    return;
  // "a Russian Mi-24 helicopter", "two US F-16 jets": a nation's make of aircraft, no organisation.
  if (MODEL.test(parts[parts.length - 1]!.text) && parts.slice(0, -1).every((w) => isNationWord(w))) return;
  // "the Finance Bill", "the Housing Bill": a bill is a law's draft, not an organisation.
  if (keys[keys.length - 1] === 'bill') return;
  // "the State Government", "the Federal Government": a level of government written with capitals
  // names no one body (not "Federal Government of Somalia", which names its state).
  if (
    keys.length === 2 &&
    keys[1] === 'government' &&
    GOVERNMENT_LEVELS.has(keys[0]!) &&
    words[chunk.to + 1]?.key !== 'of'
  )
    return;
  if (parts.filter((w) => /^\p{L}/u.test(w.text)).length === 1) {
    leftovers.singles.push(chunk);
    return;
  }
  // Only possessivePlaceNames joins a one-word possessive to the name after it: "Cox's Bazar".
  const last = words[chunk.to]!;
  if (
    words[chunk.from]!.possessive &&
    possessiveEnd(words, chunk.from) === chunk.to &&
    !isHeadWord(last.key)
  ) {
    out.push(mentionOf(words, chunk, 'place', article));
    return;
  }
  const person = personAfterInstitution(parts, chunk, words);
  if (person > chunk.from) {
    // The institution keeps its own type; the name after it is a person.
    const institution = { from: chunk.from, to: person - 1, titled: false };
    const name = { from: person, to: chunk.to, titled: true };
    for (const part of [institution, name])
      classifyChunk(part, words, out, leftovers, local, capCounts, article);
    return;
  }
  // "Ernst & Young", "Procter & Gamble": an ampersand joins the names of a firm's founders; the
  // words before them ("Liquidator", "Shares of") are read on their own.
  const amp = keys.indexOf('&');
  if (amp > 0 && amp < keys.length - 1 && !chunk.titled) {
    let from = chunk.from + amp - 1;
    while (from > chunk.from && continuesFirmName(words[from - 1]!)) from--;
    out.push(mentionOf(words, { from, to: chunk.to, titled: false }, 'organization', article));
    for (const piece of trimChunk(words, chunk.from, from - 1, false))
      classifyChunk(piece, words, out, leftovers, local, capCounts, article);
    return;
  }
  let type = phraseType(parts, chunk, words, capCounts);
  // "Director General of Labour Inspection Haiyani Rumondang": a portfolio's noun ends the office
  // ("Inspection", "Management"); no one's given name ends in -tion or -ment.
  if (type === 'person' && parts.length >= 3 && isPortfolioNoun(parts[0]!) && !GIVEN_NAMES.has(keys[0]!)) {
    let from = chunk.from + 1;
    // "Coordinating Minister for Political, Legal and Security Affairs Mahfud MD": the rest of the portfolio.
    while (from < chunk.to - 1 && isPortfolioWord(words[from]!)) from++;
    classifyChunk({ from, to: chunk.to, titled: true }, words, out, leftovers, local, capCounts, article);
    return;
  }
  // "Trans African Concessions (TRAC)": a name that its bracketed initials shorten is a body's.
  const unsure = type === null || (type === 'person' && !GIVEN_NAMES.has(keys[0]!));
  if (unsure && !chunk.titled && spelledByAcronymAfter(words, chunk)) type = 'organization';
  if (type === 'split' || typeof type === 'number') {
    const pieces =
      typeof type === 'number'
        ? trimPieces(words, [
            { from: chunk.from, to: type - 1, titled: chunk.titled },
            { from: type + 1, to: chunk.to, titled: false },
          ])
        : splitAtConnectors(words, chunk);
    for (const piece of pieces) classifyChunk(piece, words, out, leftovers, local, capCounts, article);
    return;
  }
  if (!type) {
    if (mayBeNamedElsewhere(parts, chunk)) leftovers.names.push(chunk);
    return;
  }
  // "Provincial Highway 8", "Camp 12": a road's or a camp's name and its number name one place.
  if (type === 'place' && NUMBERED_PLACES.has(keys[keys.length - 1]!) && words[chunk.to + 2]?.text !== '%')
    // A literal rather than a spread, for the one hidden class every chunk has (see renamedMention).
    chunk = { from: chunk.from, to: codeAfter(words, chunk.to), titled: chunk.titled };
  if (type === 'organization' && partyNounAfter(words, chunk))
    chunk = { from: partyNameStart(words, chunk.from), to: chunk.to, titled: chunk.titled };
  const mention = mentionOf(words, chunk, type, article);
  out.push(mention);
  registerAcronym(words, chunk.to, mention, local);
}

/** A capitalised word that goes on a firm's name before "&": not a sentence's first word, a connector or a title. */
function continuesFirmName(word: Word): boolean {
  return word.cap && !word.sentenceStart && !ORG_CONNECTORS.has(word.key) && !isTitle(word);
}

/**
 * "(Commander of the) Ground Forces Oleksandr Syrskyi said": an institution's name ends at its head
 * word and a person's name follows without a title between. Returns where the person's name starts
 * (two or three words, each no head word, led by a given name or followed by a speech verb), or -1.
 */
function personAfterInstitution(parts: Word[], chunk: Chunk, words: Word[]): number {
  const n = parts.length;
  for (const size of [2, 3]) {
    const head = n - size - 1;
    if (head < 0 || !ORG_HEADS.has(parts[head]!.key)) continue;
    const name = parts.slice(head + 1);
    if (!name.every((w) => w.pos === 'PROPN' && !isHeadWord(w.key) && !ORG_CONNECTORS.has(w.key))) continue;
    const from = chunk.from + head + 1;
    if (GIVEN_NAMES.has(name[0]!.key) || personCue(words, { from, to: chunk.to, titled: false })) return from;
  }
  return -1;
}

function isHeadWord(key: string): boolean {
  return ORG_HEADS.has(key) || COMPANY_HEADS.has(key) || PLACE_HEADS.has(key) || MISC_HEADS.has(key);
}

/**
 * The common case of a one-word phrase, decided without building word lists: a treaty or event word
 * is left out, a word is kept for resolveSingles. Returns false when the general rules must decide.
 */
function classifySingleWord(chunk: Chunk, word: Word, singles: Chunk[], words: Word[]): boolean {
  if (MISC_HEADS.has(word.key) && !ORG_HEADS.has(word.key)) return true;
  // "the President of the Republic", "Secretary of State": a state's word alone names no one.
  if (word.key === 'republic' || word.key === 'state') return true;
  // "wrote on X.", "Plan B" cut short: a lone letter names nothing.
  if (LONE_LETTER.test(word.text)) return true;
  if (namesAlertLevel(chunk, word, words)) return true;
  if (!STARTS_WITH_LETTER.test(word.text)) return false;
  singles.push(chunk);
  return true;
}

const STARTS_WITH_LETTER = /^\p{L}/u;

/**
 * "the alert level was lowered from Red", "remains at Red": a colour after "level" or "alert" earlier
 * in its sentence is the level, no place ("Orange said" and "Mr Green" stay names).
 */
function namesAlertLevel(chunk: Chunk, word: Word, words: Word[]): boolean {
  if (!ALERT_COLOURS.has(word.key)) return false;
  for (let k = chunk.from - 1; k >= Math.max(0, chunk.from - 25); k--) {
    const key = words[k]!.key;
    if (key === 'level' || key === 'alert' || key === 'levels') return true;
    if (words[k]!.sentenceStart) return false;
  }
  return false;
}

const ALERT_COLOURS = new Set(['red', 'orange', 'amber', 'yellow', 'green', 'purple']);
const LONE_LETTER = /^\p{Lu}\.?$/u;

function trimPieces(words: Word[], pieces: Chunk[]): Chunk[] {
  return pieces.flatMap((piece) =>
    piece.from <= piece.to ? trimChunk(words, piece.from, piece.to, piece.titled) : [],
  );
}

function phraseType(
  parts: Word[],
  chunk: Chunk,
  words: Word[],
  capCounts: CapitalisedCounts,
): EntityType | 'split' | number | null {
  const keys = parts.map((w) => w.key);
  const last = keys[keys.length - 1]!;
  // "between East and West", "the North-South corridor": compass words alone name no place.
  if (keys.every((k) => COMPASS.has(k) || k === 'and' || k === 'or' || HYPHEN.test(k))) return null;
  const splitAt = connectorSplit(keys, parts);
  if (splitAt >= 0) return chunk.from + splitAt;
  // "Commissioner Richard Worley and Coast Guard …": after a title, "and" ends the person's name.
  const and = chunk.titled ? keys.indexOf('and') : -1;
  if (and > 0 && !keys.slice(0, and).some(isHeadWord)) return chunk.from + and;
  const placeAnd = placesJoined(keys);
  if (placeAnd > 0) return chunk.from + placeAnd;
  // "the Fifth Republic", "the Second Republic": a regime, not a place.
  if (keys.length === 2 && keys[1] === 'republic' && ORDINAL_WORDS.has(keys[0]!)) return null;
  // "his Social Democrats", "Scholz's Free Democrats": a party named by its members, however a
  // person's words lead to it ("Social Democrats and Greens" are two).
  if (keys.length >= 2 && PARTY_MEMBERS.has(last) && !keys.includes('and')) return 'organization';
  // "Qomolangma National Nature Reserve", "Tsavo Wildlife Sanctuary": protected land is a place.
  if (keys.length >= 3 && PROTECTED_LAND.test(keys.slice(-2).join(' '))) return 'place';
  if (keys.some((k) => ORG_HEADS.has(k)) && !endsWithPlaceHead(keys)) return 'organization';
  if (!chunk.titled && !GIVEN_NAMES.has(keys[0]!) && keys.some((k) => COMPANY_HEADS.has(k)))
    return 'organization';
  // "Gold Apollo, a Taiwanese firm, …", "Blue Harbor, a Danish firm": an apposition that calls the
  // name a company outweighs a place word inside it.
  if (!chunk.titled && !GIVEN_NAMES.has(keys[0]!) && describedAsCompany(words, chunk)) return 'organization';
  // "Transportation Secretary Ellen Park": right after a title, a place word ends a person's name.
  if (
    chunk.titled &&
    isTitleBefore(words, chunk.from) &&
    keys.length <= 3 &&
    (!PLACE_PREFIXES.has(keys[0]!) || saintAsGivenName(keys))
  )
    return 'person';
  if (PLACE_HEADS.has(last) || PLACE_PREFIXES.has(keys[0]!)) return 'place';
  // "Strait of Hormuz", "Bay of Bengal": a kind of place, "of" and a name.
  if (keys.length === 3 && keys[1] === 'of' && PLACE_HEADS.has(keys[0]!) && !chunk.titled) return 'place';
  // "West Maui", "Northern Shan": a compass word leading a name that is not a person's.
  if (compassPlace(parts, chunk, words)) return 'place';
  // "Central Asian", "North American": an adjective of a region, no name.
  if (COMPASS.has(keys[0]!) && keys.length === 2 && regionAdjective(parts[1]!)) return null;
  // "Tigran and Ani": without an organisation head, "and/of/for" join separate names.
  if (keys.some((k) => ORG_CONNECTORS.has(k))) return 'split';
  // "Russian-Armenian", "American-British": demonyms joined by hyphens qualify a noun.
  if (keys.every((k) => DEMONYMS.has(k) || ROLE_WORDS.has(k) || HYPHEN.test(k))) return null;
  // "Aid Logistics CEO Marta Kowalska": the name before a title is the employer.
  // "Harlow Creek Mayor …": where the office is.
  // "Energy and Natural Resources Minister": the second half of a portfolio, not the minister's employer.
  if (followedByTitle(words, chunk.to) && compoundPortfolio(words, chunk)) return null;
  if (followedByTitle(words, chunk.to))
    return LOCAL_OFFICES.has(words[chunk.to + 1]!.key) ? 'place' : 'organization';
  if (!GIVEN_NAMES.has(keys[0]!) && placeContext(words, chunk)) return 'place';
  // "evacuated from Nova Kakhovka": a place preposition before a name that is not a person's.
  if (
    !chunk.titled &&
    !GIVEN_NAMES.has(keys[0]!) &&
    PLACE_PREPOSITIONS.has(words[chunk.from - 1]?.key ?? '') &&
    // "officials in Petropavlovsk-Kamchatsky said": a town named after a person is still a town.
    (isHyphenatedName(words, chunk) || (!SURNAME_ENDINGS.test(last) && !personCue(words, chunk)))
  )
    return 'place';
  // "the anti-Western People's Power movement": a name before a party's noun.
  if (!chunk.titled && !GIVEN_NAMES.has(keys[0]!) && partyNounAfter(words, chunk)) return 'organization';
  // "drugmaker Bavarian Nordic", "the lender Credit Suisse": a kind of company before the name.
  if (afterCompanyNoun(words, chunk) && !GIVEN_NAMES.has(keys[0]!)) return 'organization';
  // "in Surin, Sisaket, Ubon Ratchathani and Buriram", "the Ta Moan Thom, Ta Moan Toch and Ta Krabey
  // temples": a name in a list that a place preposition or a kind of place opens or closes is a
  // place, however many words it has (unless its first or last word comes back alone, as a person's
  // names do: "In Bangkok, Somchai Wongsawat and … Somchai said").
  if (!chunk.titled && !GIVEN_NAMES.has(keys[0]!) && !personCue(words, chunk))
    if (inListOfPlaces(words, chunk) && !partComesBackAlone(words, chunk)) return 'place';
  // People's names rarely take an article: "the New Orleans Saints" is a team, not a person.
  if (!chunk.titled && words[chunk.from - 1]?.key === 'the') return 'organization';
  // "Georgian Dream said": no person's name starts with a nationality; a party's or a firm's may.
  // Not "Christian Lindner": a given name that is also a demonym.
  if (
    !chunk.titled &&
    keys.length >= 2 &&
    DEMONYMS.has(keys[0]!) &&
    !(GIVEN_NAMES.has(keys[0]!) && keys.length === 2) &&
    /^\p{Lu}/u.test(parts[1]!.text)
  )
    return 'organization';
  if (!chunk.titled && !GIVEN_NAMES.has(keys[0]!) && saysOfItself(words, chunk)) return 'organization';
  // "told O País", "El Heraldo reported": a name led by a Portuguese, Spanish, Italian or German
  // article is a title (a newspaper's, a party's), never a person's name; what would make it a
  // speaker makes it an organisation.
  // "Holy Etchmiadzin", "Holy Trinity": a holy place or body, never a person's name.
  if (!chunk.titled && keys.length >= 2 && keys[0] === 'holy') return 'organization';
  const titleName = !chunk.titled && keys.length >= 2 && FOREIGN_ARTICLES.has(parts[0]!.text);
  // "unions in El Alto announced …": after a place preposition such a name is a town's ("La Paz").
  if (titleName && PLACE_PREPOSITIONS.has(words[chunk.from - 1]?.key ?? '')) return 'place';
  if (titleName) return personCue(words, chunk) ? 'organization' : null;
  if (chunk.titled || GIVEN_NAMES.has(keys[0]!) || personCue(words, chunk)) return 'person';
  return looksLikePersonName(parts, capCounts) ? 'person' : null;
}

/**
 * "Health Minister St Clair Prince": after a title, "St" and two names are a given name of two words
 * (as Caribbean names are) and a surname; "Mayor St Petersburg" has no third word for a surname.
 */
function saintAsGivenName(keys: string[]): boolean {
  return keys.length === 3 && (keys[0] === 'st' || keys[0] === 'saint') && !isHeadWord(keys[2]!);
}

/** Whether the phrase's first or last word stands alone elsewhere: capitalised, between uncapitalised words. */
function partComesBackAlone(words: Word[], chunk: Chunk): boolean {
  const ends = new Set([words[chunk.from]!.key, words[chunk.to]!.key]);
  for (let k = 0; k < words.length; k++) {
    if (k >= chunk.from && k <= chunk.to) continue;
    const w = words[k]!;
    if (!w.cap || !ends.has(w.key)) continue;
    const before = words[k - 1];
    const after = words[k + 1];
    if ((!before?.cap || w.sentenceStart) && !(after?.cap && !after.newlineBefore)) return true;
  }
  return false;
}

/**
 * Whether the phrase is an item of a list of names ("A, B and C") that a place preposition ("in",
 * "near"), a kind of place ("the provinces of", "districts in X, including") opens, or that a plural
 * kind of place closes ("in Otdar Mean Chey and Pursat provinces").
 */
function inListOfPlaces(words: Word[], chunk: Chunk): boolean {
  if (!listItem(words, chunk)) return false;
  let first = chunk.from;
  for (let steps = 0; steps < 8; steps++) {
    const end = listStep(words, first, -1);
    if (end < 0 || !words[end]!.cap) break;
    first = end;
    while (first > 0 && words[first - 1]!.cap && !words[first - 1]!.sentenceStart) first--;
  }
  let last = chunk.to;
  for (let steps = 0; steps < 8; steps++) {
    const start = listStep(words, last, 1);
    if (start < 0 || !words[start]!.cap) break;
    last = start;
    while (words[last + 1]?.cap && !words[last + 1]!.newlineBefore) last++;
  }
  if (first === chunk.from && last === chunk.to) return false;
  const before = words[first - 1];
  const closing = words[last + 1];
  if (closing && closing.key.endsWith('s') && isPlaceKind(closing)) return true;
  if (!before) return false;
  if (PLACE_PREPOSITIONS.has(before.key) || isPlaceKind(before)) return true;
  if (before.key === 'of') return isPlaceKind(words[first - 2]) && words[first - 2]!.key.endsWith('s');
  // "Six districts in Chanthaburi, including Pong Nam Ron and Soi Dao", "villages such as Khiam and
  // Kfar Kila".
  const cue = before.key === 'as' && words[first - 2]?.key === 'such' ? 'such as' : before.key;
  if (cue !== 'including' && cue !== 'such as' && cue !== 'like' && cue !== 'notably') return false;
  for (let k = first - (cue === 'such as' ? 3 : 2); k >= Math.max(0, first - 8); k--)
    if (isPlaceKind(words[k]) && words[k]!.key.endsWith('s')) return true;
  return false;
}

/**
 * "Kingston and Montego Bay", "Union Island and Bequia": two places joined by "and" (a place's head
 * or prefix, and no organisation's head after the "and"). Returns where the "and" is, or -1.
 */
/** "Petropavlovsk-Kamchatsky", "Ivano-Frankivsk": two capitalised parts joined by a hyphen. */
function isHyphenatedName(words: Word[], chunk: Chunk): boolean {
  return chunk.to - chunk.from === 2 && isJoiningHyphen(words, chunk.from + 1) && words[chunk.to]!.cap;
}

function placesJoined(keys: string[]): number {
  const and = keys.indexOf('and');
  if (and <= 0) return -1;
  for (let k = and + 1; k < keys.length; k++)
    if (ORG_HEADS.has(keys[k]!) || COMPANY_HEADS.has(keys[k]!)) return -1;
  const left = keys.slice(0, and);
  const placeLeft = endsWithPlaceHead(left);
  if (!placeLeft) for (const k of left) if (ORG_HEADS.has(k)) return -1;
  // "Central Tapanuli and Agam": a compass word opening either side names a region.
  const place =
    placeLeft ||
    PLACE_HEADS.has(keys[keys.length - 1]!) ||
    PLACE_PREFIXES.has(keys[0]!) ||
    (COMPASS.has(keys[0]!) && and > 1) ||
    (COMPASS.has(keys[and + 1] ?? '') && keys.length - and > 2);
  return place ? and : -1;
}

/**
 * "Union Island", "Parliament Road": the last word heads an English compound name, so a place's head
 * there outweighs an organisation's word before it (not "Bank of the Island", with "of").
 */
function endsWithPlaceHead(keys: string[]): boolean {
  const last = keys[keys.length - 1]!;
  return PLACE_HEADS.has(last) && !ORG_HEADS.has(last) && !keys.includes('of');
}

const PROTECTED_LAND = /^(?:nature|wildlife|game|forest|marine|biosphere) (?:reserve|sanctuary|park)$/;

const NUMBERED_PLACES = new Set(['highway', 'road', 'route', 'street', 'avenue', 'camp', 'sector', 'zone']);

/** "Asian", "African", "Korean": what follows a compass word as an adjective ("South African"). */
function regionAdjective(word: Word): boolean {
  return isDemonym(word) || /(?:can|ean|ian)$/.test(word.key);
}

/** "West Maui", "Northern Shan", not "Central Asian" (a demonym), "Eastern Conference" or "West Kanye". */
function compassPlace(parts: Word[], chunk: Chunk, words: Word[]): boolean {
  const keys = parts.map((w) => w.key);
  const last = parts[parts.length - 1]!;
  if (chunk.titled || !COMPASS.has(keys[0]!) || GIVEN_NAMES.has(keys[1]!)) return false;
  if (regionAdjective(last) || MISC_HEADS.has(last.key) || keys.some((k) => ROLE_WORDS.has(k))) return false;
  return !personCue(words, chunk);
}

/**
 * Where a phrase is two names joined: "Francesca Grifo of the Union of …" (no head before "of"),
 * "Fish and Wildlife Service and National Marine Fisheries Service" (a whole name before "and").
 */
function connectorSplit(keys: string[], parts: Word[]): number {
  const of = keys.findIndex((k) => k === 'of' || k === 'for');
  const headed = (k: string) => ORG_HEADS.has(k) || COMPANY_HEADS.has(k) || PLACE_HEADS.has(k);
  if (of > 0 && keys.slice(of + 1).some(headed)) {
    const left = keys.slice(0, of);
    // Not "Freedom of Expression Association": one common noun before "of" opens the body's name.
    const commonNoun = of === 1 && parts[0]!.pos === 'NOUN';
    if (!commonNoun && !left.some((k) => ORG_HEADS.has(k) || PLACE_HEADS.has(k) || ROLE_WORDS.has(k)))
      return of;
  }
  for (let k = 1; k < keys.length - 1; k++) {
    if (keys[k] !== 'and') continue;
    const body = (w: string) => ORG_HEADS.has(w) || COMPANY_HEADS.has(w);
    if (body(keys[k - 1]!) && k - 1 > 0 && keys.slice(k + 1).some(body)) return k;
    // "Ministry of Finance and Ministry of Emergency Management": a second name opens with its head
    // (not "Ministry of Women, Family and Community Development": a portfolio opens with that word).
    const opens = k + 1 === keys.length - 1 || /^(?:of|for|on)$/.test(keys[k + 2]!);
    if (ORG_HEADS.has(keys[k + 1]!) && opens && keys.slice(0, k).some((w) => ORG_HEADS.has(w))) return k;
  }
  return -1;
}

/**
 * "Nika Gvaramia of the Coalition for Change": a name of two or three proper nouns, none of them a
 * head word, right before "of" or "for" and an organisation's name is a person with their affiliation.
 */
function isAffiliatedName(words: Word[], name: Chunk): boolean {
  const size = name.to - name.from + 1;
  if (size < 2 || size > 3) return false;
  for (let k = name.from; k <= name.to; k++) {
    const w = words[k]!;
    if (w.pos !== 'PROPN' || isHeadWord(w.key) || ROLE_WORDS.has(w.key) || DEMONYMS.has(w.key)) return false;
  }
  const connector = words[name.to + 1]?.key;
  if (connector !== 'of' && connector !== 'for') return false;
  for (let k = name.to + 2; k < words.length && k <= name.to + 8; k++) {
    const w = words[k]!;
    if (!w.cap && w.key !== 'the' && !ORG_CONNECTORS.has(w.key)) return false;
    if (ORG_HEADS.has(w.key) || COMPANY_HEADS.has(w.key)) return true;
  }
  return false;
}

/**
 * Where a phrase holds a person named with their organisation: the name before "of" (a person, read
 * as if titled) and the rest; or, after a whole organisation's name, an "and" that opens such a person
 * ("the Coalition for Change and Tina Bokuchava of the United National Movement"). Null when neither.
 */
function affiliationSplit(words: Word[], chunk: Chunk): Chunk[] | null {
  const connector = (k: number) => k <= chunk.to && /^(?:of|for)$/.test(words[k]!.key);
  const at = [chunk.from + 2, chunk.from + 3].find(connector);
  if (at !== undefined && isAffiliatedName(words, { from: chunk.from, to: at - 1, titled: false }))
    return [
      { from: chunk.from, to: at - 1, titled: true },
      { from: at + 1, to: chunk.to, titled: false },
    ];
  let headed = false;
  for (let k = chunk.from; k < chunk.to; k++) {
    const key = words[k]!.key;
    if (key === 'and' && headed) {
      const of = [k + 3, k + 4].find(connector);
      if (of !== undefined && isAffiliatedName(words, { from: k + 1, to: of - 1, titled: false }))
        return [
          { from: chunk.from, to: k - 1, titled: chunk.titled },
          { from: k + 1, to: chunk.to, titled: false },
        ];
    }
    headed ||= ORG_HEADS.has(key) || COMPANY_HEADS.has(key);
  }
  return null;
}

/**
 * "the Hayastan faction", "the Zhoda party", "People's Power movement": a lower-case noun of a
 * political body right after the name. Not after a nationality ("the Kurdish party").
 */
/**
 * Nouns for a party's elected people: "Renamo lawmaker", "Likud MPs". Not "supporters", "activists" or
 * "members", which a people's name takes as often ("Kanak activists").
 */
const MEMBER_NOUNS = new Set(
  'lawmaker lawmakers legislator legislators mp mps candidate candidates deputies senators'.split(' '),
);

/** A member's noun right after the name, the name no people's adjective ("Kenyan lawmakers"). */
function memberNounAfter(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  if (!next || next.cap || !MEMBER_NOUNS.has(next.key) || words[chunk.to]!.possessive) return false;
  return !isDemonym(words[chunk.to]!) && !looksLikeDemonym(words[chunk.to]!);
}

function partyNounAfter(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  if (!next || next.cap || !PARTY_NOUNS.has(next.key) || words[chunk.to]!.possessive) return false;
  return !isDemonym(words[chunk.to]!);
}

/**
 * "the opposition With Honour faction", "the I Have Honor alliance": a party's name may open with
 * words that never begin other names; capitalised inside a sentence, they are part of it.
 */
function partyNameStart(words: Word[], from: number): number {
  let start = from;
  while (start > from - 3) {
    const word = words[start - 1];
    if (!word?.cap || word.sentenceStart || word.newlineBefore || !STOP_CAPS.has(word.key)) break;
    start--;
  }
  return start;
}

const BULLETS = new Set(['•', '-', '*', '–', '—']);

/** Definite articles that lead a title ("O País", "El Universal", "Die Welt"); not "Le" (a Vietnamese surname) nor "Al". */
const FOREIGN_ARTICLES = new Set([
  'O',
  'Os',
  'As',
  'El',
  'Los',
  'Las',
  'La',
  'Il',
  'Lo',
  'Die',
  'Der',
  'Das',
]);

const PARTY_NOUNS = new Set(['party', 'movement', 'faction', 'bloc', 'coalition', 'alliance']);
/** Lower-case offices of a firm, never of a place or a person. */
const COMPANY_OFFICERS = new Set([
  'executive',
  'ceo',
  'founder',
  'co-founder',
  'owner',
  'owners',
  'shareholder',
]);

function afterCompanyNoun(words: Word[], chunk: Chunk): boolean {
  if (COMPANY_NOUNS.has(words[chunk.from - 1]?.key ?? '')) return true;
  // "chief executive of Altai Wool", "the founder of Blue Yak": an office only a firm has, then "of".
  if (words[chunk.from - 1]?.key === 'of' && COMPANY_OFFICERS.has(words[chunk.from - 2]?.key ?? ''))
    return true;
  // "shares in Boeing", "a stake in Maersk": what is owned in shares is a company.
  return (
    /^(?:in|of)$/.test(words[chunk.from - 1]?.key ?? '') &&
    /^(?:shares|stake|stakes|stock)$/.test(words[chunk.from - 2]?.key ?? '')
  );
}

/** "Name, a Taiwanese firm", "Name, the state-owned lender": a company noun within the apposition. */
function describedAsCompany(words: Word[], chunk: Chunk): boolean {
  if (words[chunk.to + 1]?.text !== ',' || !DESCRIBING_DETERMINERS.has(words[chunk.to + 2]?.key ?? ''))
    return false;
  for (let k = chunk.to + 3; k <= chunk.to + 6; k++) {
    const word = words[k];
    // "the founder of the firm": the description's head came first.
    if (!word || word.text === ',' || word.text === '.' || word.key === 'of' || isTitle(word)) return false;
    if (PERSON_NOUNS.has(word.key)) return false;
    // The company noun heads the description: "a company spokeswoman" describes a person.
    // "Geostat, the national statistics office": an institution's head word does too.
    if (COMPANY_NOUNS.has(word.key) || (!word.cap && ORG_HEADS.has(word.key)))
      return APPOSITION_END.test(words[k + 1]?.text ?? '.');
  }
  return false;
}

const APPOSITION_END =
  /^(?:[,.;:)]|that|which|whose|based|in|from|with|owned|run|controlled|backed|funded|operated|and)$/;

const COMPANY_NOUNS = new Set(
  'company firm drugmaker carmaker automaker carrier airline lender bank insurer miner retailer manufacturer producer supplier operator broadcaster publisher developer contractor conglomerate startup steelmaker group charity ngo watchdog monitor organisation organization coalition party movement channel network newspaper consultancy broker shipper shipowner platform outlet website portal agency daily weekly magazine tabloid'.split(
    ' ',
  ),
);

// Georgian surnames end in "-vili", "-dze", and also "-uri" (Gomelauri), "-eli" (Khidasheli) and "-iani"
// (Ioseliani); not "-ava" (Bokuchava), which too many places end in ("Costa Brava", "Ostrava").
const SURNAME_ENDINGS =
  /(?:yan|ian|ov|ova|ev|eva|enko|ski|sky|ska|son|sen|ez|oglu|zadeh|vili|dze|uri|eli|iani|uk|ic|ovic|escu|poulos)$/;

/**
 * Proper nouns with nothing else to go on: a person when the last word comes back alone elsewhere
 * (the surname, "… Kempthorne said"), when there is a middle initial, or when it ends like a surname.
 * Otherwise nothing: an untyped name is better left out than given the wrong type.
 */
function looksLikePersonName(parts: Word[], capCounts: CapitalisedCounts): boolean {
  if (
    parts.length > 4 ||
    !parts.every((w) => w.pos === 'PROPN' || PARTICLES.has(w.text) || /^\p{Lu}\.$/u.test(w.text))
  ) {
    return false;
  }
  const last = parts[parts.length - 1]!.key;
  if (capCounts.get(last) >= 2) return true;
  if (parts.some((w, k) => k > 0 && k < parts.length - 1 && /^\p{Lu}\.$/u.test(w.text))) return true;
  return SURNAME_ENDINGS.test(last);
}

function splitAtConnectors(words: Word[], chunk: Chunk): Chunk[] {
  const pieces: Chunk[] = [];
  let start = chunk.from;
  for (let k = chunk.from; k <= chunk.to + 1; k++) {
    if (k <= chunk.to && !ORG_CONNECTORS.has(words[k]!.key)) continue;
    if (k > start) pieces.push({ from: start, to: k - 1, titled: start === chunk.from && chunk.titled });
    start = k + 1;
  }
  return pieces;
}

function personCue(words: Word[], chunk: Chunk): boolean {
  const prev = words[chunk.from - 1];
  const next = words[chunk.to + 1];
  if (prev && !prev.cap && (PERSON_NOUNS.has(prev.key) || SPEECH_VERBS.has(prev.key))) return true;
  // "The Public Defender, Levan Ioseliani, said": a full name set off by commas before "said"; not
  // "the rebel group, Ansar Allah, said", where the noun before the comma calls it a body.
  if (
    prev?.text === ',' &&
    next?.text === ',' &&
    chunk.to > chunk.from &&
    saidAfter(words, chunk.to + 2) &&
    !COMPANY_NOUNS.has(words[chunk.from - 2]?.key ?? '')
  )
    return true;
  // "a woman who gave her name as Rosalba".
  if (prev?.key === 'as' && words[chunk.from - 2]?.key === 'name') return true;
  // "who gave only his first name, Karim".
  if (
    prev?.text === ',' &&
    words[chunk.from - 2]?.key === 'name' &&
    NAME_OWNERS.has(words[chunk.from - 3]?.key ?? '')
  )
    return true;
  if (prev?.text === ',' && namedAfterDescription(words, chunk.from - 2)) return true;
  // "Videos posted by fighters": a speech verb before "by" is passive, and says nothing of the name.
  // "Videos posted on social media": a sentence's first word before "posted on" is what was posted.
  if (
    next &&
    SPEECH_VERBS.has(next.key) &&
    words[chunk.to + 2]?.key !== 'by' &&
    // "Protests continued in the capital": a sentence's first word before "continued" is what went on.
    !(chunk.from === chunk.to && words[chunk.from]!.sentenceStart && /^continu/.test(next.key)) &&
    // "Australians in New Caledonia told to stay indoors": told what to do, a passive.
    !(/^(?:told|asked|urged|ordered|advised)$/.test(next.key) && words[chunk.to + 2]?.key === 'to') &&
    !postedOn(words, chunk) &&
    !saysOfItself(words, chunk)
  )
    return true;
  if (ownsWithPersonalPronoun(words, chunk.to)) return true;
  if (isDescribedAsPerson(words, chunk.to)) return true;
  // "Kanokwan Ruangsri is a lecturer in …", an author's bio: the name is said to be a person.
  if (isAPersonAfter(words, chunk.to)) return true;
  // "Aung San Suu Kyi was detained", "… has been sentenced": what is done only to people.
  if (befallsPerson(words, chunk.to)) return true;
  // "Name, who …" or "Name, a …" apposition; "Name, 34, said": an age.
  const after = words[chunk.to + 2];
  if (next?.text === ',' && /^\d{1,3}$/.test(after?.text ?? '') && words[chunk.to + 3]?.text === ',')
    return true;
  if (next?.text !== ',' || after === undefined) return false;
  // "a herder from Sabure, who arrived …": after "from" or "in", the clause is the herder's.
  if (/^(?:from|in|near)$/.test(prev?.key ?? '') && after.key === 'who') return false;
  // "Ahmed Karim, the head of …", "Hsu Ching-kuang, the founder": "the" counts when a person noun
  // or a title follows it.
  // "Sarbuland, a village of 700 people": an apposition that names a kind of place.
  if ((after.key === 'a' || after.key === 'an') && placeNounWithin(words, chunk.to + 3)) return false;
  // "Janisse Moore, chief of the water board", "Redwan Hussien, national security adviser to the
  // prime minister": a title with no article (up to two lower-case words before it), then what it
  // heads or whom it serves.
  const bareTitle = bareTitleAt(words, chunk.to + 2);
  return (
    ['who', 'a', 'an', 'whose'].includes(after.key) ||
    (after.key === 'the' && describesPerson(words, chunk.to + 3)) ||
    bareTitle ||
    saysAfterApposition(words, chunk.to + 2)
  );
}

/** A person noun or title at word k or after one or two lower-case words, then "of", "for", "at" or "to". */
function bareTitleAt(words: Word[], k: number): boolean {
  for (let end = k; end <= k + 2; end++) {
    const word = words[end];
    if (!word || (end > k && (word.cap || !/^\p{Ll}+$/u.test(words[end - 1]!.text)))) return false;
    if ((PERSON_NOUNS.has(word.key) || isTitle(word)) && /^(?:of|for|at|to)$/.test(words[end + 1]?.key ?? ''))
      return true;
  }
  return false;
}

/**
 * "… is a lecturer", "… was an independent researcher", "… is the former chief": "is" or "was", an
 * article, then a person noun or a title within the next three words.
 */
function isAPersonAfter(words: Word[], last: number): boolean {
  if (!/^(?:is|was)$/.test(words[last + 1]?.key ?? '')) return false;
  if (!/^(?:a|an|the)$/.test(words[last + 2]?.key ?? '')) return false;
  for (let k = last + 3; k <= last + 5; k++) {
    const word = words[k];
    if (!word || word.cap || /^[.,;]$/.test(word.text)) return false;
    if (PERSON_NOUNS.has(word.key) || ROLE_NOUNS.has(word.key) || isTitle(word)) return true;
    // "a hydrologist", "a dentist", "a physician": a profession by its ending.
    if (/^[a-z]{3,}(?:ologist|ist|ician)$/.test(word.key)) return true;
  }
  return false;
}

/**
 * "was detained", "has been sentenced", "were arrested": a passive that only people undergo, right
 * after the name ("was"/"were"/"has been"/"had been", then the participle).
 */
function befallsPerson(words: Word[], last: number): boolean {
  let k = last + 1;
  if (!/^(?:was|were|is|has|had)$/.test(words[k]?.key ?? '')) return false;
  if (words[k + 1]?.key === 'been') k++;
  return PERSONAL_PASSIVES.has(words[k + 1]?.key ?? '');
}

const PERSONAL_PASSIVES = new Set(
  'detained arrested jailed imprisoned sentenced convicted acquitted indicted charged kidnapped abducted released freed pardoned exiled deported elected re-elected sworn appointed dismissed sacked ousted impeached assassinated questioned interrogated hospitalised hospitalized'.split(
    ' ',
  ),
);

/** Professions an author's bio names that PERSON_NOUNS (which also cues names before them) lacks. */
const ROLE_NOUNS = new Set(['lecturer', 'fellow', 'academic', 'consultant', 'specialist', 'columnist']);

/** A speech verb at word k that is not a passive's ("said by"). */
function saidAfter(words: Word[], k: number): boolean {
  return SPEECH_VERBS.has(words[k]?.key ?? '') && words[k + 1]?.key !== 'by';
}

/** Words an apposition may run to before its closing comma. */
const APPOSITION_WORDS = 12;

/**
 * "Eduardo Prieto, Red Eléctrica's head of operations, said": an apposition closed by a comma and a
 * speech verb; the name before it is the speaker's.
 */
function saysAfterApposition(words: Word[], from: number): boolean {
  // "Maersk, which had chartered the vessel, said": a thing's apposition.
  if (/^(?:which|where|that|when)$/.test(words[from]?.key ?? '')) return false;
  let described = false;
  for (let k = from; k < from + APPOSITION_WORDS && k < words.length - 1; k++) {
    const word = words[k]!;
    if (/^[.;:!?"“”]$/.test(word.text)) return false;
    // "A firefighter from Kerrville, Tom Alvarez, said": an apposition of names only is the speaker.
    if (word.text === ',')
      return described && SPEECH_VERBS.has(words[k + 1]!.key) && words[k + 2]?.key !== 'by';
    if (!word.cap) described = true;
  }
  return false;
}

const NAME_OWNERS = new Set(['first', 'given', 'full', 'his', 'her', 'their']);

/**
 * "Ahmed Karim, the head of …", "Oleg Varenik, the ministry spokesman,": a person noun or a title
 * within the first three words of an apposition after "the" (at word `from`).
 */
function describesPerson(words: Word[], from: number): boolean {
  // "Selahattin Demirtaş, the Kurdish politician who …": a people's adjective first qualifies the noun.
  const first = words[from] && isDemonym(words[from]!) ? from + 1 : from;
  for (let k = first; k < from + 3; k++) {
    const word = words[k];
    // Not "Zetacorp, the company's chief": the description then belongs to someone of the name.
    if (!word || /^[,.;:]$/.test(word.text) || POSSESSIVE_MARK.test(word.text)) return false;
    if (k === first && (PERSON_NOUNS.has(word.key) || isTitle(word))) return true;
    if (word.possessive || word.cap) return false;
    // Further in, only where the apposition closes or goes on with "of": not "Bangabhaban, the press
    // secretary said", where the words are a new subject.
    const closes = /^(?:,|of|for|at)$/.test(words[k + 1]?.text ?? '');
    if (k > from && closes && (PERSON_NOUNS.has(word.key) || isTitle(word))) return true;
  }
  return false;
}

/**
 * "Volvo Cars said it would halt production", "Eramet said on Wednesday it had …": a name whose speech
 * verb reports what "it" (or "its" plant) will do speaks of itself as a thing, a firm or a body; a
 * person would be "he" or "she". A weekday, "in a statement" or "that" may stand between.
 */
function saysOfItself(words: Word[], chunk: Chunk): boolean {
  let k = chunk.to + 1;
  if (!SPEECH_VERBS.has(words[k]?.key ?? '')) return false;
  k++;
  for (let skipped = 0; skipped < 2; skipped++) {
    const key = words[k]?.key ?? '';
    if (key === 'that') k++;
    else if (key === 'on' && WEEKDAY.test(words[k + 1]?.key ?? '')) k += 2;
    else if (key === 'in' && words[k + 1]?.key === 'a' && words[k + 2]?.key === 'statement') k += 3;
  }
  const pronoun = words[k];
  return pronoun !== undefined && !pronoun.cap && /^(?:it|its)$/.test(pronoun.key);
}

const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

function postedOn(words: Word[], chunk: Chunk): boolean {
  const verb = words[chunk.to + 1]!;
  return (
    words[chunk.from]!.sentenceStart &&
    /^(?:posted|shared)$/.test(verb.key) &&
    /^(?:on|online|to|in)$/.test(words[chunk.to + 2]?.key ?? '')
  );
}

/** A kind of place among the next three words of an apposition ("a small mountain village"). */
function placeNounWithin(words: Word[], from: number): boolean {
  // Three words, a compound's hyphen not counted ("a coca-growing region").
  for (let k = from, seen = 0; seen < 3; k++) {
    const word = words[k];
    if (word && HYPHEN.test(word.text)) continue;
    seen++;
    if (!word || word.cap || /^[,.;:]$/.test(word.text)) return false;
    // Not "a village elder": the kind of place must head the phrase, not qualify the noun after it.
    // Not "the television channel": a broadcaster's channel is no strait.
    if (PLACE_HEADS.has(word.key) || PLACE_NOUNS.has(word.key))
      return !/^(?:NOUN|PROPN)$/.test(words[k + 1]?.pos ?? '') && !MEDIA_BEFORE.has(words[k - 1]?.key ?? '');
  }
  return false;
}

const MEDIA_BEFORE = new Set(['television', 'tv', 'news', 'radio', 'satellite', 'youtube', 'telegram']);

const PLACE_NOUNS = new Set([
  // "Wabag, the provincial capital": the seat of a province or a country.
  'capital',
  'hamlet',
  'settlement',
  'suburb',
  'neighbourhood',
  'neighborhood',
  'quarter',
  'enclave',
  'area',
  'slum',
  'shantytown',
  'parish',
  'commune',
  'base',
  'airbase',
  'airfield',
  // "the Beyazıt campus": a university's site, named after its district; "the Çağlayan courthouse".
  'campus',
  'courthouse',
  // Buildings a report is set in: "Sednaya prison", "the Imam Reza shrine".
  'prison',
  'jail',
  'refinery',
  'stadium',
  'mosque',
  'cathedral',
  'shrine',
  'church',
  'monastery',
  'temple',
  'chapel',
  'synagogue',
]);

/**
 * "Chantal Bahati has kept her five children indoors": the name is the subject, and "her" or "his"
 * follows within a few lower-case words; an organisation would have "its".
 */
function ownsWithPersonalPronoun(words: Word[], last: number): boolean {
  const verb = words[last + 1];
  if (!verb || verb.cap || verb.possessive || !/^(?:VERB|AUX)$/.test(verb.pos)) return false;
  for (let k = last + 2; k <= last + 5; k++) {
    const word = words[k];
    if (!word || word.cap || /^[,.;:]$/.test(word.text)) return false;
    if (PERSONAL_POSSESSIVES.has(word.key)) return true;
  }
  return false;
}

const PERSONAL_POSSESSIVES = new Set(['his', 'her', 'himself', 'herself']);

/**
 * "Lina Haddad is a Yemen analyst", "… is an independent researcher": an author's line and other
 * descriptions that give the name a person's occupation within a few words after "is a".
 */
function isDescribedAsPerson(words: Word[], last: number): boolean {
  if (!/^(?:is|was)$/.test(words[last + 1]?.key ?? '') || !/^(?:a|an)$/.test(words[last + 2]?.key ?? ''))
    return false;
  for (let k = last + 3; k <= last + 6; k++) {
    const word = words[k];
    if (!word || /^[,.;:]$/.test(word.text) || word.key === 'of') return false;
    if (PERSON_NOUNS.has(word.key)) return !/^(?:NOUN|PROPN)$/.test(words[k + 1]?.pos ?? '');
  }
  return false;
}

/** The possessive ending when the tagger gives it a token of its own ("station" "'s"). */
const POSSESSIVE_MARK = /^['’]s?$/;

const DESCRIBING_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * "said a local official, Omar Benali", "said one shopkeeper, Karim Haddad": the words before the
 * comma (ending at word `last`) describe a person, who is then named.
 */
function namedAfterDescription(words: Word[], last: number): boolean {
  const noun = words[last];
  if (!noun) return false;
  // "the head of the Red Crescent Society, Pirhossein Kolivand": the description may end in a name.
  if (headedByPersonNoun(words, last)) return true;
  // "chaired by its President, Mahdi Salem": a title written with a capital after "its" or "the".
  if (noun.cap && isTitle(noun) && /^(?:its|their|the|his|her)$/.test(words[last - 1]?.key ?? ''))
    return !words[last - 1]!.cap;
  if (noun.cap) return false;
  if (PERSON_NOUNS.has(noun.key) || isTitle(noun)) return true;
  for (let k = last - 1; k >= Math.max(0, last - 4); k--) {
    const word = words[k]!;
    if (DESCRIBING_DETERMINERS.has(word.key)) return SPEECH_VERBS.has(words[k - 1]?.key ?? '');
    if (!/^\p{L}/u.test(word.text)) return false;
  }
  return false;
}

/**
 * "the head of the Red Crescent, Ahmed Salem": a determiner and a person noun open the description
 * that ends at word `last` (a few words back, within the sentence).
 */
function headedByPersonNoun(words: Word[], last: number): boolean {
  for (let k = last; k >= Math.max(1, last - 7); k--) {
    const word = words[k]!;
    // Not across a verb: "the head of the mission visited Bakhmut, Kramatorsk …" lists places.
    if (!/^[\p{L}'’-]/u.test(word.text) || word.pos === 'VERB' || word.pos === 'AUX') return false;
    // "the station's head of news, Marta Quiroga": an owner's name works as the determiner.
    const owner = words[k - 1]!;
    if (
      !word.cap &&
      PERSON_NOUNS.has(word.key) &&
      (DESCRIBING_DETERMINERS.has(owner.key) || owner.possessive || POSSESSIVE_MARK.test(owner.text))
    )
      return true;
  }
  return false;
}

function mentionOf(words: Word[], chunk: Chunk, type: EntityType, article: string): EntityMention {
  const text = textBetween(words, chunk.from, chunk.to);
  return { article, name: text, type, text, start: words[chunk.from]!.start, end: words[chunk.to]!.end };
}

/**
 * The mention under another name (and type, or article), built with the fields in the order of every
 * other mention: a copy by spreading (`{ ...m, name }`) gets another hidden class than the literals
 * here, and the code that reads mentions (quotes' speakersIn, the stages after) was compiled for one
 * and thrown away again by V8 when it met the other.
 */
export function renamedMention(
  m: EntityMention,
  name: string,
  type: EntityType = m.type,
  article: string = m.article,
): EntityMention {
  return { article, name, type, text: m.text, start: m.start, end: m.end };
}

/**
 * "Trans African Concessions (TRAC)", "Road Freight Association (RFA)": the capitals in brackets right
 * after the name spell it, each word giving the first letter or letters of its part in order (small
 * words such as "of" may give none).
 */
function spelledByAcronymAfter(words: Word[], chunk: Chunk): boolean {
  if (words[chunk.to + 1]?.text !== '(' || words[chunk.to + 3]?.text !== ')') return false;
  const acronym = words[chunk.to + 2]!.text;
  if (!/^\p{Lu}{2,8}$/u.test(acronym)) return false;
  // ("Tehreek-e-Insaf" gives the letters of its parts: "T" and "I".)
  const parts = words.slice(chunk.from, chunk.to + 1).flatMap((w) => w.text.split('-'));
  return spells(acronym.toLowerCase(), parts, 0, 0);
}

/** Whether `letters` from `at` can be cut into word-initial prefixes of `parts` from `k` on. */
function spells(letters: string, parts: string[], at: number, k: number): boolean {
  if (k === parts.length) return at === letters.length;
  const word = parts[k]!.toLowerCase();
  if (!/^\p{Lu}/u.test(parts[k]!) && spells(letters, parts, at, k + 1)) return true;
  for (let n = 1; n <= word.length && at + n <= letters.length; n++) {
    if (word[n - 1] !== letters[at + n - 1]) break;
    if (spells(letters, parts, at + n, k + 1)) return true;
  }
  return false;
}

/**
 * What the article itself says a name is wins over the gazetteer: "Pakistan Tehreek-e-Insaf (PTI)",
 * a name its bracketed initials spell, is one body (not the listed place it opens with), and a later
 * "PTI" is that body (not the news agency the gazetteer lists under those letters). A listed name the
 * whole chunk is ("Democratic Republic of Congo (DRC)") stays the gazetteer's. Returns whether the
 * chunk was read so.
 */
function readsAsDefinedBody(
  chunk: Chunk,
  words: Word[],
  listed: Listed[],
  out: EntityMention[],
  local: Map<string, { name: string; type: EntityType }>,
  article: string,
): boolean {
  const inside = listedInside(listed, chunk);
  const defined =
    chunk.from === chunk.to && inside.length > 0 ? local.get(words[chunk.from]!.key) : undefined;
  if (defined) {
    for (const item of inside) item.dropped = true;
    out.push({ ...mentionOf(words, chunk, defined.type, article), name: defined.name });
    return true;
  }
  if (chunk.from === chunk.to || chunk.titled || inside.length === 0) return false;
  if (inside.some((item) => item.from === chunk.from && item.to === chunk.to)) return false;
  if (GIVEN_NAMES.has(words[chunk.from]!.key) || !spelledByAcronymAfter(words, chunk)) return false;
  for (const item of inside) item.dropped = true;
  const mention = mentionOf(words, chunk, 'organization', article);
  out.push(mention);
  registerAcronym(words, chunk.to, mention, local);
  return true;
}

/** "Institute of International Relations (IDIS)": later "IDIS" alone means the institute. */
function registerAcronym(
  words: Word[],
  to: number,
  mention: EntityMention,
  local: Map<string, { name: string; type: EntityType }>,
): void {
  if (words[to + 1]?.text !== '(' || words[to + 3]?.text !== ')') return;
  const inner = words[to + 2]!;
  // "(KNCHR)", "(NaDMA)": capitals, with lower-case letters inside only.
  // "(Senapred)", "(Conred)": an organisation's short name in its own language, capitalised once.
  // "Dingri County (Tingri)": a place's other name in brackets.
  const shortName = mention.type !== 'person' && /^\p{Lu}\p{Ll}{2,14}$/u.test(inner.text);
  if (/^\p{Lu}[\p{Lu}\p{Ll}]{0,6}\p{Lu}$/u.test(inner.text) || shortName)
    local.set(inner.key, { name: mention.name, type: mention.type });
}

// ── single words: surnames, cued names, pending ─────────────────────────────

const GROUP_CODE = /^(?:G|COP)\d{1,3}$/;

/**
 * The one-word places among the article's mentions, by key ("tigray"), and those the gazetteer lists
 * (asked of `listed` by key, see isPeopleOfNamedPlace).
 */
function namedPlaces(out: readonly EntityMention[], listed?: TrieNode): PlaceKeys {
  const names = new Set<string>();
  for (const m of out) if (m.type === 'place' && !m.name.includes(' ')) names.add(tokenKey(m.name));
  return {
    has: (key) => names.has(key) || listed?.next.get(key)?.match?.entry.type === 'place',
    size: 1,
  };
}

/** Place names by key: the article's own and, for namedPlaces, the gazetteer's. */
type PlaceKeys = Pick<ReadonlySet<string>, 'has' | 'size'>;

/** A word made of a named place's name and a people's ending: "Tigrayan(s)", "Kenyan", "Ogadeni". */
function isPeopleOfNamedPlace(word: Word, places: PlaceKeys): boolean {
  if (places.size === 0 || places.has(word.key)) return false;
  const m = /^(\p{L}{3,}?)(?:ian|an|n|i)s?$/u.exec(word.key);
  return m !== null && (places.has(m[1]!) || places.has(`${m[1]}a`));
}

function resolveSingles(
  singles: Chunk[],
  words: Word[],
  out: EntityMention[],
  pending: EntityMention[],
  local: Map<string, { name: string; type: EntityType }>,
  source: Article,
  gazetteerRoot?: TrieNode,
): void {
  const article = source.id;
  const people = new Map<string, EntityMention[]>();
  for (const m of out) {
    if (m.type !== 'person' || !isFullName(m.name)) continue;
    for (const key of surnameKeys(m.name)) {
      const list = people.get(key);
      if (list) list.push(m);
      else people.set(key, [m]);
    }
  }
  // Names the context marks as places here; their other uses in the article are the same place.
  const places = new Set<string>();
  const unexplained: Chunk[] = [];
  const named = namedPlaces(out, gazetteerRoot);
  for (const chunk of singles) {
    const titled = chunk.titled;
    const word = words[chunk.from]!;
    // "D.Batbayar, 58, counts his animals": a name with a glued patronymic initial is a person's.
    // Its given name alone later on ("Batbayar said") is the same person.
    if (GLUED_INITIAL_NAME.test(word.text)) {
      const mention = mentionOf(words, chunk, 'person', article);
      out.push(mention);
      for (const key of surnameKeys(mention.name)) people.set(key, [...(people.get(key) ?? []), mention]);
      continue;
    }
    // "Tigrayan rebels", "in Tigrayan towns", "Tigrayans": the people of a place the article names.
    if (
      (isPeopleOfNamedPlace(word, named) || isPeopleOfNamedPlace(word, places)) &&
      !namesFeature(words, chunk.to)
    )
      continue;
    // Not "Baloch passengers" after "Jeeyand Baloch": a people's name before a noun describes it.
    const next = words[chunk.to + 1];
    const adjective = isDemonym(word) && next?.pos === 'NOUN' && !next.cap && !next.newlineBefore;
    const linked = adjective
      ? null
      : (linkSurname(word, people.get(word.key) ?? []) ?? linkGivenName(words, chunk, out));
    const known = local.get(word.key) ?? shortReference(words, chunk, out);
    if (linked) out.push(renamedMention(mentionOf(words, chunk, 'person', article), linked));
    else if (known) out.push(renamedMention(mentionOf(words, chunk, known.type, article), known.name));
    // "the Tibetan plateau", "the Arabian peninsula": a people's adjective and a natural feature after
    // it name the feature.
    else if (!titled && looksLikeDemonym(word) && namesFeature(words, chunk.to)) {
      out.push(mentionOf(words, { from: chunk.from, to: chunk.to + 1, titled: false }, 'place', article));
    } else if (isDemonym(word) || GROUP_NOUNS.has(word.key) || isPersonNounPlural(word)) continue;
    // "the G77 said", "talks at COP29": a group of countries or their conference, no one.
    else if (GROUP_CODE.test(word.text)) out.push(mentionOf(words, chunk, 'organization', article));
    // "Channel 4", "Channel One": a broadcaster, not a strait with a number.
    else if (word.key === 'channel' && channelNumber(words, chunk.to) > chunk.to)
      out.push(
        mentionOf(
          words,
          { from: chunk.from, to: channelNumber(words, chunk.to), titled: false },
          'organization',
          article,
        ),
      );
    // "Camp 8W", "Sector 4": a kind of place and its code name one place.
    else if (PLACE_HEADS.has(word.key) && codeAfter(words, chunk.to) > chunk.to) {
      out.push(
        mentionOf(
          words,
          { from: chunk.from, to: codeAfter(words, chunk.to), titled: chunk.titled },
          'place',
          article,
        ),
      );
      places.add(word.key);
    }
    // "Marape told Parliament", "the Office said": an institution's head word alone names no person.
    else if (ORG_HEADS.has(word.key) && !titled) {
      // Not "Airlines added flights …": at a sentence start the word may be a common noun, as at a
      // bullet's start ("• Council confirms …").
      if (personCue(words, chunk) && !word.sentenceStart && !BULLETS.has(words[chunk.from - 1]?.text ?? ''))
        out.push(mentionOf(words, chunk, 'organization', article));
    }
    // "residents who reached The Irrawaddy said": a name after "The" inside a sentence is a title
    // (an outlet's, a group's), not a person's.
    else if (!titled && theInsideSentence(words[chunk.from - 1])) {
      // "the Rongbuk monastery", "the Kashveti church": a kind of place after the name.
      const kind = placeContext(words, chunk) ? 'place' : 'organization';
      if (properNoun(word)) out.push(mentionOf(words, chunk, kind, article));
      if (kind === 'place') places.add(word.key);
    }
    // "Valdosta Mayor Scott Matheson", "Zetacorp CEO Ana Ruiz": the word before a title is where or
    // for whom the person holds office, not a person.
    else if (
      !titled &&
      !word.possessive &&
      !GIVEN_NAMES.has(word.key) &&
      !ORG_HEADS.has(word.key) &&
      (properNoun(word) || isAcronym(word)) &&
      followedByTitle(words, chunk.to) &&
      // Not "Ruling Justice and Development Party …": the title word opens a name already found.
      !out.some((m) => m.start === words[chunk.to + 1]!.start) &&
      // "Embattled prime minister …": before a lower-case title the word only describes the person;
      // "Mpumalanga premier Mandla Ndlovu": a local office in lower case still names where it is held.
      (words[chunk.to + 1]!.cap || localOfficeOf(words, chunk))
    ) {
      const type = LOCAL_OFFICES.has(words[chunk.to + 1]!.key) ? 'place' : 'organization';
      out.push(mentionOf(words, chunk, type, article));
      if (type === 'place') places.add(word.key);
    }
    // "TOLOnews reported", "Euronews said": one word ending in a media noun is an outlet.
    else if (!titled && MEDIA_WORD.test(word.key)) out.push(mentionOf(words, chunk, 'organization', article));
    // "the opposition Hayastan faction", "the Yabloko party": a name before a party's noun.
    // Not "• Ruling party halts …": a sentence's or a bullet's first word may be an adjective.
    else if (
      !titled &&
      !word.sentenceStart &&
      !BULLETS.has(words[chunk.from - 1]?.text ?? '') &&
      properNoun(word) &&
      partyNounAfter(words, chunk)
    )
      out.push(
        mentionOf(
          words,
          { from: partyNameStart(words, chunk.from), to: chunk.to, titled: false },
          'organization',
          article,
        ),
      );
    // "the former Renamo lawmaker", "two Likud members": a name before a member's noun is a party's.
    else if (
      !titled &&
      !word.sentenceStart &&
      !BULLETS.has(words[chunk.from - 1]?.text ?? '') &&
      properNoun(word) &&
      !GIVEN_NAMES.has(word.key) &&
      memberNounAfter(words, chunk)
    )
      out.push(mentionOf(words, chunk, 'organization', article));
    // "the government in Kigali denied it": after "in" or "near", a speech verb does not make a person.
    else if (
      !titled &&
      LOCATIVE.has(words[chunk.from - 1]?.key ?? '') &&
      placeCue(words, chunk) &&
      !afterCompanyNoun(words, chunk)
    ) {
      out.push(mentionOf(words, chunk, 'place', article));
      places.add(word.key);
    }
    // "AFAD said", "the NDMA said": an acronym that speaks is an organisation; so is "operator Ukrenergo".
    else if (
      (isAcronym(word) && (personCue(words, chunk) || acronymOfBody(words, chunk))) ||
      ((afterCompanyNoun(words, chunk) || describedAsCompany(words, chunk)) && !GIVEN_NAMES.has(word.key))
    )
      out.push(mentionOf(words, chunk, 'organization', article));
    // "Tesla said on Thursday it would …": a name that speaks of itself as "it" is no person.
    else if (!titled && !GIVEN_NAMES.has(word.key) && properNoun(word) && saysOfItself(words, chunk))
      out.push(mentionOf(words, chunk, 'organization', article));
    // "of Evrensel newspaper", "the Cumhuriyet daily": a name before a lower-case word for a newspaper
    // or a broadcaster is that outlet.
    else if (!titled && outletNounAfter(words, chunk))
      out.push(mentionOf(words, chunk, 'organization', article));
    // "the Hakari bridge", "the Morandi bridge": a name known only by the bridge after it names the
    // bridge (after a river or a builder), not a place of its own. A dam or a crossing keeps the town
    // it is named after ("the Kakhovka dam": Kakhovka).
    else if (!titled && namesStructure(words, chunk)) {
      out.push(mentionOf(words, { from: chunk.from, to: chunk.to + 1, titled: false }, 'place', article));
    }
    // "the Imam Hussein shrine", "King Fahd hospital": a building named after a titled person.
    else if (titled && namedBuilding(words, chunk)) {
      out.push(mentionOf(words, { from: chunk.from - 1, to: chunk.to, titled: false }, 'place', article));
    } else if (titled || (personCue(words, chunk) && properNoun(word))) {
      const type = personLikeType(words, chunk, source);
      if (type) out.push(mentionOf(words, chunk, type, article));
    } else if (
      placeCue(words, chunk) ||
      onPlace(words, chunk, out) ||
      placeInPlace(words, chunk, out) ||
      routeEnd(words, chunk, out)
    ) {
      out.push(mentionOf(words, chunk, 'place', article));
      places.add(word.key);
    } else unexplained.push(chunk);
  }
  const listed = placesInLists(unexplained, words, out);
  for (const chunk of unexplained) {
    const word = words[chunk.from]!;
    // "the Afar and Oromia regions": inside a sentence, a capitalised word the context makes a place
    // is one, whatever the tagger called it ("afar" is an adverb too).
    if ((places.has(word.key) || listed?.has(chunk)) && (word.pos === 'PROPN' || !word.sentenceStart))
      out.push(mentionOf(words, chunk, 'place', article));
    // "Ukrinform could not verify …": a known outlet opening a sentence is still the outlet.
    else if (word.sentenceStart && isOutletName(word, source))
      out.push(mentionOf(words, chunk, 'organization', article));
    else if (word.pos === 'PROPN' && !word.sentenceStart) {
      const type = personLikeType(words, chunk, source);
      if (type === 'person') pending.push(mentionOf(words, chunk, 'person', article));
      else if (type) out.push(mentionOf(words, chunk, type, article));
    }
  }
}

/**
 * "the Supreme Political Council … The Council said", "the Kingdom of Saudi Arabia … The Kingdom
 * called for", "the Congress of Local and Regional Authorities … the Congress would": "the" and the
 * head word of a longer name written earlier in the article refer back to that name (the nearest one
 * before). Returns its name and type, or undefined.
 */
function shortReference(
  words: Word[],
  chunk: Chunk,
  out: EntityMention[],
): { name: string; type: EntityType } | undefined {
  const word = words[chunk.from]!;
  if (words[chunk.from - 1]?.key !== 'the' || word.possessive) return undefined;
  const head = ORG_HEADS.has(word.key) ? 'last' : STATE_WORDS.has(word.key) ? 'first' : null;
  if (!head) return undefined;
  let best: EntityMention | undefined;
  for (const m of out) {
    if (m.start >= word.start || (best && best.start > m.start)) continue;
    const parts = m.text.split(' ');
    if (parts.length < 2) continue;
    // "the Congress of Local and Regional Authorities … the Congress": a head word before "of" opens it.
    const opening = head === 'last' && parts[1] === 'of' && tokenKey(parts[0]!) === word.key;
    const part = head === 'last' ? parts[parts.length - 1]! : parts[0]!;
    if (tokenKey(part) === word.key || opening) best = m;
  }
  return best && { name: best.name, type: best.type };
}

/**
 * "in Mombasa, Kisumu, Nakuru and Nyeri": names nothing else explains that stand in one list (commas,
 * "and", "or") with a place are places too. The list is followed from the place in both directions.
 */
function placesInLists(unexplained: Chunk[], words: Word[], out: EntityMention[]): Set<Chunk> | null {
  const singles: Chunk[] = [];
  for (const chunk of unexplained) if (listItem(words, chunk)) singles.push(chunk);
  if (singles.length === 0) return null;
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const m of out)
    if (m.type === 'place') {
      starts.add(m.start);
      ends.add(m.end);
    }
  const found = new Set<Chunk>();
  // "three townships in the county, Changsuo, Quluo and Cuoguo": a kind of place opens the list too,
  // as do places of a kind named in the plural: "the provinces of Nampula, Tete and Niassa".
  const opened = (c: Chunk) =>
    isPlaceKind(words[listStep(words, c.from, -1)]) || pluralKindOf(words, c) || kindThenExamples(words, c);
  if (starts.size === 0 && !singles.some(opened)) return found;
  for (let changed = true; changed; ) {
    changed = false;
    for (const chunk of singles) {
      if (found.has(chunk)) continue;
      const before = words[listStep(words, chunk.from, -1)];
      const after = words[listStep(words, chunk.to, 1)];
      if (
        (before && (ends.has(before.end) || isPlaceKind(before))) ||
        (after && starts.has(after.start)) ||
        pluralKindOf(words, chunk) ||
        kindThenExamples(words, chunk)
      ) {
        found.add(chunk);
        starts.add(words[chunk.from]!.start);
        ends.add(words[chunk.to]!.end);
        changed = true;
      }
    }
  }
  return found;
}

/**
 * A comma, "and" or "or" on either side of the name, which ends there: not "In Washington, National
 * Security Council …", where the name goes on. Possessives and acronyms are left to other rules.
 */
function listItem(words: Word[], chunk: Chunk): boolean {
  const word = words[chunk.from]!;
  const next = words[chunk.to + 1];
  // "COVID-19, and New Zealand": a name with figures in it is a disease's, a model's, no place's.
  if (word.possessive || isAcronym(word) || /\d/.test(word.text) || (next?.cap && !next.newlineBefore))
    return false;
  return LIST_JOINS.has(words[chunk.from - 1]?.key ?? '') || LIST_JOINS.has(next?.key ?? '');
}

/** The index of the list item next to word k in direction `dir` (past ", ", "and", ", and"), or -1. */
function listStep(words: Word[], k: number, dir: 1 | -1): number {
  let j = k + dir;
  let seen = 0;
  while (LIST_JOINS.has(words[j]?.key ?? '') && seen < 2 && !words[j]!.newlineBefore) {
    j += dir;
    seen++;
  }
  return seen > 0 ? j : -1;
}

const LIST_JOINS = new Set([',', 'and', 'or']);

/** "the provinces of Nampula, …", "the districts of Mutasa and Nyanga": a list's first name after a plural kind of place and "of". */
function pluralKindOf(words: Word[], chunk: Chunk): boolean {
  const kind = words[chunk.from - 2];
  return (
    words[chunk.from - 1]?.key === 'of' && kind !== undefined && kind.key.endsWith('s') && isPlaceKind(kind)
  );
}

/** "county", "villages", "temples": a kind of place in lower case, which a list of names may follow. */
function isPlaceKind(word: Word | undefined): boolean {
  if (!word || word.cap) return false;
  const key = word.key;
  // "cities", "counties": a plural in -ies stands for a singular in -y.
  const singular = key.endsWith('ies') ? `${key.slice(0, -3)}y` : key.endsWith('s') ? key.slice(0, -1) : key;
  return PLACE_HEADS.has(key) || PLACE_HEADS.has(singular) || PLACE_NOUNS.has(singular);
}

/** "eight districts - Kachchh, Jamnagar …", "two provinces: Sindh and Balochistan": a list announced. */
const LIST_MARKS = new Set(['-', '–', '—', ':']);

/**
 * "in a dozen cities, including Atyrau, Uralsk and Shymkent", "villages such as Khiam and Aitaroun":
 * a plural kind of place, then "including", "such as", "like", "notably", a dash or a colon right
 * before the name.
 */

function kindThenExamples(words: Word[], chunk: Chunk): boolean {
  let k = chunk.from - 1;
  const cue = words[k]?.key;
  if (cue === 'as' && words[k - 1]?.key === 'such') k -= 2;
  else if (cue === 'including' || cue === 'like' || cue === 'notably' || LIST_MARKS.has(words[k]?.text ?? ''))
    k -= 1;
  else return false;
  if (words[k]?.text === ',') k--;
  const kind = words[k];
  return kind !== undefined && kind.key.endsWith('s') && isPlaceKind(kind);
}

/**
 * What a word that looks like a person's name is: a news outlet ("survivors told Meduza"), nothing
 * (a storm's name, "saying Beryl's centre"; a word qualifying an institution, "said Socialist party
 * leader …"), or a person. Asked only of those words, since most never need it.
 */
function personLikeType(words: Word[], chunk: Chunk, source: Article): EntityType | null {
  const word = words[chunk.from]!;
  if (qualifiesInstitution(words, chunk)) return null;
  // "kept its AA rating", "cut to BBB": a credit rating, not Anadolu's "AA".
  if (CREDIT_RATING.test(word.text) && nearRatingWord(words, chunk)) return null;
  if (isOutletName(word, source)) return 'organization';
  return stormName(source.text, word) ? null : 'person';
}

const CREDIT_RATING = /^(?:AAA|AA|A|BBB|BB|B|CCC|CC|C)[+-]?$/;

/** A word of rating within three words of the chunk: "its AA rating", "the rating at AA". */
function nearRatingWord(words: Word[], chunk: Chunk): boolean {
  for (let k = Math.max(0, chunk.from - 3); k <= Math.min(words.length - 1, chunk.to + 3); k++)
    if (/^(?:rating|ratings|rated|downgrade[ds]?|upgrade[ds]?)$/.test(words[k]!.key)) return true;
  return false;
}

/** The word is a storm's name somewhere in the text: "Hurricane Beryl", "Cyclone Chido". */
function stormName(text: string, word: Word): boolean {
  if (!hasStorm(text)) return false;
  for (let at = text.indexOf(word.text); at >= 0; at = text.indexOf(word.text, at + 1))
    if (STORM_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return true;
  return false;
}

const STORM_BEFORE = /(?:Hurricane|Typhoon|Cyclone|Storm)\s$/;

/** Whether the text names a storm at all: asked for several words of one text, so kept for the last text. */
function hasStorm(text: string): boolean {
  if (text !== stormText) {
    stormText = text;
    stormSeen = false;
    for (const word of STORM_WORDS) stormSeen ||= text.includes(word);
  }
  return stormSeen;
}

// Plain substring searches: far cheaper than a regular expression over every article.
const STORM_WORDS = ['Hurricane ', 'Typhoon ', 'Cyclone ', 'Storm '];
let stormText = '';
let stormSeen = false;

/** A known news outlet ("Meduza", "Kommersant"), or the article's own outlet. */
function isOutletName(word: Word, article: Article): boolean {
  // The key is already lower case, as knownOutlet compares.
  return word.pos === 'PROPN' && (knownOutlet(word.key) !== null || word.text === article.outlet);
}

/**
 * "the agency, the HUR, said", "a TSMC spokesperson": an acronym after a lower-case "the", or before
 * a lower-case noun for a member or an office of a body, names an organisation.
 */
function acronymOfBody(words: Word[], chunk: Chunk): boolean {
  const prev = words[chunk.from - 1];
  const next = words[chunk.to + 1];
  // "a TSMC spokesperson", "LSK president Faith Odhiambo": a member or office of the body.
  if (next !== undefined && !next.cap && (MODIFIED_NOUNS.has(next.key) || isTitle(next))) return true;
  // Not "the PNG government", "the JAL jet": there the acronym only qualifies the noun after it.
  return (prev?.text === 'the' || prev?.text === 'The') && !(next && !next.cap && next.pos === 'NOUN');
}

/** "Socialist party", "Labour government": a capitalised word before a lower-case institution noun. */
function qualifiesInstitution(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  return next !== undefined && !next.cap && !words[chunk.from]!.possessive && ORG_HEADS.has(next.key);
}

/** "the town of Lahaina on Maui": a name after "on" right after a place is where that place lies. */
/**
 * "from Basra to Aliaga in Turkey", "a site at Bani in north-west Yemen": after "to", "at" or "from",
 * a name followed by "in" and a known place (a compass word may stand between) is a place within it.
 */
function placeInPlace(words: Word[], chunk: Chunk, out: EntityMention[]): boolean {
  const word = words[chunk.from]!;
  if (!/^(?:to|at|from|via)$/.test(words[chunk.from - 1]?.text ?? '') || GIVEN_NAMES.has(word.key))
    return false;
  if (word.pos !== 'PROPN' || words[chunk.to + 1]?.text !== 'in') return false;
  let k = chunk.to + 2;
  while (
    k < chunk.to + 6 &&
    words[k] &&
    !words[k]!.cap &&
    (COMPASS_PART.test(words[k]!.key) || HYPHEN.test(words[k]!.text) || words[k]!.key === 'the')
  )
    k++;
  const start = words[k]?.start;
  return start !== undefined && out.some((m) => m.type === 'place' && m.start === start);
}

const COMPASS_PART =
  /^(?:north|south|east|west)(?:ern|-?(?:east|west)(?:ern)?)?$|^(?:central|eastern|western|northern|southern)$/;

/** "from Baku through Tbilisi to Kars", "Basra to Aliaga": "to" right after a place ends a route at another. */
function routeEnd(words: Word[], chunk: Chunk, out: EntityMention[]): boolean {
  const before = words[chunk.from - 2];
  if (words[chunk.from - 1]?.text !== 'to' || !before || words[chunk.from]!.pos !== 'PROPN') return false;
  return out.some((m) => m.type === 'place' && m.end === before.end);
}

function onPlace(words: Word[], chunk: Chunk, out: EntityMention[]): boolean {
  const before = words[chunk.from - 2];
  if (words[chunk.from - 1]?.text !== 'on' || !before || words[chunk.from]!.pos !== 'PROPN') return false;
  return out.some((m) => m.type === 'place' && m.end === before.end);
}

/**
 * "8W", "12C", "4": a short code of digits (the tagger splits off a letter glued to them) one space
 * after word k. Returns the index of the code's last word, or k when there is none.
 */
function codeAfter(words: Word[], k: number): number {
  const digits = words[k + 1];
  if (!digits || digits.start !== words[k]!.end + 1 || !/^\d{1,3}$/.test(digits.text)) return k;
  const letter = words[k + 2];
  return letter && letter.start === digits.end && /^\p{Lu}$/u.test(letter.text) ? k + 2 : k + 1;
}

/** The word after "Channel" that numbers it ("4", "One"), or k when there is none. */
function channelNumber(words: Word[], k: number): number {
  const next = words[k + 1];
  if (!next || next.newlineBefore) return k;
  return /^\d{1,2}$/.test(next.text) || CHANNEL_NUMBERS.has(next.text) ? k + 1 : k;
}

const CHANNEL_NUMBERS = new Set([
  'One',
  'Two',
  'Three',
  'Four',
  'Five',
  'Six',
  'Seven',
  'Eight',
  'Nine',
  'Ten',
]);

function theInsideSentence(prev: Word | undefined): boolean {
  return prev !== undefined && prev.text === 'The' && !prev.sentenceStart && !prev.newlineBefore;
}

/** "Farmers said …" opening a sentence: a group of people, not someone's name. */
function isPersonNounPlural(word: Word): boolean {
  return word.key.endsWith('s') && PERSON_NOUNS.has(word.key.slice(0, -1));
}

function isAcronym(word: Word): boolean {
  return word.text.length >= 2 && ALL_UPPER.test(word.text);
}

/** Of the full names ending in this word, the nearest one before it (or the first one after it). */
function linkSurname(word: Word, people: EntityMention[]): string | null {
  let best: EntityMention | null = null;
  for (const person of people) {
    if (!best || (person.start < word.start && (best.start > word.start || person.start > best.start)))
      best = person;
  }
  return best?.name ?? null;
}

/**
 * "Sir Keir" after "Sir Keir Starmer", "Tedros" after "Tedros Adhanom Ghebreyesus", "Shehbaz" after
 * "Shehbaz Sharif": the given name of exactly one full name in the article (a surname match, tried
 * first, wins).
 */
function linkGivenName(words: Word[], chunk: Chunk, out: EntityMention[]): string | null {
  const word = words[chunk.from]!;
  let found: string | null = null;
  for (const m of out) {
    if (m.type !== 'person' || givenNameKey(m.name) !== word.key) continue;
    if (found && found !== m.name) return null;
    found = m.name;
  }
  return found;
}

/**
 * The key of a name's first word ("Ilham Aliyev" → "ilham"), null for a name of one word. Asked for
 * every person already found, once for each lone capitalised word (linkGivenName): the same few
 * names over and over, split and folded each time, were most of that search's time.
 */
const givenNameKey = memoized((name: string): string | null => {
  const names = name.split(' ');
  return names.length < 2 ? null : tokenKey(names[0]!);
});

/** At a sentence start every word is capitalised: there only the tagger's PROPN says it is a name. */
function properNoun(word: Word): boolean {
  return !word.sentenceStart || (word.pos === 'PROPN' && !BRITISH_AGENT_PLURAL.test(word.key));
}

/** "Organisers", "Supervisors": the tagger does not know the British spelling and calls it a name. */
const BRITISH_AGENT_PLURAL = /^[a-z]+is(?:er|or)s$/;

function isDemonym(word: Word): boolean {
  return DEMONYMS.has(word.key) || /(?:ian|ians|ese|ish|eans|icans|anis|eris)$/.test(word.key);
}

/** Looser than isDemonym, for a word right before a noun: "Libyan", "Yemeni", "Sudanese". */
function looksLikeDemonym(word: Word): boolean {
  return isDemonym(word) || /(?:an|i)$/.test(word.key);
}

/** Offices held over a place: the word before them names the place ("Valdosta Mayor"). */
const LOCAL_OFFICES = new Set([
  'mayor',
  'governor',
  // "Mpumalanga premier …", "Ontario Premier …": a province's head of government.
  'premier',
  'gov',
  'gov.',
  'sheriff',
  'councillor',
  'councilman',
  'councilwoman',
  // "Barangay captain …", "village captain …": the head of a village or a ward.
  'captain',
]);

/**
 * Whether the one word before a kind of place is a nationality ("the Libyan city of Derna") rather than
 * the place's name. Only the surest lists count before a neighbourhood's kind that no "of" follows:
 * "the Karari district", "the Bahri neighbourhood" sound like "Yemeni" but name the place.
 */
function adjectiveOfPlace(words: Word[], chunk: Chunk): boolean {
  const word = words[chunk.from]!;
  if (isDemonym(word)) return true;
  if (!looksLikeDemonym(word)) return false;
  // "buried Yambali village": a word that only ends like a nationality ("-i", "-an") is an adjective
  // after an article ("a Bengali village"), a name without one.
  if (!/^(?:a|an|the)$/.test(words[chunk.from - 1]?.key ?? '')) return false;
  const kind = words[chunk.to + 1]!;
  // "the Rasuwagadhi crossing", "the Chaman border crossing": a work built at one spot is named
  // after the spot; only a known nationality before it is an adjective.
  if (BUILT_KINDS.has(kind.key)) return false;
  return !(NEIGHBOURHOOD_KINDS.has(kind.key) && words[chunk.to + 2]?.key !== 'of');
}

/** A lower-case natural feature right after word k, with "the" before the adjective: "the Tibetan plateau". */
function namesFeature(words: Word[], k: number): boolean {
  const next = words[k + 1];
  if (!next || next.cap || next.newlineBefore || !NATURAL_FEATURES.has(next.key)) return false;
  const after = words[k + 2];
  return words[k - 1]?.key === 'the' && !(after && !after.cap && after.pos === 'NOUN');
}

const NATURAL_FEATURES = new Set(['plateau', 'peninsula', 'highlands', 'steppe', 'basin', 'lowlands']);

const PLURAL_KINDS = new Set([
  'regions',
  'provinces',
  'districts',
  'states',
  'counties',
  'villages',
  'towns',
  'neighbourhoods',
  'neighborhoods',
  'stations',
]);

const BUILT_KINDS = new Set([
  'crossing',
  'bridge',
  'dam',
  'barrage',
  'checkpoint',
  'airport',
  'tunnel',
  'pass',
  // "the Kashveti church", "the Gelati monastery": a house of worship is named after its own saint or place.
  'church',
  'cathedral',
  'chapel',
  'monastery',
  'temple',
  'mosque',
  'synagogue',
]);

/** Faiths whose adjective names a church or a mosque without naming a place ("the Orthodox church"). */
const FAITHS = new Set(
  'orthodox catholic protestant evangelical lutheran anglican methodist baptist apostolic coptic sunni shia shiite'.split(
    ' ',
  ),
);

const NEIGHBOURHOOD_KINDS = new Set([
  'district',
  'neighbourhood',
  'neighborhood',
  'suburb',
  'quarter',
  'ward',
  'township',
  'camp',
]);

/** Prepositions of where something is, not where it comes from. */
/** Words after which a name is where something is or goes: "in Goma", "a man who reached Tawila told …". */
const LOCATIVE = new Set(['in', 'near', 'outside', 'inside', 'reached', 'entered', 'of']);
const MEDIA_WORD = /^\p{L}{2,}(?:news|press|tv|media)$/u;

/**
 * "Rockets hit Kiryat Shmona", "jets struck Khiam": what a strike hits is a place (a person or a body
 * struck is named by the gazetteer or a cue of its own); not "hit Phase 14 of the field", a part with a
 * number.
 */
const STRUCK_WORDS = ['hit', 'struck', 'shelled', 'bombed', 'pounded'];
const STRUCK = new Set(STRUCK_WORDS);
const PLACE_PREPOSITIONS = new Set([
  'in',
  'near',
  'outside',
  'across',
  'through',
  'throughout',
  'via',
  'from',
  'into',
  'towards',
  'reached',
  'entered',
  ...STRUCK_WORDS,
]);
/** "central Kramatorsk", "northern Gaza", "downtown Beirut": a part of a place, written lower case. */
const PLACE_PARTS = new Set([
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'northeastern',
  'northwestern',
  'southeastern',
  'southwestern',
  'north-eastern',
  'north-western',
  'south-eastern',
  'south-western',
  'downtown',
]);

function placeCue(words: Word[], chunk: Chunk): boolean {
  const word = words[chunk.from]!;
  if (word.pos !== 'PROPN' || GIVEN_NAMES.has(word.key)) return false;
  const prev = words[chunk.from - 1];
  if (prev && STRUCK.has(prev.key) && /^\d/.test(words[chunk.to + 1]?.text ?? '')) return false;
  // Not "the agency reached Smith by phone": a person reached is spoken to.
  if (prev?.key === 'reached' && /^(?:by|for|on)$/.test(words[chunk.to + 1]?.key ?? '')) return false;
  if (
    prev &&
    (PLACE_PREPOSITIONS.has(prev.key) || (PLACE_PARTS.has(prev.text) && !modifiesNoun(words, chunk)))
  )
    return true;
  // Not "east of Interstate 95": a name with a number after it is a road's.
  if (
    prev?.key === 'of' &&
    isCompassPoint(words[chunk.from - 2]) &&
    !/^\d/.test(words[chunk.to + 1]?.text ?? '')
  )
    return true;
  return placeContext(words, chunk);
}

/**
 * "in the north of Corfu", "200 km southeast of Hathras": a point of the compass, then "of", then the
 * place it is measured from (lower case: "the North of England" is read by the gazetteer).
 */
function isCompassPoint(word: Word | undefined): boolean {
  return word !== undefined && !word.cap && COMPASS_POINT.test(word.key);
}

const COMPASS_POINT = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/** "the eastern Libyan city": a nationality-like word before a lower-case noun is an adjective. */
function modifiesNoun(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  return looksLikeDemonym(words[chunk.from]!) && next !== undefined && !next.cap && !next.newlineBefore;
}

/**
 * The words around a name that say it is a place the gazetteer does not know: a kind of place before
 * it ("the port city of Derna", "the village of Tafeghaghte") or after it ("the High Atlas
 * mountains"), or a journey to it ("fled to Goris", "flights to Benghazi").
 */
function placeContext(words: Word[], chunk: Chunk): boolean {
  const prev = words[chunk.from - 1];
  const beforePrev = words[chunk.from - 2];
  const next = words[chunk.to + 1];
  // Not "the Libyan city": an adjective of nationality before the noun names no place; nor "the
  // Chechen capital Grozny", where the kind of place is followed by the place's own name.
  if (next && !next.cap && !next.newlineBefore && isKindOfPlace(words, chunk.to + 1))
    return !(
      (chunk.from === chunk.to && (adjectiveOfPlace(words, chunk) || FAITHS.has(words[chunk.from]!.key))) ||
      (words[chunk.to + 2]?.cap === true &&
        !words[chunk.to + 2]!.newlineBefore &&
        !words[chunk.to + 2]!.sentenceStart)
    );
  // "Kurilsk, a fishing town on the island": an apposition that names a kind of place.
  const after = words[chunk.to + 2];
  // "the Chapare, the coca-growing region of Cochabamba": "the" and a kind of place too.
  if (
    next?.text === ',' &&
    (after?.key === 'a' || after?.key === 'an' || after?.key === 'the') &&
    placeNounWithin(words, chunk.to + 3)
  )
    return true;
  if (!prev || !beforePrev || (beforePrev.cap && !beforePrev.sentenceStart)) return false;
  if (prev.text === 'of')
    return (
      PLACE_HEADS.has(beforePrev.key) || PLACE_NOUNS.has(beforePrev.key) || PART_OF_PLACE.has(beforePrev.key)
    );
  // "an airfield at Abbs", "a site at Bani": a place or a site, and "at" its name.
  if (prev.text === 'at') return PLACE_NOUNS.has(beforePrev.key) || beforePrev.key === 'site';
  return prev.text === 'to' && MOTION_WORDS.has(beforePrev.key);
}

/** A name after "the" and before a lower-case "bridge" (not "the Libyan bridge"). */
function namesStructure(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  if (!next || next.cap || next.newlineBefore || next.key !== 'bridge') return false;
  return words[chunk.from - 1]?.key === 'the' && !isDemonym(words[chunk.from]!);
}

/** A lower-case word for an outlet right after the name: "Evrensel newspaper", "the Sozcu daily". */
function outletNounAfter(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  return (
    next !== undefined &&
    !next.cap &&
    !next.newlineBefore &&
    OUTLET_NOUNS.has(next.key) &&
    !isDemonym(words[chunk.from]!) &&
    // Not "State broadcaster CCTV", "National daily": an adjective of the outlet's kind.
    !ROLE_WORDS.has(words[chunk.from]!.key) &&
    !GIVEN_NAMES.has(words[chunk.from]!.key)
  );
}

const OUTLET_NOUNS = new Set(['newspaper', 'daily', 'weekly', 'broadcaster', 'magazine', 'tabloid']);

/** A titled name right after its title and before a kind of place: the place is named after them. */
function namedBuilding(words: Word[], chunk: Chunk): boolean {
  const next = words[chunk.to + 1];
  return (
    chunk.from > 0 &&
    isTitle(words[chunk.from - 1]!) &&
    words[chunk.from - 1]!.cap &&
    next !== undefined &&
    !next.cap &&
    !next.newlineBefore &&
    isKindOfPlace(words, chunk.to + 1)
  );
}

/**
 * "residents of Meghaninagar", "the outskirts of Kherson", "the mayor of Bogo": who or what belongs to
 * a place, before "of".
 */
const PART_OF_PLACE = new Set([
  'mayor',
  'mayors',
  'governor',
  'governors',
  'people',
  'residents',
  'inhabitants',
  'villagers',
  'citizens',
  'natives',
  'outskirts',
  // "swept through parts of Mpumalanga": what has parts is a place (not "part of", said of bodies too).
  'parts',
  'streets',
  'suburbs',
  'centre',
  'center',
]);

/** A kind of place at word k, or one word later after a modifier ("Sednaya military prison"). */
function isKindOfPlace(words: Word[], k: number): boolean {
  const word = words[k]!;
  if (PLACE_HEADS.has(word.key) || PLACE_NOUNS.has(word.key)) return true;
  // "the Afar and Oromia regions": a kind in the plural after names joined by "and".
  if (PLURAL_KINDS.has(word.key) && words[k - 2]?.key === 'and') return true;
  const next = words[k + 1];
  return (
    PLACE_MODIFIERS.has(word.key) &&
    next !== undefined &&
    !next.cap &&
    (PLACE_HEADS.has(next.key) || PLACE_NOUNS.has(next.key))
  );
}

/** "the Abu Shouk displacement camp", "the Kakuma refugee camp": words between a name and its kind. */
const PLACE_MODIFIERS = new Set([
  'displacement',
  'refugee',
  'transit',
  'detention',
  'border',
  'air',
  'naval',
  'military',
  'nuclear',
  'central',
  'main',
  'international',
  'regional',
  'power',
]);

/**
 * Links pending words to people named elsewhere in the batch: a single word by its surname (surname →
 * full name), a name of several words where another article wrote it as a person's (`people`, see
 * fullNameIndex).
 */
export function linkPending(
  pending: EntityMention[],
  surnames: Map<string, string | null>,
  people: ReadonlyMap<string, string> = new Map(),
): EntityMention[] {
  const linked: EntityMention[] = [];
  for (const mention of pending) {
    const key = tokenKey(mention.text);
    const name = key.includes(' ') ? people.get(key) : surnames.get(key);
    if (name) linked.push(renamedMention(mention, name, 'person'));
  }
  return linked;
}

/** People named in full, by the folded form of their name and of each way a mention wrote it. */
export function fullNameIndex(mentions: Iterable<EntityMention>): Map<string, string> {
  const index = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.name.includes(' ')) continue;
    index.set(tokenKey(m.name), m.name);
    if (m.text.includes(' ')) index.set(tokenKey(m.text), m.name);
  }
  return index;
}

/**
 * Shorter and longer forms of one name among these mentions, as (type, name) key → the name to use:
 * "Colón Pico" → "Fabricio Colón Pico" (the surnames of one full name), "Daniel Noboa Azín" →
 * "Daniel Noboa" (a second surname or a suffix dropped: the form the news uses), "Thakur Sukhvinder
 * Singh Sukhu" → "Sukhvinder Singh Sukhu" (a word of honour dropped), "Key Bridge" →
 * "Francis Scott Key Bridge" (a place named by its last words). Only where one name fits.
 */
export function nameForms(mentions: Iterable<EntityMention>): Map<string, string> {
  const people = new Set<string>();
  const places = new Set<string>();
  /** "Kamchatka Peninsula" → "Kamchatka": places named with their kind after the name. */
  let kinds: Map<string, string> | null = null;
  // Every rule needs a name of three words or more: most articles have none.
  let long = false;
  for (const m of mentions) {
    if (m.type !== 'person' && m.type !== 'place') continue;
    const space = m.name.indexOf(' ');
    if (space < 0) continue;
    (m.type === 'person' ? people : places).add(m.name);
    long ||= m.name.indexOf(' ', space + 1) > 0;
    if (
      m.type === 'place' &&
      m.name.indexOf(' ', space + 1) < 0 &&
      NATURAL_KINDS.has(tokenKey(m.name.slice(space + 1)))
    ) {
      kinds ??= new Map();
      kinds.set(m.name.slice(0, space), m.name);
    }
  }
  const forms = new Map<string, string>();
  if (kinds) addKindForms(mentions, kinds, forms);
  addAdminForms(mentions, places, forms);
  addAcronymForms(mentions, forms);
  addPlaceCapitalsForms(mentions, forms);
  addCompanyForms(mentions, forms);
  addNationalForms(mentions, forms);
  for (const [name, longName] of interiorMinistryNames(mentions))
    forms.set(formKey('organization', name), longName);
  addGivenNameSpellings(people, forms);
  if (!long || people.size + places.size < 2) return forms;
  // Longer names by their last two words (people: "Tayyip Erdogan"), or without a middle name
  // ("Rodrigo Duterte" of "Rodrigo Roa Duterte"), or by each of their shorter tails (places).
  const fullNames = tailIndex(people, (words) =>
    words.length < 3
      ? []
      : words.length === 3 && /^\p{Lu}/u.test(words[1]!)
        ? [words.slice(-2).join(' '), `${words[0]} ${words[2]}`]
        : [words.slice(-2).join(' ')],
  );
  for (const name of people) {
    const words = name.split(' ');
    const full = words.length === 2 ? onlyOne(fullNames.get(name)) : null;
    if (full) forms.set(formKey('person', name), full);
    else if (words.length >= 3 && people.has(words.slice(0, -1).join(' ')))
      forms.set(formKey('person', name), words.slice(0, -1).join(' '));
    // "Thakur Sukhvinder Singh Sukhu" of "Sukhvinder Singh Sukhu": a word of honour before a full name
    // of three capitalised words or more ("Mary Ann Smith" and "Ann Smith" may be two people); not a
    // given name before the surnames ("Marcelo Rebelo de Sousa" is not "Rebelo de Sousa").
    else if (
      words.length >= 4 &&
      people.has(words.slice(1).join(' ')) &&
      !GIVEN_NAMES.has(tokenKey(words[0]!)) &&
      words.every((w) => /^\p{Lu}/u.test(w))
    )
      forms.set(formKey('person', name), words.slice(1).join(' '));
  }
  const longPlaces = tailIndex(places, (words) =>
    words.slice(1, -1).map((_, k) => words.slice(k + 1).join(' ')),
  );
  for (const name of places) {
    if (!PLACE_HEADS.has(tokenKey(name.slice(name.lastIndexOf(' ') + 1)))) continue;
    const full = onlyOne(longPlaces.get(name));
    if (full) forms.set(formKey('place', name), full);
  }
  return forms;
}

/**
 * "Md Towkir Islam" and "Mohammad Towkir Islam", "Mohammed Salah" and "Muhammad Salah": one person,
 * the given name abbreviated or spelled another way, under the name written out (the first such).
 */
function addGivenNameSpellings(people: Set<string>, forms: Map<string, string>): void {
  const byKey = new Map<string, string>();
  for (const name of people) {
    const space = name.indexOf(' ');
    const given = GIVEN_NAME_SPELLINGS.get(name.slice(0, space).toLowerCase());
    if (!given) continue;
    const key = `${given} ${name.slice(space + 1)}`;
    const seen = byKey.get(key);
    // The spelled-out name is kept: "Md" and "Mohd" give way to any other spelling.
    if (!seen || (ABBREVIATED_GIVEN_NAME.test(seen) && !ABBREVIATED_GIVEN_NAME.test(name)))
      byKey.set(key, name);
  }
  for (const name of people) {
    const space = name.indexOf(' ');
    const given = GIVEN_NAME_SPELLINGS.get(name.slice(0, space).toLowerCase());
    const canonical = given ? byKey.get(`${given} ${name.slice(space + 1)}`) : undefined;
    if (canonical && canonical !== name) forms.set(formKey('person', name), canonical);
  }
}

const GIVEN_NAME_SPELLINGS = new Map(
  ['md', 'md.', 'mohd', 'mohd.', 'muhd', 'mohammad', 'mohammed', 'muhammad', 'mohamed', 'muhammed'].map(
    (s) => [s, 'muhammad'],
  ),
);
const ABBREVIATED_GIVEN_NAME = /^(?:Md|Mohd|Muhd)\.?\s/;

/**
 * "Garzê Tibetan Autonomous Prefecture" → "Garzê", "Dingri County" → "Dingri": a place written with
 * its administrative status or kind and without it is one place, under the bare name, when the bare
 * name is written too.
 */
function addAdminForms(
  mentions: Iterable<EntityMention>,
  places: Set<string>,
  forms: Map<string, string>,
): void {
  let bareNames: Set<string> | null = null;
  for (const name of places) {
    const words = name.split(' ');
    for (let k = 1; k < words.length; k++) {
      const bare = words.slice(0, k).join(' ');
      const status = tokenKey(words.slice(k).join(' '));
      if (!ADMIN_STATUS.test(status) && !ADMIN_KINDS.has(status)) continue;
      bareNames ??= new Set([...mentions].filter((m) => m.type === 'place').map((m) => m.name));
      if (bareNames.has(bare)) {
        forms.set(formKey('place', name), bare);
        break;
      }
    }
  }
}

/** A unit's kind written after its name, which the news also leaves out: "Dingri County", "Kalbajar District". */
const ADMIN_KINDS = new Set([
  'county',
  'province',
  'region',
  'district',
  'oblast',
  'prefecture',
  'governorate',
]);

/** Kinds of natural places a name is also written without: "the Pacific", "Kamchatka". */
const NATURAL_KINDS = new Set(['peninsula', 'ocean', 'islands', 'archipelago', 'desert', 'strip']);

/** "Kamchatka" → "Kamchatka Peninsula", "Pacific" → "Pacific Ocean": one place, the longer name. */
function addKindForms(
  mentions: Iterable<EntityMention>,
  kinds: Map<string, string>,
  forms: Map<string, string>,
): void {
  for (const m of mentions) {
    const full = m.type === 'place' ? kinds.get(m.name) : undefined;
    if (full) forms.set(formKey('place', m.name), full);
  }
}

/**
 * "FSB" → "Federal Security Service", "IS" → "Islamic State": an organisation written only as an
 * acronym is the one organisation it stands for elsewhere, whether the text gave the acronym in
 * brackets after the long name ("Federal Security Service (FSB)") or the acronym is its initials.
 */
function addAcronymForms(mentions: Iterable<EntityMention>, forms: Map<string, string>): void {
  let bare: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== 'organization' || m.name !== m.text || !isAcronymText(m.text)) continue;
    bare ??= new Set();
    bare.add(m.text);
  }
  if (!bare) return;
  const longNames = new Map<string, Set<string>>();
  const acronyms = bare;
  // An acronym's capitals, and a name's initials, worked out once and only where the first letters agree.
  const capitals = new Map<string, string>();
  for (const acronym of acronyms) capitals.set(acronym, acronym.replace(LOWER, ''));
  const initials = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'organization' || !m.name.includes(' ')) continue;
    if (m.name !== m.text && acronyms.has(m.text)) addLongName(longNames, m.text, m.name);
    for (const [acronym, letters] of capitals) {
      if (acronym.charCodeAt(0) !== m.name.charCodeAt(0)) continue;
      let own = initials.get(m.name);
      if (own === undefined) {
        own = initialsOf(m.name);
        initials.set(m.name, own);
      }
      if (own === letters) addLongName(longNames, acronym, m.name);
    }
  }
  for (const [acronym, names] of longNames)
    if (names.size === 1) forms.set(formKey('organization', acronym), [...names][0]!);
}

/**
 * "KZN" for "KwaZulu-Natal", "NSW" for "New South Wales": a place written in capitals alone that no
 * list names is the one place of the batch whose capital letters spell it (three of them or more).
 */
function addPlaceCapitalsForms(mentions: Iterable<EntityMention>, forms: Map<string, string>): void {
  const short = new Set<string>();
  for (const m of mentions)
    if (m.type === 'place' && m.name === m.text && /^\p{Lu}{3,4}$/u.test(m.text)) short.add(m.text);
  if (short.size === 0) return;
  const spelled = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type !== 'place' || short.has(m.name)) continue;
    const capitals = m.name.replace(/[^\p{Lu}]/gu, '');
    if (capitals.length >= 3 && short.has(capitals))
      spelled.set(capitals, (spelled.get(capitals) ?? new Set()).add(m.name));
  }
  for (const [letters, names] of spelled)
    if (names.size === 1) forms.set(formKey('place', letters), [...names][0]!);
}

/** "FSB", "NaDMA", "KNCHR": two to eight letters, capitals at both ends. */
function isAcronymText(text: string): boolean {
  // Most names fail on their last letter, before the regular expression runs.
  if (text.length < 2 || text.length > 8 || !isUpper(text.charCodeAt(text.length - 1))) return false;
  return ACRONYM.test(text);
}

function isUpper(code: number): boolean {
  return (code >= 65 && code <= 90) || code > 127;
}

const ACRONYM = /^\p{Lu}[\p{Lu}\p{Ll}]{0,6}\p{Lu}$/u;

/**
 * "Jamaica Public Service Co." and "… Company" are one company: an abbreviated legal form takes the
 * written-out one where the batch has both.
 */
function addCompanyForms(mentions: Iterable<EntityMention>, forms: Map<string, string>): void {
  let longer: Map<string, string> | null = null;
  for (const m of mentions) {
    // A cheap test on the last letter before the regular expression: most names end otherwise.
    if (m.type !== 'organization' || !LEGAL_FORM_ENDS.has(m.name.charCodeAt(m.name.length - 1))) continue;
    const suffix = LEGAL_FORM.exec(m.name);
    if (!suffix) continue;
    longer ??= new Map();
    longer.set(m.name, m.name.slice(0, suffix.index) + WRITTEN_OUT[suffix[1]!]!);
  }
  if (!longer) return;
  const names = new Set<string>();
  for (const m of mentions) if (m.type === 'organization') names.add(m.name);
  for (const [short, long] of longer) if (names.has(long)) forms.set(formKey('organization', short), long);
}

/**
 * "Central Command" for "U.S. Central Command", "Border Force" for "UK Border Force": a body named
 * once with its country's short name before it and once without is one body, under the longer name.
 * Only the short names of the US, the UK, the UN and the EU, and only a name of two words or more.
 */
function addNationalForms(mentions: Iterable<EntityMention>, forms: Map<string, string>): void {
  let longer: Map<string, Set<string>> | null = null;
  for (const m of mentions) {
    if (m.type !== 'organization') continue;
    const prefix = NATIONAL_PREFIX.exec(m.name);
    if (!prefix || !m.name.slice(prefix[0].length).includes(' ')) continue;
    longer ??= new Map();
    addLongName(longer, m.name.slice(prefix[0].length), m.name);
  }
  if (!longer) return;
  for (const m of mentions) {
    const names = m.type === 'organization' ? longer.get(m.name) : undefined;
    if (names?.size === 1) forms.set(formKey('organization', m.name), [...names][0]!);
  }
}

const NATIONAL_PREFIX = /^(?:U\.S\.|US|U\.K\.|UK|U\.N\.|UN|EU) /;

const LEGAL_FORM = / (Co|Corp|Ltd|Inc)\.?$/;
/** The last characters of "Co", "Corp", "Ltd", "Inc", with or without a full stop. */
const LEGAL_FORM_ENDS = new Set(['.', 'o', 'p', 'd', 'c'].map((c) => c.charCodeAt(0)));
const WRITTEN_OUT: Record<string, string> = wordTable({
  Co: ' Company',
  Corp: ' Corporation',
  Ltd: ' Limited',
  Inc: ' Incorporated',
});

function addLongName(longNames: Map<string, Set<string>>, acronym: string, name: string): void {
  const names = longNames.get(acronym);
  if (names) names.add(name);
  else longNames.set(acronym, new Set([name]));
}

/** The first letters of a name's words, "of/and/the/for/on" aside: what its acronym's capitals are. */
function initialsOf(name: string): string {
  let initials = '';
  for (const word of name.split(' ')) if (!INITIAL_SKIPS.has(word)) initials += word[0]!.toUpperCase();
  return initials;
}

const LOWER = /\p{Ll}/gu;

const INITIAL_SKIPS = new Set(['of', 'and', 'the', 'for', 'on', '&']);

/** Each name under the tails `tails` gives for its words. */
function tailIndex(names: Set<string>, tails: (words: string[]) => string[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const name of names) {
    for (const tail of tails(name.split(' '))) {
      const list = index.get(tail);
      if (list) list.push(name);
      else index.set(tail, [name]);
    }
  }
  return index;
}

function onlyOne(names: string[] | undefined): string | null {
  return names?.length === 1 ? names[0]! : null;
}

export function formKey(type: EntityType, name: string): string {
  return `${type}\u0000${name}`;
}

/** Surname → full name over a batch of mentions; null where two different people share a surname. */
export function surnameIndex(mentions: Iterable<EntityMention>): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== 'person' || !isFullName(m.name)) continue;
    const keys = [...surnameKeys(m.name)];
    // A single word the article itself linked to the full name: "Hemedti", "Tedros", "Sir Keir".
    if (!m.text.includes(' ') && m.text !== m.name) keys.push(tokenKey(m.text));
    for (const key of keys) {
      const seen = index.get(key);
      index.set(key, seen === undefined || seen === m.name ? m.name : null);
    }
  }
  return index;
}

/**
 * The keys a full name is found by when its surname stands alone: the last word, and for an Arabic
 * surname with its article ("Bashar al-Assad", "Mohammed al-Jalali") the name after it too ("Assad").
 * Remembered per name: the corpus pass asks for the same names file after file.
 */
const surnameKeys: (name: string) => readonly string[] = memoized((name) => readSurnameKeys(name));

function readSurnameKeys(name: string): string[] {
  // "D.Batbayar" goes by its given name alone ("Batbayar said"): the initial is a patronymic.
  if (GLUED_INITIAL_NAME.test(name)) return [tokenKey(name.slice(name.indexOf('.') + 1))];
  // "Roland Butler Jr.": the surname comes before a generational suffix.
  const bare = name.replace(NAME_SUFFIX, '');
  const last = bare.slice(bare.lastIndexOf(' ') + 1);
  const unprefixed = /^(?:al|el|ad|as|ash|an|ar|az|at)[-‐‑](\p{Lu}.+)$/iu.exec(last)?.[1];
  if (unprefixed) return [tokenKey(last), tokenKey(unprefixed)];
  // "Huang Tzu-hsuan", "Tsai Ing-wen": a Chinese or Korean given name comes last, the surname first.
  if (last.includes('-') && SYLLABLE_GIVEN_NAME.test(last) && bare.indexOf(' ') === bare.lastIndexOf(' '))
    return [tokenKey(last), tokenKey(bare.slice(0, bare.indexOf(' ')))];
  const tokens = bare.split(' ');
  // "Yoon Suk Yeol", "Kim Jong Un": three short syllables, the surname first ("Yoon said").
  if (tokens.length === 3 && tokens.every((token) => SYLLABLE.test(token)))
    return [tokenKey(last), tokenKey(tokens[0]!)];
  // "Luiz Inácio Lula da Silva": a long name is also known by a capitalised word inside it ("Lula"),
  // and "Marcelo Quiroga Lema" by its first surname, as Spanish and Portuguese write two ("Quiroga").
  if (tokens.length >= 3)
    return [
      tokenKey(last),
      ...tokens
        .slice(1, -1)
        .filter((token) => /^\p{Lu}/u.test(token))
        .map(tokenKey),
    ];
  return [tokenKey(last)];
}

const SYLLABLE = /^\p{Lu}\p{Ll}{1,3}$/u;

const SYLLABLE_GIVEN_NAME = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

const NAME_SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;
