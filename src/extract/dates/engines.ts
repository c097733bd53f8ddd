// chrono runs every one of its ~17 English parsers over each window, and each is a large regex: most
// of them cannot match a given window because the words they need are not there. Parsers are grouped
// into families by the words or shapes they need; a window is read by a chrono clone holding only the
// families whose trigger appears in it (clones are built once per family set). The triggers are
// deliberately wider than the parsers' own patterns, so the results are the same as the full engine's.

import type * as chrono from 'chrono-node';

interface Family {
  /** Matches somewhere in any text that one of the family's parsers can read. */
  trigger: RegExp;
  parsers: string[];
}

const FAMILIES: Family[] = [
  {
    trigger: /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{4}[-./\s]\d/i,
    parsers: [
      'ENYearMonthDayParser',
      'ENMonthNameLittleEndianParser',
      'ENMonthNameMiddleEndianParser',
      'ENYearMonthNameParser',
      'ENMonthNameParser',
    ],
  },
  {
    trigger: /\d\s?[-./]\s?\d/,
    parsers: ['ISOFormatParser', 'SlashDateFormatParser', 'ENSlashMonthFormatParser'],
  },
  { trigger: /mon|tue|wed|thu|fri|sat|sun|weekend|weekday/i, parsers: ['ENWeekdayParser'] },
  {
    // A time of day: "10:00", "10.30", "5pm", "5 o'clock", "17h", "at 5", "from 9", a part of the day, or
    // a number after a weekday, which chrono may read as an hour ("Monday 21").
    trigger:
      /(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+\d|\d\s*[:.h：]\s*\d|\d\s*(?:[ap]\.?\s?m\b|o\W?clock|h(?:rs?|ours)?\b)|\b(?:at|from|to|till|until|through|-)\s*\d|noon|midnight|midday|morning|evening|night/i,
    parsers: ['ENTimeExpressionParser'],
  },
  {
    // Unit words in full or short ("3 days", "2 wks", "5d", "a qtr"), for ago/later/within/last/next.
    trigger:
      /sec|min|h(?:ou)?r|day|w(?:ee)?k|mon|mo\b|mos\b|y(?:ea)?r|qtr|quarter|fortnight|decade|\d\s?[smhdwy]\b/i,
    parsers: [
      'ENTimeUnitWithinFormatParser',
      'ENTimeUnitAgoFormatParser',
      'ENTimeUnitLaterFormatParser',
      'ENRelativeDateFormatParser',
      'ENTimeUnitCasualRelativeFormatParser',
      'ENEndOfCurrentMonthParser',
    ],
  },
  {
    trigger: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|last\s*night/i,
    parsers: ['ENCasualDateParser'],
  },
];

const clones = new WeakMap<chrono.Chrono, Map<number, chrono.Chrono>>();

/** A chrono engine that reads `text` exactly as `base` would, with only the parsers that can match it. */
export function engineFor(base: chrono.Chrono, text: string): chrono.Chrono {
  let mask = 0;
  for (let i = 0; i < FAMILIES.length; i++) if (FAMILIES[i]!.trigger.test(text)) mask |= 1 << i;
  let engines = clones.get(base);
  if (!engines) {
    engines = new Map();
    clones.set(base, engines);
  }
  let engine = engines.get(mask);
  if (!engine) {
    const wanted = new Set<string>();
    FAMILIES.forEach((family, i) => {
      if (mask & (1 << i)) for (const name of family.parsers) wanted.add(name);
    });
    const known = new Set(FAMILIES.flatMap((f) => f.parsers));
    engine = base.clone();
    // Parsers no family knows (a future chrono version's) always stay: never lose a reading.
    engine.parsers = base.parsers.filter(
      (p) => wanted.has(p.constructor.name) || !known.has(p.constructor.name),
    );
    engines.set(mask, engine);
  }
  return engine;
}
