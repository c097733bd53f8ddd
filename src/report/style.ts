// The report's stylesheet, inlined into the HTML: readable on a phone (tables scroll sideways inside
// their own box, never the page), printable (no navigation, links spelled out, no split tables).
export const REPORT_CSS = `
:root { --ink: #1d1d1f; --muted: #5f6368; --rule: #dadce0; --accent: #0b57d0; --warn: #c62828; --bg-soft: #f6f7f9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 980px; margin: 0 auto; padding: 24px 20px 48px; }
header.report-head { border-bottom: 3px solid var(--ink); margin-bottom: 8px; padding-bottom: 12px; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 6px; }
h2 { font-size: 1.4rem; margin: 40px 0 12px; padding-top: 8px; border-top: 1px solid var(--rule); }
h3 { font-size: 1.12rem; margin: 24px 0 6px; }
p { margin: 6px 0 10px; }
a { color: var(--accent); }
.meta, .note { color: var(--muted); font-size: 0.92rem; }
.stats { display: flex; flex-wrap: wrap; gap: 8px 18px; margin: 8px 0 0; padding: 0; list-style: none; }
.stats li { font-size: 0.95rem; } .stats strong { font-size: 1.15rem; }
nav.toc ul { display: flex; flex-wrap: wrap; gap: 6px 14px; padding: 0; margin: 12px 0 0; list-style: none; font-size: 0.95rem; }
sup.cite { font-size: 0.72em; line-height: 0; white-space: nowrap; }
sup.cite a { text-decoration: none; padding: 0 1px; }
article.story { border-left: 4px solid var(--rule); padding: 2px 0 4px 14px; margin: 18px 0 26px; }
article.story h3 { margin-top: 0; }
.badge { display: inline-block; background: var(--bg-soft); border: 1px solid var(--rule); border-radius: 10px; padding: 0 8px; font-size: 0.8rem; color: var(--muted); margin-right: 4px; }
ul.compact { margin: 4px 0 10px; padding-left: 20px; }
blockquote { margin: 6px 0; padding: 4px 12px; border-left: 3px solid var(--rule); background: var(--bg-soft); }
.table-wrap { overflow-x: auto; -webkit-overflow-scrolling: touch; max-width: 100%; margin: 8px 0 14px; border: 1px solid var(--rule); border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.92rem; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { background: var(--bg-soft); font-weight: 600; white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.zero { color: #b0b4ba; }
td.date { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.text { min-width: 14em; }
tr.conflict td { background: #fdecea; }
.warn { color: var(--warn); font-weight: 600; }
figure.chart-box { margin: 10px 0 6px; }
svg.chart { display: block; width: 100%; height: auto; max-width: 720px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 14px; font-size: 0.85rem; color: var(--muted); margin: 4px 0; padding: 0; list-style: none; }
.legend .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 5px; vertical-align: middle; }
ol.timeline { list-style: none; padding: 0; margin: 0; }
ol.timeline li { display: grid; grid-template-columns: 7.5em 1fr; gap: 10px; padding: 6px 0; border-bottom: 1px solid var(--rule); }
ol.timeline time { font-weight: 600; font-variant-numeric: tabular-nums; }
ol.sources li { margin: 4px 0; overflow-wrap: anywhere; }
ol.sources li:target { background: #fff7d6; }
.src-file { color: var(--muted); font-size: 0.85rem; }
@media (max-width: 600px) {
  body { font-size: 15px; }
  main { padding: 16px 12px 40px; }
  h1 { font-size: 1.5rem; }
  ol.timeline li { grid-template-columns: 1fr; gap: 2px; }
  article.story { padding-left: 10px; }
}
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  h2 { break-after: avoid; page-break-after: avoid; }
  article.story, figure.chart-box, tr, blockquote { break-inside: avoid; page-break-inside: avoid; }
  .table-wrap { overflow: visible; border: none; }
  a { color: inherit; }
  ol.sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.8em; color: var(--muted); }
}
`;
