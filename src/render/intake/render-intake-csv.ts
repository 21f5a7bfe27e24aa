import { INTAKE_TEXT } from '../../i18n/intake-text.js';
import type { IntakeReport } from '../../intake/build-intake.js';
import { toCsv, type CsvDialect } from '../csv.js';

/**
 * intake.csv, for a mail merge: one row per organisation and per file that needs a word, with the
 * contact address from the return and the sentence to send. Same dialect and formula escaping as
 * rapportage.csv.
 */
export function renderIntakeCsv(report: IntakeReport, dialect: CsvDialect): string {
  const t = INTAKE_TEXT[report.lang];
  const h = t.header;
  const rows = report.rows.map((r) => [
    t.state[r.state],
    r.organisation?.name ?? '',
    r.organisation?.code ?? '',
    r.organisation?.riec ?? '',
    r.file ?? '',
    r.reasons.join(' '),
    r.email ?? '',
    r.action,
  ]);
  return toCsv([[h.state, h.organisation, h.code, h.riec, h.file, h.reasons, h.email, h.action], ...rows], dialect);
}
