// What a person sees: the HTML report rendered by headless Chromium at desktop and phone widths.
// Screenshots go to test-artifacts/ for a human to look at; the checks cover what breaks silently:
// the page scrolling sideways on a phone, the chart not drawing, sections missing.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../eval/shared.js';
import { analyze } from '../../src/pipeline.js';
import { readInputs } from '../../src/read/index.js';
import { fixtureResult } from '../../src/report/fixture-result.js';
import { buildReport, renderHtml } from '../../src/report/index.js';
import type { AnalysisResult } from '../../src/types.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, ensureArtifacts, hasChromium } from './chromium.js';

const widths = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
/** The bundled sample through the whole pipeline, and the hand-made analysis fixtures. */
const reports: { name: string; load: () => Promise<AnalysisResult> }[] = [
  { name: 'sample', load: async () => analyze(await readInputs([join(repoRoot, 'sample')])) },
  { name: 'fixtures', load: async () => fixtureResult() },
];
const cases = reports.flatMap((report) => widths.map((width) => ({ report: report.name, ...width })));

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    ensureArtifacts();
    for (const report of reports) {
      const html = renderHtml(
        buildReport(await report.load(), { title: `Situation report: ${report.name}` }),
      );
      writeFileSync(join(ARTIFACTS, `report-${report.name}.html`), html);
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each(cases)(
    'renders the $report report at $name width ($width px)',
    async ({ report, name, width, height }) => {
      const page = await browser.newPage({ viewport: { width, height } });
      const requests: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith('file:')) requests.push(request.url());
      });
      await page.goto(`file://${join(ARTIFACTS, `report-${report}.html`)}`);
      await page.screenshot({ path: join(ARTIFACTS, `report-${report}-${name}.png`), fullPage: true });
      const layout = await page.evaluate(() => {
        const chart = document.querySelector('svg.chart');
        const box = chart?.getBoundingClientRect();
        return {
          bodyScrollWidth: document.body.scrollWidth,
          viewportWidth: document.documentElement.clientWidth,
          chartWidth: box?.width ?? 0,
          chartHeight: box?.height ?? 0,
          chartMarks: chart?.querySelectorAll('circle').length ?? 0,
          h1: document.querySelector('h1')?.textContent ?? '',
          h2: Array.from(document.querySelectorAll('h2'), (h) => h.textContent),
        };
      });
      await page.close();
      expect(requests).toEqual([]);
      expect(layout.bodyScrollWidth).toBeLessThanOrEqual(layout.viewportWidth);
      expect(layout.chartWidth).toBeGreaterThan(200);
      expect(layout.chartHeight).toBeGreaterThan(80);
      expect(layout.chartMarks).toBeGreaterThanOrEqual(2);
      expect(layout.h1).toContain('Situation report');
      expect(layout.h2).toEqual([
        'Top stories',
        'Tracked figures',
        'Timeline',
        'Framing',
        'Who said what',
        'Sources',
      ]);
    },
  );
});
