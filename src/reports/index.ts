/**
 * Report packs: `buildReport(store, request)` makes a format-neutral document for a reporting level
 * and period from the engine's results; `renderReport(doc, format)` writes it as PDF, Word, Excel,
 * CSV or HTML. Schedules, the command line and the API use these two.
 */
export { buildReport, type ReportRequest, type ReportScope } from './build-report.js';
export {
  renderReport,
  reportFileName,
  MEDIA_TYPES,
  type RenderedReport,
  type RenderOptions,
} from './render/index.js';
export type { ReportDocument, Section, Block, Cell, StatusTag } from './document.js';
export {
  REPORT_FORMATS,
  REPORT_LEVELS,
  REPORT_LEVEL_LABELS,
  isReportFormat,
  isReportLevel,
  type ReportFormat,
  type ReportLevel,
} from './levels.js';
export { renderInfographic } from './infographic.js';
export {
  renderInfographicPng,
  renderInfographicFile,
  infographicFileName,
  INFOGRAPHIC_FORMATS,
  INFOGRAPHIC_MEDIA_TYPES,
  PNG_WIDTH_RANGE,
  type InfographicFormat,
  type PngOptions,
} from './infographic-png.js';
