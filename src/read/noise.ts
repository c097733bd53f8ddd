// Body lines that are not the article: related headlines, "Read more", adverts, byline lists, photo
// captions, and a sub-heading that only repeats the title. Each is dropped with a reason; op-ed section
// headings, credit lines ("Reporting by …") and the author's bio stay in the text.
import type { Dropped, DropReason } from '../types.js';
import {
  bulletText,
  endsLikeSentence,
  isClosingStamp,
  isTitleCase,
  isUrlLine,
  parseByline,
  parseDateLine,
  parseTimeLine,
  wordCount,
} from './lines.js';

export interface BodyParagraph {
  text: string;
  /** 0-based index of the paragraph's first line in the file. */
  line: number;
}

export interface Body {
  paragraphs: BodyParagraph[];
  /** Names from a dropped run of "By Name" lines: the article's authors when no byline was given. */
  bylineNames: string[];
}

interface Unit extends BodyParagraph {
  /** The line as written, bullet glyph included: what `dropped` records. */
  raw: string;
  bullet: boolean;
  /** Opens with a tab: a paragraph as exports mark one, never a heading or a headline. */
  indented?: boolean;
  dropped?: DropReason;
}

/** Groups body lines into paragraphs and removes noise, recording each removal in `dropped`. */
export function classifyBodyLines(
  lines: string[],
  from: number,
  to: number,
  title: string,
  file: string,
  dropped: Dropped[],
): Body {
  const units = groupUnits(lines, from, to);
  let firstKept = true;
  // Under "More on this story" or "Related topics" a page lists other stories' headlines, one a line.
  let inRelatedList = false;
  for (let k = 0; k < units.length; k++) {
    const unit = units[k]!;
    inRelatedList = inRelatedList && isListedHeadline(unit.text);
    if (inRelatedList || RELATED_LIST_HEADING.test(unit.text)) {
      unit.dropped = 'related-headline';
      inRelatedList = true;
      continue;
    }
    unit.dropped = noiseReason(units, k, firstKept, title);
    if (unit.dropped === 'read-more' && !isBrowserLink(unit.text)) markHeadlineBefore(units, k);
    if (!unit.dropped) firstKept = false;
  }
  dropClosingSectionLabel(units);
  const paragraphs: BodyParagraph[] = [];
  const bylineNames: string[] = [];
  for (const unit of units) {
    if (unit.dropped) dropped.push({ file, line: unit.line + 1, text: unit.raw, reason: unit.dropped });
    else paragraphs.push({ text: unit.text, line: unit.line });
    if (unit.dropped === 'byline-list') bylineNames.push(...(parseByline(unit.text) ?? []));
  }
  return { paragraphs, bylineNames };
}

/**
 * "World News", "Asia Pacific", "Latest News": a page's section label left under the article's last
 * paragraph (it heads the next page copied). A heading with no paragraph under it heads nothing of
 * this article. Only sections' own words: a sign-off ("With Reuters"), an issuer ("Bartın
 * Governorship") or a signer's title ("Acting President") closing the text stays.
 */
function dropClosingSectionLabel(units: Unit[]): void {
  let last = units.length - 1;
  while (last >= 0 && units[last]!.dropped) last--;
  const unit = units[last];
  if (!unit || last === 0 || unit.bullet || unit.text.length > 40) return;
  if (SECTION_LABEL.test(unit.text)) unit.dropped = 'site-metadata';
}

/** One to three words sites name their sections with, and nothing else. */
const SECTION_WORDS =
  '(?:World|News|Latest|Top|Stories|Asia|Pacific|Europe|Africa|Americas|Middle|East|South|North|National|Nation|International|Local|Metro|Regional|Region|Politics|Business|Economy|Markets|Finance|Opinion|Sports?|Tech|Technology|Science|Health|Environment|Climate|Culture|Lifestyle|Breaking)';
const SECTION_LABEL = new RegExp(`^${SECTION_WORDS}(?:\\s(?:&\\s)?${SECTION_WORDS}){0,2}$`, 'i');

/**
 * One unit per paragraph (blank-line separated). Hard-wrapped prose lines are joined with spaces;
 * bullet lines stay units of their own because each is a separate headline.
 */
function groupUnits(lines: string[], from: number, to: number): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  for (let i = from; i < to; i++) {
    const raw = lines[i]!;
    const text = raw.trim();
    if (!text) {
      current = null;
      continue;
    }
    const bullet = bulletText(raw);
    if (bullet !== null) {
      units.push({ text: bullet, raw: text, line: i, bullet: true });
      current = null;
    } else if (current && !opensWithTab(raw) && isWrappedContinuation(current.text, text)) {
      current.text = joinWrapped(current.text, text);
      current.raw = current.text;
    } else {
      current = { text, raw: text, line: i, bullet: false, indented: opensWithTab(raw) };
      units.push(current);
    }
  }
  return units;
}

/**
 * A line indented with a tab opens a paragraph: exports and word processors mark paragraphs so, with
 * no blank line between them, and a paragraph that ends without a full stop is not continued below.
 */
function opensWithTab(raw: string): boolean {
  return raw.charCodeAt(0) === 9;
}

/** Hard-wrapped prose: a long line cut mid-sentence, continued on the next line. */
function isWrappedContinuation(previous: string, next: string): boolean {
  return (
    previous.length >= 60 &&
    !endsLikeSentence(previous) &&
    !isMarkerLine(next) &&
    !PAGE_CAPTION_LINE.test(previous) &&
    !PAGE_CAPTION_LINE.test(next)
  );
}

/**
 * "Image caption, …", "Image source, …", "Media caption, …": a web page's labels, each a line of its
 * own as select-all copies them (a PDF's wrapped "Photo: … at" / "Chooralmala. (PTI)" is joined).
 */
const PAGE_CAPTION_LINE = /^(?:image|media|video) (?:caption|source),/i;

/**
 * Joins a wrapped line to the one before; a word a PDF hyphenated at the line's end ("neigh-" /
 * "bourhood") is made whole again. A hyphen before a capital or a figure ("Franco-" / "German",
 * "mid-" / "2024") is kept, without the space.
 */
function joinWrapped(previous: string, next: string): string {
  if (previous.charCodeAt(previous.length - 1) !== 45 || !/\p{L}-$/u.test(previous))
    return `${previous} ${next}`;
  return /^\p{Ll}/u.test(next) ? previous.slice(0, -1) + next : previous + next;
}

function isMarkerLine(text: string): boolean {
  return READ_MORE.test(text) || ADVERTISEMENT.test(text) || isBrowserLink(text);
}

/** Short and opening with "r", "v" or "o" before the pattern is asked (it is asked of every paragraph). */
function isBrowserLink(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  return text.length <= 40 && (first === 114 || first === 118 || first === 111) && BROWSER_LINK.test(text);
}

const READ_MORE = /^(read more\b[\s:.…»>]*|(read|see) also[:.]?)$/i;
/** "Read in browser »", "View in browser": an e-mail digest's link to the item, with no headline above it. */
const BROWSER_LINK =
  /^(?:read|view|open)(?: it| this| the (?:full )?(?:story|article|item))? (?:in|on) (?:your |the )?(?:browser|web)[\s.…»>›→]*$/i;
/**
 * "More on this story", "Related topics", "Related internet links", "Top stories", "Reading:": the
 * heading of a page's list of other stories, copied with the article's text ("Reading" only with its
 * colon: alone, it may be the English town).
 */
const RELATED_LIST_HEADING =
  /^(?:more on this story|more (?:stories )?(?:on|about) this|reading:|(?:further|more|related|recommended|suggested) reading:?|related (?:stories|articles|topics|content|coverage|internet links|links)|more from [\p{L} .'’-]{2,30}|top stories|most (?:read|viewed|popular)|you may also like|read next|recommended(?: stories| for you)?|(?:suggested )?topics:?|explore more on (?:these|this) topics?)$/iu;

/** A line in such a list: a headline (no full stop at its end, or a question) or a link's name. */
function isListedHeadline(text: string): boolean {
  return wordCount(text, 21) <= 20 && (!endsLikeSentence(text) || isQuestionHeadline(text));
}

/** "Related: Zelensky visits flood zone", "Read also: …": a link to another article, labelled. */
const RELATED_LINK =
  /^(?:related(?: stories| articles| coverage| news)?|read (?:also|more|next)|see also|also read|more on this(?: story)?|recommended|watch)\s*:\s*\S/i;
/**
 * "Sign up here.", "Get the day ahead in world news with our briefing newsletter. Sign up here.": a
 * short paragraph that ends by asking the reader to sign up is a newsletter promo.
 */
const SIGN_UP_PROMO = /(?:^|[.!?]\s)(?:sign up|subscribe|register)(?: now)?(?: here| today)?[.!]?$/i;

const ADVERTISEMENT =
  /^(advertisement(\s*[·•|–—-]\s*scroll to continue)?|(?:story|article) continues (?:below|after)(?: (?:this )?advertisement)?|continue reading(?: the main story| below)?|sponsored( content)?|ad|share this( article| story)?:?|(sign up|subscribe)( now)?( to| for) (our|the) ([\w ]{1,40} )?newsletters?\.?|follow (us|[A-Z][\w.-]*( [A-Z][\w.-]*){0,2}) on [\w ,]{1,40}\.?|after newsletter promotion|[^.!?]{0,120}\b(?:delivered|sent|straight) (?:to|into) your inbox[.!]?|save articles to read later(?: and create your own reading list)?\.?|privacy notice: newsletters? may contain\b.{0,300})$/i;

/**
 * ADVERTISEMENT, asked only of the lines that could match it: every alternative but one opens with a
 * word of its own (advertisement, ad, article, after, continue, follow, privacy, save, share, sign,
 * sponsored, story, subscribe), so the line's first letter is a, c, f, p or s; the other ("… delivered
 * to your inbox") holds "inbox". Without the `u` flag, `i` folds no other character to those ASCII
 * letters. Most lines are neither, and the pattern, whose "inbox" alternative tries up to 120
 * characters before giving up, was a twentieth of the digest reader's time.
 */
function mayBeAdvertisement(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  const opensWord = first === 97 || first === 99 || first === 102 || first === 112 || first === 115;
  return (opensWord || INBOX.test(text)) && ADVERTISEMENT.test(text);
}

const INBOX = /inbox/i;

/**
 * "Support Ukrainska Pravda on Patreon!", "Support independent journalism.", "Become a member of The
 * Kyiv Independent today.": the site asking for money, pasted with the story's last lines.
 */
const DONATION_APPEAL =
  /^(?:(?:[Ss]upport|[Dd]onate to)\s(?:us|our|independent|\p{Lu})[^.!?]{0,60}?\s(?:on Patreon|journalism)|[Bb]ecome an? (?:member|patron|supporter) of\s[^.!?]{2,60}?)[.!]?$/u;

/**
 * A press release's closing marks: "ENDS", "-ends-", "###", and the press office's contact line ("For
 * more information, contact …", "Media contact: …", "Notes to editors").
 */
function isReleaseTrailer(text: string): boolean {
  return text.length <= 160 && RELEASE_TRAILER.test(text);
}

const RELEASE_TRAILER =
  /^(?:[-–—*\s]*ends?[-–—*\s.]*|#{3}|for (?:more|further) information,?\s+(?:please\s+)?(?:contact|e-?mail|write to)\b.*|(?:media (?:contacts?|enquiries|inquiries)|press contacts?|notes to editors?)\b.*)$/i;

/**
 * "Press release, 14 June 2023, 18:00.", "Communiqué – 3 May 2024": a release's label and its date on a
 * line of their own, above the text.
 */
function isReleaseStamp(text: string): boolean {
  if (text.length > 70) return false;
  const m = RELEASE_STAMP.exec(text);
  const date = m?.[1] ?? m?.[2];
  return date !== undefined && (parseDateLine(date) !== null || parseTimeLine(date) !== null);
}

const RELEASE_STAMP =
  /^(?:press|news|media)\s+(?:release|statement|note)\s*[,:–—-]\s*(.{6,48}?)\.?$|^communiqu[ée]\s*[,:–—-]\s*(.{6,48}?)\.?$/i;

/** Short, and opening with the letter of "last", "updated", "published", … before the pattern is asked. */
function isTimeStamp(text: string): boolean {
  const first = text.charCodeAt(0) | 32;
  // l(ast) u(pdated) p(ublished, posted) m(odified) e(dited)
  return (
    text.length <= 70 &&
    (first === 108 || first === 117 || first === 112 || first === 109 || first === 101) &&
    TIME_STAMP.test(text)
  );
}

/** "Last updated: 12 August 2025, 15:40", "Published on 9 Aug 2025": the page's own time stamp. */
const TIME_STAMP =
  /^(?:last\s+)?(?:updated|published|posted|modified|edited)(?:\s+(?:on|at))?\s*:?\s*(?=[^\n]*\d)[\p{L}\d ,.:/+()-]{4,50}$/iu;

/**
 * One of a page's buttons or labels on a line of its own, as select-all copies them: "Share", "Copy
 * link", "Link copied", "Email", "X", "Reuse this content", "Purchase Licensing Rights", "Listen to
 * this article · 4 min", "3 min read", "Copy/paste the article video embed link below:", "Skip next section Explore
 * more". No paragraph of prose is one of these.
 */
// ("More by this Author", "Bookmark", "Follow": the Nation group's and CNA's buttons under a byline.)
const PAGE_BUTTON =
  /^(?:share:?|tweet|save|bookmark|follow|more by this author|more from this author|copy|copy link|link copied|e-?mail|facebook|twitter|x|whatsapp|telegram|linkedin|reddit|pinterest|flipboard|print|comments?|reuse this content|purchase licensing rights|listen to this article(?:\s*[·•|-]\s*\d+ min)?|\d{1,2}\s*min(?:ute)?s?\.?\s+read|copy\/paste the (?:article )?(?:video )?embed (?:link|code)(?: below)?:?|skip (?:next|previous) section\b.{0,30})$/i;

/** "Facebook Twitter WhatsApp", "Share: Facebook | X | Email": a page's share buttons, pasted as text. */
const SHARE_BUTTONS =
  /^(?:share(?: this(?: article| story)?)?\s*:?\s*)?(?:(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|reddit|messenger|print|copy link)(?:\s*[|·•,/]\s*|\s+|$)){2,}$/i;

/**
 * "Our Standards: The Trust Principles.", "Editorial standards: …": a site's link to its own editorial
 * policy, pasted with the story's last lines; it says nothing about the story.
 */
const STANDARDS_LINK =
  /^(?:our (?:editorial )?(?:standards|principles|policies|guidelines)|editorial (?:standards|policy|guidelines))\s*:\s*\S.{0,80}$/i;

/** "© 2025 Thomson Reuters", "Copyright 2025 The Associated Press. All rights reserved.": a page's footer. */
const COPYRIGHT_LINE =
  /^(?:(?:©|\(c\))\s*(?:\d{4}\b)?|copyright\s*(?:©\s*)?\d{4}\b)[^.!?]{0,80}(?:\.\s*all rights reserved)?\.?$/i;

function noiseReason(units: Unit[], k: number, firstKept: boolean, title: string): DropReason | undefined {
  const unit = units[k]!;
  const text = unit.text;
  if (READ_MORE.test(text) || isBrowserLink(text)) return 'read-more';
  if (
    STANDARDS_LINK.test(text) ||
    COPYRIGHT_LINE.test(text) ||
    isTimeStamp(text) ||
    isClosingStamp(text) ||
    isReleaseStamp(text) ||
    isReleaseTrailer(text) ||
    SHARE_BUTTONS.test(text) ||
    (text.length <= 60 && PAGE_BUTTON.test(text)) ||
    (text.charCodeAt(0) === 40 && AGENCY_NOTE.test(text))
  )
    return 'site-metadata';
  if (RELATED_LINK.test(text)) return 'related-headline';
  if (
    mayBeAdvertisement(text) ||
    DONATION_APPEAL.test(text) ||
    (SIGN_UP_PROMO.test(text) && wordCount(text, 31) <= 30)
  )
    return 'advertisement';
  if (isUrlLine(text)) return 'url';
  if (isPhotoCaption(text)) return 'photo-caption';
  if (parseByline(text) && (isByline(units[k - 1]) || isByline(units[k + 1]))) return 'byline-list';
  if (unit.bullet) return isListItem(units, k) ? undefined : 'related-headline';
  if (unit.indented || endsLikeSentence(text) || isCreditLine(text) || DESK_TAGS.test(text)) return undefined;
  // A short unpunctuated line opening the body, or one that repeats the title, is a display
  // sub-heading; a longer one is the standfirst and stays.
  if (firstKept) return wordCount(text, 11) <= 10 || repeatsTitle(text, title) ? 'subheading' : undefined;
  if (KICKER_HEADLINE.test(text) && wordCount(text, 5) >= 5) return 'related-headline';
  if (isSubheading(text)) return undefined;
  return wordCount(text, 5) >= 5 ? 'related-headline' : undefined;
}

/**
 * "… the official said. PTI KA NSK RT": an Indian agency's copy ends with its name and the desk's
 * initials after the last sentence. The paragraph is prose all the same.
 */
const DESK_TAGS = /[.!?]["”’]?\s+[A-Z]{2,5}(?:\s+[A-Z]{2,5}){1,5}$/;

/**
 * "Turkey: University annuls mayor's diploma": a headline with its kicker (a place, a name, a body)
 * standing alone between paragraphs is a link to another story, not a section heading. (Not a
 * credit in capitals: "SOURCE: Al Jazeera and news agencies" closes the article.)
 */
const KICKER_HEADLINE =
  /^(?!(?:Source|Sources|Credit|Note|Editor['’]s note)\b)\p{Lu}\p{Ll}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}: \p{Lu}[^.!?:]*[^.!?"”:\s]$/u;

/**
 * A bullet that belongs to the article's own list: it opens in lower case or ends with a comma or a
 * semicolon ("• paying rent to host families,"), or it follows, with only bullets between, a kept
 * sentence that ends with a colon ("The ministry listed three priorities:"). Related headlines are
 * capitalised, unpunctuated and announced by no sentence.
 */
function isListItem(units: Unit[], k: number): boolean {
  const text = units[k]!.text;
  if (/^\p{Ll}/u.test(text) || /[,;]$/.test(text)) return true;
  let before = k - 1;
  while (before >= 0 && units[before]!.bullet) before--;
  const lead = units[before];
  return !!lead && !lead.dropped && lead.text.endsWith(':') && wordCount(lead.text, 6) >= 6;
}

function isByline(unit: Unit | undefined): boolean {
  return !!unit && parseByline(unit.text) !== null;
}

/** The headline line just before "Read more" is the related article's title. */
function markHeadlineBefore(units: Unit[], k: number): void {
  const before = units[k - 1];
  if (
    before &&
    !before.dropped &&
    (!endsLikeSentence(before.text.replace(/[”’"']$/, '')) || isQuestionHeadline(before.text)) &&
    wordCount(before.text) <= 30
  ) {
    before.dropped = 'related-headline';
  }
}

/**
 * "Armenia's refugees: what happens next?" above "Read more": a promoted headline may be a question,
 * short and one sentence long.
 */
function isQuestionHeadline(text: string): boolean {
  return text.endsWith('?') && wordCount(text, 16) <= 15 && !/[.!?]\s/.test(text.slice(0, -1));
}

/** "Refugees at the border | Karen Minasyan/AFP via Getty Images", "(Photo: Reuters)". */
/**
 * "Listen to this article", "Share", "Advertisement": a page's own buttons and labels on a line of their
 * own, never an article's words nor a header's.
 */
export function isPageChrome(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.charCodeAt(0) === 40 && AGENCY_NOTE.test(trimmed)) return true;
  if (trimmed.length === 0 || trimmed.length > 60) return false;
  return PAGE_BUTTON.test(trimmed) || SHARE_BUTTONS.test(trimmed) || ADVERTISEMENT_LABEL.test(trimmed);
}

const ADVERTISEMENT_LABEL = /^advertisement$/i;

/**
 * "(ATTN: UPDATES toll in 1st para)", "(END)", "(MORE)": a wire's note to editors over its copy and its
 * end and continuation marks, on lines of their own: neither a headline nor the article's words.
 */
const AGENCY_NOTE = /^\((?:END|MORE|ATTN:[^()]{1,200})\)$/;

export function isPhotoCaption(text: string): boolean {
  // Most paragraphs have no bar at all: a search for the character alone says so quickly.
  const bar = text.length < 400 && text.includes('|') ? text.lastIndexOf(' | ') : -1;
  if (bar > 0) {
    const credit = text.slice(bar + 3);
    if (
      wordCount(credit) <= 8 &&
      /(getty|\/|photo|images|via |afp|reuters|\bap\b|epa|shutterstock)/i.test(credit)
    ) {
      return true;
    }
  }
  // "Leaders meet in Granada. Photograph: Jon Nazca/Reuters": a caption closed by the credit as the
  // Guardian writes it, a photographer and an agency after a slash (no sentence ends so).
  if (text.length < 400 && PHOTOGRAPH_CREDIT_END.test(text) && wordCount(text, 41) <= 40) return true;
  // "Fallen trees block a road near Brest. (AFP Photo)": a caption closed by its photo credit.
  if (text.charCodeAt(text.length - 1) === 41 && endsWithPhotoCredit(text) && wordCount(text, 41) <= 40)
    return true;
  // Asked of every paragraph: only one opening with "(", "p", "i", "m", "v" or "f" can be a "Photo: …"
  // credit, a "Media caption," label, a "Main image credit: …" line or a Polish or Czech "Fot. …".
  const first = text.charCodeAt(0) | 32;
  if (first !== 40 && first !== 112 && first !== 105 && first !== 109 && first !== 118 && first !== 102)
    return false;
  return CAPTION_LABEL.test(text) && wordCount(text) <= 40;
}

/**
 * A caption's or a credit's label opening the line: "Photo: …", "Image caption, …", "Media caption,",
 * "Image source, …", "Main image credit: …" (Notes from Poland closes every article so), "Fot. PAP/…",
 * "Foto: ČTK/…".
 */
const CAPTION_LABEL =
  /^(?:\(?(?:photo|image|picture|photograph|media|video)(?:(?: credit| caption)?(?::| by )| caption,| source,)|main (?:image|photo) credits?:|fot\.\s|foto:\s)/i;

/** "… Photograph: Jon Nazca/Reuters", "… Photo: Anna Green/AFP via Getty Images": a closing credit. */
const PHOTOGRAPH_CREDIT_END =
  /[.!?]\s+(?:photograph|photo|picture)\s*:\s*[\p{L}.'’ -]{2,40}\/[\p{L}.'’ -]{2,40}$/iu;

/** "(AP Photo)", "(AP Photo/Jae C. Hong)", "(Photo: Reuters)", "(Reuters photo)": a photo's credit. */
const PHOTO_CREDIT = /^\((?:[\p{L}.&' ]{1,30}\s)?photo(?:graph)?(?:\s*[/:]\s*[^()]{1,60})?\)$/iu;

/** Only the last bracket is looked at, and only when it says "photo" (many paragraphs end in one). */
function endsWithPhotoCredit(text: string): boolean {
  const open = text.lastIndexOf('(', text.length - 2);
  if (open < 0 || text.length - open > 100) return false;
  const hoto = text.indexOf('hoto', open);
  return hoto > open && PHOTO_CREDIT.test(text.slice(open));
}

/** "Reporting by …; Editing by …": wire credit lines stay in the text. */
export function isCreditLine(text: string): boolean {
  return /^(additional )?(reporting|writing|editing|compiled|edited|written|translated|issued)\b[^.]*\bby\b/i.test(
    text,
  );
}

/**
 * A section heading inside the article: a short line without sentence punctuation ("What the West can
 * offer"), or a Title Case one of up to ten words. Related headlines pasted into bodies are longer.
 */
export function isSubheading(text: string): boolean {
  const words = wordCount(text, 11);
  if (words < 1 || endsLikeSentence(text)) return false;
  return words <= 7 || (words <= 10 && isTitleCase(text));
}

/** A first body line that only repeats the title's words is a display sub-heading. */
function repeatsTitle(text: string, title: string): boolean {
  const titleWords = new Set(contentWords(title));
  const words = contentWords(text);
  if (words.length === 0 || words.length > 20) return false;
  return words.filter((w) => titleWords.has(w)).length / words.length >= 0.7;
}

function contentWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\d]+/u)
    .filter((w) => w.length > 2);
}

/**
 * "George Meneshian is a Greek-Armenian … expert", "— Reza Tabrizi is an economist …", "The author is a
 * political scientist …": a closing author bio, maybe set off by a dash or an asterisk.
 */
export function isAuthorBio(text: string): boolean {
  const bio = text.replace(BIO_MARK, '');
  return NAMED_BIO.test(bio) || UNNAMED_BIO.test(bio);
}

const BIO_MARK = /^(?:[—–*]+|-{1,2})\s*/;
/** Capitals of any script: "Ivana Đorđević is a senior fellow …", "Łukasz …", "Ömer …". */
const NAMED_BIO =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s+(?:is|was|has been|serves as)\s+(?:a|an|the)\s/u;
const UNNAMED_BIO = /^the (?:author|writer|columnist)s? (?:is|are|was|were) (?:a|an|the)\s/i;
