// Direct quotations and who said them.
//
// A character scanner finds the quoted spans (curly or straight double marks, single curly marks,
// quotes that run over several paragraphs). Each span is then attributed by the patterns reporters
// use, in this order: the clause after the closing mark ("…," X said / said X / he said / Armenpress
// quoted him as saying), the clause before the opening mark (X told reporters that "… / according to
// X), an earlier quote in the same paragraph, the paragraph before a bare quote paragraph, and the
// speaker of a quote in the paragraph just before. Anything else gets speaker null.

import { canonicalOutlet, knownOutlet } from '../read/outlets.js';
import type { Article, EntityMention, Quote } from '../types.js';
import { wordTable } from '../util/word-table.js';
import type { Annotated } from './annotate.js';
import {
  DEMONYMS,
  FEMALE_NAMES,
  GIVEN_NAMES,
  GROUP_NOUNS,
  MODIFIED_NOUNS,
  ORG_HEADS,
  ROLE_WORDS,
  SPEECH_VERBS,
  TITLES,
} from './lexicon.js';
import {
  countryOfAdjective,
  governmentCountry,
  lowerCaseMinistry,
  ministryOfMainCountry,
} from './ministry-names.js';
import {
  clauseEnd,
  type FoundWord,
  firstVerb,
  insideQuote,
  lastSentenceStart,
  startsWithSpeech,
  wordCount,
  wordsIn,
} from './quote-clauses.js';
import { type QuoteSpan, scanQuotes } from './quote-scan.js';

/** Quotes shorter than this many words are scare quotes ("lawfare"), unless a speech verb follows. */
const MIN_WORDS = 5;
/**
 * Four words are a quote when they stand where speech is reported ('would "pay a heavy price"', 'called
 * it "a document of surrender"'), not after a preposition, where quotation marks name a thing
 * ('in connection with "this terrible humanitarian catastrophe"') or after a verb of naming ('the drills,
 * named "Steppe Shield – 2025"').
 */
const FRAGMENT_WORDS = 4;
const PREPOSITION_BEFORE_MARKS =
  /\b(?:with|in|of|for|on|about|from|by|into|at|than|under|over|against|amid|after|before|named|dubbed|titled|entitled|codenamed|code-named|nicknamed)\s*$/i;

/**
 * 'a law requiring groups to register as “agents of a foreign power”': marks right after "as" name a
 * label or a category; with nobody saying them they are no quotation ('she described it as “…”' has
 * its speaker and stays).
 */
const LABEL_AFTER_AS = /\bas\s*$/i;

/**
 * 'memories of the 1997 “flood of the millennium”', 'a so-called “peace dividend for all”', 'the
 * town's “sandbag brigade of volunteers”': marks right after an article, a determiner or a possessive (a
 * year or "so-called" between them) make a noun of the words, a nickname or a slogan; with nobody saying
 * them they are no quotation.
 */
const NAME_AFTER_DETERMINER =
  /\b(?:the|a|an|its|their|his|her|our|this|that|(?!it['’]s)\p{L}+['’]s)\s+(?:(?:1[89]|20)\d\d\s+|so-called\s+)?$/iu;

/** NAME_AFTER_DETERMINER, unless a verb of saying stands right before the article ('a nurse said the “…”'). */
function namesAThing(head: string): boolean {
  const m = NAME_AFTER_DETERMINER.exec(head);
  if (!m) return false;
  const verb = /(\p{L}+)\s+$/u.exec(head.slice(0, m.index))?.[1];
  return verb === undefined || !SPEECH_VERBS.has(verb.toLowerCase());
}

interface Speaker {
  name: string | null;
  via: string | null;
}

interface Context {
  text: string;
  paragraphs: { start: number; end: number }[];
  /** People and organisations outside quoted text, by start offset. */
  speakers: EntityMention[];
  /** Places outside quotations: a country may speak ("India said"), only as a clause's subject. */
  places: EntityMention[];
  spans: QuoteSpan[];
  /** The most recent named speaker, for pronouns that reach further back than two paragraphs. */
  last: { speaker: Speaker; paragraph: number } | null;
  /** Every named speaker so far, in order. */
  history: { speaker: Speaker; paragraph: number }[];
}

/**
 * "… told Islands Business" in an Islands Business report: the article's own outlet is told things,
 * it says none of the quotations it carries.
 */
function isOwnOutlet(mention: EntityMention, article: Article): boolean {
  if (mention.type !== 'organization' || !article.outlet) return false;
  return canonicalOutlet(mention.name).toLowerCase() === canonicalOutlet(article.outlet).toLowerCase();
}

export function extractQuotes(article: Article, annotated: Annotated, mentions: EntityMention[]): Quote[] {
  const spans = scanQuotes(annotated.text, annotated.paragraphs);
  const ctx: Context = {
    text: annotated.text,
    paragraphs: annotated.paragraphs,
    spans,
    speakers: mentions.filter(
      (m) => m.type !== 'place' && !insideQuote(spans, m.start) && !isOwnOutlet(m, article),
    ),
    places: mentions.filter((m) => m.type === 'place' && !insideQuote(spans, m.start)),
    last: null,
    history: [],
  };
  const kept = spans.filter((span, i) => isQuotation(ctx, span) || continuesKept(spans, i, ctx));
  const quotes: Quote[] = [];
  for (const [i, span] of kept.entries()) {
    // A quotation over several paragraphs that opens its paragraph is said by whoever its last
    // paragraph names ('"…¶"…," Magosi wrote.'), not by the body the paragraph before speaks of.
    const run = opensParagraph(ctx, span) ? groupSpeaker(ctx, kept, i, null) : null;
    let speaker = chantedByCrowd(ctx, span)
      ? { name: null, via: null }
      : (statementOfRun(ctx, kept, i) ?? (run?.name ? run : attribute(ctx, span, kept, i, ctx.last)));
    if (!speaker.name) speaker = groupSpeaker(ctx, kept, i, ctx.last) ?? speaker;
    speaker = fullerBody(ctx, speaker, span.open);
    const head = ctx.text.slice(Math.max(0, span.open - 40), span.open);
    if (!speaker.name && (LABEL_AFTER_AS.test(head) || namesAThing(head))) continue;
    quotes.push({
      article: article.id,
      speaker: speaker.name,
      via: speaker.via,
      text: annotated.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
    });
    if (speaker.name) {
      ctx.last = { speaker, paragraph: span.paragraph };
      ctx.history.push(ctx.last);
    } else if (saidBySomeoneUnnamed(ctx, span)) {
      // '"…," said one woman. "But we wanted to see him."': her words go on, not the last named speaker's.
      ctx.last = { speaker, paragraph: span.paragraph };
    }
  }
  return quotes;
}

/**
 * 'Protesters shouting "Nikol is a traitor!" broke in', 'a crowd chanting "…"', 'placards reading
 * "…"': words a crowd shouts or a sign carries, with no one named in the words right before them,
 * are no named person's, not even the one quoted last.
 */
function chantedByCrowd(ctx: Context, span: QuoteSpan): boolean {
  const from = Math.max(ctx.paragraphs[span.paragraph]!.start, span.open - 60);
  const head = ctx.text.slice(from, span.open);
  const m = CHANTED.exec(head);
  if (!m) return false;
  const clauseStart = from + Math.max(head.lastIndexOf(',', m.index), head.lastIndexOf('.', m.index)) + 1;
  return speakersIn(ctx, clauseStart, span.open).every((mention) => mention.type !== 'person');
}

const CHANTED =
  /\b(?:shouting|chanting|chanted|shouted|yelling|yelled|singing|(?:signs?|placards?|banners?|posters?) reading|that read|which read)\s*:?\s*$/i;

/**
 * "The Council said in a statement …" after "The Regional Water Council held …": a body named by its
 * head word alone is the body named in full before it, with that same last word.
 */
function fullerBody(ctx: Context, speaker: Speaker, at: number): Speaker {
  const name = speaker.name;
  if (!name || name.includes(' ') || !ORG_HEADS.has(name.toLowerCase())) return speaker;
  const full = ctx.speakers.findLast(
    (m) => m.start < at && m.type === 'organization' && m.name.includes(' ') && m.name.endsWith(` ${name}`),
  );
  return full ? { name: full.name, via: speaker.via } : speaker;
}

/** Index of the paragraph holding offset `at` (or the last one before it). */
function paragraphAt(ctx: Context, at: number): number {
  let lo = 0;
  let hi = ctx.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.paragraphs[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Speaker candidates that lie wholly inside [start, end), found by binary search on their start. */
function speakersIn(ctx: Context, start: number, end: number): EntityMention[] {
  const list = ctx.speakers;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const found: EntityMention[] = [];
  for (let k = lo; k < list.length && list[k]!.start < end; k++)
    if (list[k]!.end <= end) found.push(list[k]!);
  return found;
}

function isQuotation(ctx: Context, span: QuoteSpan): boolean {
  const words = wordCount(ctx.text.slice(span.start, span.end));
  if (words >= MIN_WORDS) return true;
  if (words === FRAGMENT_WORDS) {
    // "accused the council of “…”": the charge's words, quoted after "of", are reported speech.
    const head = ctx.text.slice(Math.max(0, span.open - 80), span.open);
    if (!PREPOSITION_BEFORE_MARKS.test(head) || CHARGE_OF.test(head)) return true;
    if (CHARGE_OF_IN_SENTENCE.test(sentenceBefore(ctx, span.open))) return true;
  }
  // A short full utterance: "No," he said. / Biden said: "I think they are."
  if (words < 2 || !/[,.!?]$/.test(ctx.text.slice(span.start, span.end))) return false;
  if (speechVerbAndColonBefore(ctx, span)) return true;
  const after = afterClause(ctx, span);
  return after !== null && firstVerb(ctx.text.slice(after.start, after.end), after.start) !== null;
}

/** 'Biden said: "…"', 'she replied: "…"': a verb of saying and a colon right before the marks. */
function speechVerbAndColonBefore(ctx: Context, span: QuoteSpan): boolean {
  const head = ctx.text.slice(Math.max(0, span.open - 40), span.open);
  const verb = /(\p{L}+)\s*:\s*$/u.exec(head)?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb.toLowerCase());
}

/** Paragraphs of a quote that runs on are kept when any part of it is. */
function continuesKept(spans: QuoteSpan[], i: number, ctx: Context): boolean {
  let j = i;
  while (spans[j]?.continues) j--;
  for (let k = j; k < spans.length && (k === j || spans[k]!.continues); k++)
    if (isQuotation(ctx, spans[k]!)) return true;
  return false;
}

// ── attribution ─────────────────────────────────────────────────────────────

function attribute(
  ctx: Context,
  span: QuoteSpan,
  kept: QuoteSpan[],
  i: number,
  last: { speaker: Speaker; paragraph: number } | null,
): Speaker {
  const after = afterClause(ctx, span);
  const before = beforeClause(ctx, span, kept[i - 1]);
  // "… was “deliberate sabotage” and called for an inquiry": the sentence goes on with its own
  // subject's next verb; an attribution after a quote never opens with a conjunction. A quote that
  // opens its sentence is no fragment inside one, even without its comma ("“…” the minister told").
  const opensSentence = before.start === before.end;
  const continues =
    after &&
    (CONTINUATION.test(ctx.text.slice(after.start, after.end)) ||
      (isPartial(ctx, span) &&
        !opensSentence &&
        !ATTRIBUTION_START.test(ctx.text.slice(after.start, after.end))));
  const fromAfter =
    after && !continues ? speakerInClause(ctx, after.start, after.end, span.open, 'after') : null;
  // "…," he said / "…," one of the officials said right after the marks: that is the attribution,
  // even when no name can be given. A verb further on ("… but did not elaborate, the paper
  // reported") yields to "X said the department was “…”" before the quote.
  // "…," the statement reads.: the words of whoever the article said issued the statement.
  const fromStatement = after && !continues ? statementAuthor(ctx, after, span.open) : null;
  if (fromStatement) return fromStatement;
  const fromDash = after ? dashCredit(ctx, after) : null;
  if (fromDash) return fromDash;
  if (fromAfter && after && firstVerb(ctx.text.slice(after.start, after.end), 0, 6)) return fromAfter;
  // "…," said a producer who asked not to be named / "…," one guard said: the attribution is right
  // there and names no one, so no earlier speaker may take the quote.
  if (after && !continues && !fromAfter?.name && unnamedAttribution(ctx.text.slice(after.start, after.end)))
    return { name: null, via: null };
  // "…," said the site manager, who asked not to be named: described, and kept nameless on purpose.
  if (after && !continues && !fromAfter?.name && ANONYMOUS.test(ctx.text.slice(after.start, after.end)))
    return { name: null, via: null };
  const fromOwner = wordsOwner(ctx, before);
  if (fromOwner) return fromOwner;
  const fromColon = colonLeadIn(ctx, before);
  if (fromColon?.name) return fromColon;
  const fromBefore = speakerInClause(ctx, before.start, before.end, span.open, 'before');
  if (fromBefore?.name) return fromBefore;
  const fromNaming = namingLeadIn(ctx, before, span.open);
  if (fromNaming?.name || fromNaming === UNNAMED_CHARGE) return fromNaming;
  const fromEnd = continues && after ? sentenceEndAttribution(ctx, after, span.open) : null;
  if (fromEnd?.name) return fromEnd;
  // 'A resident who asked not to be named said: "…"': described, not named, and no one else.
  if (unnamedSubject(ctx, before)) return { name: null, via: null };
  if (fromAfter) return fromAfter;
  const previous = kept[i - 1];
  const samePara = previous && previous.paragraph === span.paragraph;
  if (samePara && last?.paragraph === span.paragraph) return last.speaker;
  const para = ctx.paragraphs[span.paragraph]!;
  const bare = before.start === para.start && before.end === before.start;
  if (bare) {
    const fromLead = leadInParagraph(ctx, span) ?? announcedStatement(ctx, span);
    if (fromLead?.name) return fromLead;
    if (last && last.paragraph === span.paragraph - 1) return last.speaker;
    const prev = ctx.paragraphs[span.paragraph - 1];
    const fromPrev = prev ? speakerInClause(ctx, prev.start, prev.end, span.open, 'before') : null;
    if (fromPrev?.name) return fromPrev;
    // "In a message, the Leader said:" names its own speaker, even one the text does not name in
    // full: the words are not those of whoever spoke before it.
    if (prev && introducesWords(ctx, prev)) return { name: null, via: null };
  } else if (before.start > para.start) {
    // "According to him, France has two concerns. The first is … “a threat …”": one sentence back.
    const from = previousSentenceStart(ctx, before.start, samePara ? previous.close + 1 : para.start);
    const fromParagraph = speakerInClause(ctx, from, before.start, span.open, 'before');
    if (fromParagraph?.name) return fromParagraph;
  }
  // A quote that opens its sentence right after someone else's words goes on with that speaker.
  if (last && before.end === before.start && span.paragraph - last.paragraph <= 2) return last.speaker;
  return { name: null, via: null };
}

/**
 * A quotation over several paragraphs closed by "…," the statement reads: every paragraph of it is
 * the statement's author's (see statementAuthor), not whoever the paragraph before it names.
 */
function statementOfRun(ctx: Context, kept: QuoteSpan[], i: number): Speaker | null {
  let first = i;
  while (first > 0 && kept[first]!.continues) first--;
  let end = i;
  while (kept[end + 1]?.continues) end++;
  if (end === first) return null;
  const after = afterClause(ctx, kept[end]!);
  return after ? statementAuthor(ctx, after, kept[first]!.open) : null;
}

/** ', the statement reads.', ' the joint statement added': a quote credited to a statement, not a speaker. */
const CREDITED_TO_STATEMENT =
  /^\s*,?\s*(?:the|their|its)\s+(?:joint\s+|written\s+)?(?:statement|letter)\s+(?:reads?|said|says|added|adds|continued|stated)\b/i;
/**
 * 'X said in a statement', 'X said in a joint statement issued …', 'In a letter to the UN, X said': X
 * issued the statement or wrote the letter. The group ends on the "said" whose subject is the author.
 */
const ISSUED_BY = [
  /\b(said) in (?:a|the|its|their|a joint) (?:joint |written )?(?:statement|letter)\b/g,
  /\bIn (?:a|an|its|their) (?:joint |written )?(?:statement|letter)\b[^.;“”"]{0,200}?\s(said)\b/g,
  // "The Ministry of Internal Affairs (MIA) has released a statement on …"
  /\b(?:has |have |had )?(issued|released|published) (?:a|an|its|their) (?:joint |written )?statement\b/g,
];
/**
 * Between the author and the verb: a comma, an acronym in brackets (or the bracket closing it, when
 * the acronym is the mention), an auxiliary ("(AZAL) has").
 */
const AUTHOR_TO_VERB = /^[\s,)]*(?:\([^()]{1,20}\)\s*)?(?:has\s+|have\s+|had\s+)?$/;

/**
 * The author of a statement (or a letter) a quote is credited to: the speaker right before the
 * "said" of the last "… said in a statement" or "In a letter …, X said" before the quote ("The EU
 * welcomes …, High Representative Kaja Kallas said in a statement."). A person named right before
 * "said" is the author, not the body the sentence opens with; null when no one is named there, and
 * the quote's other clues decide.
 */
function statementAuthor(
  ctx: Context,
  after: { start: number; end: number },
  quoteAt: number,
): Speaker | null {
  if (!CREDITED_TO_STATEMENT.test(ctx.text.slice(after.start, after.end))) return null;
  const base = Math.max(0, quoteAt - LOOK_BACK);
  const head = ctx.text.slice(base, quoteAt);
  let said = -1;
  for (const pattern of ISSUED_BY)
    for (const m of head.matchAll(pattern)) said = Math.max(said, m.index + m[0].lastIndexOf(m[1]!));
  if (said < 0) return null;
  const at = base + said;
  const sentence = base + lastSentenceStart(head.slice(0, said));
  const author = speakersIn(ctx, sentence, at)
    .filter((m) => !insideQuote(ctx.spans, m.start))
    .at(-1);
  return author && AUTHOR_TO_VERB.test(ctx.text.slice(author.end, at))
    ? { name: author.name, via: null }
    : null;
}

/**
 * "… responded to Ararat Mirzoyan's words that “the ball is in Baku's court”": the words quoted are
 * those of the person (or body) they are said to belong to, not of the sentence's subject.
 */
function wordsOwner(ctx: Context, before: { start: number; end: number }): Speaker | null {
  const clause = ctx.text.slice(before.start, before.end);
  const m = OWNED_WORDS.exec(clause);
  if (!m) return null;
  const apostrophe = before.start + m.index;
  const owner = speakersIn(ctx, Math.max(before.start, apostrophe - 120), apostrophe).at(-1);
  return owner && owner.end === apostrophe ? { name: owner.name, via: null } : null;
}

/** "'s words that", "’s remarks about", "'s claim of": a possessive, a noun of saying, right before the marks. */
const OWNED_WORDS =
  /['’]s\s+(?:own\s+|earlier\s+|recent\s+)?(?:words|remarks?|comments?|statement|claims?|assertions?|pledge|promise|warning|description|phrase|slogan|vow)\s+(?:that\s+|about\s+|of\s+|on\s+)?$/u;

/**
 * "Asked whether X was in Minsk, spokesman Oleg Varenik said: “…”": a speech verb right before the
 * colon introduces the quote, and its subject is the speaker, not a name earlier in the sentence.
 */
function colonLeadIn(ctx: Context, before: { start: number; end: number }): Speaker | null {
  const clause = ctx.text.slice(before.start, before.end);
  if (QUOTE_LABEL.test(clause))
    return sourceLineSpeaker(ctx, before.start) ?? reporterAbove(ctx, before.start);
  const words = wordsIn(clause, before.start, ctx.spans);
  const verb = words.findLast(
    (w) => SPEECH_VERBS.has(w.word.toLowerCase()) || stanceRightBefore(ctx, w, before),
  );
  if (!verb) return /:\s*$/.test(clause) ? subjectBeforeColon(ctx, before) : null;
  const stance = stanceRightBefore(ctx, verb, before);
  // 'Asked about the budget, Trump said "we can…"': a speech verb right before the marks
  // introduces them as a colon does.
  if (!/:\s*$/.test(clause) && !stance && !/^\s*$/.test(ctx.text.slice(verb.end, before.end))) return null;
  // The verb's own clause: from the last comma or semicolon before it.
  const cut = Math.max(
    clause.lastIndexOf(',', verb.start - before.start),
    clause.lastIndexOf(';', verb.start - before.start),
  );
  const from = before.start + cut + 1;
  if (stance) {
    const subject = speakersIn(ctx, from, verb.start).at(-1);
    return subject ? { name: subject.name, via: null } : null;
  }
  // "The spokesperson for the Commission, Anitta Hipper, said:": a person named alone between the
  // commas is the described subject's name.
  if (cut >= 0 && /^\s*$/.test(ctx.text.slice(from, verb.start))) {
    const named = namedBetweenCommas(ctx, before.start, before.start + cut);
    if (named) return named;
  }
  // "Oleg Varenik, the ministry spokesman, said:": the subject stands before an apposition.
  if (cut >= 0 && /^\s*$/.test(ctx.text.slice(from, verb.start))) {
    const subject = speakersIn(ctx, before.start, verb.start).findLast((m) =>
      APPOSITION_BETWEEN.test(ctx.text.slice(m.end, verb.start)),
    );
    if (subject) return { name: subject.name, via: null };
  }
  return speakerInClause(ctx, from, before.end, before.end, 'before');
}

/**
 * 'Linda Okafor, the envoy, was blunt: "…"': a sentence with no verb of saying that opens with a
 * person or a body, the only one it names, and ends in a colon before the marks introduces that
 * speaker's words.
 */
function subjectBeforeColon(ctx: Context, before: { start: number; end: number }): Speaker | null {
  const named = speakersIn(ctx, before.start, before.end);
  const subject = named[0];
  if (!subject || named.some((m) => m.name !== subject.name)) return null;
  // "Quote from Klitschko:" (a label before the words, as Ukrainian sites write it) names him too.
  const opening = ctx.text.slice(before.start, subject.start);
  return /^\s*(?:quotes? (?:from|by)\s+)?$/i.test(opening) ? { name: subject.name, via: null } : null;
}

/** "Quote: “…”": a label line whose speaker was given on a "Source:" line above. */
const QUOTE_LABEL = /^\s*quotes?\s*:\s*$/i;

/**
 * "Source: Vitali Klitschko, Mayor of Kyiv, on Telegram" a few paragraphs above "Quote: “…”": the
 * first person or body the source line names.
 */
function sourceLineSpeaker(ctx: Context, at: number): Speaker | null {
  const here = paragraphAt(ctx, at);
  for (let p = here - 1; p >= Math.max(0, here - 4); p--) {
    const para = ctx.paragraphs[p]!;
    if (!/^\s*sources?\s*:/i.test(ctx.text.slice(para.start, para.end))) continue;
    // "… on Telegram": the medium it was said on is no source.
    const first = speakersIn(ctx, para.start, para.end).find(
      (m) => !/\bon\s+$/i.test(ctx.text.slice(Math.max(para.start, m.start - 4), m.start)),
    );
    return first ? { name: first.name, via: null } : null;
  }
  return null;
}

/**
 * "This was reported by Anatolii Kurtev, Secretary of the City Council, on Telegram." or "Prime
 * Minister Denys Shmyhal has reported that …" right above "Quote: “…”": the one person the paragraph
 * above names, when it tells of someone reporting.
 */
function reporterAbove(ctx: Context, at: number): Speaker | null {
  const here = paragraphAt(ctx, at);
  const para = ctx.paragraphs[here - 1];
  if (!para || !REPORTED.test(ctx.text.slice(para.start, para.end))) return null;
  const people = speakersIn(ctx, para.start, para.end).filter((m) => m.type === 'person');
  const first = people[0];
  return first && people.every((m) => m.name === first.name) ? { name: first.name, via: null } : null;
}

const REPORTED = /\b(?:reported|said|says|stated|wrote|announced|told|added)\b/i;

/**
 * 'The strike was "a follow-on action …" linked to the attacks, CENTCOM said.': words quoted inside a
 * sentence whose own attribution closes it, after its last comma.
 */
function sentenceEndAttribution(
  ctx: Context,
  after: { start: number; end: number },
  quoteAt: number,
): Speaker | null {
  const clause = ctx.text.slice(after.start, after.end);
  const comma = clause.lastIndexOf(',');
  if (comma < 0) return null;
  const start = after.start + comma + 1;
  if (!firstVerb(ctx.text.slice(start, after.end), 0, 6)) return null;
  return speakerInClause(ctx, start, after.end, quoteAt, 'after');
}

/**
 * "The mayor welcomed the bridge, calling it “a gift …”", "Kanaani condemned the strikes as “a clear
 * breach …”": a verb that names or judges something, its object, then the marks. The words are what
 * the subject called it, so the sentence's subject said them (the person named first, or the pronoun
 * the sentence opens with).
 */
function namingLeadIn(ctx: Context, before: { start: number; end: number }, quoteAt: number): Speaker | null {
  let start = before.start;
  let clause = ctx.text.slice(start, before.end);
  let match = NAMING_PARTICIPLE.exec(clause) ?? NAMING_AS.exec(clause) ?? CHARGE_OF.exec(clause);
  if (!match) {
    // The charge made earlier in the sentence, before an earlier quotation in it.
    clause = sentenceBefore(ctx, quoteAt);
    start = quoteAt - clause.length;
    match = CHARGE_OF_IN_SENTENCE.exec(clause);
  }
  if (!match) return null;
  const at = start + match.index + match[0].indexOf(match[1]!);
  const verb = { word: match[1]!, start: at, end: at + match[1]!.length };
  const subject = subjectBefore(ctx, start, verb, quoteAt);
  if (subject?.name) return subject;
  // "Another councillor blamed the board for “…”": someone described, not named, made the charge.
  if (UNNAMED_SUBJECT.test(ctx.text.slice(start, at))) return UNNAMED_CHARGE;
  const first = wordsIn(clause, start, ctx.spans)[0];
  const pronoun = first?.word.toLowerCase();
  return first && pronoun && PRONOUNS.has(pronoun)
    ? resolvePronoun(ctx, pronoun, first.start, quoteAt)
    : null;
}

/** ", calling it", ", describing their work as", ", dubbing the plan": right before the marks. */
const NAMING_PARTICIPLE =
  /,\s+(calling|describing|labell?ing|terming|dubbing)\b(?:\s+[\p{L}'’-]+){0,4}\s*$/iu;

/** "condemned the strikes as", "described the deal as", "hailed it as": a judgement, then "as". */
const NAMING_AS =
  /\b(condemn(?:ed|s)|denounc(?:ed|es)|describ(?:ed|es)|brand(?:ed|s)|labell?(?:ed|s)|hail(?:ed|s)|welcom(?:ed|es)|criticis(?:ed|es)|criticiz(?:ed|es)|slam(?:med|s)|dismiss(?:ed|es)|reject(?:ed|s)|decri(?:ed|es)|characteri[sz](?:ed|es)|prais(?:ed|es))\b(?:\s+[\p{L}'’-]+){0,5}\s+as\s*$/iu;

/** A naming or a charge whose subject is someone described, not named: no one else may take the quote. */
const UNNAMED_CHARGE: Speaker = { name: null, via: null };

/**
 * "accused the government of", "blamed Moscow for", "accused lawmakers of using the offer": a charge
 * whose words are quoted after it; and the same with thanks or praise ("thanked Türkiye for its").
 */
const CHARGE_VERB = String.raw`accus(?:e|ed|es)|blam(?:e|ed|es)|charg(?:e|ed|es)|thank(?:ed|s)?|prais(?:e|ed|es)|commend(?:ed|s)?|criticis(?:e|ed|es)|criticiz(?:e|ed|es)`;
const CHARGE_OF = new RegExp(
  String.raw`\b(${CHARGE_VERB})\b(?:\s+[\p{L}'’-]+){0,5}\s+(?:of|for|with)(?:\s+[\p{L}'’-]+){0,6}\s*$`,
  'iu',
);
/**
 * "Prosecutors accuse him of leading “…”, taking bribes and rigging tenders, and separately of “…”":
 * the charge verb earlier in the sentence, a list of charges between, "of" right before the marks.
 */
const CHARGE_OF_IN_SENTENCE = new RegExp(String.raw`\b(${CHARGE_VERB})\b[^.!?;]*\s(?:of|with)\s*$`, 'iu');

/** From the start of the sentence holding `at` (within its paragraph, 400 characters back at most) to `at`. */
function sentenceBefore(ctx: Context, at: number): string {
  const para = ctx.paragraphs[paragraphAt(ctx, at)];
  const head = ctx.text.slice(Math.max(para?.start ?? 0, at - 400), at);
  return head.slice(lastSentenceStart(head));
}

/** The person whose name alone fills the stretch between the comma before `comma` and `comma`. */
function namedBetweenCommas(ctx: Context, start: number, comma: number): Speaker | null {
  const opening = ctx.text.lastIndexOf(',', comma - 1);
  if (opening < start) return null;
  const person = speakersIn(ctx, opening, comma).find((m) => m.type === 'person');
  if (!person) return null;
  const alone =
    /^,\s*$/.test(ctx.text.slice(opening, person.start)) && /^\s*$/.test(ctx.text.slice(person.end, comma));
  return alone ? { name: person.name, via: null } : null;
}

/**
 * "The African Union condemned "the atrocities …"": a verb of stance right before the marks takes
 * the words as its object, and its subject said them. Elsewhere ("The EU welcomes the ratification,
 * Borrell said") such a verb introduces no one's words.
 */
const STANCE_VERBS = new Set([
  'condemned',
  'condemns',
  'denounced',
  'denounces',
  'welcomed',
  'welcomes',
  'hailed',
  'hails',
]);

function stanceRightBefore(
  ctx: Context,
  word: { word: string; end: number },
  before: { end: number },
): boolean {
  return STANCE_VERBS.has(word.word.toLowerCase()) && STANCE_GAP.test(ctx.text.slice(word.end, before.end));
}

/**
 * What may stand between the verb of stance and the words it takes: the day, an article, "what it
 * called" ("condemned on Thursday the “…”", "denounced what it called “…”").
 */
const STANCE_GAP =
  /^\s*(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+|(?:yesterday|today)\s+)?(?:the\s+|what\s+(?:it|he|she|they)\s+(?:called|described\s+as)\s+)?$/;

const APPOSITION_BETWEEN = /^\s*,[^,;:"“”]+,\s*$/u;

const POSSESSIVE_AFTER = /^['’]s?/u;

const UNNAMED_SPEAKER = /^\s*(?:(?:said|says|told|added|wrote)\s+)?(?:a|an|one|another)\s+\p{L}/u;
/**
 * '"…," the president told reporters.' with no president named before: an attribution after the
 * marks to someone described with "the" whom the article does not name.
 */
const DESCRIBED_SPEAKER = /^\s*,?\s*(?:(?:said|says|told|added|wrote)\s+)?the\s+\p{L}/iu;

/** The clause before the marks has a speech verb whose subject is someone described, not named. */
function unnamedSubject(ctx: Context, before: { start: number; end: number }): boolean {
  const verb = firstVerb(
    ctx.text.slice(before.start, before.end),
    before.start,
    Number.POSITIVE_INFINITY,
    ctx.spans,
  );
  if (!verb) return false;
  const subject = ctx.text.slice(before.start, verb.start);
  // "A UN spokesman said:": an organisation before a person's noun only describes the speaker.
  const named = speakersIn(ctx, before.start, verb.start).filter((m) => !modifiesNoun(ctx, m));
  return UNNAMED_SUBJECT.test(subject) && named.length === 0;
}

const UNNAMED_SUBJECT = /^\s*(?:a|an|one|another)\s+\p{L}/iu;

/** An attribution after the marks whose speaker is someone described, not named. */
function unnamedAttribution(clause: string): boolean {
  // ("a police officer at the scene said": the verb may come seventh or eighth.)
  return UNNAMED_SPEAKER.test(clause) && firstVerb(clause, 0, 8) !== null;
}

/**
 * Words quoted inside a sentence, without a closing comma or full stop of their own ("warned of
 * "ethnically motivated violations" in the city and urged …"): the sentence goes on after them.
 */
function isPartial(ctx: Context, span: QuoteSpan): boolean {
  return !/[,.!?…]\s*$/.test(ctx.text.slice(span.start, span.end));
}

/** What an attribution after the marks opens with: a comma, a dash, a name, a pronoun or a verb of saying. */
const ATTRIBUTION_START =
  /^\s*(?:,|[–—]|\p{Lu}|(?:he|she|they|it|we|said|says|told|added|wrote|according)\b)/u;

/**
 * The quote is followed by an attribution to someone not named ('…," said one woman'), or to someone
 * described whom no name was found for ('…," the president told reporters'): the next marks in the
 * paragraph are that speaker's words, not those of whoever spoke last.
 */
function saidBySomeoneUnnamed(ctx: Context, span: QuoteSpan): boolean {
  const after = afterClause(ctx, span);
  if (after === null) return false;
  const clause = ctx.text.slice(after.start, after.end);
  if (unnamedAttribution(clause) || ANONYMOUS.test(clause)) return true;
  if (DESCRIBED_SPEAKER.test(clause) && firstVerb(clause, 0, 6) !== null) return true;
  // 'A neighbour, who …, said …. "…," she said. "…"': the pronoun is the person brought in unnamed.
  const para = ctx.paragraphs[span.paragraph]!;
  return (
    PRONOUN_ATTRIBUTION.test(clause) &&
    unnamedIntroduced(ctx.text.slice(para.start, span.open))?.name === null
  );
}

/** '…," she said', '…," he added': an attribution to a pronoun right after the marks. */
const PRONOUN_ATTRIBUTION = /^\s*,?\s*(?:he|she|they)\s+(?:said|says|told|added|asked)\b/i;

/** Lower case only: "WHO Director-General Tedros …" after a quote names its speaker. */
const CONTINUATION = /^\s*,?\s*(?:and|but|or|while|which|who|before|after|because)\b/;

/** The marks open their paragraph: no words of it stand before the quotation. */
function opensParagraph(ctx: Context, span: QuoteSpan): boolean {
  const para = ctx.paragraphs[span.paragraph]!;
  return ctx.text.slice(para.start, span.open).trim() === '';
}

/** The speaker of a multi-paragraph quote is usually named once, in its last paragraph. */
function groupSpeaker(
  ctx: Context,
  kept: QuoteSpan[],
  i: number,
  last: { speaker: Speaker; paragraph: number } | null,
): Speaker | null {
  let end = i;
  while (kept[end + 1]?.continues) end++;
  if (end === i) return null;
  const lastSpan = kept[end]!;
  const after = afterClause(ctx, lastSpan);
  return after
    ? speakerInClause(ctx, after.start, after.end, lastSpan.open, 'after')
    : (last?.speaker ?? null);
}

/** From the closing mark to the end of its sentence, when the sentence goes on after the quote. */
function afterClause(ctx: Context, span: QuoteSpan): { start: number; end: number } | null {
  if (!span.closed) return null;
  const para = ctx.paragraphs[span.paragraph]!;
  let start = span.close + 1;
  // The second mark of a treebank '' (or a doubled mark) is not part of the clause.
  while (start < para.end && /['’”"»]/.test(ctx.text[start]!)) start++;
  const rest = ctx.text.slice(start, para.end);
  const quoted = ctx.text.slice(span.start, span.end);
  if (/^\s*[.!?]/.test(rest) && !quoted.endsWith(',')) return null;
  // “… were done.” The director said nothing more: a full stop inside the marks ends the sentence.
  if (quoted.endsWith('.') && /^\s*\p{Lu}/u.test(rest) && !startsWithSpeech(rest)) return null;
  const stop = clauseEnd(rest);
  return { start, end: stop < 0 ? para.end : start + stop };
}

/**
 * '"…" – army spokesman David Cohen.': a dash after the marks, then the speaker's title and name and
 * nothing else (no verb), as agencies and channels credit a quotation.
 */
function dashCredit(ctx: Context, after: { start: number; end: number }): Speaker | null {
  const clause = ctx.text.slice(after.start, after.end);
  if (!/^\s*[–—-]\s/.test(clause) || firstVerb(clause, after.start)) return null;
  const person = speakersIn(ctx, after.start, after.end).find((m) => m.type === 'person');
  if (!person || !/^[\s.]*$/.test(ctx.text.slice(person.end, after.end))) return null;
  const title = ctx.text.slice(after.start, person.start).replace(/^\s*[–—-]\s*/, '');
  return title.split(/\s+/).length <= 6 ? { name: person.name, via: null } : null;
}

/** Where the sentence before the one starting at `at` begins (not before the paragraph start). */
function previousSentenceStart(ctx: Context, at: number, paraStart: number): number {
  const head = ctx.text.slice(paraStart, Math.max(paraStart, at - 1));
  return paraStart + lastSentenceStart(head);
}

/** How far back (characters) pronouns and lead-ins look inside one paragraph. */
const LOOK_BACK = 1500;

/** From the start of the sentence (or the previous quote) to the opening mark. */
function beforeClause(
  ctx: Context,
  span: QuoteSpan,
  previous: QuoteSpan | undefined,
): { start: number; end: number } {
  const para = ctx.paragraphs[span.paragraph]!;
  let start = para.start;
  if (previous && previous.paragraph === span.paragraph) start = Math.max(start, previous.close + 1);
  const head = ctx.text.slice(start, span.open);
  start += lastSentenceStart(head);
  start += contrastClauseStart(ctx.text.slice(start, span.open), start, ctx.spans);
  while (start < span.open && /\s/.test(ctx.text[start]!)) start++;
  return { start, end: span.open };
}

/**
 * "…, the ministry said, but the prefect told television he feared "…"": a clause after ", but" with
 * a speech verb of its own is the quote's clause; the one before it is someone else's statement.
 * Returns the offset within `head` where that clause starts (0 when there is none).
 */
function contrastClauseStart(head: string, base: number, spans: QuoteSpan[]): number {
  // Substring checks first: most clauses have none of the words.
  if (!head.includes(' but ') && !head.includes(' while ') && !head.includes(' whereas ')) return 0;
  let cut = -1;
  for (const match of head.matchAll(CONTRAST)) cut = match.index + match[0].length;
  if (cut < 0) return 0;
  return firstVerb(head.slice(cut), base + cut, Number.POSITIVE_INFINITY, spans) ? cut : 0;
}

const CONTRAST = /[,;]\s+(?:but|while|whereas)\s+/g;

/** The paragraph before a bare quote paragraph, when it leads into it ("… as France does:"). */
/**
 * "The High Commission issued the following statement on Tuesday." then quoted paragraphs with no
 * attribution: the words are the statement's, and whoever the announcing sentence opens with issued it.
 */
function announcedStatement(ctx: Context, span: QuoteSpan): Speaker | null {
  const prev = ctx.paragraphs[span.paragraph - 1];
  if (!prev) return null;
  const paragraph = ctx.text.slice(prev.start, prev.end);
  // "X issued a statement on Saturday. The statement, read on television, reads in full:"
  const m =
    FOLLOWING_STATEMENT.exec(paragraph) ??
    (READS_IN_FULL.test(paragraph) ? ISSUED_STATEMENT.exec(paragraph) : null);
  if (!m) return null;
  const text = ctx.text.slice(prev.start, prev.start + m.index);
  const sentence = prev.start + Math.max(0, text.search(/[^.!?]*$/));
  // A person or body named in the sentence issued it; a place only when none is ("TEHRAN – The
  // Guards issued …" is the Guards', its dateline no speaker).
  const inSentence = (mention: EntityMention) =>
    mention.start >= sentence && mention.end <= prev.start + m.index;
  const subject =
    speakersIn(ctx, sentence, prev.start + m.index).filter(inSentence)[0] ??
    ctx.places.filter(inSentence).sort((a, b) => a.start - b.start)[0];
  return subject ? { name: subject.name, via: null } : null;
}

// "reads in full:", "said as follows:", "The text of the statement follows:", "The statement reads:".
const READS_IN_FULL =
  /\b(?:(?:reads?|said)\s+(?:in full|as follows)|(?:text|statement|communiqu[eé]|declaration|message)\s+(?:follows|reads|(?:is|was)\s+as\s+follows))\s*:\s*$/iu;
const ISSUED_STATEMENT =
  /\b(?:issued|published|released|put out|sent)\s+(?:a|an|its|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|message)(?![\p{L}\p{N}])/iu;

const FOLLOWING_STATEMENT =
  /\b(?:issued|published|released|put out|sent|read out|made public)\s+(?:the\s+following|this)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|communiqu[eé]|declaration|message|text|note|announcement)(?![\p{L}\p{N}])/iu;

function leadInParagraph(ctx: Context, span: QuoteSpan): Speaker | null {
  const prev = ctx.paragraphs[span.paragraph - 1];
  if (!prev || !/:\s*$/.test(ctx.text.slice(prev.start, prev.end))) return null;
  // "According to the ambassador, the envoy left moved by what she had seen:": the source the
  // lead-in opens with speaks, not the subject of its sentence.
  const source = /^\s*According to\s+/i.exec(ctx.text.slice(prev.start, prev.end));
  const cited = source ? objectAfter(ctx, prev.start + source[0].length, prev.end, span.open) : null;
  if (cited?.name) return cited;
  const found = speakerInClause(ctx, prev.start, prev.end, prev.end, 'before');
  if (found?.name) return found;
  const person = speakersIn(ctx, prev.start, prev.end).find((m) => m.type === 'person');
  return person ? { name: person.name, via: null } : null;
}

/** A paragraph that leads into the next with a verb of saying and a colon: "…, the Leader said:". */
function introducesWords(ctx: Context, para: { start: number; end: number }): boolean {
  const text = ctx.text.slice(para.start, para.end);
  return /:\s*$/.test(text) && firstVerb(text, para.start, Number.POSITIVE_INFINITY, ctx.spans) !== null;
}

/**
 * "the bloc said", "the unit declared": words for a body that name none of its own, only the one the
 * text has just named (never the outlet that reports it).
 */
const BODY_NOUNS = new Set(['bloc', 'unit', 'body', 'grouping', 'collective']);

const PRONOUNS = new Set(['he', 'she', 'him', 'her', 'they', 'them', 'it']);
/** "His Eminence", "Her Majesty": forms of address that stand for the person. */
const HONORIFIC_FORMS = new Set(['eminence', 'excellency', 'holiness', 'majesty', 'highness']);
const AUXILIARIES = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'then',
  'again',
  'further',
  'previously',
  'was',
  'were',
  'is',
  'had',
  'would',
  'will',
  'reportedly',
  'once',
  'earlier',
]);
const ROLE_NOUNS = GROUP_NOUNS;
const REPORT_NOUNS = new Set([
  'report',
  'statement',
  'ministry',
  'agency',
  'group',
  'organisation',
  'organization',
  'office',
  'government',
  'committee',
  'council',
  'mission',
  // "the airline said", "the company said": the business the article named.
  'airline',
  'company',
  'firm',
  'operator',
  'carrier',
]);

/** Finds "X said", "said X", "according to X", "A quoted him as saying" inside a clause. */
function speakerInClause(
  ctx: Context,
  start: number,
  end: number,
  quoteAt: number,
  side: 'before' | 'after',
): Speaker | null {
  const clause = ctx.text.slice(start, end);
  const verb = firstVerb(clause, start, Number.POSITIVE_INFINITY, ctx.spans) ?? documentReads(clause, start);
  if (!verb) return side === 'before' ? inTheirWords(ctx, clause, start, quoteAt) : null;
  const lower = verb.word.toLowerCase();
  if (lower === 'according') return objectAfter(ctx, verb.end + 3, end, quoteAt);
  if (lower === 'quoted' || lower === 'quotes') {
    const relayed = relayedSpeaker(ctx, start, verb, end, quoteAt);
    if (relayed) return relayed;
  }
  const relayed = sentThroughAgent(ctx, clause.slice(0, verb.start - start), start, quoteAt);
  if (relayed) return relayed;
  const subject = subjectBefore(ctx, participleSubjectStart(clause, start, verb), verb, quoteAt) ?? {
    name: null,
    via: null,
  };
  if (subject.name) return subject;
  // "The decree said …; it was signed by X": a signed document's words are its signer's.
  const signer = documentSigner(ctx, start, verb.start) ?? documentIssuer(ctx, start, verb.start);
  if (signer) return signer;
  // Inverted order: "…," said Tigran, a native of …. Not "told X": X is the listener there.
  const inverted = wordsIn(ctx.text.slice(start, verb.start), start, ctx.spans).length === 0;
  if ((side === 'after' || inverted) && inverted && lower !== 'told' && lower !== 'tells') {
    const object = objectAfter(ctx, verb.end, end, quoteAt);
    if (object?.name) return object;
    // '"…," said a statement from Ukraine's foreign ministry.': a ministry in lower case, by its country.
    const issuer = STATEMENT_FROM.exec(ctx.text.slice(verb.end, end));
    const ministry = issuer ? lowerCaseMinistry(issuer[1]!) : null;
    if (ministry) return { name: ministry, via: null };
    // "…," said the 24-year-old, who …: a description that refers back to the person just named.
    const described = descriptionAfter(ctx, verb.end, end);
    return described ? referringBack(ctx, described, quoteAt) : object;
  }
  return subject;
}

/**
 * '"…," the statement, released through his lawyer AK Bose, said': a statement sent out by someone's
 * lawyer or spokesman holds the words of the person the pronoun refers to, not the go-between's (whose
 * name sits where a speaker would).
 */
function sentThroughAgent(ctx: Context, subject: string, start: number, quoteAt: number): Speaker | null {
  if (!subject.includes('statement') && !subject.includes('letter')) return null;
  const m = SENT_THROUGH_AGENT.exec(subject);
  if (!m) return null;
  const pronoun = { his: 'he', her: 'she', their: 'they' }[m[1]!.toLowerCase()]!;
  return resolvePronoun(ctx, pronoun, start, quoteAt);
}

/** "the statement, released through his lawyer …," / "the letter, read out by her spokesman …,". */
const SENT_THROUGH_AGENT =
  /^\s*,?\s*the\s+(?:[\p{L}-]+\s+)?(?:statement|letter)\s*,\s*(?:[\p{L}-]+\s+){1,2}?(?:through|via|by)\s+(his|her|their)\s+(?:lawyers?|attorneys?|counsel|spokes(?:man|woman|person)|representatives?|aides?)\b[^,]*,\s*$/iu;

/**
 * "…, with Iranian officials saying talks could not go on": a participle after "with" has its own
 * subject, the words between the two, not whatever the sentence opened with (a place, a body).
 * Where the stretch holds a comma or runs long, "with" belongs to something else.
 */
function participleSubjectStart(clause: string, start: number, verb: FoundWord): number {
  if (!/ing$/i.test(verb.word)) return start;
  const head = clause.slice(0, verb.start - start);
  let last: RegExpExecArray | null = null;
  for (const m of head.matchAll(WITH_WORD)) last = m as RegExpExecArray;
  if (!last) return start;
  const subject = head.slice(last.index + last[0].length);
  return /[,;:]/.test(subject) || subject.split(/\s+/).length > 8
    ? start
    : start + last.index + last[0].length;
}

const WITH_WORD = /\bwith\s+/gi;

/**
 * 'In his words, "…"' (as agencies translating Russian write "according to him"): the person the
 * pronoun refers to, as after "according to him".
 */
function inTheirWords(ctx: Context, clause: string, start: number, quoteAt: number): Speaker | null {
  const m = IN_THEIR_WORDS.exec(clause);
  if (!m) return null;
  const pronoun = { his: 'he', her: 'she', their: 'they' }[m[1]!.toLowerCase()]!;
  return resolvePronoun(ctx, pronoun, start + m.index, quoteAt);
}

const IN_THEIR_WORDS = /\b[Ii]n (his|her|their) (?:own )?words,?\s*$/;

/** "a statement from Ukraine's foreign ministry": what follows "from" names who issued it. */
const STATEMENT_FROM = /^\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+)?statement\s+(?:from|by|of)\s+([^,.;:"“”]{3,80})/u;

/** "The document, …," / "The decree": a signed paper as the subject of a verb of saying. */
const DOCUMENT_SUBJECT =
  /^\s*(?:The|the)\s+(?:document|decree|order|letter|declaration|resolution|ordinance)\b/;
/** "signed by Samvel Shahramanyan", "was issued by the governor, Ana Pop": who put their name to it. */
const SIGNED_BY = /\b(?:signed|issued)\s+by\s+/g;

/**
 * The person who signed the document a clause opens with, named within the paragraph or the next
 * ("It was signed by …"); null when no signer is named there.
 */
function documentSigner(ctx: Context, start: number, verbStart: number): Speaker | null {
  if (!DOCUMENT_SUBJECT.test(ctx.text.slice(start, verbStart))) return null;
  const paragraph = paragraphAt(ctx, start);
  const end = (ctx.paragraphs[paragraph + 1] ?? ctx.paragraphs[paragraph]!).end;
  const from = ctx.paragraphs[paragraph]!.start;
  for (const m of ctx.text.slice(from, end).matchAll(SIGNED_BY)) {
    const after = from + m.index + m[0].length;
    const person = speakersIn(ctx, after, after + 80).find((p) => p.type === 'person');
    if (person && wordCount(ctx.text.slice(after, person.start)) <= 4)
      return { name: person.name, via: null };
  }
  return null;
}

/**
 * "The European Parliament on Thursday called for … / The resolution, adopted by 444 votes, said …":
 * a document named as the subject, with no signer, speaks for whoever opens the sentence before it
 * (within its first four words), the body or person that issued it.
 */
function documentIssuer(ctx: Context, start: number, verbStart: number): Speaker | null {
  const paragraph = paragraphAt(ctx, start);
  const here = ctx.paragraphs[paragraph]!;
  // The sentence the clause is part of ("The resolution, adopted …, said the vote …" is cut at its commas).
  const own = previousSentenceStart(ctx, start + 1, here.start);
  if (!ISSUED_DOCUMENT.test(ctx.text.slice(own, verbStart))) return null;
  const previous = ctx.paragraphs[paragraph - 1];
  const before =
    own > here.start
      ? previousSentenceStart(ctx, own, here.start)
      : previous
        ? previousSentenceStart(ctx, previous.end, previous.start)
        : null;
  if (before === null || before >= own) return null;
  const opener = speakersIn(ctx, before, Math.min(own, before + 80)).find((m) => !knownOutlet(m.name));
  if (!opener || wordCount(ctx.text.slice(before, opener.start)) > 3) return null;
  return { name: opener.name, via: null };
}

/** "The nonbinding resolution", "The final declaration": a paper adopted or issued by someone. */
const ISSUED_DOCUMENT =
  /^\s*The\s+(?:[\p{Ll}-]+\s+){0,2}(?:resolution|declaration|decree|communiqu\p{L}*|ordinance)\b/u;

/** "the statement reads", "the ruling read": a document's words, said by whoever issued it. */
function documentReads(clause: string, base: number): FoundWord | null {
  const m = DOCUMENT_READS.exec(clause);
  if (!m) return null;
  const start = base + m.index + m[0].length - m[1]!.length;
  return { word: m[1]!, start, end: start + m[1]!.length };
}

const DOCUMENT_READS =
  /\b(?:statement|ruling|decree|declaration|resolution|verdict|communiqu\p{L}*|text|message|post)\s+(reads?)\b/iu;

/**
 * "Armenpress quoted him as saying" → him, via Armenpress; "Pashinyan was quoted by Armenpress as
 * saying" → Pashinyan, via Armenpress.
 */
function relayedSpeaker(
  ctx: Context,
  start: number,
  verb: FoundWord,
  end: number,
  quoteAt: number,
): Speaker | null {
  const tail = ctx.text.slice(verb.end, end);
  if (!/\bas\s+say/i.test(tail)) return null;
  const passive = /^\s+by\b/i.exec(tail);
  const subject = subjectBefore(ctx, start, verb, quoteAt);
  if (passive) {
    const by = objectAfter(ctx, verb.end + passive[0].length, end, quoteAt);
    return subject?.name ? { name: subject.name, via: by?.name ?? null } : null;
  }
  if (/^\s+as\b/i.test(tail)) return subject;
  // "… quoted a witness as saying": relayed, by someone we cannot name.
  const quoted = objectAfter(ctx, verb.end, end, quoteAt);
  return { name: quoted?.name ?? null, via: subject?.name ?? null };
}

function subjectBefore(ctx: Context, start: number, verb: FoundWord, quoteAt: number): Speaker | null {
  // "a shopkeeper in Kalam told the BBC": a name after a preposition only describes the speaker.
  const inSpan = speakersIn(ctx, start, verb.start).filter((m) => !afterPreposition(ctx, m));
  // "President Erdogan's communications director Fahrettin Altun said": the owner is not the speaker.
  const persons = inSpan.filter((m) => m.type === 'person');
  const person = persons.find((m) => !POSSESSIVE_AFTER.test(ctx.text.slice(m.end, m.end + 2))) ?? persons[0];
  if (person) return { name: person.name, via: null };
  // "a senior EU diplomat said", "a doctor at Mandalay General Hospital told": the organisation
  // only describes an unnamed person.
  const orgs = inSpan.filter(
    (m) => !modifiesNoun(ctx, m) && !DESCRIBED_AT_BEFORE.test(ctx.text.slice(start, m.start)),
  );
  const org = orgs[orgs.length - 1];
  if (org) return { name: org.name, via: null };
  const words = subjectWords(ctx, start, verb.start);
  // "the Kremlin spokesman said": the organisation only describes a title, which refers back to the
  // person named with the same words before ("Kremlin Spokesman Dmitry Peskov"); else no one.
  if (inSpan.length > 0) return endsWithTitle(words) ? titledPerson(ctx, words) : null;
  // "India on Tuesday said it was …": a country or city that opens the clause speaks for itself.
  const place = placeSubject(ctx, start, verb.start);
  if (place) return personOfSurname(ctx, place) ?? { name: place.name, via: null };
  const head = words[words.length - 1];
  if (!head) return null;
  const lower = head.word.toLowerCase();
  if (PRONOUNS.has(lower)) return resolvePronoun(ctx, lower, head.start, quoteAt);
  // "His Eminence said", "Her Excellency told": a form of address stands for the person, as "he" does.
  const owner = words[words.length - 2]?.word.toLowerCase();
  if (HONORIFIC_FORMS.has(lower) && (owner === 'his' || owner === 'her'))
    return resolvePronoun(ctx, owner === 'his' ? 'he' : 'she', head.start, quoteAt);
  // "The German government said", "the Kyrgyz army said": a nation's body, named by its adjective, not
  // the organisation named last.
  // "the head of government said": the prime minister, before "government" is read as a body.
  if (isHeadOfState(words)) return headOfState(ctx, words);
  // "the Azerbaijani side said", "the Chinese side": the country, as agency copy names a party to talks.
  if (lower === 'side' && words.length === 3 && words[0]!.word.toLowerCase() === 'the') {
    const country = countryOfAdjective(words[1]!.word);
    if (country) return { name: country, via: null };
  }
  if (ROLE_NOUNS.has(lower) && nationAdjectiveBefore(words)) {
    // "the Kazakh government" is the "Government of Kazakhstan", as a state's government is named.
    const state = lower === 'government' ? governmentCountry(ctx.text.slice(start, head.end)) : null;
    return state ? { name: `Government of ${state}`, via: null } : rolePhrase(words);
  }
  // "the ministry said" is the organisation just named; "a joint statement said" is no one in particular.
  if (REPORT_NOUNS.has(lower) || ORG_HEADS.has(lower) || BODY_NOUNS.has(lower)) {
    if (unnamedReport(words)) return null;
    // "the Indian defence ministry said", and "the ministry said" after it: a ministry in lower case,
    // named by its country (organisations named in capitals are entities and were looked at above).
    if (lower === 'ministry') {
      const ministry = lowerCaseMinistry(ctx.text.slice(start, head.end));
      const earlier = ministry ?? (words.length <= 2 ? ministryNamedBefore(ctx, head.start) : null);
      if (earlier) return { name: earlier, via: null };
      // "the defence ministry said" after the Interior Ministry was named: another ministry, which
      // the text does not name in full, not the last one named.
      if (words.length > 2 && !ministryOfPortfolio(ctx, words, head.start)) return null;
    }
    // "the association's statement said", "the association said": the organisation named before
    // with that head word, not whichever organisation came last.
    // '"…," the statement said.' after 'The ministry said in a statement: "…"': that statement's author.
    if (lower === 'statement' && words.length <= 2) {
      const author = statementQuotedBefore(ctx, head.start);
      if (author) return author;
    }
    // "the president's office said": the office of someone named by title speaks for that person
    // (or for no one the text names), not for whichever organisation came last.
    const titleOwner = possessiveTitle(words);
    if (titleOwner)
      return (
        titledPerson(ctx, [...words.slice(0, -2), titleOwner]) ??
        officeNamed(ctx, `${titleOwner.word}'s ${lower}`, head.start)
      );
    const owner = words.length >= 2 && ORG_HEADS.has(lower) ? lower : possessiveHead(words);
    if (!owner && jointBefore(ctx, lower, head.start)) return null;
    const named = owner ? organisationNamed(ctx, owner, head.start) : null;
    if (named) return named;
    // "The government of Kazakhstan has formed … the government said": the state named with it.
    if (lower === 'government') return governmentNamedBefore(ctx, head.start);
    // A ministry is no other organisation, and a committee no news outlet ("… witnesses told
    // Reuters. The ministry said").
    return lower === 'ministry'
      ? nationalMinistry(ctx, words)
      : resolveReport(ctx, head.start, owner !== null || BODY_NOUNS.has(lower));
  }
  if (ROLE_NOUNS.has(lower)) return rolePhrase(words);
  if (TITLES.has(lower)) {
    const titled = titledPerson(ctx, words);
    if (titled || !AIDE_WORDS.has(lower)) return titled;
  }
  if (AIDE_WORDS.has(lower)) return describedAide(ctx, words, head.start);
  if (isHeadOfState(words)) return headOfState(ctx, words);
  if (describesNamedPerson(words)) return referringBack(ctx, head, quoteAt);
  return null;
}

/** "German" right before the head word: a nationality, which the phrase's body belongs to. */
function nationAdjectiveBefore(words: FoundWord[]): boolean {
  const adjective = words[words.length - 2];
  return (
    adjective !== undefined && /^\p{Lu}/u.test(adjective.word) && DEMONYMS.has(adjective.word.toLowerCase())
  );
}

/**
 * "the government said" after "The government of Kazakhstan has formed …", "Kazakhstan's government"
 * or "the Kazakh government": "Government of Kazakhstan", the last one named in the article before.
 */
function governmentNamedBefore(ctx: Context, at: number): Speaker | null {
  const country = governmentCountry(ctx.text.slice(Math.max(0, at - LOOK_BACK), at));
  return country ? { name: `Government of ${country}`, via: null } : null;
}

/** The words before the verb, without the auxiliaries and adverbs right before it. */
function subjectWords(ctx: Context, start: number, verbStart: number): FoundWord[] {
  const words = wordsIn(ctx.text.slice(start, verbStart), start, ctx.spans);
  while (words.length > 0 && AUXILIARIES.has(words[words.length - 1]!.word.toLowerCase())) words.pop();
  return words;
}

function endsWithTitle(words: FoundWord[]): boolean {
  const head = words[words.length - 1];
  return head !== undefined && TITLES.has(head.word.toLowerCase());
}

/**
 * "Spokeswoman Maria Zakharova told reporters. "…," the diplomat said.": "the" and one noun refer
 * back to the person just named, as a pronoun does; unless the article brought in someone unnamed
 * with that noun ("a diplomat said …; the diplomat added"), who is meant instead.
 */
function referringBack(ctx: Context, head: FoundWord, quoteAt: number): Speaker | null {
  const noun = head.word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const unnamed = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun}\\b`, 'iu');
  if (unnamed.test(ctx.text.slice(0, head.start))) return null;
  return resolvePronoun(ctx, 'they', head.start, quoteAt, false);
}

/** "said the 24-year-old, who …", "said the widow": the describing words right after the verb, or null. */
function descriptionAfter(ctx: Context, from: number, end: number): FoundWord | null {
  const words = wordsIn(ctx.text.slice(from, end), from, ctx.spans);
  const cut = ctx.text.slice(from, end).search(/[,;:]/);
  const head = cut < 0 ? words : words.filter((w) => w.start < from + cut);
  if (head.length < 2 || head.length > 4 || head[0]!.word.toLowerCase() !== 'the') return null;
  return describesNamedPerson(head) ? head[head.length - 1]! : null;
}

/**
 * "Prime Minister Luís Montenegro said … ¶ "…," Montenegro said": a place's name that is the surname of
 * a person the article named before is that person speaking, not the country.
 */
function personOfSurname(ctx: Context, place: EntityMention): Speaker | null {
  const person = ctx.speakers.findLast(
    (m) => m.type === 'person' && m.start < place.start && m.name.endsWith(` ${place.name}`),
  );
  return person ? { name: person.name, via: null } : null;
}

/** A place named first in the clause, then at most a time ("on Tuesday") before the verb. */
function placeSubject(ctx: Context, start: number, verbStart: number): EntityMention | null {
  const place = ctx.places.findLast((m) => m.start >= start && m.end <= verbStart);
  if (!place || !CLAUSE_OPENING.test(ctx.text.slice(start, place.start))) return null;
  return PLACE_THEN_VERB.test(ctx.text.slice(place.end, verbStart)) ? place : null;
}

/** What may stand before the subject: a dateline ("NEW DELHI:"), a conjunction. */
const CLAUSE_OPENING =
  /^\s*(?:\p{Lu}[\p{Lu} ,.'-]*(?:\([^)]*\))?\s*[:—–-]\s+)?(?:(?:but|and|meanwhile|later),?\s+)?$/u;

const PLACE_THEN_VERB =
  /^\s+(?:(?:on|late on|early on)\s+\p{Lu}\p{Ll}+day\s+|(?:also|later|earlier|again)\s+)?$/u;

/**
 * "the 34-year-old said", "the mother of five told Reuters", "the widow said": a definite description
 * of someone, which refers back to the person just named, as a pronoun does ("a nurse said" does not).
 */
function describesNamedPerson(words: FoundWord[]): boolean {
  const lower = words.map((w) => w.word.toLowerCase());
  // "the mother of five": the description's head comes before "of" and a number.
  const of = lower.lastIndexOf('of');
  const end = of > 0 && of >= lower.length - 2 ? of : lower.length;
  const head = lower[end - 1];
  const the = lower.lastIndexOf('the', end - 1);
  if (!head || the < 0 || end - the > 3) return false;
  // The word pattern starts at a letter: "34-year-old" is read as "year-old". An age before any noun
  // ("the 34-year-old builder") describes one person too.
  const aged = lower.slice(the + 1, end).some((w) => /^(?:\d+-)?year-old$/.test(w));
  return aged || DESCRIPTION_NOUNS.has(head);
}

/** Nouns that describe one person by age, family or trade, and refer back after "the". */
const DESCRIPTION_NOUNS = new Set(
  'woman man mother father grandmother grandfather widow widower teenager boy girl farmer villager shopkeeper fisherman mechanic veteran pensioner retiree diplomat economist'.split(
    ' ',
  ),
);

/**
 * "the Prime Minister told journalists", "the French Foreign Minister said": the person the article
 * named with those same words before ("French Foreign Minister Catherine Colonna"), the nearest one.
 * Only after "the": "a minister said" is anyone.
 */
function titledPerson(ctx: Context, words: FoundWord[]): Speaker | null {
  const article = words.map((w) => w.word.toLowerCase()).lastIndexOf('the');
  if (article < 0) return null;
  const phrase = words
    .slice(article + 1)
    .map((w) => w.word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .map((w) => {
      const short = TITLE_ABBREVIATIONS[w.toLowerCase()];
      const long = TITLE_EXPANSIONS[w.toLowerCase()];
      if (short) return `(?:${w}|${short}\\.?)`;
      return long ? `(?:${w}|${long.replace(/ /g, '\\s+')})` : w;
    })
    .join('\\s+');
  // "President Ilham Aliyev", "President of the Republic of Azerbaijan Ilham Aliyev", "Ambassador to
  // Armenia Kristina Kvien". A lone title
  // ("the president said") is not one an acronym qualifies ("CNE president Elvis Amoroso" heads the
  // election council, not the state): the article would write "the CNE president".
  // Not "Vice President David Choquehuanca" or "former President Evo Morales" for "the president".
  const notLesser = String.raw`(?<!\b(?:vice|deputy|former|ex)[\s-]+)`;
  // "Minister for Climate Change Sherry Rehman"; "Chief Minister Syed Murad Ali Shah", "Shri Bhupendra
  // Patel": a form of address between the office and the name, which the name leaves out.
  const before = new RegExp(
    `${notLesser}\\b${phrase}(?:\\s+(?:of|to|for)\\s+[^,.;:]{1,50})?${ADDRESS_FORMS}\\s+$`,
    'iu',
  );
  // Or the title in apposition, capitalised words of a rank between: "the minister, General Amadou
  // Sy" (not "the minister, who met Amadou Sy").
  // The office may name its body first: "the chairperson of the AU Commission, Moussa Faki"; forms
  // of address with full stops may stand before the name ("H.E. Moussa Faki").
  const apposed = new RegExp(
    `${notLesser}\\b${phrase}(?:\\s+(?:of|to|for)\\s+[^,.;:]{1,50})?,\\s+([^,;:]{0,40})$`,
    'iu',
  );
  const namedWith = {
    test: (text: string) => before.test(text) || RANK_WORDS.test(apposed.exec(text)?.[1] ?? '-'),
  };
  // Or the name first and the title in apposition after it: "Moussa Faki, the chairperson of …".
  const titleAfter = new RegExp(
    `^,\\s+(?:the\\s+)?(?:(?!(?:vice|deputy|former|ex)\\b)[\\p{L}'’-]+\\s+){0,3}?${phrase}\\b`,
    'iu',
  );
  const lone = words.length - article === 2;
  const title = words[words.length - 1]!.word.toLowerCase();
  const unqualified = (before: string) => ACRONYM_THEN_WORD.exec(before)?.[1]?.toLowerCase() !== title;
  const named = nearestPersonNamedAfter(
    ctx,
    words[article]!.start,
    namedWith,
    110,
    lone ? unqualified : undefined,
    titleAfter,
  );
  if (named || !lone) return named;
  // "Chief of the General Staff Onik Gasparyan … the general said": the title's word inside the post
  // written before the name, with no comma or full stop between.
  const inPost = new RegExp(`${notLesser}\\b${phrase}\\b([^,.;:]{0,40})$`, 'iu');
  // (Only capitalised words of the post may stand between: "President Vargas handed Ortega" does not
  // make Ortega a president.)
  const postWordsOnly = (preceding: string) =>
    unqualified(preceding) && POST_WORDS.test(inPost.exec(preceding)?.[1] ?? '');
  return nearestPersonNamedAfter(ctx, words[article]!.start, inPost, 60, postWordsOnly);
}

const POST_WORDS = /^(?:\s+\p{Lu}[\p{L}'’-]*){0,4}\s+$/u;

/** Honorifics a text may write between an office and the name: "Syed", "Shri", "Dr.". */
const ADDRESS_FORMS = String.raw`(?:\s+(?:syed|sayed|sayyid|seyyed|shri|sri|smt|sheikh|dr\.?|mr\.?|mrs\.?|ms\.?|h\.e\.))*`;

/** Up to three capitalised words, or none: "General ", "Brig. Gen. ", "". */
const RANK_WORDS = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;

/** "CNE president " at the end of the text before a name: an acronym, then one word (the title). */
const ACRONYM_THEN_WORD = /\b\p{Lu}{2,}\s+(\p{L}+)\s+$/u;

/** Nouns for a leader's aide, which an article varies: "Assistant to the President …", "the presidential aide". */
const AIDE_WORDS = new Set(['aide', 'aides', 'assistant', 'adviser', 'advisor']);

/**
 * "the presidential aide said" after "Hikmet Hajiyev, Assistant to the President, …": the last person
 * described as an aide (by any of the aide nouns, before the name or in an apposition after it), to
 * the office the adjective names ("presidential" → President, "Kremlin" → Kremlin) when there is one.
 */
function describedAide(ctx: Context, words: FoundWord[], before: number): Speaker | null {
  const modifier = words.length >= 3 ? words[words.length - 2]!.word.toLowerCase() : null;
  const office = modifier && modifier !== 'the' ? modifier.replace(/(?:ial|al)$/, '') : null;
  for (let k = ctx.speakers.length - 1; k >= 0; k--) {
    const mention = ctx.speakers[k]!;
    if (mention.start >= before || mention.type !== 'person') continue;
    const around = `${ctx.text.slice(Math.max(0, mention.start - 60), mention.start)} ${appositionAfter(ctx, mention.end)}`;
    const lower = around.toLowerCase();
    if (!AIDE_IN_TEXT.test(lower) || (office && !lower.includes(office))) continue;
    return { name: mention.name, via: null };
  }
  return null;
}

const AIDE_IN_TEXT = /\b(?:aide|assistant|adviser|advisor)\b/;

/** ", Assistant to the President of Azerbaijan and head of …," right after a name, up to its verb or full stop. */
function appositionAfter(ctx: Context, end: number): string {
  const rest = ctx.text.slice(end, end + 160);
  if (!rest.startsWith(',')) return '';
  const stop = rest.search(/[.;]\s|,\s+(?:said|told|added|says)\b/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

/**
 * The nearest person named before `before` whose preceding `reach` characters match `title` (and pass
 * `accept`, when given), or whose apposition after the name matches `titleAfter`.
 */
function nearestPersonNamedAfter(
  ctx: Context,
  before: number,
  title: { test(text: string): boolean },
  reach: number,
  accept?: (preceding: string) => boolean,
  titleAfter?: RegExp,
): Speaker | null {
  // Everyone the article gave the title to before, then whichever of them it named last: "the
  // President said" after "President Vladimir Putin … President Ilham Aliyev … Aliyev stressed" is
  // Aliyev, named last, though by his surname alone.
  const titled = new Set<string>();
  let latest: EntityMention | null = null;
  for (const mention of ctx.speakers) {
    if (mention.start >= before) break;
    if (mention.type !== 'person') continue;
    const preceding = ctx.text.slice(Math.max(0, mention.start - reach), mention.start);
    if (title.test(preceding) && (!accept || accept(preceding))) titled.add(mention.name);
    else if (titleAfter?.test(appositionAfter(ctx, mention.end))) titled.add(mention.name);
    if (titled.has(mention.name)) latest = mention;
  }
  return latest ? { name: latest.name, via: null } : null;
}

/** "the head of state said": the last three words, after "the". */
function isHeadOfState(words: FoundWord[]): boolean {
  const tail = words.slice(-4).map((w) => w.word.toLowerCase());
  return tail.join(' ') === 'the head of state' || tail.join(' ') === 'the head of government';
}

/**
 * "the head of state said" is the president the article named ("Russian President Vladimir Putin",
 * "President of Lithuania Peter Kalnas"), the nearest one before; with none named, no one.
 */
function headOfState(ctx: Context, words: FoundWord[]): Speaker | null {
  // "the head of government said" refers back to the prime minister, "the head of state" to the president.
  const office =
    words[words.length - 1]!.word.toLowerCase() === 'government' ? PREMIER_BEFORE : PRESIDENT_BEFORE;
  return nearestPersonNamedAfter(ctx, words[words.length - 4]!.start, office, 110);
}

/**
 * "President " right before the name, or "President of <country> ", as agencies write the title, or
 * set apart by a comma ("the President of the Republic, José Jerí,"); and the office itself as a
 * title ("Head of State Kassym-Jomart Tokayev", as Kazakh and Uzbek agencies write).
 */
const PRESIDENT_BEFORE = /\b(?:president|head of state)(?:\s+of\s+[^,.;:]{1,60})?,?\s+$/i;
const PREMIER_BEFORE =
  /\b(?:prime minister|premier|chancellor|head of government)(?:\s+of\s+[^,.;:]{1,60})?,?\s+$/i;

/** "the governor said" after "Gov. Wes Moore": the abbreviations a title is written with. */
const TITLE_ABBREVIATIONS: Record<string, string> = wordTable({
  governor: 'gov',
  senator: 'sen',
  representative: 'rep',
  general: 'gen',
  colonel: 'col',
  captain: 'capt',
  lieutenant: 'lt',
  sergeant: 'sgt',
  admiral: 'adm',
  commander: 'cmdr',
  major: 'maj',
  professor: 'prof',
  superintendent: 'supt',
});

/**
 * "the CS said" after "Cabinet Secretary Ezekiel Machogu", "the CM said" after "Chief Minister Yogi
 * Adityanath": the offices of several words that papers shorten to their initials.
 */
const TITLE_EXPANSIONS: Record<string, string> = wordTable({
  cs: 'cabinet secretary',
  cm: 'chief minister',
  pm: 'prime minister',
});

const PREPOSITION_BEFORE = /\b(?:in|from|at|near|of|outside|inside|across)\s+$/i;

function afterPreposition(ctx: Context, mention: EntityMention): boolean {
  return PREPOSITION_BEFORE.test(ctx.text.slice(Math.max(0, mention.start - 12), mention.start));
}

/** Whether an organisation's name stands before a noun for its rank and file ("PTI worker"). */
function membersNoun(ctx: Context, mention: EntityMention): boolean {
  const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(mention.end, mention.end + 40));
  return next !== null && RANK_AND_FILE.has(next[1]!.toLowerCase());
}

const RANK_AND_FILE = new Set(
  'worker workers supporter supporters member members voter voters activist activists volunteer volunteers fan fans employee employees staffer student students'.split(
    ' ',
  ),
);

function modifiesNoun(ctx: Context, mention: EntityMention): boolean {
  const next = /^\s+(\p{L}+)/u.exec(ctx.text.slice(mention.end, mention.end + 40));
  return next !== null && MODIFIED_NOUNS.has(next[1]!);
}

function objectAfter(ctx: Context, from: number, end: number, quoteAt: number): Speaker | null {
  const candidates = speakersIn(ctx, from, end + 200).filter((m) => m.start < end);
  // "said a surgeon at the city hospital, who gave only his first name, Armen": the name given is
  // the speaker's, past the workplace that describes him.
  const given = candidates.find(
    (m) =>
      m.type === 'person' &&
      wordCount(ctx.text.slice(from, m.start)) <= 16 &&
      GAVE_FIRST_NAME.test(ctx.text.slice(from, m.start)),
  );
  if (given) return { name: given.name, via: null };
  const employee = employeeOf(ctx, candidates);
  const next = employee ?? candidates[0];
  // The employer stands where the speaker would: "said Senapred's director, Alicia Cebrián".
  const gap = next ? ctx.text.slice(from, (employee ? candidates[0]! : next).start) : '';
  // "said a nurse at the Red Cross hospital": the organisation only says where an unnamed person works.
  if (next && next.type !== 'person' && DESCRIBED_AT.test(gap)) return null;
  // "said a PTI worker outside the office": a party's worker or supporter speaks for no one but
  // themselves (a spokesman or an official would speak for it).
  if (next && next.type !== 'person' && /^\s+(?:a|an|one|another)\s+$/i.test(gap) && membersNoun(ctx, next))
    return null;
  if (next && wordCount(gap) <= 5 && !/[,;]/.test(gap)) return { name: next.name, via: null };
  if (next?.type === 'person' && wordCount(gap) <= 7 && DESCRIBED_THEN_NAMED.test(gap))
    return { name: next.name, via: null };
  // "said the President of the Regional Commission, Dr Amadou Keita": an office, then its holder.
  if (next?.type === 'person' && OFFICE_THEN_HOLDER.test(gap)) return { name: next.name, via: null };
  // "said Mongolian Deputy Minister of Food, Agriculture and Light Industry D.Bat": a title with its
  // portfolios (commas and all), then its holder.
  if (next?.type === 'person' && TITLE_WITH_PORTFOLIOS.test(gap)) return { name: next.name, via: null };
  // "said a woman who gave her name as Rosalba": the name she gave is the speaker's.
  if (next?.type === 'person' && wordCount(gap) <= 9 && GAVE_NAME.test(gap))
    return { name: next.name, via: null };
  const word = wordsIn(ctx.text.slice(from, Math.min(end, from + 30)), from)[0];
  if (word && PRONOUNS.has(word.word.toLowerCase()))
    return resolvePronoun(ctx, word.word.toLowerCase(), word.start, quoteAt);
  // "According to the Ambassador, …": the title refers back to the person named with it before.
  const titled = titleBeforeComma(ctx, from, end);
  return titled ? titledPerson(ctx, titled) : null;
}

/** "the ambassador" or "the deputy minister" up to the first comma: a title with its article, else null. */
function titleBeforeComma(ctx: Context, from: number, end: number): FoundWord[] | null {
  const comma = ctx.text.slice(from, end).indexOf(',');
  if (comma < 0) return null;
  const words = wordsIn(ctx.text.slice(from, from + comma), from, ctx.spans);
  if (words.length < 2 || words.length > 3 || words[0]!.word.toLowerCase() !== 'the') return null;
  return endsWithTitle(words) ? words : null;
}

/**
 * "said IOM spokesperson Mohammed Rafik", "said UNICEF's country director Ana Ruiz": the organisation
 * only says whom the speaker works for, when a person follows it after a few lower-case role words.
 */
function employeeOf(ctx: Context, candidates: EntityMention[]): EntityMention | null {
  const [first, second] = candidates;
  if (!first || !second || second.type !== 'person') return null;
  const gap = ctx.text.slice(first.end, second.start);
  // "said Senapred's director, Alicia Cebrián": whatever the owner was typed, its role is named.
  if (OWNER_ROLE_NAMED.test(gap)) return second;
  if (first.type === 'person') return null;
  if (EMPLOYER_GAP.test(gap) || titlesOnly(gap)) return second;
  // "said the President of the ECOWAS Commission, Dr Omar Alieu Touray": an office in the body, then
  // its holder in apposition.
  const before = ctx.text.slice(Math.max(0, first.start - 60), first.start);
  return OFFICE_OF_BEFORE.test(before) && HOLDER_AFTER_COMMA.test(gap) ? second : null;
}

/** " the President of the Regional Commission, Dr ": an office in a body, then (after it) its holder. */
const OFFICE_THEN_HOLDER =
  /^\s+(?:the\s+)?(?:president|chairman|chairwoman|chairperson|chair|head|director|director-general|secretary-general|secretary|commissioner|leader|spokesperson|spokesman|spokeswoman|minister|governor|mayor|chief|commander|rector|dean)\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,5}\p{Lu}[\p{L}-]*,\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|General|Gen|Ambassador)\.?\s+)?$/iu;

/** " Kazakh Deputy Minister of Energy, Water and Mining ": capitalised words around one title, and "of". */
const TITLE_WITH_PORTFOLIOS =
  /^\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Minister|Secretary|Commissioner|Director|Chairman|Chairwoman|Head)\s+(?:of|for)\s+(?:(?:\p{Lu}[\p{L}-]*|and|the),?\s+){1,10}$/u;

/** "the President of the", "the head of": an office held in the body named next. */
const OFFICE_OF_BEFORE =
  /\b(?:president|chairman|chairwoman|chairperson|chair|head|director|director-general|secretary-general|secretary|commissioner|leader|spokesperson|spokesman|spokeswoman|minister|governor|mayor|chief|commander|rector|dean)\s+of\s+(?:the\s+)?$/i;
/** The rest of the body's name, a comma and maybe a form of address: " Commission, Dr ". */
const HOLDER_AFTER_COMMA =
  /^(?:\s+\p{Lu}[\p{L}-]*){0,3},\s+(?:(?:Dr|Mr|Mrs|Ms|Prof|Professor|General|Gen|Ambassador)\.?\s+)?$/u;

const OWNER_ROLE_NAMED = /^['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3},?\s+$/u;

// A spokesperson speaks for the organisation: "a spokesman for the Red Cross said" is the Red Cross,
// and so does its text: "according to a statement from the ministry" is the ministry.
const DESCRIBED_AT =
  /^\s+(?:a|an|one|another)\s+(?!(?:senior\s+)?(?:spokes\p{L}*|representative|official)\b|(?:joint\s+|written\s+|press\s+)?(?:statement|report|letter|communiqu\p{L}*|message|release)\b)(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:at|in|from|of|with|for|near)\s+(?:the\s+)?$/u;
/**
 * DESCRIBED_AT with the words of a place's name (capitalised) before the organisation, the article
 * capitalised where it opens the sentence and a longer trade ("A professor of structural engineering
 * at the University of …").
 */
const DESCRIBED_AT_BEFORE =
  /(?:^|\s)(?:[Aa]|[Aa]n|[Oo]ne|[Aa]nother)\s+(?!(?:senior\s+)?(?:spokes\p{L}*|representative|official)\b|(?:joint\s+|written\s+|press\s+)?(?:statement|report|letter|communiqu\p{L}*|message|release)\b)(?:\p{Ll}[\p{Ll}-]*\s+){1,5}(?:at|in|from|of|with|for|near)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+)*$/u;
const EMPLOYER_GAP = /^(?:['’]s)?(?:\s+\p{Ll}[\p{Ll}-]*){1,3}\s+$/u;

/** "Harlow Creek Mayor Dana Whitfield", "Zetacorp Chief Executive Ana Ruiz": only title words between. */
function titlesOnly(gap: string): boolean {
  const words = gap.trim().split(/\s+/);
  return (
    words.length >= 1 &&
    words.length <= 3 &&
    words.every((w) => TITLES.has(w.toLowerCase()) || ROLE_WORDS.has(w.toLowerCase()))
  );
}

const GAVE_NAME = /^\s+(?:a|an|one|another)\s[^,;:"“”]*\bname\s+as\s+$/iu;
/** "a surgeon at …, who gave only his first name, " / "…, who gave her first name as ": a name given on its own. */
const GAVE_FIRST_NAME =
  /^\s+(?:a|an|one|another)\s[^;:"“”]*\bgave\s+(?:only\s+)?(?:his|her|their)\s+first\s+name(?:\s+as|,)\s+$/iu;

/** "said one farmer, Hassan Ait Lhaj": a person described first, then named after the comma. */
const DESCRIBED_THEN_NAMED =
  /^\s+(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s[^,;:"“”]*,\s*(?:the\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}|(?:(?:former|then|acting|outgoing|interim)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3})?$/u;

/** "Armenian analysts", "Azerbaijani officials": a group that speaks without a name. */
function rolePhrase(words: FoundWord[]): Speaker | null {
  const head = words[words.length - 1]!;
  // "Witnesses said …" opening a sentence: the group is the speaker.
  if (words.length === 1 && /^\p{Lu}/u.test(head.word)) return { name: head.word, via: null };
  const adjective = words[words.length - 2];
  if (!adjective || !/^\p{Lu}/u.test(adjective.word)) return null;
  return { name: `${adjective.word} ${head.word}`, via: null };
}

/**
 * he/she/they → the person (or organisation) the text was just talking about: first the current
 * paragraph, then the previous one (the first name in its last sentence that names one), then the
 * speaker of a recent quote. Mentions inside quotes never count.
 */
function resolvePronoun(
  ctx: Context,
  pronoun: string,
  at: number,
  quoteAt: number,
  // "the 24-year-old" refers back like "they" does, but only to a person, never to a group.
  groups = pronoun === 'they',
): Speaker | null {
  const wantsOrg = pronoun === 'it';
  const fits = (name: string) => genderFits(pronoun, name);
  const paragraph = paragraphAt(ctx, at);
  for (const index of [paragraph, paragraph - 1, paragraph - 2]) {
    const para = ctx.paragraphs[index];
    if (!para) continue;
    const limit = index === paragraph ? Math.min(at, quoteAt) : para.end;
    // Only the last stretch of a long paragraph: the referent is near, and huge inputs stay linear.
    const from = Math.max(para.start, limit - LOOK_BACK);
    const candidates = speakersIn(ctx, from, limit).filter(
      (m) => (m.type === 'person') !== wantsOrg && fits(m.name),
    );
    const chosen = firstOfLastSentence(ctx, wantsOrg ? withoutMessengers(candidates) : candidates);
    if (chosen) return { name: chosen.name, via: null };
    // "A nurse, who did not want her name used, said …. “…,” she said": the person this paragraph
    // brought in without a name, not whoever was named in the paragraphs before.
    if (index === paragraph && !wantsOrg) {
      const introduced = unnamedIntroduced(ctx.text.slice(from, limit));
      if (introduced) return introduced;
    }
  }
  if (wantsOrg) return bodyQuotedJustBefore(ctx, paragraph);
  // Further back, only someone who was quoted recently.
  const recent = ctx.history.findLast(
    (h) => paragraph - h.paragraph <= 6 && h.speaker.name && fits(h.speaker.name),
  );
  if (recent) return { name: recent.speaker.name, via: null };
  return groups ? groupSubjectBefore(ctx, paragraph, Math.min(at, quoteAt)) : null;
}

/**
 * A person brought in by an indefinite article in a sentence of `text` and described, not named: "A
 * nurse at the clinic, who declined to give her name, said …", "a woman who gave her name only as Mele
 * was …". The name such a person gives is the speaker; otherwise the speaker is unnamed.
 */
function unnamedIntroduced(text: string): Speaker | null {
  const intro = UNNAMED_INTRO.exec(text);
  if (!intro) return null;
  const given = GIVEN_NAME.exec(text.slice(intro.index));
  return { name: given?.[1] ?? null, via: null };
}

/**
 * "A nurse working at the clinic, who …", "a man who …", "A neighbour said …", "A police officer at the
 * Manali checkpoint, who …": an indefinite article at a sentence's start (or after an opening phrase
 * and its comma), at most seven words (the flag i lets a place's name in), then "who" or a verb of
 * saying. ("A day later, officials said" has a comma in the run: no match.)
 */
const UNNAMED_INTRO =
  /(?:^|[.!?]["”’]?\s+|,\s+)(?:a|an|another)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,6}?\p{Ll}[\p{Ll}-]*(?:,\s+who|\s+who|\s+(?:said|says|told|added))\b/iu;

/** "who gave her name only as Mele", "who gave only his first name, Tomasz": the name a described person gives. */
const GIVEN_NAME =
  /\bgave\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name\s+(?:only\s+)?(?:as\s+|,\s*)((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*)?)/u;

/**
 * "who asked not to be named", "who did not want her name used", "speaking on condition of anonymity":
 * words that keep a described speaker nameless on purpose.
 */
const ANONYMOUS =
  /\b(?:who\s+(?:asked|declined|refused|did\s+not\s+want|didn['’]t\s+want|would\s+not\s+give)\b[^.;:]{0,30}?\b(?:named|name|identified)|on\s+condition\s+of\s+anonymity|anonymously)\b/i;

/**
 * '"…," the statement said.' then '"…," it added.' with the body named further back than "it" looks:
 * the body quoted in this paragraph or the one before, never a person.
 */
function bodyQuotedJustBefore(ctx: Context, paragraph: number): Speaker | null {
  const recent = ctx.history.findLast((h) => paragraph - h.paragraph <= 1 && h.speaker.name);
  const name = recent?.speaker.name;
  if (!name || ctx.speakers.some((m) => m.type === 'person' && m.name === name)) return null;
  return { name, via: null };
}

/**
 * "Azerbaijan Airlines has issued a statement …, APA reports." then "“…,” it said": the news outlet
 * that carries the report is its messenger, not what "it" refers to, when another body is named.
 */
function withoutMessengers(orgs: EntityMention[]): EntityMention[] {
  const bodies = orgs.filter((m) => !knownOutlet(m.name) && !PLATFORMS.has(m.name));
  return bodies.length > 0 ? bodies : orgs.filter((m) => !PLATFORMS.has(m.name));
}

/**
 * "Opposition lawmakers walked out. “…,” they said": with no one named, "they" is the group that opened
 * the sentence before, in this paragraph or the last one ("Armenian analysts", "Witnesses").
 */
function groupSubjectBefore(ctx: Context, paragraph: number, before: number): Speaker | null {
  for (const index of [paragraph, paragraph - 1]) {
    const para = ctx.paragraphs[index];
    if (!para) continue;
    const end = index === paragraph ? before : para.end;
    const text = ctx.text.slice(para.start, end);
    const sentences = text.split(/(?<=[.!?]["”’]?)\s+(?=\p{Lu}|["“])/u).reverse();
    for (const sentence of sentences) {
      const [first, second] = sentence.split(/\s+/, 2).map((w) => w.replace(/[^\p{L}-]/gu, ''));
      // "Witnesses said …" or "Opposition lawmakers walked out …"; not "The protesters": unnamed.
      if (!first || !/^\p{Lu}/u.test(first) || STOP_WORDS.has(first.toLowerCase())) continue;
      if (second && GROUP_NOUNS.has(second.toLowerCase())) return { name: `${first} ${second}`, via: null };
      if (GROUP_NOUNS.has(first.toLowerCase())) return { name: first, via: null };
    }
  }
  return null;
}

/** Words that open a sentence before a group without naming it: "The protesters", "Many residents". */
const STOP_WORDS = new Set([
  'the',
  'some',
  'many',
  'most',
  'other',
  'several',
  'few',
  'these',
  'those',
  'all',
  'both',
]);

/** he/him cannot be a woman's name, she/her not a man's; unknown names fit both. */
function genderFits(pronoun: string, name: string): boolean {
  const first = name.split(' ')[0]!.toLowerCase();
  const female = FEMALE_NAMES.has(first) || /(?:ova|eva|ina|skaya)$/.test(name.toLowerCase());
  const male = !female && GIVEN_NAMES.has(first) && name.includes(' ');
  if (pronoun === 'he' || pronoun === 'him') return !female;
  if (pronoun === 'she' || pronoun === 'her') return !male;
  return true;
}

function firstOfLastSentence(ctx: Context, candidates: EntityMention[]): EntityMention | null {
  const last = candidates[candidates.length - 1];
  if (!last) return null;
  // Walk back over candidates in the same sentence as the last one.
  let k = candidates.length - 1;
  while (k > 0 && !/[.!?]\s/.test(ctx.text.slice(candidates[k - 1]!.end, candidates[k]!.start))) k--;
  const sentence = candidates.slice(k);
  // "Asked whether Putin would call Aliyev, Peskov said …": the one the sentence has speaking is the
  // one a pronoun after it goes on with, wherever the sentence names the others.
  return sentence.find((m) => speaksNext(ctx, m)) ?? sentence[0]!;
}

/** Whether a verb of saying follows the name at once ("Peskov said", "Zakharova told"). */
function speaksNext(ctx: Context, m: EntityMention): boolean {
  const verb = /^\s+(\p{L}+)/u.exec(ctx.text.slice(m.end, m.end + 20))?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb.toLowerCase());
}

/**
 * "… in a rare joint statement …" then "“…,” the statement said": the statement the text last spoke of
 * was written by several parties, so no one body said it.
 */
function jointBefore(ctx: Context, noun: string, at: number): boolean {
  const head = ctx.text.slice(Math.max(0, at - 1500), at).toLowerCase();
  const last = head.lastIndexOf(noun);
  return last > 0 && /\bjoint\s+$/.test(head.slice(Math.max(0, last - 10), last));
}

/** "the report said" → the organisation that the text last named before it. */
/** "a statement", "a joint statement", "an agency": the report noun has no one definite behind it. */
function unnamedReport(words: FoundWord[]): boolean {
  const before = words.slice(-4, -1).map((w) => w.word.toLowerCase());
  // "his office quoted him": a person's own office, not the organisation named last.
  const owner = words[words.length - 2]?.word.toLowerCase() ?? '';
  return (
    before.includes('a') ||
    before.includes('an') ||
    // "one guard said": a member of a body, not the body.
    before.includes('one') ||
    before.includes('another') ||
    before.includes('joint') ||
    ['his', 'her', 'their'].includes(owner)
  );
}

/**
 * The speaker quoted in the paragraph, this one or up to three before, that last names a statement
 * before `at`: "the statement" is the one whose words were quoted there.
 */
function statementQuotedBefore(ctx: Context, at: number): Speaker | null {
  const here = paragraphAt(ctx, at);
  for (let p = here; p >= Math.max(0, here - 3); p--) {
    const para = ctx.paragraphs[p]!;
    if (!/\bstatement\b/i.test(ctx.text.slice(para.start, Math.min(para.end, at)))) continue;
    const quoted = ctx.history.findLast((h) => h.paragraph === p);
    if (quoted) return quoted.speaker;
  }
  return null;
}

/** "the association's statement": the head word of the organisation that owns the report. */
/**
 * "the ministry said" after "The Indian defence ministry said …": the lower-case ministry named last
 * before, unless an organisation named in capitals with "Ministry" comes after it.
 */
function ministryNamedBefore(ctx: Context, at: number): string | null {
  const from = Math.max(0, at - LOOK_BACK);
  const head = ctx.text.slice(from, at);
  const name = lowerCaseMinistry(head) ?? unqualifiedMinistryIn(ctx, head);
  if (!name) return null;
  const capitalised = speakersIn(ctx, from, at).findLast(
    (m) => m.type === 'organization' && m.name.includes('Ministry'),
  );
  const lowerAt = head.toLowerCase().lastIndexOf(' ministry');
  return capitalised && capitalised.start - from > lowerAt ? null : name;
}

/** The last "the interior ministry" of `head` (no country in the phrase), named as nationalMinistry names it. */
function unqualifiedMinistryIn(ctx: Context, head: string): string | null {
  const last = [...head.matchAll(UNQUALIFIED_MINISTRY)].pop();
  return last ? ministryOfMainCountry(last[1]!.trim().split(/\s+/), ctx.text) : null;
}

const UNQUALIFIED_MINISTRY = /\b[Tt]he ((?:\p{Ll}+ ){1,2})ministry\b/gu;

/** "the interior ministry said", no ministry named before: the ministry of the article's country, or no one. */
function nationalMinistry(ctx: Context, words: FoundWord[]): Speaker | null {
  if (words.length < 3 || words[0]!.word.toLowerCase() !== 'the') return null;
  const portfolio = words.slice(1, -1).map((w) => w.word);
  if (portfolio.some((w) => w !== w.toLowerCase())) return null;
  const name = ministryOfMainCountry(portfolio, ctx.text);
  return name ? { name, via: null } : null;
}

/**
 * Whether the organisation named before that the phrase could refer back to is a ministry of the
 * phrase's portfolio ("the defence ministry" → "Ministry of Defence"), or no ministry at all.
 */
function ministryOfPortfolio(ctx: Context, words: FoundWord[], at: number): boolean {
  const portfolio = words[words.length - 2]!.word.toLowerCase();
  const named = speakersIn(ctx, Math.max(0, at - LOOK_BACK), at).findLast(
    (m) => m.type === 'organization' && m.name.includes('Ministry'),
  );
  return !named || named.name.toLowerCase().includes(portfolio.slice(0, 5));
}

/** "the president's office": the title before the head word, its possessive dropped; null otherwise. */
function possessiveTitle(words: FoundWord[]): FoundWord | null {
  const owner = words[words.length - 2];
  if (!owner || !/['’]s$/.test(owner.word)) return null;
  const title = owner.word.replace(/['’]s$/, '');
  return TITLES.has(title.toLowerCase()) ? { ...owner, word: title, end: owner.end - 2 } : null;
}

function possessiveHead(words: FoundWord[]): string | null {
  const owner = words[words.length - 2]?.word.toLowerCase().replace(/['’]s?$/, '');
  return owner && ORG_HEADS.has(owner) ? owner : null;
}

/** The last organisation before `at` (within the resolution window) whose name holds `headWord`. */
/**
 * "the governor's office said" with no governor named: the office named in capitals before ("The
 * Istanbul Governor's Office has banned …"), whose name ends with the same words.
 */
function officeNamed(ctx: Context, words: string, at: number): Speaker | null {
  const tail = words.toLowerCase().replace(/’/g, "'");
  const office = speakersIn(ctx, at - 1500, at).findLast(
    (m) => m.type === 'organization' && m.name.toLowerCase().replace(/’/g, "'").endsWith(tail),
  );
  return office ? { name: office.name, via: null } : null;
}

function organisationNamed(ctx: Context, headWord: string, at: number): Speaker | null {
  const orgs = speakersIn(ctx, at - 1500, at).filter(
    (m) => m.type === 'organization' && m.name.toLowerCase().split(/\s+/).includes(headWord),
  );
  const org = orgs[orgs.length - 1];
  return org ? { name: org.name, via: null } : null;
}

/** Where words are posted, never who says them: "the army's press service wrote" after "on Telegram". */
const PLATFORMS = new Set([
  'Telegram',
  'X',
  'Twitter',
  'Facebook',
  'Instagram',
  'YouTube',
  'TikTok',
  'WhatsApp',
  'Truth Social',
  'Weibo',
  'WeChat',
  'VKontakte',
]);

function resolveReport(ctx: Context, at: number, notOutlets = false): Speaker | null {
  const orgs = speakersIn(ctx, at - 1500, at).filter(
    (m) => m.type === 'organization' && !(notOutlets && knownOutlet(m.name)) && !PLATFORMS.has(m.name),
  );
  const org = orgs[orgs.length - 1];
  return org && at - org.end < 1500 ? { name: org.name, via: null } : null;
}
