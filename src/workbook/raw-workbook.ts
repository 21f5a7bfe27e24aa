/** A cell value after normalisation: what every reader hands to the submission stage. */
export type CellScalar = string | number | boolean | Date | { error: string } | null;

export interface RawCell {
  value: CellScalar;
  /** Set when the cell holds a formula; value is then its cached result. */
  formula?: string;
}

/** Read access to a loaded workbook, whichever library parsed it. Rows and columns are 1-based. */
export interface RawWorkbook {
  hasSheet(name: string): boolean;
  cell(sheet: string, row: number, col: number): RawCell | undefined;
}

export const isErrorValue = (v: CellScalar): v is { error: string } =>
  v !== null && typeof v === 'object' && !(v instanceof Date) && 'error' in v;
