import { EXCHANGE_TEXT } from '../../i18n/exchange-text.js';
import type { Report } from '../../report/report-model.js';
import { csvBytes, type CsvCell, type CsvDialect } from '../csv.js';
import { exchangeRows, soughtPrinciples } from './exchange-view.js';

/** Stable field names, for a mail merge or a meeting agenda. */
const EXCHANGE_COLUMNS = [
  'uitgangspunt',
  'titel',
  'zoekt_hulp',
  'zoekt_hulp_code',
  'zoekt_hulp_riec',
  'zoekt_hulp_status',
  'zoekt_hulp_contact',
  'zoekt_hulp_email',
  'helper',
  'helper_code',
  'helper_riec',
  'helper_contact',
  'helper_email',
  'regio',
] as const;

/** Whether the report has a leren-van-elkaar.csv: only one that names organisations, with the norm's exchange. */
export function writesExchangeCsv(report: Report): boolean {
  return report.exchange?.named === true;
}

/**
 * leren-van-elkaar.csv: one row per organisation seeking help and helper, its own RIEC's helpers
 * first (`regio`: same RIEC, elsewhere); a seeker without any helper gets one row without one.
 * Null for a report that names no one (anonymised, aggregate-only) or without the norm's
 * exchange: then the file is not written.
 */
export function renderExchangeCsv(report: Report, dialect: CsvDialect): Uint8Array | null {
  const x = report.exchange;
  if (!x || !writesExchangeCsv(report)) return null;
  // Tens of thousands of rows at national scale: made one by one as they are written.
  return csvBytes(exchangeCsvRows(x, EXCHANGE_TEXT[report.lang].region), dialect);
}

function* exchangeCsvRows(
  x: NonNullable<Report['exchange']>,
  region: (typeof EXCHANGE_TEXT)[keyof typeof EXCHANGE_TEXT]['region'],
): Generator<CsvCell[]> {
  yield [...EXCHANGE_COLUMNS];
  for (const p of soughtPrinciples(x)) {
    for (const r of exchangeRows(p)) {
      const s = r.seeker;
      const seeker: CsvCell[] = [p.id, p.title, s.name, s.code, s.riec, s.status, s.contact.name, s.contact.email];
      if (!r.same.length && !r.elsewhere.length) yield [...seeker, null, null, null, null, null, region.none];
      for (const h of r.same) yield [...seeker, h.name, h.code, h.riec, h.contact.name, h.contact.email, region.same];
      for (const h of r.elsewhere) yield [...seeker, h.name, h.code, h.riec, h.contact.name, h.contact.email, region.elsewhere];
    }
  }
}
