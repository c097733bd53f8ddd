// Whether a bare weekday points back or forward. News reports the past, so "on Tuesday" is the most
// recent Tuesday; a future verb between the last reporting verb and the date ("will meet on
// Thursday", "would attend talks on Thursday", "scheduled for Thursday") points forward.
// So do a modal of duty ("should not go out to sea until Sunday", "must leave by Friday"; see
// DUTY), a verb of intent before its infinitive ("hoped to reopen the road by Sunday", "pledged to pay
// by Friday") and an invitation to talks ("has invited the union to fresh talks on Friday"): what they
// speak of lies ahead of the telling.

const FUTURE =
  /\b(?:will|won['’]t|['’]ll|would|shall|prepar(?:es|ing) (?:to|for)|planning (?:to|for)|brac(?:es|ing) for|scheduled|planned|plans?|due|expected|expects?|expecting|set to|set for|slated|going to|likely to(?! have)|upcoming|forecasts?|to be held|is to|are to|to attend|to meet|to visit|to host|to elect|to vote on|to sign|a session to|if (?:[\w'’-]+ ){1,4}?\w+s|faces|facing|ahead of|could|might|as early as|as soon as|setting up|sets up|possible|ha(?:s|ve) until|takes? (?:over|office|effect)|comes? into (?:force|effect)|call(?:ed|s|ing)? for (?:a |an |another |new |the )?(?:[\w-]+ )?(?:rally|rallies|march|marches|protests?|strikes?|demonstrations?|vote|meeting|talks|referendum|elections?))\b/gi;
/**
 * A verb of intent before its infinitive, an invitation to talks (see the header). Kept out of FUTURE,
 * which every date's words are scanned with: it is tried only where " to " stands before the date.
 */
const INTENT =
  /\b(?:(?:hop|aim|intend|promis|pledg)(?:e|es|ed|s|ing)? to|(?:invit|summon)(?:es|ed|s|ing)?\s+(?:[\w'’-]+\s+){1,5}?to\s+(?:(?:an?|the|fresh|new|further|more)\s+)*(?:talks|meetings?|summit|session|hearings?|consultations?|dialogue))\b/gi;

/** "were told to reopen on Tuesday", "ordered schools to stay closed on Monday": what is to be done. */
const DIRECTIVE = /\b(?:told|ordered|asked|urged|instructed|advised)\s+(?:[\w'’-]+\s+){0,6}?to\s+[a-z]+\b/gi;
/**
 * A modal of duty. Not before a day's event ("should press for an independent count of Saturday's
 * ballots"): what ought to be done there is done about a day gone by.
 */
const DUTY = /\b(?:should|must)(?!\s+(?:not\s+)?have)\b/g;

/** The modal in lower case only: "Theresa May spoke on Monday" is no future. */
const MAY = /\bmay\b/g;
const PAST =
  /\b(?:said|told|announced|reported|stated|declared|added|wrote|met|held|was|were|had|did|gave|took|made|came|went|began|fought|fled|left|sent|led|brought|struck|fell|rose|saw|broke|spoke|won|lost|shot|hit|stood|ran|drove|flew|got|kept|found|thought|felt|\w+ed)\b/gi;

/** What may stand between a past verb and its date: "on", "last", "during", "after", "since". */
const PAST_THEN_DATE = /^\s*(?:on|last|during|after|since|in)?\s*$/i;

const FOR_BEFORE = /\bfor\s+$/i;
const SINCE = /\bsince\b/gi;
/**
 * The date's own words (a month, a weekday, a day's number), then "is/are possible, likely, expected
 * …", "would be held", "will take place", or "as the date" of what is set for it.
 */
const EXPECTED_AFTER =
  /^[\p{L}\d.]+(?: [\p{L}\d.]+){0,3} (?:(?:is|are) (?:now |still )?(?:possible|likely|expected|planned|scheduled|due|set to)\b|(?:will|would) (?:be held|take place|go ahead)\b|as the (?:date|deadline)\b)/u;

/** A verb of putting off, then "to" or "until" right before the date (no sentence break between). */
const TO_BEFORE = /\b(?:to|until|till)\s+$/i;
const PUT_OFF_TO_BEFORE =
  /\b(?:delay|postpone|push(?:e[ds]|ing)?\s+back|put\s+off|defer|reschedul|extend|moved?\s+back)\w*\b[^.;]{0,80}?\b(?:to|until|till)\s+$/i;

/**
 * A warning, an alert or a forecast, then "until" right before the date: "warned of heavy rain in the
 * hills until Saturday", "an alert for the coast till Sunday", "rain was likely until Saturday". What
 * is warned of lies ahead, so the day that ends it does too, though the warning was told in the past.
 */
const WARNED_UNTIL =
  /\b(?:warn(?:s|ed|ing)?|alerts?|advisor(?:y|ies)|likely)\b[^.;]{0,120}?\b(?:until|till)\s+$/i;
/**
 * The same with "from": "warned of violent winds and high waves from Tuesday" tells when what is
 * warned of begins (not "warned of reprisals from Tuesday's protesters": a possessive day is an event's).
 */
const WARNED_FROM = /\b(?:warn(?:s|ed|ing)?|alerts?|advisor(?:y|ies))\b[^.;]{0,120}?\bfrom\s+$/i;

/**
 * A ban, a curfew or a closure, then "until" (or "up to and including") right before the date: "banned
 * all gatherings until Sunday evening", "a curfew until Monday", "schools stay shut till Friday", "had
 * cancelled all flights up to and including Tuesday". What is forbidden runs on to the day that ends
 * it, though the order was given in the past.
 */
const BANNED_UNTIL =
  /\b(?:bans?|banned|banning|curfews?|closures?|closed|shut|cancel(?:s|l?ed|l?ing)?|suspend(?:s|ed|ing)?|suspensions?|prohibit(?:s|ed|ing)?|forbid(?:s|den)?|restrict(?:s|ed|ing)?|restrictions?|lockdowns?|state of emergency)\b([^.;]{0,120}?)\b(?:until|till|up to(?: and including)?)\s+$/i;

/** What was forbidden until then, unless a verb in the past follows it ("the curfew lasted until"). */
function bannedUntil(before: string): boolean {
  const m = BANNED_UNTIL.exec(before);
  return m !== null && !new RegExp(PAST.source, 'i').test(m[1] ?? '');
}

/**
 * A timetable verb in the present, right before its date: "starts in April", "the lifts close in
 * April", "opens on Monday" (not "did not close in April", which is past).
 */
const TIMETABLE_VERBS = new Set(
  'start begin open reopen close end resume expire fall'.split(' ').flatMap((v) => [v, `${v}s`]),
);
const PLACE_BEFORE_DAY = /\s+in\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}(?=\s+(?:on\s+)?$)/u;
const LAST_WORDS = /(?:(\S+)\s+)?(\S+)\s+$/;

/**
 * The timetable verb right before the date, unless "did" or "not" makes it past or denied, or "to"
 * makes it the infinitive of the verb before.
 */
const TIME_OF_DAY_BEFORE =
  /\s(?:at|by|from)\s+(?:midnight|noon|midday|dawn|dusk|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:local time|GMT|UTC))?)\s+(?:on\s+)?$/i;

function timetableBefore(before: string): boolean {
  if (/\bruns?\s+until\s+$/i.test(before)) return true;
  // "the party's primary is on Sunday", "the talks are on Friday": an event's day told in the present.
  if (/\b(?:is|are)\s+(?:(?:on|for)\s+)?$/i.test(before)) return true;
  // "The ban expires at midnight on Sunday": a time of day between the verb and its day.
  // "which opens in Rabat on 21 December": the place where it happens between the verb and its day.
  const verbEnd = before.replace(TIME_OF_DAY_BEFORE, ' ').replace(PLACE_BEFORE_DAY, '');
  const m = LAST_WORDS.exec(verbEnd.slice(-40).replace(/\s(?:on|in)\s+$/i, ' '));
  if (!m?.[2] || !TIMETABLE_VERBS.has(m[2].toLowerCase())) return false;
  // "scheduled to close on Sunday": an infinitive is the verb before it's to tell (see FUTURE).
  return !/^(?:did|didn['’]t|not|to)$/i.test(m[1] ?? '');
}

/**
 * "had not expected the flooding", "talks that had been scheduled to end on Sunday": a plan or an
 * expectation told in the past perfect looks back. (Not "had been due to speak on Wednesday", said of a
 * trip cancelled before the day: "due" keeps pointing forward.)
 */
const PAST_PERFECT_PLAN =
  /\b(?:had|hadn['’]t)\s+(?:not\s+|never\s+)?(?:been\s+)?(?:expected|planned|scheduled|hoped|intended|aimed)\b/gi;

/** "had used", "had not sold", "had already spent": a verb in the past perfect (not "had to"). */
const PAST_PERFECT = /\bhad\s+(?:not\s+|never\s+|already\s+)?(?!to\b)[a-z]+\b/gi;

const QUOTED = /["“][^"“”]*["”]/g;

/** A participle that passes judgement on what it names: "calling", "condemning", "welcoming". */
const JUDGING_BEFORE =
  /\b(?:calling|branding|describing|condemning|denouncing|rejecting|critici[sz]ing|welcoming|praising|hailing|mourning|blaming|dismissing|questioning|challenging)\s+$/i;

/**
 * "was on a scheduled flight", "a regularly scheduled service": an adjective for a timetabled service,
 * not a plan for the date that follows.
 */
const TIMETABLED_SERVICE = /\ban?\s+(?:regular(?:ly)?\s+)?scheduled\b/gi;

/** "declared three days of mourning from Thursday": a decided period starts on the coming day. */
const PERIOD_START = /\b(?:from|starting|beginning|effective)\s+(?:on\s+)?$/i;
const DECISION = /\b(?:announced|declared|ordered|imposed|decreed|introduced)\b/i;

/**
 * The text with its quotations blanked, and all of it up to a closing quotation mark whose opening
 * lies before the text ('…deliver," Biden said on Thursday' when the quotation began a sentence
 * earlier): a future verb inside a quotation is the speaker's.
 */
function withoutQuotations(text: string): string {
  const blanked = text.replace(QUOTED, (q) => ' '.repeat(q.length));
  const close = Math.max(blanked.lastIndexOf('”'), blanked.lastIndexOf('"'));
  return close < 0 ? blanked : ' '.repeat(close + 1) + blanked.slice(close + 1);
}

/** True when the words before `at` in its sentence (from `sentenceStart`) speak of the future. */
export function pointsForward(text: string, sentenceStart: number, at: number): boolean {
  // A future verb inside a quotation is the speaker's, not the report's: '"…will deliver," Biden said on Thursday'.
  // The words that speak for the report are found in a wider stretch than the 120 characters read
  // after: a quotation or "had not expected" that starts before them must still be set aside.
  const before = withoutQuotations(
    text
      .slice(Math.max(sentenceStart, at - 400), at)
      .replace(PAST_PERFECT_PLAN, (q) => ' '.repeat(q.length))
      .replace(TIMETABLED_SERVICE, (q) => ' '.repeat(q.length)),
  ).slice(-180);
  // "cut off since Tuesday, the number would rise": what lasts since a day began before it.
  if (/\bsince\s+$/i.test(before)) return false;
  // "says an election in January is possible": the clause holds what comes after the date likely,
  // expected or planned.
  if (EXPECTED_AFTER.test(text.slice(at, at + 60))) return true;
  // "calling Monday's ruling a stitch-up", "condemning Friday's attack": a verdict on a day's event
  // speaks of what has happened, whatever plan or order the sentence told before.
  if (JUDGING_BEFORE.test(before) && /^\p{L}+['’]s\b/u.test(text.slice(at, at + 16))) return false;
  // "the season starts in April", "voting closes on Sunday": a timetable, told in the present.
  if (timetableBefore(before)) return true;
  // "delayed the opening of schools by two weeks to January 29": a new date set ahead.
  if (TO_BEFORE.test(before) && PUT_OFF_TO_BEFORE.test(before)) return true;
  // "warned of very heavy rain until Saturday": the end of what is warned of; "… from Tuesday", its start.
  if (WARNED_UNTIL.test(before)) return true;
  if (WARNED_FROM.test(before) && !/^\p{L}+['’]/u.test(text.slice(at, at + 24))) return true;
  // "banned all gatherings until Sunday evening": the end of what is forbidden.
  if (bannedUntil(before)) return true;
  // "checks, to be done before each flight from Sunday": a period that starts with what is to be done.
  if (PERIOD_START.test(before) && (DECISION.test(before) || /\bto be\s+[a-z]+/i.test(before))) return true;
  // "called a meeting for Tuesday", "set for 28 June": what something is fixed for lies ahead (not
  // "blamed militants for Tuesday's blast").
  if (FOR_BEFORE.test(before) && !/^\p{L}+['’]/u.test(text.slice(at, at + 24).replace(/^on\s+/i, '')))
    return true;
  const possessiveDay = /^\p{L}+['’]s?\b/u.test(text.slice(at, at + 24));
  const future = Math.max(
    lastIndex(FUTURE, before),
    lastIndex(MAY, before),
    directiveStillOpen(before),
    before.includes(' to ') ? lastIndex(INTENT, before) : -1,
    possessiveDay ? -1 : lastIndex(DUTY, before),
  );
  if (future < 0 || farBehindAClause(before, future)) return false;
  // "would take all necessary measures, and that it had used its reserves on Wednesday": a verb in the
  // past perfect after the future one tells what was done before.
  if (lastIndex(PAST_PERFECT, before) > future) return false;
  // "was due to sit for the first time since the landslide win in the Nov. 8 election": what came
  // before "since" is the past the future is counted from.
  if (lastIndex(SINCE, before) > future) return false;
  // "was expected to weaken as it moved over Rajasthan by Saturday": a deadline in a future frame is
  // the future's, whatever verb of a clause inside it stands nearer.
  if (/\b(?:by|until|till)\s+$/i.test(before)) return true;
  // "announced on Tuesday", "said on Tuesday he would…", "detained during Tuesday's assault": a past
  // verb right before the date wins.
  const past = lastIndex(PAST, before);
  // "will be held on Friday", "would be announced in Friday's budget": a participle after "be" is
  // the future's own verb.
  if (future >= past || /\bbe\s+$/i.test(before.slice(0, past))) return true;
  const gap = before.slice(past).replace(/^\S+/, '');
  // "must be handed over by November 15 under the agreement signed by Armenia and Russia on Monday
  // night": a settled text and who settled it tell when it was done.
  if (SETTLED_BY.test(before.slice(past))) return false;
  // "would block the route, after the two sides signed a declaration at the White House on Friday": a
  // clause told in the past after the future one, whose verb the date follows within its own words.
  if (
    /\b(?:after|when|once|as|because|since|where)\s+(?:\S+\s+){0,6}$/i.test(before.slice(0, past)) &&
    !/[,;:]|\bto\s+[a-z]+\b/i.test(gap)
  )
    return false;
  // "would investigate any officers who gave orders on Wednesday": a relative clause in the past,
  // its verb's object before the date, tells what happened.
  if (/\b(?:who|which)\s+$/i.test(before.slice(0, past)) && OBJECT_THEN_DATE.test(gap)) return false;
  return !PAST_THEN_DATE.test(gap);
}

/** The participle of a text settled, then its makers: "signed by", "brokered by", "approved by". */
const SETTLED_BY = /^(?:signed|brokered|agreed|reached|issued|passed|adopted|approved|announced)\s+by\s/i;

/** How far back a future verb governs the date whatever stands between them. */
const NEAR = 120;

/**
 * "was due to be named the party's candidate for the next election at a primary on Sunday": a future
 * verb farther back than NEAR still governs a date in its own clause, but not one after a comma ("will
 * stop the corridor, in the first response from Tehran to Friday's summit").
 */
function farBehindAClause(before: string, future: number): boolean {
  return future < before.length - NEAR && /[,;:]/.test(before.slice(future));
}

/** A short object of a verb, then the date's preposition: " orders on ", " the border last ". */
const OBJECT_THEN_DATE =
  /^\s*(?:(?!(?:to|will|would|be|could|should|can|may|might|shall)\b)[a-z]+\s+){1,3}?(?:on|last|during|in)?\s*$/i;

/**
 * Where the last directive starts ("told to reopen"), unless a verb in the past follows it: "asked to
 * come to India and had arrived in Delhi on Monday" tells what happened after the asking.
 */
function directiveStillOpen(before: string): number {
  let last: RegExpExecArray | null = null;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(before); m; m = DIRECTIVE.exec(before)) last = m;
  if (!last) return -1;
  const after = before.slice(last.index + last[0].length);
  return /\b(?:had|has|have|was|were)\s+\w+/i.test(after) ? -1 : last.index;
}

function lastIndex(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}
