import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.js';
import { WordScanner } from '../dedup/tokens.js';
import { outletCredits, wireCredits } from './lineage.js';

/** The credits found with the text's words (patterns tried where a name can start) and without. */
function bothWays(text: string, outlet: string | null = null): { words: string[]; text: string[] } {
  return { words: wireCredits(text, outlet, new WordScanner().scan(text)), text: wireCredits(text, outlet) };
}

describe('wire credits read with the words of the text', () => {
  const cases = [
    'KYIV (Reuters) – Officials said, AFP reported.',
    'The minister told Anadolu Agency that talks would resume.',
    'The minister told the associated press news agency that',
    'Officials told anadolu agency. Reuters said later. (AP) (APA) APA quoted',
    'according to   the\n Associated Press, and TASS reported; Interfax said',
    "told the the AP that; told AP told AFP; AP’s reporter said; AP's editors said",
    // Names the patterns see as whole words but the scanner does not: the whole text is searched.
    "l'AP said it.",
    "AP'x said.",
    "o'Reuters reported. d'(AFP)",
    'éAP said.',
    'Ré(AFP) said',
    'x_AP said; AP2 said; (AP2); 2AP said; AP.5 said; trend: the apparatus said',
    'A capital trend: rapid growth, the apparatus said.',
    'Bloomberg reported that Trend news agency said (Xinhua) (RIA Novosti) (Agence France-Presse)',
    'Reuters contributed to this report. (Source: AFP) A report by the Associated Press news agency; TASS wrote',
    'The court ruled on Thursday.\n\nWith Reuters',
    'The court ruled on Thursday.\n\nWith information from Reuters.',
    'The court ruled on Thursday. (Valley Daily with inputs from Reuters)',
    '',
  ];

  it('are those the patterns find over the whole text', () => {
    for (const text of cases) {
      const found = bothWays(text, 'Reuters');
      expect(found.words, text).toEqual(found.text);
    }
    expect(bothWays(cases[0]!, 'Reuters').words).toEqual(['afp']);
    expect(bothWays(cases[3]!).words).toEqual(['ap', 'apa', 'anadolu', 'reuters']);
    expect(bothWays(cases[14]!).words).toEqual(['afp', 'ap', 'reuters', 'tass']);
    // A rewrite's closing credit line.
    expect(bothWays(cases[15]!, 'Buenos Aires Times').words).toEqual(['reuters']);
    expect(bothWays(cases[16]!, 'Valley Daily').words).toEqual(['reuters']);
    expect(bothWays(cases[17]!, 'Valley Daily').words).toEqual(['reuters']);
  });

  it('are the same on a generated stream', () => {
    const { articles } = generateStream({ seed: 5, articles: 300, events: 20, days: 6 });
    let credited = 0;
    for (const article of articles) {
      const found = bothWays(article.text, article.outlet);
      expect(found.words).toEqual(found.text);
      if (found.words.length > 0) credited++;
    }
    expect(credited).toBeGreaterThan(0);
  });
});

describe('outlets credited by name', () => {
  it('finds a paper the text names as its source, not one it merely mentions', () => {
    const text =
      'Officials said 23 bodies had been recovered, the Valley Monitor reported. According to Harbour Radio, rain halted the work.';
    expect(outletCredits(text, 'Nation Daily', ['Valley Monitor', 'Harbour Radio', 'Coast Times'])).toEqual([
      'valley monitor',
      'harbour radio',
    ]);
    expect(
      outletCredits('A reporter for the Valley Monitor was at the site.', null, ['Valley Monitor']),
    ).toEqual([]);
    // An outlet does not credit itself.
    expect(
      outletCredits('The Valley Monitor reported the toll.', 'Valley Monitor', ['Valley Monitor']),
    ).toEqual([]);
  });
});
