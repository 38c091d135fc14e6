/**
 * A report as a format-neutral document: a cover, sections of headings, paragraphs, tables with
 * typed cells, charts and status tags. Templates build one from the engine's results; each
 * renderer (PDF, Word, Excel, CSV, HTML) writes the same document, so a figure reads the same in
 * every format.
 */
import type { ShapeName } from '../charts/shapes.js';
import type { ChartSpec } from '../charts/types.js';

/** A status shown as a word and a shape (and a colour): colour is never the only carrier. */
export interface StatusTag {
  /** Which vocabulary the tag comes from. */
  scheme: 'rag' | 'direction' | 'benchmark' | 'spc' | 'action';
  /** The status's key in its scheme ("red", "improving", "special_cause_concern"). */
  key: string;
  word: string;
  /** One character for plain text, CSV and Excel ("■"). */
  symbol: string;
  shape: TagShape;
  /** A letter drawn inside the shape, as the SPC icons carry (H, L, P, F, ?). */
  letter: string | null;
  /** Hex colour of the shape; the word is always shown beside it. */
  colour: string;
  /** What the status means, for a key or a screen reader. */
  description: string;
}

/** The shapes are drawn from one geometry (src/charts/shapes.ts) in every format. */
export type TagShape = ShapeName;

/** A table cell that keeps its type, so Excel gets numbers and dates, and PDF gets the words. */
export type Cell =
  | { kind: 'text'; text: string; strong?: boolean }
  /** A figure: `value` is the engine's number; `text` is how it is published ("71.2%"). */
  | { kind: 'number'; value: number | null; text: string; decimals: number; unit: string | null }
  | { kind: 'date'; iso: string; text: string }
  | { kind: 'status'; tag: StatusTag; text: string };

export interface Column {
  title: string;
  /** Relative width; renderers share the page between columns by it. */
  width: number;
  align?: 'left' | 'right' | 'center';
}

export interface TableBlock {
  kind: 'table';
  caption: string;
  columns: Column[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  emptyText?: string;
}

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; id?: string }
  /** A 'label' paragraph names what follows inside a measure's entry ("Recovery plan"). */
  | { kind: 'paragraph'; text: string; style?: 'lead' | 'normal' | 'note' | 'warning' | 'label' }
  | { kind: 'list'; items: string[] }
  | TableBlock
  | { kind: 'chart'; spec: ChartSpec; width: number; height: number }
  /** Label-and-value pairs: a measure's facts box. */
  | { kind: 'facts'; items: { label: string; value: Cell }[] }
  /** Big numbers for a summary page: one status count each. */
  | { kind: 'tiles'; items: { label: string; value: string; tag: StatusTag | null }[] }
  | { kind: 'pageBreak' };

export interface Section {
  id: string;
  title: string;
  /** Starts on a new page in paged formats. */
  newPage: boolean;
  /** The worksheet name in Excel; sections without one share the sheet of the section before. */
  sheet: string | null;
  blocks: Block[];
}

/** One flat table of every measure in the report: what CSV holds and Excel's "Data" sheet. */
export interface DataSet {
  name: string;
  columns: string[];
  rows: Cell[][];
}

export interface ReportDocument {
  title: string;
  /** Who it is for and what it covers, under the title. */
  subtitle: string;
  council: string;
  level: string;
  /** Canonical period text ("2017/18-Q2") and as people write it ("Q2 2017/18"). */
  period: string;
  periodLabel: string;
  /** The date the report was produced (ISO). */
  producedOn: string;
  /** True when only approved figures were used. */
  approvedOnly: boolean;
  cover: { lines: string[]; notice: string | null };
  sections: Section[];
  data: DataSet;
}
