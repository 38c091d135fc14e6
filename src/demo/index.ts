/** The deterministic demo council, for `golden-thread demo`, tests, benchmarks and screenshots. */
export { buildDemoCouncil, DEFAULT_DEMO_SEED } from './build.js';
export { AUTHORITY_CODE, NEAREST_NEIGHBOURS_GROUP, REGION_GROUP } from './areas.js';
export { EMAIL_DOMAIN as DEMO_EMAIL_DOMAIN } from './names.js';
