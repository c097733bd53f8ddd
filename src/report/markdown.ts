// The report as Markdown: the same sections as the HTML, citations as links to the Sources list.

import { plural } from '../util/text.js';
import { markdownUrl, escapeMarkdown as md, safeUrl } from './escape.js';
import { conflictValues, formatPeriod, formatReported, seriesHeading, sourceLabel } from './format.js';
import type { Cited, ReportFraming, ReportModel, ReportSeries, ReportStory, SourceEntry } from './model.js';
import { EXPECTED_HEADING, EXPECTED_NOTE } from './model.js';

export function renderMarkdown(model: ReportModel): string {
  const numbers = new Map(model.sources.map((s) => [s.anchor, s.number]));
  const entries = new Map(model.sources.map((s) => [s.anchor, s]));
  const cite = (anchors: string[]) =>
    sortByNumber(anchors, numbers)
      .map((a) => `[[${numbers.get(a) ?? '?'}]](#${a})`)
      .join('');
  const lines: string[] = [
    `# ${md(model.title)}`,
    '',
    `Period: ${formatPeriod(model.since, model.until)} · ${plural(model.stats.articles, 'article')} from ${plural(model.stats.outlets, 'outlet')} · ${plural(model.stats.stories, 'story')}`,
    '',
    '## Top stories',
    '',
    ...model.stories.flatMap((s, i) => storySection(s, i + 1, cite, entries)),
    '## Tracked figures',
    '',
    ...(model.trackedFigures.length
      ? model.trackedFigures.flatMap((s) => seriesSection(s, cite))
      : ['No figure was reported more than once.', '']),
    '## Timeline',
    '',
    ...(model.timeline.length || model.expected.length
      ? model.timeline.map((e) => `- **${e.date}** ${md(e.text)} ${cite(e.sources)}`)
      : ['No dated events.']),
    '',
    ...(model.expected.length
      ? [
          `### ${EXPECTED_HEADING}`,
          '',
          EXPECTED_NOTE,
          '',
          ...model.expected.map((e) => `- **${e.date}** ${md(e.text)} ${cite(e.sources)}`),
          '',
        ]
      : []),
    '## Framing',
    '',
    ...(model.framing.length
      ? model.framing.flatMap((f) => framingSection(f, cite))
      : ['No contested term was found.', '']),
    '## Who said what',
    '',
    ...model.speakers.flatMap((s) => [
      `### ${md(s.speaker)}`,
      '',
      ...s.quotes.map((q) => `- “${md(q.text)}” ${cite(q.sources)}`),
      '',
    ]),
    '## Sources',
    '',
    ...model.sources.map(sourceLine),
    '',
  ];
  return lines.join('\n');
}

type Cite = (anchors: string[]) => string;

/** "2 outlets (Reuters, AFP)"; a story of articles whose outlet the reader could not tell says so. */
function outletsLine(outlets: string[]): string {
  return outlets.length === 0
    ? 'outlet unknown'
    : `${plural(outlets.length, 'outlet')} (${md(outlets.join(', '))})`;
}

function storySection(
  story: ReportStory,
  rank: number,
  cite: Cite,
  entries: Map<string, SourceEntry>,
): string[] {
  const lines = [
    `### ${rank}. ${md(story.headline)}`,
    '',
    `${outletsLine(story.outlets)} · ${plural(story.articleCount, 'article')} · ${story.first ?? '?'}${story.last && story.last !== story.first ? ` to ${story.last}` : ''}`,
    '',
    story.summary.map((s) => `${md(s.text)} ${cite(s.sources)}`).join(' '),
    '',
    `Sources: ${story.sources.map((a) => `${md(sourceLabel(entries.get(a)))} ${cite([a])}`).join(', ')}`,
    '',
  ];
  if (story.figures.length) lines.push('Key figures:', '', ...bullets(story.figures, cite), '');
  if (story.quotes.length) {
    lines.push(
      'Key quotes:',
      '',
      ...story.quotes.map((q) => `- ${md(q.speaker)}: “${md(q.text)}” ${cite(q.sources)}`),
      '',
    );
  }
  return lines;
}

function bullets(items: Cited[], cite: Cite): string[] {
  return items.map((item) => `- ${md(item.text)} ${cite(item.sources)}`);
}

function seriesSection(series: ReportSeries, cite: Cite): string[] {
  const rows = series.points.map(
    (p) =>
      `| ${p.asOf} | ${formatReported(p)}${p.conflicting ? ' ⚠' : ''} | ${md(p.outlet ?? 'unknown outlet')} | ${md(p.text)} | ${cite([p.source])} |`,
  );
  const conflicts = series.conflicts.map(
    (c) => `- Conflict on ${c.asOf}: ${md(conflictValues(c.values))} ${cite(c.sources)}`,
  );
  const heading = seriesHeading(series.label, series.unit);
  return [
    `### ${md(heading.label)}${heading.unit ? ` (${md(heading.unit)})` : ''}`,
    '',
    '| As of | Value | Outlet | As written | Source |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(conflicts.length ? [...conflicts, ''] : []),
    ...(series.omitted
      ? [
          `The ${series.points.length} most recent reports are shown; ${series.omitted} earlier ones are in the JSON output.`,
          '',
        ]
      : []),
  ];
}

function framingSection(framing: ReportFraming, cite: Cite): string[] {
  const header = `| Term | ${framing.outlets.map(md).join(' | ')} |`;
  const rule = `| --- | ${framing.outlets.map(() => '---:').join(' | ')} |`;
  const rows = framing.terms.map((term, t) => {
    const cells = framing.outlets.map((_, o) => cell(framing.own[t]?.[o] ?? 0, framing.quoted[t]?.[o] ?? 0));
    return `| ${md(term)} | ${cells.join(' | ')} |`;
  });
  const examples = framing.examples.map(
    (e) => `- *${md(e.term)}*, ${md(e.outlet)}: “${md(e.sentence)}” ${cite([e.source])}`,
  );
  return [
    `### ${md(framing.concept)}`,
    '',
    'Counts in the outlet’s own voice; quoted uses in parentheses.',
    '',
    header,
    rule,
    ...rows,
    '',
    ...examples,
    '',
  ];
}

function cell(own: number, quoted: number): string {
  if (!own && !quoted) return '·';
  return quoted ? `${own} (${quoted})` : String(own);
}

function sourceLine(source: SourceEntry): string {
  const url = safeUrl(source.url);
  const title = url ? `[${md(source.title)}](${markdownUrl(url)})` : md(source.title);
  const meta = [source.outlet, source.published]
    .filter(Boolean)
    .map((s) => md(s!))
    .join(', ');
  return `${source.number}. <a id="${source.anchor}"></a>${title}${meta ? ` — ${meta}` : ''} — ${md(source.file)}:${source.startLine}–${source.endLine}`;
}

/** Citations read in source order: [2][5], not [5][2]. */
function sortByNumber(anchors: string[], numbers: Map<string, number>): string[] {
  return [...new Set(anchors)].sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
}
