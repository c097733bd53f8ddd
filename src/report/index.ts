// The situation report: buildReport selects and cites, the renderers lay out.
export { buildReport, type ReportOptions } from './build.js';
export { renderHtml } from './html.js';
export { renderMarkdown } from './markdown.js';
export type { ReportModel } from './model.js';
