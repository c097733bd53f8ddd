// Two things a title says about how its report relates to the day's other reports, read from the
// title alone: whether the report is a piece from the scene (the people living the event, in their
// own words), and which numbers it puts up front.

/**
 * Collectives of people living an event, as the subject a scene piece opens with ("Mandalay
 * residents dig…", "Goma families wait…"). Plural groups only: a single man, woman or child is as
 * often the subject of a report of an event of its own ("Man charged with arson…").
 */
const SCENE_GROUPS = new Set([
  'residents',
  'families',
  'survivors',
  'villagers',
  'crowds',
  'refugees',
  'relatives',
  'volunteers',
  'towns',
  'villages',
  'evacuees',
  'mourners',
  'locals',
  'neighbours',
  'neighbors',
  'passengers',
  'commuters',
]);
/** How far into the title the group may come ("Jubilant crowds pour…", "Lahaina survivors recount…"). */
const SUBJECT_WORDS = 3;
/** "Who were the men on the bridge?": the people an event struck, profiled. */
const PROFILE = /^who (?:were|are|was|is)\b/i;
const OPENING_QUOTE = /^['"‘“]/;
/** A title that is a quotation from end to end, with no closing mark (’ inside words aside) before its end. */
const WHOLE_QUOTE = /^[“"][^”"]+[”"]$/;
/** The end of a quotation that heads a title: a closing mark, then a colon or a dash. */
const QUOTE_HEAD_END = /['"’”]\s*[:—–-]/;

/**
 * Whether a title heads a piece from the scene: it opens with a quotation ("'It is cold and there is
 * no water': life in…"), with a group of the people concerned ("Valencia towns dig out…"), or asks
 * who they were ("Who were the men on the bridge?").
 * Such pieces report no new fact of their own; an analyst files them under the event they come
 * from, which their wording (all scene, little of the event's facts) seldom says.
 */
export function isScenePiece(title: string): boolean {
  const trimmed = title.trim();
  if (OPENING_QUOTE.test(trimmed) && QUOTE_HEAD_END.test(trimmed)) return true;
  // "“I carried my mother’s photo and nothing else”": a title that is one voice and nothing more.
  if (WHOLE_QUOTE.test(trimmed)) return true;
  // "In Altadena, 'three generations in this house'": a setting, then the voice of someone there.
  if (SETTING.test(trimmed) && OPENING_QUOTE.test(withoutSetting(trimmed))) return true;
  if (PROFILE.test(trimmed)) return true;
  if (isSketchOfPlace(trimmed)) return true;
  if (MOURNING.test(trimmed) || WAITING.test(trimmed) || HOW_ONE.test(trimmed) || WAKES.test(trimmed))
    return true;
  let words = 0;
  // "Thousands of Lewotobi evacuees short of water": the group after a rough number of them.
  for (const word of withoutSetting(trimmed).replace(ROUGH_NUMBER, '').split(/\s+/)) {
    if (words++ === SUBJECT_WORDS) break;
    if (SCENE_GROUPS.has(word.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  }
  return false;
}

/** "Kerman in black as nation mourns", "Town in mourning": a place grieving the event's dead. */
const MOURNING =
  /\b(?:nation|country|city|town|village|island|region|capital|community)\s+(?:mourns|grieves|weeps)\b|\bin mourning\b/i;
/** "… and parents wait for word": the people an event struck, waiting for news of their own. */
const WAITING = /\bwaits?\s+for\s+(?:word|news)\b/i;

/** "Hanoi wakes to a city of fallen trees": a place the morning after. */
const WAKES = /\bwakes?\s+(?:up\s+)?to\b/i;
const ROUGH_NUMBER = /^(?:thousands|hundreds|dozens|scores|many|some)\s+of\s+/i;

/** "How a Lisbon hospital got through the night": one place's or one person's story told. */
const HOW_ONE = /^how (?:a|an|one)\s/i;

/** A short opening phrase that sets the scene before the subject ("In the camps, refugees…"). */
const SETTING = /^(?:in|at|on|inside|across|along|near)\s[^,]{1,40},\s*/i;

function withoutSetting(title: string): string {
  return title.replace(SETTING, '');
}

/** Words after which a word ending in -s or -ed is a noun or a modifier, not the verb of a clause. */
const NOUN_PHRASE_LINKS = new Set(
  'a an the of for without with in on at to from by and or its their his her our this that these those'.split(
    ' ',
  ),
);
/** Verbs a headline uses without an -s or -ed ending. */
const BARE_VERBS = new Set(
  'is are was were be been has have had do does did hit cut put set say said told fled flee kill run ran begin began go went'.split(
    ' ',
  ),
);

/**
 * "At the harbour, a long wait for news of the crew", "In Hillsborough, a town without roofs": a
 * setting, then a noun phrase with no verb. Such titles sketch a place and its people; a report of an
 * event has a verb ("In Kherson, a strike kills five"). Titles with a figure are left to the reports.
 */
function isSketchOfPlace(title: string): boolean {
  const setting = SETTING.exec(title);
  if (!setting || /\d/.test(title)) return false;
  const words = title.slice(setting[0].length).toLowerCase().split(/\s+/);
  if (!/^(?:a|an|the)$/.test(words[0] ?? '')) return false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!.replace(/[^a-z]/g, '');
    if (BARE_VERBS.has(word)) return false;
    const inflected = (word.endsWith('s') && !word.endsWith('ss')) || word.endsWith('ed');
    if (inflected && !NOUN_PHRASE_LINKS.has(words[i - 1]!.replace(/[^a-z]/g, ''))) return false;
  }
  return true;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;

/** The numbers a title states ("Herat officials say at least 1,000 dead" → 1000). */
export function titleNumbers(title: string): number[] {
  const numbers: number[] = [];
  for (const match of title.matchAll(NUMBER)) {
    const value = Number(match[0].replaceAll(',', ''));
    if (Number.isFinite(value)) numbers.push(value);
  }
  return numbers;
}
