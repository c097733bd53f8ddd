// The report as one self-contained HTML file: inline CSS and SVG, no script, no network. Every
// article string is escaped; every statement carries citation links to the Sources appendix.

import { plural } from '../util/text.js';
import { escapeHtml as h, safeUrl } from './escape.js';
import { conflictValues, formatPeriod, formatReported, seriesHeading, sourceLabel } from './format.js';
import type {
  Cited,
  ReportFraming,
  ReportModel,
  ReportQuote,
  ReportSeries,
  ReportStory,
  ReportTimelineEntry,
  SourceEntry,
} from './model.js';
import { EXPECTED_HEADING, EXPECTED_NOTE } from './model.js';
import { REPORT_CSS } from './style.js';
import { outletColors, renderChart } from './svg-chart.js';

type Cite = (anchors: string[]) => string;

export function renderHtml(model: ReportModel): string {
  const numbers = new Map(model.sources.map((s) => [s.anchor, s.number]));
  const entries = new Map(model.sources.map((s) => [s.anchor, s]));
  const cite: Cite = (anchors) =>
    anchors.length === 0
      ? ''
      : `<sup class="cite">${sortByNumber(anchors, numbers)
          .map((a) => `<a href="#${h(a)}">[${numbers.get(a) ?? '?'}]</a>`)
          .join('')}</sup>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
${head(model)}
${section('stories', 'Top stories', model.stories.map((s, i) => story(s, i + 1, cite, entries)).join('\n'), 'No stories in this period.')}
${section('figures', 'Tracked figures', model.trackedFigures.map((s) => series(s, cite)).join('\n'), 'No figure was reported more than once.')}
${section('timeline', 'Timeline', timeline(model, cite), 'No dated events.')}
${section('framing', 'Framing', model.framing.map((f) => framing(f, cite)).join('\n'), 'No contested term was found.')}
${section('speakers', 'Who said what', speakers(model, cite), 'No attributed quotes.')}
${section('sources', 'Sources', sources(model.sources), 'No sources.')}
</main>
</body>
</html>
`;
}

function head(model: ReportModel): string {
  const { stats } = model;
  return `<header class="report-head">
<h1>${h(model.title)}</h1>
<p class="meta">Period: ${h(formatPeriod(model.since, model.until))}</p>
<ul class="stats"><li><strong>${stats.articles}</strong> articles</li><li><strong>${stats.outlets}</strong> outlets</li><li><strong>${stats.stories}</strong> stories</li><li><strong>${stats.figures}</strong> figures</li><li><strong>${stats.quotes}</strong> quotes</li></ul>
<nav class="toc" aria-label="Contents"><ul><li><a href="#stories">Top stories</a></li><li><a href="#figures">Tracked figures</a></li><li><a href="#timeline">Timeline</a></li><li><a href="#framing">Framing</a></li><li><a href="#speakers">Who said what</a></li><li><a href="#sources">Sources</a></li></ul></nav>
</header>`;
}

function section(id: string, title: string, body: string, empty: string): string {
  return `<section id="${id}">\n<h2>${h(title)}</h2>\n${body.trim() ? body : `<p class="note">${h(empty)}</p>`}\n</section>`;
}

function story(s: ReportStory, rank: number, cite: Cite, entries: Map<string, SourceEntry>): string {
  const dates =
    s.first && s.last && s.last !== s.first ? `${s.first} – ${s.last}` : (s.first ?? s.last ?? '');
  const badges =
    s.outlets.length === 0
      ? '<span class="badge">outlet unknown</span>'
      : s.outlets.map((o) => `<span class="badge">${h(o)}</span>`).join('');
  const summary = s.summary.map((c) => `${h(c.text)}${cite(c.sources)}`).join(' ');
  const parts = [
    `<article class="story" id="story-${h(s.id)}">`,
    `<h3>${rank}. ${h(s.headline)}</h3>`,
    `<p class="meta">${badges} ${plural(s.articleCount, 'article')}${dates ? ` · ${h(dates)}` : ''}</p>`,
    summary ? `<p>${summary}</p>` : '',
    `<p class="meta">Sources: ${s.sources.map((a) => `${h(sourceLabel(entries.get(a)))}${cite([a])}`).join(', ')}</p>`,
  ];
  if (s.figures.length) parts.push('<p><strong>Key figures</strong></p>', list(s.figures, cite));
  if (s.quotes.length)
    parts.push('<p><strong>Key quotes</strong></p>', ...s.quotes.map((q) => quote(q, cite)));
  parts.push('</article>');
  return parts.filter(Boolean).join('\n');
}

function list(items: Cited[], cite: Cite): string {
  return `<ul class="compact">${items.map((i) => `<li>${h(i.text)}${cite(i.sources)}</li>`).join('')}</ul>`;
}

function quote(q: ReportQuote, cite: Cite): string {
  const via = q.via && q.via !== q.outlet ? `, via ${h(q.via)}` : '';
  return `<blockquote><p>“${h(q.text)}”</p><p class="meta">— ${h(q.speaker)}${via} (${h(q.outlet ?? 'unknown outlet')})${cite(q.sources)}</p></blockquote>`;
}

function series(s: ReportSeries, cite: Cite): string {
  const colors = outletColors(s.points);
  const legend = [...colors]
    .map(([outlet, color]) => `<li><span class="swatch" style="background:${color}"></span>${h(outlet)}</li>`)
    .join('');
  const rows = s.points
    .map(
      (p) =>
        `<tr${p.conflicting ? ' class="conflict"' : ''}><td class="date">${h(p.asOf)}</td><td class="num">${h(formatReported(p))}${p.conflicting ? ' <span class="warn" title="conflicts with another report for this date">⚠</span>' : ''}</td><td>${h(p.outlet ?? 'unknown outlet')}</td><td class="text">${h(p.text)}</td><td>${cite([p.source])}</td></tr>`,
    )
    .join('\n');
  const conflicts = s.conflicts.map(
    (c) =>
      `<li><span class="warn">Conflict</span> on ${h(c.asOf)}: ${h(conflictValues(c.values))}${cite(c.sources)}</li>`,
  );
  const heading = seriesHeading(s.label, s.unit);
  return `<h3>${h(heading.label)}${heading.unit ? ` <span class="meta">(${h(heading.unit)})</span>` : ''}</h3>
<figure class="chart-box">${renderChart(s)}
<figcaption><ul class="legend">${legend}<li>filled dot: exact figure · open dot with bar: qualified figure (range it allows) · red ring: conflict</li></ul></figcaption></figure>
${conflicts.length ? `<ul class="compact">${conflicts.join('')}</ul>` : '<p class="note">No conflicting reports for the same date.</p>'}
${s.omitted ? `<p class="note">The ${s.points.length} most recent reports are shown; ${s.omitted} earlier ones are in the JSON output.</p>` : ''}
<div class="table-wrap"><table><thead><tr><th>As of</th><th class="num">Value</th><th>Outlet</th><th>As written</th><th>Source</th></tr></thead><tbody>
${rows}
</tbody></table></div>`;
}

function timeline(model: ReportModel, cite: Cite): string {
  if (model.timeline.length === 0 && model.expected.length === 0) return '';
  const list = (entries: ReportTimelineEntry[]) =>
    `<ol class="timeline">\n${entries
      .map(
        (e) =>
          `<li><time datetime="${h(e.date.replace(/s$/, ''))}">${h(e.date)}</time><span>${h(e.text)}${cite(e.sources)}</span></li>`,
      )
      .join('\n')}\n</ol>`;
  const omitted = model.timelineOmitted
    ? `<p class="note">The ${model.timeline.length} most recent entries are shown; ${model.timelineOmitted} earlier ones are in the JSON output.</p>\n`
    : '';
  const past = model.timeline.length ? `${omitted}${list(model.timeline)}` : '';
  const expected = model.expected.length
    ? `\n<h3>${EXPECTED_HEADING}</h3>\n<p class="note">${EXPECTED_NOTE}</p>\n${list(model.expected)}`
    : '';
  return `${past}${expected}`;
}

function framing(f: ReportFraming, cite: Cite): string {
  const head = `<tr><th>Term</th>${f.outlets.map((o) => `<th class="num">${h(o)}</th>`).join('')}</tr>`;
  const rows = f.terms.map((term, t) => {
    const cells = f.outlets.map((_, o) => framingCell(f.own[t]?.[o] ?? 0, f.quoted[t]?.[o] ?? 0));
    return `<tr><th scope="row">${h(term)}</th>${cells.join('')}</tr>`;
  });
  const examples = f.examples.map(
    (e) => `<li><em>${h(e.term)}</em> — ${h(e.outlet)}: “${h(e.sentence)}”${cite([e.source])}</li>`,
  );
  return `<h3>${h(f.concept)}</h3>
<p class="note">Uses in the outlet’s own voice; uses inside quotations in parentheses.</p>
<div class="table-wrap"><table><thead>${head}</thead><tbody>${rows.join('')}</tbody></table></div>
${examples.length ? `<ul class="compact">${examples.join('')}</ul>` : ''}`;
}

function framingCell(own: number, quoted: number): string {
  if (!own && !quoted) return '<td class="num zero">·</td>';
  return `<td class="num">${own}${quoted ? ` <span class="meta">(${quoted})</span>` : ''}</td>`;
}

function speakers(model: ReportModel, cite: Cite): string {
  return model.speakers
    .map(
      (s) =>
        `<h3>${h(s.speaker)} <span class="meta">(${h(s.outlets.join(', '))})</span></h3>\n${s.quotes.map((q) => quote(q, cite)).join('\n')}`,
    )
    .join('\n');
}

function sources(entries: SourceEntry[]): string {
  if (entries.length === 0) return '';
  const items = entries.map((s) => {
    const url = safeUrl(s.url);
    const title = url ? `<a href="${h(url)}" rel="noreferrer">${h(s.title)}</a>` : h(s.title);
    const meta = [s.outlet, s.published]
      .filter(Boolean)
      .map((v) => h(v!))
      .join(', ');
    return `<li id="${h(s.anchor)}" value="${s.number}">${title}${meta ? ` — ${meta}` : ''}<br><span class="src-file">${h(s.file)}, lines ${s.startLine}–${s.endLine}</span></li>`;
  });
  return `<ol class="sources">\n${items.join('\n')}\n</ol>`;
}

/** Citations read in source order: [2][5], not [5][2]. */
function sortByNumber(anchors: string[], numbers: Map<string, number>): string[] {
  return [...new Set(anchors)].sort((a, b) => (numbers.get(a) ?? 0) - (numbers.get(b) ?? 0));
}
