// "the same day", "the next day", "earlier in the day", "later that night": a day counted from the day
// the story has just named ("Strikes hit on Friday. Biden said the same day …"). The anchor is the last
// day named before the phrase, passing over background dates that write their year out ("appointed in
// 2021") and the days of events the report follows ("after Monday's blast, … the previous day" counts
// from the report's day); with no day named, the report's own day (its published date) is the story's day, as
// the hand-made gold reads "a resolution adopted earlier in the day". "by the end of the day" says
// "today": the published date, as "tonight" does, whatever the story named before. So does a part of
// the day with no day of its own ("in the evening", "by noon", "By nightfall", "early in the
// afternoon"): the hand-made golds date it by the report's day, as the shared gold dates "tonight",
// even after an earlier day was named, unless "that" points back to it ("later that night").
// "the morning of 28 September" and "By noon on March 14" are left to the date they name, and "at 2:30
// in the morning" to its clock time, which is no date.

import type { DateMention } from '../../types.js';
import { guarded, matchesIn } from '../figures/scan.js';
import { WORD_VALUES } from '../numbers/words.js';
import { addDays, isoDay, parseIsoDay } from './calendar.js';

/**
 * "in the evening", "early in the afternoon", "in the middle of the morning", "by the evening", "by
 * the middle of the day", "since the morning", "throughout the day".
 */
const PART_OF_DAY =
  '(?<!\\d\\s)(?:(?:early|late|later|earlier) )?(?:in|during|by|since) the (?:(?:early|late) |middle of the )?(?:morning|afternoon|evening)(?!\\s+(?:of|on)\\b)|(?:in|during|by|around) the middle of the day|throughout the (?:day|morning|afternoon|evening)(?!\\s+(?:of|on)\\b)';
/**
 * "by noon", "at dawn", "By nightfall", "until dawn", "after midnight", "By morning", "By evening", "by
 * mid-morning", "until morning", "by late afternoon".
 */
const POINT_OF_DAY =
  '(?:by|at|around|before|after|until|till) (?:noon|midday|midnight|nightfall|dusk|dawn|daybreak|mid-morning|mid-afternoon)(?!\\s+(?:of|on)\\b)|(?:by|until|till) (?:(?:early|late) )?(?:morning|afternoon|evening)';

// Scanned only in a text that holds one of the guard's words, which every match holds.
export const STORY_DAY = guarded(
  new RegExp(
    `\\b(?:the same day|that day|the (?:next|following|previous) day|(?:earlier|later) (?:in the|that) (?:day|night)|(?:before|by) the end of the day|${PART_OF_DAY}|${POINT_OF_DAY})\\b`,
    'gi',
  ),
  /day|night|morning|noon|evening|dawn|dusk/i,
);

/** Days from the anchor, or null for a phrase that counts from the published day itself. */
function meaning(phrase: string): number | null {
  const p = phrase.toLowerCase();
  if (
    /end of|middle of the day|throughout|morning|afternoon|evening|noon|midday|midnight|nightfall|dusk|dawn|daybreak/.test(
      p,
    )
  )
    return null;
  if (/next|following/.test(p)) return 1;
  return /previous/.test(p) ? -1 : 0;
}

/**
 * `mentions` (the article's dates, in text order) with the story-day phrases of `text` added, each
 * resolved against the mentions before it or against `published`. A phrase takes the place of a
 * reading inside it (chrono reads "the next day" as the day after publication).
 */
export function withStoryDays(
  text: string,
  mentions: DateMention[],
  published: string | null,
  article: string,
): DateMention[] {
  const phrases = matchesIn(STORY_DAY, text, 0, text.length);
  if (phrases.length === 0) return mentions;
  // One merge pass over the mentions and the phrases, both in text order.
  const out: DateMention[] = [];
  let k = 0;
  for (const m of phrases) {
    const start = m.index;
    const end = start + m[0].length;
    while (k < mentions.length && mentions[k]!.end <= start) out.push(mentions[k++]!);
    // A reading that runs across the phrase's edge wins; one inside it gives way.
    if (
      k < mentions.length &&
      mentions[k]!.start < end &&
      (mentions[k]!.start < start || mentions[k]!.end > end)
    )
      continue;
    while (k < mentions.length && mentions[k]!.start >= start && mentions[k]!.end <= end) k++;
    const days = meaning(m[0]);
    // "Talks are set for next Tuesday. The army said the previous day …": a day counted back is not
    // counted from a day still to come.
    const latest = days !== null && days < 0 ? published : null;
    const base =
      days === null ? parseIsoDay(published) : (anchorBefore(out, text, latest) ?? parseIsoDay(published));
    if (base)
      out.push({ article, text: m[0], date: isoDay(addDays(base, days ?? 0)), precision: 'day', start, end });
  }
  while (k < mentions.length) out.push(mentions[k++]!);
  return out;
}

/**
 * The date of the last mention so far that names the story's day: not a background date that writes
 * its year out, nor the day of an event the report follows ("after Monday's blast"), nor (`latest`
 * given) a day after it; a month or a year named last leaves the phrase no day to count from.
 */
function anchorBefore(before: DateMention[], text: string, latest: string | null = null): Date | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const mention = before[i]!;
    if (WRITTEN_YEAR.test(mention.text) || isPastEventDay(text, mention)) continue;
    if (latest !== null && mention.date > latest) continue;
    return mention.precision === 'day' ? parseIsoDay(mention.date) : null;
  }
  return null;
}

/**
 * "after Monday's blast", "since Friday's vote": the day of an event the report follows, not the
 * story's own day ("Monday's quake hit before dawn … a second quake later in the day" is Monday).
 */
function isPastEventDay(text: string, mention: DateMention): boolean {
  return (
    /^['’]s\b/.test(text.slice(mention.end, mention.end + 3)) &&
    /\b(?:after|since|following)\s+$/i.test(text.slice(Math.max(0, mention.start - 12), mention.start))
  );
}

const WRITTEN_YEAR = /(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/;

/**
 * "The escape came a day after the minister announced …", "The move comes two days after …": the
 * subject is the event the report has just told, so the span counts back from that event's day. With
 * "came" that is the last day the story named before the sentence ("By Wednesday afternoon, 150 had
 * been caught. The escape came a day after …" names Tuesday), else the report's day; with "comes" the
 * report's own day. A span the sentence itself anchors ("said on Friday, a day after …") is read by
 * the sentence's own dates (anchored.ts) and left alone here.
 */
const CAME_SPAN = guarded(
  /\b(came|comes|come)\s+((?:a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+(?:after|before))\b/gi,
  /\bcome|\bcame/i,
);

export function withEventSpans(
  text: string,
  mentions: DateMention[],
  published: string | null,
  article: string,
): DateMention[] {
  const spans = matchesIn(CAME_SPAN, text, 0, text.length);
  if (spans.length === 0) return mentions;
  const out = [...mentions];
  for (const m of spans) {
    const phrase = m[2]!;
    const start = m.index + m[0].length - phrase.length;
    const end = start + phrase.length;
    if (mentions.some((d) => d.start < end && start < d.end)) continue;
    const before = mentions.filter((d) => d.end <= m.index);
    const base =
      m[1]!.toLowerCase() === 'came'
        ? (anchorBefore(before, text) ?? parseIsoDay(published))
        : parseIsoDay(published);
    const days = spanDays(phrase);
    if (!base || days === null) continue;
    out.push({ article, text: phrase, date: isoDay(addDays(base, days)), precision: 'day', start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "a day after" → -1, "two days before" → +2: where the other end of the span lies. */
function spanDays(phrase: string): number | null {
  const [count, , relation] = phrase.toLowerCase().split(/\s+/);
  const n = /^\d/.test(count!) ? Number(count) : count === 'a' ? 1 : (WORD_VALUES[count!] ?? null);
  if (!n) return null;
  return relation === 'after' ? -n : n;
}
