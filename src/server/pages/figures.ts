// Figures: one chart per tracked figure over time (the report's SVG chart), and under it every
// report as a row linked to the sentence it came from; conflicting reports are marked.
import { formatReported, seriesHeading } from '../../report/format.js';
import type { ReportSeries } from '../../report/model.js';
import { renderChart } from '../../report/svg-chart.js';
import type { TrackedFigure, TrackedPoint } from '../../types.js';
import type { RangeAnalysis } from '../corpus.js';
import { type Html, html, raw } from '../html.js';
import { emptyNote, page, plural } from './layout.js';
import { rangePicker } from './range.js';
import { contextOf, spanLink } from './records.js';

/** The figure record behind a tracked point, for its span (and its interval). */
function sourceFigure(analysis: RangeAnalysis, point: TrackedPoint) {
  const figures = analysis.figuresByArticle.get(point.article) ?? [];
  return (
    figures.find((figure) => point.text !== undefined && figure.text === point.text) ??
    figures.find((figure) => figure.value === point.value || figure.low === point.value) ??
    null
  );
}

function isConflicting(series: TrackedFigure, point: TrackedPoint): boolean {
  return series.conflicts.some(
    (conflict) => conflict.asOf === point.asOf && conflict.articles.includes(point.article),
  );
}

function toReportSeries(series: TrackedFigure, analysis: RangeAnalysis): ReportSeries {
  return {
    id: series.id,
    label: series.label,
    unit: series.unit,
    points: series.points.map((point) => {
      const figure = sourceFigure(analysis, point);
      return {
        value: point.value,
        qualifier: point.qualifier,
        low: figure?.low ?? null,
        high: figure?.high ?? null,
        asOf: point.asOf,
        outlet: point.outlet,
        text: point.text ?? figure?.text ?? '',
        source: point.article,
        conflicting: isConflicting(series, point),
      };
    }),
    omitted: 0,
    conflicts: series.conflicts.map((c) => ({ asOf: c.asOf, values: c.values, sources: c.articles })),
  };
}

export function renderFigures(analysis: RangeAnalysis): Html {
  const series = [...analysis.trackedFigures].sort((a, b) => b.points.length - a.points.length);
  return page(
    { title: 'Figures', section: '/figures' },
    html`<h1>Tracked figures</h1>
${rangePicker('/figures', analysis.range)}
<p class="lede">${plural(series.length, 'tracked figure')}; a ringed point is a report that conflicts with another on the same date. Every report links to its sentence.</p>
${series.length === 0 ? emptyNote('No figure is reported more than once in this period.') : series.map((s, i) => figureSection(s, i, analysis))}`,
  );
}

function figureSection(series: TrackedFigure, index: number, analysis: RangeAnalysis): Html {
  const report = toReportSeries(series, analysis);
  const heading = seriesHeading(series.label, series.unit);
  return html`<section class="figure" aria-labelledby="fig-${index}">
<h2 id="fig-${index}">${heading.label}${heading.unit ? html` <small>(${heading.unit})</small>` : ''}</h2>
${series.conflicts.length > 0 ? html`<p class="warning">${plural(series.conflicts.length, 'conflict')}: ${series.conflicts.map((c) => `${c.asOf}: ${c.values.map((v) => v.toLocaleString('en-US')).join(' vs ')}`).join('; ')}</p>` : ''}
<div class="chart-box">${raw(renderChart(report))}</div>
<table class="points"><thead><tr><th scope="col">As of</th><th scope="col">Outlet</th><th scope="col" class="num">Reported</th><th scope="col">Source sentence</th></tr></thead>
<tbody>${series.points.map((point) => pointRow(series, point, analysis))}</tbody></table>
</section>`;
}

function pointRow(series: TrackedFigure, point: TrackedPoint, analysis: RangeAnalysis): Html {
  const figure = sourceFigure(analysis, point);
  const article = analysis.articles.get(point.article);
  const conflicting = isConflicting(series, point);
  const link = figure ? spanLink(point.article, figure) : `/articles/${point.article}`;
  const sentence = figure && article ? contextOf(article, figure) : (point.text ?? formatReported(point));
  return html`<tr${conflicting ? html` class="conflict"` : ''}><td><time>${point.asOf}</time></td><td>${point.outlet ?? 'unknown outlet'}</td><td class="num">${formatReported(point)}${conflicting ? html` <span class="badge">conflict</span>` : ''}</td><td><a class="point-source" href="${link}">${sentence}<small>${article?.title ?? point.article}</small></a></td></tr>`;
}
