export * from './schedule.js';
export * from './email.js';
export * from './period-rule.js';
export * from './retry.js';
export * from './validate.js';
