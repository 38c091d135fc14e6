/**
 * Colours and shapes shared by every chart. The palette is Okabe and Ito's colour-blind-safe set,
 * darkened where a colour is used for thin lines, marks or text so that it reaches WCAG contrast on
 * white (4.5:1 for text and status colours, 3:1 for other marks; the ratios are checked in
 * palette.test.ts and listed in docs/charts.md). Status is never shown by colour alone: each RAG
 * status and each kind of special cause also has its own shape, and charts write the word.
 */
import type { RagStatus } from '../domain/status/labels.js';
import type { SpecialCause } from '../domain/spc/types.js';

export const PALETTE = {
  /** Okabe–Ito blue: the figures themselves. */
  blue: '#0072B2',
  /** Okabe–Ito bluish green, darkened. */
  green: '#007A5E',
  /** Okabe–Ito orange, darkened. */
  orange: '#B35C00',
  /** Okabe–Ito vermillion. */
  vermillion: '#C2530A',
  /** Okabe–Ito reddish purple, darkened. */
  purple: '#9E4A84',
  /** Targets: a colour no status uses. */
  target: '#AA3377',
  /** Text, axes, means and process limits. */
  text: '#0B0C0C',
  grey: '#505A5F',
  lightGrey: '#B1B4B6',
  gridLine: '#E5E6E7',
  /** Tolerance bands and target ranges: pale fills behind the line. */
  toleranceFill: '#F3D9C2',
  targetRangeFill: '#CFE8DF',
} as const;

/** RAG colours that pass 4.5:1 on white, so they can colour text as well as shapes. */
export const RAG_COLOURS: Readonly<Record<RagStatus, string>> = {
  green: '#00703C',
  amber: '#A35200',
  red: '#C0182F',
  'no-target': '#505A5F',
  'no-data': '#6B6B6B',
  overdue: '#6F4E9C',
  neutral: '#0072B2',
};

/** SVG path for a short horizontal bar (ECharts scales it to the symbol's size). */
const DASH_PATH = 'path://M0,4L10,4L10,6L0,6Z';
/** SVG path for a clock face with hands. */
const CLOCK_PATH =
  'path://M5,0A5,5,0,1,1,4.99,0ZM5,1.2A3.8,3.8,0,1,0,5.01,1.2ZM4.4,2.2H5.6V4.8L7.4,6L6.8,7L4.4,5.4Z';

/** ECharts symbols matching RAG_LABELS' shapes: circle, triangle, square, dash, hollow circle, clock, diamond. */
export const RAG_SYMBOLS: Readonly<Record<RagStatus, string>> = {
  green: 'circle',
  amber: 'triangle',
  red: 'rect',
  'no-target': DASH_PATH,
  'no-data': 'emptyCircle',
  overdue: CLOCK_PATH,
  neutral: 'diamond',
};

export interface MarkStyle {
  label: string;
  colour: string;
  symbol: string;
  symbolSize: number;
}

/**
 * Special-cause marks as NHS "Making Data Count" colours them (blue improvement, orange concern,
 * purple where neither is better, grey common cause), each with its own shape as well.
 */
export const SPECIAL_CAUSE_STYLES: Readonly<Record<SpecialCause | 'common', MarkStyle>> = {
  improvement: { label: 'Special cause: improvement', colour: '#0072B2', symbol: 'triangle', symbolSize: 11 },
  concern: { label: 'Special cause: concern', colour: '#B35C00', symbol: 'rect', symbolSize: 9 },
  neutral_high: { label: 'Special cause: higher', colour: '#6F4E9C', symbol: 'diamond', symbolSize: 11 },
  neutral_low: { label: 'Special cause: lower', colour: '#6F4E9C', symbol: 'diamond', symbolSize: 11 },
  common: { label: 'Common cause', colour: '#505A5F', symbol: 'circle', symbolSize: 5 },
};

/** Colours for a comparison with a benchmark; the word is always written beside the bar too. */
export const COMPARISON_COLOURS: Readonly<Record<string, string>> = {
  best: '#00703C',
  better: '#00806A',
  similar: '#8A6D00',
  worse: '#C2530A',
  worst: '#C0182F',
  higher: '#0072B2',
  lower: '#5B7FA8',
  none: '#6B6B6B',
};

/** WCAG relative-luminance contrast ratio between two #RRGGBB colours. */
export function contrastRatio(a: string, b: string): number {
  const luminance = (hex: string): number => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
