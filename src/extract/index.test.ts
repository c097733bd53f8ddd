import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../eval/shared.js';
import { readInputs } from '../read/index.js';
import type { Article } from '../types.js';
import { stableId } from '../util/hash.js';
import { fixtureArticle } from './fixtures.js';
import { buildGazetteer } from './gazetteer.js';
import {
  extractAll,
  extractAllParallel,
  extractArticle,
  idleCores,
  linkCorpus,
  transliteratedPeople,
  transliteratedPlaces,
} from './index.js';

const gazetteer = buildGazetteer();

const batch: Article[] = [
  fixtureArticle('one', 'Analyst Lusine Hovakimyan said the talks would fail. Pashinyan disagreed.'),
  fixtureArticle(
    'two',
    '“The ceasefire is fragile and could break at any moment,” Hovakimyan told reporters in Yerevan.',
  ),
];

/** A person's mention of its own name, at offset k (for the corpus-level spelling tests). */
function personMention(name: string, k: number) {
  return { article: 'a', name, type: 'person' as const, text: name, start: k, end: k };
}

describe('extractArticle', () => {
  it("dates no weekday that is a person's surname", () => {
    const text =
      'Opposition Leader Marlon Sunday said his party would back the budget. “We stand together,” Sunday said on Tuesday. The mayor, Felicia Monday, said roads would reopen.';
    const extraction = extractArticle(fixtureArticle('w', text, '2021-04-12'), gazetteer);
    expect(extraction.dates.map((d) => d.text)).toEqual(['on Tuesday']);
    expect(extraction.quotes.map((q) => q.speaker)).toEqual(['Marlon Sunday']);
    expect(extraction.mentions.map((m) => m.name)).toEqual([
      'Marlon Sunday',
      'Marlon Sunday',
      'Felicia Monday',
    ]);
  });

  it('returns mentions, quotes, figures and dates for one article', () => {
    const extraction = extractArticle(batch[0]!, gazetteer);
    expect(extraction.article).toBe('a_one');
    expect(extraction.mentions.map((m) => m.name)).toEqual(['Lusine Hovakimyan', 'Nikol Pashinyan']);
    expect(Array.isArray(extraction.figures) && Array.isArray(extraction.dates)).toBe(true);
  });

  it('does not link a surname to a full name from another article', () => {
    const extraction = extractArticle(batch[1]!, gazetteer);
    expect(extraction.quotes[0]?.speaker).toBe('Hovakimyan');
  });
});

describe('extractAll', () => {
  const result = extractAll(batch, { gazetteer });

  it('gives a place written with and without a full stop one spelling', () => {
    const spelled = extractAll(
      [
        fixtureArticle('a', 'Relief flights landed in St. Lucia on Monday, the airport said.'),
        fixtureArticle('b', 'Schools in St Lucia will reopen on Thursday, the ministry said.'),
      ],
      { gazetteer },
    );
    const names = new Set(spelled.extractions.flatMap((e) => e.mentions.map((m) => m.name)));
    expect([...names].filter((name) => name.includes('Lucia'))).toEqual(['St Lucia']);
  });

  it('gives a full name written after a word of honour in another article its bare form', () => {
    const forms = extractAll(
      [
        fixtureArticle('a', 'Governor Raja Ahmad Zaki Hamzah opened the shelter on Monday.'),
        fixtureArticle('b', 'Ahmad Zaki Hamzah said the river had peaked.'),
      ],
      { gazetteer },
    );
    const names = forms.extractions.flatMap((e) => e.mentions.map((m) => `${m.text} → ${m.name}`));
    expect(names).toEqual([
      'Raja Ahmad Zaki Hamzah → Ahmad Zaki Hamzah',
      'Ahmad Zaki Hamzah → Ahmad Zaki Hamzah',
    ]);
  });

  it('gives a name written shorter or longer in another article one form', () => {
    const forms = extractAll(
      [
        fixtureArticle('a', 'President Daniel Ortega Saavedra signed the order at the Puente Real Bridge.'),
        fixtureArticle('b', 'President Daniel Ortega said traffic on the Real Bridge had stopped.'),
      ],
      { gazetteer },
    );
    const names = forms.extractions.flatMap((e) => e.mentions.map((m) => `${m.text} → ${m.name}`));
    expect(names).toEqual([
      'Daniel Ortega Saavedra → Daniel Ortega',
      'Puente Real Bridge → Puente Real Bridge',
      'Daniel Ortega → Daniel Ortega',
      'Real Bridge → Puente Real Bridge',
    ]);
  });

  it('links a lone surname to the full name seen elsewhere in the batch', () => {
    expect(result.extractions[1]?.mentions.find((m) => m.text === 'Hovakimyan')?.name).toBe(
      'Lusine Hovakimyan',
    );
    expect(result.extractions[1]?.quotes[0]?.speaker).toBe('Lusine Hovakimyan');
  });

  it('types a name as the organisation another article shows it to be', () => {
    const articles = [
      fixtureArticle('operator', 'The rail operator Adif said the line would reopen.'),
      fixtureArticle('said', 'Adif said the signals failed at noon.'),
    ];
    const types = extractAll(articles).extractions.map((e) => e.mentions.map((m) => m.type));
    expect(types).toEqual([['organization'], ['organization']]);
  });

  it("gives an organisation's short form its full name in another article", () => {
    const articles = [
      fixtureArticle(
        'defined',
        'The Philippine Institute of Volcanology and Seismology (Phivolcs) logged the quake.',
      ),
      fixtureArticle('short', 'Phivolcs said the aftershocks went on all night.'),
    ];
    const names = extractAll(articles).extractions[1]!.mentions.map((m) => [m.name, m.type]);
    expect(names).toEqual([['Philippine Institute of Volcanology and Seismology', 'organization']]);
  });

  it('reads no quotes, figures or dates in an article in another language, but still its listed names', () => {
    const french = fixtureArticle(
      'fr',
      'Plus de 100 000 personnes ont fui le Haut-Karabakh depuis la semaine dernière, a déclaré mercredi le gouvernement à Erevan. « Nous ferons tout pour les accueillir », a dit le ministre. Le ministère de la Santé a indiqué que 65 000 personnes avaient été enregistrées à Goris lundi, et que les hôpitaux de la région étaient pleins.',
    );
    const [extraction] = extractAll([french]).extractions;
    expect([extraction!.quotes, extraction!.figures, extraction!.dates]).toEqual([[], [], []]);
    expect(extraction!.mentions.map((m) => m.name)).toContain('Goris');
  });

  it('aggregates entities with stable ids, aliases, articles and mention counts', () => {
    const entity = result.entities.find((e) => e.name === 'Lusine Hovakimyan');
    expect(entity).toEqual({
      id: stableId('e', 'person', 'Lusine Hovakimyan'),
      name: 'Lusine Hovakimyan',
      type: 'person',
      aliases: ['Lusine Hovakimyan', 'Hovakimyan'],
      articles: ['a_one', 'a_two'],
      mentions: 2,
    });
  });

  it('merges spellings that differ only in diacritics under the accented one', () => {
    const accents = extractAll(
      [
        fixtureArticle('p1', 'Security Minister Rosa Icela Rodriguez said ten people were missing.'),
        fixtureArticle('p2', 'Security Secretary Rosa Icela Rodríguez said the search would go on.'),
      ],
      { gazetteer },
    );
    const people = accents.entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.aliases])).toEqual([
      ['Rosa Icela Rodríguez', ['Rosa Icela Rodríguez', 'Rosa Icela Rodriguez']],
    ]);
  });

  it('names a unit written with and without its kind by the bare name', () => {
    const places = extractAll(
      [
        fixtureArticle('k1', 'The tremor struck Lhunze County early on Tuesday.'),
        fixtureArticle('k2', 'Rescuers reached villages in Lhunze by nightfall.'),
      ],
      { gazetteer },
    ).entities.filter((e) => e.type === 'place');
    expect(places.map((e) => [e.name, e.aliases])).toEqual([['Lhunze', ['Lhunze', 'Lhunze County']]]);
  });

  it('gives a place transliterated two ways the spelling written most often', () => {
    const places = extractAll(
      [
        fixtureArticle('t1', 'Cranes in Hodeidah stood idle, and traders in Hodeidah waited for ships.'),
        fixtureArticle('t2', 'A warehouse near Hudaydah caught fire.'),
      ],
      { gazetteer },
    ).entities.filter((e) => e.type === 'place');
    expect(places.map((e) => [e.name, e.aliases])).toEqual([['Hodeidah', ['Hodeidah', 'Hudaydah']]]);
  });

  it('gives a person transliterated two ways the spelling written most often, surname alone too', () => {
    const people = extractAll(
      [
        fixtureArticle(
          's1',
          'Mayor Teimuraz Gogichaishvili opened the bridge; Gogichaishvili cut the ribbon.',
        ),
        fixtureArticle('s2', 'Opposition leaders said Teimuraz Gogitchaichvili had misled the council.'),
        fixtureArticle('s3', 'The contract was signed, Gogitchaichvili told reporters later.'),
      ],
      { gazetteer },
    ).entities.filter((e) => e.type === 'person');
    expect(people.map((e) => [e.name, e.aliases])).toEqual([
      [
        'Teimuraz Gogichaishvili',
        ['Teimuraz Gogichaishvili', 'Gogichaishvili', 'Teimuraz Gogitchaichvili', 'Gogitchaichvili'],
      ],
    ]);
  });

  it('types a name written without a cue as the person another article of the batch names', () => {
    const { extractions } = extractAll(
      [
        fixtureArticle('n1', 'The talks were led by former Malawian President Joyce Banda in Lusaka.'),
        fixtureArticle('n2', 'The delegations met again on Friday alongside Joyce Banda and the hosts.'),
        fixtureArticle('n3', 'The delegations met again on Friday alongside Mabvuto Chirwa and the hosts.'),
      ],
      { gazetteer },
    );
    const people = extractions.map((e) => e.mentions.filter((m) => m.type === 'person').map((m) => m.name));
    // The third name is nobody's elsewhere: with nothing around it to type it, it stays untyped.
    expect(people).toEqual([['Joyce Banda'], ['Joyce Banda'], []]);
  });

  it('joins a long surname written with "ch" and with "k" under one given name', () => {
    const names = ['Tewolde Gebremichael', 'Tewolde Gebremichael', 'Tewolde Gebremikael', 'Saba Gebremikael'];
    expect([...transliteratedPeople(names.map(personMention))]).toEqual([
      ['Tewolde Gebremikael', 'Tewolde Gebremichael'],
    ]);
  });

  it('keeps two people whose short names share their consonants apart', () => {
    const names = ['Omar Hassan', 'Omar Hussein', 'Lena Zelensky', 'Lena Zelenskyy', 'Lena Zelenskyy'];
    expect([...transliteratedPeople(names.map(personMention))]).toEqual([
      ['Lena Zelensky', 'Lena Zelenskyy'],
    ]);
  });

  it('leaves a person named by one word only out of the entities, not out of the mentions', () => {
    const voices = extractAll(
      [fixtureArticle('v', '"We have nothing left," said Marisol, a cook who fled with her children.')],
      { gazetteer },
    );
    expect(voices.extractions[0]!.mentions.map((m) => [m.name, m.type])).toEqual([['Marisol', 'person']]);
    expect(voices.extractions[0]!.quotes[0]?.speaker).toBe('Marisol');
    expect(voices.entities.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('leaves continents, regions of many countries and former states out of the entities, not the mentions', () => {
    const regions = extractAll(
      [
        fixtureArticle(
          'r',
          'Freight from Asia to Europe now avoids the Middle East and calls in Lisbon, as it did before the Soviet Union fell.',
        ),
      ],
      { gazetteer },
    );
    expect(regions.extractions[0]!.mentions.map((m) => m.name)).toEqual([
      'Asia',
      'Europe',
      'Middle East',
      'Lisbon',
      'Soviet Union',
    ]);
    expect(regions.entities.map((e) => e.name)).toEqual(['Lisbon']);
    const seas = extractAll(
      [fixtureArticle('s', 'Leaders across the Pacific and the Caribbean watched the vote in Nouméa.')],
      { gazetteer },
    );
    expect(seas.entities.map((e) => e.name)).toEqual(['Nouméa']);
  });

  it('keeps two places with the same consonants and other syllables apart', () => {
    const merged = transliteratedPlaces(
      ['Kerman', 'Karaman', 'Hodeidah', 'Hudaydah', 'Bab al-Mandab', 'Bab el-Mandeb', 'Aktau', 'Aqtau'].map(
        (name, k) => ({
          article: 'a',
          name,
          type: 'place' as const,
          text: name,
          start: k,
          end: k,
        }),
      ),
    );
    expect([...merged]).toEqual([
      ['Hudaydah', 'Hodeidah'],
      ['Bab el-Mandeb', 'Bab al-Mandab'],
      ['Aqtau', 'Aktau'],
    ]);
  });

  it('joins a place romanised with a voiced or a voiceless stop, and keeps other places apart (Pursat, Prasat)', () => {
    const names = [
      'Ban Phaeng',
      'Pan Phaeng',
      'Ban Kruat',
      'Ban Gruad',
      'Ban Kruat',
      'Tak',
      'Dak',
      'Pursat',
      'Prasat',
      // Two consonants are too few to know a place by: Taipei and Tai Po are two cities.
      'Taipei',
      'Tai Po',
    ];
    const merged = transliteratedPlaces(
      names.map((name, k) => ({ article: 'a', name, type: 'place' as const, text: name, start: k, end: k })),
    );
    expect([...merged]).toEqual([['Ban Gruad', 'Ban Kruat']]);
  });

  it('is deterministic for the same batch', () => {
    expect(extractAll(batch, { gazetteer })).toEqual(result);
  });

  it('gives an identical copy what extracting it gives, and reads a copy of another date again', () => {
    const text =
      '“We will not accept 5,000 troops,” Hovakimyan said on Tuesday. Reuters reported it yesterday.';
    const copies = [
      fixtureArticle('first', text),
      fixtureArticle('wire', 'Nikol Pashinyan visited Gyumri.'),
      fixtureArticle('copy', text),
      fixtureArticle('later', text, '2023-10-09'),
    ];
    const extracted = extractAll(copies, { gazetteer });
    // Each article extracted on its own, so that no copy is reused.
    const alone = copies.map((article) => extractAll([article], { gazetteer }).extractions[0]);
    expect(extracted.extractions).toEqual(alone);
    expect(extracted.extractions[2]?.quotes[0]?.article).toBe('a_copy');
    // Relative dates are read against the published date: the later copy's differ.
    expect(extracted.extractions[3]?.dates).not.toEqual(
      extracted.extractions[0]?.dates.map((d) => ({ ...d, article: 'a_later' })),
    );
  });
});

describe('extractAllParallel', () => {
  it('counts at least one and at most every core as idle', () => {
    expect(idleCores()).toBeGreaterThanOrEqual(1);
    expect(idleCores()).toBeLessThanOrEqual(availableParallelism());
  });

  it('gives the same result when workers do all the articles', async () => {
    const many = Array.from({ length: 200 }, (_, i) => ({ ...batch[i % batch.length]!, id: `many_${i}` }));
    const options = { gazetteer, workers: 2, parallelThreshold: 0, useMainThread: false };
    expect(await extractAllParallel(many, options)).toEqual(extractAll(many, { gazetteer }));
  }, 60_000);

  it('gives the same result as extractAll when it uses worker threads', async () => {
    const parallel = await extractAllParallel(batch, { gazetteer, workers: 2, parallelThreshold: 0 });
    expect(parallel).toEqual(extractAll(batch, { gazetteer }));
  }, 60_000);
});

const digest = sharedPath('corpus', 'digest-2023-10-04.txt');
const goldPath = sharedPath('corpus', 'digest-2023-10-04.gold.json');

describe.skipIf(!digest || !goldPath)('the shared digest', () => {
  it('gives every item a span that slices to its text, and names gold speakers', async () => {
    const { articles } = await readInputs([digest!]);
    const { extractions } = extractAll(articles, { gazetteer });
    for (const [i, extraction] of extractions.entries()) {
      const text = articles[i]!.text;
      for (const item of [
        ...extraction.mentions,
        ...extraction.quotes,
        ...extraction.figures,
        ...extraction.dates,
      ]) {
        expect(text.slice(item.start, item.end)).toBe(item.text);
      }
    }
    const gold = JSON.parse(readFileSync(goldPath!, 'utf8')) as {
      quotes: { speaker: string; startsWith: string }[];
    };
    const quotes = extractions.flatMap((e) => e.quotes);
    const right = gold.quotes.filter((g) =>
      quotes.some((q) => q.text.startsWith(g.startsWith) && q.speaker === g.speaker),
    ).length;
    expect(right / gold.quotes.length).toBeGreaterThanOrEqual(0.9);
  });
});

describe('linkCorpus, a name the batch calls a place', () => {
  const mention = (article: string, name: string, type: 'person' | 'place') => ({
    article,
    name,
    type,
    text: name,
    start: 0,
    end: name.length,
  });
  const local = (article: string, mentions: ReturnType<typeof mention>[]) => ({
    extraction: { article, mentions, quotes: [], figures: [], dates: [] },
    pending: [],
  });

  it('is a place where one sentence read it as a person', () => {
    const [, second] = linkCorpus([
      local('a1', [mention('a1', 'Port Marin', 'place'), mention('a1', 'Port Marin', 'place')]),
      local('a2', [mention('a2', 'Port Marin', 'person')]),
    ]);
    expect(second!.mentions.map((m) => m.type)).toEqual(['place']);
  });

  it('stays a person where the batch calls it a person as often', () => {
    const [, second] = linkCorpus([
      local('a1', [mention('a1', 'Carmen Vale', 'place')]),
      local('a2', [mention('a2', 'Carmen Vale', 'person')]),
    ]);
    expect(second!.mentions.map((m) => m.type)).toEqual(['person']);
  });
});
