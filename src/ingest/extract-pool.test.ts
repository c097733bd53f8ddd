import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../extract/gazetteer.js';
import { withHeaderNames } from '../extract/header-names.js';
import { type ExtractResult, extractAll, extractLocal, linkCorpus, resolveCorpus } from '../extract/index.js';
import { makeArticle } from '../read/article.js';
import { deflateText } from '../store/index.js';
import type { Article } from '../types.js';
import { expandDedupState } from './dedup-checkpoint.js';
import { extractJob } from './extract-job.js';
import { ExtractPool, IN_FLIGHT } from './extract-pool.js';
import { pipelineStages } from './pipeline-stages.js';
import { dayAfter, generateArticle, random, Vocabulary } from './synthetic.js';

/** What the ingest stages give: extractAll's extractions; the store names the entities itself. */
function withoutEntities(result: ExtractResult): ExtractResult {
  return { extractions: result.extractions, entities: [] };
}

function articles(count: number): Article[] {
  const next = random(3);
  const vocabulary = new Vocabulary(2_000, next);
  return Array.from({ length: count }, (_, i) => {
    const generated = generateArticle(vocabulary, next, dayAfter('2023-10-01', i % 3));
    return makeArticle({
      id: `a_${i}`,
      title: generated.title,
      outlet: generated.outlet,
      published: generated.day.toISOString().slice(0, 10),
      text: `${generated.paragraphs.join('\n\n')} Ilham Aliyev met Nikol Pashinyan. Later Aliyev said "we agreed on the border commission and its next meeting".`,
      source: { file: 'generated.txt', startLine: 1, endLine: 1 },
    });
  });
}

describe('extraction ahead of time on worker threads', () => {
  it('gives exactly what extractAll gives, surname linking included', async () => {
    const batch = articles(40);
    const stages = pipelineStages({ workers: 2 });
    try {
      const dictionary = { id: 7, data: Buffer.from('the of and to said ') };
      stages.prefetch?.(batch, dictionary);
      const { bodies, ...result } = await stages.extract(batch);
      expect(result).toEqual(withoutEntities(extractAll(batch)));
      // Waiting here from the start, this thread compresses the texts the workers had not started.
      for (const [id, body] of bodies ?? []) {
        const expected = deflateText(batch.find((article) => article.id === id)!.text, dictionary);
        expect(Buffer.from(body.data).equals(expected.data)).toBe(true);
      }
    } finally {
      await stages.close?.();
    }
  }, 60_000);

  it('waits for the first of identical copies instead of extracting each, with the same result', async () => {
    const originals = articles(40);
    const copyOf = (article: Article, id: string) => ({ ...article, id, outlet: 'Copy' });
    // One copy in a later job of the same file, one in a later file.
    const first = [...originals.slice(0, 36), copyOf(originals[1]!, 'a_copy1')];
    const second = [...originals.slice(36), copyOf(originals[37]!, 'a_copy37')];
    const gazetteer = loadGazetteer();
    const stages = pipelineStages({ workers: 1 });
    try {
      const dictionary = { id: 7, data: Buffer.from('the of and to said ') };
      stages.prefetch?.(first, dictionary);
      stages.prefetch?.(second, dictionary);
      for (const file of [first, second]) {
        const { bodies, ...result } = await stages.extract(file);
        // Each article extracted on its own: no copy reused.
        const alone = linkCorpus(file.map((article) => extractLocal(article, gazetteer)));
        expect(result).toEqual({ extractions: alone, entities: [] });
        const [copy, original] = file === first ? ['a_copy1', 'a_1'] : ['a_copy37', 'a_37'];
        // The copy took the first's compressed text: it never went to a worker.
        expect(bodies?.get(copy)).toBe(bodies?.get(original));
      }
    } finally {
      await stages.close?.();
    }
  }, 60_000);

  it('extracts on the main thread what was not prefetched', async () => {
    const batch = articles(6);
    const stages = pipelineStages();
    stages.prefetch?.(batch.slice(0, 3));
    stages.forget?.([batch[1]!]);
    try {
      const { bodies: _bodies, ...result } = await stages.extract(batch);
      expect(result).toEqual(withoutEntities(extractAll(batch)));
    } finally {
      await stages.close?.();
    }
  }, 60_000);
});

describe('work sharing', () => {
  it('lets the main thread run the jobs no worker has taken, each job once', async () => {
    const starts = Array.from({ length: IN_FLIGHT + 2 }, (_, k) => 6 * k);
    const batch = articles(6 * starts.length);
    const gazetteer = loadGazetteer();
    const pool = new ExtractPool(1, []);
    try {
      const jobs = starts.map((start) => pool.local(batch.slice(start, start + 6)));
      // The one worker holds IN_FLIGHT jobs; the other two wait in the queue, oldest first.
      const ran: string[] = [];
      const here = (chunk: Article[]) => {
        ran.push(chunk[0]!.id);
        return extractJob(chunk, gazetteer, null, false);
      };
      expect(pool.runHere(here)).toBe(true);
      expect(pool.runHere(here)).toBe(true);
      expect(pool.runHere(here)).toBe(false);
      expect(ran).toEqual(starts.slice(-2).map((start) => `a_${start}`));
      const locals = (await Promise.all(jobs)).flatMap((result) => result.locals);
      const resolved = resolveCorpus(locals);
      // extractAll also lists the outlets and datelines the headers name.
      expect({ ...resolved, entities: withHeaderNames(resolved.entities, batch) }).toEqual(extractAll(batch));
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('gives what extractAll gives when extract() shares the work', async () => {
    const batch = articles(200);
    const stages = pipelineStages({ workers: 1, shareAfterMs: 0 });
    const dictionary = { id: 3, data: Buffer.from('the of and to said ') };
    try {
      stages.prefetch?.(batch, dictionary);
      const { bodies, ...result } = await stages.extract(batch);
      expect(result).toEqual(withoutEntities(extractAll(batch)));
      // Texts the workers compressed are as the store compresses them; the others it compresses itself.
      for (const [id, body] of bodies ?? []) {
        const text = batch.find((article) => article.id === id)!.text;
        expect(Buffer.from(body.data).equals(deflateText(text, dictionary).data)).toBe(true);
      }
    } finally {
      await stages.close?.();
    }
  }, 60_000);
});

describe('compressing in the workers', () => {
  it('is left to the store for texts without its dictionary, which it would compress again', async () => {
    const batch = articles(4);
    const pool = new ExtractPool(1, []);
    try {
      const without = await pool.local(batch);
      expect(without.bodies).toEqual([]);
      expect(without.locals).toHaveLength(4);
      const dictionary = { id: 1, data: Buffer.from('the of and to said ') };
      const withDictionary = await pool.local(batch, dictionary);
      expect(withDictionary.bodies.map((body) => body.dictionary)).toEqual([1, 1, 1, 1]);
      // Exactly as the store compresses them, with its dictionary.
      const expected = deflateText(batch[2]!.text, dictionary);
      expect(Buffer.from(withDictionary.bodies[2]!.data).equals(expected.data)).toBe(true);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('is left to the caller for the jobs started after compress is turned off, sent before or after', async () => {
    const batch = articles(4);
    const dictionary = { id: 1, data: Buffer.from('the of and to said ') };
    const pool = new ExtractPool(1, []);
    try {
      // Sent while the worker is still loading its model: it starts them after the switch.
      const sentBefore = pool.local(batch, dictionary);
      pool.compress = false;
      const sentAfter = pool.local(batch, dictionary);
      for (const result of await Promise.all([sentBefore, sentAfter])) {
        expect(result.bodies).toEqual([]);
        expect(result.locals).toHaveLength(4);
      }
      pool.compress = true;
      expect((await pool.local(batch, dictionary)).bodies).toHaveLength(4);
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('compressing the texts while waiting', () => {
  it('hands out the texts of the oldest queued job with a dictionary, which its worker then leaves', async () => {
    const batch = articles(2);
    const dictionary = { id: 1, data: Buffer.from('the of and to said ') };
    const pool = new ExtractPool(1, []);
    try {
      // The one worker holds IN_FLIGHT jobs; the last three wait in the queue, the first without a dictionary.
      const held = Array.from({ length: IN_FLIGHT }, () => pool.local(batch, dictionary));
      const queued = [pool.local(batch), pool.local(batch, dictionary), pool.local(batch, dictionary)];
      const taken = pool.takeTexts();
      expect(taken?.articles).toBe(batch);
      expect(taken?.dictionary).toBe(dictionary);
      const results = await Promise.all([...held, ...queued]);
      expect(results.map((result) => result.bodies.length)).toEqual([...held.map(() => 2), 0, 0, 2]);
      expect(results.every((result) => result.locals.length === 2)).toBe(true);
      // Nothing is waiting any more.
      expect(pool.takeTexts()).toBeNull();
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe('compressing the texts while waiting, in extract()', () => {
  it('uses the texts it compressed while it waited, as the store compresses them', async () => {
    // More jobs than the worker holds: the last ones wait in the queue while the first is awaited.
    const batch = articles(32 * (IN_FLIGHT + 2));
    const dictionary = { id: 3, data: Buffer.from('the of and to said ') };
    const stages = pipelineStages({ workers: 1 });
    try {
      stages.prefetch?.(batch, dictionary);
      await stages.extract(batch.slice(0, 32));
      const last = batch.slice(-64);
      const { bodies, ...result } = await stages.extract(last);
      expect(result).toEqual(withoutEntities(extractAll(last)));
      expect(bodies?.size).toBe(last.length);
      for (const article of last) {
        const expected = deflateText(article.text, dictionary);
        expect(Buffer.from(bodies!.get(article.id)!.data).equals(expected.data)).toBe(true);
      }
    } finally {
      await stages.close?.();
    }
  }, 60_000);
});

describe('the compact dedup checkpoint', () => {
  it('rebuilds the fingerprints it keeps by id from the stored articles', async () => {
    const batch = articles(12);
    const { extractions } = extractAll(batch);
    const stages = pipelineStages().restore(null);
    batch.forEach((article, i) => {
      stages.add(article, extractions[i]);
    });
    const saved = stages.state() as { dedup: Parameters<typeof expandDedupState>[0] };
    expect(saved.dedup.recent.every((entry) => typeof entry === 'string')).toBe(true);
    const recall = (ids: string[]) =>
      ids.map((id) => ({
        article: batch.find((a) => a.id === id)!,
        extraction: extractions.find((e) => e.article === id) ?? null,
      }));
    const { DedupIndex } = await import('../dedup/index.js');
    const reference = new DedupIndex();
    batch.forEach((article, i) => {
      reference.add(article, extractions[i]);
    });
    expect(expandDedupState(saved.dedup, recall)).toEqual(reference.state());
    expect(reference.stateByIds()).toEqual(saved.dedup);
  });
});
