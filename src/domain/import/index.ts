/** Importing figures from files: the pure part (profiles, reading cells and rows, the report). */
export { BUILT_IN_PROFILES, builtInProfile, PROFILE_DEFAULTS } from './builtin-profiles.js';
export { columnLetter, resolveColumns, type Cell, type ResolvedColumns } from './columns.js';
export { FigureKeys } from './figure-keys.js';
export { AreaFinder, fingertipsId, looseName, MeasureFinder } from './matching.js';
export {
  areaFromFile,
  areaKindOfCode,
  measureFromFile,
  newMeasureCode,
  unitFromWord,
} from './new-records.js';
export { EXPECTED_NUMBER, readNumber, SUPPRESSION_MARKS, type NumberReading } from './numbers.js';
export { parseImportProfile, PROFILE_NAME, type ProfileParseResult } from './parse-profile.js';
export {
  CANONICAL_READING,
  EXPECTED_PERIOD,
  periodOfExcelSerial,
  readPeriod,
  type PeriodReading,
} from './period-forms.js';
export { formatProblem, problem, type ImportProblem, type ProblemSeverity } from './problems.js';
export { columnKey, type ColumnMapping, type ImportProfile } from './profile.js';
export { checkProfileShape } from './profile-shape.js';
export {
  FIGURE_OUTCOMES,
  ImportTally,
  type FigureChange,
  type FigureOutcome,
  type ImportReport,
  type OutcomeCounts,
} from './report.js';
export { RowReader, type FileFigure, type RowResult, type SheetRow } from './row-reader.js';
