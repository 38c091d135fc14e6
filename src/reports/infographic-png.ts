/**
 * The one-page infographic as a PNG, for places an SVG cannot go (social media, slide decks, email
 * clients). resvg draws the same SVG `renderInfographic` writes. It is given Roboto (the fonts the
 * PDF uses, shipped with pdfmake) and nothing else, so a picture is the same on every machine
 * whatever fonts it has installed; the SVG's and the charts' "sans-serif" both resolve to Roboto.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { UserError } from '../domain/errors.js';
import type { ReportDocument } from './document.js';
import { INFOGRAPHIC_WIDTH, renderInfographic } from './infographic.js';

const fontDir = join(
  dirname(createRequire(import.meta.url).resolve('pdfmake/package.json')),
  'fonts',
  'Roboto',
);
const FONT_FILES = ['Regular', 'Medium', 'Italic', 'MediumItalic'].map((face) =>
  join(fontDir, `Roboto-${face}.ttf`),
);

/** Narrower than this and the headings cannot be read; wider and the file is needlessly large. */
export const PNG_WIDTH_RANGE = { min: 200, max: 4000 } as const;

export interface PngOptions {
  /** Width in pixels; the height follows the infographic's shape. Default: the SVG's own 800. */
  width?: number;
}

/** The infographic drawn as SVG and rasterised. Also gives the pixels, for checks that need them. */
export function rasteriseInfographic(
  doc: ReportDocument,
  options: PngOptions = {},
): { png: Buffer; width: number; height: number; pixels: Buffer } {
  const width = options.width ?? INFOGRAPHIC_WIDTH;
  if (!Number.isInteger(width) || width < PNG_WIDTH_RANGE.min || width > PNG_WIDTH_RANGE.max)
    throw new UserError(
      'invalid-input',
      `width: ${String(width)} is not a picture width; expected a whole number of pixels from ${PNG_WIDTH_RANGE.min} to ${PNG_WIDTH_RANGE.max}`,
    );
  const resvg = new Resvg(renderInfographic(doc), {
    fitTo: { mode: 'width', value: width },
    background: '#ffffff',
    font: {
      fontFiles: FONT_FILES,
      loadSystemFonts: false,
      defaultFontFamily: 'Roboto',
      sansSerifFamily: 'Roboto',
    },
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}

/** The infographic for a report document as a PNG image. */
export function renderInfographicPng(doc: ReportDocument, options: PngOptions = {}): Buffer {
  return rasteriseInfographic(doc, options).png;
}

export const INFOGRAPHIC_FORMATS = ['svg', 'png'] as const;
export type InfographicFormat = (typeof INFOGRAPHIC_FORMATS)[number];
export const INFOGRAPHIC_MEDIA_TYPES: Record<InfographicFormat, string> = {
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
};

/** e.g. `cabinet-2017-18-Q2-infographic.png`, beside the pack's own `cabinet-2017-18-Q2.pdf`. */
export function infographicFileName(
  doc: Pick<ReportDocument, 'level' | 'period'>,
  format: InfographicFormat,
): string {
  return `${doc.level}-${doc.period.replace(/[^A-Za-z0-9-]+/g, '-')}-infographic.${format}`;
}

/** The infographic in either format, as bytes to send or write. */
export function renderInfographicFile(
  doc: ReportDocument,
  format: InfographicFormat,
  options: PngOptions = {},
): Buffer {
  return format === 'png' ? renderInfographicPng(doc, options) : Buffer.from(renderInfographic(doc), 'utf8');
}
