const MONTHS: Record<string, number> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * Reads a date typed as text the way Dutch officials write it: 31-12-2026, 1-7-26, 31/12/2026,
 * 31.12.2026, 2026-12-31 or 1 juli 2026. Returns an ISO date, or undefined if it is no real date.
 */
export function parseDutchDate(text: string): string | undefined {
  // A time typed after the date ("15-3-2026 16:45", "2026-03-15T16:45") does not change the day.
  const t = text
    .trim()
    .toLowerCase()
    .replace(/(?:\s+|t)(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d(?:[.,]\d+)?)?(?:\s*(?:uur|u))?$/, '');
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
function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

const DAY_MS = 86400000;

/**
 * A date cell as an ISO date: its calendar day, whatever the time part ("15-3-2026 16:45" is
 * 15 March, not the 16th). Spreadsheet dates carry no zone; both readers give them as UTC. The
 * time is first rounded to the second, so that a serial stored a hair below midnight stays on its day.
 */
export function dateCellToIso(d: Date): string | undefined {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return undefined;
  return new Date(Math.floor(Math.round(ms / 1000) / 86400) * DAY_MS).toISOString().slice(0, 10);
}

/** An Excel serial day number (1900 system) as an ISO date: the day it falls on, whatever its fraction. */
export function serialToIso(serial: number): string | undefined {
  if (!(serial > 0 && serial < 2958466)) return undefined;
  return dateCellToIso(new Date(Math.round((serial - 25569) * DAY_MS)));
}
