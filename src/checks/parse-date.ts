const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Reads a date typed as text the way Dutch officials write it: 31-12-2026, 1-7-26, 31/12/2026,
 * 31.12.2026, 2026-12-31 or 1 juli 2026. Returns an ISO date, or undefined if it is no real date.
 */
export function parseDutchDate(text: string): string | undefined {
  const t = text.trim().toLowerCase();
  let m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(t);
  if (m) return isoDate(year(m[3] ?? ''), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})$/.exec(t);
  const month = m ? MONTHS[m[2] ?? ''] : undefined;
  if (m && month) return isoDate(Number(m[3]), month, Number(m[1]));
  return undefined;
}

function year(y: string): number {
  return y.length === 2 ? 2000 + Number(y) : Number(y);
}

/** yyyy-mm-dd for a real calendar date (31-02 is not one). */
export function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** A date cell as an ISO date. Spreadsheet dates carry no zone; exceljs gives them as UTC midnight. */
export function dateCellToIso(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : new Date(d.getTime() + 12 * 3600 * 1000).toISOString().slice(0, 10);
}

/** An Excel serial day number (1900 system) as an ISO date. */
export function serialToIso(serial: number): string | undefined {
  if (!(serial > 0 && serial < 2958466)) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000).toISOString().slice(0, 10);
}
