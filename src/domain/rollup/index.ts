/** Status up the golden thread: from measures, actions and child items to every strategy item. */
export {
  emptyCounts,
  rollUpStatus,
  type RolledUpStatus,
  type RollupEntry,
  type RollupInput,
  type RollupReason,
  type RollupResult,
  type StatusCounts,
} from './rules.js';
export { rollUpTree, type ItemLeaves, type RollupTree } from './tree.js';
export { actionRagStatus, type ActionRag } from './action-status.js';
