import { REPORT_NOTES } from '../i18n/report-notes.js';
import type { Report } from './report-model.js';

/**
 * In an anonymised report a row per organisation must not show what the statistics of its group
 * hide: rows of a RIEC with fewer than minGroup organisations are left out everywhere (scores,
 * answers, trends), and so is the organisation of a file (whose error counts are figures too)
 * from a RIEC with fewer than minGroup counted organisations; a note says how many rows.
 * The list of missing organisations stays: it carries no figures.
 */
export function suppressSmallGroups(report: Report): Report {
  const perRiec = new Map<string, number>();
  for (const org of report.organisations) perRiec.set(org.riec ?? '–', (perRiec.get(org.riec ?? '–') ?? 0) + 1);
  const small = new Set([...perRiec].filter(([, n]) => n < report.scope.minGroup).map(([riec]) => riec));
  const smallRiec = (riec: string | null) => (perRiec.get(riec ?? '–') ?? 0) < report.scope.minGroup;
  if (small.size === 0 && !report.inputs.some((f) => f.organisation && smallRiec(f.organisation.riec))) return report;
  const hidden = new Set(report.organisations.filter((org) => small.has(org.riec ?? '–')).map((org) => org.code));
  const keep = (code: string) => !hidden.has(code);
  return {
    ...report,
    organisations: report.organisations.filter((org) => keep(org.code)),
    answers: report.answers.filter((a) => keep(a.code)),
    inputs: report.inputs.map((f) => (f.organisation && smallRiec(f.organisation.riec) ? { ...f, organisation: null } : f)),
    trend: report.trend && {
      ...report.trend,
      organisations: report.trend.organisations.filter((org) => keep(org.code)),
      statusChanges: report.trend.statusChanges.filter((c) => keep(c.code)),
    },
    history: report.history && { ...report.history, organisations: report.history.organisations.filter((org) => keep(org.code)) },
    notes: hidden.size
      ? [...report.notes, REPORT_NOTES[report.lang].suppressedRows(hidden.size, report.scope.minGroup)]
      : report.notes,
  };
}
