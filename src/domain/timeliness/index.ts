export {
  addDays,
  daysBetween,
  DEFAULT_DUE_OPTIONS,
  dueFigures,
  periodsFallingDue,
  type DueFigure,
  type DueOptions,
  type DueState,
} from './due.js';
