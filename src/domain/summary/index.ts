/** A measure's position for a period in plain English, from computed facts only. */
export { plainEnglishSummary, type BenchmarkFact, type SpcFact, type SummaryFacts } from './summary.js';
export { ordinal, periodNoun } from './words.js';
