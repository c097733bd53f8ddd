// End-to-end: the web UI in Debian's chromium through playwright-core. Adds a digest through the
// Add-news page, finds its stories, opens one, sees its sources side by side, follows a figure to
// its source sentence; checks that hostile article markup never runs, and that the pages work with
// JavaScript off and on a phone. Screenshots go to test-artifacts/ for a person to look at.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { buildApp } from '../../src/server/app.js';
import { openStore, type Store } from '../../src/store/index.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ensureArtifacts, hasChromium } from './chromium.js';

const FIXTURES = join(repoRoot, 'fixtures', 'server');

describe.skipIf(!hasChromium)('web UI in chromium', () => {
  let dir: string;
  let store: Store;
  let app: FastifyInstance;
  let base: string;
  let context: BrowserContext;
  let page: Page;
  /** Anything a hostile article managed to run would set window.__pwned or open a dialog. */
  const ranScripts: string[] = [];

  beforeAll(async () => {
    ensureArtifacts();
    dir = mkdtempSync(join(tmpdir(), 'sitrep-ui-'));
    store = openStore(join(dir, 'ui.db'));
    app = await buildApp({ store, token: 'ui-test-token' });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 900 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('dialog', (dialog) => {
      ranScripts.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
  });

  afterAll(async () => {
    await context?.close();
    await app?.close();
    store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function firstStoryWith(outlet: string): Promise<string> {
    const response = await fetch(`${base}/api/stories?day=2024-03-12&outlet=${encodeURIComponent(outlet)}`);
    const { stories } = (await response.json()) as { stories: { id: string }[] };
    return stories[0]?.id ?? 'none';
  }

  async function expectNothingRan(where: Page): Promise<void> {
    expect(await where.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(ranScripts).toEqual([]);
  }

  it('adds a digest through the Add news page and shows what was added', async () => {
    await page.goto(`${base}/add`);
    await page.setInputFiles('#file', join(FIXTURES, 'digest-2024-03-12.txt'));
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#status')).toMatch(/Added 3 new article/);
    const added = await page.locator('#result ul.added li').allTextContents();
    expect(added.join('\n')).toContain('Floods force thousands from homes along the Sava river');
    await page.screenshot({ path: join(ARTIFACTS, 'add-news.png'), fullPage: true });
  });

  it('pastes a digest full of markup and nothing in it runs', async () => {
    await page.goto(`${base}/add`);
    await page.fill('#name', 'digest-2024-03-13.txt');
    await page.fill('#text', readFileSync(join(FIXTURES, 'hostile-digest.txt'), 'utf8'));
    await page.click('button[type=submit]');
    await expect.poll(() => page.textContent('#status')).toMatch(/Added 2 new article/);
    await page.goto(`${base}/?day=2024-03-13`);
    const headlines = await page.locator('.story .headline').allTextContents();
    expect(headlines.join('\n')).toContain('<script>');
    await expectNothingRan(page);
    for (const link of await page
      .locator('.story .headline')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      await page.goto(link);
      await expectNothingRan(page);
      for (const article of await page
        .locator('.source-column h3 a')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
        await page.goto(article);
        await expectNothingRan(page);
      }
    }
    await page.goto(`${base}/search?q=dam`);
    await expectNothingRan(page);
    await page.screenshot({ path: join(ARTIFACTS, 'hostile-search.png'), fullPage: true });
  });

  it('shows the day’s stories, opens one, and shows its sources side by side', async () => {
    await page.goto(`${base}/?day=2024-03-12`);
    await page.screenshot({ path: join(ARTIFACTS, 'today.png'), fullPage: true });
    const flood = page.locator('.story', { hasText: 'Balkan Insight' }).first();
    await expect
      .poll(() => flood.locator('.tag').allTextContents())
      .toEqual(expect.arrayContaining(['Reuters', 'Balkan Insight']));
    await flood.locator('a.headline').click();
    await page.waitForURL(/\/stories\/s_/);
    const columns = page.locator('.side-by-side .source-column');
    expect(await columns.count()).toBe(2);
    const outlets = await columns.locator('.meta').allTextContents();
    expect(outlets.join(' ')).toMatch(/Reuters/);
    expect(outlets.join(' ')).toMatch(/Balkan Insight/);
    const [left, right] = await Promise.all([columns.nth(0).boundingBox(), columns.nth(1).boundingBox()]);
    expect(left && right && Math.abs(left.y - right.y) < 2 && right.x > left.x).toBe(true);
    // A paragraph's own line breaks (a wire summary's bullets) stay on their lines.
    const whiteSpace = await columns
      .first()
      .locator('.body p')
      .first()
      .evaluate((p) => getComputedStyle(p).whiteSpace);
    expect(whiteSpace).toBe('pre-line');
    await page.screenshot({ path: join(ARTIFACTS, 'story.png'), fullPage: true });
    // The rewrite is listed on the story page; its diff is one link away.
    await page.locator('#rewrites-h ~ ul a').first().click();
    await page.waitForURL(/\/stories\/s_[^/]+\/rewrites#pair-\d+$/);
    expect(await page.locator('table.diff tr.same').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'rewrites.png'), fullPage: true });
  });

  it('follows a tracked figure to its source sentence', async () => {
    await page.goto(`${base}/figures?since=2024-03-01&until=2024-03-31`);
    await page.screenshot({ path: join(ARTIFACTS, 'figures.png'), fullPage: true });
    expect(await page.locator('svg.chart').count()).toBeGreaterThan(0);
    const point = page.locator('a.point-source', { hasText: '12,000' }).first();
    await point.click();
    await page.waitForURL(/\/articles\/a_.*span=/);
    const cited = page.locator('mark#cited');
    await expect.poll(() => cited.textContent()).toMatch(/12,000 people have left their homes/);
    expect(await cited.locator('strong').textContent()).toBe('More than 12,000 people');
    expect(await cited.isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'figure-source.png') });
  });

  it('opens a speaker from a quote, and shows the timeline and the outlets matrix', async () => {
    await page.goto(`${base}/stories/${await firstStoryWith('Reuters')}`);
    await page.locator('.quotes a', { hasText: 'Marko Horvat' }).first().click();
    await page.waitForURL(/\/entity\?name=/);
    expect(await page.textContent('h1')).toContain('Marko Horvat');
    expect(await page.locator('.quotes li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'entity.png'), fullPage: true });
    await page.goto(`${base}/timeline?since=2024-03-01&until=2024-03-31`);
    expect(await page.locator('.timeline li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'timeline.png'), fullPage: true });
    await page.goto(`${base}/outlets?since=2024-03-01&until=2024-03-31`);
    expect(await page.textContent('h1')).toContain('frame');
    await page.screenshot({ path: join(ARTIFACTS, 'outlets.png'), fullPage: true });
    await expectNothingRan(page);
  });

  it('is keyboard-friendly: the first Tab reaches the skip link', async () => {
    await page.goto(`${base}/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
  });

  it('works with JavaScript off and on a phone', async () => {
    const phone = await context
      .browser()
      ?.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    // A persistent context has no separate browser; open a second persistent profile instead.
    const noScript =
      phone ??
      (await chromium.launchPersistentContext(join(dir, 'profile-nojs'), {
        executablePath: CHROMIUM,
        args: CHROMIUM_ARGS,
        headless: true,
        javaScriptEnabled: false,
        viewport: { width: 390, height: 844 },
      }));
    try {
      const mobile = noScript.pages()[0] ?? (await noScript.newPage());
      await mobile.goto(`${base}/?day=2024-03-12`);
      expect(await mobile.locator('.story').count()).toBe(2);
      const width = await mobile.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await mobile.screenshot({ path: join(ARTIFACTS, 'today-phone.png'), fullPage: true });
      await mobile.goto(`${base}/add`);
      await mobile.fill(
        '#text',
        'Dam inspection ends\n\nHINA\nMar 14 2024\n\nEngineers finished checking the dam on Thursday and found no new cracks.',
      );
      await mobile.click('button[type=submit]');
      await mobile.waitForURL(/\/add$/);
      expect(await mobile.textContent('#added-summary')).toMatch(/1 new article/);
      await mobile.screenshot({ path: join(ARTIFACTS, 'add-nojs-phone.png'), fullPage: true });
    } finally {
      await noScript.close();
    }
  });
});
