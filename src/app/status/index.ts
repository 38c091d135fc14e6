/**
 * The engine's verdicts on the council's own figures: what the web app, the reports and the
 * public pages show. Each reads through here so that a figure is judged the same everywhere.
 */
export { councilAreas, type CouncilAreas } from './council-areas.js';
export {
  asAtFor,
  measureReportWithWards,
  measureReports,
  readAsAt,
  type FullMeasureReport,
  type MeasureReport,
  type StatusOptions,
} from './measure-reports.js';
export { threadStatus, type ThreadNode, type ThreadScope, type ThreadStatus } from './thread-status.js';
