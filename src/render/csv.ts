import { concatBytes } from '../base/concat-bytes.js';
export interface CsvDialect {
  separator: ';' | ',';
  decimal: ',' | '.';
}

/** Dutch Excel expects ';' and a decimal comma; English Excel ',' and a point. Both get a BOM for UTF-8. */
export const CSV_DIALECTS = {
  nl: { separator: ';', decimal: ',' },
  en: { separator: ',', decimal: '.' },
} as const satisfies Record<string, CsvDialect>;

export type CsvCell = string | number | null | undefined;

/**
 * Writes CSV with a BOM and CRLF line ends. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or CR) is prefixed with an apostrophe (formula injection).
 */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvCell>>, dialect: CsvDialect): string {
  const cell = csvCell(dialect);
  return `\uFEFF${rows.map((r) => r.map(cell).join(dialect.separator)).join('\r\n')}\r\n`;
}

/**
 * The UTF-8 bytes of toCsv(rows), made row by row and encoded in chunks: for a long table, where
 * the rows, their texts and the whole text held at once would take many times the file's size.
 */
export function csvBytes(rows: Iterable<ReadonlyArray<CsvCell>>, dialect: CsvDialect): Uint8Array {
  const cell = csvCell(dialect);
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  let text = '\uFEFF';
  let none = true;
  for (const row of rows) {
    none = false;
    text += `${row.map(cell).join(dialect.separator)}\r\n`;
    if (text.length >= 1 << 16) {
      chunks.push(encoder.encode(text));
      text = '';
    }
  }
  // As toCsv: no rows is one empty line.
  chunks.push(encoder.encode(none ? `${text}\r\n` : text));
  return concatBytes(chunks);
}

function csvCell(dialect: CsvDialect): (v: CsvCell) => string {
  return (v) => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', dialect.decimal) : '';
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /["\r\n]/.test(safe) || safe.includes(dialect.separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
}
