import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateStream } from '../../bench/generate.js';
import { repoRoot, sharedPath } from '../../eval/shared.js';
import { DedupIndex, findDuplicates } from '../dedup/index.js';
import { extractAll } from '../extract/index.js';
import { makeArticle } from '../read/article.js';
import { readInputs } from '../read/index.js';
import type { Article, Duplicate } from '../types.js';
import { stableId } from '../util/hash.js';
import { clusterStories, dedupAndCluster, StoryClusterer } from './index.js';
import { storyLineage, wireCredits } from './lineage.js';
import { scoreClusters } from './metrics.js';

const stream = generateStream({ seed: 3, articles: 400, events: 30, days: 12 });
const byId = new Map(stream.articles.map((article) => [article.id, article]));

function ingest(clusterer: StoryClusterer, dedup: DedupIndex, articles: Article[]): void {
  for (const article of articles) clusterer.add(article, undefined, dedup.add(article));
}

/** A report of one digest's day, from an outlet of its own. */
function oneDayReport(
  published: string,
  id: string,
  title: string,
  text: string,
  kind: Article['kind'] = 'news',
) {
  return makeArticle({
    id,
    title,
    outlet: `Outlet ${id}`,
    published,
    kind,
    text,
    source: { file: 'digest.txt', startLine: 1, endLine: 2 },
  });
}

describe('StoryClusterer', () => {
  it('gives the same stories one article at a time as clusterStories on all of them', () => {
    const clusterer = new StoryClusterer();
    ingest(clusterer, new DedupIndex(), stream.articles);
    const batch = clusterStories(stream.articles, undefined, findDuplicates(stream.articles));
    expect(clusterer.stories(byId)).toEqual(batch);
  });

  it('gives the same stories after persisting its state between two ingests', () => {
    const half = stream.articles.length / 2;
    const first = new StoryClusterer();
    const dedup = new DedupIndex();
    ingest(first, dedup, stream.articles.slice(0, half));
    const restored = new StoryClusterer(undefined, JSON.parse(JSON.stringify(first.state())));
    const restoredDedup = new DedupIndex(JSON.parse(JSON.stringify(dedup.state())));
    ingest(restored, restoredDedup, stream.articles.slice(half));
    const whole = new StoryClusterer();
    ingest(whole, new DedupIndex(), stream.articles);
    expect(restored.stories(byId)).toEqual(whole.stories(byId));
  });

  it('names a story after its first article, so ids survive later arrivals', () => {
    const stories = clusterStories(stream.articles);
    for (const story of stories) expect(story.id).toBe(stableId('s', story.articles[0]));
  });

  it('ranks stories by the number of distinct outlets', () => {
    const counts = clusterStories(stream.articles).map((story) => story.outlets.length);
    expect(counts).toEqual([...counts].sort((x, y) => y - x));
  });

  it('recovers the planted events of a synthetic stream', () => {
    const stories = clusterStories(stream.articles, undefined, findDuplicates(stream.articles));
    const predicted = new Map(stories.flatMap((s) => s.articles.map((id) => [id, s.id] as [string, string])));
    expect(scoreClusters(stream.truth, predicted).bcubedF1).toBeGreaterThan(0.7);
  });

  it('keeps an opinion piece apart from the reports it argues about, and them apart from it', () => {
    const report = (id: string, title: string, text: string, kind: Article['kind'] = 'news') =>
      oneDayReport('2024-04-23', id, title, text, kind);
    const news =
      'Villagers in Kirovka blocked the road on Tuesday to protest the border commission that will hand four villages to the neighbouring state.';
    const articles = [
      report('a1', 'Kirovka villagers block road over border handover', news),
      report(
        'a2',
        'The border handover at Kirovka is a mistake',
        `${news} The government should stop.`,
        'opinion',
      ),
      report('a3', 'Kirovka protest over border handover goes on', news.replace('on Tuesday', 'again')),
    ];
    const stories = clusterStories(articles);
    const storyOf = (id: string) => stories.find((story) => story.articles.includes(id))!.id;
    expect(storyOf('a2')).not.toBe(storyOf('a1'));
    expect(storyOf('a3')).toBe(storyOf('a1'));
    expect(stories).toHaveLength(2);
  });

  it('keeps each party’s reaction to an event apart, and joins two outlets’ reports of one party’s', () => {
    const report = (id: string, title: string, text: string) => oneDayReport('2025-03-11', id, title, text);
    const deal =
      'The two governments agreed on Monday in Oslo to reopen the mountain border crossing and to exchange all prisoners held since the war.';
    const articles = [
      report(
        'a1',
        'Norway welcomes border deal between the neighbours',
        `Norway's foreign minister called the agreement a brave step and offered to host the next round of talks. ${deal}`,
      ),
      report(
        'a2',
        'Kenya welcomes border deal between the neighbours',
        `Kenya's president said the accord showed that old enemies can settle their quarrels at the table. ${deal}`,
      ),
      report(
        'a3',
        'Norway welcomes neighbours’ border deal',
        `Norway's foreign minister praised the agreement as a brave step and said Oslo would host further talks. ${deal}`,
      ),
    ];
    const stories = clusterStories(articles);
    const storyOf = (id: string) => stories.find((story) => story.articles.includes(id))!.id;
    expect(storyOf('a2')).not.toBe(storyOf('a1'));
    expect(storyOf('a3')).toBe(storyOf('a1'));
  });

  it('keeps a third party’s threat apart from the event, and joins a threat by a party to it', () => {
    const report = (id: string, title: string, text: string) => oneDayReport('2025-06-02', id, title, text);
    const raid =
      'Jets struck rebel depots and a radar site near the port of Tamsa overnight, the navy said, after weeks of attacks on cargo ships in the strait.';
    const articles = [
      report('a1', 'Navy jets strike rebel depots near Tamsa port', raid),
      report(
        'a2',
        'Strikes hit rebel radar and depots at Tamsa',
        `The raids near Tamsa port destroyed a radar site and two depots. ${raid}`,
      ),
      report(
        'a3',
        'Rebels vow to hit back after Tamsa strikes',
        'Rebel leaders said the overnight raids on their depots and radar near Tamsa port would be answered at sea.',
      ),
      report(
        'a4',
        'Neighbour threatens to close its airspace over Tamsa strikes',
        `The neighbouring government said it would shut its skies to the jets. ${raid}`,
      ),
    ];
    const stories = clusterStories(articles);
    const storyOf = (id: string) => stories.find((story) => story.articles.includes(id))!.id;
    expect(storyOf('a2')).toBe(storyOf('a1'));
    expect(storyOf('a3')).toBe(storyOf('a1'));
    expect(storyOf('a4')).not.toBe(storyOf('a1'));
  });

  it('joins a country mourning its own dead to the event, and keeps a leader’s mourning apart', () => {
    const report = (id: string, title: string, text: string) => oneDayReport('2022-08-13', id, title, text);
    const shooting =
      'A gunman shot dead ten people, among them two children, in the old royal capital Cetinje before a passer-by wounded him and police killed him, officials said.';
    const articles = [
      report('a1', 'Gunman kills ten in Cetinje rampage, Montenegro police say', shooting),
      report(
        'a2',
        'Montenegro mourns Cetinje dead as three days of grief begin',
        `Flags flew at half mast across the country. ${shooting}`,
      ),
      report(
        'a3',
        'Pope mourns victims of Cetinje rampage',
        `The pope sent a message of condolence to the families. ${shooting}`,
      ),
    ];
    const stories = clusterStories(articles);
    const storyOf = (id: string) => stories.find((story) => story.articles.includes(id))!.id;
    expect(storyOf('a2')).toBe(storyOf('a1'));
    expect(storyOf('a3')).not.toBe(storyOf('a1'));
  });

  it('closes a story after openDays of silence', () => {
    const base = stream.articles[0]!;
    const later = { ...base, id: 'a_later', published: '2030-01-01' };
    const early = { ...base, published: '2029-12-01' };
    const stories = clusterStories([early, later]);
    expect(stories).toHaveLength(2);
  });
});

describe('lineage', () => {
  it('reads wire credits other than the outlet itself', () => {
    expect(wireCredits('KYIV (Reuters) – Officials said, AFP reported.', 'Reuters')).toEqual(['afp']);
    expect(wireCredits('The minister told Anadolu Agency that talks would resume.', 'Daily Sabah')).toEqual([
      'anadolu',
    ]);
  });

  it("heads a story with the original report's title, not a republisher's", () => {
    const body =
      'Floodwater swept through the valley town overnight, killing 12 people and cutting the only road. ' +
      'Rescue crews in boats reached stranded families at dawn, the regional governor said.';
    const source = { file: 'digest.txt', startLine: 1, endLine: 1 };
    const original = makeArticle({
      title: 'Storm toll climbs',
      outlet: 'Wire One',
      published: '2024-05-02',
      time: '08:00',
      text: body,
      source,
    });
    const copy = makeArticle({
      title: 'Floodwater kills 12 people in valley town, road cut',
      outlet: 'Portal Two',
      published: '2024-05-02',
      time: '11:00',
      text: body,
      source: { ...source, startLine: 9, endLine: 9 },
    });
    const articles = [original, copy];
    const [story] = clusterStories(articles, undefined, findDuplicates(articles));
    expect(story?.lineage).toEqual([{ origin: original.id, copy: copy.id, relation: 'identical' }]);
    expect(story?.headline).toBe('Storm toll climbs');
  });

  it('links copies to their origin and wire echoes to the agency report', () => {
    const members = [
      { id: 'r', outlet: 'Reuters', credits: [] },
      { id: 'g', outlet: 'The Guardian', credits: ['reuters'] },
      { id: 'c', outlet: 'Daily Courier', credits: [] },
      { id: 'x', outlet: 'Other', credits: [] },
    ];
    const copies: Duplicate[] = [{ a: 'c', b: 'x', relation: 'identical', similarity: 1 }];
    expect(storyLineage(members, copies)).toEqual([
      { origin: 'c', copy: 'x', relation: 'identical' },
      { origin: 'r', copy: 'g', relation: 'wire-credit' },
    ]);
  });
});

describe('document frequencies', () => {
  it('count only the last week: a digest groups as it would alone after weeks of other news', async () => {
    const { articles: sample } = await readInputs([join(repoRoot, 'sample')]);
    // Forty days of another crisis, the last of them three weeks before the sample's first day.
    const earlier = generateStream({ seed: 5, articles: 600, events: 40, days: 40, start: '2023-07-20' });
    const partition = (articles: Article[]) => {
      const stories = clusterStories(articles, undefined, findDuplicates(articles));
      const ofSample = new Set(sample.map((article) => article.id));
      return stories
        .map((story) => story.articles.filter((id) => ofSample.has(id)).sort())
        .filter((ids) => ids.length);
    };
    expect(partition([...earlier.articles, ...sample]).sort()).toEqual(partition(sample).sort());
  });
});

const digest = sharedPath('corpus', 'digest-2023-10-04.txt');
const gold = sharedPath('corpus', 'digest-2023-10-04.gold.json');

describe.skipIf(!digest || !gold)('the shared digest', () => {
  it('groups the three Granada withdrawal reports and nothing else', async () => {
    const { articles } = await readInputs([digest!]);
    const stories = clusterStories(articles, undefined, findDuplicates(articles));
    const goldStories = JSON.parse(readFileSync(gold!, 'utf8')).stories as { titles: string[] }[];
    const titles = (ids: string[]) => ids.map((id) => articles.find((a) => a.id === id)!.title).sort();
    expect(stories.map((story) => titles(story.articles)).sort()).toEqual(
      goldStories.map((story) => [...story.titles].sort()).sort(),
    );
  });

  it('keeps them apart after a week of earlier news, read with extraction as analyze reads them', async () => {
    const { articles } = await readInputs([join(repoRoot, 'sample'), digest!]);
    const extractions = new Map(extractAll(articles).extractions.map((e) => [e.article, e]));
    const { stories } = dedupAndCluster(articles, extractions);
    const goldStories = JSON.parse(readFileSync(gold!, 'utf8')).stories as { titles: string[] }[];
    const ofDigest = new Set(goldStories.flatMap((story) => story.titles));
    const titles = (ids: string[]) =>
      ids.map((id) => articles.find((a) => a.id === id)!.title).filter((title) => ofDigest.has(title));
    const found = stories.map((story) => titles(story.articles).sort()).filter((group) => group.length > 0);
    expect(found.sort()).toEqual(goldStories.map((story) => [...story.titles].sort()).sort());
  });
});

describe('wire credits', () => {
  it('are found in any case after "told" or "according to", and not in texts naming no agency', () => {
    expect(wireCredits('The minister told the associated press news agency that', null)).toEqual(['ap']);
    expect(wireCredits('Officials told anadolu agency.', null)).toEqual(['anadolu']);
    expect(wireCredits('RIA Novosti reported the strike.', null)).toEqual(['ria novosti']);
    expect(wireCredits('A capital trend: rapid growth, the apparatus said.', null)).toEqual([]);
  });
});
