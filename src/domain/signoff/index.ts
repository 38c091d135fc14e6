export {
  decideSignoff,
  signoffStateOf,
  SIGNOFF_EVENT_STATES,
  SIGNOFF_STATES,
  SIGNOFF_STEPS,
  type SignoffDecision,
  type SignoffEvent,
  type SignoffEventState,
  type SignoffRights,
  type SignoffState,
  type SignoffStep,
} from './state.js';
