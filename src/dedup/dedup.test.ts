import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../read/article.js';
import type { Article } from '../types.js';
import { base36, bodyKey, bodyNumbers, formatBodyKey } from './body.js';
import { compareArticles } from './compare.js';
import { parseFixtureArticles } from './fixture.js';
import { chronological, DedupIndex, findDuplicates } from './index.js';
import { scanText } from './scan.js';
import { SENTENCE_START, WordScanner } from './tokens.js';
import { normalizeBody } from './words.js';

const fixture = (name: string) =>
  parseFixtureArticles(
    readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'dedup', name, 'input.txt'), 'utf8'),
  );

function article(id: string, text: string, published: string | null = '2024-01-01'): Article {
  return makeArticle({ id, title: id, published, text, source: { file: 'test', startLine: 1, endLine: 1 } });
}

describe('scanText', () => {
  it('keeps numbers and drops possessives', () => {
    expect(scanText("Aliyev's forces moved 100,000 people, the U.N. said.").words).toEqual([
      'aliyev',
      'forces',
      'moved',
      '100000',
      'people',
      'the',
      'u',
      'n',
      'said',
    ]);
  });

  it('marks sentence starts at stops and paragraph breaks', () => {
    const scan = scanText('One two. Three four\n\nfive six? Seven');
    expect(scan.sentenceStarts.map((i) => scan.words[i])).toEqual(['one', 'three', 'five', 'seven']);
  });

  it('reads on after an abbreviation or an initial, not after the platform X', () => {
    const text =
      'Gov. Ron DeSantis went to St. Lucie County. John F. Kennedy came. He wrote on X. Then he left.';
    const scan = scanText(text);
    expect(scan.sentenceStarts.map((i) => scan.words[i])).toEqual(['gov', 'john', 'he', 'then']);
    const words = new WordScanner().scan(text);
    const flagged = Array.from({ length: words.count }, (_, i) => i).filter(
      (i) => words.flags[i]! & SENTENCE_START,
    );
    expect(flagged).toEqual(scan.sentenceStarts);
  });

  it('folds diacritics', () => {
    expect(scanText('Türkiye and Erdoğan').words).toEqual(['turkiye', 'and', 'erdogan']);
  });
});

describe('bodyKey', () => {
  it('equals for texts that differ only in quotes, dashes, spacing and case', () => {
    expect(bodyKey('He said “no” – twice.\n\nEnd')).toBe(bodyKey('he said  "no" - twice. end'));
  });

  it('differs when a word differs', () => {
    expect(bodyKey('He said no twice.')).not.toBe(bodyKey('He said no thrice.'));
  });

  it('keeps the keys stored in dedup states (the values must never change)', () => {
    expect(bodyKey('  He said “no” –\ttwice.\n\nEnd  ')).toBe('tdeykm.ogofrc.25');
    expect(bodyKey('')).toBe('ztntfp.bd4yv.0');
    expect(bodyKey(' \n ')).toBe('ztntfp.bd4yv.0');
  });

  it('writes hashes in base 36 as Number.toString(36) does', () => {
    for (const value of [0, 1, 35, 36, 1295, 1296, 46655, 46656, 123456789, 2 ** 31, 2 ** 32 - 1])
      expect(base36(value)).toBe(value.toString(36));
  });

  it('is read back into the numbers it was written from (dedup keeps numbers, states keep keys)', () => {
    for (const text of ['', 'He said “no” – twice.', 'x'.repeat(5000)]) {
      const key = bodyKey(text);
      const [h1, h2, length] = bodyNumbers(key);
      expect(formatBodyKey(h1, h2, length)).toBe(key);
    }
    // A key of another form is identical only to itself.
    expect(bodyNumbers('not a key')).toEqual(bodyNumbers('not a key'));
    expect(bodyNumbers('not a key')).not.toEqual(bodyNumbers('not a kez'));
    expect(bodyNumbers('not a key')[2]).toBeLessThan(0);
  });

  it('hashes exactly what normalizeBody keeps', () => {
    const a = 'A  “quoted”\ttext — here';
    const b = normalizeBody(a);
    expect(bodyKey(a)).toBe(bodyKey(b));
  });
});

describe('DedupIndex', () => {
  const long = 'The committee met on Tuesday and agreed a new budget for the regional hospitals and schools.';

  it('never calls short bodies copies', () => {
    expect(findDuplicates([article('x', 'Read more'), article('y', 'Read more')])).toEqual([]);
  });

  it('gives the same pairs after a state round trip as in one run', () => {
    const [first, second] = fixture('small-edit') as [Article, Article];
    const rewrite = fixture('reworded-report');
    const whole = new DedupIndex();
    const expected = [first, second, ...rewrite].flatMap((a) => whole.add(a));
    const part = new DedupIndex();
    part.add(first);
    const restored = new DedupIndex(JSON.parse(JSON.stringify(part.state())));
    const found = [second, ...rewrite].flatMap((a) => restored.add(a));
    expect(found).toEqual(expected);
    expect(found.map((pair) => pair.relation)).toEqual(['near-duplicate', 'rewrite']);
  });

  it('ignores an article it has already seen', () => {
    const index = new DedupIndex();
    index.add(article('a', long));
    expect(index.add(article('a', long))).toEqual([]);
  });

  it("calls a copy without the clipping service's summary bullets identical", () => {
    const index = new DedupIndex();
    index.add(article('wire', `• Toll rises after floods\n• Roads cut in the north\n\n${long}`));
    expect(index.add(article('copy', long)).map((pair) => pair.relation)).toEqual(['identical']);
  });

  it("calls a copy without the wire's closing credit line identical, and keeps other endings apart", () => {
    const index = new DedupIndex();
    index.add(article('wire', `${long}\n\nReporting by Ana Ruiz in Lima; Editing by Tom Wells`));
    expect(index.add(article('copy', long)).map((pair) => pair.relation)).toEqual(['identical']);
    const other = index.add(
      article('longer', `${long}\n\nThe ministry will publish its own count on Friday.`),
    );
    expect(other.map((pair) => pair.relation)).not.toContain('identical');
  });

  it('drops credit lines in brackets or capitals, whatever word opens them', () => {
    const endings = [
      '(Additional reporting by Lena Ko; writing by Sam Ode)',
      'WRITING BY Omar Zeid in Rabat',
      'compiled by the desk in Quito',
      '(Editing by Ben Mars)',
    ];
    for (const ending of endings) {
      const index = new DedupIndex();
      index.add(article('wire', `${long}\n\n${ending}`));
      expect(index.add(article('copy', long)).map((pair) => pair.relation)).toEqual(['identical']);
    }
  });

  it("calls a paper's copy that signs the wire's name under it identical", () => {
    const endings = [
      'AFP',
      '— Reuters',
      '(AFP)',
      'With AFP',
      'AFP/Reuters',
      'Agencies',
      'PA Media',
      'With information from Reuters.',
      'Source: Associated Press',
      'Sources: AFP, Reuters',
    ];
    for (const ending of endings) {
      const index = new DedupIndex();
      index.add(article('wire', long));
      expect(index.add(article('copy', `${long}\n\n${ending}`)).map((pair) => pair.relation)).toEqual([
        'identical',
      ]);
    }
  });

  it('calls copies identical though one signs its last line with desk initials or a bracketed credit', () => {
    expect(long.trimEnd()).toMatch(/[.!?]$/);
    const index = new DedupIndex();
    index.add(article('agency', `${long.trimEnd()} PTI KA NSK RT`));
    expect(index.add(article('paper', long)).map((pair) => pair.relation)).toEqual(['identical']);
    const bracketed = new DedupIndex();
    bracketed.add(article('wire', long));
    const credited = `${long.trimEnd()} (Valley Daily with inputs from Reuters)`;
    expect(bracketed.add(article('paper', credited)).map((pair) => pair.relation)).toEqual(['identical']);
  });

  it('forgets near-duplicate candidates outside its window but keeps identical bodies', () => {
    const index = new DedupIndex();
    index.add(article('old', long, '2024-01-01'));
    const later = index.add(article('copy', long.replace('Tuesday', 'Monday'), '2024-06-01'));
    expect(later).toEqual([]);
    expect(index.add(article('same', long, '2024-06-02')).map((pair) => pair.relation)).toEqual([
      'identical',
    ]);
  });
});

describe('chronological', () => {
  it('sorts by date, keeps input order on ties, puts undated last', () => {
    const items = [
      { id: 1, published: '2024-01-02' },
      { id: 2, published: null },
      { id: 3, published: '2024-01-01' },
      { id: 4, published: '2024-01-02' },
    ];
    expect(chronological(items).map((item) => item.id)).toEqual([3, 1, 4, 2]);
  });
});

describe('compareArticles', () => {
  it('aligns the reworded sentences and shows what was added', () => {
    const [a, b] = fixture('reworded-report') as [Article, Article];
    const comparison = compareArticles(a, b);
    expect(comparison.relation).toBe('rewrite');
    expect(comparison.pairs.length).toBeGreaterThanOrEqual(4);
    expect(comparison.sentencesA[0]).toMatch(/^Health minister Daria Volkova resigned/);
  });
});

describe('rewrites with a quotation worded differently', () => {
  const original = article(
    'q1',
    'The storm killed 37 people and destroyed 1,200 homes in the coastal province of Lernia on Friday, officials said.\n\n' +
      'Rescue teams reached 14 villages that the floods had cut off from the main road.\n\n' +
      '“We have never seen the water rise this fast in our lifetime,” governor Anouk Teral said.',
  );
  const rewrite = (killed: string, homes: string, villages: string) =>
    article(
      'q2',
      `The storm killed ${killed} people and destroyed ${homes} homes in the coastal province of Lernia on Friday, officials reported.\n\n` +
        `Rescue teams reached ${villages} villages that the floods had cut off from the main road.\n\n` +
        '“Never in our lifetime have we watched water rising so quickly,” governor Anouk Teral said.',
    );

  it('are rewrites when two figures are shared (outlets translate quotations their own way)', () => {
    expect(compareArticles(original, rewrite('37', '1,200', '14')).relation).toBe('rewrite');
  });

  it('are not when the figures differ: the same wording about another event', () => {
    expect(compareArticles(original, rewrite('52', '900', '14')).relation).toBeNull();
  });
});

describe('a rewrite that spells every name its own way', () => {
  // Written for this test: the same report, each sentence reworded, the names spelled another way.
  const wire = article(
    'm1',
    'Floodwaters swept through the Kessel valley on Wednesday night, killing at least 14 people and forcing about 3,200 residents from their homes, regional governor Anna Brandt said.\n\n' +
      'Brandt told reporters in Lormund that rescue teams from Varsen and Talheim had reached the cut-off villages of Oberkamm and Stiegdorf by boat.\n\n' +
      'The Norland Red Cross opened shelters in four schools and said it urgently needed blankets and drinking water.\n\n' +
      'Forecasters warned that more heavy rain would fall on the valley before the weekend.',
  );
  const rewrite = article(
    'm2',
    'At least 14 people were killed and about 3,200 residents forced from their homes when floodwaters swept through the Kesel valley overnight, Governor Ana Brant said.\n\n' +
      'Rescue teams from Warsen and Thalheim reached the cut-off villages of Oberkam and Stiegdorff by boat, Brant told reporters in Lormundt.\n\n' +
      'Shelters were opened in four schools by the Norland Red Cross, which said it urgently needed blankets and drinking water.\n\n' +
      'More heavy rain would fall on the valley before the weekend, forecasters warned.',
  );

  it('is no rewrite of a report it merely resembles: most names must agree', () => {
    expect(compareArticles(wire, rewrite).relation).toBeNull();
  });

  it('is a rewrite of a report of the same story: its figures agree', () => {
    const dedup = new DedupIndex();
    dedup.add(wire);
    dedup.add(rewrite);
    expect(dedup.verifyClosest('m2', ['m1'])?.relation).toBe('rewrite');
  });
});

describe('a report retold sentence by sentence, with no figure and its quotation reworded', () => {
  // Written for this test: a village protest told by two outlets, the second rewording every
  // sentence in the same order, the bishop's words included.
  const first = article(
    'p1',
    'Bishop Aram Terzian joined the villagers of Kelvan who have been blocking the valley road against the new border markers for a second day.\n\n' +
      'Speaking to the crowd, the bishop urged the villagers not to abandon their homes and to carry on their struggle peacefully.\n\n' +
      '“This valley is not something to bargain over, and we will remain here as long as necessary,” Terzian said.\n\n' +
      'Police officers were present at the scene, but no incidents have been reported.\n\n' +
      'The bishop said similar actions would be staged in other villages of the province in the coming days.',
  );
  const retold = article(
    'p2',
    'Bishop Aram Terzian came to Kelvan to back residents who have held up traffic on the valley road for two days in protest at the new border posts.\n\n' +
      'He told those gathered not to leave the village and to keep up their fight without violence.\n\n' +
      '“Nobody bargains with this valley; we stay put for as long as it takes,” the bishop said.\n\n' +
      'Police are at the site, though no trouble has been reported.\n\n' +
      'Terzian said other villages of the province would see similar protests in the coming days.',
  );

  it('is not called a rewrite on its wording alone: reports written apart can resemble it', () => {
    expect(compareArticles(first, retold).relation).toBeNull();
  });

  it('is a rewrite of a report of the same story: every statement in the same order', () => {
    const dedup = new DedupIndex();
    dedup.add(first);
    dedup.add(retold);
    expect(dedup.verifyClosest('p2', ['p1'])?.relation).toBe('rewrite');
  });
});
