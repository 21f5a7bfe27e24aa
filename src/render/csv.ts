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
  const cell = (v: CsvCell): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return Number.isFinite(v) ? String(v).replace('.', dialect.decimal) : '';
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return /["\r\n]/.test(safe) || safe.includes(dialect.separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${rows.map((r) => r.map(cell).join(dialect.separator)).join('\r\n')}\r\n`;
}
