/** Dashboards and ward maps: cards on a grid, generated from the thread, and the shapes of wards. */
export * from './card.js';
export * from './layout.js';
export * from './scope.js';
export * from './generate.js';
export * from './validate.js';
export * from './hexjson.js';
export * from './boundaries.js';
export * from './changes.js';
