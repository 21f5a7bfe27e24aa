/** A parsed range reference from a defined name. */
export interface CellRange {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Parses "'Sheet'!$A$3:$A$48", "Sheet!$B$3" or the like. Returns undefined for a broken reference
 * (#REF!, several areas, or anything that is not one rectangle on one sheet).
 */
export function parseRef(ref: string): CellRange | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
  const left = colNumber(m[3] ?? '');
  const top = Number(m[4]);
  const right = m[5] ? colNumber(m[5]) : left;
  const bottom = m[6] ? Number(m[6]) : top;
  // Beyond the sheet's last row or column the reference is not one Excel can make: broken.
  if (Math.max(top, bottom) > MAX_ROW || Math.min(top, bottom) < 1 || Math.max(left, right) > MAX_COL) return undefined;
  return {
    sheet,
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** The size of an Excel sheet (ECMA-376: 1,048,576 rows, 16,384 columns, XFD). */
const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;

/**
 * The range cut at the last row of its sheet that holds any cell: a legal name reaching row
 * 1,048,576 is read as far as there is something to read, not a million empty rows.
 */
export function clampRange(range: CellRange, lastRow: number): CellRange {
  return { ...range, bottom: Math.max(range.top, Math.min(range.bottom, lastRow)) };
}

export function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Letters of the columns asked for so far: every return names the same few hundred cells. */
const LETTERS: string[] = [];

/** "A", "B", …, "AA" for a 1-based column number. */
export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  const letters = lettersOf(col);
  if (Number.isInteger(col) && col > 0 && col <= MAX_COL) LETTERS[col] = letters;
  return letters;
}

function lettersOf(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}
