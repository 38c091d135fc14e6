/** A figure's status: RAG against target, and direction of travel. */
export {
  RAG_LABELS,
  RAG_SHAPES,
  RAG_STATUSES,
  type RagLabel,
  type RagShape,
  type RagStatus,
} from './labels.js';
export {
  blankReason,
  judgeRag,
  ragStatusOnly,
  ragSentence,
  ragStatus,
  type RagInput,
  type RagJudgement,
  type RagReason,
  type RagResult,
  type RagWhy,
} from './rag.js';
export { ragStatusOf } from './rag-status.js';
export {
  DIRECTIONS,
  DIRECTION_WORDS,
  directionOfTravel,
  directionSentence,
  judgeDirection,
  type ComparedWith,
  type Direction,
  type DirectionInput,
  type DirectionJudgement,
  type DirectionReason,
  type DirectionResult,
  type Significance,
  type TravelFigure,
} from './direction.js';
export {
  cleanDifference,
  formatDate,
  formatDifference,
  formatFigure,
  formatNumber,
  formatSetFigure,
  gapUnitOf,
  roundToDecimals,
  type FigureStyle,
  type GapUnit,
} from './format.js';
