import { columnLetter } from './cell-address.js';

export { columnLetter };
/**
 * A workbook to write, as plain data. The template and the report are built as a WorkbookSpec by
 * pure code; only src/workbook/write-workbook.ts turns it into bytes.
 */

export type SpecValue =
  | string
  | number
  | boolean
  | Date
  | null
  | { formula: string }
  | { rich: Array<{ text: string; bold?: boolean; italic?: boolean }> };

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  /** Fill colour, RRGGBB. */
  fill?: string;
  wrap?: boolean;
  vertical?: 'top' | 'middle';
  horizontal?: 'left' | 'center' | 'right';
  numFmt?: string;
  /** Input cells are unlocked; everything else stays locked under sheet protection. */
  unlocked?: boolean;
  border?: boolean;
}

export interface CellSpec {
  /** 1-based row and column. */
  row: number;
  col: number;
  value: SpecValue;
  style?: CellStyle;
}

export interface ValidationSpec {
  /** A1 range on the same sheet, e.g. "E3:E50". */
  range: string;
  type: 'list' | 'date' | 'textLength' | 'custom' | 'decimal';
  operator?: 'between' | 'lessThanOrEqual' | 'greaterThanOrEqual';
  /** Formulas without '='; for dates ISO strings (yyyy-mm-dd) that writeWorkbook turns into dates. */
  formulae: string[];
  errorTitle: string;
  error: string;
  promptTitle?: string;
  prompt?: string;
}

/** Conditional formatting: a fill by formula (the default) or a colour scale. */
export type ConditionalSpec = ExpressionConditionalSpec | ColorScaleConditionalSpec;

interface ExpressionConditionalSpec {
  type?: 'expression';
  range: string;
  /** A formula without '=' relative to the range's top-left cell. */
  formula: string;
  fill: string;
}

/** A 3-colour scale (RRGGBB for the lowest, middle and highest value). */
export interface ColorScaleConditionalSpec {
  type: 'colorScale';
  range: string;
  colors: [string, string, string];
  /**
   * Fixed values for the three colours, e.g. [0, 50, 100] for scores. Without them the scale runs
   * from the lowest value through the median (50th percentile) to the highest in the range.
   */
  values?: [number, number, number];
}

/** A plain value of a row block: text, a number or an empty cell (which still has its style). */
export type RowValue = string | number | null;

/**
 * Rows of plain values below all of a sheet's `cells`, written row by row without a cell object
 * each (a long table). Strings are written as they are: clean them first (no characters XML forbids).
 */
export interface RowBlockSpec {
  /** Row number of the first row; every cell of `cells` lies above it. */
  firstRow: number;
  /** Per row the values from column A on. */
  values: ReadonlyArray<ReadonlyArray<RowValue>>;
  /** The style of a cell (0-based column). Return shared objects, one per kind of cell, not one per call. */
  style: (value: RowValue, col: number) => CellStyle;
}

interface ColumnSpec {
  width: number;
  hidden?: boolean;
}

export interface SheetSpec {
  name: string;
  state?: 'visible' | 'hidden' | 'veryHidden';
  columns: ColumnSpec[];
  cells: CellSpec[];
  /** A long table below `cells`; a row's height, if it has one, comes from rowHeights. */
  rows?: RowBlockSpec;
  rowHeights?: Record<number, number>;
  merges?: string[];
  /** Rows and columns frozen at the top-left. */
  freeze?: { rows: number; cols: number };
  protect?: boolean;
  landscape?: boolean;
  fitToWidth?: boolean;
  /** Rows repeated on every printed page, e.g. "2:2". */
  printTitleRows?: string;
  autoFilter?: string;
  validations?: ValidationSpec[];
  conditionals?: ConditionalSpec[];
  tabColor?: string;
  /**
   * Links inside the workbook: clicking the cell goes to `location` ("Sheet!B3", "'Sheet x'!E4").
   * Written as a plain location (no relationship), the form Excel writes and LibreOffice turns
   * into its own "#Sheet.B3" on opening.
   */
  links?: Array<{ row: number; col: number; location: string }>;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Defined names, workbook scope; ref like "'Organisatie'!$B$3". */
  names: Array<{ name: string; ref: string }>;
  title: string;
  creator: string;
  /** Custom document properties (docProps/custom.xml). */
  custom: Record<string, string>;
  /** Fixed timestamp for document properties and zip entries: same input, same bytes. */
  timestamp: Date;
}

/** "Sheet!B3", or "'Sheet x'!B3" when the name needs quotes: the location of an internal link. */
export function linkLocation(sheet: string, row: number, col: number): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  return `${name}!${columnLetter(col)}${row}`;
}

/** "'Sheet name'!$A$1" or with a second cell "'Sheet'!$A$1:$A$9". */
export function absoluteRef(sheet: string, row: number, col: number, row2?: number, col2?: number): string {
  const a = (r: number, c: number) => `$${columnLetter(c)}$${r}`;
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return row2 === undefined ? `${quoted}!${a(row, col)}` : `${quoted}!${a(row, col)}:${a(row2, col2 ?? col)}`;
}
