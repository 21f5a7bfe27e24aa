import { SCORE_TEXT } from '../../i18n/score-text.js';
import type { ScoreReport } from '../../score/score-report.js';
import { CSV_DIALECTS, toCsv, type CsvCell } from '../csv.js';
import type { RenderOptions } from '../render-options.js';

/** One row per file and theme plus an overall row; counts per option as extra columns. */
export function renderScoreCsv(report: ScoreReport, { lang }: RenderOptions): string {
  const t = SCORE_TEXT[lang];
  const options = report.options.map((o) => o.code);
  const rows: CsvCell[][] = [[...t.csvHeader, ...options.map((o) => `${t.csvCountPrefix}${o}`), ...t.csvTail]];
  for (const r of report.results) {
    const lead = [r.file, r.organisation?.code ?? '', r.organisation?.name ?? '', r.meetmoment ?? ''];
    const scorable = r.scorable ? t.scorableValue.yes : r.forced ? t.scorableValue.forced : t.scorableValue.no;
    for (const th of r.themes) {
      rows.push([
        ...lead,
        th.id,
        th.name,
        th.score,
        th.label ?? '',
        ...options.map((o) => th.counts[o] ?? 0),
        th.unanswered,
        th.notApplicable,
        th.applicable,
        th.total,
        scorable,
      ]);
    }
    rows.push([
      ...lead,
      '',
      t.overall,
      r.overall?.score ?? null,
      r.overall?.label ?? '',
      ...options.map(() => null),
      null,
      null,
      null,
      null,
      scorable,
    ]);
  }
  return toCsv(rows, CSV_DIALECTS[lang]);
}
