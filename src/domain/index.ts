/**
 * Golden Thread's domain, importable as `golden-thread/domain`: the council's model, periods, and
 * the performance engine. Pure functions over plain data; each returns null (or a value with its
 * reason) where its method gives no answer, never NaN, Infinity or a silent 0. Confidence levels
 * are given as 0.95 or 0.998.
 */

// The model.
export * from './action.js';
export * from './area.js';
export * from './council.js';
export * from './errors.js';
export * from './figures.js';
export * from './measure.js';
export * from './organisation.js';
export * from './period.js';
export * from './risk.js';
export * from './strategy.js';

// How figures combine over periods and from wards to the authority.
export * from './aggregation/index.js';
// RAG against target, direction of travel, and figures in words.
export * from './status/index.js';
// Status up the golden thread.
export * from './rollup/index.js';
// Plain-English summaries built from computed facts.
export * from './summary/index.js';
// The whole status of one measure for one period.
export * from './engine/index.js';

// Distributions, confidence intervals (PHEindicatormethods), benchmark comparison (Fingertips),
// rank and quantiles.
export * from './statistics/index.js';

// Statistical process control (XmR), as NHSRplotthedots.
export * from './spc/index.js';
// Year-end forecasts.
export * from './forecast/index.js';
// The formula language for calculated measures.
export * from './formula/index.js';
