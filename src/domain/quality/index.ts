export { directorateOf, directorateQuality, type DirectorateQuality } from './directorate-quality.js';
export {
  emptyMethodologyFields,
  measureQuality,
  METHODOLOGY_FIELDS,
  share,
  type FigureRecord,
  type MeasureQuality,
  type MethodologyField,
  type QualityCounts,
} from './measure-quality.js';
