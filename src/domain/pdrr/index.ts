/** Plan–Do–Review–Revise: key actions, recovery plans, risks, review meetings, objectives, complaints. */
export * from './access.js';
export * from './action-progress.js';
export * from './complaints.js';
export * from './levels.js';
export * from './objectives.js';
export * from './recovery-plan.js';
export * from './recovery-rule.js';
export * from './review.js';
export * from './risk-bands.js';
export * from './trajectory.js';
