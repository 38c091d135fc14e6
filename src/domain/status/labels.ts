/**
 * The statuses a figure can have against its target, and how each is shown. Colour is never the
 * only carrier of a status: each has a word and a shape, and a text symbol for plain-text outputs.
 */

export const RAG_STATUSES = ['green', 'amber', 'red', 'no-target', 'no-data', 'overdue', 'neutral'] as const;
export type RagStatus = (typeof RAG_STATUSES)[number];

export const RAG_SHAPES = [
  'circle',
  'triangle',
  'square',
  'dash',
  'hollow-circle',
  'clock',
  'diamond',
] as const;
export type RagShape = (typeof RAG_SHAPES)[number];

export interface RagLabel {
  /** The word shown beside (or instead of) the colour. */
  word: string;
  /** What the status means, for a key or a screen reader. */
  description: string;
  shape: RagShape;
  /** The shape as one character, for text, CSV and email. */
  symbol: string;
}

export const RAG_LABELS: Readonly<Record<RagStatus, RagLabel>> = {
  green: { word: 'Green', description: 'On target', shape: 'circle', symbol: '●' },
  amber: { word: 'Amber', description: 'Off target, within tolerance', shape: 'triangle', symbol: '▲' },
  red: { word: 'Red', description: 'Off target, beyond tolerance', shape: 'square', symbol: '■' },
  'no-target': { word: 'No target', description: 'No target has been set', shape: 'dash', symbol: '–' },
  'no-data': {
    word: 'No data',
    description: 'No figure yet; not yet due',
    shape: 'hollow-circle',
    symbol: '○',
  },
  overdue: { word: 'Overdue', description: 'The figure is past its due date', shape: 'clock', symbol: '◷' },
  neutral: {
    word: 'Neutral',
    description: 'Not judged: neither higher nor lower is better',
    shape: 'diamond',
    symbol: '◆',
  },
};
