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
]);
/** How far into the title the group may come ("Jubilant crowds pour…", "Lahaina survivors recount…"). */
const SUBJECT_WORDS = 3;
/** "Who were the men on the bridge?": the people an event struck, profiled. */
const PROFILE = /^who (?:were|are|was|is)\b/i;
const OPENING_QUOTE = /^['"‘“]/;
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
  if (PROFILE.test(trimmed)) return true;
  let words = 0;
  for (const word of withoutSetting(trimmed).split(/\s+/)) {
    if (words++ === SUBJECT_WORDS) break;
    if (SCENE_GROUPS.has(word.toLowerCase().replace(/[^a-z]/g, ''))) return true;
  }
  return false;
}

/** A short opening phrase that sets the scene before the subject ("In the camps, refugees…"). */
const SETTING = /^(?:in|at|on|inside|across|along|near)\s[^,]{1,40},\s*/i;

function withoutSetting(title: string): string {
  return title.replace(SETTING, '');
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
