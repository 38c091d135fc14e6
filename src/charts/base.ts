/**
 * The parts every chart option shares: no animation (reports are still pictures, and motion helps
 * nobody read a figure), one font, a title, and ECharts' aria description so a screen reader hears
 * the text alternative in the browser.
 */
import { PALETTE } from './palette.js';
import type { ChartOption } from './types.js';

export const CHART_FONT = 'Arial, Helvetica, sans-serif';

export function baseOption(title: string, description: string, parts: ChartOption): ChartOption {
  return {
    animation: false,
    aria: { enabled: true, label: { description } },
    textStyle: { fontFamily: CHART_FONT, color: PALETTE.text },
    title: title
      ? { text: title, left: 8, top: 6, textStyle: { fontSize: 15, fontWeight: 'bold', color: PALETTE.text } }
      : undefined,
    ...parts,
  };
}

/** A value axis styled alike everywhere. */
export function valueAxis(extra: ChartOption = {}): ChartOption {
  return {
    type: 'value',
    axisLine: { show: true, lineStyle: { color: PALETTE.grey } },
    splitLine: { lineStyle: { color: PALETTE.gridLine } },
    nameTextStyle: { color: PALETTE.text, fontSize: 12 },
    ...extra,
    axisLabel: { color: PALETTE.text, fontSize: 11, ...(extra['axisLabel'] as ChartOption | undefined) },
  };
}

/** A category axis styled alike everywhere. */
export function categoryAxis(data: unknown[], extra: ChartOption = {}): ChartOption {
  return {
    type: 'category',
    data,
    axisLine: { lineStyle: { color: PALETTE.grey } },
    axisTick: { alignWithLabel: true },
    nameTextStyle: { color: PALETTE.text, fontSize: 12 },
    ...extra,
    axisLabel: { color: PALETTE.text, fontSize: 11, ...(extra['axisLabel'] as ChartOption | undefined) },
  };
}

/**
 * Hover tooltips drawn by ECharts itself ("rich text", on the canvas) rather than as an HTML box:
 * the HTML box is positioned with inline styles, which the web app's Content-Security-Policy
 * refuses, so it showed unstyled. White with a dark edge and dark text, like the page.
 */
export function tooltip(trigger: 'item' | 'axis'): ChartOption {
  return {
    trigger,
    renderMode: 'richText',
    confine: true,
    backgroundColor: '#ffffff',
    borderColor: PALETTE.text,
    borderWidth: 1,
    padding: [6, 8],
    textStyle: { color: PALETTE.text, fontFamily: CHART_FONT, fontSize: 13 },
  };
}

export function legend(extra: ChartOption = {}): ChartOption {
  return {
    bottom: 4,
    left: 'center',
    itemGap: 14,
    textStyle: { fontSize: 11, color: PALETTE.text },
    ...extra,
  };
}

/**
 * Drops keys whose value is undefined, so optional parts can be written inline. Numbers are left
 * as they are: a NaN here is a builder's fault, and the tests look for it.
 */
export function plain(value: ChartOption): ChartOption {
  return strip(value) as ChartOption;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) if (inner !== undefined) out[key] = strip(inner);
  return out;
}
