// Report benchmark: a year of synthetic news (100,000 articles × SITREP_BENCH_SCALE, 40 outlets, stories
// of 1–8 articles, figures, dates and quotes), analysed by analyzeCorpus, then turned into the Markdown
// and HTML reports. The goal: the report over 100k stored articles renders in under 2 s.
import { analyzeCorpus } from '../src/analyze/index.js';
import { buildReport, renderHtml, renderMarkdown } from '../src/report/index.js';
import type { AnalysisResult, Article, Extraction, Story } from '../src/types.js';

const PLACES = ['Karabakh', 'Armenia', 'Syunik', 'Goris', 'Yerevan', 'Lachin', 'Ararat Province', 'Baku'];
const EVENTS = [
  'families crossed the border at dawn',
  'the convoy of aid trucks waited at the checkpoint',
  'officials opened another reception centre',
  'volunteers handed out blankets and bread',
  'the ministry published new registration figures',
];

export async function bench(): Promise<Record<string, number | string>> {
  const scale = Number(process.env.SITREP_BENCH_SCALE ?? 1);
  const count = Math.round(100_000 * scale);
  const started = performance.now();
  const corpus = generate(count);
  const generated = performance.now();
  const analysis = analyzeCorpus(corpus);
  const analysed = performance.now();
  const result: AnalysisResult = {
    ...corpus,
    dropped: [],
    warnings: [],
    duplicates: [],
    entities: [],
    quotes: corpus.extractions.flatMap((e) => e.quotes),
    figures: corpus.extractions.flatMap((e) => e.figures),
    dates: corpus.extractions.flatMap((e) => e.dates),
    ...analysis,
  };
  const t0 = performance.now();
  const model = buildReport(result, {});
  const t1 = performance.now();
  const html = renderHtml(model);
  const t2 = performance.now();
  const markdown = renderMarkdown(model);
  const t3 = performance.now();
  const ranged = buildReport(result, { since: '2023-06-01', until: '2023-06-30' });
  renderHtml(ranged);
  const t4 = performance.now();
  return {
    articles: count,
    generate_ms: Math.round(generated - started),
    analyze_corpus_ms: Math.round(analysed - generated),
    build_report_ms: Math.round(t1 - t0),
    render_html_ms: Math.round(t2 - t1),
    render_markdown_ms: Math.round(t3 - t2),
    report_total_ms: Math.round(t2 - t0),
    report_one_month_ms: Math.round(t4 - t3),
    html_kb: Math.round(html.length / 1024),
    markdown_kb: Math.round(markdown.length / 1024),
    tracked_series: analysis.trackedFigures.length,
    timeline_entries: analysis.timeline.length,
    goal: 'report_total_ms < 2000',
  };
}

/** A deterministic corpus: the same `count` always gives the same articles. */
function generate(count: number): { articles: Article[]; extractions: Extraction[]; stories: Story[] } {
  const articles: Article[] = [];
  const extractions: Extraction[] = [];
  const stories: Story[] = [];
  let story: Story | null = null;
  for (let i = 0; i < count; i++) {
    const day = dayOf(Math.floor((i / count) * 365));
    if (!story || story.articles.length >= 1 + (i % 8)) {
      story = {
        id: `s_${i}`,
        headline: `Story ${i}: ${EVENTS[i % EVENTS.length]}`,
        articles: [],
        outlets: [],
        first: day,
        last: day,
        independent: 1,
        lineage: [],
      };
      stories.push(story);
    }
    const { article, extraction } = articleOf(i, day);
    story.articles.push(article.id);
    if (article.outlet && !story.outlets.includes(article.outlet)) story.outlets.push(article.outlet);
    story.last = day;
    articles.push(article);
    extractions.push(extraction);
  }
  return { articles, extractions, stories };
}

function articleOf(i: number, day: string): { article: Article; extraction: Extraction } {
  const place = PLACES[i % PLACES.length]!;
  const displaced = 40_000 + (i % 997) * 61;
  const lead = `Officials said ${displaced.toLocaleString('en-US')} displaced people had arrived in Armenia from Karabakh.`;
  const dated = `On ${day} in ${place}, ${EVENTS[i % EVENTS.length]} after the offensive.`;
  const quote = '“We need shelter before the winter comes,” said the mayor of the town.';
  const filler = Array.from(
    { length: 8 },
    (_, k) => `In ${PLACES[(i + k) % PLACES.length]}, ${EVENTS[(i + k) % EVENTS.length]}.`,
  ).join(' ');
  const text = `${lead} ${dated}\n\n${quote}\n\n${filler}`;
  const id = `a_${i.toString(16).padStart(8, '0')}`;
  const figureStart = lead.indexOf(displaced.toLocaleString('en-US'));
  return {
    article: {
      id,
      title: `Arrivals continue in ${place} (${i})`,
      outlet: `Outlet ${i % 40}`,
      outletCountry: null,
      published: day,
      time: null,
      dateline: null,
      byline: [],
      url: `https://example.org/news/${i}`,
      kind: 'news',
      text,
      source: { file: `digest-${day}.txt`, startLine: 1 + (i % 50) * 20, endLine: 19 + (i % 50) * 20 },
    },
    extraction: {
      article: id,
      mentions: [],
      quotes: [
        {
          article: id,
          speaker: `Mayor ${i % 300}`,
          via: null,
          text: 'We need shelter before the winter comes,',
          start: text.indexOf('We need'),
          end: text.indexOf('comes,') + 6,
        },
      ],
      figures: [
        {
          article: id,
          text: `${displaced} displaced people`,
          value: displaced,
          low: null,
          high: null,
          qualifier: null,
          unit: 'people',
          subject: 'displaced people who arrived in Armenia from Karabakh',
          start: figureStart,
          end: figureStart + 6,
        },
      ],
      dates: [
        {
          article: id,
          text: `On ${day}`,
          date: day,
          precision: 'day',
          start: text.indexOf('On 2'),
          end: text.indexOf('On 2') + 13,
        },
      ],
    },
  };
}

function dayOf(offset: number): string {
  return new Date(Date.UTC(2023, 0, 1 + offset)).toISOString().slice(0, 10);
}
