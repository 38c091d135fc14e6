/** How figures combine: over periods (year to date, rolling 12 months) and from wards to the authority. */
export { combineFigures, listInWords, ratioFactor, type Combined, type MeasureScale } from './combine.js';
export { wardsToAuthority, type WardFigure } from './wards.js';
export {
  figureSeries,
  lastYearFigure,
  previousFigure,
  rolling12MonthPeriods,
  rolling12Months,
  yearToDate,
  yearToDatePeriods,
  type FigureSeries,
  type MeasureRule,
  type PeriodFigure,
  type PeriodsCombined,
} from './series.js';
