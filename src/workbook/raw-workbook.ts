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
  /** The last row of a sheet that holds any cell (0 when none); ranges are read no further. */
  lastRow(sheet: string): number;
}

/**
 * A cell as a reader found it; every reader builds cells here. LibreOffice stores a typed TRUE,
 * FALSE or #N/A as a "formula" (TRUE(), #N/A) with its value cached: that is a value, so the cell
 * gets no formula. Without a cached value it is a formula like any other (value null): nothing
 * is guessed, and the formula stays so that the check can say so.
 */
export function rawCell(value: CellScalar, formula: string | undefined): RawCell {
  if (formula === undefined || (value !== null && /^(TRUE|FALSE)\(\)$|^#[A-Z0-9/!?]+$/i.test(formula))) return { value };
  return { value, formula };
}

export const isErrorValue = (v: CellScalar): v is { error: string } =>
  v !== null && typeof v === 'object' && !(v instanceof Date) && 'error' in v;
