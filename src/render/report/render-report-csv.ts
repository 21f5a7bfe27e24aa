import type { Report } from '../../report/report-model.js';
import { toCsv, type CsvCell, type CsvDialect } from '../csv.js';

/** The fixed columns of the long table; one column per answer field of the norm (its id) follows. */
const ROW_COLUMNS = ['organisatie', 'code', 'riec', 'veiligheidsregio', 'meetmoment', 'thema', 'uitgangspunt'] as const;

/**
 * rapportage.csv: the long table (one row per organisation × principle) for pivot tables; with
 * aggregateOnly, the per-principle statistics instead. Column names are stable field names: the
 * fixed ones, then the norm's own answer field ids in norm order.
 */
export function renderReportCsv(report: Report, dialect: CsvDialect): string {
  if (report.scope.aggregateOnly) {
    const head = [
      'rang',
      'uitgangspunt',
      'thema',
      'titel',
      ...report.options.map((o) => o.code),
      'onbeantwoord',
      'toepasselijk',
      'voldoet_pct',
      'gemiddelde_pct',
    ];
    const rows: CsvCell[][] = report.principles.map((p) => [
      p.rank,
      p.id,
      p.themeId,
      p.title,
      ...report.options.map((o) => (p.counts ? (p.counts[o.code] ?? 0) : null)),
      p.unanswered,
      p.applicable,
      p.meetsShare,
      p.meanScore,
    ]);
    return toCsv([head, ...rows], dialect);
  }
  const rows: CsvCell[][] = report.answers.map((a) => [
    a.organisation,
    a.code,
    a.riec,
    a.veiligheidsregio,
    a.meetmoment,
    a.theme,
    a.principle,
    ...report.fields.map((f) => a.values[f.id] ?? null),
  ]);
  return toCsv([[...ROW_COLUMNS, ...report.fields.map((f) => f.id)], ...rows], dialect);
}
